/* One finder per record field. Each reads the tokens of one section (the
 * whole page, or one summit of a list page) and fills its part of the
 * draft with the value and the sentence or line it came from. The rules
 * are general English patterns; nothing here knows any particular summit. */
#include <ctype.h>
#include <stdio.h>
#include <string.h>

#include <utf8proc.h>

#include "extract_draft.h"
#include "summit/country.h"
#include "summit/record.h"

/* --- strings ------------------------------------------------------------- */

static const char *pool_take(ex_ctx *c, char *s)
{
    ex_pool *p = c->pool;
    if (!s)
        return NULL;
    if (!ex_reserve(p->mem, (void **)&p->s, &p->cap, p->n + 1, sizeof *p->s)) {
        ex_free(p->mem, s);
        return NULL;
    }
    p->s[p->n++] = s;
    return s;
}

const char *ex_str(ex_ctx *c, size_t off, size_t end)
{
    const char *src = c->t->buf;
    while (off < end && (src[off] == ' ' || src[off] == '\n'))
        off++;
    while (end > off && (src[end - 1] == ' ' || src[end - 1] == '\n'))
        end--;
    if (off >= end)
        return NULL;
    char *s = ex_malloc(c->pool->mem, end - off + 1);
    if (!s)
        return NULL;
    size_t o = 0;
    for (size_t i = off; i < end; i++) {
        char ch = src[i];
        if (ch == '\n')
            ch = ' ';
        if (ch == ' ' && o > 0 && s[o - 1] == ' ')
            continue;
        s[o++] = ch;
    }
    s[o] = '\0';
    return pool_take(c, s);
}

const char *ex_str_span(ex_ctx *c, ex_span sp)
{
    size_t off, end;
    ex_span_bytes(c->t, sp, &off, &end);
    return ex_str(c, off, end);
}

const char *ex_str_dup(ex_ctx *c, const char *s)
{
    size_t n = strlen(s);
    char *d = ex_malloc(c->pool->mem, n + 1);
    if (!d)
        return NULL;
    memcpy(d, s, n + 1);
    return pool_take(c, d);
}

/* --- shared word lists and helpers --------------------------------------- */

static const char *const meeting_nouns[] = { "summit", "summits", "conference", "meeting",
                                             "forum", NULL };
static const char *const context_words[] = {
    "cumbre", "cimeira", "reuni\xc3\xb3n", "reuni\xc3\xa3o", "celebrada", "realizada",
    "summit", "summits", "meeting", "ministerial", "conference", "forum", "gathering", "met",
    "meet", "meets", "held", "hosted", "hosting", "hosts", "convened", "gathered", "event",
    "session", "sessions", NULL,
};

static const char *const place_verbs[] = {
    "held", "hosted", "hosting", "host", "place", "met", "meet", "meets", "gathered", "convened",
    "virtually", "online", "summit", "meeting", "conference", "ministerial", "event", "welcomed",
    "took", "photo", NULL,
};

static const char *const doc_verbs[] = {
    "signed", "signing", "sign", "adopted", "adopting", "adopt", "adoption", "approval", "published",
    "supported", "updated", "reviewed", "drafted", "outcome",
    "publish", "publishing", "issued", "released", "endorsed", "endorsing", "approved",
    "agreed", "launched", "unveiled", "result", "considered", "prepared", "presented", "backing",
    "backed", "backs", "signs", "adopts", "publishes", "endorses", "approves",
    /* Spanish and Portuguese */
    "firmaron", "firm\xc3\xb3", "adoptaron", "aprobaron", "aprob\xc3\xb3",
    "aprobaci\xc3\xb3n", "assinaram", "assinou", "adotaram", "aprovaram", "aprovou",
    "aprova\xc3\xa7\xc3\xa3o", NULL,
};


/* Does the sentence speak of another meeting than the page's own ("Last
 * year's summit", "the previous chair", "The next summit will be held")? */
/* A dash at token i opening an aside closed by another in sentence s
 * ("where the D5 — the group that signed its charter in London last
 * December — held its second summit"): the closing dash, else i. */
static size_t aside_end(const ex_text *t, ex_span s, size_t i)
{
    for (size_t k = i + 1; k < s.end && k < i + 40; k++)
        if (ex_is_dash(t, k) && t->tok[k].space_before)
            return k;
    return i;
}

static bool other_meeting(const ex_text *t, ex_span s, bool skip_asides)
{
    static const char *const meeting_past[] = { "met", "held", "convened", "gathered", "opened",
                                                NULL };
    static const char *const words[] = { "previous", "previously", "upcoming", NULL };
    /* "four years ago" (but "three weeks ago" is the news of the day) */
    static const char *const long_ago[] = { "year", "years", "decade", "decades", NULL };
    static const char *const will[] = { "be", "host", "chair", "take", "hold", NULL };
    /* "next" and "last" only before a meeting word: not "next to", "at last" */
    static const char *const what[] = { "year", "summit", "meeting", "chair", "host",
                                        "presidency", "edition", "ministerial", "conference", NULL };
    size_t used;
    for (size_t i = s.first; i < s.end; i++)
        if (skip_asides && ex_is_dash(t, i) && t->tok[i].space_before) {
            i = aside_end(t, s, i);
        } else if (ex_in_list(t, i, words) || (ex_is(t, i, "ago") && ex_in_list(t, i - 1, long_ago)) ||
            ((ex_is(t, i, "last") || ex_is(t, i, "next") || ex_is(t, i, "former") ||
              ex_is(t, i, "following")) &&
             (ex_in_list(t, i + 1, what) || ex_month(t, i + 1, &used))) ||
            (ex_is(t, i, "will") && ex_in_list(t, i + 1, will)) ||
            /* "NEW ZEALAND TO TAKE THE CHAIR", "Canada to take over the
             * presidency" (not "rose to take the chair as ministers met") */
            (ex_is(t, i, "to") && (ex_is(t, i + 1, "take") || ex_is(t, i + 1, "assume")) &&
             (ex_is(t, i + 2, "over") || (ex_is(t, i + 2, "the") &&
                                          (ex_is(t, i + 3, "chair") ||
                                           ex_is(t, i + 3, "presidency")))) &&
             !ex_span_has(t, s, meeting_past)) ||
            /* "Earlier in the year, on 3-4 May, ... co-hosted the Forum" */
            ((ex_is(t, i, "earlier") || ex_is(t, i, "later")) &&
             (ex_is(t, i + 1, "in") || ex_is(t, i + 1, "that")) &&
             (ex_is(t, i + 2, "year") || ex_is(t, i + 3, "year"))))
            return true;
    return false;
}

/* Is token i, in a sentence about another meeting, outside the dashed
 * aside that tells of it ("where the D5 — the group that signed its
 * charter in London last December — held its second summit")? */
static bool beside_aside(const ex_text *t, size_t i)
{
    ex_span s = ex_sentence_of(t, i);
    /* (sentences of prose only: one endless sentence, read for each of
     * its ordinals, would make the page's time quadratic) */
    if (s.end - s.first > 200 || !other_meeting(t, s, false) || other_meeting(t, s, true))
        return false;
    for (size_t k = s.first; k < s.end; k++)
        if (ex_is_dash(t, k) && t->tok[k].space_before) {
            size_t e = aside_end(t, s, k);
            if (i > k && i < e)
                return false;
            k = e;
        }
    return true;
}

static bool future(const ex_text *t, ex_span s)
{
    static const char *const words[] = { "will", "would", "shall", "upcoming", "planned", NULL };
    return ex_span_has(t, s, words);
}

/* Does a clause end at token k: ",", ";" or a dash set apart by spaces
 * ("here in Wellington — the fourth since ...")? */
static bool clause_break(const ex_text *t, size_t k)
{
    return ex_is_punct(t, k, ',') || ex_is_punct(t, k, ';') ||
           (ex_is_dash(t, k) && t->tok[k].space_before);
}

/* The clause around token i: its sentence, cut at commas, semicolons and
 * dashes (a clause before another meeting's: "Uruguay holds the
 * presidency, which it assumed at the previous summit"). */
static ex_span clause_of(const ex_text *t, size_t i)
{
    ex_span s = ex_sentence_of(t, i), r = { i, i + 1 };
    while (r.first > s.first && r.first + 40 > i && !clause_break(t, r.first - 1))
        r.first--;
    while (r.end < s.end && r.end < i + 40 && !clause_break(t, r.end))
        r.end++;
    return r;
}

ex_span ex_clause_of(const ex_text *t, size_t i)
{
    return clause_of(t, i);
}

/* Is the clause before token i a denial: "We could not find a declaration
 * or charter adopted in Lisbon", "No joint statement was published"? */
static bool negated(const ex_text *t, size_t i)
{
    static const char *const denials[] = { "not", "no", "never", "without", "neither",
                                            "nor", "cannot", "didn", "wasn", "weren",
                                            "haven", "hasn", "hadn", "isn", "aren", "doesn",
                                            NULL }; /* "didn't": the words end at "'" */
    ex_span cl = clause_of(t, i);
    for (size_t k = cl.first; k < i; k++)
        if (ex_in_list(t, k, denials))
            return true;
    return false;
}

/* Does clause cl open as a relative clause: "which ...", "both of which
 * ...", "where ..."? */
static bool relative_clause(const ex_text *t, ex_span cl)
{
    static const char *const relatives[] = { "which", "where", "whose", NULL };
    static const char *const quantities[] = { "both", "all", "each", "neither", "none", "most",
                                              NULL };
    size_t f = cl.first;
    if (ex_in_list(t, f, quantities) && ex_is(t, f + 1, "of"))
        f += 2;
    return f < cl.end && ex_in_list(t, f, relatives);
}

/* The clause of token i, and for a relative clause the clause before it,
 * which it tells of ("London, 9-10 December 2014, where the founders
 * signed the charter": the charter's year is 2014). */
static ex_span told_clause(const ex_text *t, size_t i)
{
    ex_span cl = clause_of(t, i);
    if (relative_clause(t, cl) && cl.first >= 2 &&
        cl.first - 2 >= ex_sentence_of(t, i).first)
        cl.first = clause_of(t, cl.first - 2).first;
    return cl;
}

/* Does the span name a year other than the record's ("in 2015" in a
 * clause on the page of the 2014 summit)? */
static bool other_year_in(const ex_text *t, ex_span s, const ex_draft *d)
{
    if (!d->start.year)
        return false;
    for (size_t k = s.first; k < s.end; k++) {
        int32_t y = ex_year(t, k);
        if (y && y != d->start.year && (!d->end.year || y != d->end.year))
            return true;
    }
    return false;
}

/* Does sentence s go on about another year's meeting: its paragraph
 * opens with a sentence dated in another year ("Jerusalem was November
 * 2018. Mexico and Portugal joined, and we all signed the D9 charter."),
 * and nothing from there to s names the record's year? */
static bool in_paragraph_of_other_year(const ex_text *t, ex_span s, const ex_draft *d)
{
    /* (sentences of prose only: an endless one, read for every document
     * word in it, would make the page's time quadratic) */
    if (!d->start.year || s.end - s.first > 200 || other_year_in(t, s, d))
        return false;
    const ex_line *l = ex_line_of(t, s.first);
    while (l->no > 1 && !ex_line_blank(l - 1) && s.first - l[-1].toks.first < 400)
        l--;
    ex_span opening = ex_sentence_of(t, l->toks.first);
    if (opening.first == s.first || opening.end - opening.first > 200 ||
        !other_year_in(t, opening, d))
        return false;
    /* (and nothing brings the story back: the record's year, "this week",
     * "today") */
    static const char *const now[] = { "this", "today", "now", NULL };
    for (size_t k = opening.first; k < s.end; k++)
        if (ex_year(t, k) == d->start.year || (k >= opening.end && ex_in_list(t, k, now)))
            return false;
    /* (nor does a paragraph that opens on the record's own days: "On
     * Wednesday 21 and Thursday 22 February, ... the fourth since the N5
     * was founded in Riga in 2014.") */
    for (size_t k = opening.first; k < opening.end; k++) {
        ex_date dd;
        if (ex_date_at(t, k, &dd) && dd.start.month == d->start.month &&
            (!dd.year_given || dd.start.year == d->start.year))
            return false;
    }
    return true;
}

/* Does the sentence name a meeting: a context word on its own, not the
 * end of a compound ("the life-event services")? */
static bool speaks_of_meeting(const ex_text *t, ex_span s)
{
    for (size_t i = s.first; i < s.end; i++)
        if (ex_in_list(t, i, context_words) &&
            !(i > s.first && !t->tok[i].space_before && ex_is_punct(t, i - 1, '-')))
            return true;
    return false;
}

bool ex_sentence_flags(ex_ctx *c)
{
    const ex_text *t = c->t;
    uint8_t *f = ex_malloc(c->pool->mem, t->nsentences + 1);
    if (!f)
        return false;
    for (size_t i = 0; i < t->nsentences; i++) {
        ex_span s = t->sentences[i];
        f[i] = (uint8_t)((speaks_of_meeting(t, s) ? EX_S_CONTEXT : 0) |
                         (ex_span_has(t, s, place_verbs) ? EX_S_PLACE : 0) |
                         (ex_span_has(t, s, doc_verbs) ? EX_S_DOCVERB : 0) |
                         (other_meeting(t, s, false) ? EX_S_OTHER : 0) |
                         (future(t, s) ? EX_S_FUTURE : 0));
    }
    c->sflags = f;
    return pool_take(c, (char *)f) != NULL;
}

bool ex_flag(const ex_ctx *c, size_t i, uint8_t flag)
{
    return i < c->t->ntok && (c->sflags[c->t->tok[i].sentence] & flag) != 0;
}


static bool is_upper_word(const ex_text *t, size_t i)
{
    return i < t->ntok && t->tok[i].kind == TOK_WORD && t->tok[i].upper;
}

/* Every country named in the section, in order (no codes). */
typedef struct hits {
    ex_country_hit h[256];
    size_t n;
} hits;

static void collect_hits(ex_ctx *c, ex_span s, hits *out)
{
    const ex_text *t = c->t;
    out->n = 0;
    for (size_t i = s.first; i < s.end && out->n < 256;) {
        ex_country_hit h;
        /* a code in a list after a country: "(UK, ROK, EE, ISRAEL, NZ)" */
        bool listed_code = i >= 2 && out->n > 0 && out->h[out->n - 1].toks.end == i - 1 &&
                           ex_is_punct(t, i - 1, ',') &&
                           (ex_is_punct(t, i + 1, ',') || ex_is_punct(t, i + 1, ')') ||
                            ex_is(t, i + 1, "and") || i + 1 == t->ntok);
        if (ex_country_at(t, c->countries, i, listed_code, &h) && h.toks.end <= s.end) {
            out->h[out->n++] = h;
            i = h.toks.end;
        } else {
            i++;
        }
    }
}

static size_t skip_the(const ex_text *t, size_t i)
{
    return ex_is(t, i, "the") ? i + 1 : i;
}

/* Do tokens [i, country) name a ministry of the country that starts
 * there: "Ministry of the Interior of (the Republic of Korea)"? */
static bool ministry_of(const ex_text *t, size_t i, size_t country)
{
    static const char *const bodies[] = { "ministry", "department", "government", "office",
                                          "cabinet", NULL };
    if (!ex_in_list(t, i, bodies) || !is_upper_word(t, i) || country > i + 12 || country < i + 2)
        return false;
    for (size_t k = i + 1; k < country; k++)
        if (!is_upper_word(t, k) && !ex_is(t, k, "of") && !ex_is(t, k, "for") &&
            !ex_is(t, k, "the") && !ex_is(t, k, "and"))
            return false;
    size_t of = country - 1;
    if (ex_is(t, of, "the"))
        of--;
    return ex_is(t, of, "of") || ex_is(t, of, "for");
}

/* --- series and group ---------------------------------------------------- */

static const char *const series_drop[] = { "the", "annual", "virtual", "inaugural", "online",
                                           "first", "next", "a", "an", "this", "year", "s", NULL };
static const char *const descriptors[] = { "annual", "ministerial", "international", "global",
                                           "leaders", "virtual", "inaugural", "online",
                                           "ministers", "heads", NULL };

static bool run_token(const ex_text *t, size_t i, size_t line)
{
    if (i >= t->ntok || t->tok[i].line != line)
        return false;
    const ex_token *tk = &t->tok[i];
    if (tk->kind == TOK_WORD)
        return tk->upper;
    if (tk->kind == TOK_NUM)
        return true;
    /* "Digital-5", "Data 360°", "D9+", and the possessive of "Ministers' Meeting" */
    if (!tk->space_before && (tk->ch == '-' || tk->ch == 0xB0 || tk->ch == '+'))
        return true;
    /* (a plural's: "Ministers'", not the close of "the 'D5' summit") */
    const ex_token *before = i > 0 ? &t->tok[i - 1] : NULL;
    return !tk->space_before && (tk->ch == '\'' || tk->ch == 0x2019) && before &&
           before->kind == TOK_WORD && ex_ascii_lower(t->buf[before->off + before->len - 1]) == 's' &&
           i + 1 < t->ntok && t->tok[i + 1].space_before;
}

/* run_token, or a small word joining two capitalised ones ("Digital and
 * Tech", "Ministers of Digital Affairs"), for names read backwards. */
static bool name_token(const ex_text *t, size_t i, size_t line)
{
    if (run_token(t, i, line))
        return true;
    static const char *const joins[] = { "and", "of", "for", NULL };
    return i > 0 && (ex_in_list(t, i, joins) || ex_is_punct(t, i, '&')) &&
           t->tok[i].line == line && run_token(t, i - 1, line) && run_token(t, i + 1, line) &&
           t->tok[i - 1].kind == TOK_WORD && t->tok[i + 1].kind == TOK_WORD;
}

static bool code_group(const ex_text *t, size_t i);

/* Does token s open a field of a part's heading, after a "·" on the
 * section's first two lines ("9–10 December · London, United Kingdom · D5")? */
static bool heading_field(const ex_text *t, ex_span section, size_t s)
{
    return s > section.first && ex_is_punct(t, s - 1, 0xB7) &&
           t->tok[s].line <= t->tok[section.first].line + 1;
}

/* "(D5)" ending at token i: a group's code in brackets after its name. */
static bool bracketed_code_ending(const ex_text *t, size_t i)
{
    return i >= 2 && ex_is_punct(t, i, ')') && code_group(t, i - 1) && ex_is_punct(t, i - 2, '(') &&
           t->tok[i - 2].line == t->tok[i].line;
}

/* A group written as letters and digits: "D9", "G7", "G20" (not "D9+",
 * another group's name). */
static bool code_group(const ex_text *t, size_t i)
{
    const ex_token *tk = &t->tok[i];
    const char *s = t->buf + tk->off;
    bool plus = i + 1 < t->ntok && ex_is_punct(t, i + 1, '+') && !t->tok[i + 1].space_before;
    return tk->kind == TOK_WORD && tk->len >= 2 && tk->len <= 3 && s[0] >= 'A' && s[0] <= 'Z' &&
           s[1] >= '0' && s[1] <= '9' && (tk->len == 2 || (s[2] >= '0' && s[2] <= '9')) && !plus;
}

/* How often (up to 3 more times) the words of `name` recur in the section:
 * the page is about the summit whose group it keeps naming. */
/* Are the tokens from i the name, as written? */
static bool same_words(const ex_text *t, size_t i, ex_span name)
{
    size_t len = name.end - name.first;
    if (i + len > t->ntok)
        return false;
    for (size_t k = 0; k < len; k++)
        if (t->tok[i + k].len != t->tok[name.first + k].len ||
            memcmp(t->buf + t->tok[i + k].off, t->buf + t->tok[name.first + k].off,
                   t->tok[i + k].len) != 0)
            return false;
    return true;
}

static int mentions_of(const ex_text *t, ex_span section, ex_span name)
{
    int n = 0;
    size_t len = name.end - name.first;
    for (size_t i = section.first; i + len <= section.end && n < 4; i++)
        n += same_words(t, i, name);
    return n > 0 ? n - 1 : 0;
}

/* "the third Digital-5 (D5) Ministerial Summit": the group is known by its
 * code, D5; the series follows it. */
static void abbreviated_group(ex_ctx *c, ex_draft *d)
{
    const ex_text *t = c->t;
    size_t glen = strlen(d->group.s);
    for (size_t i = d->section.first + 1; i + 2 < d->section.end; i++) {
        if (!ex_is_punct(t, i, '(') || !code_group(t, i + 1) || !ex_is_punct(t, i + 2, ')'))
            continue;
        size_t end = t->tok[i].off;
        while (end > 0 && t->buf[end - 1] == ' ')
            end--;
        if (end < glen || memcmp(t->buf + end - glen, d->group.s, glen) != 0)
            continue;
        const char *code = ex_str(c, t->tok[i + 1].off, t->tok[i + 1].off + t->tok[i + 1].len);
        if (!code)
            return;
        if (d->series.s && strncmp(d->series.s, d->group.s, glen) == 0) {
            char buf[512];
            snprintf(buf, sizeof buf, "%s%s", code, d->series.s + glen);
            d->series.s = ex_str_dup(c, buf);
        }
        d->group.s = code;
        d->group.ev = ex_sentence_of(t, i);
        return;
    }
}

/* Is the name a country (or demonym), or written elsewhere after "in",
 * "at" or "from" ("founded in London", "the last summit in Jerusalem")? */
static bool place_name_uncached(ex_ctx *c, ex_span name);

static bool place_name(ex_ctx *c, ex_span name)
{
    const ex_text *t = c->t;
    if (name.first >= name.end)
        return false;
    size_t from = t->tok[name.first].off;
    size_t n = t->tok[name.end - 1].off + t->tok[name.end - 1].len - from;
    if (n >= sizeof c->places[0].name)
        return place_name_uncached(c, name);
    size_t cached = c->nplaces < 16 ? c->nplaces : 16;
    for (size_t k = 0; k < cached; k++)
        if (strlen(c->places[k].name) == n && memcmp(c->places[k].name, t->buf + from, n) == 0)
            return c->places[k].place;
    bool place = place_name_uncached(c, name);
    size_t slot = c->nplaces++ % 16;
    memcpy(c->places[slot].name, t->buf + from, n);
    c->places[slot].name[n] = '\0';
    c->places[slot].place = place;
    return place;
}

static bool place_name_uncached(ex_ctx *c, ex_span name)
{
    const ex_text *t = c->t;
    ex_country_hit h;
    if (ex_country_at(t, c->countries, name.first, false, &h) && h.toks.end >= name.end)
        return true;
    size_t len = name.end - name.first;
    static const char *const preps[] = { "in", "at", "from", NULL };
    for (size_t i = 1; i + len <= t->ntok; i++) {
        if (!ex_in_list(t, i - 1, preps) || t->tok[i - 1].upper)
            continue; /* "In Digital Nations, Denmark is represented by ..." */
        size_t k = 0;
        while (k < len && t->tok[i + k].len == t->tok[name.first + k].len &&
               memcmp(t->buf + t->tok[i + k].off, t->buf + t->tok[name.first + k].off,
                      t->tok[i + k].len) == 0)
            k++;
        if (k == len && !(i + k < t->ntok && is_upper_word(t, i + k)))
            return true;
    }
    return false;
}

/* "the group became the D7", "renamed D9": the name it took, at the
 * meeting's close, not the one it met under. */
static bool became(const ex_text *t, size_t i)
{
    static const char *const words[] = { "became", "become", "becomes", "becoming", "renamed",
                                         "rebranded", "name", NULL };
    size_t k = i > 0 && ex_is(t, i - 1, "the") ? i - 1 : i;
    /* "henceforth to be known as the D9" */
    if (k >= 2 && ex_is(t, k - 1, "as") && ex_is(t, k - 2, "known"))
        return true;
    return k > 0 && ex_in_list(t, k - 1, words);
}

/* "D9", "G20": one to three capitals and a number */
static bool code_name(const char *s)
{
    size_t k = 0;
    while (k < 3 && s[k] >= 'A' && s[k] <= 'Z')
        k++;
    if (k == 0 || s[k] < '0' || s[k] > '9')
        return false;
    while (s[k] >= '0' && s[k] <= '9')
        k++;
    return s[k] == '\0';
}

/* Are the words of span s all in capitals (a heading)? */
static bool in_capitals(const ex_text *t, ex_span s)
{
    return s.first < s.end && ex_all_caps(t, s);
}

bool ex_find_renaming(ex_ctx *c, ex_span s, ex_found *out)
{
    const ex_text *t = c->t;
    bool found = false;
    for (size_t i = s.first; i < s.end; i++) {
        if (!became(t, i))
            continue;
        size_t e = i;
        if (code_group(t, i))
            e = i + 1;
        else
            /* "the Digital 9", "Digital Nations" */
            while (e < s.end && e - i < 4 &&
                   ((t->tok[e].kind == TOK_WORD && t->tok[e].upper) ||
                    (e > i && t->tok[e].kind == TOK_NUM && !t->tok[e].ordinal)))
                e++;
        if (e == i)
            continue;
        out->s = ex_str_span(c, (ex_span){ i, e });
        out->ev = ex_sentence_of(t, i);
        found = out->s != NULL;
    }
    return found;
}

/* Does the name starting at token s follow a word that sets another event
 * beside the meeting ("alongside Web Summit", "in parallel with Web
 * Summit", "ahead of the Digital Nations 2030 conference", "preceded by
 * ...")? */
/* Does sentence s say that what it names is no part of the meeting:
 * "That was a Web Summit stage session, not part of the ministerial
 * programme", "That was a separate event"? */
static bool disowned(const ex_text *t, ex_span s)
{
    if (s.end - s.first > 200)
        return false; /* (prose sentences only: no rescan of an endless one) */
    for (size_t k = s.first; k + 1 < s.end; k++)
        if ((ex_is(t, k, "not") &&
             ((ex_is(t, k + 1, "part") && ex_is(t, k + 2, "of")) ||
              (ex_is(t, k + 1, "a") && ex_is(t, k + 2, "part") && ex_is(t, k + 3, "of")))) ||
            (ex_is(t, k, "separate") && ex_is(t, k + 1, "event")))
            return true;
    return false;
}

/* Does a meeting named after token j in sentence s go "alongside it":
 * "Web Summit opened on Monday, and the DN meeting was scheduled
 * alongside it"? Then the meeting at j is the other event. */
static bool beside_it(const ex_text *t, ex_span s, size_t j)
{
    static const char *const words[] = { "alongside", "beside", "with", NULL };
    if (s.end - s.first > 200)
        return false; /* (prose sentences only: no rescan of an endless one) */
    for (size_t k = j + 1; k < s.end; k++)
        if (ex_in_list(t, k, meeting_nouns))
            for (size_t q = k + 1; q + 1 < s.end && q < k + 8; q++)
                if (ex_in_list(t, q, words) && ex_is(t, q + 1, "it"))
                    return true;
    return false;
}

static bool beside(const ex_text *t, size_t s)
{
    static const char *const words[] = { "alongside", "beside", "sidelines", "margins", "ahead",
                                         NULL };
    static const char *const by[] = { "preceded", "followed", NULL };
    size_t k = s > 0 && ex_is(t, s - 1, "the") ? s - 1 : s;
    if (k >= 2 && ex_is(t, k - 1, "by") && ex_in_list(t, k - 2, by))
        return true;
    if (k >= 2 && ex_is(t, k - 1, "to") && ex_is(t, k - 2, "next"))
        return true;
    if (k >= 2 && ex_is(t, k - 1, "with") && ex_is(t, k - 2, "parallel"))
        return true; /* "in parallel with Web Summit" */
    if (k > 0 && ex_is(t, k - 1, "of"))
        k--; /* "ahead of", "on the sidelines of" */
    return k > 0 && ex_in_list(t, k - 1, words);
}

/* "sign the D9 charter", "an updated Digital Nations Charter": a charter is
 * named after its group. Only in a sentence about the meeting. */
static bool charter_group(ex_ctx *c, ex_draft *d)
{
    const ex_text *t = c->t;
    for (size_t i = d->section.first + 1; i < d->section.end; i++) {
        if (!ex_is(t, i, "charter") || !ex_flag(c, i, EX_S_CONTEXT) || ex_flag(c, i, EX_S_FOREIGN))
            continue;
        size_t a = i, line = t->tok[i].line;
        while (a > d->section.first && i - a < 4 && t->tok[a - 1].line == line &&
               ((t->tok[a - 1].kind == TOK_WORD && t->tok[a - 1].upper) || code_group(t, a - 1)))
            a--;
        while (a < i && ex_in_list(t, a, series_drop))
            a++; /* "The charter was updated": no name */
        if (a == i || became(t, a) || place_name(c, (ex_span){ a, i }))
            continue;
        d->group.s = ex_str_span(c, (ex_span){ a, i });
        d->group.ev = ex_sentence_of(t, i);
        return d->group.s != NULL;
    }
    return false;
}

static void find_series_group(ex_ctx *c, ex_draft *d);

/* Is abbreviation a the initials of name ("DN", "Digital Nations")? */
static bool initials_of(const char *name, const char *a)
{
    size_t n = 0;
    for (const char *p = name; *p; p++)
        if (p == name || p[-1] == ' ') {
            if (*p != a[n])
                return false;
            n++;
        }
    return n > 1 && a[n] == '\0';
}

/* Is token g an abbreviation in capitals that the page writes out in its
 * first 4096 tokens, where pages say what they are about ("DN" and
 * "Digital Nations"), not "TBC" or "UTC"? */
static bool written_out(ex_ctx *c, size_t g)
{
    const ex_text *t = c->t;
    const ex_token *tk = &t->tok[g];
    if (tk->kind != TOK_WORD || tk->len < 2 || tk->len > 4 || !ex_all_caps(t, (ex_span){ g, g + 1 }))
        return false;
    char a[5];
    memcpy(a, t->buf + tk->off, tk->len);
    a[tk->len] = '\0';
    size_t lim = t->ntok < 4096 ? t->ntok : 4096;
    for (size_t i = 0; i + tk->len <= lim; i++) {
        size_t n = 0;
        while (n < tk->len && t->tok[i + n].kind == TOK_WORD && t->tok[i + n].upper &&
               t->buf[t->tok[i + n].off] == a[n] && t->tok[i + n].len > 1 &&
               !ex_all_caps(t, (ex_span){ i + n, i + n + 1 }))
            n++;
        if (n == tk->len)
            return true;
    }
    return false;
}

/* "21–22 February · Wellington, New Zealand · D5 → D7": the group a field
 * of a part's heading names alone (a code, or an abbreviation the page
 * writes out, "DN"), the last of an arrow's; an empty span if none. */
static ex_span heading_group(ex_ctx *c, const ex_draft *d)
{
    const ex_text *t = c->t;
    for (size_t i = d->section.first; i < d->section.end; i++) {
        if (!heading_field(t, d->section, i))
            continue;
        size_t e = i, g = i;
        while (e < d->section.end && t->tok[e].line == t->tok[i].line && !ex_is_punct(t, e, 0xB7)) {
            if (ex_is_punct(t, e, '>') || ex_is_punct(t, e, 0x2192))
                g = e + 1;
            e++;
        }
        if (g + 1 == e && (code_group(t, g) || written_out(c, g)))
            return (ex_span){ g, e };
    }
    return (ex_span){ 0, 0 };
}

/* Does span s write the word w (lower case, as ex_is reads it)? */
static bool writes_word(const ex_text *t, ex_span s, const char *w)
{
    for (size_t i = s.first; i < s.end; i++)
        if (t->tok[i].len == strlen(w) && ex_is(t, i, w))
            return true;
    return false;
}

/* "Digital-5" or "Digital 5" written out, and "D5" in the record's part
 * or the page's opening (its title): the group's name is its code, as
 * "the D5 (the "Digital 5")" defines it. */
static void group_code(ex_ctx *c, ex_draft *d)
{
    const char *g = d->group.s;
    if (!g || !(*g >= 'A' && *g <= 'Z'))
        return;
    const char *digits = g + strcspn(g, " -");
    if (!*digits || !digits[1] || strspn(digits + 1, "0123456789") != strlen(digits + 1) ||
        strlen(digits + 1) > 2)
        return;
    char code[4] = { *g, digits[1], digits[2], '\0' };
    char word[4] = { ex_ascii_lower(*g), digits[1], digits[2], '\0' }; /* (as ex_is reads) */
    const ex_text *t = c->t;
    ex_span opening = { 0, t->ntok < 2000 ? t->ntok : 2000 };
    if (!writes_word(t, d->section, word) && !writes_word(t, opening, word))
        return;
    /* (the series keeps its words after the group's: "Digital-5 Summit") */
    size_t glen = strlen(g);
    const char *rest = d->series.s && strncmp(d->series.s, g, glen) == 0 &&
                               d->series.s[glen] == ' '
                           ? d->series.s + glen
                           : " Summit";
    char buf[256];
    snprintf(buf, sizeof buf, "%s%s", code, rest);
    d->group.s = ex_str_dup(c, code);
    d->series.s = ex_str_dup(c, buf);
}

static void find_series_group(ex_ctx *c, ex_draft *d);

/* The series and group the text names, or its heading names. */
static void series_and_group(ex_ctx *c, ex_draft *d)
{
    find_series_group(c, d);
    ex_span g = heading_group(c, d);
    const char *name = g.first < g.end ? ex_str_span(c, g) : NULL;
    if (!name || (d->group.s && (strcmp(d->group.s, name) == 0 || initials_of(d->group.s, name))))
        return; /* (and "DN" of "Digital Nations" says no more) */
    /* the series keeps its words after the group's: "D5 Summit" -> "D7 Summit" */
    const char *rest = " Summit";
    size_t old = d->group.s ? strlen(d->group.s) : 0;
    if (d->series.s && old && strncmp(d->series.s, d->group.s, old) == 0 && d->series.s[old] == ' ')
        rest = d->series.s + old;
    char buf[256];
    snprintf(buf, sizeof buf, "%s%s", name, rest);
    d->group.s = name;
    d->group.ev = ex_line_of(c->t, g.first)->toks;
    d->series.s = ex_str_dup(c, buf);
    d->series.ev = d->group.ev;
}

