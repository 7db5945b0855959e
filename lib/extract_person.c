/* The chair's name and office, when the text gives them beside a word of
 * chairing or of hosting the meeting:
 *
 *   "chaired by Chris Philp MP, the UK's Minister for Tech and the Digital Economy"
 *   "under the chairmanship of Minister Lee Sang-min (Minister of the Interior and Safety)"
 *   "The Honourable Joyce Murray, Minister of Digital Government, chaired the meeting"
 *   "Government Digital Services Minister Clare Curran chaired the 4th Ministerial Summit"
 *   "Mário Campolargo, the 2023 Digital Nations chair, handed the presidency to Denmark"
 *   "chaired by Korea's Minister of the Interior" (an office, no name)
 *   "Chair: Chris Philp MP, Minister for Tech and the Digital Economy (United Kingdom)"
 *   "with Minister of the Interior and Safety Lee Sang-min presiding"
 *   "hosted by Francis Maude, then Minister for the Cabinet Office" (the host minister)
 *
 * A name is two to four capitalised words that are neither a country nor
 * a word of an office; an office starts with an office word (Minister,
 * Secretary, ...) and runs over capitalised words and "of", "for", "the",
 * "and". Both are written as the dataset writes them: no "MP", no
 * "The Honourable", no "the UK's". When the office names a country other
 * than the record's chair, it is some other person and nothing is taken. */
#include <string.h>

#include "extract_draft.h"

static const char *const honorifics[] = { "minister", "mr", "mrs", "ms", "dr", "hon",
                                          "honourable", "honorable", "rt", "right", "sir",
                                          "dame", "prof", "professor", "the", "excellency",
                                          NULL };
static const char *const office_words[] = { "minister", "secretary", "deputy", "parliamentary",
                                            "prosecretary", "undersecretary", "under", "vice",
                                            "chief", "president", "director", "commissioner",
                                            "state",
                                            /* Portuguese and Spanish */
                                            "ministro", "ministra", "secret\303\241rio",
                                            "secret\303\241ria", "secretario", "secretaria",
                                            "subsecretario", "subsecretaria", NULL };
/* Capitalised words that are never part of a person's name. */
static const char *const not_name[] = {
    "minister", "ministry", "ministers", "secretary", "state", "digital", "nations", "nation",
    "summit", "government", "governments", "chair", "chairman", "office", "department",
    "interior", "cabinet", "deputy", "director", "chief", "president", "presidency", "prime",
    "parliamentary", "ministerial", "group", "charter", "declaration", "statement", "mp",
    "the", "of", "for", "and", "in", "on", "at", "by", "a", "an", "i", "we", "our", "it",
    "this", "his", "her", "their", "as", "under", "with", "day", "meeting", "annual",
    "honourable", "honorable", "hon", "mr", "mrs", "ms", "dr", "sir", "dame", "who",
    /* what offices are of: "... the Cabinet Office Francis Maude", "... and
     * Safety Lee Sang-min" end in one of these before the holder's name */
    "affairs", "administration", "modernisation", "modernization", "digitalisation",
    "digitalization", "reform", "safety", "security", "economy", "development", "services",
    "service", "infrastructure", "innovation", "transformation", "technology", "tech",
    "communications", "equality", "justice", "health", "education", "finance", "trade",
    "industry", "science", "welfare", "labour", "labor", "energy", "environment", "culture",
    "transport", "communities", "enterprise", "telecommunications", "information", "data",
    "estado", /* "Secretário de Estado Mário Campolargo" */
    NULL
};
/* (and the Portuguese and Spanish "Secretário de Estado da Digitalização e
 * da Modernização Administrativa") */
static const char *const connectors[] = { "of", "for", "the", "and", "on", "to", "de", "da",
                                          "do", "das", "dos", "del", "e", "y", NULL };
static const char *const particles[] = { "de", "da", "do", "dos", "del", "van", "von", "der",
                                         "la", "le", "bin", NULL };

#define MAX_OFFICE_TOKENS 16

static bool word(const ex_text *t, size_t i)
{
    return i < t->ntok && t->tok[i].kind == TOK_WORD;
}

/* "Sang-min", "Jean-Pierre": a hyphen with no space on either side */
static bool joined_by_hyphen(const ex_text *t, size_t i)
{
    return i + 1 < t->ntok && ex_is_punct(t, i, '-') && !t->tok[i].space_before &&
           !t->tok[i + 1].space_before && word(t, i + 1);
}