void ex_find_series_group(ex_ctx *c, ex_draft *d)
{
    series_and_group(c, d);
    group_code(c, d);
    /* "For those tracking the D9: the annual Ministerial Summit in
     * Montevideo ...": a series of no name is the group's */
    if (d->group.s && d->series.s &&
        (strcmp(d->series.s, "Summit") == 0 || strcmp(d->series.s, "Ministerial Summit") == 0)) {
        char buf[256];
        snprintf(buf, sizeof buf, "%s %s", d->group.s, d->series.s);
        d->series.s = ex_str_dup(c, buf);
    }
}

/* Is token i the word p[0, n), but for case? */
static bool token_is_word(const ex_text *t, size_t i, const char *p, size_t n)
{
    const ex_token *tk = &t->tok[i];
    if (tk->len != n)
        return false;
    for (size_t q = 0; q < n; q++)
        if (ex_ascii_lower(p[q]) != ex_ascii_lower(t->buf[tk->off + q]))
            return false;
    return true;
}

/* Does the series or group name (a page's) have the word of token i? */
static bool name_has_word(const char *name, const ex_text *t, size_t i)
{
    for (const char *p = name; p && *p;) {
        size_t n = strcspn(p, " -");
        if (token_is_word(t, i, p, n))
            return true;
        p += n;
        p += strspn(p, " -");
    }
    return false;
}

/* Do the tokens from i on write name, word by word ("Digital Nations")? */
static bool writes_name(const ex_text *t, size_t i, size_t end, const char *name)
{
    for (const char *p = name; *p; i++) {
        size_t n = strcspn(p, " ");
        if (i >= end || !token_is_word(t, i, p, n))
            return false;
        p += n;
        p += strspn(p, " ");
    }
    return true;
}

bool ex_names_other_meeting(ex_ctx *c, ex_span s)
{
    const ex_text *t = c->t;
    const char *series = c->page_series, *group = c->page_group;
    if (!series || (!group && (strcmp(series, "Summit") == 0 ||
                               strcmp(series, "Ministerial Summit") == 0)))
        return false; /* (a page of no named series tells no other name) */
    bool other = false;
    for (size_t j = s.first; j < s.end && j < s.first + 200; j++) {
        /* "the Ministerial Summit of the Digital Nations ..., in parallel
         * with Web Summit": the group named anywhere is the page's meeting */
        if (group && writes_name(t, j, s.end, group))
            return false;
        if (!is_upper_word(t, j) || !ex_in_list(t, j, meeting_nouns))
            continue;
        size_t k = j;
        while (k > s.first && (ex_in_list(t, k - 1, descriptors) || ex_ordinal(t, k - 1)))
            k--; /* ("The Second Ministerial Summit") */
        /* the capitalised name before it, "Web", "Global GovTech" */
        size_t words = 0;
        bool same = false;
        for (; k > s.first && words < 4 && is_upper_word(t, k - 1) &&
               !ex_in_list(t, k - 1, series_drop) && t->tok[k - 1].line == t->tok[j].line;
             k--, words++)
            same = same || code_group(t, k - 1) || name_has_word(series, t, k - 1) ||
                   (group && name_has_word(group, t, k - 1));
        if (same)
            return false; /* (the sentence names the page's own meeting) */
        /* (a place's summit, "the Oslo Summit", may be the page's own) */
        ex_country_hit h;
        other = other || (words > 0 && !ex_country_at(t, c->countries, k, true, &h) &&
                          !place_name(c, (ex_span){ k, k + words }));
    }
    return other;
}

static void find_series_group(ex_ctx *c, ex_draft *d)
{
    const ex_text *t = c->t;
    int best = -1;
    size_t candidates = 0;
    for (size_t j = d->section.first; j < d->section.end; j++) {
        /* not another meeting's name ("Earlier in the year, ... the first
         * GovTech Forum") */
        /* "a Cimeira Ministerial das Digital Nations", "la Cumbre del D9":
         * a name only after the noun */
        bool iberian = is_upper_word(t, j) && (ex_is(t, j, "cimeira") || ex_is(t, j, "cumbre"));
        if ((!ex_in_list(t, j, meeting_nouns) && !iberian) ||
            ex_flag(c, j, EX_S_FOREIGN | EX_S_OTHER))
            continue;
        size_t line = t->tok[j].line, s = j;
        /* "the third Digital-5 (D5) Ministerial Summit": the code is read
         * over; "Digital Nations ministerial summits": so is a lower-case
         * descriptor just before the meeting word */
        if (s > d->section.first && ex_in_list(t, s - 1, descriptors) && t->tok[s - 1].line == line)
            s--;
        while (s > d->section.first && j - s < 12) {
            /* a name may wrap: "the 9th Digital / Nations Ministerial Summit" */
            /* (but a line opening "The ministerial meeting ..." starts one) */
            size_t at = t->tok[s - 1].sentence == t->tok[j].sentence &&
                                !ex_in_list(t, s, series_drop)
                            ? t->tok[s - 1].line
                            : line;
            if (name_token(t, s - 1, at))
                s--;
            else if (s >= d->section.first + 3 && bracketed_code_ending(t, s - 1) &&
                     t->tok[s - 1].line == line)
                s -= 3;
            else
                break;
        }
        /* "Korea Hosts Third Digital-5 Summit": the name follows the ordinal */
        for (size_t k = s; k < j; k++)
            if (ex_ordinal(t, k))
                s = k + 1;
        /* leading "The", ordinals, years and "Annual" are not part of the name */
        while (s < j && (ex_in_list(t, s, series_drop) || t->tok[s].kind == TOK_NUM ||
                         ex_ordinal(t, s) || t->tok[s].kind == TOK_PUNCT))
            s++;
        size_t g = s;
        if (code_group(t, s))
            g = s + 1; /* "G7 Digital and Tech Ministers' Meeting": the group is G7 */
        else
            while (g < j && !ex_in_list(t, g, descriptors) && !ex_is_punct(t, g, '('))
                g++;
        /* "the Ministerial Summit of the Digital Nations", "a Cimeira
         * Ministerial das Digital Nations", "la Cumbre Ministerial del D9" */
        static const char *const of_words[] = { "of", "das", "da", "do", "dos", "de", "del",
                                                NULL };
        ex_span group = { s, g };
        size_t after = j + 1;
        if (ex_in_list(t, after, descriptors))
            after++;
        size_t of = skip_the(t, after + 1);
        if (g == s && ex_in_list(t, after, of_words) && is_upper_word(t, of)) {
            size_t e = of;
            while (e < d->section.end && e - of < 6 && run_token(t, e, t->tok[of].line))
                e++;
            if (code_group(t, of))
                e = of + 1; /* "SUMMIT OF THE D5 HELD IN TALLINN": the code alone */
            group.first = of;
            group.end = e;
        }
        /* "2016 — Busan (3rd summit, Digital-5)": a bracket's ordinal
         * summit names its group after a comma, up to the bracket's close */
        if (group.first == group.end && j > d->section.first && ex_ordinal(t, j - 1) &&
            ex_is_punct(t, j + 1, ',') && is_upper_word(t, j + 2)) {
            size_t e = j + 2;
            while (e < d->section.end && e - j < 8 && run_token(t, e, t->tok[j].line))
                e++;
            if (ex_is_punct(t, e, ')')) {
                group.first = j + 2;
                group.end = e;
            }
        }
        if ((group.first == group.end && !is_upper_word(t, j)) ||
            (iberian && group.first < j))
            continue;
        /* "held alongside Web Summit": another event; "sat on a Web Summit
         * panel": a name that only tells whose the panel was */
        static const char *const parts_of_events[] = { "panel", "panels", "stage", "stages",
                                                       "session", "overlap", "dates", "website",
                                                       "app", "tickets", "pass", "badge", "booth",
                                                       "organisers", "organizers", "talk",
                                                       "talks", "programme", "program",
                                                       "schedule", "agenda", "day", NULL };
        if (beside(t, s) || disowned(t, ex_sentence_of(t, j)) ||
            beside_it(t, ex_sentence_of(t, j), j) ||
            (ex_in_list(t, j + 1, parts_of_events) && t->tok[j + 1].line == t->tok[j].line))
            continue; /* (not a heading's summit, a "Dates:" line below it) */

        if (++candidates > 16)
            break;
        /* "the Wellington summit", "Uruguay's summit": a place before a
         * lower-case meeting word names no series or group */
        if (!t->tok[j].upper && group.first < group.end && !code_group(t, group.first) &&
            ((group.end - group.first == 1 && !written_out(c, group.first)) ||
             place_name(c, group)))
            continue;
        if (group.first < group.end && place_name(c, group))
            group.end = group.first; /* "Tallinn Digital Summit": a series, no group */
        /* a meeting of governments beats a trade fair named more often:
         * "Lisbon hosted the Digital Nations ministerial summit, a
         * three-day meeting of the ten member countries" against "Web
         * Summit opened on Monday with full halls" */
        static const char *const governments[] = { "ministers", "ministerial", "governments",
                                                   "member", "members", "countries", "delegations",
                                                   "presidency", NULL };
        int score = (group.first < group.end ? 4 + mentions_of(t, d->section, group) : 0) +
                    (t->tok[j].upper ? 2 : 0) +
                    (ex_span_has(t, (ex_span){ s, j }, (const char *const[]){ "ministerial", NULL })
                         ? 1 : 0) +
                    (ex_span_has(t, ex_sentence_of(t, j), governments) ? 3 : 0);
        if (score <= best)
            continue;
        /* the series: the name, its descriptors but not "Annual", the noun */
        char buf[512];
        size_t n = 0;
        if (group.first != s) {
            for (size_t k = group.first; k < group.end && n < 200; k++) {
                const ex_token *tk = &t->tok[k];
                if (n > 0 && tk->space_before)
                    buf[n++] = ' ';
                if (tk->len > 100)
                    break;
                memcpy(buf + n, t->buf + tk->off, tk->len);
                n += tk->len;
            }
        }
        /* (at most 380 + 1 + 100 bytes, then " Ministerial", " " and a
         * noun: within buf) */
        for (size_t k = s; k < j && n < 380; k++) {
            if (k >= g && ex_in_list(t, k, series_drop))
                continue;
            if (bracketed_code_ending(t, k + 2)) {
                k += 2; /* the code: abbreviated_group() puts it first */
                continue;
            }
            const ex_token *tk = &t->tok[k];
            if (n > 0 && tk->space_before)
                buf[n++] = ' ';
            if (tk->len > 100)
                break;
            memcpy(buf + n, t->buf + tk->off, tk->len);
            if (ex_in_list(t, k, descriptors)) {
                /* "ministerial", "MINISTERIAL" -> "Ministerial" */
                if (buf[n] >= 'a' && buf[n] <= 'z')
                    buf[n] = (char)(buf[n] - 'a' + 'A');
                for (size_t q = n + 1; q < n + tk->len; q++)
                    if (buf[q] >= 'A' && buf[q] <= 'Z')
                        buf[q] = (char)(buf[q] - 'A' + 'a');
            }
            n += tk->len;
        }
        static const char *const nouns[] = { "Summit", "Summit", "Conference", "Meeting", "Forum" };
        size_t which = 0;
        while (!iberian && meeting_nouns[which] && !ex_is(t, j, meeting_nouns[which]))
            which++;
        if (n && iberian && ex_is(t, j + 1, "ministerial")) {
            /* "Digital Nations Ministerial Summit" */
            n += (size_t)snprintf(buf + n, sizeof buf - n, " Ministerial");
        }
        int written = n ? 1 : 0;
        if (written)
            buf[n++] = ' ';
        memcpy(buf + n, nouns[which], strlen(nouns[which]) + 1);
        ex_span ev = ex_sentence_of(t, j);
        d->group.s = NULL;
        if (group.first < group.end) {
            d->group.s = ex_str_span(c, group);
            d->group.ev = ev;
        }
        d->series.s = ex_str_dup(c, buf);
        d->series.ev = ev;
        best = score;
    }
    if (d->group.s) {
        abbreviated_group(c, d);
        /* "FIFTH MINISTERIAL SUMMIT OF THE LEADING DIGITAL GOVERNMENTS" in
         * minutes that decide "the group henceforth to be known as the D9":
         * a description yields to the code the meeting gave the group */
        ex_found renamed;
        if (!code_name(d->group.s) && in_capitals(t, d->group.ev) &&
            ex_find_renaming(c, d->section, &renamed) && code_name(renamed.s) &&
            !ex_flag(c, renamed.ev.first, EX_S_OTHER | EX_S_FOREIGN)) {
            char buf[64];
            bool ministerial = d->series.s && strstr(d->series.s, "Ministerial");
            snprintf(buf, sizeof buf, "%s%s Summit", renamed.s, ministerial ? " Ministerial" : "");
            d->group = renamed;
            d->series.s = ex_str_dup(c, buf);
            d->series.ev = renamed.ev;
        }
        return;
    }
    /* a group written as a letter and digits ("D9", "G20") near a meeting word */
    for (size_t i = d->section.first; i < d->section.end; i++) {
        const ex_token *tk = &t->tok[i];
        if (!code_group(t, i))
            continue;
        if (!ex_flag(c, i, EX_S_CONTEXT) || ex_flag(c, i, EX_S_FOREIGN) || became(t, i))
            continue;
        ex_span ev = ex_sentence_of(t, i);
        d->group.s = ex_str(c, tk->off, tk->off + tk->len);
        d->group.ev = ev;
        return;
    }
    charter_group(c, d);
}

/* --- edition ------------------------------------------------------------- */

/* "Denmark took part in its first summit as a full member": the ordinal
 * counts one member's summits, not the series' editions (but "the D5 was
 * launched at its first summit" is the series' first). */
static bool members_own(const ex_text *t, size_t i)
{
    static const char *const possessive[] = { "its", "their", "his", "her", "our", "my", NULL };
    static const char *const taking_part[] = { "took", "part", "attended", "attends", "attending",
                                               "participated", "participates", "joined", "hosted",
                                               "hosts", "hosting", NULL };
    if (i == 0 || !ex_in_list(t, i - 1, possessive))
        return false;
    /* "This was my third DN ministerial": a person's count */
    static const char *const person[] = { "my", "his", "her", NULL };
    if (ex_in_list(t, i - 1, person))
        return true;
    for (size_t k = i > 5 ? i - 5 : 0; k + 1 < i; k++)
        if (ex_in_list(t, k, taking_part))
            return true;
    ex_span s = ex_sentence_of(t, i);
    for (size_t k = i + 1; k + 1 < s.end && k < i + 10; k++)
        if (ex_is(t, k, "as") && (ex_is(t, k + 1, "a") || ex_is(t, k + 1, "member")))
            return true;
    return false;
}

/* Is the meeting word at token k of another kind than the record's
 * series ("the first Global GovTech Forum" on a summit's page)? (A
 * series ends in the noun find_series_group() writes: "Forum".) */
static bool other_kind(const ex_text *t, size_t k, const ex_draft *d)
{
    if (!d->series.s)
        return false;
    if (ex_is(t, k, "forum"))
        return !strstr(d->series.s, "Forum");
    if (ex_is(t, k, "conference"))
        return !strstr(d->series.s, "Conference");
    return false;
}

void ex_find_edition(ex_ctx *c, ex_draft *d)
{
    const ex_text *t = c->t;
    static const char *const heads[] = { "summit", "conference", "meeting", "edition",
                                         "ministerial", "annual", "gathering", "forum", NULL };
    /* "Edition: 4th Ministerial Summit": the field says it, whatever the
     * sentence its line runs into (a column's beside it: "the next chair
     * at the third summit") */
    static const char *const edition_labels[] = { "edition", "edici\xc3\xb3n",
                                                  "edi\xc3\xa7\xc3\xa3o", NULL };
    if (d->section.first < d->section.end)
        for (uint32_t no = t->tok[d->section.first].line;
             no <= t->tok[d->section.end - 1].line && no <= t->nlines; no++) {
            ex_span label;
            ex_span body = ex_line_body(t, &t->lines[no - 1], &label);
            int v = body.first < body.end ? ex_ordinal(t, body.first) : 0;
            if (label.end == label.first + 1 && ex_in_list(t, label.first, edition_labels) && v &&
                v < 1000) {
                d->edition = v;
                d->edition_ev = t->lines[no - 1].toks;
                return;
            }
        }
    for (size_t i = d->section.first; i < d->section.end; i++) {
        int v = ex_ordinal(t, i);
        if (!v || ex_flag(c, i, EX_S_FOREIGN) ||
            (ex_flag(c, i, EX_S_OTHER) && !beside_aside(t, i)))
            continue;
        /* "Is Lisbon the 10th summit?": a yes-or-no question says nothing
         * (but "When will the 5th summit take place?" takes it as given) */
        static const char *const yes_no[] = { "is", "was", "will", "does", "did", "are", "were",
                                              "has", "have", "could", "would", "should", "can",
                                              NULL };
        ex_span asked = ex_sentence_of(t, i);
        size_t opening = asked.first + (ex_is_punct(t, asked.first + 1, ':') ? 2 : 0); /* "text:" */
        if (asked.end > asked.first && ex_is_punct(t, asked.end - 1, '?') &&
            ex_in_list(t, opening, yes_no))
            continue;
        /* "The ministerial summit, held ..., was the fifth of its kind";
         * "D5 MINISTERIAL SUMMIT (4TH)" */
        if ((ex_is(t, i + 1, "of") && ex_is(t, i + 2, "its") && ex_is(t, i + 3, "kind") &&
             ex_flag(c, i, EX_S_CONTEXT)) ||
            (i >= 2 && ex_is_punct(t, i - 1, '(') && ex_is_punct(t, i + 1, ')') &&
             ex_in_list(t, i - 2, heads))) {
            d->edition = v;
            d->edition_ev = ex_sentence_of(t, i);
            return;
        }
        size_t used;
        if (ex_month(t, i + 1, &used) || ex_is(t, i + 1, "of"))
            continue; /* "the 18th November", "the 18th of November" */
        if (members_own(t, i))
            continue;
        for (size_t k = i + 1; k < d->section.end && k <= i + 8; k++) {
            if (ex_in_list(t, k, heads) && !other_kind(t, k, d)) {
                d->edition = v;
                d->edition_ev = ex_sentence_of(t, i);
                return;
            }
            /* "the second D5 (Digital 5) Ministerial Summit": a name in
             * brackets, written out; "the first (inaugural) ministerial
             * summit": a word in brackets */
            if (ex_is_punct(t, k, '(')) {
                size_t q = k + 1;
                while (q < k + 5 && q < d->section.end &&
                       (is_upper_word(t, q) || t->tok[q].kind == TOK_NUM ||
                        (q == k + 1 && t->tok[q].kind == TOK_WORD)))
                    q++;
                if (q > k + 1 && ex_is_punct(t, q, ')')) {
                    k = q;
                    continue;
                }
            }
            /* "the third Digital-5 (D5) Ministerial Summit" */
            if (!is_upper_word(t, k) && !ex_is_punct(t, k, '-') && t->tok[k].kind != TOK_NUM &&
                !(ex_is_punct(t, k, '(') && bracketed_code_ending(t, k + 2)) &&
                !bracketed_code_ending(t, k))
                break;
        }
    }
}

/* --- mode ---------------------------------------------------------------- */

/* "online" followed, on its line, by a lower-case word that is not a
 * meeting word ("online public services", "online privacy") */
static bool online_of_thing(const ex_text *t, size_t i)
{
    static const char *const meeting[] = { "meeting", "meetings", "summit", "event", "conference",
                                           "format", "session", "sessions", "only", "and", "or",
                                           "because", "due", "from", "with", "for", "in", "on",
                                           "this", "last", "by", "via", "after", "until", NULL };
    size_t k = i + 1;
    if (k >= t->ntok || t->tok[k].line != t->tok[i].line || t->tok[k].kind != TOK_WORD ||
        t->tok[k].upper)
        return false;
    return !ex_in_list(t, k, meeting);
}

/* An earlier word of the sentence makes the mention a plan or an
 * alternative: "originally planned to take place in person", "instead of
 * meeting face to face", "rather than in person" */
static bool planned_before(const ex_text *t, size_t i)
{
    static const char *const plan[] = { "planned", "planning", "originally", "intended",
                                        "scheduled", "supposed", "instead", "rather", NULL };
    ex_span s = ex_sentence_of(t, i);
    size_t from = i > s.first + 12 ? i - 12 : s.first;
    for (size_t k = from; k < i; k++)
        if (ex_in_list(t, k, plan))
            return true;
    return false;
}

/* Is token i of sentence s in a question or a wish, not a fact: "Will
 * next year's summit take place in person?", "I hope that we will be
 * able to meet face to face"? */
static bool wish_or_question(const ex_text *t, ex_span s, size_t i)
{
    static const char *const wishes[] = { "hope", "hopes", "hoped", "wish", "wishes", "whether",
                                          NULL };
    if (ex_is_punct(t, s.end - 1, '?'))
        return true;
    return ex_span_has(t, (ex_span){ s.first, i }, wishes);
}

void ex_find_mode(ex_ctx *c, ex_draft *d)
{
    const ex_text *t = c->t;
    bool virt = false, person = false, hybrid = false;
    ex_span ev = { 0, 0 };
    for (size_t i = d->section.first; i < d->section.end; i++) {
        ex_span s = ex_sentence_of(t, i);
        int kind = 0;
        if (ex_is(t, i, "virtually") || ex_is(t, i, "videoconference") ||
            (ex_is(t, i, "virtual") && !ex_is(t, i + 1, "reality") && !ex_is(t, i + 1, "assistants")) ||
            ex_is(t, i, "online"))
            kind = 1;
        else if ((ex_is(t, i, "in") && ex_is_punct(t, i + 1, '-') && ex_is(t, i + 2, "person")) ||
                 (ex_is(t, i, "in") && ex_is(t, i + 1, "person")) ||
                 (ex_is(t, i, "face") && ex_is(t, i + 2, "to") && ex_is(t, i + 4, "face")) ||
                 (ex_is(t, i, "face") && ex_is(t, i + 1, "to") && ex_is(t, i + 2, "face")) ||
                 /* "delegations travelled to the Uruguayan capital" */
                 ((ex_is(t, i, "travelled") || ex_is(t, i, "traveled")) && ex_is(t, i + 1, "to")))
            kind = 2;
        else if (ex_is(t, i, "hybrid"))
            kind = 3;
        /* "online public services": "online" before another noun is no mode */
        if (kind == 1 && ex_is(t, i, "online") && online_of_thing(t, i))
            kind = 0;
        /* "planned to take place in person but moved online": a plan, not the meeting */
        if (kind == 2 && planned_before(t, i))
            kind = 0;
        /* "2-4 November 2020 (virtual)", "was represented in person by",
         * "signed the charter in person in Wellington", "is signing in
         * person here in Wellington", "All five members
         * were there in person" */
        static const char *const taking_part[] = { "represented", "attended", "participated",
                                                   "joined", "joining", "attending",
                                                   "participating", "held", "met", "meeting",
                                                   "took", "part", "signed", "signing",
                                                   "delegations", "delegates", "members",
                                                   "ministers", "there",
                                                   /* "Three days, in person." */
                                                   "days", NULL };
        bool travelled = ex_is(t, i, "travelled") || ex_is(t, i, "traveled");
        /* (and "are joining virtually", "will be held virtually") */
        bool attended = (kind == 2 && travelled) ||
                        ((kind == 1 || kind == 2) &&
                         ex_span_has(t, (ex_span){ i >= 3 ? i - 3 : 0, i }, taking_part));
        /* "Format: Fully virtual because of COVID-19" in a table of facts
         * (not "Registration mode: online") */
        static const char *const mode_labels[] = { "format", "mode", NULL };
        if (kind && !attended) {
            ex_span label;
            ex_line_body(t, ex_line_of(t, i), &label);
            attended = label.end == label.first + 1 && ex_in_list(t, label.first, mode_labels) &&
                       i < label.end + 4;
        }
        if (!kind ||
            (!ex_flag(c, i, EX_S_CONTEXT) && !(i > 0 && ex_is_punct(t, i - 1, '(')) && !attended) ||
            ex_flag(c, i, EX_S_FOREIGN) || other_meeting(t, clause_of(t, i), false) ||
            wish_or_question(t, s, i))
            continue;
        /* "the first summit in person in three years, after the pandemic
         * pushed meetings online": a clause of before or after */
        static const char *const when[] = { "after", "since", "until", "before", "following", NULL };
        if (ex_in_list(t, clause_of(t, i).first, when))
            continue;
        /* "the 2020 and 2021 summits were held online": other years'
         * meetings; "after Ottawa (2020) and London (2021), both of which I
         * followed online": a relative clause tells of the clause before */
        if (other_year_in(t, told_clause(t, i), d))
            continue;
        if (!virt && !person && !hybrid)
            ev = s;
        virt |= kind == 1;
        person |= kind == 2;
        hybrid |= kind == 3;
    }
    if (hybrid || (virt && person))
        d->mode = SUMMIT_MODE_HYBRID;
    else if (virt)
        d->mode = SUMMIT_MODE_VIRTUAL;
    else if (person)
        d->mode = SUMMIT_MODE_IN_PERSON;
    d->mode_ev = ev;
}

/* A note of a list of references: "6. "Denmark signs charter with the
 * world's leading digital nations". Agency for Digitisation. Retrieved 9
 * January 2021." cites an article; what it names happened elsewhere. */
static bool reference_note(const ex_text *t, const ex_line *l)
{
    if (l->toks.end - l->toks.first > 80)
        return false; /* a note is short: no rescan of a long line per question */
    for (size_t k = l->toks.first + 1; k + 1 < l->toks.end; k++)
        if (ex_looked_up(t, k) && ex_is_punct(t, k - 1, '.') &&
            t->tok[k + 1].kind == TOK_NUM)
            return true;
    return false;
}

/* --- theme --------------------------------------------------------------- */

/* The text between an opening quote at token q and its closing quote,
 * within 120 tokens; NULL when it does not close (text cut off). */
static const char *quoted(ex_ctx *c, size_t q, size_t limit, size_t *after)
{
    const ex_text *t = c->t;
    uint32_t close;
    if (!ex_is_open_quote(t, q, &close))
        return NULL;
    bool apostrophe = close == 0x2019 || close == '\'';
    size_t found = 0;
    for (size_t k = q + 1; k < limit && k <= q + 120; k++) {
        if (!ex_is_punct(t, k, close))
            continue;
        /* an apostrophe inside a word ("group’s") is no closing quote */
        if (apostrophe && k + 1 < t->ntok && !t->tok[k + 1].space_before &&
            t->tok[k + 1].kind == TOK_WORD)
            continue;
        found = k;
        /* with ‘single quotes’ a possessive ("Nations’ Data") looks like the
         * end: take the last candidate of the sentence */
        if (apostrophe && t->tok[k].sentence == t->tok[q].sentence && k + 1 < limit &&
            t->tok[k + 1].sentence == t->tok[q].sentence && !ex_is_sentence_end(t, k + 1) &&
            !ex_is_punct(t, k + 1, ','))
            continue;
        break;
    }
    if (found) {
        size_t k = found;
        if (k == q + 1)
            return NULL;
        *after = k + 1;
        size_t off = t->tok[q].off + t->tok[q].len, end = t->tok[k].off;
        /* a comma or full stop before the closing quote is the sentence's */
        while (end > off && (t->buf[end - 1] == ',' || t->buf[end - 1] == '.'))
            end--;
        return ex_str(c, off, end);
    }
    return NULL;
}

/* The line after which a list by year under a heading with one of the
 * words starts ("### Themes (verbatim)", a blank line, then "- **2019** —
 * "Holistic approach ..."" or "- 2021: United Kingdom — Chris Philp MP,
 * ..."), or SIZE_MAX when the text has none. */
/* Does line l hold an item of a list by year: a bullet, then a year before
 * the first word ("- **2019** — ...", "- 2020, 2021: ...")? */
static bool year_item(const ex_text *t, const ex_line *l)
{
    ex_span body = ex_line_body(t, l, NULL);
    if (body.first == l->toks.first)
        return false;
    for (size_t i = body.first; i < body.end && t->tok[i].kind != TOK_WORD; i++)
        if (ex_year(t, i))
            return true;
    return false;
}

size_t ex_list_heading(ex_ctx *c, const char *const *words)
{
    const ex_text *t = c->t;
    for (size_t li = 0; li + 2 < t->nlines; li++) {
        const ex_line *h = &t->lines[li];
        if (ex_words(t, h->toks) <= 4 && ex_span_has(t, h->toks, words) && ex_line_blank(h + 1) &&
            year_item(t, h + 2))
            return li;
    }
    return SIZE_MAX;
}

/* The bodies of up to cap items of the year under the heading; their number. */
static size_t listed_items(ex_ctx *c, size_t heading, int32_t year, ex_span *out, size_t cap)
{
    const ex_text *t = c->t;
    size_t n = 0;
    if (heading == SIZE_MAX)
        return 0;
    enum { MAX_ITEMS = 200 };
    for (size_t k = heading + 2; k < t->nlines && k < heading + 2 + MAX_ITEMS; k++) {
        const ex_line *l = &t->lines[k];
        ex_span body = ex_line_body(t, l, NULL);
        if (ex_line_blank(l))
            break; /* the list ends */
        if (body.first == l->toks.first) {
            if (t->buf[l->off] == ' ')
                continue; /* an item wrapped onto an indented line */
            break;
        }
        /* the years before the item's first word ("- 2020, 2021, 2022: ...") */
        for (size_t i = body.first; i < body.end && t->tok[i].kind != TOK_WORD; i++)
            if (ex_year(t, i) == year) {
                size_t end = k + 1 < t->nlines && !ex_line_blank(l + 1) &&
                                     ex_line_body(t, l + 1, NULL).first == l[1].toks.first
                                 ? l[1].toks.end
                                 : body.end;
                out[n++] = (ex_span){ body.first, end };
                if (n == cap)
                    return n;
                break;
            }
    }
    return n;
}

size_t ex_item_dash(const ex_text *t, ex_span item)
{
    size_t dash = item.first;
    while (dash < item.end && !(ex_is_dash(t, dash) && t->tok[dash].space_before))
        dash++;
    return dash;
}

ex_span ex_listed_item(ex_ctx *c, size_t heading, int32_t year)
{
    ex_span item = { 0, 0 };
    listed_items(c, heading, year, &item, 1);
    return item;
}

void ex_cell_documents(ex_ctx *c, ex_draft *d, ex_span cell)
{
    ex_span section = d->section;
    bool list = d->list;
    d->list = true;
    d->section = cell;
    ex_find_documents(c, d);
    d->section = section;
    d->list = list;
}

/* "### Documents" / "- 2020 — *Digital Nations Charter* (updated) —
 * charter — signed by the members at the summit": the documents of each
 * item of the row's year. */
void ex_listed_documents(ex_ctx *c, size_t heading, ex_draft *d)
{
    ex_span items[8];
    size_t n = listed_items(c, heading, d->start.year, items, 8);
    for (size_t k = 0; k < n; k++)
        ex_cell_documents(c, d, items[k]);
}

const char *ex_listed_theme(ex_ctx *c, size_t heading, int32_t year, ex_span *ev)
{
    const ex_text *t = c->t;
    ex_span item = ex_listed_item(c, heading, year);
    uint32_t close;
    for (size_t q = item.first; q < item.end; q++) {
        size_t after;
        const char *theme = ex_is_open_quote(t, q, &close) ? quoted(c, q, item.end, &after) : NULL;
        if (theme) {
            *ev = item;
            return theme;
        }
    }
    return NULL;
}

/* Where the answer after a question starts in a transcript: past a
 * timestamp ("[00:01:35]") and a speaker's name ("DEVIN:"). */
static size_t answer_start(const ex_text *t, size_t k)
{
    if (ex_is_punct(t, k, '[')) {
        size_t e = k + 1;
        while (e < t->ntok && e < k + 8 && !ex_is_punct(t, e, ']'))
            e++;
        if (ex_is_punct(t, e, ']'))
            k = e + 1;
    }
    if (k + 1 < t->ntok && t->tok[k].kind == TOK_WORD && t->tok[k].upper &&
        ex_is_punct(t, k + 1, ':'))
        k += 2;
    return k;
}

/* Does token i open its line's text, as a label does: at the line's
 * start or at the start of a calendar's "DESCRIPTION:" value? */
static bool opens_line(const ex_text *t, const ex_line *l, size_t i)
{
    size_t f = l->toks.first;
    return i == f || (i == f + 2 && ex_is(t, f, "description") && ex_is_punct(t, f + 1, ':'));
}

/* "themes ... were "Digital trust", "Service design" and "IT talent"":
 * the first quoted one and those after it, joined by "; ". */
static const char *more_quoted(ex_ctx *c, const char *first, size_t after, size_t end)
{
    const ex_text *t = c->t;
    char buf[1024];
    int n = snprintf(buf, sizeof buf, "%s", first);
    while (after < end && n > 0 && (size_t)n < sizeof buf) {
        size_t k = after;
        if (ex_is_punct(t, k, ','))
            k++;
        if (ex_is(t, k, "and"))
            k++;
        size_t next_after;
        const char *q = k > after ? quoted(c, k, end, &next_after) : NULL;
        if (!q)
            break;
        n += snprintf(buf + n, sizeof buf - (size_t)n, "; %s", q);
        after = next_after;
    }
    return n > 0 && (size_t)n < sizeof buf ? ex_str_dup(c, buf) : first;
}

/* The lines indented below line l (a blank line between or none), two
 * to six, each a few words without a full stop, joined by "; "; NULL
 * when there are none such. */
static const char *indented_list(ex_ctx *c, const ex_line *l)
{
    const ex_text *t = c->t;
    char buf[512];
    size_t n = 0, items = 0;
    if (l->no + 1 < t->nlines && ex_line_blank(l + 1))
        l++;
    for (const ex_line *q = l + 1; l->no < t->nlines && q->no <= t->nlines && items < 6; q++) {
        if (ex_line_blank(q) || t->buf[q->off] != ' ')
            break;
        size_t words = ex_words(t, q->toks);
        const ex_token *last = &t->tok[q->toks.end - 1];
        size_t from = t->tok[q->toks.first].off, to = last->off + last->len;
        if (words > 8 || ex_is_punct(t, q->toks.end - 1, '.') || n + (to - from) + 3 >= sizeof buf)
            return NULL;
        if (n)
            n += (size_t)snprintf(buf + n, sizeof buf - n, "; ");
        memcpy(buf + n, t->buf + from, to - from);
        n += to - from;
        items++;
        if (q->no == t->nlines)
            break;
    }
    if (items < 2)
        return NULL;
    buf[n] = '\0';
    return ex_str_dup(c, buf);
}

void ex_find_theme(ex_ctx *c, ex_draft *d)
{
    const ex_text *t = c->t;
    /* "the theme for this meeting a "Holistic approach ..."" */
    static const char *const fillers[] = { "of", "was", "is", "entitled", "titled", "called", "a",
                                           "an", "as", "this", "year", "s", "for", "the",
                                           "meeting", "summit", NULL };
    for (size_t i = d->section.first; i < d->section.end; i++) {
        /* "Under the motto "Better Data, Better Society"" */
        /* "bajo el lema "Holistic approach ..."", "sob o lema" */
        bool motto = ((ex_is(t, i, "motto") || ex_is(t, i, "slogan")) && i >= 2 &&
                      ex_is(t, i - 1, "the") && ex_is(t, i - 2, "under")) ||
                     (ex_is(t, i, "lema") && i >= 2 &&
                      (ex_is(t, i - 1, "el") || ex_is(t, i - 1, "o")) &&
                      (ex_is(t, i - 2, "bajo") || ex_is(t, i - 2, "sob")));
        bool themes = ex_is(t, i, "themes");
        const ex_line *l = ex_line_of(t, i);
        size_t k = i + 1;
        /* (a Spanish or Portuguese "Tema:" field) */
        bool tema = ex_is(t, i, "tema") && opens_line(t, l, i) && ex_is_punct(t, k, ':');
        if ((!ex_is(t, i, "theme") && !ex_is(t, i, "themed") && !themes && !motto && !tema) ||
            ex_flag(c, i, EX_S_FOREIGN))
            continue;
        /* a "Theme: ..." line of a list page, quoted or not (or a
         * sentence of a post: "... instead of in Ottawa. Theme: Resilient
         * and Responsive Service. #N5") */
        if ((opens_line(t, l, i) || ex_sentence_of(t, i).first == i) && ex_is_punct(t, k, ':')) {
            if (themes)
                continue; /* "Themes: A · B": subjects, not one theme */
            /* "Theme: No overall theme. See programme", "Theme: none": the
             * page says there is none */
            static const char *const none[] = { "no", "none", "nil", "not", "n", NULL };
            if (ex_in_list(t, k + 1, none))
                return;
            /* the quote may close on the next line: "Theme: "Digital
             * Government in Open Societies: Sustainable, Inclusive, and /
             * Values-driven Innovation"" */
            size_t limit = l->no < t->nlines && !ex_line_blank(l + 1) ? l[1].toks.end : l->toks.end;
            size_t after;
            const char *q = quoted(c, k + 1, limit, &after);
            if (!q && k + 1 < l->toks.end) {
                /* to the line's end, or its sentence's: "DESCRIPTION:Theme:
                 * Artificial intelligence. First time Israel hosts ..." */
                ex_span sent = ex_sentence_of(t, k + 1);
                size_t off = t->tok[k + 1].off, end = l->off + l->len;
                if (sent.end < l->toks.end)
                    end = t->tok[sent.end - 1].off + t->tok[sent.end - 1].len;
                while (end > off && (t->buf[end - 1] == '.' || t->buf[end - 1] == ' '))
                    end--;
                q = ex_str(c, off, end);
            }
            if (q) {
                d->theme.s = q;
                d->theme.ev = l->toks;
                return;
            }
            continue;
        }
        /* "The group's own list gives two themes:" / "    Open markets" /
         * "    Teaching children to code": an indented list below */
        if (themes && ex_is_punct(t, k, ':') && k + 1 == l->toks.end) {
            const char *list = indented_list(c, l);
            if (list) {
                d->theme.s = list;
                d->theme.ev = ex_sentence_of(t, i);
                return;
            }
        }
        for (int n = 0; n < 6 && (ex_in_list(t, k, fillers) || ex_is_punct(t, k, ':') ||
                                  ex_is_dash(t, k) || ex_is_punct(t, k, '\'') ||
                                  ex_is_punct(t, k, 0x2019));
             n++)
            k++;
        /* "The official theme was...?" / "[00:01:35] DEVIN: "Resilient and
         * Responsive Service."": a question, and the quote opens the answer */
        size_t dots = k;
        while (dots < d->section.end && dots < k + 4 &&
               (ex_is_punct(t, dots, '.') || ex_is_punct(t, dots, 0x2026)))
            dots++;
        if (ex_is_punct(t, dots, '?') && dots + 1 < d->section.end)
            k = answer_start(t, dots + 1);
        size_t after;
        const char *q = quoted(c, k, d->section.end, &after);
        /* "The theme chosen by the hosts was "...": a few words, then
         * "was" or "is" and the quote */
        ex_span sent = ex_sentence_of(t, i);
        /* (the quote may open the next line: "... the hosts were / "Digital trust"") */
        for (size_t v = i + 1; !q && v < sent.end && v + 1 < d->section.end && v <= i + 8; v++) {
            uint32_t close;
            if (ex_is_open_quote(t, v, &close))
                break;
            if (ex_is(t, v, "was") || ex_is(t, v, "is") || ex_is(t, v, "were") || ex_is(t, v, "are"))
                q = quoted(c, v + 1, d->section.end, &after);
        }
        /* "Theme line for all products, please copy-paste exactly:" / the
         * quote alone on the next line */
        for (size_t v = i + 1; !q && v < l->toks.end && v <= i + 12; v++)
            if (ex_is_punct(t, v, ':') && v + 1 == l->toks.end) {
                q = quoted(c, v + 1, d->section.end, &after);
                /* (or a short line of title case, no sentence: "Final theme
                 * (approved by the Minister's office):" / "Agile and Active
                 * Digital Governance") */
                const ex_line *n = l->no < t->nlines ? l + 1 : NULL;
                if (n && ex_line_blank(n) && n->no < t->nlines)
                    n++; /* (a blank line between) */
                if (!q && !themes && n && !ex_line_blank(n) && n->toks.end > n->toks.first &&
                    ex_words(t, n->toks) <= 10 && t->tok[n->toks.first].upper &&
                    !ex_is_sentence_end(t, n->toks.end - 1) &&
                    !ex_is_punct(t, n->toks.end - 1, ':') && n->toks.end <= d->section.end) {
                    q = ex_str_span(c, n->toks);
                    after = n->toks.end;
                }
            }
        if (q && themes)
            q = more_quoted(c, q, after, ex_sentence_of(t, after - 1).end);
        if (q) {
            d->theme.s = q;
            d->theme.ev = sent;
            return;
        }
    }
}

/* --- chair and host -------------------------------------------------------- */

bool ex_not_now_before(const ex_text *t, size_t i, size_t floor, const char *const *not_now)
{
    for (size_t k = i > floor + 3 ? i - 3 : floor; k < i; k++)
        if (ex_in_list(t, k, not_now) && !(t->tok[k].upper && is_upper_word(t, k + 1)))
            return true;
    return false;
}

static void set_chair(ex_ctx *c, ex_draft *d, const ex_country_hit *h, ex_span ev)
{
    d->chair = h->code;
    d->chair_name = h->demonym ? NULL : ex_str_span(c, h->toks);
    d->chair_ev = ev;
}

/* Where the aside ", which ...," that ends at the comma before token i
 * opens (its comma), or SIZE_MAX: "Uruguay, which took over the
 * presidency in Jerusalem, hosted". */
static size_t which_aside(const ex_text *t, size_t i, ex_span s)
{
    if (i < 3 || !ex_is_punct(t, i - 1, ','))
        return SIZE_MAX;
    for (size_t k = i - 2; k > s.first && k + 40 > i; k--) {
        if (!ex_is_punct(t, k, ','))
            continue;
        return ex_is(t, k + 1, "which") || ex_is(t, k + 1, "que") ? k : SIZE_MAX;
    }
    return SIZE_MAX;
}

/* A register's "HOST/CHAIR COUNTRY: NZ.": the country (a code too) of a
 * field whose label names a host or chair, but not another year's ("Next
 * host country:"); sets the chair. */
static bool chair_country_field(ex_ctx *c, ex_draft *d, const char *const *host_labels)
{
    const ex_text *t = c->t;
    static const char *const not_now[] = { "next", "previous", "former", "incoming", "outgoing",
                                           "last", "future", "past", NULL };
    uint32_t first = t->tok[d->section.first].line, last = t->tok[d->section.end - 1].line;
    for (uint32_t no = first; no <= last; no++) {
        const ex_line *l = &t->lines[no - 1];
        ex_span label;
        ex_span body = ex_line_body(t, l, &label);
        ex_country_hit code;
        if (label.first < label.end && ex_is(t, label.end - 1, "country") &&
            ex_span_has(t, label, host_labels) && !ex_span_has(t, label, not_now) &&
            body.first < body.end &&
            ex_country_at(t, c->countries, body.first, true, &code) &&
            (code.toks.end == body.end || ex_is_punct(t, code.toks.end, '.'))) {
            set_chair(c, d, &code, l->toks);
            return true;
        }
    }
    return false;
}

void ex_find_chair(ex_ctx *c, ex_draft *d)
{
    const ex_text *t = c->t;
    /* (and the Portuguese and Spanish "presidência", "presidencia") */
    static const char *const chair_words[] = { "chair", "chairman", "chairmanship", "presidency",
                                               "chairs", "chaired", "chairing",
                                               "presid\303\252ncia", "presidencia", NULL };
    /* "assumed the presidency", "took over the chair": from the meeting's close */
    static const char *const not_now[] = { "outgoing", "former", "previous", "next", "incoming",
                                           "future", "last", "will", "new", "assumed", "assume",
                                           "assumes", "assuming", "over", NULL };
    hits hs;
    collect_hits(c, d->section, &hs);
    /* a "Host: Montevideo, Uruguay" or "Chair: Canada" line */
    static const char *const host_labels[] = { "host", "hosts", "chair", "presidency", "hosted",
                                               "anfitri\xc3\xb3n", "anfitri\xc3\xa3o",
                                               "presid\303\252ncia", "presidencia", NULL };
    for (size_t h = 0; h < hs.n; h++) {
        const ex_line *l = ex_line_of(t, hs.h[h].toks.first);
        ex_span label;
        ex_span body = ex_line_body(t, l, &label);
        /* (not "Next host: Estonia, 2015", "Previous chair: ...") */
        if (label.first < label.end && ex_in_list(t, label.end - 1, host_labels) &&
            !ex_span_has(t, label, not_now) &&
            hs.h[h].toks.first >= body.first && hs.h[h].toks.end <= body.end) {
            set_chair(c, d, &hs.h[h], l->toks);
            return;
        }
        /* "- Republic of Korea: Minister of the Interior (Chair)", "...,
         * Uruguay (chair)", "UNITED KINGDOM (host)": a delegation marked
         * as the chair, or the host, in a list */
        size_t e = l->toks.end, lead = label.first < label.end ? label.first : body.first;
        size_t x = hs.h[h].toks.end;
        bool entry = hs.h[h].toks.first == lead && e >= x + 4 &&
                     (ex_is_punct(t, x, ':') || ex_is_dash(t, x));
        size_t mark = entry ? e - 3 : x; /* where "(Chair)" opens */
        if ((entry || mark + 3 <= e) && mark >= x && ex_is_punct(t, mark, '(') &&
            ex_is_punct(t, mark + 2, ')') &&
            (ex_is(t, mark + 1, "chair") || ex_is(t, mark + 1, "presidency") ||
             ex_is(t, mark + 1, "host"))) {
            set_chair(c, d, &hs.h[h], l->toks);
            return;
        }
    }
    if (chair_country_field(c, d, host_labels))
        return;
    const ex_country_hit *host = NULL;
    ex_span host_ev = { 0, 0 };
    /* (and the Spanish and Portuguese "Uruguay ... organizó este año el
     * encuentro") */
    static const char *const host_verbs[] = { "hosted", "hosts", "hosting", "host",
                                              "organiz\xc3\xb3", "acogi\xc3\xb3",
                                              "organizou", "acolheu", NULL };
    for (size_t i = d->section.first; i < d->section.end; i++) {
        ex_span s = ex_sentence_of(t, i);
        /* "Uruguay, which took over the presidency at the previous summit
         * in Jerusalem in November 2018, hosted and chaired this year's
         * meeting": the other meeting is the aside's only */
        size_t which = i - s.first <= 200 ? which_aside(t, i, s) : SIZE_MAX; /* (prose only) */
        if (which != SIZE_MAX &&
            ((ex_in_list(t, i, host_verbs) && ex_hosts_meeting(t, i)) ||
             ex_in_list(t, i, chair_words)) &&
            !other_meeting(t, (ex_span){ s.first, which }, false) &&
            !other_meeting(t, (ex_span){ i, clause_of(t, i).end }, false) &&
            !other_year_in(t, (ex_span){ i, clause_of(t, i).end }, d)) {
            for (size_t h = 0; h < hs.n; h++)
                if (hs.h[h].toks.end == which && hs.h[h].toks.first >= s.first) {
                    set_chair(c, d, &hs.h[h], s);
                    return;
                }
        }
        /* "Estonia chaired the group in 2015" on a page about 2014; but in
         * "Uruguay holds the presidency, which it assumed at the previous
         * summit in Jerusalem in November 2018" the first clause is today's */
        if (ex_flag(c, i, EX_S_FOREIGN) &&
            (!ex_in_list(t, i, chair_words) ||
             other_year_in(t, (ex_span){ i > s.first + 40 ? i - 40 : s.first, clause_of(t, i).end },
                           d)))
            continue;
        /* "Canada will chair the group next year"; but in "Uruguay holds the
         * presidency, which it assumed at the previous summit" only the
         * clause after the comma is about another meeting */
        if (ex_flag(c, i, EX_S_OTHER) &&
            (!(ex_in_list(t, i, chair_words) || ex_is(t, i, "joined")) || i - s.first > 200 ||
             other_meeting(t, (ex_span){ s.first, clause_of(t, i).end }, false)))
            continue;
        /* "Portugal's Minister of the Presidency": an office, not a chair */
        static const char *const offices[] = { "minister", "ministry", "secretary", "office",
                                               "department", NULL };
        /* "deputy secretary of Uruguay's presidency" (but in "..., Minister
         * of Digital Affairs, chairs" the office is an aside's) */
        size_t from = i;
        while (from > 0 && i - from < 6 && !ex_is_punct(t, from - 1, ','))
            from--;
        bool office = ex_span_has(t, (ex_span){ from, i }, offices);
        if (!office && ex_in_list(t, i, chair_words) && !ex_not_now_before(t, i, 0, not_now)) {
            /* "As Chair of X, the United Kingdom ..." */
            size_t as = i;
            while (as > s.first && i - as < 6 && !ex_is(t, as, "as"))
                as--;
            if (ex_is(t, as, "as") && as == s.first) {
                for (size_t k = i; k < s.end && k < i + 40; k++)
                    if (ex_is_punct(t, k, ',')) {
                        for (size_t h = 0; h < hs.n; h++)
                            if (hs.h[h].toks.first == skip_the(t, k + 1)) {
                                set_chair(c, d, &hs.h[h], s);
                                return;
                            }
                        break;
                    }
            }
            /* "X, as the group's chair", "X as chair", "X chairs", "X holds
             * the presidency", and "X, represented by A, Minister of B,
             * chairs" (an aside between commas, no country in it) */
            for (size_t h = hs.n; h-- > 0;) {
                size_t end = hs.h[h].toks.end;
                bool no_country_between = h + 1 == hs.n || hs.h[h + 1].toks.first >= i;
                bool aside = no_country_between && end < i && i - end <= 30 &&
                             ex_is_punct(t, end, ',') && t->tok[end + 1].kind == TOK_WORD &&
                             !t->tok[end + 1].upper && ex_is_punct(t, i - 1, ',');
                if (end <= i && (i - end <= 8 || aside) && hs.h[h].toks.first >= s.first) {
                    set_chair(c, d, &hs.h[h], s);
                    return;
                }
            }
            /* "chaired by Canada", "chaired this year by Estonia", "under the
             * chairmanship of Korea" */
            size_t by = i + 1;
            while (by < s.end && by < i + 4 && !ex_is(t, by, "by") && !ex_is(t, by, "of") &&
                   t->tok[by].kind == TOK_WORD && !t->tok[by].upper)
                by++;
            if (!ex_is(t, by, "by") && !ex_is(t, by, "of"))
                continue;
            /* (or of a ministry's name ending in one: "under the
             * chairmanship of the Ministry of the Interior of the
             * Republic of Korea") */
            for (size_t h = 0; h < hs.n; h++) {
                size_t first = hs.h[h].toks.first;
                if (first == skip_the(t, by + 1) || ministry_of(t, skip_the(t, by + 1), first)) {
                    set_chair(c, d, &hs.h[h], s);
                    return;
                }
            }
        }
        /* "Ministers from the United Kingdom ... joined New Zealand for two
         * days of meetings": the country joined is the host */
        if (!host && ex_is(t, i, "joined") && i > s.first) {
            for (size_t h = 0; h < hs.n && !host; h++)
                if (hs.h[h].toks.first == skip_the(t, i + 1) && !hs.h[h].demonym &&
                    !ex_is(t, hs.h[h].toks.end, "in") && !ex_is(t, hs.h[h].toks.end, "and")) {
                    host = &hs.h[h];
                    host_ev = s;
                }
        }
        if (!host && ex_in_list(t, i, host_verbs) && !ex_hosts_other(t, i)) {
            /* "hosted by X", "hosted this year by X" */
            size_t by = i + 1;
            while (by < s.end && by < i + 4 && !ex_is(t, by, "by"))
                by++;
            /* "I hosted the meeting on behalf of the United Kingdom" */
            size_t behalf = i + 1;
            while (behalf + 2 < s.end && behalf < i + 6 &&
                   !(ex_is(t, behalf, "on") && ex_is(t, behalf + 1, "behalf") &&
                     ex_is(t, behalf + 2, "of")))
                behalf++;
            for (size_t h = 0; h < hs.n && !host; h++) {
                size_t first = hs.h[h].toks.first, end = hs.h[h].toks.end;
                bool after = (ex_is(t, by, "by") && first == skip_the(t, by + 1)) ||
                             (ex_is(t, behalf, "on") && ex_is(t, behalf + 1, "behalf") &&
                              first == skip_the(t, behalf + 3));
                /* "Canada hosts", "Canada will host", "Israel, hosting for the first time," */
                bool before = end == i || (end + 1 == i && (ex_is(t, end, "will") ||
                                                            ex_is(t, end, "has") ||
                                                            ex_is(t, end, "had") ||
                                                            ex_is(t, end, "is") ||
                                                            ex_is(t, end, "was") ||
                                                            (ex_is_punct(t, end, ',') &&
                                                             ex_is(t, i, "hosting"))));
                /* "Uruguay, which took over the presidency in Jerusalem, hosted" */
                if (!before && ex_is_punct(t, end, ',') && (ex_is(t, end + 1, "which") || ex_is(t, end + 1, "que")) &&
                    i > end + 2 && ex_is_punct(t, i - 1, ',')) {
                    before = true;
                    for (size_t k = end + 2; k + 1 < i && before; k++)
                        before = !ex_is_punct(t, k, ',') && i - end < 20;
                }
                /* "The United Kingdom took over the chair and hosted the
                 * eighth summit": the subject of both verbs */
                if (!before && first == skip_the(t, s.first) && end < i && i - end < 10 &&
                    ex_is(t, i - 1, "and")) {
                    before = true;
                    for (size_t k = end; k < i && before; k++)
                        before = !ex_is_punct(t, k, ',');
                }
                if ((after || before) && first >= s.first && first < s.end) {
                    host = &hs.h[h];
                    host_ev = s;
                }
            }
        }
    }
    if (host)
        set_chair(c, d, host, host_ev);
}

bool ex_chair_hosts(ex_ctx *c, ex_span s)
{
    const ex_text *t = c->t;
    static const char *const hosts[] = { "host", "hosts", "hosted", NULL };
    for (size_t i = s.first; i + 1 < s.end; i++)
        if (ex_is(t, i, "chair") && ex_is(t, i + 1, "country") &&
            ex_span_has(t, ex_sentence_of(t, i), hosts))
            return true;
    /* "each year's summit is hosted by the country holding the chair" */
    for (size_t i = s.first; i + 4 < s.end; i++)
        if (ex_is(t, i, "hosted") && ex_is(t, i + 1, "by") && ex_is(t, i + 2, "the") &&
            ex_is(t, i + 3, "country")) {
            ex_span cl = clause_of(t, i);
            for (size_t k = i + 4; k < cl.end && k < i + 10; k++)
                if (ex_is(t, k, "chair") || ex_is(t, k, "presidency"))
                    return true;
        }
    return false;
}

/* --- location ------------------------------------------------------------ */

static const char *const prepositions[] = { "in", "from", "at", "to", "en", "em", NULL };

/* A continent or region, never a city: "South America", "Europe",
 * "Asia-Pacific", "Latin America", "the Middle East" */
static bool region_word(const ex_text *t, size_t i)
{
    static const char *const regions[] = { "america", "americas", "europe", "asia", "africa",
                                           "oceania", "pacific", "atlantic", "caribbean",
                                           "antarctica", "arctic", "scandinavia", "balkans",
                                           "nordics", "baltics", "eurasia", "mena", NULL };
    if (ex_in_list(t, i, regions))
        return true;
    return ex_is(t, i, "east") && i > 0 && ex_is(t, i - 1, "middle");
}

/* Could token i be (part of) a city name? */
static bool city_word(ex_ctx *c, size_t i)
{
    const ex_text *t = c->t;
    size_t used;
    ex_country_hit h;
    /* (in capitals, "MET IN OSLO AT THE ...": a small word is no name's) */
    static const char *const small[] = { "at", "in", "on", "of", "and", "to", "for", "by",
                                         "with", "from", NULL };
    bool shouted_small = ex_in_list(t, i, small) && ex_all_caps(t, (ex_span){ i, i + 1 });
    /* ("Cabinet Office, United Kingdom" in a list of signatories) */
    static const char *const bodies[] = { "office", "ministry", "department", "agency",
                                          "council", "secretariat", "bureau", "division",
                                          "parliament", "embassy", "cabinet", "government",
                                          "authority", "commission", "directorate", NULL };
    return is_upper_word(t, i) && !ex_month(t, i, &used) && ex_weekday(t, i) < 0 &&
           !ex_in_list(t, i, bodies) &&
           !ex_is(t, i, "the") && !shouted_small && !ex_in_list(t, i, meeting_nouns) &&
           !ex_in_list(t, i, descriptors) && !ex_country_at(t, c->countries, i, false, &h) &&
           !region_word(t, i) && !(i + 1 < t->ntok && region_word(t, i + 1) &&
                                   t->tok[i + 1].line == t->tok[i].line);
}

/* Is the name written elsewhere in the section as a place: after "in" or
 * "from", or before a comma and a country or a date ("Lisbon, Portugal",
 * "Lisbon, 15 November 2023")? */
static bool placed_elsewhere(ex_ctx *c, ex_span section, ex_span name)
{
    const ex_text *t = c->t;
    size_t len = name.end - name.first;
    for (size_t i = section.first; i + len < section.end; i++) {
        if (i == name.first || !same_words(t, i, name))
            continue;
        ex_date d;
        ex_country_hit h;
        size_t after = i + len + 1;
        if ((i > 0 && (ex_is(t, i - 1, "in") || ex_is(t, i - 1, "from"))) ||
            (ex_is_punct(t, i + len, ',') && after < t->ntok &&
             (ex_date_at(t, after, &d) || ex_country_at(t, c->countries, after, false, &h))))
            return true;
    }
    return false;
}

/* Is token i the end of a country name that starts before it ("New
 * Zealand", "United Kingdom")? */
static bool inside_country(ex_ctx *c, size_t i)
{
    for (size_t k = i > 6 ? i - 6 : 0; k < i; k++) {
        ex_country_hit h;
        if (ex_country_at(c->t, c->countries, k, false, &h) && h.toks.end > i)
            return true;
    }
    return false;
}

/* Does the span name another edition than the record's ("at the 2nd
 * Summit which was held in Tallinn" on the page of the third)? */
static bool other_edition_in(const ex_text *t, ex_span s, const ex_draft *d)
{
    for (size_t k = s.first; d->edition && k + 1 < s.end; k++) {
        int n = ex_ordinal(t, k);
        if (n && n != d->edition && ex_in_list(t, k + 1, meeting_nouns))
            return true;
    }
    return false;
}

/* "At the second summit, held in Tallinn, ...": a clause that names no
 * meeting (at token i) goes on about the one the clause before names. Is
 * that another edition? */
static bool edition_before(const ex_text *t, size_t i, const ex_draft *d)
{
    ex_span cl = clause_of(t, i);
    ex_span s = ex_sentence_of(t, i);
    if (cl.first < s.first + 2 || !ex_is_punct(t, cl.first - 1, ',') ||
        ex_span_has(t, cl, meeting_nouns))
        return false;
    return other_edition_in(t, clause_of(t, cl.first - 2), d);
}

/* Does the clause of token i name a year other than the record's ("in
 * Jerusalem in November 2018"), or the group's origin ("began as five
 * countries in London")? Then its place is not the meeting's. */
static const char *const origin_words[] = { "began", "founded", "established", "formed",
                                            "created", "launched", "started", "naci\xc3\xb3",
                                            "fundado", "creado", "criado", NULL };

static bool other_year_clause(const ex_text *t, size_t i, const ex_draft *d)
{
    ex_span cl = clause_of(t, i);
    /* "a group that began as five countries in London": the group's origin */
    for (size_t k = cl.first; k < i; k++)
        if (ex_in_list(t, k, origin_words))
            return true;
    return other_year_in(t, cl, d) || other_edition_in(t, cl, d);
}

bool ex_origin_date(const ex_text *t, size_t i)
{
    ex_span cl = clause_of(t, i);
    bool origin = false;
    for (size_t k = cl.first; k < i; k++)
        origin = origin || ex_in_list(t, k, origin_words);
    return origin && !ex_span_has(t, cl, meeting_nouns);
}

static void find_location(ex_ctx *c, ex_draft *d);

/* Does token s open the body of line l under a place's label ("Where:
 * Seoul, Republic of Korea. Venue: ...", "Location: Oslo, Norway")? */
static bool place_label_before(const ex_text *t, const ex_line *l, size_t s)
{
    static const char *const labels[] = { "where", "location", "place", "venue", "city",
                                          "lugar", "local", "localidade", NULL };
    ex_span label;
    ex_span body = ex_line_body(t, l, &label);
    return s == body.first && label.first < label.end && ex_in_list(t, label.end - 1, labels);
}

static void title_case_words(char *s);

/* "TALLINN" in a telegram in capitals -> "Tallinn", as a headline in
 * capitals is title-cased; a name with a small letter stays as written. */
static const char *name_case(ex_ctx *c, const char *s)
{
    for (const char *p = s; *p; p++)
        if (islower((unsigned char)*p))
            return s;
    char *copy = (char *)ex_str_dup(c, s);
    if (!copy)
        return s;
    title_case_words(copy);
    return copy;
}

void ex_telegram_case(ex_ctx *c, ex_draft *d)
{
    if (!c->t->telegram)
        return;
    const char **names[] = { &d->theme.s, &d->chair_person.s, &d->chair_office.s, &d->city.s };
    for (size_t k = 0; k < sizeof names / sizeof names[0]; k++)
        if (*names[k])
            *names[k] = name_case(c, *names[k]);
    for (size_t k = 0; k < d->ndocuments; k++)
        d->documents[k].title.s = name_case(c, d->documents[k].title.s);
    for (size_t k = 0; k < d->nparticipants; k++) /* (not "ROK", "UK") */
        if (d->participants[k].name && strlen(d->participants[k].name) > 3)
            d->participants[k].name = name_case(c, d->participants[k].name);
}

void ex_find_location(ex_ctx *c, ex_draft *d)
{
    find_location(c, d);
    if (d->city.s)
        d->city.s = name_case(c, d->city.s);
}

/* Does span s name the country `code` outside span but? */
static bool names_country(ex_ctx *c, ex_span s, ex_span but, const char *code)
{
    ex_country_hit h;
    for (size_t i = s.first; i < s.end; i++)
        if ((i < but.first || i >= but.end) && ex_country_at(c->t, c->countries, i, false, &h) &&
            strcmp(h.code, code) == 0)
            return true;
    return false;
}

/* The record's place is capital `name` of country `code`, as ev says. */
static void set_capital(ex_draft *d, const char *name, const char *code, ex_span ev)
{
    d->city.s = name;
    d->city.ev = ev;
    d->country = code;
    d->country_ev = ev;
}