static bool name_word(const ex_ctx *c, size_t i)
{
    const ex_text *t = c->t;
    ex_country_hit h;
    return word(t, i) && t->tok[i].upper && !ex_in_list(t, i, not_name) &&
           ex_month(t, i, &(size_t){ 0 }) == 0 && ex_weekday(t, i) < 0 &&
           !ex_country_at(t, c->countries, i, true, &h);
}

/* An apostrophe and "s" after token i ("the UK's", "Korea’s")? */
static bool possessive_after(const ex_text *t, size_t i)
{
    return i + 2 < t->ntok && (ex_is_punct(t, i + 1, '\'') || ex_is_punct(t, i + 1, 0x2019)) &&
           ex_is(t, i + 2, "s");
}

/* The name starting at token i, after any honorifics, within [i, lim):
 * its tokens without a trailing "MP" (*after: the token after it and any
 * "MP"). Two to four words; empty when there is none. */
static ex_span name_forward(const ex_ctx *c, size_t i, size_t lim, size_t *after)
{
    const ex_text *t = c->t;
    ex_span none = { 0, 0 };
    while (i < lim && (ex_in_list(t, i, honorifics) || (i > 0 && ex_is_punct(t, i, '.') &&
                                                         ex_in_list(t, i - 1, honorifics))))
        i++; /* "The Honourable", "Hon." */
    size_t k = i, words = 0;
    while (k < lim) {
        if (name_word(c, k)) {
            k++;
            words++;
            while (k + 1 < lim && joined_by_hyphen(t, k))
                k += 2;
        } else if (words > 0 && ex_in_list(t, k, particles) && name_word(c, k + 1)) {
            k++;
        } else {
            break;
        }
    }
    if (words < 2 || words > 4 || possessive_after(t, k - 1))
        return none;
    *after = k < lim && ex_is(t, k, "mp") ? k + 1 : k;
    return (ex_span){ i, k };
}

/* The name ending just before token end (a trailing "MP" skipped), no
 * earlier than lim; empty when there is none. */
static ex_span name_backward(const ex_ctx *c, size_t end, size_t lim)
{
    const ex_text *t = c->t;
    ex_span none = { 0, 0 };
    if (end > lim && ex_is(t, end - 1, "mp"))
        end--;
    size_t k = end, words = 0;
    while (k > lim) {
        if (name_word(c, k - 1)) {
            k--;
            words++;
        } else if (k >= lim + 3 && word(t, k - 1) && joined_by_hyphen(t, k - 2) &&
                   name_word(c, k - 3)) {
            k -= 3; /* "Sang-min": "-min" and the name word before it */
            words++;
        } else if (words > 0 && k - 1 > lim && ex_in_list(t, k - 1, particles) &&
                   name_word(c, k - 2)) {
            k--;
        } else {
            break;
        }
    }
    if (words < 2 || words > 4)
        return none;
    return (ex_span){ k, end };
}

/* The office starting at token i ("the UK's Minister for Tech and the
 * Digital Economy", "Korea's Minister of the Interior"): the office's own
 * tokens, and in *country any country named before it. It must end where
 * the clause does (a sign, a small word or the sentence's end), so that
 * "Minister of the Interior and Safety Lee Sang-min" is not one office. */