static void find_location(ex_ctx *c, ex_draft *d)
{
    const ex_text *t = c->t;
    int best = 0;
    /* 1. "City, Country" and "City, CC" */
    for (size_t i = d->section.first + 1; i + 1 < d->section.end; i++) {
        if (!ex_is_punct(t, i, ','))
            continue;
        const ex_line *l = ex_line_of(t, i);
        size_t cstart = skip_the(t, i + 1);
        ex_country_hit h;
        bool alone_code = false;
        if (!ex_country_at(t, c->countries, cstart, false, &h)) {
            /* a code only on a line of its own: "Tallinn, EE" */
            if (!ex_country_at(t, c->countries, cstart, true, &h) ||
                cstart + 1 != ex_line_body(t, l, NULL).end)
                continue;
            alone_code = true;
        }
        size_t s = i;
        while (s > l->toks.first && i - s < 3 && city_word(c, s - 1))
            s--;
        /* ("- Deputy Federal CIO, United States": an office, not a city) */
        static const char *const offices[] = { "minister", "deputy", "cio", "cto", "secretary",
                                               "director", "officer", "ambassador", "chief",
                                               "president", "head", "delegation", NULL };
        if (s == i || ex_span_has(t, (ex_span){ s, i }, offices))
            continue;
        ex_span body = ex_line_body(t, l, NULL);
        bool line_alone = s == body.first && h.toks.end >= body.end;
        /* "in Busan, Korea", or opening a timeline's line or part: "2016 –
         * Busan, Republic of Korea: ...", "· Jerusalem, Israel, ..." */
        bool prep = (s > 0 && t->tok[s - 1].sentence == t->tok[s].sentence &&
                     ex_in_list(t, s - 1, prepositions)) ||
                    s == d->section.first ||
                    (s == d->section.first + 2 && ex_is_dash(t, s - 1) &&
                     t->tok[d->section.first].kind == TOK_NUM) ||
                    heading_field(t, d->section, s) || place_label_before(t, l, s) ||
                    /* ("Where: Westin Chosun Hotel, Busan, Republic of Korea") */
                    (s > body.first && ex_is_punct(t, s - 1, ',') &&
                     place_label_before(t, l, body.first));
        /* "Canada, Denmark" and "New Zealand, Portugal" are lists, not
         * places, and so is "held in Jerusalem, Mexico and Portugal joined" */
        ex_country_hit next;
        size_t after = h.toks.end + (ex_is(t, h.toks.end, "and") || ex_is_punct(t, h.toks.end, ','));
        if (after > h.toks.end && ex_country_at(t, c->countries, skip_the(t, after), false, &next))
            continue;
        if ((!line_alone && !prep) || (alone_code && !line_alone) || inside_country(c, s) ||
            other_edition_in(t, clause_of(t, s), d) || edition_before(t, s, d))
            continue;
        if (ex_flag(c, i, EX_S_FOREIGN))
            continue;
        ex_span sent = ex_sentence_of(t, i);
        /* x10, so that a sentence about another meeting ranks below all others */
        int score = line_alone ? 50 : ex_flag(c, i, EX_S_PLACE) ? 40 : 30;
        if (ex_flag(c, i, EX_S_OTHER))
            score /= 10;
        if (score <= best)
            continue;
        best = score;
        d->city.s = ex_str_span(c, (ex_span){ s, i });
        d->city.ev = line_alone ? l->toks : sent;
        d->country = h.code;
        d->country_ev = d->city.ev;
    }
    if (best >= 30)
        return;
    /* 2. "virtually from London", "met in Seoul": a place word just before
     * (2), or anywhere in the sentence (1) */
    static const char *const place_prepositions[] = { "in", "from", "at", "to", "across", "em",
                                                      "en", NULL };
    for (size_t i = d->section.first + 1; i + 1 < d->section.end && best < 20; i++) {
        /* "met at venues across London, including Tech City in Shoreditch" */
        /* "planned to welcome delegations to Ottawa, but ... held
         * virtually": a virtual meeting's planned city is its nominal one,
         * below any other */
        bool planned = planned_before(t, i);
        /* ("at the Westin Chosun Hotel, Busan": "the" before a venue only) */
        size_t w = ex_is(t, i + 1, "the") ? i + 2 : i + 1;
        if (!ex_in_list(t, i, place_prepositions) || !city_word(c, w) ||
            inside_country(c, w) || (planned && d->mode != SUMMIT_MODE_VIRTUAL) ||
            other_year_clause(t, i, d) || ex_flag(c, i, EX_S_FOREIGN))
            continue;
        ex_span ctx = { i >= 3 ? i - 3 : 0, i };
        size_t from_sentence = ex_sentence_of(t, i).first;
        if (ctx.first < d->section.first)
            ctx.first = d->section.first;
        if (ctx.first < from_sentence)
            ctx.first = from_sentence;
        /* (the country will be the chair's: a city in a clause of another
         * meeting, "the tenth member in Montevideo last year", would be put
         * in it) */
        if (ex_flag(c, i, EX_S_OTHER) && other_meeting(t, clause_of(t, i), false))
            continue;
        int score = ex_span_has(t, ctx, place_verbs) ? 20 : ex_flag(c, i, EX_S_PLACE) ? 10 : 0;
        if (ex_flag(c, i, EX_S_OTHER))
            score /= 10;
        if (planned)
            score = 1;
        /* "NOTES TO EDITORS": in a line of capitals, a capital is no sign of
         * a name; only a place verb ("HELD IN SEOUL") makes one a city */
        if (score < 20 && ex_all_caps(t, ex_line_of(t, i)->toks) && !t->telegram)
            continue;
        /* "MEET IN SEOUL": a capitalised headline yields to the prose's "in Seoul" */
        const ex_token *ct = &t->tok[w];
        if (score > 1 && ct->len > 1 && isupper((unsigned char)t->buf[ct->off + 1]))
            score--;
        if (score <= best)
            continue;
        size_t e = w;
        /* (a name may wrap within its sentence: "at the Westin Chosun /
         * Hotel, Busan") */
        while (e < d->section.end && e - w < 3 && city_word(c, e) &&
               t->tok[e].sentence == t->tok[w].sentence)
            e++;
        /* "at Web Summit's first days": an event's name, not a place */
        if (ex_in_list(t, e, meeting_nouns))
            continue;
        /* "at Westin Chosun Hotel, Busan": a venue, then its city */
        static const char *const venues[] = { "hotel", "centre", "center", "palace", "hall",
                                              "house", "complex", "building", "museum", NULL };
        size_t from = w;
        if (w > i + 1 && !ex_in_list(t, e - 1, venues))
            continue;
        if (ex_in_list(t, e - 1, venues)) {
            if (!ex_is_punct(t, e, ',') || !city_word(c, e + 1) || inside_country(c, e + 1))
                continue;
            from = e + 1;
            for (e = from; e < d->section.end && e - from < 3 && city_word(c, e); e++)
                ;
        }
        /* (a city that can have no country, neither a capital's nor the
         * chair's, is no place to keep: "in Shoreditch" must not beat "in
         * London") */
        const char *city = ex_str_span(c, (ex_span){ from, e });
        if (!d->chair && !ex_capital_country(city))
            continue;
        best = score;
        d->city.s = city;
        d->city.ev = ex_sentence_of(t, i);
        d->country = d->chair; /* the host's own city: the best the text says */
        d->country_ev = d->chair_ev;
    }
    /* "At the Hotel Sheraton, Lisbon hosted the ... summit", "Seoul welcomed
     * ministers", "Montevideo fue sede de la Cumbre", where the page also
     * places the city ("Lisbon, 15 November 2023"): the host's city */
    for (size_t i = d->section.first + 1, tried = 0; i < d->section.end && best < 1 && tried < 8;
         i++) {
        /* "Seoul welcomed ministers", "Montevideo fue sede de la Cumbre" */
        static const char *const hosting[] = { "hosted", "hosts", "welcomed", "welcomes", NULL };
        bool sede = ex_is(t, i, "fue") && ex_is(t, i + 1, "sede");
        if (!(ex_in_list(t, i, hosting) || sede) || !city_word(c, i - 1) ||
            !ex_flag(c, i, EX_S_CONTEXT) || ex_flag(c, i, EX_S_FOREIGN | EX_S_OTHER))
            continue;
        size_t a = i - 1;
        while (a > d->section.first && i - a < 3 && city_word(c, a - 1))
            a--;
        if (a > d->section.first && t->tok[a - 1].kind == TOK_WORD)
            continue; /* "Minister Gila Gamliel hosted": a person */
        tried++;
        /* ("fue sede", "was the venue", says it is a place) */
        if (!sede && !placed_elsewhere(c, d->section, (ex_span){ a, i }))
            continue;
        best = 1;
        d->city.s = ex_str_span(c, (ex_span){ a, i });
        d->city.ev = ex_sentence_of(t, i);
        d->country = d->chair;
        d->country_ev = d->chair_ev;
    }
    if (best >= 1) {
        /* a capital's country is general knowledge, and beats the chair's */
        const char *capital_of = ex_capital_country(d->city.s);
        if (capital_of) {
            d->country = capital_of;
            d->country_ev = d->city.ev;
        }
        if (!d->country)
            d->city.s = NULL; /* a city needs its country */
        return;
    }
    /* "1–3 November · Seoul · DN": a capital alone in a heading's field */
    for (size_t i = d->section.first + 1; i < d->section.end; i++) {
        if (!heading_field(t, d->section, i) || !city_word(c, i))
            continue;
        size_t e = i + 1;
        while (e < d->section.end && e - i < 3 && city_word(c, e) && t->tok[e].line == t->tok[i].line)
            e++;
        if (e < d->section.end && t->tok[e].line == t->tok[i].line && !ex_is_punct(t, e, 0xB7))
            continue;
        const char *name = ex_str_span(c, (ex_span){ i, e });
        const char *capital_of = name ? ex_capital_country(name) : NULL;
        if (!capital_of)
            continue;
        set_capital(d, name, capital_of, ex_line_of(t, i)->toks);
        return;
    }
    /* "City: Ottawa", "Venue: Shaw Centre, Ottawa" on an event's card: a
     * capital, alone or after the last comma of a card's place field */
    static const char *const place_fields[] = { "city", "location", "venue", "where", "place",
                                                NULL };
    for (uint32_t no = t->tok[d->section.first].line;
         no <= t->tok[d->section.end - 1].line && no <= t->nlines; no++) {
        const ex_line *l = &t->lines[no - 1];
        ex_span label;
        ex_span body = ex_line_body(t, l, &label);
        if (label.end != label.first + 1 || !ex_in_list(t, label.first, place_fields) ||
            body.first == body.end || !ex_in_event_card(t, l))
            continue;
        size_t i = body.end - 1;
        while (i > body.first && body.end - i < 3 && !ex_is_punct(t, i - 1, ','))
            i--;
        if (i > body.first && !ex_is_punct(t, i - 1, ','))
            continue;
        const char *name = ex_str_span(c, (ex_span){ i, body.end });
        const char *capital_of = name ? ex_capital_country(name) : NULL;
        if (!capital_of)
            continue;
        set_capital(d, name, capital_of, l->toks);
        return;
    }
    /* "headline: London: the D5 is launched", "title: Ottawa, online: 7th
     * summit": a capital opening a headline field, of the chair's country
     * or one the record names (a news item's "Brussels: EU observers
     * report on D9 summit" is where the story was filed); the first such
     * headline only */
    static const char *const headline_fields[] = { "headline", "title", NULL };
    for (uint32_t no = t->tok[d->section.first].line;
         no <= t->tok[d->section.end - 1].line && no <= t->nlines; no++) {
        const ex_line *l = &t->lines[no - 1];
        ex_span label;
        ex_span body = ex_line_body(t, l, &label);
        if (label.end != label.first + 1 || !ex_in_list(t, label.first, headline_fields))
            continue;
        size_t e = body.first;
        while (e < body.end && e - body.first < 3 && city_word(c, e))
            e++;
        if (e == body.first || e >= body.end ||
            (!ex_is_punct(t, e, ':') && !ex_is_punct(t, e, ',')))
            continue;
        const char *name = ex_str_span(c, (ex_span){ body.first, e });
        const char *capital_of = name ? ex_capital_country(name) : NULL;
        if (!capital_of)
            continue;
        if (!(d->chair && strcmp(capital_of, d->chair) == 0) &&
            !names_country(c, d->section, l->toks, capital_of))
            break;
        set_capital(d, name, capital_of, l->toks);
        return;
    }
    /* 3. "held in Estonia": the country alone */
    for (size_t i = d->section.first + 1; i + 1 < d->section.end; i++) {
        ex_country_hit h;
        if (!ex_is(t, i, "in") || !ex_country_at(t, c->countries, skip_the(t, i + 1), false, &h) ||
            h.demonym)
            continue;
        ex_span ctx = { i >= 3 ? i - 3 : 0, i };
        if (!ex_span_has(t, ctx, place_verbs) || ex_flag(c, i, EX_S_OTHER | EX_S_FOREIGN))
            continue;
        d->country = h.code;
        d->country_ev = ex_sentence_of(t, i);
        return;
    }
}

/* --- participants ---------------------------------------------------------- */

/* Is the country listed already, or the list full? */
static bool has_participant(const ex_draft *d, const char *code)
{
    for (size_t k = 0; k < d->nparticipants; k++)
        if (strcmp(d->participants[k].code, code) == 0)
            return true;
    return d->nparticipants == EX_MAX_PARTICIPANTS;
}

static void add_participant(ex_ctx *c, ex_draft *d, const char *code, const char *name,
                            int32_t role, ex_span ev)
{
    (void)c;
    /* a chair known only from a demonym or its city takes the name a later
     * mention writes ("the UK was also represented by ...") */
    for (size_t k = 0; k < d->nparticipants; k++)
        if (strcmp(d->participants[k].code, code) == 0 && !d->participants[k].name)
            d->participants[k].name = name;
    if (has_participant(d, code))
        return;
    ex_participant *p = &d->participants[d->nparticipants++];
    p->code = code;
    p->name = name;
    p->role = role;
    p->ev = ev;
}

void ex_cell_countries(ex_ctx *c, ex_draft *d, ex_span cell, int32_t role, ex_span ev)
{
    const ex_text *t = c->t;
    for (size_t k = cell.first; k < cell.end; k++) {
        ex_country_hit h;
        if (!ex_country_at(t, c->countries, k, true, &h) || h.demonym)
            continue;
        add_participant(c, d, h.code, NULL, role, ev);
        k = h.toks.end - 1;
    }
}

/* "### Participants" / "- 2020, 2021, 2022: all ten members — CA, DK, EE,
 * ...": the countries after the dash of the row's year. */
void ex_listed_members(ex_ctx *c, size_t heading, ex_draft *d)
{
    const ex_text *t = c->t;
    ex_span item = ex_listed_item(c, heading, d->start.year);
    size_t dash = ex_item_dash(t, item);
    /* (only a list of countries: not "— not sourced. Denmark was
     * welcomed ...") */
    for (size_t k = dash + 1; k < item.end; k++) {
        ex_country_hit h;
        if (ex_is_punct(t, k, ',') || ex_is(t, k, "and"))
            continue;
        if (!ex_country_at(t, c->countries, k, true, &h))
            break;
        if (!has_participant(d, h.code))
            add_participant(c, d, h.code, NULL, SUMMIT_ROLE_MEMBER, item);
        k = h.toks.end - 1;
    }
}

static bool regional_indicator(const ex_text *t, size_t i)
{
    return i < t->ntok && t->tok[i].kind == TOK_PUNCT && t->tok[i].ch >= 0x1F1E6 &&
           t->tok[i].ch <= 0x1F1FF;
}

/* The country of a flag emoji at token i: two regional indicators, one
 * after the other, spell its ISO 3166 code (U+1F1F0 U+1F1F7 = "KR"). */
static const char *flag_at(const ex_text *t, size_t i)
{
    if (!regional_indicator(t, i) || !regional_indicator(t, i + 1) || t->tok[i + 1].space_before)
        return NULL;
    char two[3] = { (char)('A' + (t->tok[i].ch - 0x1F1E6)),
                    (char)('A' + (t->tok[i + 1].ch - 0x1F1E6)), '\0' };
    return summit_country_code(two);
}

/* Does sentence s open a line under one that ends in ':' and has a cue
 * ("Ten member countries around one table:" over a row of flags)? */
static bool introduced(const ex_text *t, ex_span s, const char *const *cues)
{
    const ex_line *l = ex_line_of(t, s.first);
    if (s.first != ex_line_body(t, l, NULL).first || l->no < 2)
        return false;
    const ex_line *above = l - 1;
    return above->toks.first < above->toks.end && ex_is_punct(t, above->toks.end - 1, ':') &&
           ex_span_has(t, above->toks, cues);
}

/* A row of flags (two or more countries) in a sentence about members or
 * delegations ("All 10 members around the table: 🇰🇷 🇬🇧 🇪🇪"), or on a
 * line under one that introduces them. */
static void flag_participants(ex_ctx *c, ex_draft *d, const char *const *cues)
{
    const ex_text *t = c->t;
    for (size_t i = d->section.first; i < d->section.end;) {
        ex_span s = ex_sentence_of(t, i);
        if (s.end <= i)
            s.end = i + 1;
        if (s.end > d->section.end)
            s.end = d->section.end;
        const char *codes[64];
        size_t n = 0;
        for (size_t k = i; k < s.end;) {
            const char *code = flag_at(t, k);
            if (!code) {
                k++;
                continue;
            }
            bool seen = false;
            for (size_t q = 0; q < n; q++)
                seen |= strcmp(codes[q], code) == 0;
            if (!seen && n < 64)
                codes[n++] = code;
            k += 2;
        }
        if (n >= 2 && (ex_span_has(t, s, cues) || introduced(t, s, cues)))
            for (size_t q = 0; q < n; q++)
                add_participant(c, d, codes[q], NULL, SUMMIT_ROLE_MEMBER, s);
        i = s.end;
    }
}

/* "The following governments took part in the summit:" and then one
 * country a line ("• Estonia"): each is a participant. */
/* "  Israel ............ Ms Gila Gamliel, Minister ...": a row of a list
 * with leader dots; the country it opens with, or NULL. */
static const char *leader_row(ex_ctx *c, const ex_line *m)
{
    const ex_text *t = c->t;
    ex_span body = ex_line_body(t, m, NULL);
    size_t f = body.first < body.end && ex_is(t, body.first, "the") ? body.first + 1 : body.first;
    ex_country_hit h;
    if (f >= body.end || !ex_country_at(t, c->countries, f, false, &h) || h.demonym)
        return NULL;
    size_t e = h.toks.end; /* three dots, or one set apart ("Republic of Korea . Mr") */
    bool dots = e + 2 < m->toks.end && ex_is_punct(t, e, '.') &&
                ((ex_is_punct(t, e + 1, '.') && ex_is_punct(t, e + 2, '.')) ||
                 (t->tok[e].space_before && t->tok[e + 1].space_before));
    return dots ? h.code : NULL;
}

/* How many lines from no on (up to 3) are a country's name alone:
 * "Member countries" over "Canada" / "Denmark" / ... ? */
static int country_lines(ex_ctx *c, uint32_t no, uint32_t last)
{
    const ex_text *t = c->t;
    int n = 0;
    for (; no <= last && n < 3; no++, n++) {
        const ex_line *m = &t->lines[no - 1];
        ex_span label;
        ex_span body = ex_line_body(t, m, &label);
        ex_country_hit h;
        /* (a country alone, or labelling its delegation: "UK: Parliamentary Secretary") */
        bool labels = label.first < label.end &&
                      ex_country_at(t, c->countries, skip_the(t, label.first), true, &h) &&
                      h.toks.end == label.end && !h.demonym;
        size_t f = skip_the(t, body.first);
        if (!labels && (f >= body.end || !ex_country_at(t, c->countries, f, false, &h) ||
                        h.demonym || h.toks.end != body.end))
            break;
    }
    return n;
}

/* "MEMBERS AFTER SUMMIT (7): KR GB NZ EE IL CA UY.", "OBSERVERS: MX, PT":
 * in a text in capitals (a telegram, a register), country codes after a
 * colon whose words before tell of members, signatories or observers, to
 * the sentence's end: three or more, or two right after "OBSERVERS:" or
 * "MEMBERS:". (In prose "workstreams: AI, ID" are no countries.) */
static void code_lists(ex_ctx *c, ex_draft *d)
{
    const ex_text *t = c->t;
    static const char *const cues[] = { "members", "member", "observers", "observer", "signed",
                                        "signatories", "governments", "govts", "delegations",
                                        "countries", "participants", "present", "attended",
                                        "represented", NULL };
    static const char *const observers[] = { "observers", "observer", NULL };
    static const char *const roles[] = { "observers", "observer", "members", "member", NULL };
    if (!t->telegram)
        return;
    /* (what the sentence has said so far, carried along: read once) */
    uint32_t sentence = UINT32_MAX;
    bool cue = false, observer = false;
    for (size_t i = d->section.first; i < d->section.end; i++) {
        if (t->tok[i].sentence != sentence) {
            sentence = t->tok[i].sentence;
            cue = observer = false;
        }
        cue |= ex_in_list(t, i, cues);
        observer |= ex_in_list(t, i, observers);
        if (!ex_is_punct(t, i, ':') || !cue || ex_flag(c, i, EX_S_FOREIGN | EX_S_OTHER))
            continue;
        /* (the codes: two letters each, perhaps with commas between) */
        size_t k = i + 1, n = 0;
        const char *codes[32];
        while (k < d->section.end && n < 32) {
            ex_country_hit h;
            if (t->tok[k].len != 2 || !ex_country_at(t, c->countries, k, true, &h) ||
                h.toks.end != k + 1)
                break;
            codes[n++] = h.code;
            k += ex_is_punct(t, k + 1, ',') ? 2 : 1;
        }
        bool ends = k >= d->section.end || ex_is_sentence_end(t, k - 1) ||
                    ex_is_punct(t, k, '.') || ex_is_dash(t, k) || t->tok[k].line != t->tok[i].line;
        if (n < 2 || !ends || (n == 2 && !(i > 0 && ex_in_list(t, i - 1, roles))))
            continue;
        int32_t role = observer ? SUMMIT_ROLE_OBSERVER : SUMMIT_ROLE_MEMBER;
        for (size_t q = 0; q < n && d->nparticipants < EX_MAX_PARTICIPANTS; q++)
            add_participant(c, d, codes[q], NULL, role, ex_sentence_of(t, i));
        i = k - 1;
    }
}

static void list_lines(ex_ctx *c, ex_draft *d, const char *const *cues)
{
    const ex_text *t = c->t;
    if (d->section.first >= d->section.end)
        return;
    uint32_t first = t->tok[d->section.first].line, last = t->tok[d->section.end - 1].line;
    for (uint32_t no = first; no < last; no++) {
        const ex_line *l = &t->lines[no - 1];
        /* "Heads of delegation:", or "Heads of delegation" over rows with
         * leader dots */
        bool leaders = ex_words(t, l->toks) <= 4 && leader_row(c, l + 1);
        /* (or a short heading over three lines of a country each, perhaps
         * a blank line apart: "Members taking part" over an HTML list) */
        bool heading = ex_words(t, l->toks) <= 4 &&
                       (country_lines(c, no + 1, last) == 3 ||
                        (no + 1 <= last && ex_line_blank(l + 1) &&
                         country_lines(c, no + 2, last) == 3));
        if (l->toks.first == l->toks.end ||
            (!ex_is_punct(t, l->toks.end - 1, ':') && !leaders && !heading) ||
            !ex_span_has(t, l->toks, cues))
            continue;
        uint32_t k = no + 1;
        if (k <= last && t->lines[k - 1].toks.first == t->lines[k - 1].toks.end)
            k++;
        size_t item_indent = SIZE_MAX; /* of the lettered items: deeper lines wrap them */
        /* (the role the heading gives its lines: "Observers:") */
        int32_t role = ex_span_has(t, l->toks, (const char *const[]){ "observers", "observer",
                                                                       NULL })
                           ? SUMMIT_ROLE_OBSERVER
                           : SUMMIT_ROLE_MEMBER;
        for (; k <= last; k++) {
            const ex_line *m = &t->lines[k - 1];
            size_t indent = m->toks.first < m->toks.end ? t->tok[m->toks.first].off - m->off : 0;
            if (item_indent != SIZE_MAX && indent > item_indent)
                continue;
            const char *row = leaders ? leader_row(c, m) : NULL;
            if (row) {
                add_participant(c, d, row, NULL, SUMMIT_ROLE_MEMBER, m->toks);
                continue;
            }
            if (leaders && m->toks.first < m->toks.end && t->buf[m->off] == ' ')
                continue; /* a row's text wrapped onto an indented line */
            if (leaders)
                break;
            ex_span mlabel;
            ex_span body = ex_line_body(t, m, &mlabel);
            /* "- New Zealand: Minister of Internal Affairs": the country labels its delegation */
            ex_country_hit labelled;
            if (mlabel.first < mlabel.end &&
                ex_country_at(t, c->countries, skip_the(t, mlabel.first), true, &labelled) &&
                labelled.toks.end == mlabel.end && !labelled.demonym) {
                add_participant(c, d, labelled.code, ex_str_span(c, labelled.toks), role,
                                m->toks);
                continue;
            }
            while (body.end > body.first &&
                   (ex_is_punct(t, body.end - 1, ';') || ex_is_punct(t, body.end - 1, ',') ||
                    ex_is_punct(t, body.end - 1, 0xB7)))
                body.end--;
            /* (and a remark in brackets: "Republic of Korea (chair) ·") */
            if (body.end > body.first + 3 && ex_is_punct(t, body.end - 1, ')') &&
                ex_is_punct(t, body.end - 3, '('))
                body.end -= 3;
            /* "A. REPUBLIC OF KOREA - MINISTER OF THE INTERIOR (CHAIR/HOST)":
             * past an item's letter or number, a country before a dash */
            size_t item = body.first;
            if (item + 2 < body.end && t->tok[item].len <= 2 &&
                (t->tok[item].kind == TOK_NUM || t->tok[item].kind == TOK_WORD) &&
                (ex_is_punct(t, item + 1, '.') || ex_is_punct(t, item + 1, ')')))
                item += 2;
            ex_country_hit lead;
            if (ex_country_at(t, c->countries, item, false, &lead) && !lead.demonym &&
                lead.toks.end < body.end && ex_is_dash(t, lead.toks.end)) {
                static const char *const observers[] = { "observer", "observers", "guest", NULL };
                bool observer = ex_span_has(t, (ex_span){ lead.toks.end, body.end }, observers);
                add_participant(c, d, lead.code, ex_str_span(c, lead.toks),
                                observer ? SUMMIT_ROLE_OBSERVER : SUMMIT_ROLE_MEMBER, m->toks);
                item_indent = indent;
                continue;
            }
            size_t f = body.first;
            /* "- Peter Dunne, Minister of Internal Affairs, New Zealand;":
             * the country ends the line after its person */
            for (size_t q = body.end; q > body.first + 1; q--)
                if (ex_is_punct(t, q - 1, ',')) {
                    f = q;
                    break;
                }
            if (f < body.end && ex_is(t, f, "the"))
                f++;
            ex_country_hit h;
            if (f < body.end && ex_country_at(t, c->countries, f, false, &h) &&
                h.toks.end == body.end && !h.demonym) {
                add_participant(c, d, h.code, ex_str_span(c, h.toks), role, m->toks);
                continue;
            }
            /* "- Yair Schindel, Chief Executive Officer of the Digital Israel
             * Bureau": a bulleted line that names one country only */
            const char *only = NULL;
            size_t named = 0;
            for (size_t q = body.first; body.first > m->toks.first && q < body.end; q++)
                if (ex_country_at(t, c->countries, q, false, &h)) {
                    named += !only || strcmp(only, h.code) != 0;
                    only = h.code;
                    q = h.toks.end - 1;
                }
            if (named != 1)
                break;
            add_participant(c, d, only, NULL, SUMMIT_ROLE_MEMBER, m->toks);
        }
        no = k > no + 1 ? k - 1 : no;
    }
}

/* Does a role word ("observers", "guest") of the sentence part cover the
 * country at token i: no word that starts another group of countries
 * ("with", "while", a semicolon) stands between them? "Ministers from A,
 * B and C, with Portugal attending as an observer" makes only Portugal an
 * observer; "representatives of the United States attended as observers"
 * after a semicolon only the United States. */
static bool role_covers(const ex_text *t, ex_span s, size_t i, const char *const *role)
{
    static const char *const breaks[] = { "with", "while", "whereas", "plus", "alongside", NULL };
    /* a role word reaches 40 tokens at most (a sentence of thousands is not rescanned) */
    size_t from = i > s.first + 40 ? i - 40 : s.first, to = i + 40 < s.end ? i + 40 : s.end;
    for (size_t r = from; r < to; r++) {
        if (!ex_in_list(t, r, role))
            continue;
        size_t a = r < i ? r : i, b = r < i ? i : r;
        bool covered = true;
        /* ", and delegates from ..." starts a clause; ", and Canada" ends a list */
        for (size_t k = a + 1; k < b && covered; k++)
            covered = !ex_is_punct(t, k, ';') && !ex_in_list(t, k, breaks) &&
                      !(ex_is_punct(t, k, ',') && ex_is(t, k + 1, "and") &&
                        !t->tok[skip_the(t, k + 2)].upper);
        if (covered)
            return true;
    }
    return false;
}

static int32_t role_in(const ex_text *t, ex_span s, size_t i)
{
    if (role_covers(t, s, i, (const char *const[]){ "observer", "observers", NULL }))
        return SUMMIT_ROLE_OBSERVER;
    if (role_covers(t, s, i, (const char *const[]){ "guest", "guests", NULL }))
        return SUMMIT_ROLE_GUEST;
    return SUMMIT_ROLE_MEMBER;
}

/* Does the sentence tell the group's founding ("founded by A, B and C")?
 * "sign the founding D5 Charter" names a document, not a history. */
static bool founding_history(const ex_text *t, ex_span s, const char *const *history)
{
    static const char *const documents[] = { "charter", "declaration", "statement", NULL };
    for (size_t i = s.first; i < s.end; i++)
        if (ex_in_list(t, i, history) && !ex_in_list(t, i + 1, documents) &&
            !ex_in_list(t, i + 2, documents))
            return true;
    return false;
}

/* "Portugal handed the presidency of the group to Denmark": the country
 * given the office at the meeting is there (not "the chair then passed to
 * Canada", nor "will hand the presidency to Denmark"). `to` is the
 * country's first token, with its "the". */
static bool handed_to(const ex_text *t, ex_span s, size_t to)
{
    static const char *const office[] = { "presidency", "chair", "chairmanship", "baton", NULL };
    static const char *const gave[] = { "handed", "hands", "handing", "passed", "passes",
                                        "passing", "gave", "transferred", NULL };
    if (to < s.first + 3 || !ex_is(t, to - 1, "to") ||
        ex_span_has(t, s, (const char *const[]){ "will", "would", NULL }))
        return false;
    for (size_t k = to - 2; k > s.first && k + 6 > to; k--)
        if (ex_in_list(t, k, office) &&
            (ex_in_list(t, k - 1, gave) || (k >= s.first + 2 && ex_in_list(t, k - 2, gave))))
            return true;
    return false;
}

/* The pairs of a box line: "United Kingdom 2014 · Canada (2018) · ...";
 * how many it added. */
static size_t joined_pairs(ex_ctx *c, const ex_line *l)
{
    const ex_text *t = c->t;
    size_t added = 0;
    for (size_t k = l->toks.first; k < l->toks.end && c->njoined < EX_MAX_PARTICIPANTS; k++) {
        ex_country_hit h;
        if (!ex_country_at(t, c->countries, k, true, &h) || h.demonym)
            continue;
        size_t y = h.toks.end + ex_is_punct(t, h.toks.end, '(');
        k = h.toks.end - 1;
        if (y >= l->toks.end || t->tok[y].kind != TOK_NUM || t->tok[y].num < 1900 ||
            t->tok[y].num > 2100)
            continue;
        c->joined[c->njoined].code = h.code;
        c->joined[c->njoined].year = t->tok[y].num;
        c->njoined++;
        added++;
    }
    return added;
}

void ex_find_joined(ex_ctx *c)
{
    const ex_text *t = c->t;
    static const char *const members[] = { "members", "member", "membership", NULL };
    static const char *const joined[] = { "joined", "joining", "since", NULL };
    for (uint32_t no = 1; no <= t->nlines; no++) {
        const ex_line *l = &t->lines[no - 1];
        ex_span head = { l->toks.first, l->toks.end < l->toks.first + 8 ? l->toks.end
                                                                         : l->toks.first + 8 };
        if (!ex_span_has(t, head, members) || !ex_span_has(t, head, joined))
            continue;
        /* the pairs on the heading's line and the lines under it, up to
         * a blank line or one without a pair */
        c->njoined = 0;
        uint32_t last = no;
        joined_pairs(c, l);
        while (last < t->nlines && joined_pairs(c, &t->lines[last]) > 0)
            last++;
        if (c->njoined >= 2) {
            c->joined_ev = (ex_span){ l->toks.first, t->lines[last - 1].toks.end };
            return;
        }
        c->njoined = 0;
    }
}

/* "| Iceland | --- | observer |": a table's rows, each opening on a
 * country, with a cell of its status ("member", "observer", "yes"); a row
 * that says "no" or "absent" names no participant, and a table of other
 * figures ("| Japan | 0.61 |") none. */
static void table_rows(ex_ctx *c, ex_draft *d)
{
    const ex_text *t = c->t;
    static const char *const member_words[] = { "member", "members", "chair", "host", "yes",
                                                "attended", "present", "signatory", NULL };
    static const char *const observer_words[] = { "observer", "observers", "guest", NULL };
    static const char *const absent[] = { "no", "absent", "apologies", "not", NULL };
    /* a table's heading row over those of members: "| Delegation | Head
     * of delegation |" */
    static const char *const roster_words[] = { "delegation", "delegations", "delegate",
                                                "delegates", "participant", "participants",
                                                "attendee", "attendees", "signatory",
                                                "signatories", NULL };
    /* or a heading over the table: "D9 membership (for the report)" */
    static const char *const roster_headings[] = { "membership", "members", "participants",
                                                   "delegations", "attendees", "attendance",
                                                   NULL };
    bool meetings = false; /* its columns are meetings ("| London, 2014 | Virtual, 2021"): whose? */
    bool roster = false, roster_heading = false;
    uint32_t first = t->tok[d->section.first].line, last = t->tok[d->section.end - 1].line;
    for (uint32_t no = first; no <= last && d->nparticipants < EX_MAX_PARTICIPANTS; no++) {
        const ex_line *l = &t->lines[no - 1];
        size_t bars = 0, f = l->toks.first;
        for (size_t k = l->toks.first; k < l->toks.end; k++)
            bars += ex_is_punct(t, k, '|');
        if (bars == 0) {
            if (!ex_line_blank(l))
                roster_heading = l->toks.end - l->toks.first <= 12 &&
                                 ex_span_has(t, l->toks, roster_headings);
            meetings = false;
            roster = roster_heading;
            continue;
        }
        if (ex_is_punct(t, f, '|'))
            f++;
        ex_country_hit h;
        bool country = f < l->toks.end && ex_country_at(t, c->countries, f, false, &h) &&
                       !h.demonym;
        /* (the cell holds the country, perhaps with a remark: "Korea (ROK)") */
        size_t cell_end = country ? h.toks.end : f;
        if (country && ex_is_punct(t, cell_end, '(')) {
            while (cell_end < l->toks.end && cell_end < h.toks.end + 6 &&
                   !ex_is_punct(t, cell_end, ')'))
                cell_end++;
            cell_end += ex_is_punct(t, cell_end, ')');
        }
        country = country && (cell_end == l->toks.end || ex_is_punct(t, cell_end, '|'));
        if (!country) {
            size_t years = 0;
            for (size_t k = l->toks.first; k < l->toks.end; k++)
                years += ex_year(t, k) != 0;
            meetings = meetings || years >= 2;
            roster = roster || ex_span_has(t, l->toks, roster_words);
            continue;
        }
        if (meetings)
            continue;
        ex_span rest = { cell_end, l->toks.end };
        if (ex_span_has(t, rest, absent))
            continue;
        bool observer = ex_span_has(t, rest, observer_words);
        if (!observer && !roster && !ex_span_has(t, rest, member_words))
            continue;
        add_participant(c, d, h.code, ex_str_span(c, h.toks),
                        observer ? SUMMIT_ROLE_OBSERVER : SUMMIT_ROLE_MEMBER, l->toks);
    }
}

/* "Observers: United States government representatives": the country
 * opening a line's field whose short label names a role or attendance
 * (list_lines reads the labels of several countries) */
static bool after_role_label(const ex_text *t, size_t at)
{
    static const char *const labels[] = { "members", "member", "observers", "observer",
                                          "participants", "attendees", "delegations",
                                          "guests", "guest", NULL };
    if (at == 0 || !ex_is_punct(t, at - 1, ':'))
        return false;
    const ex_line *l = ex_line_of(t, at);
    ex_span label = { l->toks.first, at - 1 };
    return label.first < label.end && ex_words(t, label) <= 3 && ex_span_has(t, label, labels);
}

void ex_find_participants(ex_ctx *c, ex_draft *d)
{
    const ex_text *t = c->t;
    static const char *const cues[] = {
        "ministers", "minister", "leaders", "delegates", "delegations", "delegation",
        "representatives", "members", "member", "governments", "countries", "nations",
        "participants", "attended", "attending", "joined", "participated", "part", "signed",
        "signatories", "from", "including", "observers", "observer", "together",
        "comprises", "comprising", "membership",
        /* Spanish and Portuguese */
        "representantes", "gobiernos", "governos", "pa\xc3\xadses", "miembros", "membros",
        "delegaciones", "delega\xc3\xa7\xc3\xb5\x65s" /* delegações */, "participaron",
        "participaram", NULL,
    };
    static const char *const history[] = { "founded", "founding", "formerly", "previously",
                                           "founders", NULL };
    static const char *const verbs[] = { "participated", "attended", "joined", "took",
                                         "represented", "signed", "sign", "signing", "attending",
                                         "attend", "participating", "welcomed",
                                         /* an agenda's present: "Lithuania signs the charter" */
                                         "signs", "joins", "attends", "participates", NULL };
    if (d->chair)
        add_participant(c, d, d->chair, d->chair_name, SUMMIT_ROLE_CHAIR, d->chair_ev);
    list_lines(c, d, cues);
    table_rows(c, d);
    code_lists(c, d);
    hits hs;
    collect_hits(c, d->section, &hs);
    for (size_t h = 0; h < hs.n;) {
        ex_span s = ex_sentence_of(t, hs.h[h].toks.first);
        size_t e = h;
        size_t distinct = 0;
        while (e < hs.n && hs.h[e].toks.first < s.end) {
            bool seen = false;
            for (size_t k = h; k < e; k++)
                seen |= strcmp(hs.h[k].code, hs.h[e].code) == 0;
            distinct += !seen;
            e++;
        }
        /* (nor one of another edition: "United States representatives
         * attended that first meeting as observers" on the second's page;
         * nor an article a note of references cites) */
        /* (nor a list the sentence refutes: "a site says the participants
         * included Norway and Brazil. Neither is a member and neither was
         * there.") */
        /* (nor a report the page corrects: "we said that Mexico and
         * Portugal had also signed the charter today. That was wrong.") */
        static const char *const refuted[] = { "neither", NULL };
        static const char *const errors[] = { "wrong", "incorrect", "mistaken", "error",
                                              "mistake", "untrue", NULL };
        ex_span after = s.end < t->ntok ? ex_sentence_of(t, s.end) : (ex_span){ s.end, s.end };
        ex_span verdict = { after.first + 2, after.first + 5 < after.end ? after.first + 5 : after.end };
        bool corrected = (ex_is(t, after.first, "that") || ex_is(t, after.first, "this")) &&
                         ex_is(t, after.first + 1, "was") && ex_span_has(t, verdict, errors);
        /* (nor the countries a question asks about: "Will Argentina,
         * Brazil or Chile follow?") */
        bool question = ex_is_punct(t, s.end - 1, '?');
        bool refutes = ex_span_has(t, (ex_span){ hs.h[e - 1].toks.end, s.end }, refuted) ||
                       (s.end < t->ntok && ex_is(t, s.end, "neither")) || corrected || question;
        if (ex_flag(c, s.first, EX_S_FOREIGN) || other_edition_in(t, s, d) ||
            reference_note(t, ex_line_of(t, s.first)) || refutes) {
            h = e;
            continue;
        }
        /* "founded by A, B and C" is history, but "delegations attended from
         * the five founding members: A, B, ..." is attendance */
        static const char *const attend[] = { "attended", "attending", "participated", "together",
                                              NULL };
        /* (at the first meeting the founders are its members) */
        bool founding = founding_history(t, s, history);
        bool list = distinct >= 2 && (ex_span_has(t, s, cues) || (d->edition == 1 && founding)) &&
                    (d->edition == 1 || !founding || ex_span_has(t, s, attend));
        /* "Delegates from all ten member countries, spread across eight
         * time zones. Canada, Denmark, Estonia, ... and Uruguay.": a
         * sentence that is only countries, after one of taking part */
        /* "- Canada, Estonia, Israel, Mexico, New Zealand, Portugal, ...": a
         * list item of five countries or more and nothing else */
        if (!list && distinct >= 5 && !founding_history(t, s, history) &&
            ex_line_body(t, ex_line_of(t, s.first), NULL).first > ex_line_of(t, s.first)->toks.first) {
            size_t named = 0;
            for (size_t k = h; k < e; k++)
                named += ex_words(t, hs.h[k].toks);
            list = 2 * named >= ex_words(t, s);
        }
        if (!list && distinct >= 3 && s.first > 0 && !ex_paragraph_start(t, s.first)) {
            ex_span prev = ex_sentence_of(t, s.first - 1);
            size_t named = 0;
            for (size_t k = h; k < e; k++)
                named += ex_words(t, hs.h[k].toks);
            list = ex_span_has(t, prev, cues) && 2 * named >= ex_words(t, s) &&
                   !ex_flag(c, prev.first, EX_S_FOREIGN) && !founding_history(t, s, history);
        }
        for (size_t k = h; k < e; k++) {
            const ex_country_hit *x = &hs.h[k];
            /* one country taking part: "Canada participated", "represented Canada" */
            /* (not what it might do: "reports suggested Denmark would sign up") */
            static const char *const modals[] = { "would", "could", "might", "may", "should",
                                                  NULL };
            bool single = false;
            for (size_t v = x->toks.end; v < s.end && v <= x->toks.end + 3 && !single; v++) {
                if (ex_in_list(t, v, modals))
                    break;
                single = ex_in_list(t, v, verbs);
            }
            size_t before = x->toks.first;
            if (before > 0 && ex_is(t, before - 1, "the"))
                before--;
            single |= before > 0 && (ex_is(t, before - 1, "represented") ||
                                     ex_is(t, before - 1, "welcomed") ||
                                     ex_is(t, before - 1, "welcoming") ||
                                     (ex_is(t, before - 1, "welcome") &&
                                      ex_is(t, x->toks.end, "as")));
            single |= handed_to(t, s, before);
            single |= after_role_label(t, before);
            /* "signed the updated Charter on behalf of Denmark" */
            single |= before >= 3 && ex_is(t, before - 1, "of") && ex_is(t, before - 2, "behalf") &&
                      ex_is(t, before - 3, "on");
            /* (not in a clause of another year: "..., and Denmark joined the
             * group in November 2019" on the page of 2016) */
            single = single && !other_year_in(t, clause_of(t, x->toks.first), d);
            if (list || single)
                add_participant(c, d, x->code, x->demonym ? NULL : ex_str_span(c, x->toks),
                                role_in(t, s, x->toks.first), s);
        }
        h = e;
    }
    flag_participants(c, d, cues);
    /* the members of the page's box who had joined by the meeting's year */
    for (size_t k = 0; k < c->njoined; k++)
        if (d->start.year && c->joined[k].year <= d->start.year)
            add_participant(c, d, c->joined[k].code, NULL, SUMMIT_ROLE_MEMBER, c->joined_ev);
}

/* --- topics -------------------------------------------------------------- */

/* Where a topic list starts after a trigger at token i, or 0. */
static size_t topic_trigger(const ex_text *t, size_t i)
{
    if (ex_is(t, i, "to") && ex_is(t, i + 1, "discuss"))
        return i + 2;
    if (ex_is(t, i, "discussed") || ex_is(t, i, "discussing") || ex_is(t, i, "explored"))
        return i + 1;
    /* "Sessions covered public-sector IT procurement, digital trust, ..." */
    static const char *const sessions[] = { "sessions", "session", "discussion", "discussions",
                                            "talks", "agenda", "programme", "program", NULL };
    if (ex_is(t, i, "covered") && i > 0 && ex_in_list(t, i - 1, sessions))
        return i + 1;
    /* "The Tallinn agenda, which Helena helped to shape, covered ..." */
    if (ex_is(t, i, "covered") && i > 2 && ex_is_punct(t, i - 1, ',')) {
        size_t k = i - 2;
        while (k > 0 && i - k < 16 && !ex_is_punct(t, k, ','))
            k--;
        if (ex_is_punct(t, k, ',') && k > 0 && ex_in_list(t, k - 1, sessions) &&
            (ex_is(t, k + 1, "which") || ex_is(t, k + 1, "that")))
            return i + 1;
    }
    if ((ex_is(t, i, "discussions") || ex_is(t, i, "discussion") || ex_is(t, i, "talks") ||
         ex_is(t, i, "sessions") || ex_is(t, i, "focused") || ex_is(t, i, "focusing")) &&
        (ex_is(t, i + 1, "on") || ex_is(t, i + 1, "about")))
        return i + 2;
    /* (a "Topics:" line of its own is label_topics()'s) */
    /* (a "Topics:" line of its own is label_topics()'s, one that starts a
     * sentence inside a line inline_label_topics()'s) */
    if (ex_is(t, i, "topics") &&
        (ex_is(t, i + 1, "included") || ex_is(t, i + 1, "including") ||
         (ex_is_punct(t, i + 1, ':') && ex_line_of(t, i)->toks.first != i &&
          !ex_is_sentence_end(t, i - 1))))
        return i + 2;
    if (ex_is(t, i, "topics") && ex_is(t, i + 1, "such") && ex_is(t, i + 2, "as"))
        return i + 3;
    /* "On the table: COVID-19 response, digital identity, AI and ..." (a
     * sentence's opening; not a title's "Data on the Table: Montevideo") */
    if (ex_is(t, i, "on") && ex_is(t, i + 1, "the") && ex_is(t, i + 2, "table") &&
        ex_is_punct(t, i + 3, ':') && ex_sentence_of(t, i).first == i)
        return i + 4;
    /* "The agenda included digital identity, open data and AI" */
    static const char *const includes[] = { "included", "includes", "include", "including",
                                            NULL };
    static const char *const plans[] = { "agenda", "programme", "program", NULL };
    if (ex_in_list(t, i, includes) && i > 0 && ex_in_list(t, i - 1, plans))
        return i + 1;
    return 0;
}

/* A byte of a topic: as written in an acronym, else lower case. */
static char lowered(char ch, bool acronym)
{
    if (acronym)
        return ch;
    return ex_ascii_lower(ch);
}

/* Appends value (with its evidence) to list unless it is there already;
 * the caller checked there is room. Returns whether it was added. */
static bool add_found(ex_found *list, size_t *n, const char *value, ex_span ev)
{
    for (size_t z = 0; z < *n; z++)
        if (strcmp(list[z].s, value) == 0)
            return false;
    list[*n].s = value;
    list[*n].ev = ev;
    ++*n;
    return true;
}

/* A pictograph or emoji ("AI 🤖", "data 📊"): decoration, not words. */
static bool pictograph(const ex_text *t, size_t i)
{
    return t->tok[i].kind == TOK_PUNCT && (t->tok[i].ch >= 0x2190 || t->tok[i].ch == 0xFE0F);
}

/* Words in tokens [a, b): a hyphenated word ("COVID-19", "Digital-5")
 * counts once, an emoji not at all. */
static size_t units(const ex_text *t, size_t a, size_t b)
{
    size_t n = 0;
    for (size_t k = a; k < b; k++)
        n += (k == a || t->tok[k].space_before) && !pictograph(t, k);
    return n;
}

/* A topic from tokens [a, b) without emoji at either end: words
 * lower-cased except acronyms ("AI"). */
static const char *topic_string(ex_ctx *c, size_t a, size_t b)
{
    const ex_text *t = c->t;
    char buf[256];
    size_t n = 0;
    /* (a data file's list: "topics: [COVID-19 response, ...]") */
    while (a < b && (pictograph(t, a) || ex_is_punct(t, a, '[')))
        a++;
    while (b > a && (pictograph(t, b - 1) || ex_is_punct(t, b - 1, ']')))
        b--;
    /* an item in capitals ("SERVICE DESIGN BASED ON USER NEEDS"): only its
     * short words can be acronyms ("IT", "AI"), and not "ON" or "AND" */
    static const char *const small_words[] = { "on", "of", "and", "the", "for", "to", "in",
                                               "by", "at", "or", "a", "an", NULL };
    bool capitals = units(t, a, b) >= 2; /* (one word alone may be "COVID-19") */
    for (size_t k = a; k < b && capitals; k++)
        for (size_t q = 0; q < t->tok[k].len; q++)
            capitals &= !(t->buf[t->tok[k].off + q] >= 'a' && t->buf[t->tok[k].off + q] <= 'z');
    for (size_t k = a; k < b; k++) {
        const ex_token *tk = &t->tok[k];
        if (n + tk->len + 2 >= sizeof buf)
            return NULL;
        if (n > 0 && tk->space_before)
            buf[n++] = ' ';
        const char *s = t->buf + tk->off;
        bool acronym = tk->len >= 2 &&
                       (!capitals || (tk->len <= 3 && !ex_in_list(t, k, small_words)));
        for (size_t q = 0; q < tk->len; q++)
            acronym &= !((s[q] >= 'a' && s[q] <= 'z'));
        for (size_t q = 0; q < tk->len; q++)
            buf[n++] = lowered(s[q], acronym);
    }
    buf[n] = '\0';
    return n ? ex_str_dup(c, buf) : NULL;
}

/* The token where the word after the one at a starts. */
static size_t next_unit(const ex_text *t, size_t a, size_t b)
{
    size_t k = a + 1;
    while (k < b && !t->tok[k].space_before)
        k++;
    return k;
}

static void add_topic(ex_ctx *c, ex_draft *d, const char *topic, ex_span ev)
{
    (void)c;
    if (!topic || d->ntopics == EX_MAX_TOPICS)
        return;
    for (size_t z = 0; z < d->ntopics; z++)
        if (strcmp(d->topics[z].s, topic) == 0)
            return;
    d->topics[d->ntopics].s = topic;
    d->topics[d->ntopics].ev = ev;
    d->ntopics++;
}

/* Where a line's item starts after an enumerator ("(A)", "b)", "(2)",
 * "3." or "iv."); the line's first token if it has none. */
static size_t past_enumerator(const ex_text *t, const ex_line *l)
{
    size_t i = l->toks.first, k = i + ex_is_punct(t, i, '(');
    bool small = k < l->toks.end && (t->tok[k].kind == TOK_NUM ||
                                     (t->tok[k].kind == TOK_WORD && t->tok[k].len <= 3));
    if (!small || k + 2 > l->toks.end)
        return i;
    if (ex_is_punct(t, k + 1, ')') || (k == i && ex_is_punct(t, k + 1, '.')))
        return k + 2;
    return i;
}

/* A "Themes: Digital trust · Service design · IT talent" or "Topics:"
 * line: one topic per item. */
static void label_topics(ex_ctx *c, ex_draft *d)
{
    const ex_text *t = c->t;
    static const char *const labels[] = { "themes", "topics", "subjects", "temas", "issues",
                                          "discussions", NULL };
    if (d->section.first >= d->section.end)
        return;
    uint32_t first = t->tok[d->section.first].line, last = t->tok[d->section.end - 1].line;
    for (uint32_t no = first; no <= last; no++) {
        const ex_line *l = &t->lines[no - 1];
        ex_span label;
        ex_span body = ex_line_body(t, l, &label);
        /* an "Agenda highlights" / "Topics" heading line over bullets */
        static const char *const agenda[] = { "agenda", "topics", "themes", NULL };
        /* (not a "topics: open data" field over another: its value is one) */
        bool heading = l->toks.first < l->toks.end && l->toks.end - l->toks.first <= 4 &&
                       label.first == label.end && ex_span_has(t, l->toks, agenda) && no < last &&
                       ex_line_body(t, &t->lines[no], NULL).first > t->lines[no].toks.first;
        if (l->toks.first < l->toks.end &&
            ((ex_is_punct(t, l->toks.end - 1, ':') && ex_span_has(t, l->toks, labels)) || heading)) {
            /* "... organised around four topics:" and a bullet per topic */
            uint32_t k = no + 1;
            if (k <= last && ex_line_blank(&t->lines[k - 1]))
                k++;
            for (; k <= last && d->ntopics < EX_MAX_TOPICS; k++) {
                const ex_line *bl = &t->lines[k - 1];
                ex_span bb = ex_line_body(t, bl, NULL);
                if (bb.first == bl->toks.first && !ex_line_blank(bl)) {
                    /* "(A) PUBLIC-SECTOR IT PROCUREMENT;" */
                    bb.first = past_enumerator(t, bl);
                    while (bb.end > bb.first &&
                           (ex_is_punct(t, bb.end - 1, ';') || ex_is_punct(t, bb.end - 1, ',') ||
                            ex_is(t, bb.end - 1, "and")))
                        bb.end--;
                }
                if (ex_line_blank(bl) || bb.first == bl->toks.first || bb.first >= bb.end ||
                    units(t, bb.first, bb.end) > 8)
                    break;
                if (ex_is(t, bb.first, "the") && bb.first + 1 < bb.end)
                    bb.first++; /* "The green digital transition" */
                add_topic(c, d, topic_string(c, bb.first, bb.end), bl->toks);
            }
            no = k - 1;
            continue;
        }
        if (label.first == label.end || !ex_in_list(t, label.end - 1, labels))
            continue;
        size_t a = body.first;
        for (size_t k = body.first; k <= body.end && d->ntopics < EX_MAX_TOPICS; k++) {
            if (k < body.end && !ex_is_punct(t, k, 0xB7) && !ex_is_punct(t, k, ',') &&
                !ex_is_punct(t, k, ';') && !ex_is_punct(t, k, '|') && !ex_is_punct(t, k, 0x2022))
                continue;
            if (k > a && units(t, a, k) <= 8)
                add_topic(c, d, topic_string(c, a, k), l->toks);
            a = k + 1;
        }
    }
}

/* "... (non-binding, five years). Themes: Open markets; Teaching children
 * to code.", "Programme themes are: ...". A label that starts a sentence
 * inside a line: its items run to the sentence's full stop, across line
 * breaks, split at ";", ",", "·" and "and" (a ";" here separates items; it
 * does not end the sentence). */
static void inline_label_topics(ex_ctx *c, ex_draft *d)
{
    const ex_text *t = c->t;
    static const char *const labels[] = { "themes", "topics", NULL };
    for (size_t i = d->section.first + 2; i + 3 < d->section.end; i++) {
        /* ("Programme themes are: ...": a word before, a verb after) */
        size_t colon = i + 1 + (ex_is(t, i + 1, "are") || ex_is(t, i + 1, "were"));
        size_t opens = i - (t->tok[i - 1].kind == TOK_WORD && t->tok[i - 1].upper &&
                            !t->tok[i].upper);
        if (!ex_in_list(t, i, labels) || !ex_is_punct(t, colon, ':') ||
            ex_line_of(t, opens)->toks.first == opens || !ex_is_sentence_end(t, opens - 1))
            continue;
        size_t a = colon + 1, k = a;
        for (; k < d->section.end && d->ntopics < EX_MAX_TOPICS; k++) {
            bool end = ex_is_punct(t, k, '.') || ex_is_punct(t, k, '!') || ex_is_punct(t, k, '?') ||
                       ex_paragraph_start(t, k) || k - i > 80;
            if (!end && !ex_is_punct(t, k, ';') && !ex_is_punct(t, k, ',') &&
                !ex_is_punct(t, k, 0xB7) && !ex_is(t, k, "and"))
                continue;
            if (ex_is(t, a, "the") && a + 1 < k)
                a++;
            const char *topic = k > a && units(t, a, k) <= 6 ? topic_string(c, a, k) : NULL;
            if (topic)
                add_found(d->topics, &d->ntopics, topic, ex_sentence_of(t, i));
            a = k + 1;
            if (end)
                break;
        }
        i = k;
    }
}

/* A list item that names a session rather than a subject: "a meeting of
 * CIOs", "updates from each country", "an expert discussion on the future
 * of AI". Moves a to the subject after "on"/"about" ("the future of AI")
 * and returns true, or to b when there is none: the item is no topic. */
static bool session_item(const ex_text *t, size_t *a, size_t b)
{
    static const char *const sessions[] = {
        "meeting", "meetings", "session", "sessions", "discussion", "discussions", "debate",
        "panel", "workshop", "workshops", "roundtable", "briefing", "presentation",
        "presentations", "update", "updates", "dinner", "lunch", "reception", "visit", "tour",
        "keynote", NULL
    };
    static const char *const articles[] = { "a", "an", "the", NULL };
    size_t k = *a;
    if (ex_in_list(t, k, articles))
        k++;
    /* (up to two words before it: "an expert discussion", "a working dinner") */
    for (size_t w = 0; w < 3 && k < b; w++, k++) {
        if (!ex_in_list(t, k, sessions))
            continue;
        if (ex_is(t, k + 1, "on") || ex_is(t, k + 1, "about")) {
            *a = k + 2;
            if (ex_in_list(t, *a, articles))
                ++*a;
            return true;
        }
        *a = b;
        return false;
    }
    return false;
}

void ex_find_topics(ex_ctx *c, ex_draft *d)
{
    const ex_text *t = c->t;
    static const char *const lead[] = { "the", "a", "an", "their", "its", "ways", "issues",
                                        "such", "as", "well", "including", "like", "new", "on", "about",
                                        NULL };
    /* "how governments used digital tools to ..." is a clause, not a topic */
    static const char *const vague[] = { "other", "more", "many", "various", "several", "related",
                                         "etc", "how", "whether", "why", "what", "which", "who",
                                         "whose", "that", "each", "every", NULL };
    label_topics(c, d);
    inline_label_topics(c, d);
    for (size_t i = d->section.first; i < d->section.end; i++) {
        size_t k = topic_trigger(t, i);
        if (!k || ex_flag(c, i, EX_S_FOREIGN))
            continue;
        ex_span s = ex_sentence_of(t, i);
        size_t a[12], b[12], n = 0, start = k;
        bool colon = false; /* the list starts after a colon: its first item is whole */
        for (size_t j = k; j <= s.end && n < 12; j++) {
            /* "focused on three themes: A, B and C": the list follows */
            if (n == 0 && j < s.end && j - start <= 4 && ex_is_punct(t, j, ':')) {
                start = j + 1;
                colon = true;
                continue;
            }
            /* a list ends within 200 tokens: a long run of triggers in one
             * endless sentence must not be rescanned from each of them */
            bool stop = j == s.end || j - k > 200 || ex_is_sentence_end(t, j) ||
                        ex_is_punct(t, j, ':');
            if (stop || ex_is_punct(t, j, ',') || ex_is(t, j, "and") || ex_is(t, j, "or")) {
                size_t x = start;
                while (x < j && (ex_in_list(t, x, lead) || ex_is(t, x, "and")))
                    x++;
                if (x < j) {
                    a[n] = x;
                    b[n] = j;
                    n++;
                }
                start = j + 1;
            }
            if (stop)
                break;
        }
        if (n < 2)
            continue;
        bool subject[12]; /* the item is the subject of a session: whole */
        for (size_t q = 0; q < n; q++)
            subject[q] = session_item(t, &a[q], b[q]);
        /* list items are about as long as the inner ones: the first item
         * may carry words of the sentence before it ("the opportunities
         * artificial intelligence"), the last the words after it */
        size_t typical = 0;
        for (size_t q = 1; q + 1 < n; q++)
            if (units(t, a[q], b[q]) > typical)
                typical = units(t, a[q], b[q]);
        if (typical == 0) /* (no inner item, or only sessions) */
            typical = 3;
        bool clause0 = ex_in_list(t, a[0], vague);
        /* "focused on the potential of data to build a more sustainable and
         * resilient society": two items, the first a long clause, are one
         * phrase joined by "and", not a list of topics */
        if (n == 2 && units(t, a[0], b[0]) > typical + 2)
            continue;
        /* (but not into a phrase: "the response to COVID-19" stays whole) */
        static const char *const joins[] = { "to", "of", "for", "in", "on", "with", "by", "from",
                                             "at", NULL };
        size_t whole = a[0];
        while (!colon && !subject[0] && units(t, a[0], b[0]) > typical)
            a[0] = next_unit(t, a[0], b[0]);
        if (a[0] > whole && ex_in_list(t, a[0], joins))
            a[0] = whole;
        for (size_t q = 0; q < n && d->ntopics < EX_MAX_TOPICS; q++) {
            size_t u = units(t, a[q], b[q]);
            /* (an inner item, between commas, is one whatever its length:
             * "service design based on user needs") */
            bool inner = q > 0 && q + 1 < n;
            if (a[q] == b[q] || ex_in_list(t, a[q], vague) || (q == 0 && clause0) ||
                (u > typical + 1 && !(q == 0 && colon) && !subject[q]) ||
                u > (inner || subject[q] ? 8 : 5))
                continue;
            const char *topic = topic_string(c, a[q], b[q]);
            if (!topic)
                continue;
            add_found(d->topics, &d->ntopics, topic, s);
        }
        i = s.end - 1;
    }
}

/* --- commitments ------------------------------------------------------------ */

/* Where a commitment starts after a trigger at token i ("committed to",
 * "agreed to", "their commitment to"), or 0. */
static size_t commitment_trigger(const ex_text *t, size_t i)
{
    static const char *const verbs[] = { "committed", "commit", "commits", "agreed", "agree",
                                         "agrees", "pledged", "pledge", "pledges", "undertook",
                                         "resolved", "vowed", NULL };
    if (ex_in_list(t, i, verbs) && ex_is(t, i + 1, "to"))
        return i + 2;
    if (ex_is(t, i, "commitment") && ex_is(t, i + 1, "to") && i > 0 &&
        (ex_is(t, i - 1, "their") || ex_is(t, i - 1, "its") || ex_is(t, i - 1, "our") ||
         ex_is(t, i - 1, "joint") || ex_is(t, i - 1, "shared")))
        return i + 2;
    return 0;
}

/* A word in "-ed" ("welcomed", "agreed")? */
static bool past_tense(const ex_text *t, size_t i)
{
    if (i >= t->ntok || t->tok[i].kind != TOK_WORD || t->tok[i].len < 4)
        return false;
    const char *w = t->buf + t->tok[i].off + t->tok[i].len - 2;
    return w[0] == 'e' && w[1] == 'd';
}

/* "Ministers also launched a new working group", "the members approved
 * the 'purpose and work plan' of ...": what the meeting set up, when its
 * subject is the meeting's people. At token i, the verb's base form
 * ("Launch"), and in *from the token after the verb; else NULL. */
static const char *outcome_verb(const ex_text *t, size_t i, size_t floor, size_t *from)
{
    static const struct {
        const char *past, *base;
    } verbs[] = { { "launched", "Launch" },       { "established", "Establish" },
                  { "created", "Create" },        { "approved", "Approve" },
                  { "adopted", "Adopt" },         { "endorsed", "Endorse" } };
    static const char *const subjects[] = { "ministers", "members", "leaders", "delegates",
                                            "governments", "group", "they", "we", "nations",
                                            "countries", NULL };
    const char *base = NULL;
    size_t next = i + 1;
    for (size_t v = 0; v < sizeof verbs / sizeof verbs[0] && !base; v++)
        if (ex_is(t, i, verbs[v].past))
            base = verbs[v].base;
    if (!base && ex_is(t, i, "set") && ex_is(t, i + 1, "up")) {
        base = "Set up";
        next = i + 2;
    }
    if (!base)
        return NULL;
    size_t j = i;
    if (j > floor && ex_is(t, j - 1, "also"))
        j--;
    if (j == floor || !ex_in_list(t, j - 1, subjects))
        return NULL;
    /* an object follows: not "group launched</title>", "approved to ...",
     * "the group launched in 2014" */
    static const char *const no_object[] = { "to", "in", "on", "at", "as", "with", "from", "by",
                                             "during", "after", "before", "last", "this",
                                             "yesterday", "today", "earlier", NULL };
    uint32_t close;
    /* ("Declaration of Digital-5 Governments adopted unanimously on ...":
     * an adverb, and still no object) */
    size_t object = next;
    if (object < t->ntok && t->tok[object].kind == TOK_WORD && t->tok[object].len > 4 &&
        !t->tok[object].upper && /* ("launched Italy's ...": a name, not an adverb) */
        memcmp(t->buf + t->tok[object].off + t->tok[object].len - 2, "ly", 2) == 0)
        object++;
    if (object >= t->ntok || ex_in_list(t, object, no_object) ||
        !(t->tok[object].kind == TOK_WORD || ex_is_open_quote(t, object, &close)))
        return NULL;
    /* a meeting's own business: "ADOPTED the agenda", "APPROVED the minutes" */
    static const char *const business[] = { "agenda", "minutes", "order", NULL };
    if (ex_in_list(t, skip_the(t, next), business))
        return NULL;
    *from = next;
    return base;
}

/* Does what the meeting set up end before token e: "..., and welcomed
 * Denmark", "and approved the", an emoji of a post ("... security 🔐 ✅")? */
static bool outcome_ends(const ex_text *t, size_t e)
{
    if (t->tok[e].kind == TOK_PUNCT && t->tok[e].ch >= 0x2190 && !ex_is_dash(t, e))
        return true;
    bool comma = ex_is_punct(t, e, ',');
    size_t a = comma ? e + 1 : e;
    if (!ex_is(t, a, "and") || !past_tense(t, a + 1) || a + 2 >= t->ntok)
        return false;
    /* (without a comma, "a new and improved framework" goes on) */
    return comma || (t->tok[a + 2].kind == TOK_WORD && t->tok[a + 2].upper) ||
           ex_is(t, a + 2, "the") ||
           ex_is(t, a + 2, "a") || ex_is(t, a + 2, "an") || ex_is(t, a + 2, "its") ||
           ex_is(t, a + 2, "their");
}

/* Does a promise end before token e, where ", and" opens what its
 * subject did next: "agreed to run joint research, and reached consensus
 * on ..."? Only verbs of a meeting's report: "and related guidance" goes on. */
static bool promise_ends(const ex_text *t, size_t e)
{
    static const char *const reported[] = { "reached", "welcomed", "discussed", "signed",
                                            "noted", "launched", "endorsed", "approved",
                                            "adopted", "announced", "reaffirmed", "recognised",
                                            "recognized", "acknowledged", "expressed",
                                            "exchanged", "reviewed", "heard", "highlighted",
                                            "decided", NULL };
    return ex_is_punct(t, e, ',') && ex_is(t, e + 1, "and") && ex_in_list(t, e + 2, reported);
}

/* The commitment's text from token k to e: its first letter in capitals
 * after a base verb (may be NULL), a full stop at its end. */
static void add_commitment(ex_ctx *c, ex_draft *d, const char *verb, size_t k, size_t e, ex_span s)
{
    const ex_text *t = c->t;
    size_t off, end;
    ex_span_bytes(t, (ex_span){ k, e }, &off, &end);
    while (end > off && (t->buf[end - 1] == ',' || t->buf[end - 1] == ' '))
        end--;
    if (end - off > 2000)
        return;
    char buf[2048 + 16];
    size_t n = verb ? (size_t)snprintf(buf, 16, "%s ", verb) : 0;
    memcpy(buf + n, t->buf + off, end - off);
    buf[n + end - off] = '\0';
    /* one line, one space between words: a wrapped line's indent goes, and
     * so does a space left before a comma by emphasis ("**open data**,") */
    size_t w = 0;
    for (size_t r = 0; buf[r]; r++) {
        char ch = buf[r];
        if (ch == '\n')
            ch = ' ';
        if ((ch == ',' || ch == ';') && w && buf[w - 1] == ' ')
            w--;
        if (!(ch == ' ' && w && buf[w - 1] == ' '))
            buf[w++] = ch;
    }
    buf[w] = '\0';
    if (buf[0] >= 'a' && buf[0] <= 'z')
        buf[0] = (char)(buf[0] - 'a' + 'A');
    strcat(buf, ".");
    const char *text = ex_str_dup(c, buf);
    if (text)
        add_found(d->commitments, &d->ncommitments, text, s);
}

/* Does the outcome name the next meeting's host: "Korea will host and
 * chair the N5 in 2016", "Estonia announced as host for 2015"? */
static bool next_host(const ex_text *t, size_t k, size_t e, const ex_draft *d)
{
    static const char *const host[] = { "host", "chair", "hosts", "chairs", NULL };
    for (size_t i = k; i + 1 < e; i++)
        if (ex_is(t, i, "will") && ex_in_list(t, i + 1, host))
            return true;
    return ex_span_has(t, (ex_span){ k, e }, host) && other_year_in(t, (ex_span){ k, e }, d);
}

/* "UK and Estonia launched the TechLink platform": an outcome two
 * countries (tokens k.. name them) reached between them, not the group's. */
static bool bilateral(ex_ctx *c, size_t k, size_t e)
{
    const ex_text *t = c->t;
    ex_country_hit a, b;
    k = skip_the(t, k);
    if (k >= e || !ex_country_at(t, c->countries, k, true, &a) || a.toks.end >= e ||
        !ex_is(t, a.toks.end, "and"))
        return false;
    size_t j = skip_the(t, a.toks.end + 1);
    return j < e && ex_country_at(t, c->countries, j, true, &b) && b.toks.end < e &&
           t->tok[b.toks.end].kind == TOK_WORD && !ex_is(t, b.toks.end, "and") &&
           strcmp(a.code, b.code) != 0;
}

/* "(committed to) host the 2019 summit": a promise to hold a meeting,
 * made at an earlier one, is no outcome of it. */
static bool hosts_a_meeting(const ex_text *t, size_t k, size_t e)
{
    static const char *const host[] = { "host", "hosting", "hold", "holding", "organise",
                                        "organize", NULL };
    if (!ex_in_list(t, k, host))
        return false;
    /* (or a year's: "committed to host 2019") */
    for (size_t i = k + 1; i < e && i < k + 5; i++)
        if (ex_in_list(t, i, meeting_nouns) || (i < k + 3 && ex_year(t, i)))
            return true;
    return false;
}

/* Is token i in a commitment already told whole (a data file's
 * "outcomes:" item, "- Members ... agreed to run joint research")? */
static bool told_commitment(const ex_draft *d, size_t i)
{
    for (size_t k = 0; k < d->ncommitments; k++)
        if (i >= d->commitments[k].ev.first && i < d->commitments[k].ev.end)
            return true;
    return false;
}

/* "What the members agreed in Tallinn:" over bullets ("* to share
 * policies ...;", "* that Korea will host ..."): each item is a promise,
 * but for one of hosting a meeting. */
static void agreed_items(ex_ctx *c, ex_draft *d)
{
    const ex_text *t = c->t;
    static const char *const agreed[] = { "agreed", "committed", "decided", "pledged", NULL };
    uint32_t first = t->tok[d->section.first].line, last = t->tok[d->section.end - 1].line;
    for (uint32_t no = first; no < last; no++) {
        const ex_line *l = &t->lines[no - 1];
        if (l->toks.first == l->toks.end || !ex_is_punct(t, l->toks.end - 1, ':') ||
            ex_flag(c, l->toks.first, EX_S_FOREIGN))
            continue;
        /* (the sentence the colon ends, perhaps wrapped from lines above) */
        ex_span s = ex_sentence_of(t, l->toks.end - 1);
        if (s.end - s.first > 60 || !ex_span_has(t, s, agreed))
            continue;
        uint32_t k = no + 1;
        if (k <= last && ex_line_blank(&t->lines[k - 1]))
            k++;
        for (; k <= last && d->ncommitments < EX_MAX_COMMITMENTS; k++) {
            const ex_line *m = &t->lines[k - 1];
            ex_span b = ex_line_body(t, m, NULL);
            if (ex_line_blank(m) || b.first == m->toks.first || b.first >= b.end)
                break;
            if (ex_is(t, b.first, "to") || ex_is(t, b.first, "that"))
                b.first++;
            size_t e = b.end; /* (a wrapped item goes on over the next lines) */
            while (k < last && !ex_line_blank(m + 1) &&
                   ex_line_body(t, m + 1, NULL).first == m[1].toks.first) {
                m++;
                k++;
                e = m->toks.end;
            }
            while (e > b.first && (ex_is_punct(t, e - 1, ';') || ex_is_punct(t, e - 1, '.') ||
                                   ex_is_punct(t, e - 1, ',')))
                e--;
            if (e > b.first + 1 && !hosts_a_meeting(t, b.first, e) && !next_host(t, b.first, e, d))
                add_commitment(c, d, NULL, b.first, e, (ex_span){ l->toks.first, m->toks.end });
        }
        no = k - 1;
    }
}

/* Is the line of sentence s under a recommendation put to someone ("It
 * is recommended that the Minister: ... b. agree to welcome Canada ..."):
 * "recommend(ed,s) that" on it or on a line of the block of lines above
 * it? An ask, not what the meeting agreed. (The answer is the line's: the
 * caller asks once a line.) */