static ex_span office_forward(const ex_ctx *c, size_t i, size_t lim, ex_country_hit *country)
{
    const ex_text *t = c->t;
    ex_span none = { 0, 0 };
    country->code = NULL;
    if (ex_is(t, i, "then")) /* "Francis Maude, then Minister for ..." */
        i++;
    if (ex_is(t, i, "the"))
        i++;
    ex_country_hit h;
    if (i < lim && ex_country_at(t, c->countries, i, true, &h)) {
        size_t e = h.toks.end;
        if (!h.demonym && possessive_after(t, e - 1))
            e += 2;
        else if (!h.demonym)
            return none;
        *country = h;
        i = e;
    }
    /* (in lower case too before "of" or "de": Spanish and Portuguese
     * write offices so, "secretário de Estado", "director de Presidencia") */
    static const char *const of_words[] = { "of", "for", "de", "da", "do", "del", NULL };
    if (i >= lim || !ex_in_list(t, i, office_words) ||
        !(t->tok[i].upper || ex_in_list(t, i + 1, of_words)))
        return none;
    size_t k = i + 1;
    while (k < lim && k - i < MAX_OFFICE_TOKENS) {
        if (k + 1 < lim && joined_by_hyphen(t, k))
            k += 2;
        else if (word(t, k) && (t->tok[k].upper || ex_in_list(t, k, connectors)))
            k++;
        else
            break;
    }
    while (k > i + 1 && ex_in_list(t, k - 1, connectors))
        k--;
    bool named = t->tok[i].upper; /* (a lower-case office names its domain: "de Estado") */
    for (size_t q = i + 1; q < k && !named; q++)
        named = t->tok[q].upper;
    if (k - i >= MAX_OFFICE_TOKENS || !named)
        return none;
    /* "Minister of the Interior of the Republic of Korea": the country is
     * not part of the office */
    for (size_t q = i + 2; q < k; q++) {
        size_t of = ex_is(t, q - 1, "the") ? q - 2 : q - 1;
        if (ex_in_list(t, of, of_words) && !ex_is(t, of, "for") && of > i &&
            ex_country_at(t, c->countries, q, true, &h) && !h.demonym && h.toks.end == k) {
            if (!country->code)
                *country = h;
            return (ex_span){ i, of };
        }
    }
    /* "Minister for the Cabinet Office Francis Maude": a name after a
     * capitalised word of the office is the holder's ("... and
     * Administrative Modernisation", after a small word, is the office's) */
    ex_span holder = name_backward(c, k, i + 1);
    if (holder.first < holder.end && !ex_in_list(t, holder.first - 1, connectors))
        return (ex_span){ i, holder.first };
    /* what may follow an office: a sign of the clause's end or a verb */
    bool ends = k >= lim || ex_is_punct(t, k, ',') || ex_is_punct(t, k, ';') ||
                ex_is_punct(t, k, '.') || ex_is_punct(t, k, ')') || ex_is_punct(t, k, '(') ||
                ex_is_punct(t, k, ':') || ex_is_punct(t, k, '[') || ex_is_dash(t, k) ||
                (word(t, k) && !t->tok[k].upper);
    return ends ? (ex_span){ i, k } : none;
}

/* An office run backwards from the honorific "Minister" before a name:
 * "Government Digital Services Minister Clare Curran". */
static ex_span office_before_name(const ex_ctx *c, size_t honorific, size_t lim)
{
    const ex_text *t = c->t;
    size_t k = honorific;
    while (k > lim && word(t, k - 1) && t->tok[k - 1].upper && !ex_is(t, k - 1, "the") &&
           honorific - k < 6)
        k--;
    if (k == honorific)
        return (ex_span){ 0, 0 };
    return (ex_span){ k, honorific + 1 };
}

typedef struct person {
    ex_span name, office;
    ex_country_hit country; /* named with the office, or code NULL */
} person;

static bool found(const person *p)
{
    return p->name.first < p->name.end || p->office.first < p->office.end;
}

/* Where the words before the chair word i that name the person end:
 * "X chaired", "X has chaired", "X, Office, chaired", "X in the chair",
 * "X, the 2023 Digital Nations chair", "X, who holds the role of chair",
 * "the Minister of the Interior is presiding over the summit".
 * Returns s.first when nothing before the word can name a person. */
static size_t subject_end(const ex_ctx *c, ex_span s, size_t i)
{
    const ex_text *t = c->t;
    static const char *const between[] = { "has", "had", "was", "is", "then", "also", "who",
                                           NULL };
    static const char *const nouns[] = { "chair", "chairman", "chairperson", "host",
                                         "presidente", "presidenta", NULL };
    /* "X, the chair", "X, as chair", and the Portuguese and Spanish "X, na
     * qualidade de presidente", "X, como presidenta" */
    static const char *const apposition[] = { "the", "who", "as", "na", "como", NULL };
    if (!ex_in_list(t, i, nouns)) {
        size_t j = i;
        while (j > s.first && i - j < 3 && ex_in_list(t, j - 1, between))
            j--;
        /* "Lee Sang-min (이상민) presided": the name in another script
         * goes, and so does an office ("Chris Philp MP (Minister for Tech
         * and the Digital Economy) chairs"), which before_cue reads */
        if (j > s.first && ex_is_punct(t, j - 1, ')')) {
            size_t open = j - 1;
            while (open > s.first && j - open < MAX_OFFICE_TOKENS + 2 && !ex_is_punct(t, open, '('))
                open--;
            if (ex_is_punct(t, open, '('))
                j = open;
        }
        return j;
    }
    if (i >= s.first + 2 && ex_is(t, i - 1, "the") && ex_is(t, i - 2, "in"))
        return i - 2;
    /* an apposition: back to its comma over at most ten tokens */
    size_t k = i;
    while (k > s.first && i - k < 10 && !ex_is_punct(t, k - 1, ',') &&
           !ex_is_sentence_end(t, k - 1))
        k--;
    if (k > s.first && ex_is_punct(t, k - 1, ',') &&
        ex_in_list(t, k, apposition))
        return k - 1;
    /* "Mário Campolargo, Secretary of State ..., is the 2023 Digital
     * Nations Chair": the subject ends at the verb, as before "chaired" */
    if (k > s.first && ex_is_punct(t, k - 1, ',') && (ex_is(t, k, "is") || ex_is(t, k, "was")))
        return k;
    return s.first;
}

/* The office of sentence s that ends exactly at token end, if any; *lead
 * gets the first token of its phrase ("the" of "the UK's Minister ..."). */
static ex_span office_before(const ex_ctx *c, ex_span s, size_t end, ex_country_hit *country,
                             size_t *lead)
{
    size_t from = end > s.first + MAX_OFFICE_TOKENS ? end - MAX_OFFICE_TOKENS : s.first;
    for (size_t q = from; q < end; q++) {
        ex_span o = office_forward(c, q, end, country);
        if (o.end == end && o.first < o.end) {
            *lead = q;
            return o;
        }
    }
    return (ex_span){ 0, 0 };
}

/* The person named before the chair word i. */
static person before_cue(const ex_ctx *c, ex_span s, size_t i)
{
    const ex_text *t = c->t;
    person p = { 0 };
    size_t j = subject_end(c, s, i);
    if (j == s.first)
        return p;
    if (ex_is_punct(t, j - 1, ',')) {
        /* "Name, Office, chaired" */
        size_t lead = 0;
        ex_span office = office_before(c, s, j - 1, &p.country, &lead);
        if (office.first < office.end && lead > s.first && ex_is_punct(t, lead - 1, ',')) {
            p.name = name_backward(c, lead - 1, s.first);
            p.office = office;
            return p;
        }
        j--; /* "Name, the chair" */
    }
    p.name = name_backward(c, j, s.first);
    if (p.name.first < p.name.end && ex_is_punct(t, j, '(')) {
        ex_span office = office_forward(c, j + 1, i, &p.country);
        if (office.first < office.end && ex_is_punct(t, office.end, ')')) {
            p.office = office;
            return p;
        }
        p.country.code = NULL;
    }
    if (p.name.first == p.name.end) {
        /* "Korea's Minister of the Interior chaired the sessions"; a
         * bare "(whose) Minister presided" tells no office */
        p.office = office_before(c, s, j, &p.country, &(size_t){ 0 });
        if (p.office.end - p.office.first == 1)
            p.office = (ex_span){ 0, 0 };
        return p;
    }
    size_t before = p.name.first;
    while (before > s.first && ex_in_list(t, before - 1, honorifics) &&
           !ex_is(t, before - 1, "minister"))
        before--;
    if (before > s.first && ex_is(t, before - 1, "minister")) {
        p.office = office_before_name(c, before - 1, s.first);
    } else if (before > s.first && ex_is_punct(t, before - 1, ',')) {
        /* "the Secretary of State for ..., Mário Campolargo, the chair" */
        p.office = office_before(c, s, before - 1, &p.country, &(size_t){ 0 });
    } else if (before == p.name.first) {
        /* "with Minister of the Interior and Safety Lee Sang-min presiding" */
        p.office = office_before(c, s, before, &p.country, &(size_t){ 0 });
    }
    return p;
}

/* "chaired by X", "under the chairmanship of X", "Chair: X": the person
 * from token at on. */