static bool recommended(const ex_text *t, ex_span s)
{
    const ex_line *l = ex_line_of(t, s.first);
    for (int n = 0; n < 10 && !ex_line_blank(l); n++) {
        /* (a line's first 200 tokens: a long line costs no more) */
        for (size_t k = l->toks.first; k + 1 < l->toks.end && k < l->toks.first + 200; k++)
            if ((ex_is(t, k, "recommended") || ex_is(t, k, "recommend") ||
                 ex_is(t, k, "recommends")) && ex_is(t, k + 1, "that"))
                return true;
        if (l->no == 1)
            break;
        l--;
    }
    return false;
}

void ex_find_commitments(ex_ctx *c, ex_draft *d)
{
    const ex_text *t = c->t;
    agreed_items(c, d);
    uint32_t checked = 0; /* the line last read for an ask, and its answer */
    bool asked = false;
    for (size_t i = d->section.first;
         i < d->section.end && d->ncommitments < EX_MAX_COMMITMENTS; i++) {
        if (ex_flag(c, i, EX_S_FOREIGN) || (t->yaml && told_commitment(d, i)))
            continue;
        ex_span s = ex_sentence_of(t, i);
        if (t->tok[s.first].line != checked) {
            checked = t->tok[s.first].line;
            asked = recommended(t, s);
        }
        if (asked) {
            i = s.end - 1;
            continue;
        }
        size_t k = commitment_trigger(t, i);
        const char *verb = NULL;
        if (!k && ((verb = outcome_verb(t, i, s.first, &k)) == NULL ||
                   other_year_in(t, clause_of(t, i), d)))
            continue;
        /* to the sentence's end or the next trigger ("adopted X and agreed
         * to Y": no "and" at the end) */
        size_t e = k;
        while (e < s.end && !commitment_trigger(t, e) && !ex_is_sentence_end(t, e) &&
               !(verb ? outcome_ends(t, e) : promise_ends(t, e)))
            e++;
        while (e > k && ex_is(t, e - 1, "and"))
            e--;
        if (e - k < 2 || hosts_a_meeting(t, k, e) || bilateral(c, clause_of(t, i).first, i + 1))
            continue;
        add_commitment(c, d, verb, k, e, s);
        i = e - 1;
    }
}

static int32_t media_kind(const ex_text *t, const ex_line *l);
static bool results_heading(const ex_text *t, const ex_line *l);
static bool taken_elsewhere(const ex_ctx *c, const ex_draft *d, ex_span caption);

/* --- documents ------------------------------------------------------------- */

/* Adds a document unless one of its kind and title is there already
 * (the caller checks there is room). */
/* Does title a begin with title b, but for case, spaces and signs ("Data
 * 360° Declaration" and "Data 360 declaration"; "Busan Declaration of
 * Digital-5 Governments" and "Busan Declaration")? */
static bool same_title(const char *a, const char *b)
{
    bool matched = false;
    for (;;) {
        while (*a && !isalnum((unsigned char)*a) && (unsigned char)*a < 0x80)
            a++;
        while (*b && !isalnum((unsigned char)*b) && (unsigned char)*b < 0x80)
            b++;
        if (!*a || !*b)
            break;
        /* (bytes of UTF-8 that are no letter, "°", are skipped as a pair) */
        if ((unsigned char)*a == 0xC2 && a[1]) {
            a += 2;
            continue;
        }
        if ((unsigned char)*b == 0xC2 && b[1]) {
            b += 2;
            continue;
        }
        if (tolower((unsigned char)*a) != tolower((unsigned char)*b))
            return false;
        a++;
        b++;
        matched = true;
    }
    /* b is done: a ends too, or goes on after a word's end */
    return matched && !*b && (!*a || !isalnum((unsigned char)a[-1]) || !isalnum((unsigned char)*a));
}

/* Is title b title a with its first words abbreviated to their initials
 * ("DN Charter" of "Digital Nations Charter")? */
static bool abbreviated(const char *a, const char *b)
{
    const char *rest = strchr(b, ' ');
    if (!rest)
        return false;
    size_t n = strlen(rest);
    size_t la = strlen(a);
    if (la <= n || strcmp(a + la - n, rest) != 0)
        return false;
    char name[128], initials[16];
    if (la - n >= sizeof name || (size_t)(rest - b) >= sizeof initials)
        return false;
    memcpy(name, a, la - n);
    name[la - n] = '\0';
    memcpy(initials, b, (size_t)(rest - b));
    initials[rest - b] = '\0';
    return initials_of(name, initials);
}

/* Does sentence s tell of a document made before the time it tells ("...
 * representatives of the nine governments had signed the charter"), in
 * the past perfect, without the record's year? */
static bool told_as_earlier(const ex_text *t, ex_span s, const ex_draft *d)
{
    static const char *const made[] = { "signed", "adopted", "endorsed", "approved", "agreed",
                                        "published", "launched", NULL };
    for (size_t k = s.first; k + 1 < s.end && k < s.first + 200; k++)
        if (d->start.year && ex_year(t, k) == d->start.year)
            return false;
    for (size_t k = s.first; k + 1 < s.end && k < s.first + 200; k++)
        if (ex_is(t, k, "had") && ex_in_list(t, k + 1, made))
            return true;
    return false;
}

/* The name a document of the kind word at token i has in the five
 * sentences before sentence s ("the Digital Nations Data 360°
 * Declaration"), or NULL: the same document, now told without it. */
static const char *named_just_before(ex_ctx *c, const ex_draft *d, int32_t kind, ex_span s,
                                     size_t i)
{
    const ex_text *t = c->t;
    for (size_t k = 0; k < d->ndocuments; k++)
        if (d->documents[k].kind == kind)
            return NULL; /* (one of its kind is told already: the same, perhaps) */
    size_t from = s.first;
    for (int n = 0; n < 5 && from > d->section.first; n++)
        from = ex_sentence_of(t, from - 1).first;
    for (size_t k = s.first; k-- > from;) {
        if (!is_upper_word(t, k) || t->tok[k].len != t->tok[i].len ||
            ex_ascii_lower(t->buf[t->tok[k].off]) != ex_ascii_lower(t->buf[t->tok[i].off]) ||
            memcmp(t->buf + t->tok[k].off + 1, t->buf + t->tok[i].off + 1, t->tok[k].len - 1) != 0)
            continue;
        /* its name: the capitalised words, numbers and signs before it */
        size_t a = k;
        while (a > from && k - a < 8 && !ex_in_list(t, a - 1, series_drop) &&
               (is_upper_word(t, a - 1) || t->tok[a - 1].kind == TOK_NUM ||
                ex_is_punct(t, a - 1, 0xB0)))
            a--; /* (not "The" opening a sentence) */
        if (a == k || ex_flag(c, k, EX_S_FOREIGN | EX_S_OTHER))
            return NULL;
        return ex_str_span(c, (ex_span){ a, k + 1 });
    }
    return NULL;
}

/* Does sentence s date its document before the meeting began
 * ("published by the United Kingdom on October 29, 2020" on the record
 * of 2-4 November 2020): made before it, none of its outcomes? */
static bool dated_before(const ex_text *t, ex_span s, const ex_draft *d)
{
    if (!d->start.day)
        return false;
    bool before = false; /* (and no day of the meeting's: "..., and in Busan on
                          * 10-11 November 2016 the members adopted ...") */
    for (size_t k = s.first; k < s.end && k < s.first + 200; k++) {
        ex_date dd;
        if (!ex_date_at(t, k, &dd) || dd.impossible || !dd.start.day || !dd.year_given)
            continue;
        summit_date last = dd.end.day ? dd.end : dd.start;
        if (ex_day_number(&last) >= ex_day_number(&d->start))
            return false;
        before = true;
    }
    return before;
}

/* Does question s ask whether the document at token i was made at all:
 * "any declaration / charter signed this time?", "Was a charter signed?"
 * (not "Joint statement: do we publish today?", which has one)? */
static bool asks_whether_made(const ex_text *t, ex_span s, size_t i)
{
    static const char *const asking[] = { "any", "was", "were", "did", "is", "are", "has",
                                          "have", NULL };
    /* (the asking word opens the question: its first 200 tokens) */
    size_t end = i < s.first + 200 ? i : s.first + 200;
    return ex_is_punct(t, s.end - 1, '?') && ex_span_has(t, (ex_span){ s.first, end }, asking);
}

static void add_document(ex_draft *d, int32_t kind, bool generic, const char *title, ex_span ev)
{
    for (size_t z = 0; z < d->ndocuments; z++) {
        ex_document *had = &d->documents[z];
        if (had->kind != kind)
            continue;
        if (same_title(had->title.s, title) || abbreviated(had->title.s, title))
            return;
        if ((same_title(title, had->title.s) || abbreviated(title, had->title.s)) && !generic) {
            had->title.s = title; /* the fuller name of the same document */
            had->generic = false;
            return;
        }
    }
    ex_document *doc = &d->documents[d->ndocuments++];
    doc->generic = generic;
    doc->kind = kind;
    doc->title.s = title;
    doc->title.ev = ev;
}

/* "Ministers agreed on a common framework drafted by the AI working group,
 * the “D9 shared approach for responsible use of AI by governments”": a
 * framework named by a common noun gets the quoted title after it. */
static void quoted_frameworks(ex_ctx *c, ex_draft *d)
{
    const ex_text *t = c->t;
    /* 'Ministers agreed the "D9 shared approach for responsible use of AI
     * by governments"': a quoted title right after the verb, a document
     * by one of its nouns */
    static const char *const verbs[] = { "agreed", "adopted", "endorsed", "approved", NULL };
    static const char *const nouns[] = { "approach", "principles", "guidelines", "strategy",
                                         "roadmap", "plan", "agenda", "guide", NULL };
    for (size_t i = d->section.first; i < d->section.end && d->ndocuments < EX_MAX_DOCUMENTS; i++) {
        if (!ex_in_list(t, i, verbs) || ex_flag(c, i, EX_S_OTHER | EX_S_FOREIGN) || negated(t, i))
            continue;
        size_t q = ex_is(t, i + 1, "the") ? i + 2 : i + 1;
        size_t after;
        ex_span s = ex_sentence_of(t, i);
        const char *title = q < s.end ? quoted(c, q, s.end, &after) : NULL;
        if (!title || !ex_span_has(t, (ex_span){ q, after }, nouns))
            continue;
        add_document(d, SUMMIT_DOCUMENT_OTHER, false, title, s);
        i = after - 1;
    }
    for (size_t i = d->section.first; i < d->section.end && d->ndocuments < EX_MAX_DOCUMENTS; i++) {
        if (!ex_is(t, i, "framework") || is_upper_word(t, i) || !ex_flag(c, i, EX_S_DOCVERB) ||
            ex_flag(c, i, EX_S_OTHER | EX_S_FOREIGN))
            continue;
        ex_span s = ex_sentence_of(t, i);
        for (size_t q = i + 1; q < s.end && q <= i + 16; q++) {
            size_t after;
            const char *title = quoted(c, q, s.end, &after);
            if (!title)
                continue;
            add_document(d, SUMMIT_DOCUMENT_FRAMEWORK, false, title, s);
            i = after - 1;
            break;
        }
    }
}

/* Is token k part of a name within sentence s, which may run on over a
 * wrapped line ("the "Busan Declaration of / Digital-5 Governments"")? */
static bool name_in(const ex_text *t, size_t k, ex_span s)
{
    return k >= s.first && k < s.end && run_token(t, k, t->tok[k].line);
}

/* Is the document named at token a another name for one just named in
 * its sentence: "the Data 360° Declaration, known in Spanish as the
 * Declaración de Datos de Montevideo", "(Declaración Data 360°)", "...
 * Declaration, the Declaración de Datos"? */
static bool alias_of_previous(const ex_text *t, const ex_draft *d, int32_t kind, ex_span s,
                              size_t a)
{
    /* (and "Here we call it the Declaración de Datos; in English it is the
     * Data 360 Declaration") */
    static const char *const naming[] = { "known", "called", "aka", "como", "english",
                                          "spanish", "portuguese", "translation", NULL };
    /* (the one named just before: in this sentence, or in one a colon
     * ended, "the Data 360 Declaration (Spanish: "Declaración ...")") */
    size_t from = SIZE_MAX;
    for (size_t k = d->ndocuments; k-- > 0 && from == SIZE_MAX;)
        if (d->documents[k].kind == kind && d->documents[k].title.ev.first <= s.first &&
            s.first - d->documents[k].title.ev.first < 40)
            from = d->documents[k].title.ev.first;
    if (from == SIZE_MAX)
        return false;
    for (size_t k = a > from + 6 ? a - 6 : from; k < a; k++)
        if (ex_is_punct(t, k, '(') || ex_in_list(t, k, naming) ||
            (ex_is_punct(t, k, ',') && k + 2 >= a)) /* "..., the Declaración de Datos" */
            return true;
    return false;
}

/* The word of a block's header, a line "name:" alone ("documents:",
 * "- chair:"), or SIZE_MAX. */
static size_t block_header(const ex_text *t, const ex_line *l)
{
    size_t f = ex_line_body(t, l, NULL).first;
    return l->toks.end == f + 2 && t->tok[f].kind == TOK_WORD && ex_is_punct(t, f + 1, ':')
               ? f
               : SIZE_MAX;
}

/* Is line l a data file's document: its "title:" or "name:" under a
 * "documents:" header ("documents:" / "  - title: N5 Charter")? */
static const char *const document_headers[] = { "documents", "outcomes", "documentos", NULL };

static bool listed_document(const ex_text *t, const ex_line *l)
{
    static const char *const names[] = { "title", "name", NULL };
    ex_span label;
    ex_line_body(t, l, &label);
    if (!t->yaml || label.first == label.end || !ex_in_list(t, label.end - 1, names))
        return false;
    for (const ex_line *h = l - 1; h >= t->lines && l - h <= 4; h--) {
        size_t f = block_header(t, h);
        if (f != SIZE_MAX)
            return ex_in_list(t, f, document_headers);
    }
    return false;
}

void ex_find_documents(ex_ctx *c, ex_draft *d)
{
    const ex_text *t = c->t;
    for (size_t i = d->section.first; i < d->section.end && d->ndocuments < EX_MAX_DOCUMENTS; i++) {
        int32_t kind = 0;
        size_t kw_end = i + 1;
        const char *kind_name = NULL;
        if (ex_is(t, i, "joint") && (ex_is(t, i + 1, "statement") || ex_is(t, i + 1, "communique") ||
                                      ex_is(t, i + 1, "communiqué") || ex_is(t, i + 1, "declaration"))) {
            kind = ex_is(t, i + 1, "declaration") ? SUMMIT_DOCUMENT_DECLARATION
                                                   : SUMMIT_DOCUMENT_JOINT_STATEMENT;
            kw_end = i + 2;
            kind_name = ex_is(t, i + 1, "declaration") ? "Joint Declaration" : "Joint Statement";
        } else if (ex_is(t, i, "communique") || ex_is(t, i, "communiqué")) {
            kind = SUMMIT_DOCUMENT_JOINT_STATEMENT;
            kind_name = "Communiqué";
        } else if (ex_is(t, i, "charter") || (is_upper_word(t, i) && ex_is(t, i, "carta"))) {
            kind = SUMMIT_DOCUMENT_CHARTER; /* "la Carta del D9" (a "carta" is also a letter) */
            kind_name = "Charter";
        } else if (ex_is(t, i, "declaration") || ex_is(t, i, "declaraci\xc3\xb3n") ||
                   ex_is(t, i, "declara\xc3\xa7\xc3\xa3o")) {
            kind = SUMMIT_DOCUMENT_DECLARATION;
            kind_name = "Declaration";
        } else if (is_upper_word(t, i) && ex_is(t, i, "framework")) {
            kind = SUMMIT_DOCUMENT_FRAMEWORK;
            kind_name = "Framework";
        } else if (is_upper_word(t, i) && ex_is(t, i, "report")) {
            kind = SUMMIT_DOCUMENT_REPORT;
            kind_name = "Report";
        }
        if (!kind)
            continue;
        ex_span s = ex_sentence_of(t, i);
        const ex_line *kl = ex_line_of(t, i);
        /* an outcome in a list page's bullets needs no verb: "• Founding D5 Charter" */
        bool bullet = d->list && kl->toks.first < kl->toks.end &&
                      t->tok[kl->toks.first].kind == TOK_PUNCT &&
                      ex_line_body(t, kl, NULL).first > kl->toks.first;
        /* not the headline ("... Sign International Charter"), not a file
         * name ("D7-Charter-2018.pdf"), not another meeting's ("last year's
         * summit, when the founding members signed the D5 Charter") */
        bool compound = (i > 0 && !t->tok[i].space_before && ex_is_punct(t, i - 1, '-')) ||
                        (kw_end < t->ntok && !t->tok[kw_end].space_before &&
                         ex_is_punct(t, kw_end, '-'));
        /* a line in capitals ("LEADING DIGITAL NATIONS SIGN INTERNATIONAL
         * CHARTER IN JERUSALEM") is a headline, whatever its verb */
        size_t words = 0; /* counted up to 41: a longer line is no headline */
        for (size_t k = kl->toks.first; k < kl->toks.end && words <= 40; k++)
            words += t->tok[k].kind == TOK_WORD;
        if (words >= 3 && words <= 40 && ex_all_caps(t, kl->toks) && !t->telegram)
            continue;
        /* "... had been drafting a declaration all year, and the ministers
         * endorsed it. In English it is the Data 360 Declaration.": the name
         * of a document just told of, no verb needed */
        bool names_told = false;
        for (size_t k = 0; k < d->ndocuments && is_upper_word(t, i); k++)
            names_told |= d->documents[k].generic && d->documents[k].kind == kind &&
                          t->tok[s.first].sentence <= t->tok[d->documents[k].title.ev.first].sentence + 2;
        /* "recalling the D5 Charter signed in London in December 2014" */
        /* a data file's "documents: D5 Charter; ..." lists them */
        ex_span field_label;
        ex_line_body(t, kl, &field_label);
        bool documents_field = t->yaml && field_label.first < field_label.end &&
                               ex_in_list(t, field_label.end - 1, document_headers);
        if ((!ex_flag(c, i, EX_S_DOCVERB) && !bullet && !names_told && !documents_field &&
             !listed_document(t, kl)) ||
            negated(t, i) ||
            asks_whether_made(t, s, i) || told_as_earlier(t, s, d) || dated_before(t, s, d) ||
            taken_elsewhere(c, d, s) ||
            reference_note(t, kl) ||
            (i >= d->title.ev.first && i < d->title.ev.end) || media_kind(t, kl) || compound ||
            ex_flag(c, i, EX_S_OTHER) ||
            (!d->list && (other_year_in(t, told_clause(t, i), d) ||
                          in_paragraph_of_other_year(t, s, d))))
            continue;
        /* the name around the keyword: "the Busan Declaration of Digital-5
         * Governments", "the D9 Charter" */
        size_t a = i, b = kw_end;
        while (a > s.first && i - a < 8 && name_in(t, a - 1, s) && !ex_is(t, a - 1, "the") &&
               !ex_is(t, a - 1, "a"))
            a--;
        /* "Updated Digital Nations Charter", "Founding D5 Charter": the
         * document's name starts after such a word */
        static const char *const adjectives[] = { "updated", "revised", "new", "founding",
                                                  "amended", "renewed", "draft", "final",
                                                  "supported", NULL };
        while (a < i && (t->tok[a].kind == TOK_PUNCT || ex_in_list(t, a, adjectives)))
            a++;
        /* "a planned “Busan Communique”": a document that was not made */
        static const char *const unmade[] = { "planned", "proposed", "envisaged", "intended",
                                              NULL };
        bool unmade_doc = false;
        for (size_t k = a > s.first + 3 ? a - 3 : s.first; k < a; k++)
            unmade_doc = unmade_doc || ex_in_list(t, k, unmade);
        if (unmade_doc)
            continue;
        static const char *const of[] = { "of", "on", "for", "del", "de", "do", "da", NULL };
        size_t month_words;
        /* (not "the D9 Charter on Thursday 22 November") */
        if (is_upper_word(t, i) && ex_in_list(t, b, of) && name_in(t, b + 1, s) &&
            t->tok[b + 1].kind == TOK_WORD && ex_weekday(t, b + 1) < 0 &&
            !ex_month(t, b + 1, &month_words)) {
            b++;
            /* "Declaración de Datos de Montevideo": a small word between
             * capitalised ones goes on */
            while (b - i < 14 && (name_in(t, b, s) ||
                                  (ex_in_list(t, b, of) && name_in(t, b + 1, s) &&
                                   t->tok[b + 1].kind == TOK_WORD && t->tok[b + 1].upper)))
                b++;
        }
        /* a data file's "title:" line is the whole name: "Digital Nations
         * Charter (2020 update)" */
        if (is_upper_word(t, i) && listed_document(t, kl)) {
            ex_span label;
            ex_line_body(t, kl, &label);
            a = label.end + 1; /* (after its ':', to the line's end) */
            b = kl->toks.end;
        }
        char buf[512];
        const char *title;
        bool generic = false;
        /* "This Declaration was adopted ...", "HAVE ADOPTED the
         * following Declaration:": the document the page is */
        static const char *const own[] = { "this", "present", "following", NULL };
        bool self = a < i && ex_in_list(t, a, own);
        if (self)
            a++;
        else
            self = a == i && i > s.first && ex_in_list(t, i - 1, own);
        if (self && d->title.s && strstr(d->title.s, kind_name))
            title = d->title.s;
        /* "Joint Statement" written as a name is its title */
        else if (a < i || (is_upper_word(t, i) && b > kw_end) ||
            (kw_end == i + 2 && is_upper_word(t, i) && is_upper_word(t, i + 1))) {
            size_t off, end;
            ex_span_bytes(t, (ex_span){ a, is_upper_word(t, i) ? b : i }, &off, &end);
            if (end - off > 400)
                continue;
            if (is_upper_word(t, i))
                title = ex_str(c, off, end);
            else {
                memcpy(buf, t->buf + off, end - off);
                snprintf(buf + (end - off), sizeof buf - (end - off), " %s", kind_name);
                title = ex_str_dup(c, buf);
            }
        } else if ((title = named_just_before(c, d, kind, s, i)) != NULL) {
            /* ("The main text was the Data 360° Declaration. ... ministers
             * endorsed the declaration": the name told just before) */
        } else if (c->context_year || d->start.year) {
            generic = true;
            snprintf(buf, sizeof buf, "%d %s", (int)(d->start.year ? d->start.year : c->context_year),
                     kind_name);
            title = ex_str_dup(c, buf);
        } else {
            generic = true;
            title = ex_str_dup(c, kind_name);
        }
        if (!title)
            return;
        if (alias_of_previous(t, d, kind, s, a))
            continue;
        add_document(d, kind, generic, title, s);
        i = b - 1;
    }
    quoted_frameworks(c, d);
    /* "the D7 Charter" and later "the charter": one document, by its name */
    size_t kept = 0;
    for (size_t k = 0; k < d->ndocuments; k++) {
        bool named = false;
        for (size_t z = 0; z < d->ndocuments && d->documents[k].generic; z++)
            named |= !d->documents[z].generic && d->documents[z].kind == d->documents[k].kind;
        if (!named)
            d->documents[kept++] = d->documents[k];
    }
    d->ndocuments = kept;
}


/* --- media ----------------------------------------------------------------- */

/* The file name of a media line: the line without a label ("Archivo:",
 * "[Image: ...]"); after a spaced dash only the name itself ("Download: D7
 * Charter (PDF, 312 KB) — D7-Charter-2018.pdf"), *lead then gets the text
 * before the dash. */
static const char *const photo_types[] = { "jpg", "jpeg", "png", "gif", "webp", "tif", "tiff",
                                            NULL };
static const char *const video_types[] = { "mp4", "mov", "webm", "avi", "mkv", NULL };
static const char *const document_types[] = { "pdf", "doc", "docx", "odt", NULL };

/* Does a file's extension end at token k ("photo" "." "jpg")? */
static bool extension_at(const ex_text *t, size_t k)
{
    return k >= 2 && ex_is_punct(t, k - 1, '.') && !t->tok[k - 1].space_before &&
           !t->tok[k].space_before &&
           (ex_in_list(t, k, photo_types) || ex_in_list(t, k, video_types) ||
            ex_in_list(t, k, document_types));
}

static ex_span media_file(const ex_text *t, const ex_line *l, ex_span *lead, ex_span *trail)
{
    ex_span label;
    ex_span b = ex_line_body(t, l, &label);
    /* '* Family photo: "N5 - Family Photo - Day 3.jpg". Caption: ...': a
     * file named in quotes, *trail its "Caption:" (the words before, the
     * label, are no caption) */
    for (size_t k = l->toks.first; k + 3 < l->toks.end && k < l->toks.first + 12; k++) {
        uint32_t close;
        if (!ex_is_open_quote(t, k, &close))
            continue;
        size_t e = k + 1;
        while (e < l->toks.end && e < k + 40 && !ex_is_punct(t, e, close))
            e++;
        if (e >= l->toks.end || !ex_is_punct(t, e, close) || !extension_at(t, e - 1))
            break;
        lead->first = lead->end = k;
        *trail = (ex_span){ l->toks.end, l->toks.end };
        for (size_t q = e + 1; q + 1 < l->toks.end && q < e + 4; q++)
            if (ex_is(t, q, "caption") && ex_is_punct(t, q + 1, ':')) {
                *trail = (ex_span){ q, l->toks.end };
                break;
            }
        return (ex_span){ k + 1, e };
    }
    /* "Photo: D7_signing.jpg - "Canada's Joyce Murray and ...": the file,
     * a spaced dash, and *trail its caption */
    trail->first = trail->end = l->toks.end;
    for (size_t k = b.first + 3; k + 1 < l->toks.end; k++)
        if (ex_is_dash(t, k) && t->tok[k].space_before && t->tok[k + 1].space_before &&
            extension_at(t, k - 1)) {
            trail->first = k + 1;
            b.end = k;
            break;
        }
    /* "https://.../photo.jpg": no label but a link */
    if (label.first < label.end && (ex_is(t, label.end - 1, "https") || ex_is(t, label.end - 1, "http")) &&
        label.end == label.first + 1)
        b.first = label.first;
    /* "(ten delegations on screen): DN Family Photo 2020 (all).png": a
     * caption, a colon, the file */
    static const char *const labels[] = { "file", "filename", "image", "photo", "picture",
                                          "img", "src", "foto", "photograph", "fotografia",
                                          "figure", "fig", NULL };
    /* "[image]  DN Family Photo 2020 (all).png": a bracketed label (its
     * "[" went with the bullets) */
    if (b.first + 2 < b.end && ex_in_list(t, b.first, labels) && ex_is_punct(t, b.first + 1, ']') &&
        b.first > l->toks.first && ex_is_punct(t, b.first - 1, '['))
        b.first += 2;
    lead->first = lead->end = b.first;
    for (size_t k = b.end; k-- > b.first + 1;) {
        if (ex_is_dash(t, k - 1) && t->tok[k - 1].space_before && t->tok[k].space_before)
            break; /* "Photo at the Sheraton: all the delegations — x.jpg": the dash's */
        if (ex_is_punct(t, k - 1, ':') && t->tok[k].space_before) {
            /* ("[Photo 1]  file: x.jpg", "[Picture 5: x.jpg]": a label, no
             * caption) */
            size_t w = k >= 3 && t->tok[k - 2].kind == TOK_NUM ? k - 3 : k - 2;
            if (!(k >= 2 && ex_in_list(t, w, labels)))
                lead->end = k - 1;
            b.first = k;
            return b;
        }
    }
    for (size_t k = b.end; k-- > b.first + 1;) {
        if (t->tok[k].space_before) {
            if (ex_is_dash(t, k - 1) && t->tok[k - 1].space_before) {
                lead->end = k - 1;
                b.first = k;
            } else if (ex_is_punct(t, k - 1, ']') ||
                       (k - 1 == b.first && ex_in_list(t, b.first, labels) &&
                        !t->tok[b.first].upper)) {
                /* "[Photo] summit.jpg", "file BusanDeclaration_final.pdf": a
                 * label, then the file */
                b.first = k;
            }
            break;
        }
    }
    /* "📎 photo.jpg (2.3 MB)": a chat's attachment sign is no part of it */
    while (b.first + 1 < b.end && t->tok[b.first].kind == TOK_PUNCT && t->tok[b.first].ch >= 0x2000)
        b.first++;
    /* "3. Official photograph of the heads of delegation (file HoD.jpg,":
     * a file named in the line, after "file" */
    for (size_t k = b.first; b.end > b.first && !extension_at(t, b.end - 1) && k + 3 < b.end; k++) {
        if (!ex_is(t, k, "file") || !t->tok[k + 1].space_before)
            continue;
        size_t e = k + 2;
        while (e < b.end && !t->tok[e].space_before && !extension_at(t, e))
            e++;
        if (e < b.end && extension_at(t, e) && (e + 1 == l->toks.end || t->tok[e + 1].space_before ||
                                                t->tok[e + 1].kind == TOK_PUNCT)) {
            /* (its caption is a "caption:" line's, or the line's words before
             * it, without the item's number and the bracket) */
            lead->end = k - (k > lead->first && ex_is_punct(t, k - 1, '('));
            *trail = (ex_span){ l->toks.end, l->toks.end };
            return (ex_span){ k + 1, e + 1 };
        }
    }
    return b;
}

static int32_t media_kind(const ex_text *t, const ex_line *l)
{
    /* "ATTACH;FMTTYPE=application/pdf:https://.../delegate_pack.pdf": a
     * calendar event's paperwork, not a picture of the meeting */
    size_t f = l->toks.first;
    if (ex_is(t, f, "attach") && (ex_is_punct(t, f + 1, ';') || ex_is_punct(t, f + 1, ':')) &&
        ex_all_caps(t, (ex_span){ f, f + 1 }))
        return 0;
    if (l->len > 300)
        return 0; /* (a media line is short; a long one is not read through) */
    ex_span lead, trail;
    ex_span b = media_file(t, l, &lead, &trail);
    size_t e = b.end;
    if (e < b.first + 3 || !ex_is_punct(t, e - 2, '.') || t->tok[e - 2].space_before ||
        t->tok[e - 1].space_before)
        return 0;
    /* "Preview filed, 640 words, in the shared folder as preview_v3.docx":
     * a sentence that names a file, not a file's name with spaces */
    for (size_t k = b.first; k + 1 < e; k++)
        if (ex_is_punct(t, k, ',') && t->tok[k + 1].space_before)
            return 0;
    if (ex_in_list(t, e - 1, photo_types))
        return SUMMIT_MEDIA_PHOTO;
    if (ex_in_list(t, e - 1, video_types))
        return SUMMIT_MEDIA_VIDEO;
    if (ex_in_list(t, e - 1, document_types))
        return SUMMIT_MEDIA_DOCUMENT;
    return 0;
}

/* A menu copied from a browser: words set apart by wide gaps, twice or
 * more ("Home   My Network   Jobs", "Article   Talk   Read   Edit"). */
static bool menu_line(const ex_text *t, const ex_line *l)
{
    size_t gaps = 0;
    for (size_t i = l->toks.first + 1; i < l->toks.end; i++) {
        size_t from = t->tok[i - 1].off + t->tok[i - 1].len;
        gaps += t->tok[i].off >= from + 2 && t->buf[from] == ' ' && t->buf[from + 1] == ' ';
    }
    return gaps >= 2;
}

/* A site's menu: a menu line, or three or more "|" between words without a
 * date ("Prime Minister | Government | Ministries | Communication"; not a
 * byline "20.11.2015 | Print | Share"). */
static bool menu_below(const ex_text *t, const ex_line *l)
{
    size_t bars = 0;
    ex_date d;
    for (size_t i = l->toks.first; i < l->toks.end; i++) {
        bars += ex_is_punct(t, i, '|');
        if (ex_date_at(t, i, &d) && !d.impossible)
            return false;
    }
    return menu_line(t, l) || bars >= 3;
}

/* Site chrome rather than text: a line with "|", ">", "»", "©", "•" or
 * "·" between its words, a menu, or a line of hashtags. */
static bool navigation(const ex_text *t, const ex_line *l)
{
    size_t words = 0, tags = 0;
    for (size_t i = l->toks.first; i < l->toks.end; i++) {
        if (ex_is_punct(t, i, '|') || ex_is_punct(t, i, '>') || ex_is_punct(t, i, 0xBB) ||
            ex_is_punct(t, i, 0xA9) || ex_is_punct(t, i, 0x2022) || ex_is_punct(t, i, 0xB7))
            return true;
        const ex_token *tk = &t->tok[i];
        if (tk->kind == TOK_WORD) {
            words++;
            tags += i > l->toks.first && ex_is_punct(t, i - 1, '#') && !tk->space_before;
        }
    }
    /* "Search this site [          ] Go": a search box */
    static const char *const search[] = { "search", "pesquisar", "buscar", NULL };
    static const char *const submit[] = { "go", "ok", NULL };
    bool box = ex_in_list(t, l->toks.first, search) && ex_span_has(t, l->toks, submit);
    return box || menu_line(t, l) || (words >= 2 && tags == words);
}

/* "Home > Government > News": two or more "›", ">" or "»" between words
 * (or spaced "/": "Home / Interviews / ...") */
static bool breadcrumb(const ex_text *t, const ex_line *l)
{
    size_t marks = 0, slashes = 0;
    for (size_t i = l->toks.first + 1; i + 1 < l->toks.end; i++) {
        marks += ex_is_punct(t, i, '>') || ex_is_punct(t, i, 0x203A) || ex_is_punct(t, i, 0xBB);
        slashes += ex_is_punct(t, i, '/') && t->tok[i].space_before && t->tok[i + 1].space_before;
    }
    return marks >= 2 || (slashes >= 2 && ex_is(t, l->toks.first, "home"));
}

/* A date with at most three capitalised words around it: a dateline or
 * byline ("Published 10 December 2014", "WELLINGTON, Friday, 11 November
 * 2016", "06/11/2019"), not a caption ("Family photo, 18 November 2021"). */
static bool stamp_line(const ex_text *t, ex_span b)
{
    size_t words = 0;
    bool dated = false;
    for (size_t i = b.first; i < b.end; i++) {
        ex_date d;
        size_t n = ex_date_at(t, i, &d);
        if (n) {
            dated = true;
            i += n - 1;
            continue;
        }
        if (t->tok[i].kind != TOK_WORD)
            continue;
        if (!t->tok[i].upper || ++words > 3)
            return false;
    }
    return dated;
}