static person after_cue(const ex_ctx *c, ex_span s, size_t at)
{
    const ex_text *t = c->t;
    person p = { 0 };
    size_t after = at;
    p.name = name_forward(c, at, s.end, &after);
    if (p.name.first < p.name.end) {
        if (ex_is_punct(t, after, ',') || ex_is_punct(t, after, '('))
            p.office = office_forward(c, after + 1, s.end, &p.country);
        /* "Lee Sang-min ("Sang-min Lee" in some texts), Minister of ...": past
         * a remark in brackets */
        if (p.office.first == p.office.end && ex_is_punct(t, after, '(')) {
            size_t close = after + 1;
            while (close < s.end && close < after + 16 && !ex_is_punct(t, close, ')'))
                close++;
            if (ex_is_punct(t, close, ')') && ex_is_punct(t, close + 1, ','))
                p.office = office_forward(c, close + 2, s.end, &p.country);
        }
        /* "Name, Office (Norway)" */
        ex_country_hit h;
        size_t k = p.office.end;
        if (p.office.first < p.office.end && !p.country.code && ex_is_punct(t, k, '(') &&
            ex_country_at(t, c->countries, k + 1, true, &h) && ex_is_punct(t, h.toks.end, ')'))
            p.country = h;
        return p;
    }
    p.office = office_forward(c, at, s.end, &p.country);
    if (p.office.first < p.office.end) {
        /* "Office, Name" or "Office Name" */
        size_t n = p.office.end + ex_is_punct(t, p.office.end, ',');
        p.name = name_forward(c, n, s.end, &after);
    }
    return p;
}

/* The person a chair word at token i names, in sentence s. */
static person person_at_cue(const ex_ctx *c, ex_span s, size_t i)
{
    const ex_text *t = c->t;
    /* "chaired by", "chairmanship of", "Chair:", "chaired this year by" */
    size_t by = i + 1;
    /* (and the Spanish and Portuguese "presidida por", "presidido pelo") */
    static const char *const agents[] = { "by", "of", "por", "pelo", "pela", NULL };
    while (by < s.end && by < i + 4 && word(t, by) && !t->tok[by].upper &&
           !ex_in_list(t, by, agents))
        by++;
    if (ex_in_list(t, by, agents)) {
        person p = after_cue(c, s, by + 1);
        if (found(&p))
            return p;
        /* "chaired by the Republic of Korea under Lee Sang-min, Minister
         * of ..." */
        for (size_t k = by + 1; k < s.end && k < by + 8 && !ex_is_punct(t, k, ','); k++)
            if (ex_is(t, k, "under"))
                return after_cue(c, s, k + 1);
        return p;
    }
    if (ex_is_punct(t, i + 1, ':')) {
        /* "Chair: Estonia — Kristen Michal, Minister of ...": the country,
         * then its person */
        ex_country_hit h;
        if (ex_country_at(t, c->countries, i + 2, false, &h) && !h.demonym &&
            (ex_is_dash(t, h.toks.end) || ex_is_punct(t, h.toks.end, ',') ||
             ex_is_punct(t, h.toks.end, '('))) {
            person p = after_cue(c, s, h.toks.end + 1);
            if (p.name.first < p.name.end) {
                if (!p.country.code)
                    p.country = h;
                return p;
            }
        }
        return after_cue(c, s, i + 2);
    }
    /* "The Estonian chair, Kristen Michal, Minister of ..., welcomed" */
    static const char *const chair[] = { "chair", "chairman", "chairperson", NULL };
    if (ex_is_punct(t, i + 1, ',') && ex_in_list(t, i, chair) && i > s.first &&
        !ex_is(t, i - 1, "vice") && !ex_is(t, i - 1, "deputy")) {
        person p = after_cue(c, s, i + 2);
        if (p.name.first < p.name.end)
            return p;
    }
    return before_cue(c, s, i);
}

/* Is the thing hosted at token i the meeting: "The summit, held in Oslo,
 * was hosted by", "X hosted the 2014 summit", not "the delegations went to
 * a reception hosted by"? The nearest word for a thing decides. */
/* What token i ("hosted") hosts: the meeting (1), another thing (-1: a
 * dinner, a reception, a visit) or nothing said (0). */