/* Is line l the credit under a byline ("Published 30.12.2015 | Last
 * updated 04.01.2016" / "Department of State Information Systems"), or
 * the text under a post's handle? */
static bool under_byline(const ex_text *t, const ex_line *l)
{
    static const char *const byline[] = { "published", "posted", "updated", "by", NULL };
    const ex_line *p = l - 1;
    if (l->no < 2 || ex_line_blank(p))
        return false;
    /* "GovTech Digest @govtechdigest · Nov 27, 2018" / the post's text */
    for (size_t i = p->toks.first; i + 1 < p->toks.end; i++)
        if (ex_is_punct(t, i, '@') && !t->tok[i + 1].space_before && t->tok[i].space_before)
            return true;
    if (!ex_in_list(t, p->toks.first, byline))
        return false;
    for (size_t i = p->toks.first; i < p->toks.end; i++) {
        ex_date dd;
        if (ex_date_at(t, i, &dd) > 0 && !dd.impossible)
            return true;
    }
    return false;
}

/* Does span b open with a chat's reaction, ":ok_hand:" (no spaces)? */
static bool reaction(const ex_text *t, ex_span b)
{
    for (size_t k = b.first + 1; k < b.end && k < b.first + 8; k++) {
        if (t->tok[k].space_before)
            return false;
        if (ex_is_punct(t, k, ':'))
            return k > b.first + 1;
    }
    return false;
}

/* A caption line without its bullet or label ("Foto:", "▲"); NULL when
 * the line cannot be one (a file name, a share or byline line, hashtags).
 * `apart`: the line is a blank line away from its file. */
static const char *caption_of(ex_ctx *c, const ex_line *l, bool apart)
{
    const ex_text *t = c->t;
    if (l->toks.end - l->toks.first < 3 || l->len > 400 || media_kind(t, l) || navigation(t, l) ||
        under_byline(t, l))
        return NULL;
    /* a paragraph of two sentences or more is text, not a caption (nor,
     * a blank line away, are two short ones: "Yes. All sessions will be
     * streamed."); nor is the end of a wrapped sentence */
    size_t f = l->toks.first;
    if (f > 0 && t->tok[f - 1].sentence == t->tok[f].sentence)
        return NULL;
    for (size_t i = f; i + 1 < l->toks.end; i++)
        if (ex_is_sentence_end(t, i) && t->tok[i].sentence != t->tok[i + 1].sentence &&
            (l->toks.end - f > 25 || apart))
            return NULL;
    /* "image_size :", a field without its value, captions nothing */
    if (ex_is_punct(t, l->toks.end - 1, ':') && ex_words(t, l->toks) <= 4)
        return NULL;
    ex_span label;
    ex_span b = ex_line_body(t, l, &label);
    /* a data file's field beside the file ("badge template: d5-2014-blue")
     * is a caption only under a caption's label */
    static const char *const caption_labels[] = { "caption", "alt", "description", "title",
                                                  "name", "headline", "text", "legend", NULL };
    if (t->yaml && label.first < label.end && !ex_in_list(t, label.end - 1, caption_labels))
        return NULL;
    /* ":ok_hand: 3": a chat message's reactions */
    if (ex_is_punct(t, b.first, ':') && reaction(t, b))
        return NULL;
    /* "www.example.org › home": a search result's address, no caption;
     * nor is "Images for ..." over the results' pictures */
    if (ex_is(t, b.first, "www") || ex_is(t, b.first, "https") || ex_is(t, b.first, "http") ||
        results_heading(t, l))
        return NULL;
    /* "[Photo]", "Image:": a label over the file, no caption; nor is a
     * file name of a kind not listed ("... Summit.hwp") */
    size_t e = l->toks.end;
    bool file_name = e - l->toks.first >= 3 && t->tok[e - 1].kind == TOK_WORD &&
                     t->tok[e - 1].len <= 4 && ex_is_punct(t, e - 2, '.') &&
                     !t->tok[e - 1].space_before && !t->tok[e - 2].space_before;
    if (b.first + 1 >= b.end || stamp_line(t, b) || file_name)
        return NULL;
    /* "[Photo] Family photo of ...": the bracketed label goes */
    static const char *const kinds[] = { "photo", "foto", "image", "imagen", "imagem", NULL };
    if (ex_is_punct(t, b.first - 1, '[') && ex_in_list(t, b.first, kinds) &&
        ex_is_punct(t, b.first + 1, ']') && b.first + 2 < b.end)
        b.first += 2;
    /* a caption wrapped over the next lines of its sentence ("Caption:
     * Family photo at the virtual Ministerial Summit hosted in / London,
     * United Kingdom in 2021.") */
    const ex_line *last = l;
    while (last->no < t->nlines && last->no < l->no + 3 && !ex_line_blank(last + 1) &&
           t->tok[last[1].toks.first].sentence == t->tok[last->toks.end - 1].sentence &&
           !media_kind(t, last + 1))
        last++;
    size_t from = t->tok[b.first].off, to = last->off + last->len;
    /* "1. Busan Declaration (final text)," over its file: the comma goes */
    if (ex_is_punct(t, last->toks.end - 1, ',') || ex_is_punct(t, last->toks.end - 1, ';'))
        to = t->tok[last->toks.end - 1].off;
    /* "Alt text: "Representatives of ..."": the quoted caption (and in
     * "(file x.jpg, caption: "...")" the bracket it closes is not its) */
    uint32_t close;
    size_t q = last->toks.end - 1;
    if (q > b.first + 2 && ex_is_punct(t, q, ')') && ex_is_open_quote(t, b.first, &close) &&
        ex_is_punct(t, q - 1, close))
        q--;
    if (q > b.first + 1 && ex_is_open_quote(t, b.first, &close) && ex_is_punct(t, q, close)) {
        from = t->tok[b.first + 1].off;
        to = t->tok[q].off;
    }
    /* "... in Seoul, 2022.11.02. (Photo: Ministry of the Interior)": the
     * credit is not the caption's */
    static const char *const credits[] = { "photo", "credit", "image", "foto", "picture", NULL };
    if (ex_is_punct(t, q, ')')) {
        size_t open = q;
        while (open > b.first && q - open < 16 && !ex_is_punct(t, open, '('))
            open--;
        if (ex_is_punct(t, open, '(') && open > b.first && ex_in_list(t, open + 1, credits) &&
            ex_is_punct(t, open + 2, ':'))
            to = t->tok[open].off;
    }
    return ex_str(c, from, to);
}

/* "Photo: x.jpg - "Ministers with the signed charter, Oslo."", "[Image:
 * x.jpg — alt: "Delegates ..."]": the caption after the file (from token
 * span trail on), to its sentence's end, its closing bracket or its
 * closing quote (on this line or the next two), without the quotes; NULL
 * when empty. */
static const char *trailing_caption(ex_ctx *c, ex_span trail)
{
    const ex_text *t = c->t;
    ex_span cs = { trail.first, ex_sentence_of(t, trail.first).end };
    if (t->tok[cs.first].kind == TOK_WORD && ex_is_punct(t, cs.first + 1, ':'))
        cs.first += 2; /* "alt:" */
    for (size_t k = cs.first; k < cs.end; k++)
        if (ex_is_punct(t, k, ']')) {
            cs.end = k;
            break;
        }
    uint32_t close;
    if (ex_is_open_quote(t, cs.first, &close)) {
        const ex_line *ql = ex_line_of(t, cs.first);
        size_t limit = ql->no + 2 <= t->nlines ? ql[2].toks.end : t->ntok;
        cs.first++;
        for (size_t k = cs.first; k < limit; k++)
            if (ex_is_punct(t, k, close)) {
                cs.end = k;
                break;
            }
    }
    return cs.first < cs.end ? ex_str_span(c, cs) : NULL;
}

/* "File: x.jpg" / "Alt: ..." / "Caption: ...": the "Caption:" line of the
 * record card that file line l opens (its lines all "Label: ...", or a
 * value wrapped onto a line indented further), within 4 lines and not
 * past line `last`; NULL when none. *captionless: the line says there is
 * none ("Caption: (no caption)"). */
static const ex_line *card_caption_line(const ex_text *t, const ex_line *l, uint32_t last,
                                        bool *captionless)
{
    static const char *const none[] = { "no", "none", NULL };
    for (uint32_t k = l->no + 1; k <= last && k <= l->no + 4; k++) {
        const ex_line *cl = &t->lines[k - 1];
        ex_span label;
        ex_line_body(t, cl, &label);
        bool wrapped_value = label.first == label.end && !ex_line_blank(cl) &&
                             t->tok[cl->toks.first].off - cl->off >
                                 t->tok[l->toks.first].off - l->off + 2;
        if (wrapped_value)
            continue;
        /* (a data file's next item, "- file: ...", is another card) */
        bool next_item = !ex_line_blank(cl) && ex_is_punct(t, cl->toks.first, '-') &&
                         t->tok[cl->toks.first].off - cl->off <= t->tok[l->toks.first].off - l->off;
        if (ex_line_blank(cl) || (k > l->no + 1 && media_kind(t, cl)) || label.first == label.end ||
            next_item)
            return NULL;
        if (ex_is(t, label.end - 1, "caption") || ex_is(t, label.end - 1, "headline")) {
            ex_span opening = { label.end,
                                label.end + 3 < cl->toks.end ? label.end + 3 : cl->toks.end };
            *captionless = ex_span_has(t, opening, none);
            return cl;
        }
    }
    return NULL;
}

/* Does the span place its people at a named event that is not the
 * record's group's ("on stage at Web Summit", "at the GovTech Forum"), or
 * open on one's name ("Digital Nations 2030 conference, Auckland")? */
static bool at_other_event(ex_ctx *c, const ex_draft *d, ex_span s)
{
    static const char *const events[] = { "summit", "conference", "forum", "expo", "congress",
                                          "festival", "week", "launch", NULL };
    const ex_text *t = c->t;
    if (!d->group.s)
        return false;
    char group[32]; /* the group's first word, folded: "digital", "d9" */
    size_t n = 0;
    while (d->group.s[n] && d->group.s[n] != ' ' && n + 1 < sizeof group) {
        group[n] = (char)tolower((unsigned char)d->group.s[n]);
        n++;
    }
    group[n] = '\0';
    /* (after "at", or opening the caption: "Digital Nations 2030
     * conference, Auckland") */
    for (size_t i = s.first; i + 1 < s.end; i++) {
        size_t k;
        if (ex_is(t, i, "at"))
            k = ex_is(t, i + 1, "the") ? i + 2 : i + 1;
        else if (i == s.first) {
            k = i + (ex_is_punct(t, i + 1, ':') ? 2 : 0); /* (past a "headline:" label) */
            k += ex_is(t, k, "the");
        } else
            continue;
        bool ours = false;
        for (size_t e = k; e < s.end && e < k + 4 &&
                           (t->tok[e].kind == TOK_WORD || (e > k && t->tok[e].kind == TOK_NUM));
             e++) {
            ours = ours || ex_is(t, e, group);
            /* ("at Web Summit", "at the TechLink launch": a name, then the
             * kind of event, in capitals or not; "Digital Nations 2030
             * conference": a year in the name) */
            if (ex_in_list(t, e, events) && (e > k || (t->tok[e].upper && i != s.first)))
                return !ours;
            if (!t->tok[e].upper && t->tok[e].kind == TOK_WORD)
                break;
        }
    }
    return false;
}

/* Does a caption show an occasion around the meeting, not the meeting
 * ("Rehearsal done. Screenshot for the record:")? It names one and no
 * meeting. (A welcome reception for the delegations is the meeting's.) */
static bool of_side_event(const ex_text *t, ex_span caption)
{
    static const char *const side[] = { "rehearsal", "webinar", "hackathon", "seminar",
                                         "roundtable", NULL };
    static const char *const meeting[] = { "summit", "ministerial", "meeting", NULL };
    return ex_span_has(t, caption, side) && !ex_span_has(t, caption, meeting);
}

/* Does the caption place the picture in another capital than the
 * record's city ("... after signing the charter, Jerusalem" on the
 * Montevideo record), after a comma near its end as captions place them,
 * only names and numbers after it ("..., Jerusalem, 22 November 2018";
 * not "from Tallinn, Lisbon and London signed ...")? */
static bool taken_elsewhere(const ex_ctx *c, const ex_draft *d, ex_span caption)
{
    const ex_text *t = c->t;
    if (!d->city.s)
        return false;
    size_t from = caption.end > caption.first + 12 ? caption.end - 12 : caption.first + 1;
    for (size_t k = from; k < caption.end; k++) {
        const ex_token *tk = &t->tok[k];
        if (!ex_is_punct(t, k - 1, ',') || tk->kind != TOK_WORD || !tk->upper || tk->len >= 48)
            continue;
        bool closes = true;
        for (size_t q = k + 1; q < caption.end && closes; q++)
            closes = t->tok[q].kind != TOK_WORD || t->tok[q].upper;
        if (!closes)
            continue;
        char name[48];
        memcpy(name, t->buf + tk->off, tk->len);
        name[tk->len] = '\0';
        if (ex_capital_country(name) && strcmp(name, d->city.s) != 0)
            return true;
    }
    return false;
}

/* Does the caption call the picture a file or stock photo ("Tallinn Old
 * Town seen from the harbour — file photo"): no picture of the meeting? */
static bool stock_picture(const ex_text *t, ex_span caption)
{
    static const char *const kinds[] = { "photo", "image", "picture", "banner", "photograph",
                                         NULL };
    for (size_t k = caption.first; k + 1 < caption.end; k++)
        if ((ex_is(t, k, "file") || ex_is(t, k, "stock")) && ex_in_list(t, k + 1, kinds))
            return true;
    return false;
}

/* Does the file's name carry a day that is none of the record's days
 * ("Family Photo - Day 3 - 18 November.jpg" on a record of 1-3
 * November): a picture of another meeting? */
static bool dated_apart(const ex_ctx *c, const ex_draft *d, ex_span file)
{
    const ex_text *t = c->t;
    if (!d->start.day)
        return false;
    for (size_t i = file.first; i < file.end; i++) {
        ex_date dd;
        if (!ex_date_at(t, i, &dd) || dd.impossible || !dd.start.day || !dd.start.month)
            continue;
        /* (the day written with its month: "Day 3 - 18 November" is the 18th) */
        summit_date named = dd.end.day ? dd.end : dd.start;
        summit_date last = d->end.day ? d->end : d->start;
        int32_t year = dd.year_given ? named.year : d->start.year;
        summit_date day = { year, named.month, named.day };
        return ex_day_number(&day) < ex_day_number(&d->start) ||
               ex_day_number(&day) > ex_day_number(&last);
    }
    return false;
}

/* Does the file's name carry a year that is not the record's
 * ("busan2016_d5_group_photo_scan.jpg" on a record of 2022): a picture of
 * another meeting? (Four digits alone, 1990 to 2039.) */
static bool year_apart(const ex_draft *d, const char *file)
{
    if (!d->start.year)
        return false;
    for (size_t k = 0; file[k]; k++) {
        size_t e = k;
        while (file[e] >= '0' && file[e] <= '9')
            e++;
        if (e == k)
            continue;
        if (e - k == 4 && (k == 0 || !(file[k - 1] >= '0' && file[k - 1] <= '9'))) {
            int year = (file[k] - '0') * 1000 + (file[k + 1] - '0') * 100 +
                       (file[k + 2] - '0') * 10 + (file[k + 3] - '0');
            if (year >= 1990 && year <= 2039 && year != d->start.year)
                return true;
        }
        k = e - 1;
    }
    return false;
}

/* Is the file's name (its last part after a '/') that of a medium the
 * record has (a name, then its URL)? */
static bool listed_before(const ex_draft *d, const char *file)
{
    const char *base = strrchr(file, '/') ? strrchr(file, '/') + 1 : file;
    for (size_t k = 0; k < d->nmedia; k++) {
        const char *had = d->media[k].file.s;
        const char *hb = strrchr(had, '/') ? strrchr(had, '/') + 1 : had;
        if (strcmp(hb, base) == 0)
            return true;
    }
    return false;
}

/* Is the caption a file's type ("image/jpeg"), not words about it? */
static bool media_type(const char *caption)
{
    const char *slash = caption ? strchr(caption, '/') : NULL;
    return slash && !strchr(caption, ' ') && strlen(caption) < 48 && slash > caption &&
           slash[1];
}

void ex_find_media(ex_ctx *c, ex_draft *d)
{
    const ex_text *t = c->t;
    if (d->section.first >= d->section.end)
        return;
    uint32_t first = t->tok[d->section.first].line, last = t->tok[d->section.end - 1].line;
    int below = -1; /* do captions sit under their files? the page's first one tells */
    for (uint32_t no = first; no <= last && d->nmedia < EX_MAX_MEDIA; no++) {
        const ex_line *l = &t->lines[no - 1];
        int32_t kind = media_kind(t, l);
        if (!kind)
            continue;
        const ex_line *prev = no > first ? &t->lines[no - 2] : NULL;
        const ex_line *next = no < last ? &t->lines[no] : NULL;
        if (below < 0) {
            bool caption_above = no > first && !ex_line_blank(l - 1) && caption_of(c, l - 1, false);
            bool caption_under = no < last && !ex_line_blank(l + 1) && caption_of(c, l + 1, false);
            below = !caption_above && caption_under;
        }
        ex_media *m = &d->media[d->nmedia];
        ex_span lead, trail;
        ex_span f = media_file(t, l, &lead, &trail);
        /* the text before the file is its sentence's ("... removed.
         * Attachments: FOI_docs.pdf"), and a label alone is no caption */
        bool after_prose = false; /* (a sentence before it on its line) */
        for (size_t k = lead.end; k > lead.first; k--)
            if (ex_is_sentence_end(t, k - 1)) {
                lead.first = k;
                after_prose = true;
                break;
            }
        bool labelled = after_prose &&
                        ((lead.end == lead.first + 2 && ex_is_punct(t, lead.first + 1, ':')) ||
                         (lead.end == lead.first + 1 && ex_is_punct(t, lead.end, ':')));
        if (labelled)
            lead.end = lead.first;
        /* a site's logo, icon or banner is no photo of the meeting */
        static const char *const furniture[] = { "logo", "icon", "favicon", "banner", "badge",
                                                 "avatar", "sprite", "emblem", NULL };
        if (ex_span_has(t, l->toks, furniture)) /* ("avatar: https://.../hjw.png") */
            continue;
        /* "D5_London_briefing_v0.4_JB.docx" alone on the first line: the
         * file the text was converted from, not one it shows */
        if (kind == SUMMIT_MEDIA_DOCUMENT && no == 1 && f.first == l->toks.first &&
            f.end == l->toks.end)
            continue;
        m->kind = kind;
        m->file.s = ex_str_span(c, f);
        m->file.ev = l->toks;
        m->caption = NULL;
        if (!m->file.s)
            return;
        /* the caption: the text before the file name ("D7 Charter (PDF)
         * — D7-Charter-2018.pdf"), the line just before, the line just
         * after, or the line before with a blank line between */
        ex_span from = { 0, 0 }; /* the caption's line */
        /* a record card's "Caption:" line first: it says what it is */
        bool captionless;
        const ex_line *cl = card_caption_line(t, l, last, &captionless);
        if (cl) {
            from = cl->toks;
            m->caption = captionless ? NULL : caption_of(c, cl, false);
        }
        if (lead.first < lead.end && !from.end) {
            /* "D7 Charter (PDF, 312 KB) — ...": a remark in brackets on the
             * file's format is not the caption's */
            static const char *const formats[] = { "pdf", "kb", "mb", "jpg", "png", "doc",
                                                   "docx", "mp4", NULL };
            size_t e = lead.end;
            for (size_t k = lead.first + 1; k < lead.end; k++)
                if (ex_is_punct(t, k, '(') &&
                    ex_span_has(t, (ex_span){ k, lead.end }, formats)) {
                    e = k;
                    break;
                }
            /* a caption wrapped onto the file's line ("(ten delegations on"
             * / "screen): DN Family Photo.png"): its start is above */
            size_t start = lead.first;
            if (start == l->toks.first && no > first && !ex_line_blank(l - 1) &&
                t->tok[start].kind == TOK_WORD && !t->tok[start].upper &&
                !ex_is_sentence_end(t, l[-1].toks.end - 1))
                start = ex_line_body(t, l - 1, NULL).first;
            m->caption = ex_str_span(c, (ex_span){ start, e });
            from = l->toks;
        }
        if (!m->caption && !from.end && trail.first < trail.end &&
            (m->caption = trailing_caption(c, trail)))
            from = l->toks;
        const ex_line *prev2 = prev && ex_line_blank(prev) && no > first + 1 ? &t->lines[no - 3] : NULL;
        /* after "[Image: photo.jpg]" the caption follows, and so it does
         * on a page whose first file has its caption under it */
        bool placeholder = (f.first > l->toks.first && !ex_is(t, f.first - 1, "file")) ||
                           below == 1;
        const ex_line *tries[] = { placeholder && next && !media_kind(t, next) ? next : NULL, prev,
                                   next, prev2 && !media_kind(t, prev2) ? prev2 : NULL };
        for (size_t k = 0; k < 4 && !m->caption && !from.end && !labelled; k++)
            if (tries[k] && !ex_line_blank(tries[k]) && (m->caption = caption_of(c, tries[k], k == 3)))
                from = tries[k]->toks;
        /* a photo of another meeting: "The 2020 family photo" on the 2022
         * record, "... on stage at Web Summit" on the Digital Nations one */
        if (ex_flag(c, l->toks.first, EX_S_FOREIGN) ||
            (next && !ex_line_blank(next) && ex_flag(c, next->toks.first, EX_S_FOREIGN)) ||
            at_other_event(c, d, from) || of_side_event(t, from) || dated_apart(c, d, f) ||
            year_apart(d, m->file.s) || listed_before(d, m->file.s) || stock_picture(t, from) ||
            taken_elsewhere(c, d, from))
            continue;
        if (media_type(m->caption))
            m->caption = NULL;
        d->nmedia++;
    }
}

/* --- title ----------------------------------------------------------------- */


/* Lower-cases the letters of s[from, to) in place; a letter whose lower
 * case takes other bytes in UTF-8 (rare) stays. */
static void lower_in_place(char *s, size_t from, size_t to)
{
    for (size_t k = from; k < to;) {
        utf8proc_int32_t cp;
        utf8proc_ssize_t used = utf8proc_iterate((const utf8proc_uint8_t *)s + k,
                                                 (utf8proc_ssize_t)(to - k), &cp);
        if (used <= 0)
            return;
        utf8proc_uint8_t low[4];
        if (utf8proc_encode_char(utf8proc_tolower(cp), low) == used)
            memcpy(s + k, low, (size_t)used);
        k += (size_t)used;
    }
}

/* Does a letter or digit start at s[i] (ASCII, or a letter in UTF-8:
 * "É", not the quote of "“SEOUL")? */
static bool word_starts(const char *s, size_t i)
{
    if ((unsigned char)s[i] < 0x80)
        return isalnum((unsigned char)s[i]);
    utf8proc_int32_t cp;
    return utf8proc_iterate((const utf8proc_uint8_t *)s + i, -1, &cp) > 0 &&
           utf8proc_toupper(cp) != utf8proc_tolower(cp);
}

/* Title case in place: each word of three letters or more keeps its
 * first letter and lowers the rest ("SÃO PAULO" -> "São Paulo"), small
 * words are lower case after the first ("of", "the"), and a word with a
 * digit or of two letters ("D9", "EU") keeps its capitals. */
static void title_case_words(char *s)
{
    static const char *const small[] = { "a", "an", "and", "at", "by", "for", "in", "of",
                                         "on", "or", "the", "to", "with", NULL };
    for (size_t i = 0; s[i];) {
        if (!word_starts(s, i)) {
            i++;
            continue;
        }
        size_t j = i;
        bool digit = false;
        while (isalnum((unsigned char)s[j]) || (unsigned char)s[j] >= 0x80) {
            digit = digit || isdigit((unsigned char)s[j]);
            j++;
        }
        bool is_small = false;
        for (size_t k = 0; small[k] && i > 0; k++)
            if (strlen(small[k]) == j - i) {
                bool same = true;
                for (size_t m = 0; m < j - i; m++)
                    same = same && small[k][m] == tolower((unsigned char)s[i + m]);
                is_small = is_small || same;
            }
        size_t first = i + 1; /* past the first letter, of one byte or more */
        while (first < j && ((unsigned char)s[first] & 0xC0) == 0x80)
            first++;
        if (!digit && (j - i > 2 || is_small))
            lower_in_place(s, is_small ? i : first, j);
        i = j;
    }
}

/* "LEADING DIGITAL NATIONS SIGN INTERNATIONAL CHARTER IN JERUSALEM" ->
 * "Leading Digital Nations Sign International Charter in Jerusalem". */
static const char *title_case(ex_ctx *c, size_t off, size_t end)
{
    char *s = (char *)ex_str(c, off, end);
    if (s)
        title_case_words(s);
    return s;
}

/* The page's first lines when a menu comes after them: the site's name
 * and tagline ("Public Sector Bytes / A podcast about technology, ... /
 * (blank) / Episodes   About   Hosts"); else 0. */
static uint32_t masthead_lines(const ex_text *t)
{
    uint32_t k = 0;
    while (k < t->nlines && !ex_line_blank(&t->lines[k]))
        k++;
    uint32_t menu = k;
    while (menu < t->nlines && menu < k + 2 && ex_line_blank(&t->lines[menu]))
        menu++;
    return k >= 2 && menu < t->nlines && menu_line(t, &t->lines[menu]) ? k : 0;
}

/* A speaker's line in a transcript: "1. Mrs Joanna Pettifer (North Weald)
 * (Con)", "2. Daniel Okafor (Bristol Harbourside) (Lab)", or an office
 * that speaks ("The Minister for Tech and the Digital Economy (Chris
 * Philp)") unless the line tells of a meeting. */
static bool speaker_line(const ex_text *t, const ex_line *l, const char *const *meeting)
{
    static const char *const honorifics[] = { "mr", "mrs", "ms", "miss", "dr", "sir", "dame",
                                              "lord", "lady", "baroness", "hon", NULL };
    static const char *const offices[] = { "minister", "secretary", "speaker", "chair",
                                           "chairman", "president", NULL };
    size_t w = l->toks.first;
    if (w >= l->toks.end)
        return false;
    /* the question's number: "1.", "T1."; "2. Daniel Okafor (Bristol
     * Harbourside) (Lab)" names its member and the seat in brackets */
    if (!ex_in_list(t, w, honorifics) && ex_is_punct(t, w + 1, '.')) {
        w += 2;
        if (ex_is_punct(t, l->toks.end - 1, ')') && !ex_span_has(t, l->toks, meeting))
            return true;
    }
    return ex_in_list(t, w, honorifics) ||
           (ex_is(t, w, "the") && ex_in_list(t, w + 1, offices) &&
            !ex_span_has(t, l->toks, meeting));
}

/* Does line l's text come again on a line of its own in the next 400? */
static bool said_again(const ex_text *t, const ex_line *l)
{
    for (size_t k = l->no; k < t->nlines && k < l->no + 400; k++) {
        const ex_line *m = &t->lines[k];
        if (m->len == l->len && memcmp(t->buf + m->off, t->buf + l->off, l->len) == 0)
            return true;
    }
    return false;
}

/* Does line l open with a label ("Host country:", "Date:")? */
static bool labelled_line(const ex_text *t, const ex_line *l)
{
    ex_span label;
    ex_line_body(t, l, &label);
    return label.first < label.end && label.first == l->toks.first;
}

/* Is line l a field of an infobox: three labelled lines or more in a row
 * ("Host country: South Korea / Date: ... / Key outcome: ...")? */
static bool infobox_field(const ex_text *t, const ex_line *l)
{
    if (!labelled_line(t, l))
        return false;
    size_t run = 1;
    for (const ex_line *u = l - 1; u >= t->lines && run < 3 && labelled_line(t, u); u--)
        run++;
    for (const ex_line *u = l + 1; u < t->lines + t->nlines && run < 3 && labelled_line(t, u); u++)
        run++;
    return run >= 3;
}

/* Is line l page furniture, never a headline: a mail's subject ("Re:
 * [list] ..."), a note in brackets ("(Check against delivery.)"), a
 * handle or an address ("Noa Levi-Hart @noa_covers_gov"), a line that
 * opens on a sign (a list item, a label between rules), the caption under
 * a file, a transcript's speaker and
 * what they say, a line said again (a speaker's name, a menu), or where
 * the page is from ("From Wikipedia, the free encyclopedia")? */
/* A search engine's heading over a kind of results: "Images for digital
 * nations summit", "People also ask", "Related searches", "Top stories". */
static bool results_heading(const ex_text *t, const ex_line *l)
{
    static const char *const kinds[] = { "images", "videos", "news", "maps", "results", NULL };
    size_t f = l->toks.first;
    return (ex_in_list(t, f, kinds) && (ex_is(t, f + 1, "for") || ex_is(t, f + 1, "about"))) ||
           (ex_is(t, f, "people") && ex_is(t, f + 1, "also") && ex_is(t, f + 2, "ask")) ||
           (ex_is(t, f, "related") && ex_is(t, f + 1, "searches")) ||
           (ex_is(t, f, "searches") && ex_is(t, f + 1, "related")) ||
           (ex_is(t, f, "top") && ex_is(t, f + 1, "stories") && f + 2 == l->toks.end);
}

/* Where a Markdown page's top heading's text starts ("# Digital Nations
 * 2022: ..."), past its sign; the line's first token when it is none (a
 * hashtag, "#DigitalNations", a subheading "## Outcomes", a shell's
 * comment on a page that is no Markdown). */
static size_t markdown_heading(const ex_text *t, const ex_line *l)
{
    size_t k = l->toks.first;
    return t->markdown && k + 1 < l->toks.end && ex_is_punct(t, k, '#') &&
                   t->tok[k + 1].space_before
               ? k + 1
               : k;
}

static bool page_furniture(const ex_text *t, const ex_line *l, const char *const *meeting)
{
    size_t f = l->toks.first;
    /* a search engine's heading over results, an address ("www.example.org › summits") */
    if (results_heading(t, l) || ex_is(t, f, "www") || ex_is(t, f, "https") || ex_is(t, f, "http"))
        return true;
    if ((ex_is(t, f, "re") || ex_is(t, f, "fwd") || ex_is(t, f, "fw")) && ex_is_punct(t, f + 1, ':'))
        return true;
    if (ex_is_punct(t, f, '(') && ex_is_punct(t, ex_line_end(t, l) - 1, ')'))
        return true;
    /* a JSON member ("\"name\": \"9th Digital Nations Ministerial Summit\",");
     * but a quoted phrase, a colon and more is a headline (""Nine became
     * ten": Juan Andrés Roballo on ...") */
    uint32_t quote;
    if (ex_is_open_quote(t, f, &quote))
        for (size_t k = f + 1; k + 1 < l->toks.end && k < f + 6; k++)
            if (ex_is_punct(t, k, quote))
                return ex_is_punct(t, k + 1, ':') && ex_words(t, (ex_span){ f + 1, k }) == 1;
    for (size_t k = f; k + 1 < l->toks.end; k++)
        if (ex_is_punct(t, k, '@') && !t->tok[k + 1].space_before)
            return true;
    /* a line that opens on a sign: a list item ("- Jane Roe, ...", "▸ Road
     * safety campaign (3)"), a rule's label ("──── Quote posts ────") */
    uint32_t close;
    const ex_token *lead = &t->tok[f];
    if (lead->kind == TOK_PUNCT && !ex_is_open_quote(t, f, &close) && lead->ch != 0xBF &&
        lead->ch != 0xA1 && markdown_heading(t, l) == f)
        return true;
    if (l->no > 1 && (media_kind(t, l - 1) ||
                      (!ex_line_blank(l - 1) && speaker_line(t, l - 1, meeting))))
        return true;
    if (speaker_line(t, l, meeting) || said_again(t, l))
        return true;
    return f + 2 < l->toks.end && ex_is(t, f, "from") && t->tok[f + 1].upper &&
           ex_is_punct(t, f + 2, ',');
}

/* Is one of labels among the first two words of line l, past its
 * number ("II.1.1) Title attributed to ...:"; not "Speakers at the opening
 * event:")? */
static bool label_heads(const ex_text *t, const ex_line *l, const char *const *labels)
{
    size_t words = 0;
    for (size_t k = l->toks.first; k < l->toks.end && words < 2; k++) {
        if (t->tok[k].kind != TOK_WORD)
            continue;
        if (ex_in_list(t, k, labels))
            return true;
        words++;
    }
    return false;
}

/* A search engine's results page ("About 41,200 results (0.46 seconds)"
 * near its top): its title is the query, the browser's title line before
 * " - ExampleSearch". */
static bool search_query(ex_ctx *c, ex_draft *d)
{
    const ex_text *t = c->t;
    bool results = false;
    for (uint32_t no = 1; no <= t->nlines && no <= 20 && !results; no++) {
        const ex_line *l = &t->lines[no - 1];
        size_t f = l->toks.first;
        results = ex_is(t, f, "about") && f + 2 < l->toks.end && t->tok[f + 1].kind == TOK_NUM &&
                  ex_span_has(t, l->toks, (const char *const[]){ "results", NULL });
    }
    const ex_line *first = t->nlines ? &t->lines[0] : NULL;
    if (!results || !first || first->toks.first == first->toks.end)
        return false;
    size_t e = first->toks.end;
    for (size_t k = first->toks.first + 1; k < first->toks.end; k++)
        if (ex_is_dash(t, k) && t->tok[k].space_before)
            e = k;
    if (e == first->toks.end || e <= first->toks.first)
        return false;
    d->title.s = ex_str_span(c, (ex_span){ first->toks.first, e });
    d->title.ev = first->toks;
    return d->title.s != NULL;
}

/* Does line l hold a web address ("id: https://social.example.net/...")?
 * No headline does. */
static bool names_address(const ex_text *t, const ex_line *l)
{
    for (size_t k = 0; k + 3 <= l->len; k++)
        if (memcmp(t->buf + l->off + k, "://", 3) == 0)
            return true;
    return false;
}

/* A document's protective marking or handling line ("IN CONFIDENCE -
 * DRAFT FOR COMMENT", "OFFICIAL-SENSITIVE", "Not for circulation"): its
 * words all of such markings. */
static bool handling_marking(const ex_text *t, const ex_line *l)
{
    static const char *const marking[] = {
        "in", "confidence", "draft", "for", "comment", "comments", "official", "sensitive",
        "restricted", "confidential", "secret", "unclassified", "not", "internal", "only", "use",
        "circulation", "do", "circulate", "protect", "policy", "limited", "distribution",
        "embargoed", "until", "release", "strictly", "private", NULL,
    };
    size_t words = 0;
    for (size_t i = l->toks.first; i < l->toks.end; i++) {
        if (t->tok[i].kind == TOK_PUNCT)
            continue;
        if (!ex_in_list(t, i, marking))
            return false;
        words++;
    }
    return words > 0;
}

void ex_find_title(ex_ctx *c, ex_draft *d, bool list_section)
{
    const ex_text *t = c->t;
    if (d->section.first >= d->section.end)
        return;
    uint32_t first = t->tok[d->section.first].line, last = t->tok[d->section.end - 1].line;
    if (list_section) {
        const ex_line *l = ex_line_of(t, d->heading);
        /* (a list's item without its bullet: "- 2014 — London" is "2014 — London") */
        size_t from = l->toks.first;
        if (from + 1 < l->toks.end && t->tok[from].kind == TOK_PUNCT &&
            (t->tok[from].ch == '-' || t->tok[from].ch == '*' || t->tok[from].ch == 0x2022) &&
            t->tok[from + 1].space_before)
            from++;
        d->title.s = ex_str(c, from < l->toks.end ? t->tok[from].off : l->off, l->off + l->len);
        d->title.ev = l->toks;
        return;
    }
    if (search_query(c, d))
        return;
    /* Prose: the headline is a line of its own (not part of a wrapped
     * paragraph), 4 to 25 words, not a sentence, not navigation, no date.
     * Among those: meeting words (+3), title case (+2), 6 words or more
     * (+1); the first best wins. */
    static const char *const headline_words[] = {
        "summit", "summits", "ministers", "ministerial", "meeting", "meet", "meets", "met",
        "conference", "talks", "charter", "declaration", "statement", "forum",
        /* Spanish and Portuguese */
        "cumbre", "cimeira", "ministros", "reuni\xc3\xb3n", "reuni\xc3\xa3o", NULL,
    };
    int best = 0;
    uint32_t masthead = masthead_lines(t);
    /* a transcript: three speakers' lines or more before the meeting's date */
    uint32_t anchor = d->date_ev.first < d->date_ev.end ? t->tok[d->date_ev.first].line : 0;
    size_t speakers = 0;
    for (uint32_t no = first; no < anchor && no <= last && speakers < 3; no++)
        speakers += speaker_line(t, &t->lines[no - 1], headline_words);
    bool transcript = speakers >= 3;
    uint32_t candidate = 0; /* the last line that could be the headline */
    int candidate_score = 0;
    bool labelled_title = false; /* the best so far is a "Title:" line */
    ex_found above_breadcrumb = { NULL, { 0, 0 } };
    for (uint32_t no = first; no <= last; no++) {
        const ex_line *l = &t->lines[no - 1];
        if (l->toks.first == l->toks.end)
            continue;
        /* the site's name and menus come before the breadcrumb
         * ("Home > News > ..."), the headline after it; but a headline
         * may sit above its breadcrumb, when none follows before the
         * article begins */
        if (breadcrumb(t, l)) {
            if (d->title.s)
                above_breadcrumb = d->title;
            best = 0;
            d->title.s = NULL;
            continue;
        }
        size_t words = 0, longw = 0, caps = 0;
        bool dated = false;
        int depth = 0;
        for (size_t i = l->toks.first; i < l->toks.end; i++) {
            /* (years alone do not make a dateline: "..., 2014–2016"; nor
             * does a date in brackets: "The 9th ... Summit (Seoul, Nov. 1-3,
             * 2022)") */
            depth += ex_is_punct(t, i, '(') - ex_is_punct(t, i, ')');
            ex_date dd;
            dated |= depth <= 0 && ex_date_at(t, i, &dd) > 0 && !dd.impossible && dd.start.month;
            if (t->tok[i].kind == TOK_PUNCT)
                continue;
            words++;
            if (t->tok[i].len >= 4 && t->tok[i].kind == TOK_WORD) {
                longw++;
                caps += t->tok[i].upper;
            }
        }
        /* a line with emoji is a post, not a headline */
        bool emoji = false;
        for (size_t i = l->toks.first; i < l->toks.end && !emoji; i++)
            emoji = t->tok[i].kind == TOK_PUNCT && t->tok[i].ch >= 0x2600 && t->tok[i].ch != 0xFE0F;
        if (emoji)
            continue;
        const ex_token *lt = &t->tok[ex_line_end(t, l) - 1]; /* before a "[4]" */
        bool ends_sentence = lt->kind == TOK_PUNCT && (lt->ch == '.' || lt->ch == ':' ||
                                                       lt->ch == ';');
        /* a transcript's heading is the last one above the meeting's
         * date: the question that tells of it */
        if (transcript && no > anchor)
            break;
        if (ends_sentence && words > 30 && !transcript)
            break; /* the article has begun */
        size_t f = l->toks.first, e = l->toks.end;
        bool wrapped_line = (f > 0 && t->tok[f - 1].sentence == t->tok[f].sentence) ||
                            (e < t->ntok && t->tok[e].sentence == t->tok[e - 1].sentence);
        /* a paragraph of three lines or more, wrapped, after a headline:
         * the article has begun, and its subheadings are no headlines */
        if ((best > 0 || above_breadcrumb.s) && wrapped_line && !transcript &&
            (no == 1 || ex_line_blank(l - 1)) && no + 2 <= last && !ex_line_blank(l + 1) &&
            !ex_line_blank(l + 2)) {
            if (best == 0)
                d->title = above_breadcrumb;
            break;
        }
        /* "Title : Busan hosts ...": the label is not part of the title */
        static const char *const labels[] = { "title", "headline", "subject", "event", "t\xc3\xadtulo",
                                              "titulo", "asunto", "assunto", NULL };
        ex_span label;
        ex_span body = ex_line_body(t, l, &label);
        bool labelled = label.first < label.end && ex_in_list(t, label.end - 1, labels);
        /* ("Title: TBC with the Secretariat": no title yet) */
        static const char *const unknown[] = { "tbc", "tba", "tbd", "none", "unknown", "n",
                                               NULL };
        if (labelled && body.first < body.end && ex_in_list(t, body.first, unknown))
            continue;
        /* "II.1.1) Title attributed to the contract by the contracting
         * authority:" over the title: a label on a line of its own */
        const ex_line *above = no > 1 ? l - 1 : NULL;
        labelled |= above && !ex_line_blank(above) && ex_is_punct(t, above->toks.end - 1, ':') &&
                    above->toks.end - above->toks.first <= 16 && label.first == label.end &&
                    label_heads(t, above, labels);
        /* a headline wrapped over two lines ("Digital-5 ministers gathered
         * in Busan, "Busan Declaration of Digital-5 / Governments" is
         * adopted with unanimity"): its sentence is these two lines */
        const ex_line *tail = l;
        bool colon_end = ex_is_punct(t, e - 1, ':');
        /* (or a labelled title hanging under its label: "Subject: Outcome
         * of the 3rd summit and" / "         transmission of ...") */
        bool hanging = labelled && no < last && !ex_line_blank(l + 1) &&
                       t->tok[l[1].toks.first].off - l[1].off == t->tok[body.first].off - l->off;
        if ((wrapped_line || colon_end || hanging) &&
            (f == 0 || t->tok[f - 1].sentence != t->tok[f].sentence) && no < last &&
            !ex_line_blank(l + 1)) {
            const ex_line *n2 = l + 1;
            size_t ne = n2->toks.end;
            bool ends_there = ne == t->ntok || t->tok[ne].sentence != t->tok[ne - 1].sentence;
            /* (a line that cannot end: a quote left open, "of", "and", a comma) */
            static const char *const joins[] = { "of", "and", "the", "in", "for", "to", "a",
                                                 "at", "with", NULL };
            size_t quotes = 0;
            for (size_t k = f; k < e; k++)
                quotes += ex_is_punct(t, k, '"');
            /* (or a quotation alone on the next line, the two set apart:
             * "... sob o lema / "Better Data, Better Society"") */
            uint32_t close;
            bool quoted_tail = ex_is_open_quote(t, n2->toks.first, &close) &&
                               ex_is_punct(t, ne - 1, close) && (no == 1 || ex_line_blank(l - 1)) &&
                               (no + 1 >= last || ex_line_blank(l + 2));
            /* (or a title and its subtitle after a colon, the two set
             * apart: "Five governments, one charter: / the first D5 summit
             * in London") */
            bool set_apart = (no == 1 || ex_line_blank(l - 1)) &&
                             (no + 1 >= last || ex_line_blank(l + 2));
            bool subtitle = colon_end && set_apart;
            bool open = quotes % 2 == 1 || ex_in_list(t, e - 1, joins) ||
                        ex_is_punct(t, e - 1, ',') || quoted_tail || subtitle;
            if (open && ends_there &&
                (t->tok[ne - 1].sentence == t->tok[f].sentence || subtitle || hanging) &&
                words + ex_words(t, n2->toks) <= 25 && !ex_is_sentence_end(t, ne - 1) &&
                !ex_is_punct(t, ne - 1, ':')) {
                tail = n2;
                wrapped_line = false;
                words += ex_words(t, n2->toks);
                ends_sentence = false;
            }
        }
        /* a labelled line ("Event: ...") stands alone even among others */
        /* "Theme: ...", "Format: ...": a line labelled as something else */
        static const char *const field_labels[] = {
            "theme", "format", "where", "when", "date", "dates", "venue", "location", "host",
            "organiser", "organizer", "audience", "category", "categories", "tags", "source",
            "caption", "photo", "mode", "time", "participants", "chair", "from", "by", "author",
            NULL,
        };
        bool other_label = label.first < label.end && !labelled &&
                           ex_in_list(t, label.end - 1, field_labels);
        /* "Heads of delegation in Tallinn. Photo: Ministry of ...": a caption */
        static const char *const credits[] = { "photo", "foto", "image", "credit", "caption", NULL };
        for (size_t i = l->toks.first; i + 1 < l->toks.end && !other_label; i++)
            other_label = ex_in_list(t, i, credits) && ex_is_punct(t, i + 1, ':');
        /* ("Host / chair: Republic of Korea (KR)": a field of two labels) */
        for (size_t i = l->toks.first; i + 1 < l->toks.end && i < l->toks.first + 4 &&
                                       !other_label && !labelled;
             i++)
            other_label = ex_in_list(t, i, field_labels) && ex_is_punct(t, i + 1, ':') &&
                          ex_is_punct(t, i - (i > l->toks.first), '/');
        /* a line in capitals stands alone, even above a subheading
         * without a full stop or below a "-----" rule */
        bool shouting = longw > 0 && ex_all_caps(t, l->toks);
        /* an FAQ's question, its answer on the next line, is no headline */
        bool question = ex_is_punct(t, l->toks.end - 1, '?') && no < t->nlines &&
                        !ex_line_blank(&t->lines[no]);
        if (question || handling_marking(t, l))
            continue;
        /* a site's name and tagline sit right above its menu */
        const ex_line *below = no < t->nlines ? &t->lines[no] : NULL;
        bool site_header = (below && menu_below(t, below)) || no <= masthead;
        /* ("SUBJECT: ESTONIA: D5 SUMMIT, TALLINN, 19-20 NOVEMBER 2015": a
         * labelled title may carry its date) */
        /* ("Photo 2 of 14": a counter, not a headline; nor is "TABLE 1:
         * INTERNATIONAL TRAVEL" a table's caption) */
        static const char *const exhibits[] = { "table", "figure", "chart", "annex", "exhibit",
                                                NULL };
        if (ex_in_list(t, l->toks.first, exhibits) && l->toks.first + 1 < l->toks.end &&
            t->tok[l->toks.first + 1].kind == TOK_NUM)
            continue;
        /* (a data file's title is a field's: "title: ...", not a note's
         * line, nor a document's in a block under the record; but a
         * "headline:" is no document's, however deep: a timeline's
         * "title" slide's "text" has it) */
        if (t->yaml && (!labelled || (t->tok[l->toks.first].off - l->off >
                                          t->tok[d->section.first].off -
                                              ex_line_of(t, d->section.first)->off + 2 &&
                                      !ex_is(t, label.end - 1, "headline"))))
            continue;
        /* (a labelled title may end on a full stop: "Title: ... logistics.") */
        bool full_stop = lt->kind == TOK_PUNCT && lt->ch == '.';
        /* (a "Title:" line may be short: "Title: N5 desk") */
        if (words < (labelled ? 3 : 4) || words > 25 || longw < (labelled ? 1 : 2) || (ends_sentence && !(labelled && full_stop)) ||
            (dated && !labelled) ||
            site_header ||
            under_byline(t, l) ||
            (wrapped_line && !labelled && !shouting) ||
            other_label ||
            navigation(t, l) || media_kind(t, l) || names_address(t, l))
            continue;
        /* "Written Answers to Questions", "Communicated by the Ministry's
         * Spokesperson": the kind of document, not its story */
        static const char *const genre[] = { "answers", "spokesperson",
                                             "communicated", "digest", "newsletter",
                                             "bulletin", NULL };
        if (!labelled && ex_span_has(t, l->toks, genre) &&
            !ex_span_has(t, l->toks, headline_words))
            continue;
        /* "Press statement of the Ministry of the Interior", "Media
         * release": the kind of document, above its headline */
        static const char *const outlets[] = { "press", "media", "news", NULL };
        static const char *const kinds[] = { "statement", "release", "notice", NULL };
        if (!labelled && ex_in_list(t, l->toks.first, outlets) &&
            ex_in_list(t, l->toks.first + 1, kinds))
            continue;
        if (page_furniture(t, l, headline_words) || (!labelled && infobox_field(t, l)))
            continue; /* ("Event: ..." among fields is the title) */
        int score = 1 + (ex_span_has(t, l->toks, headline_words) ? 3 : 0) +
                    (longw > 0 && caps * 10 >= longw * 7 ? 2 : 0) + (words >= 6 ? 1 : 0) +
                    (labelled ? 4 : 0) +
                    (labelled && no == first ? 4 : 0); /* (a document's "Title:" atop it) */
        /* the standfirst right under a headline is not the headline (but
         * a headline may sit under a label: "Working Paper 2021/07") */
        bool standfirst = candidate && candidate + 1 == no && candidate_score >= 4 && !labelled;
        candidate = no;
        candidate_score = score;
        if (standfirst)
            continue;
        /* the first "Title:" is the document's (a deck's next slides have
         * their own) */
        if ((transcript ? score < 3 : score <= best) || (labelled && labelled_title))
            continue;
        best = score;
        labelled_title = labelled;
        size_t from = labelled ? t->tok[body.first].off : t->tok[markdown_heading(t, l)].off;
        /* "2. DIGITAL NATIONS ...": an item's number is not its title (but
         * "3.6 International engagement" is a section's, and stays) */
        if (!labelled && l->toks.first + 2 < l->toks.end && t->tok[l->toks.first].kind == TOK_NUM &&
            ex_is_punct(t, l->toks.first + 1, '.') && t->tok[l->toks.first + 2].space_before)
            from = t->tok[l->toks.first + 2].off;
        size_t to = tail->off + tail->len;
        while (labelled && to > from && t->buf[to - 1] == '.')
            to--;
        /* "\"Ten countries, eight time zones: ...\"": an episode's title in
         * quotes is the title without them */
        uint32_t close;
        size_t first_tok = labelled ? body.first : l->toks.first;
        if (ex_is_open_quote(t, first_tok, &close) && tail->toks.end > first_tok + 1 &&
            ex_is_punct(t, tail->toks.end - 1, close)) {
            from = t->tok[first_tok + 1].off;
            to = t->tok[tail->toks.end - 1].off;
        }
        d->title.s = shouting ? title_case(c, from, to) : ex_str(c, from, to);
        d->title.ev = (ex_span){ l->toks.first, tail->toks.end };
    }
}

/* --- labelled fields ------------------------------------------------------ */

/* As field(), for a label whose first word is one of labels ("members
 * at close:"). */
static ex_span field_opening(const ex_text *t, uint32_t from, uint32_t to,
                             const char *const *labels, uint32_t *at)
{
    for (uint32_t no = from; no <= to && no <= t->nlines; no++) {
        ex_span label;
        ex_span body = ex_line_body(t, &t->lines[no - 1], &label);
        if (label.first < label.end && ex_in_list(t, label.first, labels) && body.first < body.end) {
            *at = no;
            return body;
        }
    }
    return (ex_span){ 0, 0 };
}

/* The body of the line labelled with one of labels within lines [from,
 * to] of the record, or an empty span; *at gets the line's number. */
static ex_span field(const ex_text *t, uint32_t from, uint32_t to, const char *const *labels,
                     uint32_t *at)
{
    for (uint32_t no = from; no <= to && no <= t->nlines; no++) {
        ex_span label;
        ex_span body = ex_line_body(t, &t->lines[no - 1], &label);
        /* "Start:", "Start date:" or "Starts at:" / "Ends on:" */
        bool dated = label.end == label.first + 2 &&
                     (ex_is(t, label.first + 1, "date") || ex_is(t, label.first + 1, "at") ||
                      ex_is(t, label.first + 1, "on"));
        if (label.first < label.end &&
            (ex_in_list(t, label.end - 1, labels) || (dated && ex_in_list(t, label.first, labels))) &&
            body.first < body.end) {
            *at = no;
            return body;
        }
    }
    return (ex_span){ 0, 0 };
}

/* The body of the first "chair <word>:" line in lines [from, to] whose
 * second word is one of `words` ("chair country: KR"), or none. */
static ex_span chair_field(const ex_text *t, uint32_t from, uint32_t to,
                           const char *const *words, uint32_t *at)
{
    for (uint32_t no = from; no <= to && no <= t->nlines; no++) {
        ex_span label;
        ex_span body = ex_line_body(t, &t->lines[no - 1], &label);
        if (label.end == label.first + 2 && ex_is(t, label.first, "chair") &&
            ex_in_list(t, label.first + 1, words) && body.first < body.end) {
            *at = no;
            return body;
        }
    }
    return (ex_span){ 0, 0 };
}

/* The column of line l's first token (SIZE_MAX when it is blank). */
static size_t line_indent(const ex_text *t, const ex_line *l)
{
    return l->toks.first < l->toks.end ? t->tok[l->toks.first].off - l->off : SIZE_MAX;
}

/* Does line no (1-based) stand in a data file's block about another
 * meeting ("next_host:" over "  city: Montevideo")? */
static bool under_other_block(const ex_text *t, uint32_t no)
{
    static const char *const others[] = { "next", "previous", "prev", "last", "former",
                                           "upcoming", "related", "other", NULL };
    size_t indent = line_indent(t, &t->lines[no - 1]);
    for (uint32_t up = no - 1; up >= 1 && no - up <= 8; up--) {
        const ex_line *l = &t->lines[up - 1];
        size_t at = line_indent(t, l);
        if (at == SIZE_MAX || at >= indent)
            continue;
        return ex_span_has(t, l->toks, others);
    }
    return false;
}

/* The chair is country code, as ev says: its participant's role too (a
 * chair taken before from the notes is a member again). */
static void data_chair(ex_ctx *c, ex_draft *d, const char *code, ex_span ev)
{
    for (size_t k = 0; k < d->nparticipants; k++) {
        ex_participant *p = &d->participants[k];
        if (p->role == SUMMIT_ROLE_CHAIR && strcmp(p->code, code) != 0)
            p->role = SUMMIT_ROLE_MEMBER;
        if (strcmp(p->code, code) == 0)
            p->role = SUMMIT_ROLE_CHAIR;
    }
    d->chair = code;
    d->chair_ev = ev;
    add_participant(c, d, code, NULL, SUMMIT_ROLE_CHAIR, ev);
}

/* "Start: 2020-11-02" over "End: 2020-11-04": the meeting's last day,
 * when the start is the record's (within a month after it). Read before
 * the sentences are judged, so that "signed on Thursday 22 November" is
 * the meeting's own second day. */
void ex_find_end_field(ex_ctx *c, ex_draft *d)
{
    const ex_text *t = c->t;
    if (d->section.first >= d->section.end || d->end.year || !d->start.day)
        return; /* (read already, for a data file's item) */
    uint32_t first = t->tok[d->section.first].line, last = t->tok[d->section.end - 1].line, at;
    static const char *const start[] = { "start", "starts", "begins", "from", NULL };
    static const char *const end[] = { "end", "ends", "until", NULL };
    ex_date sd, ed;
    uint32_t start_at;
    /* (the start field the record's date came from, if it did) */
    uint32_t dated = d->date_ev.first < d->date_ev.end ? t->tok[d->date_ev.first].line : 0;
    ex_span sb = dated >= first && dated <= last ? field(t, dated, dated, start, &start_at)
                                                 : (ex_span){ 0, 0 };
    if (sb.first == sb.end)
        sb = field(t, first, last, start, &start_at);
    ex_span b = sb.first < sb.end ? field(t, start_at + 1, start_at + 3, end, &at) : sb;
    if (!d->end.year && d->start.day && b.first < b.end && ex_date_at(t, sb.first, &sd) &&
        ex_date_at(t, b.first, &ed) && sd.start.year == d->start.year &&
        sd.start.month == d->start.month && sd.start.day == d->start.day &&
        ed.start.year == d->start.year &&
        ((ed.start.month == d->start.month && ed.start.day > d->start.day) ||
         (ed.start.month == d->start.month + 1 && ed.start.day && ed.start.day < d->start.day))) {
        d->end = ed.start;
        if (t->lines[at - 1].toks.end > d->date_ev.end)
            d->date_ev.end = t->lines[at - 1].toks.end;
    }
}

void ex_find_fields(ex_ctx *c, ex_draft *d)
{
    const ex_text *t = c->t;
    if (d->section.first >= d->section.end)
        return;
    uint32_t first = t->tok[d->section.first].line, last = t->tok[d->section.end - 1].line, at;
    /* "Edition: 7" */
    static const char *const edition[] = { "edition", NULL };
    ex_span b = field(t, first, last, edition, &at);
    if (!d->edition && b.first + 1 == b.end && t->tok[b.first].kind == TOK_NUM &&
        t->tok[b.first].num > 0 && t->tok[b.first].num < 1000) {
        d->edition = t->tok[b.first].num;
        d->edition_ev = t->lines[at - 1].toks;
    }
    ex_find_end_field(c, d);
    /* "City: Bergen" near "Country: NO" (a block of fields; in a data
     * file, it beats a place its notes tell: "held at several London
     * venues including Tech City in Shoreditch") */
    static const char *const city[] = { "city", "cidade", "ciudad", NULL };
    static const char *const country[] = { "country", "pa\xc3\xads", "pais", NULL };
    ex_country_hit h;
    uint32_t country_at;
    bool city_field = false;
    for (uint32_t from = first; (!d->city.s || t->yaml) && !city_field && from <= last;
         from = at + 1) {
        b = field(t, from, last, city, &at);
        if (b.first == b.end)
            break;
        ex_span cb = field(t, at > 3 ? at - 3 : 1, at + 3, country, &country_at);
        if (cb.first < cb.end && b.end - b.first <= 3 && !under_other_block(t, at) &&
            ex_country_at(t, c->countries, cb.first, true, &h) && h.toks.end == cb.end) {
            d->city.s = ex_str_span(c, b);
            d->city.ev = t->lines[at - 1].toks;
            d->country = h.code;
            d->country_ev = t->lines[country_at - 1].toks;
            city_field = true;
        } else if (t->yaml && cb.first == cb.end && b.end - b.first <= 3 && !under_other_block(t, at)) {
            /* "city: Oslo" alone in a data file: a capital's country is known */
            const char *name = ex_str_span(c, b);
            const char *code = name ? ex_capital_country(name) : NULL;
            if (code) {
                set_capital(d, name, code, t->lines[at - 1].toks);
                city_field = true;
            }
        }
    }
    /* "mode: virtual", "format: in-person" (in a data file, or on an
     * event's card, "Format:" beside "Date:" and "Location:"; in prose
     * "Registration mode: online" is none) */
    static const char *const mode[] = { "mode", "format", NULL };
    b = field(t, first, last, mode, &at);
    if (!t->yaml && b.first < b.end) {
        ex_span label;
        ex_line_body(t, &t->lines[at - 1], &label);
        if (label.end != label.first + 1 || !ex_in_event_card(t, &t->lines[at - 1]))
            b = (ex_span){ 0, 0 };
    }
    if (!d->mode && b.first < b.end && b.end - b.first <= 3) {
        if (ex_is(t, b.first, "virtual") || ex_is(t, b.first, "online"))
            d->mode = SUMMIT_MODE_VIRTUAL;
        else if (ex_is(t, b.first, "hybrid"))
            d->mode = SUMMIT_MODE_HYBRID;
        else if ((ex_is(t, b.first, "in") && ex_is(t, b.end - 1, "person")) ||
                 ex_is(t, b.first, "face"))
            d->mode = SUMMIT_MODE_IN_PERSON;
        if (d->mode)
            d->mode_ev = t->lines[at - 1].toks;
    }
    /* "chair:" over "  country: CA", "  person: Hon. Joyce Murray", "  title:
     * Minister of ...": a block of the chair's fields */
    static const char *const chair[] = { "chair", "presidency", "presidencia",
                                         "presid\xc3\xaancia", NULL };
    static const char *const person[] = { "person", "name", "pessoa", "persona", "nome",
                                          "nombre", NULL };
    static const char *const office[] = { "title", "office", "role", "cargo", NULL };
    static const char *const honorifics[] = { "hon", "mr", "ms", "mrs", "dr", NULL };
    for (uint32_t no = first; no < last; no++) {
        size_t f = block_header(t, &t->lines[no - 1]); /* (past a "- ") */
        if (f == SIZE_MAX || !ex_in_list(t, f, chair))
            continue;
        /* (a country, a person and an office, each perhaps with a line
         * of its own under it: an XML attribute's; to the block's end) */
        uint32_t to = no + 7 < last ? no + 7 : last;
        size_t indent = t->tok[f].off - t->lines[no - 1].off;
        if (no < last && line_indent(t, &t->lines[no]) > indent) /* (not a TOML table's) */
            for (to = no; to < last && to < no + 7 && line_indent(t, &t->lines[to]) > indent;)
                to++;
        b = field(t, no + 1, to, country, &at);
        if (b.first < b.end && ex_country_at(t, c->countries, b.first, true, &h) &&
            h.toks.end == b.end && (!d->chair || (t->yaml && strcmp(d->chair, h.code) != 0))) {
            /* (a data file's chair field says it over what its notes suggest) */
            data_chair(c, d, h.code, t->lines[at - 1].toks);
        }
        b = field(t, no + 1, to, person, &at);
        while (b.first < b.end && ex_in_list(t, b.first, honorifics))
            b.first += 1 + ex_is_punct(t, b.first + 1, '.'); /* "Hon. Joyce Murray" */
        if (!d->chair_person.s && b.first < b.end && d->chair) {
            d->chair_person.s = ex_str_span(c, b);
            d->chair_person.ev = t->lines[at - 1].toks;
            b = field(t, no + 1, to, office, &at);
            if (b.first < b.end) {
                d->chair_office.s = ex_str_span(c, b);
                d->chair_office.ev = t->lines[at - 1].toks;
            }
        }
        break;
    }
    /* "chair_country = KR", "chair_person = ...", "chair_title = ...": the
     * chair's fields flat in a record (an INI file's section) */
    if (t->yaml) {
        static const char *const countries[] = { "country", "code", NULL };
        b = chair_field(t, first, last, countries, &at);
        if (b.first < b.end && ex_country_at(t, c->countries, b.first, true, &h) &&
            h.toks.end == b.end)
            data_chair(c, d, h.code, t->lines[at - 1].toks);
        b = chair_field(t, first, last, person, &at);
        if (!d->chair_person.s && b.first < b.end && d->chair) {
            d->chair_person.s = ex_str_span(c, b);
            d->chair_person.ev = t->lines[at - 1].toks;
            b = chair_field(t, first, last, office, &at);
            if (b.first < b.end) {
                d->chair_office.s = ex_str_span(c, b);
                d->chair_office.ev = t->lines[at - 1].toks;
            }
        }
    }
    /* "Participants: [CA, DK, EE, ...]": countries by their codes (in a
     * data file also "members_at_close: ...") */
    static const char *const members[] = { "participants", "members", "countries", NULL };
    b = field(t, first, last, members, &at);
    if (b.first == b.end && t->yaml)
        b = field_opening(t, first, last, members, &at);
    size_t codes = 0;
    for (size_t k = b.first; k < b.end; k++)
        codes += ex_country_at(t, c->countries, k, true, &h) && t->tok[k].len == 2;
    for (size_t k = b.first; k < b.end && codes >= 2; k++)
        if (ex_country_at(t, c->countries, k, true, &h) && !has_participant(d, h.code))
            add_participant(c, d, h.code, NULL, SUMMIT_ROLE_MEMBER, t->lines[at - 1].toks);
    /* a data file's "observers: US, MX": its list of countries, up to the
     * first other word ("-- ATTENDED AS OBSERVERS") */
    static const char *const observer_fields[] = { "observers", NULL };
    b = t->yaml ? field(t, first, last, observer_fields, &at) : (ex_span){ 0, 0 };
    for (size_t k = b.first; k < b.end;) {
        if (ex_country_at(t, c->countries, k, true, &h)) {
            if (!has_participant(d, h.code))
                add_participant(c, d, h.code, NULL, SUMMIT_ROLE_OBSERVER, t->lines[at - 1].toks);
            k = h.toks.end;
        } else if (ex_is_punct(t, k, ',') || ex_is(t, k, "and")) {
            k++;
        } else {
            break;
        }
    }
    /* "group: DN" (in a data file: in prose "Working group: ..." is none)
     * says the group even where the record's name says another way
     * ("name: Digital Nations Ministerial Summit") */
    static const char *const group[] = { "group", "grupo", NULL };
    /* (a timeline's "group: Related events" files an event under a
     * heading: no group's name) */
    static const char *const headings[] = { "summits", "events", "meetings", "conferences",
                                            "milestones", "other", NULL };
    b = t->yaml ? field(t, first, last, group, &at) : (ex_span){ 0, 0 };
    for (size_t k = b.first; k + 1 < b.end; k++) /* "D7 → D9": the group it became */
        if (ex_is_punct(t, k, 0x2192) || (ex_is_punct(t, k, '>') && k > b.first &&
                                          ex_is_punct(t, k - 1, '-')))
            b.first = k + 1;
    if (b.first < b.end && b.end - b.first <= 4 && !ex_in_list(t, b.end - 1, headings)) {
        d->group.s = ex_str_span(c, b);
        d->group.ev = t->lines[at - 1].toks;
        /* ("name: Fifth Ministerial Summit": a series of no name is the group's) */
        /* (nor is the page's: an item's group names its own series) */
        bool unnamed = d->series.s && (strcmp(d->series.s, "Summit") == 0 ||
                                       strcmp(d->series.s, "Ministerial Summit") == 0 ||
                                       d->page_series);
        if (!d->series.s || unnamed) {
            char buf[256];
            snprintf(buf, sizeof buf, "%s %s", d->group.s,
                     unnamed && strstr(d->series.s, "Ministerial") ? "Ministerial Summit" : "Summit");
            d->series.s = ex_str_dup(c, buf);
            d->series.ev = d->group.ev;
        }
    }
    /* "members:" over "  country: CA" and "  role: observer": a table or
     * an item each member (a TOML file's [[event.members]], a YAML list,
     * its items perhaps "- {country: CA, role: host}"); a data file's
     * "outcomes:" over "  - Working group launched": its commitments */
    static const char *const member_blocks[] = { "members", "participants", "delegations",
                                                 "membros", "miembros", NULL };
    static const char *const outcome_blocks[] = { "outcomes", "commitments", "decisions", NULL };
    static const char *const role[] = { "role", "status", NULL };
    bool in_members = false, in_outcomes = false;
    for (uint32_t no = first; no <= last && no <= t->nlines; no++) {
        const ex_line *l = &t->lines[no - 1];
        ex_span label;
        ex_span body = ex_line_body(t, l, &label);
        size_t header = block_header(t, l);
        if (header != SIZE_MAX) {
            in_members = ex_in_list(t, header, member_blocks);
            in_outcomes = t->yaml && ex_in_list(t, header, outcome_blocks);
            continue;
        }
        if (in_outcomes && label.first == label.end && body.first > l->toks.first &&
            ex_is_punct(t, l->toks.first, '-') && body.first < body.end &&
            d->ncommitments < EX_MAX_COMMITMENTS) {
            if (!next_host(t, body.first, body.end, d) && !bilateral(c, body.first, body.end))
                add_commitment(c, d, NULL, body.first, body.end, l->toks);
            continue;
        }
        size_t f = body.first;
        if (label.first == label.end && ex_is_punct(t, f, '{')) { /* "{country: CA, role: host}" */
            label = (ex_span){ f + 1, f + 2 };
            body = (ex_span){ f + 3, f + 3 };
            while (body.end < l->toks.end && !ex_is_punct(t, body.end, ',') &&
                   !ex_is_punct(t, body.end, '}'))
                body.end++;
        }
        if (!in_members || label.first == label.end || !ex_in_list(t, label.end - 1, country) ||
            body.first >= body.end || !ex_is_punct(t, label.end, ':') ||
            !ex_country_at(t, c->countries, body.first, true, &h) || h.toks.end != body.end)
            continue;
        /* (its item's role: after it, else before it) */
        ex_span r = field(t, no, no + 2, role, &at);
        if (r.first == r.end)
            r = field(t, no > 2 ? no - 2 : 1, no, role, &at);
        static const char *const observers[] = { "observer", "observers", NULL };
        bool observer = (r.first < r.end && ex_in_list(t, r.first, observers)) ||
                        (label.first == f + 1 && ex_span_has(t, l->toks, observers));
        add_participant(c, d, h.code, NULL, observer ? SUMMIT_ROLE_OBSERVER : SUMMIT_ROLE_MEMBER,
                        l->toks);
    }
}