static int hosted_thing(const ex_text *t, size_t i)
{
    static const char *const meeting[] = { "summit", "meeting", "ministerial", "group", NULL };
    static const char *const other[] = { "reception", "dinner", "lunch", "breakfast", "event",
                                         "session", "panel", "workshop", "visit", "tour",
                                         "gala", "podcast", "episode", "webinar", "residence",
                                         "embassy", NULL };
    /* "hosted ministers and officials from ...": the guests are the
     * meeting's, unless a thing of their own follows ("hosted ministers at
     * a dinner") */
    static const char *const guests[] = { "ministers", "delegations", "delegates", NULL };
    ex_span s = ex_sentence_of(t, i);
    bool passive = ex_is(t, i + 1, "by"), hosted_guests = false;
    for (size_t n = 1; n <= 20; n++) {
        if (passive ? i < s.first + n : i + n >= s.end)
            break;
        size_t k = passive ? i - n : i + n;
        if (ex_in_list(t, k, meeting))
            return 1;
        if (ex_in_list(t, k, other))
            return -1;
        hosted_guests |= !passive && ex_in_list(t, k, guests);
    }
    return hosted_guests ? 1 : 0;
}

bool ex_hosts_meeting(const ex_text *t, size_t i)
{
    return hosted_thing(t, i) > 0;
}

bool ex_hosts_other(const ex_text *t, size_t i)
{
    return hosted_thing(t, i) < 0;
}

/* Is what token i ("opened") opens the meeting or its session: "opened
 * the ministerial session", "opened the summit"; not "opened an
 * exhibition"? */
static bool opens_meeting(const ex_text *t, size_t i, ex_span s)
{
    static const char *const meeting[] = { "summit", "meeting", "ministerial", "session",
                                           "proceedings", NULL };
    for (size_t k = i + 1; k < s.end && k < i + 5; k++)
        if (ex_in_list(t, k, meeting))
            return true;
    return false;
}

/* The chair's name and office are p's, as evidence ev tells. */
static void take_person(ex_ctx *c, ex_draft *d, const person *p, ex_span ev)
{
    if (p->name.first < p->name.end) {
        d->chair_person.s = ex_str_span(c, p->name);
        d->chair_person.ev = ev;
    }
    if (p->office.first < p->office.end) {
        d->chair_office.s = ex_str_span(c, p->office);
        d->chair_office.ev = ev;
    }
}

/* The first person a cue of the list names in the record's section; a
 * host only of the meeting itself or on a "Host:" line. */
static bool find_person(ex_ctx *c, ex_draft *d, const char *const *cues, bool host)
{
    const ex_text *t = c->t;
    /* (on a page written before its meeting, "will" is its future: "The
     * summit will be hosted by ..."; the list is read past it then) */
    static const char *const not_now[] = { "will", "outgoing", "former", "previous", "next",
                                           "incoming", "future", "last", "new", NULL };
    bool preview = c->dateline.year && d->start.year &&
                   ex_day_number(&c->dateline) < ex_day_number(&d->start);
    for (size_t i = d->section.first; i < d->section.end; i++) {
        if (!ex_in_list(t, i, cues) || ex_flag(c, i, EX_S_FOREIGN) || ex_flag(c, i, EX_S_OTHER))
            continue;
        if (host && !ex_is_punct(t, i + 1, ':') && !ex_hosts_meeting(t, i))
            continue;
        ex_span s = ex_sentence_of(t, i);
        if (ex_not_now_before(t, i, s.first, not_now + preview))
            continue;
        person p = person_at_cue(c, s, i);
        if (!found(&p))
            continue;
        /* "Host: Marisol Ferreira-Quinn · Guest: ...": a podcast's host; a
         * "Host:" line names the meeting's only with an office */
        if (host && ex_is_punct(t, i + 1, ':') && p.office.first == p.office.end)
            continue;
        /* "Korea's Minister" on a page whose chair is another country */
        if (p.country.code && d->chair && strcmp(p.country.code, d->chair) != 0)
            continue;
        /* "hosted by Francis Maude, the British Minister for the Cabinet
         * Office": the minister's country hosts */
        if (p.country.code && !d->chair) {
            d->chair = p.country.code;
            d->chair_name = p.country.demonym ? NULL : ex_str_span(c, p.country.toks);
            d->chair_ev = s;
        }
        take_person(c, d, &p, s);
        return true;
    }
    return false;
}

void ex_find_chair_person(ex_ctx *c, ex_draft *d)
{
    static const char *const chair_words[] = { "chair", "chairman", "chairmanship", "chairs",
                                               "chaired", "chairing", "chairperson",
                                               "presiding", "presided", "presidente",
                                               "presidenta", "presidida", "presidido", NULL };
    /* the host minister chairs: "hosted by Francis Maude, Minister for the
     * Cabinet Office" */
    static const char *const host_words[] = { "host", "hosted", "hosts", NULL };
    if (find_person(c, d, chair_words, false) || find_person(c, d, host_words, true))
        return;
    /* "Estonia is chairing the work of the D5 this year, and Kristen
     * Michal, Minister of ..., opened the ministerial session": in the
     * sentence that makes a country chair, the person who opens the
     * meeting is its chair */
    ex_span s = d->chair_ev;
    for (size_t i = s.first; d->chair && i < s.end; i++) {
        if (!ex_is(c->t, i, "opened") || !opens_meeting(c->t, i, s))
            continue;
        person p = before_cue(c, s, i);
        if (p.name.first < p.name.end && p.name.first >= s.first &&
            (!p.country.code || strcmp(p.country.code, d->chair) == 0)) {
            take_person(c, d, &p, s);
            return;
        }
    }
}

/* Do the words of s (a value such as "Tel Aviv") start at token i? The
 * token after them is *after. */
static bool words_at(const ex_text *t, size_t i, const char *s, size_t *after)
{
    size_t k = i;
    while (*s && k < t->ntok) {
        size_t len = t->tok[k].len;
        if (k > i && (*s == ' ') != t->tok[k].space_before)
            return false;
        while (*s == ' ')
            s++;
        for (size_t b = 0; b < len; b++, s++)
            if (!*s || ex_ascii_lower(*s) != ex_ascii_lower(t->buf[t->tok[k].off + b]))
                return false;
        k++;
    }
    *after = k;
    return !*s;
}

void ex_chair_from_place(ex_ctx *c, ex_draft *d)
{
    const ex_text *t = c->t;
    if (d->chair || !d->country)
        return;
    /* "the Minister for the Cabinet Office, Francis Maude, hosted ministers
     * ... in London": a host named without a country of their own hosts in
     * the meeting's country (one who only chairs may chair from abroad) */
    static const char *const hosted[] = { "hosted", "hosts", NULL };
    ex_span ev = d->chair_person.ev;
    for (size_t i = ev.first; d->chair_person.s && i < ev.end; i++)
        if ((ex_in_list(t, i, hosted) && ex_hosts_meeting(t, i)) ||
            (i <= ev.first + 1 && ex_is(t, i, "host") && ex_is_punct(t, i + 1, ':'))) {
            /* (or a "Host: Francis Maude, Minister ..." line) */
            d->chair = d->country;
            d->chair_ev = ev;
            return;
        }
    /* "Montevideo hosted the ministers ... for their annual summit" */
    for (size_t i = d->section.first; d->city.s && i < d->section.end; i++) {
        size_t verb;
        if (ex_flag(c, i, EX_S_FOREIGN) || ex_flag(c, i, EX_S_OTHER) ||
            !words_at(t, i, d->city.s, &verb) || !ex_in_list(t, verb, hosted) ||
            !ex_hosts_meeting(t, verb))
            continue;
        d->chair = d->country;
        d->chair_ev = ex_sentence_of(t, i);
        return;
    }
}

/* "### Chairs" / "- 2021: United Kingdom — Chris Philp MP, Minister for
 * Tech and the Digital Economy": the person after the dash of the row's
 * year, when the item's country is the row's chair. */
void ex_listed_chair(ex_ctx *c, size_t heading, ex_draft *d)
{
    const ex_text *t = c->t;
    ex_span item = ex_listed_item(c, heading, d->start.year);
    size_t dash = ex_item_dash(t, item);
    ex_country_hit h;
    bool country = false;
    for (size_t k = item.first; k < dash && !country; k++)
        country = ex_country_at(t, c->countries, k, true, &h);
    if (dash >= item.end || !country || !d->chair || strcmp(h.code, d->chair) != 0)
        return;
    size_t at = dash + 1; /* "— hosted by Joyce Murray, Minister of ..." */
    if ((ex_is(t, at, "hosted") || ex_is(t, at, "chaired")) && ex_is(t, at + 1, "by"))
        at += 2;
    person p = after_cue(c, (ex_span){ at, item.end }, at);
    take_person(c, d, &p, item);
}

void ex_cell_chair(ex_ctx *c, ex_span cell, ex_draft *d, ex_span ev)
{
    person p = after_cue(c, cell, cell.first);
    take_person(c, d, &p, ev);
}
