/* summit_extract_text: the page is cut into sections, one per summit it
 * tells (dated news items, a list page's entries, a timeline's lines,
 * parts under year headings, a prose history's meetings, a digest's one
 * item, or else the whole page); each section's date is chosen from the
 * date mentions, the sentences that date only other meetings are set
 * aside, the field finders (extract_fields.c) fill a draft, and the draft
 * becomes a record through summit_collection_add(), which checks it with
 * the same rules as a loaded file. */
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include "collection_internal.h"
#include "country.h"
#include "error_internal.h"
#include "extract_draft.h"
#include "fold.h"
#include "summit/extract.h"
#include "summit/json.h"
#include "validate.h"

#define EX_MAX_SECTIONS 4096

/* Words that make a part of a page speak of a meeting. */
static const char *const meeting_words[] = { "summit", "summits", "meeting", "ministerial",
                                             "cumbre", "cimeira", NULL };
/* Events of another kind: a calendar's webinar, a feed's conference. */
static const char *const other_events[] = { "webinar", "hackathon", "workshop", "conference",
                                            "seminar", "course", "training", "festival",
                                            "exhibition", "meetup", "forum", "expo", NULL };

void summit_extract_options_init(summit_extract_options *o)
{
    if (!o)
        return;
    memset(o, 0, sizeof *o);
    o->version = SUMMIT_EXTRACT_OPTIONS_VERSION;
    o->max_input_bytes = SUMMIT_EXTRACT_DEFAULT_MAX_INPUT_BYTES;
}

/* --- date mentions --------------------------------------------------------- */

typedef struct mention {
    ex_date d;
    bool dateline;  /* "Date : 2020.11.10": the page's date, not the summit's */
    bool date_line; /* the mention is its line's whole text, labels aside (list pages) */
    bool timestamp; /* "25 November 2015 at 9:12 am": a comment or a log, not a meeting */
    bool revised;   /* a dateline of upkeep: "Last updated:", "Date modified:", "Last reviewed:" */
} mention;

typedef struct mentions {
    mention *m;
    size_t n, cap;
} mentions;

static bool dateline_word(const ex_text *t, size_t i)
{
    static const char *const words[] = { "date", "dated", "published", "posted", "updated",
                                         "modified", "released", "issued", "registration",
                                         "registered", "fecha", "publicado", "pubdate",
                                         "circulated", NULL };
    /* (Portuguese "Data:" as a label; "Data 360° Declaration" is none) */
    return ex_in_list(t, i, words) || (ex_is(t, i, "data") && ex_is_punct(t, i + 1, ':'));
}

/* Does a time follow token `end`: "... at 9:12 am", "..., 19:05",
 * "FEBRUARY 22, 2018 / 4:12 AM", "... 18h30"? */
static bool is_timestamp(const ex_text *t, size_t end)
{
    if (ex_is(t, end, "at") || ex_is_punct(t, end, ',') || ex_is_punct(t, end, '/'))
        end++;
    if (end >= t->ntok)
        return false;
    /* "18h30" */
    const ex_token *tk = &t->tok[end];
    const char *s = t->buf + tk->off;
    if (tk->kind == TOK_WORD && (tk->len == 4 || tk->len == 5)) {
        size_t h = tk->len - 3;
        bool digits = s[h + 1] >= '0' && s[h + 1] <= '9' && s[h + 2] >= '0' && s[h + 2] <= '9';
        for (size_t k = 0; k < h; k++)
            digits = digits && s[k] >= '0' && s[k] <= '9';
        if (digits && (s[h] == 'h' || s[h] == 'H'))
            return true;
    }
    return end + 2 < t->ntok && tk->kind == TOK_NUM && ex_is_punct(t, end + 1, ':') &&
           t->tok[end + 2].kind == TOK_NUM && !t->tok[end + 1].space_before;
}

/* Does a time come just before the date at token i: "10:42 AM · Nov 15,
 * 2023" under a post, "18:55, 6 Nov 2019"? */
static bool timed_before(const ex_text *t, size_t i)
{
    size_t k = i;
    if (k > 0 && t->tok[k - 1].kind == TOK_PUNCT && !ex_is_punct(t, k - 1, ':'))
        k--; /* "·", ",", "-" */
    if (k > 0 && (ex_is(t, k - 1, "am") || ex_is(t, k - 1, "pm")))
        k--;
    return k >= 3 && t->tok[k - 1].kind == TOK_NUM && ex_is_punct(t, k - 2, ':') &&
           t->tok[k - 3].kind == TOK_NUM && !t->tok[k - 2].space_before &&
           t->tok[k - 3].line == t->tok[i].line;
}

/* Is the date at token i a source's: in a note of a list of references
 * ("[3] Wikipedia, "Digital 7", accessed 2 February 2021.", "5. ^ ...
 * Retrieved 2 March 2021"), or after "accessed" / "retrieved"? */
static bool cited(const ex_text *t, const ex_line *l, size_t i)
{
    if (i > 0 && ex_looked_up(t, i - 1))
        return true;
    size_t f = l->toks.first;
    if (f + 2 < l->toks.end && ex_is_punct(t, f, '[') && t->tok[f + 1].kind == TOK_NUM &&
        ex_is_punct(t, f + 2, ']'))
        return true;
    for (size_t k = f; k < l->toks.end && k < f + 3; k++)
        if (ex_is_punct(t, k, '^'))
            return true;
    return false;
}

/* Is the mention the page's own date rather than a meeting's: "Published:
 * 23 February 2018", "Page last updated: ...", a "Date modified:" line
 * with the date below it, a press release's "Ottawa, Ontario – November
 * 4, 2020 –", a "Montevideo, 6 de noviembre de 2019" line? A range is a
 * meeting's, except after a word such as "Published". */
static bool is_dateline(const ex_text *t, const ex_line *l, const ex_date *d, ex_span body)
{
    size_t first = d->toks.first, end = d->toks.end;
    /* (but a "Start date:", "Event date:" names the meeting's day) */
    static const char *const meetings_day[] = { "start", "end", "event", "meeting", "summit",
                                                NULL };
    /* (not inside a bracket after a title: "* Data Declaration (published
     * by the UK on October 29, 2020)" dates the document, not the page) */
    for (size_t k = l->toks.first; k < first && k < l->toks.first + 5 && !ex_is_punct(t, k, '(');
         k++)
        if (dateline_word(t, k) && !(k > l->toks.first && ex_in_list(t, k - 1, meetings_day)))
            return true;
    if (d->end.month)
        return false;
    /* a byline or share bar: "12.11.2021 | Print | Share", "By A. Writer |
     * 12 December 2022 | 5 min read", "By A. Writer · 17 January 2024"
     * (not "Digital Summit | Seoul | 4 May 2020") */
    static const char *const bar[] = { "by", "print", "share", "read", "min", "posted",
                                       "comments", NULL };
    bool bar_after = end < l->toks.end && (ex_is_punct(t, end, '|') || ex_is_punct(t, end, 0xB7));
    bool bar_before = first > l->toks.first &&
                      (ex_is_punct(t, first - 1, '|') || ex_is_punct(t, first - 1, 0xB7));
    /* (its words near the date: a long line of such bars is read once) */
    ex_span near = { first > l->toks.first + 12 ? first - 12 : l->toks.first,
                     end + 12 < l->toks.end ? end + 12 : l->toks.end };
    if ((bar_after || bar_before) && ex_span_has(t, near, bar))
        return true;
    /* an outlet's byline closing on its date: "Baltic Tech Review · 20 Nov
     * 2015" (but "Digital Summit | Seoul | 4 May 2020" names an event) */
    static const char *const events[] = { "summit", "conference", "meeting", "forum", "week",
                                          NULL };
    if (bar_before && end == body.end && first - l->toks.first <= 8 &&
        !ex_span_has(t, l->toks, events))
        return true;
    if (first == body.first && end >= body.end && l->no > 1) {
        const ex_line *p = l - 1;
        while (p > t->lines && ex_line_blank(p) && p->no + 3 > l->no)
            p--;
        if (!ex_line_blank(p) && p->no + 3 > l->no && ex_is_punct(t, p->toks.end - 1, ':') &&
            dateline_word(t, p->toks.first))
            return true;
    }
    /* "November 4, 2020 — Ottawa, Ontario": the date, a dash, the place */
    if (first == body.first && end + 1 < body.end && body.end - end <= 6 && ex_is_dash(t, end) &&
        t->tok[end].space_before) {
        size_t k = end + 1;
        while (k < body.end && ((t->tok[k].kind == TOK_WORD && t->tok[k].upper) ||
                                (k > end + 1 && ex_is_punct(t, k, ','))))
            k++;
        if (k == body.end)
            return true;
    }
    if (first == l->toks.first || first - l->toks.first > 8)
        return false;
    bool before = ex_is_dash(t, first - 1) || ex_is_punct(t, first - 1, ',');
    /* a wire's "WELLINGTON, Feb 22 (GlobalWire) - Canada and ..." */
    size_t dash = end;
    if (dash + 2 < l->toks.end && ex_is_punct(t, dash, '(')) {
        while (dash < l->toks.end && dash < end + 6 && !ex_is_punct(t, dash, ')'))
            dash++;
        dash++;
    }
    if (before && dash < l->toks.end && ex_is_dash(t, dash) && t->tok[dash].space_before)
        return true;
    /* "City, date" or "City, Country, date" alone on a line, or with
     * the time: "JERUSALEM — Thursday, November 22, 2018 | 18:40",
     * "Lisbon, 15 November 2023, 19:05" */
    size_t after = end < body.end && ex_is_punct(t, end, '|') ? end + 1 : end;
    bool timed = after < body.end && body.end - after <= 5 && is_timestamp(t, after);
    if (!before || (end < body.end && !timed))
        return false;
    static const char *const meeting[] = { "summit", "conference", "meeting", "forum", NULL };
    for (size_t k = l->toks.first; k + 1 < first; k++)
        if ((t->tok[k].kind != TOK_WORD || !t->tok[k].upper || ex_in_list(t, k, meeting)) &&
            !(k > l->toks.first && ex_is_punct(t, k, ',')))
            return false;
    return first - l->toks.first <= 6;
}

/* "The 2020 summit, chaired by Canada, was held virtually", "Canada,
 * whose 2020 summit ...": a year that names one meeting dates it (to the
 * year). */
static size_t meeting_year_at(const ex_text *t, size_t i, ex_date *d)
{
    static const char *const meeting[] = { "summit", "ministerial", "meeting", NULL };
    static const char *const before[] = { "the", "whose", "its", "their", "our", NULL };
    int32_t year = ex_year(t, i);
    if (i == 0 || !ex_in_list(t, i - 1, before) || !year)
        return 0;
    for (size_t k = i + 1; k < t->ntok && k <= i + 3; k++) {
        if (ex_in_list(t, k, meeting)) {
            memset(d, 0, sizeof *d);
            d->start.year = year;
            d->weekday = d->end_weekday = -1;
            d->year_given = true;
            d->toks = (ex_span){ i, i + 1 };
            return 1;
        }
        if (t->tok[k].kind != TOK_WORD || !t->tok[k].upper)
            break;
    }
    return 0;
}

/* A page whose only dates are labelled "Date:" is a card of an event (the
 * summit's own "Date: 2 November 2020" beside its "Location:"): its
 * "Date:" lines date the meeting, not the page. On a page with other
 * dates the label keeps its usual sense: the page's date ("Date :
 * 2020.11.10" over a press release). */
static void card_dates(const ex_text *t, mentions *ms)
{
    for (size_t k = 0; k < ms->n; k++)
        if (!ms->m[k].dateline && !ms->m[k].timestamp)
            return;
    static const char *const bare[] = { "date", "dates", "fecha", "data", NULL };
    for (size_t k = 0; k < ms->n; k++) {
        mention *m = &ms->m[k];
        const ex_line *l = ex_line_of(t, m->d.toks.first);
        ex_span label;
        ex_span body = ex_line_body(t, l, &label);
        if (m->dateline && !m->timestamp && label.end == label.first + 1 &&
            ex_in_list(t, label.first, bare) && ex_in_event_card(t, l)) {
            m->dateline = false;
            m->date_line = m->d.toks.first == body.first && m->d.toks.end >= body.end &&
                           m->d.year_given;
        }
    }
}

static bool find_mentions(const ex_text *t, ex_mem *mem, mentions *out)
{
    for (size_t i = 0; i < t->ntok;) {
        mention m;
        memset(&m, 0, sizeof m);
        size_t n = ex_date_at(t, i, &m.d);
        if (!n)
            n = meeting_year_at(t, i, &m.d);
        if (!n || m.d.impossible) {
            i += n ? n : 1;
            continue;
        }
        const ex_line *l = ex_line_of(t, i);
        /* a file name ("Family Photo - Day 3 - 18 November.jpg") is no date */
        size_t e = l->toks.end;
        if (e - l->toks.first >= 3 && t->tok[e - 1].kind == TOK_WORD && ex_is_punct(t, e - 2, '.') &&
            !t->tok[e - 1].space_before && !t->tok[e - 2].space_before) {
            i += n;
            continue;
        }
        /* nor is a web address's path ("https://.../2019/11/12/common-goals"),
         * nor a name with a date inside ("captions-2021-11-19-v2") */
        size_t after = i + n;
        if ((i > 0 && ex_is_punct(t, i - 1, '/') && !t->tok[i].space_before) ||
            (i > 1 && ex_is_punct(t, i - 1, '-') && !t->tok[i].space_before &&
             !t->tok[i - 1].space_before && t->tok[i - 2].kind == TOK_WORD) ||
            (after + 1 < t->ntok && ex_is_punct(t, after, '-') && !t->tok[after].space_before &&
             !t->tok[after + 1].space_before && t->tok[after + 1].kind == TOK_WORD &&
             t->tok[i + n - 1].kind == TOK_NUM)) {
            i += n;
            continue;
        }
        ex_span label;
        ex_span body = ex_line_body(t, l, &label);
        m.dateline = is_dateline(t, l, &m.d, body);
        m.timestamp = is_timestamp(t, m.d.toks.end) || timed_before(t, m.d.toks.first) ||
                      cited(t, l, m.d.toks.first);
        static const char *const upkeep[] = { "updated", "modified", "reviewed", "revised", NULL };
        for (size_t k = l->toks.first; m.dateline && k < m.d.toks.first && k < l->toks.first + 5; k++)
            m.revised = m.revised || ex_in_list(t, k, upkeep);
        /* "2023-11-15 at 18h30", "FEBRUARY 22, 2018 / 4:12 AM / UPDATED" alone
         * on its line: the page's stamp */
        m.dateline = m.dateline || (m.timestamp && m.d.toks.first == body.first &&
                                    !m.d.end.month && t->tok[m.d.toks.first].line ==
                                                          t->tok[body.end - 1].line &&
                                    body.end - m.d.toks.end <= 8);
        m.date_line = (!m.dateline || m.d.end.month) && m.d.toks.first == body.first &&
                      m.d.toks.end >= body.end && m.d.year_given;
        if (!ex_reserve(mem, (void **)&out->m, &out->cap, out->n + 1, sizeof *out->m))
            return false;
        out->m[out->n++] = m;
        i += n;
    }
    card_dates(t, out);
    return true;
}

/* --- sections -------------------------------------------------------------- */

static summit_date add_days(summit_date d, int n);
static int date_cmp(const summit_date *a, const summit_date *b);

typedef struct section {
    ex_span toks;
    bool list;   /* one summit of a list page */
    bool digest; /* the one summit item of a digest */
    bool history; /* one summit of a history told in prose, or of a part */
    int32_t year; /* the year a part's heading names, 0 = none */
    int32_t month; /* the month a year-less part heading names ("November · Lisbon"), or 0 */
    summit_date posted; /* a news item's own date (its first line), year 0 = none */
    bool timeline;      /* one meeting of a timeline's line ("2016 – Busan, ...: 10–11 November") */
    size_t heading;     /* a list item's heading (below its kind line, "WEBINAR") */
    bool feed;          /* an item of a feed of dated snippets, between rules */
    bool event;         /* a calendar's VEVENT: its dates below, its SUMMARY line its heading */
    bool item;          /* an item of a data file's list of records: the file's title is its */
    summit_date start, end;
    uint32_t date_line; /* a part's: the line its start and end come from, 0 = none */
} section;

/* "Not a Digital Nations ministerial summit", "not itself a summit" at
 * token i: a note that the item beside the summits is none (but not a
 * headline's "Israel Does Not Attend Summit Dinner"). */
static bool denies_summit(const ex_text *t, size_t i)
{
    static const char *const article[] = { "a", "an", "itself", NULL };
    if (!ex_is(t, i, "not") || !ex_in_list(t, i + 1, article))
        return false;
    static const char *const between[] = { "a", "an", "itself", "ministerial", NULL };
    for (size_t k = i + 1; k < t->ntok && k <= i + 6; k++) {
        if (ex_is(t, k, "summit"))
            return true;
        if (!ex_in_list(t, k, between) && !(t->tok[k].kind == TOK_WORD && t->tok[k].upper))
            return false;
    }
    return false;
}

/* Is the item of lines [k, e) no summit's: its status struck ("status:
 * superseded"), a flag saying so ("is_summit: false"), its kind another
 * ("kind: forum"), or a note ("NOT a ministerial summit")? */
static bool struck_item(const ex_text *t, size_t k, size_t e)
{
    static const char *const struck[] = { "superseded", "cancelled", "canceled", "withdrawn",
                                          "duplicate", "postponed", NULL };
    static const char *const no[] = { "false", "no", "n\xc3\xa3o", "nao", NULL };
    for (size_t q = k; q < e; q++) {
        const ex_line *m = &t->lines[q];
        for (size_t i = m->toks.first; i < m->toks.end; i++)
            if (denies_summit(t, i))
                return true;
        /* "key: value", the key perhaps hyphenated ("cimeira-ministerial: nao") */
        size_t key = m->toks.first;
        key += key < m->toks.end && ex_is_punct(t, key, '-'); /* (an item's "- ") */
        size_t colon = key;
        while (colon < m->toks.end && colon < key + 6 && !ex_is_punct(t, colon, ':'))
            colon++;
        if (colon >= m->toks.end || colon == key || colon + 1 >= m->toks.end)
            continue;
        ex_span label = { key, colon }, body = { colon + 1, m->toks.end };
        static const char *const kinds[] = { "kind", "type", "category", NULL };
        if ((ex_is(t, colon - 1, "status") && ex_span_has(t, body, struck)) ||
            (ex_span_has(t, label, meeting_words) && ex_in_list(t, body.first, no)) ||
            (ex_in_list(t, colon - 1, kinds) && ex_in_list(t, body.first, other_events)))
            return true; /* ("kind = forum" beside "kind = summit") */
    }
    return false;
}

/* Does line no (0-based) open an item: a "- key:" line at `indent`, or in
 * a TOML file a top-level table's header (a "name:" line without value
 * near the margin)? */
static bool item_opens(const ex_text *t, size_t no, size_t indent)
{
    const ex_line *l = &t->lines[no];
    size_t f = l->toks.first;
    if (f >= l->toks.end)
        return false;
    /* ("[event]" is " event:", "[[related]]" "  related:", a subtable's
     * "[event.chair]" "       chair:") */
    if (t->toml)
        return t->tok[f].off - l->off >= 1 && t->tok[f].off - l->off <= 2 &&
               l->toks.end == f + 2 &&
               t->tok[f].kind == TOK_WORD && ex_is_punct(t, f + 1, ':');
    return t->tok[f].off - l->off == indent && ex_is_punct(t, f, '-');
}

/* A data file's key at token i, before `end`: "id:", "start date:" (from
 * "start_date"), "marker-color:" (a word, or up to three in small
 * letters, then a colon; "Day one:" in a programme is no key). */
static bool key_at(const ex_text *t, size_t i, size_t end)
{
    if (i >= end || t->tok[i].kind != TOK_WORD)
        return false;
    bool upper = t->tok[i].upper;
    for (size_t k = i + 1, words = 1; k < end && words <= 3; k++) {
        if (ex_is_punct(t, k, ':'))
            return true;
        if (t->tok[k].kind == TOK_WORD && t->tok[k].space_before &&
            (upper || t->tok[k].upper))
            return false;
        if (t->tok[k].kind == TOK_WORD)
            words += t->tok[k].space_before;
        else if (!ex_is_punct(t, k, '-') || t->tok[k].space_before)
            return false;
    }
    return false;
}

/* The items of a data file's list of records ("  - id: ENG-2020-031" and
 * the lines under it; a TOML file's top-level tables): each a section,
 * as a feed's items are, but not a struck one. Items without a date of a
 * month are a record's parts ("documents:", "media:"), not records.
 * Returns the number of sections (0: no such list, or none kept). */
static size_t yaml_items(const ex_text *t, section *out, size_t cap)
{
    if (!t->yaml)
        return 0;
    /* the items open at the least indent of a "- key:" line (a TOML
     * table's at the margin) */
    size_t indent = t->toml ? 0 : SIZE_MAX;
    for (size_t k = 0; k < t->nlines && !t->toml; k++) {
        const ex_line *l = &t->lines[k];
        size_t f = l->toks.first;
        if (f + 2 < l->toks.end && ex_is_punct(t, f, '-') && key_at(t, f + 1, l->toks.end) &&
            t->tok[f].off - l->off < indent)
            indent = t->tok[f].off - l->off;
    }
    size_t n = 0;
    for (size_t k = 0; k < t->nlines && n < cap && indent != SIZE_MAX;) {
        if (!item_opens(t, k, indent)) {
            k++;
            continue;
        }
        /* to the next item, or (YAML) a line less indented */
        size_t e = k + 1;
        while (e < t->nlines && !item_opens(t, e, indent)) {
            const ex_line *m = &t->lines[e];
            if (!t->toml && m->toks.first < m->toks.end &&
                t->tok[m->toks.first].off - m->off <= indent)
                break;
            e++;
        }
        if (!struck_item(t, k, e))
            out[n++] = (section){ .toks = { t->lines[k].toks.first, t->lines[e - 1].toks.end },
                                  .feed = true, .item = true };
        k = e;
    }
    for (size_t q = 0; q < n; q++)
        for (size_t i = out[q].toks.first; i < out[q].toks.end; i++) {
            ex_date dd;
            if (ex_date_at(t, i, &dd) && dd.start.month)
                return n;
        }
    return 0;
}

/* Where line l's text starts: past a list bullet ("- 2016 – Busan"). */
static size_t past_bullet(const ex_text *t, const ex_line *l)
{
    size_t f = l->toks.first;
    return f < l->toks.end && t->tok[f].kind == TOK_PUNCT ? ex_line_body(t, l, NULL).first : f;
}

/* "City, CC" or "City, Country" alone on a line. */
static bool place_line(const ex_text *t, const ex_line *l)
{
    ex_span b = ex_line_body(t, l, NULL);
    size_t n = b.end - b.first;
    if (n < 3 || n > 8)
        return false;
    for (size_t i = b.first + 1; i + 1 < b.end; i++)
        if (ex_is_punct(t, i, ','))
            return true;
    return false;
}

static bool rule_line(const ex_text *t, const ex_line *l);

/* "II. MEMBERSHIP": a part of one document (a declaration's sections),
 * not an item of a digest. */
static bool roman_numbered(const ex_text *t, const ex_line *l)
{
    if (l->toks.first + 2 > l->toks.end)
        return false;
    const ex_token *tk = &t->tok[l->toks.first];
    if (tk->kind != TOK_WORD || tk->len > 4 || !ex_is_punct(t, l->toks.first + 1, '.'))
        return false;
    for (size_t k = 0; k < tk->len; k++)
        if (!strchr("IVX", t->buf[tk->off + k]))
            return false;
    return true;
}

/* A news item's heading in capitals, between blank lines: "DIGITAL
 * NATIONS MINISTERS MEET FACE TO FACE IN SEOUL". */
static bool caps_heading(const ex_text *t, const ex_line *l)
{
    size_t words = 0;
    for (size_t i = l->toks.first; i < l->toks.end; i++)
        words += t->tok[i].kind == TOK_WORD;
    bool before = l->no == 1 || ex_line_blank(l - 1), after = l->no == t->nlines || ex_line_blank(l + 1);
    return words >= 3 && words <= 20 && before && after && ex_all_caps(t, l->toks) &&
           !ex_is_sentence_end(t, l->toks.end - 1) && !roman_numbered(t, l);
}

/* A rule between a digest's items: "-----", not a box's "+-----+" border
 * nor a table's "---|---". */
/* A printed page's running header or footer: a line that ends in its
 * page number, after "page" or a wide gap ("Bulletin No. 17 · January
 * 2015      page 7", "INTERNATIONAL NOTES      8"). */
static bool page_number_line(const ex_text *t, const ex_line *l)
{
    if (l->toks.first + 2 > l->toks.end)
        return false;
    size_t e = l->toks.end - 1;
    const ex_token *n = &t->tok[e];
    if (n->kind != TOK_NUM || n->len > 3)
        return false;
    size_t gap = n->off;
    while (gap > l->off && t->buf[gap - 1] == ' ')
        gap--;
    return ex_is(t, e - 1, "page") || n->off - gap >= 4;
}

static bool item_rule(const ex_text *t, const ex_line *l)
{
    if (!rule_line(t, l) || ex_is_punct(t, l->toks.first, '+'))
        return false;
    /* a rule above or below a page's running header or footer */
    if ((l->no > 1 && page_number_line(t, l - 1)) ||
        (l->no < t->nlines && page_number_line(t, l + 1)))
        return false;
    for (size_t i = l->toks.first; i < l->toks.end; i++)
        if (ex_is_punct(t, i, '|'))
            return false;
    return true;
}

/* The items between rules that open with a question ("Q: When and where
 * did the summit take place?"): an FAQ's answers about one subject are
 * no digest's stories. */
static size_t questions_between_rules(const ex_text *t)
{
    size_t n = 0;
    for (size_t k = 0; k + 1 < t->nlines; k++) {
        if (!item_rule(t, &t->lines[k]))
            continue;
        size_t q = k + 1;
        while (q < t->nlines && ex_line_blank(&t->lines[q]))
            q++;
        if (q == t->nlines)
            break;
        const ex_line *l = &t->lines[q];
        n += ex_is_punct(t, l->toks.end - 1, '?') ||
             (l->toks.first + 1 < l->toks.end && ex_is(t, l->toks.first, "q") &&
              ex_is_punct(t, l->toks.first + 1, ':'));
    }
    return n;
}

/* Does span s date a meeting: a day's date in a sentence that names one
 * ("The summit took place in Seoul from 1 to 3 November")? */
static bool dates_meeting(const ex_text *t, const mentions *ms, ex_span s)
{
    uint32_t read = UINT32_MAX; /* the last sentence read: each is read once */
    for (size_t k = 0; k < ms->n; k++) {
        size_t at = ms->m[k].d.toks.first;
        if (at < s.first || at >= s.end || !ms->m[k].d.start.day || ms->m[k].dateline ||
            t->tok[at].sentence == read)
            continue;
        read = t->tok[at].sentence;
        if (ex_span_has(t, ex_sentence_of(t, at), meeting_words))
            return true;
    }
    return false;
}

/* Does span s date a meeting on a day span told does not date (a
 * digest's other story), rather than tell the same meeting again
 * ("Draft programme: D5 summit, London, 9-10 December 2014" in a letter's
 * schedule)? (Its first 32 dates are read against told's first 256.) */
static bool dates_other_meeting(const ex_text *t, const mentions *ms, ex_span s, ex_span told)
{
    size_t checked = 0;
    for (size_t k = 0; k < ms->n && checked < 32; k++) {
        const ex_date *d = &ms->m[k].d;
        size_t at = d->toks.first;
        if (at < s.first || at >= s.end || !d->start.day || ms->m[k].dateline ||
            !ex_span_has(t, ex_sentence_of(t, at), meeting_words))
            continue;
        checked++;
        bool same = false;
        for (size_t q = 0, seen = 0; q < ms->n && !same && seen < 256; q++) {
            const ex_date *e = &ms->m[q].d;
            if (e->toks.first < told.first || e->toks.first >= told.end)
                continue;
            seen++;
            same = e->start.year == d->start.year && e->start.month == d->start.month &&
                   e->start.day == d->start.day;
        }
        if (!same)
            return true;
    }
    return false;
}

/* A digest: items between "-----" lines (three or more), or each under a
 * heading in capitals (two or more). The item that names the most
 * countries and a meeting is the page's one summit; the other items (a
 * diary note of another summit, an unrelated story) lend it nothing. */
static bool digest_item(const ex_text *t, const ex_countries *cs, const mentions *ms,
                        ex_span *out)
{
    size_t rules = 0, headings = 0;
    for (size_t k = 0; k < t->nlines; k++) {
        rules += item_rule(t, &t->lines[k]);
        headings += caps_heading(t, &t->lines[k]);
    }
    bool by_heading = rules < 3;
    if (by_heading && (headings < 2 || t->telegram))
        return false; /* (in a telegram in capitals, a line in capitals is no heading) */
    /* "DAY 1 — TUESDAY 16 NOVEMBER 2021 — STEERING COMMITTEE" between
     * rules: the days of one meeting's programme, not a digest's items */
    size_t days = 0;
    for (size_t k = 0; k + 1 < t->nlines && !by_heading; k++) {
        const ex_line *l = &t->lines[k];
        days += item_rule(t, l) && l[1].toks.first + 1 < l[1].toks.end &&
                ex_is(t, l[1].toks.first, "day") && t->tok[l[1].toks.first + 1].kind == TOK_NUM;
    }
    if (days >= 2)
        return false;
    if (!by_heading && questions_between_rules(t) * 2 >= rules)
        return false;
    static const char *const meeting[] = { "summit", "meeting", "ministerial", "conference", NULL };
    size_t first = 0, best = 0;
    ex_span chosen = { 0, 0 };
    bool extending = false; /* the chosen item goes on under subheadings */
    for (size_t k = 0; k <= t->nlines; k++) {
        if (k < t->nlines && !(by_heading ? caps_heading(t, &t->lines[k]) : item_rule(t, &t->lines[k])))
            continue;
        size_t end = k < t->nlines ? t->lines[k].toks.first : t->ntok;
        ex_span item = { first, end };
        /* an item under a heading in capitals after the chosen one that
         * dates no other meeting ("NEW MEMBER AND NEXT CHAIR", then a
         * photo; "SCHEDULE OF DOCUMENTS" listing its programme) is the
         * chosen story's, under a subheading */
        extending = extending && by_heading && first < end &&
                    !dates_other_meeting(t, ms, item, chosen);
        if (extending)
            chosen.end = end;
        /* "-----" / "1. SEOUL HOSTS DIGITAL NATIONS MINISTERS" / "-----": a
         * heading between rules (an item that began after a rule, first > 0)
         * opens the item after it */
        if (!by_heading && k < t->nlines && first > 0 && first < end &&
            ex_line_of(t, first) == ex_line_of(t, end - 1))
            continue;
        size_t countries = 0;
        bool meets = false;
        for (size_t i = item.first; i < item.end; i++) {
            ex_country_hit h;
            meets = meets || ex_in_list(t, i, meeting);
            if (ex_country_at(t, cs, i, false, &h)) {
                countries++;
                i = h.toks.end - 1;
            }
        }
        /* the text before the first heading in capitals already tells of
         * the meeting: one article under subheadings ("ADOPTION OF THE
         * BUSAN DECLARATION", "NOTES TO EDITORS"), not a digest */
        if (by_heading && item.first == 0 && meets && countries >= 3)
            return false;
        if (meets && countries > best) {
            best = countries;
            chosen = item;
            extending = true;
        }
        if (k < t->nlines) /* a heading opens its item; a rule belongs to none */
            first = by_heading ? t->lines[k].toks.first : t->lines[k].toks.end;
    }
    if (best < 3)
        return false; /* (and *out stays the whole page) */
    /* the item goes with what comes before it, if that dates a meeting:
     * the parts between rules are then one story's (a gallery's intro and
     * its photos, a table of trips and its note, a live blog's pinned post
     * and its entries); a digest's masthead and contents date none */
    if (dates_meeting(t, ms, (ex_span){ 0, chosen.first }))
        chosen.first = 0;
    *out = chosen;
    return true;
}

/* Is line l short text: a headline, not a date, not a sentence? */
static bool headline_like(const ex_text *t, const ex_line *l)
{
    size_t words = ex_words(t, l->toks);
    ex_date d;
    return words >= 2 && words <= 20 && !ex_is_sentence_end(t, l->toks.end - 1) &&
           !ex_date_at(t, l->toks.first, &d);
}

/* A list of dated news items: two or more items, each a line that is only
 * a date (after a blank line), a headline, then text ("14.11.2016 /
 * Estonia at third D5 summit in Busan / Estonia's Government CIO ...").
 * The date is the item's own, like a dateline; each item is a section.
 * Returns the number of sections (0: not such a list). */
static size_t news_items(const ex_text *t, mentions *ms, section *out, size_t cap)
{
    size_t n = 0;
    for (size_t k = 0; k < ms->n && n < cap; k++) {
        mention *m = &ms->m[k];
        const ex_line *l = ex_line_of(t, m->d.toks.first);
        if (!m->date_line || m->d.end.month || !m->d.start.day || (l->no > 1 && !ex_line_blank(l - 1)) ||
            l->no + 2 > t->nlines)
            continue;
        const ex_line *head = l + 1, *text = l + 2;
        if (!headline_like(t, head) || ex_line_blank(text) || headline_like(t, text))
            continue;
        if (n > 0)
            out[n - 1].toks.end = l->toks.first;
        out[n] = (section){ .toks = { l->toks.first, t->ntok }, .posted = m->d.start };
        n++;
    }
    if (n < 2)
        return 0;
    /* an item's date is its dateline */
    for (size_t k = 0, q = 0; k < ms->n && q < n; k++) {
        while (q < n && out[q].toks.first < ms->m[k].d.toks.first)
            q++;
        if (q < n && out[q].toks.first == ms->m[k].d.toks.first)
            ms->m[k].dateline = true;
    }
    return n;
}

/* A feed: three or more items between "-----" rules (or an RSS or Atom
 * feed's "<item>" / "<entry>" lines), most with a dated byline in their
 * first lines ("London launch for new alliance /
 * The Register · 10 Dec 2014 / ... snippet ..."), as on a page of search
 * results. Each dated item is a section, dated by its byline or by an
 * "[Originally published 22 November 2018.]" line. Returns the number of
 * sections (0: not such a page). */
static bool feed_mark(const ex_text *t, const ex_line *l, const char *tag)
{
    return l->toks.end == l->toks.first + 3 && ex_is_punct(t, l->toks.first, '<') &&
           ex_is(t, l->toks.first + 1, tag) && ex_is_punct(t, l->toks.first + 2, '>');
}

static size_t feed_items(const ex_text *t, const mentions *ms, section *out, size_t cap)
{
    size_t items = 0, n = 0, first = SIZE_MAX, m = 0; /* m: the mentions in order */
    for (size_t k = 0; k <= t->nlines && n < cap; k++) {
        /* items between rules, or an RSS or Atom feed's "<item>", "<entry>" */
        if (k < t->nlines && !item_rule(t, &t->lines[k]) && !feed_mark(t, &t->lines[k], "item") &&
            !feed_mark(t, &t->lines[k], "entry"))
            continue;
        size_t end = k < t->nlines ? t->lines[k].toks.first : t->ntok;
        if (first != SIZE_MAX && first < end) {
            items++;
            summit_date posted = { 0, 0, 0 };
            uint32_t top = t->tok[first].line;
            for (; m < ms->n && ms->m[m].d.toks.first < end; m++) {
                const mention *mm = &ms->m[m];
                uint32_t no = t->tok[mm->d.toks.first].line;
                if (mm->d.toks.first < first || !mm->dateline || !mm->d.start.day ||
                    !mm->d.year_given)
                    continue;
                const ex_line *l = ex_line_of(t, mm->d.toks.first);
                /* (a feed's "<pubDate>" comes after its title, link and author) */
                bool byline = no < top + 6 && !posted.year;
                bool original = posted.year && ex_span_has(t, l->toks, (const char *const[]){
                                                                          "originally", NULL });
                if (byline || original)
                    posted = mm->d.start;
            }
            if (posted.year)
                out[n++] = (section){ .toks = { first, end }, .posted = posted, .feed = true };
        }
        if (k < t->nlines)
            first = t->lines[k].toks.end;
    }
    return items >= 3 && n * 3 >= items * 2 ? n : 0;
}

/* Does a feed's item report a meeting of ministers, not only another
 * event ("“Digital Nations 2030” conference opens in Auckland", "Web
 * Summit opens today")? Its headline names no other kind of event, and
 * it speaks of ministers or of a summit or meeting in lower case. */
static bool reports_ministers(const ex_text *t, ex_span item)
{
    static const char *const ministers[] = { "ministerial", "ministers", "minister", NULL };
    const ex_line *head = ex_line_of(t, item.first);
    if (ex_span_has(t, head->toks, other_events) && !ex_span_has(t, head->toks, ministers))
        return false;
    /* "UK publishes text of Data 360 Declaration": news of a document's
     * publication, whose meeting the story names only in passing (but
     * "Denmark signs charter ..." is news of the meeting) */
    static const char *const publishing[] = { "publishes", "published", "publish", "releases",
                                              "released", NULL };
    if (ex_span_has(t, head->toks, publishing) && !ex_span_has(t, head->toks, ministers) &&
        !ex_span_has(t, head->toks, meeting_words))
        return false;
    for (size_t i = item.first; i < item.end; i++)
        if (ex_in_list(t, i, ministers) ||
            (!t->tok[i].upper && (ex_is(t, i, "summit") || ex_is(t, i, "meeting"))))
            return true;
    return false;
}

/* The date of a calendar line's value, "DTSTART;VALUE=DATE:20180221" or
 * "DTEND;TZID=...:20180220T160000" (year 0: none); *timed when it has a
 * time of day. */
static summit_date calendar_date(const ex_text *t, const ex_line *l, bool *timed)
{
    summit_date d = { 0, 0, 0 };
    if (l->toks.first + 2 >= l->toks.end)
        return d;
    const ex_token *v = &t->tok[l->toks.end - 1];
    const char *s = t->buf + v->off;
    if (v->len < 8 || !ex_is_punct(t, l->toks.end - 2, ':'))
        return d;
    for (size_t k = 0; k < 8; k++)
        if (s[k] < '0' || s[k] > '9')
            return d;
    int32_t y = (s[0] - '0') * 1000 + (s[1] - '0') * 100 + (s[2] - '0') * 10 + (s[3] - '0');
    int32_t m = (s[4] - '0') * 10 + (s[5] - '0'), day = (s[6] - '0') * 10 + (s[7] - '0');
    if (!ex_date_real(y, m, day) || y < 1900 || y > 2999)
        return d;
    *timed = v->len > 8;
    return (summit_date){ y, m, day };
}

/* Does event e fall within the days of event whole? */
static bool within_days(const section *e, const section *whole)
{
    const summit_date *last = whole->end.year ? &whole->end : &whole->start;
    const summit_date *e_last = e->end.year ? &e->end : &e->start;
    return date_cmp(&e->start, &whole->start) >= 0 && date_cmp(e_last, last) <= 0;
}

/* An iCalendar export: one section a "BEGIN:VEVENT" ... "END:VEVENT"
 * block with a DTSTART, dated by it and its DTEND (exclusive for whole
 * days: "DTEND;VALUE=DATE:20180223" ends on the 22nd), headed by its
 * SUMMARY line. An event right after another and within its days (the
 * charter's signing during the summit) is a part of it: its section grows
 * over it. Returns the number of sections. */
static size_t calendar_events(const ex_text *t, section *out, size_t cap)
{
    size_t n = 0;
    section ev;
    bool open = false, follows = false; /* the event just before is out[n - 1] */
    bool cancelled = false;
    for (size_t k = 0; k < t->nlines && n < cap; k++) {
        const ex_line *l = &t->lines[k];
        size_t f = l->toks.first;
        bool begin = ex_is(t, f, "begin") && ex_is_punct(t, f + 1, ':') && ex_is(t, f + 2, "vevent");
        bool end = ex_is(t, f, "end") && ex_is_punct(t, f + 1, ':') && ex_is(t, f + 2, "vevent");
        if (begin) {
            ev = (section){ .toks = { l->toks.end, l->toks.end }, .event = true, .heading = SIZE_MAX };
            open = true;
            cancelled = false;
        } else if (end && open) {
            ev.toks.end = l->toks.first;
            bool dated = ev.start.year && ev.heading != SIZE_MAX && !cancelled;
            if (dated && follows && within_days(&ev, &out[n - 1]))
                out[n - 1].toks.end = ev.toks.end;
            else if (dated)
                out[n++] = ev;
            follows = dated;
            open = false;
        } else if (open) {
            bool timed = false;
            if (ex_is(t, f, "dtstart"))
                ev.start = calendar_date(t, l, &timed);
            else if (ex_is(t, f, "dtend")) {
                summit_date e = calendar_date(t, l, &timed);
                if (e.year && !timed)
                    e = add_days(e, -1);
                ev.end = e;
            } else if (ex_is(t, f, "summary") && ex_is_punct(t, f + 1, ':')) {
                ev.heading = f + 2;
            } else if (ex_is(t, f, "status") && ex_is_punct(t, f + 1, ':')) {
                cancelled = ex_is(t, f + 2, "cancelled"); /* a struck hold is no meeting */
            }
        }
    }
    return n;
}

/* A page with a dated postscript about a later meeting ("UPDATE — 23
 * November 2018" / "Yesterday, at the summit in Jerusalem, ..."): the
 * postscript is a section of its own, dated by its line, and the article
 * above it keeps its own meeting. An "Updated 3 November" line above the
 * article is no postscript: both parts must speak of a meeting. Returns
 * 2 (the two sections) or 0. */
static size_t postscript_parts(const ex_text *t, const mentions *ms, section *out)
{
    static const char *const words[] = { "update", "postscript", "addendum", NULL };
    for (size_t k = 0; k < ms->n; k++) {
        const mention *m = &ms->m[k];
        const ex_line *l = ex_line_of(t, m->d.toks.first);
        size_t f = past_bullet(t, l);
        if (!m->d.start.day || !ex_in_list(t, f, words) || l->toks.end - l->toks.first > 10 ||
            m->d.toks.first > f + 3)
            continue;
        ex_span before = { 0, l->toks.first }, after = { l->toks.first, t->ntok };
        if (!ex_span_has(t, before, meeting_words) || !ex_span_has(t, after, meeting_words))
            return 0;
        out[0] = (section){ .toks = before };
        out[1] = (section){ .toks = after, .posted = m->d.start };
        return 2;
    }
    return 0;
}

/* A list page has at least two lines that are only a date, each with its
 * own heading above (place lines may come between). Each heading starts a
 * section; anything else is one section, the whole page. */
static size_t make_sections(const ex_text *t, const ex_countries *cs, const mentions *ms,
                            section *out, size_t cap)
{
    size_t n = 0, date_lines = 0;
    for (size_t k = 0; k < ms->n; k++)
        date_lines += ms->m[k].date_line;
    if (date_lines >= 2) {
        uint32_t floor = 1; /* a heading must come after the previous section's date line */
        for (size_t k = 0; k < ms->n && n < cap; k++) {
            if (!ms->m[k].date_line)
                continue;
            uint32_t no = t->tok[ms->m[k].d.toks.first].line, h = no;
            while (h > floor) {
                const ex_line *l = &t->lines[h - 2];
                h--;
                if (l->toks.first == l->toks.end || place_line(t, l))
                    continue;
                break;
            }
            const ex_line *hl = &t->lines[h - 1];
            if (h == no || hl->toks.first == hl->toks.end)
                continue;
            /* a kind line in capitals above the heading ("MINISTERIAL
             * SUMMIT | By invitation only", "WEBINAR") is the item's */
            size_t heading = hl->toks.first;
            if (h > floor && !ex_line_blank(hl - 1) && ex_all_caps(t, (ex_span){ hl[-1].toks.first,
                                                                        hl[-1].toks.first + 1 }) &&
                hl[-1].toks.end - hl[-1].toks.first <= 8)
                hl--;
            out[n] = (section){ .toks = { hl->toks.first, hl->toks.first }, .list = true,
                                .heading = heading };
            if (n > 0)
                out[n - 1].toks.end = out[n].toks.first;
            n++;
            floor = no + 1;
        }
        if (n >= 2) {
            out[n - 1].toks.end = t->ntok;
            return n;
        }
    }
    out[0] = (section){ .toks = { 0, t->ntok } };
    out[0].digest = digest_item(t, cs, ms, &out[0].toks);
    return 1;
}

/* --- plain-text tables ------------------------------------------------------ */

#define EX_MAX_COLS 24

/* The cells of a line split at "|" (an outer "|" at either end opens or
 * closes no cell); 0 when the line has no "|". */
static size_t cells_of(const ex_text *t, const ex_line *l, ex_span *cells, size_t cap)
{
    size_t n = 0, first = l->toks.first, end = l->toks.end;
    bool pipe = false;
    for (size_t i = first; i < end; i++)
        pipe |= ex_is_punct(t, i, '|');
    if (!pipe)
        return 0;
    if (ex_is_punct(t, first, '|'))
        first++;
    if (end > first && ex_is_punct(t, end - 1, '|'))
        end--;
    size_t a = first;
    for (size_t i = first; i <= end && n < cap; i++)
        if (i == end || ex_is_punct(t, i, '|')) {
            cells[n].first = a;
            cells[n].end = i;
            n++;
            a = i + 1;
        }
    return n;
}

/* "-----|----", "|:---|---:|", "=====+=====" */
static bool rule_line(const ex_text *t, const ex_line *l)
{
    bool dash = false;
    if (l->toks.first == l->toks.end)
        return false;
    for (size_t i = l->toks.first; i < l->toks.end; i++) {
        const ex_token *tk = &t->tok[i];
        if (tk->kind != TOK_PUNCT)
            return false;
        if (tk->ch == '-' || tk->ch == '=' || tk->ch == 0x2013 || tk->ch == 0x2014 ||
            tk->ch == 0x2500)
            dash = true;
        else if (tk->ch != '|' && tk->ch != '+' && tk->ch != ':')
            return false;
    }
    return dash;
}

/* An empty cell: nothing, only dashes ("—", "-", "–"), or words that say
 * nothing is there ("(none listed)", "n/a", "not given"). */
static bool empty_cell(const ex_text *t, ex_span c)
{
    static const char *const nothing[] = { "none", "nil", "n", "a", "na", "listed", "given",
                                           "stated", "known", "applicable", "not", "unknown",
                                           "tbc", "tba", "tbd", NULL };
    for (size_t i = c.first; i < c.end; i++)
        if (!ex_is_dash(t, i) && !ex_is_punct(t, i, '(') && !ex_is_punct(t, i, ')') &&
            !ex_is_punct(t, i, '/') && !ex_in_list(t, i, nothing))
            return false;
    return true;
}

enum { COL_YEAR, COL_DATE, COL_END, COL_CITY, COL_COUNTRY, COL_PLACE, COL_THEME, COL_GROUP,
       COL_CHAIR, COL_CHAIR_PERSON, COL_EDITION, COL_MODE, COL_MEMBERS, COL_OBSERVERS,
       COL_DOCUMENTS, COL_STATUS, COL_KINDS };

/* The column a header cell names by its first word ("Year", "Dates",
 * "Start" / "End", "City", "City, country", "Chair/host", "Chair person",
 * "Theme(s)", "Edition", "Mode", "Participants", "Observers",
 * "Documents", "Status"), or -1. */
static int header_kind(const ex_text *t, ex_span c)
{
    static const char *const date[] = { "date", "dates", "when", "start", "starts", "begins",
                                        NULL };
    static const char *const end[] = { "end", "ends", "until", NULL };
    static const char *const edition[] = { "edition", "no", NULL };
    static const char *const mode[] = { "mode", "format", NULL };
    static const char *const city[] = { "city", "place", "location", "venue", "where", NULL };
    static const char *const country[] = { "country", "host", "nation", NULL };
    static const char *const theme[] = { "theme", "themes", "motto", NULL };
    static const char *const group[] = { "group", "name", NULL };
    static const char *const chair[] = { "chair", "presidency", NULL };
    static const char *const person[] = { "person", "name", "minister", NULL };
    static const char *const members[] = { "participants", "members", "attendees", NULL };
    static const char *const documents[] = { "documents", "outcomes", NULL };
    if (c.first >= c.end || c.end - c.first > 4)
        return -1;
    if (ex_in_list(t, c.first, members))
        return COL_MEMBERS;
    if (ex_is(t, c.first, "observers"))
        return COL_OBSERVERS;
    if (ex_in_list(t, c.first, documents))
        return COL_DOCUMENTS;
    if (ex_is(t, c.first, "status"))
        return COL_STATUS;
    if (ex_in_list(t, c.first, chair) && ex_in_list(t, c.first + 1, person))
        return COL_CHAIR_PERSON;
    if (ex_is(t, c.first, "year"))
        return COL_YEAR;
    if (ex_in_list(t, c.first, date))
        return COL_DATE;
    if (ex_in_list(t, c.first, end))
        return COL_END;
    if (ex_in_list(t, c.first, edition) || ex_is_punct(t, c.first, '#'))
        return COL_EDITION;
    if (ex_in_list(t, c.first, mode))
        return COL_MODE;
    if (ex_in_list(t, c.first, city))
        return ex_span_has(t, c, country) ? COL_PLACE : COL_CITY; /* "City, country" */
    if (ex_in_list(t, c.first, country))
        return COL_COUNTRY;
    if (ex_in_list(t, c.first, theme))
        return COL_THEME;
    if (ex_in_list(t, c.first, group))
        return COL_GROUP;
    if (ex_in_list(t, c.first, chair))
        return COL_CHAIR;
    if (ex_in_list(t, c.end - 1, documents))
        return COL_DOCUMENTS; /* "Key outcome documents" */
    return -1;
}

/* A table: a header row naming a date or year column, a rule line, then
 * rows with as many cells. Finds the first; false when none. */
typedef struct table {
    size_t first_row, end_row; /* line indexes */
    size_t ncols;
    bool borders; /* the header row opens with a '|' */
    int col[COL_KINDS]; /* column of each kind, or -1 */
} table;

/* The cells of a row of the table: in a table without borders, a row
 * that opens or ends with '|' has an empty first or last cell ("      |
 * Government of Australia |     |", a cell wrapped onto the next line). */
static size_t row_cells(const ex_text *t, const table *tb, const ex_line *l, ex_span *cells)
{
    size_t n = cells_of(t, l, cells, EX_MAX_COLS + 1);
    if (tb->borders || n == 0 || n > EX_MAX_COLS - 1)
        return n;
    /* (only a row short of the header's cells: a header that ends with
     * '|' counts none after it either) */
    if (n < tb->ncols && ex_is_punct(t, l->toks.first, '|')) {
        memmove(cells + 1, cells, n * sizeof *cells);
        cells[0] = (ex_span){ l->toks.first, l->toks.first };
        n++;
    }
    if (n < tb->ncols && l->toks.end - l->toks.first > 1 && ex_is_punct(t, l->toks.end - 1, '|'))
        cells[n++] = (ex_span){ l->toks.end, l->toks.end };
    return n;
}

static bool find_table(const ex_text *t, table *tb)
{
    ex_span cells[EX_MAX_COLS + 1];
    for (size_t li = 0; li + 2 < t->nlines; li++) {
        size_t n = cells_of(t, &t->lines[li], cells, EX_MAX_COLS + 1);
        if (n < 2 || n > EX_MAX_COLS || !rule_line(t, &t->lines[li + 1]))
            continue;
        for (int k = 0; k < COL_KINDS; k++)
            tb->col[k] = -1;
        for (size_t k = 0; k < n; k++) {
            int kind = header_kind(t, cells[k]);
            if (kind >= 0 && tb->col[kind] < 0)
                tb->col[kind] = (int)k;
        }
        if (tb->col[COL_DATE] < 0 && tb->col[COL_YEAR] < 0)
            continue;
        tb->ncols = n;
        tb->first_row = li + 2;
        tb->borders = ex_is_punct(t, t->lines[li].toks.first, '|');
        size_t r = tb->first_row;
        ex_span rc[EX_MAX_COLS + 1];
        while (r < t->nlines && row_cells(t, tb, &t->lines[r], rc) == n)
            r++;
        tb->end_row = r;
        if (r > tb->first_row)
            return true;
    }
    return false;
}

/* A table of a body's engagements (trips, visits, meetings of all kinds)
 * rather than of summits: no column of a summit's own (group, theme,
 * edition, chair), and some row, with the rows that continue it, names
 * no meeting ("Visit of senior officials ...", "Meetings with state
 * ministers" does). Its text is read as the page's. */
static bool engagements_table(const ex_text *t, const table *tb)
{
    /* a schedule of papers ("No | Date | Title | Decision"): no column
     * says where a meeting was or what it was (an "Edition", a "Summit"
     * or "Outcomes" column does; a row number does not) */
    static const int meeting_cols[] = { COL_CITY,    COL_COUNTRY, COL_PLACE,        COL_THEME,
                                        COL_GROUP,   COL_CHAIR,   COL_CHAIR_PERSON, COL_MODE,
                                        COL_MEMBERS, COL_OBSERVERS, COL_DOCUMENTS };
    static const char *const meeting_headings[] = { "edition", "summit", "summits", "meeting",
                                                    "meetings", "event", "conference", NULL };
    bool says_meeting = ex_span_has(t, t->lines[tb->first_row - 2].toks, meeting_headings);
    for (size_t k = 0; k < sizeof meeting_cols / sizeof meeting_cols[0]; k++)
        says_meeting |= tb->col[meeting_cols[k]] >= 0;
    if (!says_meeting)
        return true;
    if (tb->col[COL_GROUP] >= 0 || tb->col[COL_THEME] >= 0 || tb->col[COL_EDITION] >= 0 ||
        tb->col[COL_CHAIR] >= 0 || tb->col[COL_CHAIR_PERSON] >= 0)
        return false;
    /* (a header that says so: "Purpose", "Engagement", "Destination(s)") */
    static const char *const kinds[] = { "purpose", "engagement", "engagements", "destination",
                                         "destinations", "activity", "trip", "visit", NULL };
    if (!ex_span_has(t, t->lines[tb->first_row - 2].toks, kinds))
        return false;
    int date_col = tb->col[COL_DATE] >= 0 ? tb->col[COL_DATE] : tb->col[COL_YEAR];
    bool other = false, meeting = false, row_meeting = false;
    for (size_t r = tb->first_row; r <= tb->end_row; r++) {
        ex_span cells[EX_MAX_COLS + 1];
        bool starts = r == tb->end_row ||
                      (row_cells(t, tb, &t->lines[r], cells) > (size_t)date_col &&
                       !empty_cell(t, cells[date_col]));
        if (starts && r > tb->first_row) { /* the row before ends */
            other |= !row_meeting;
            meeting |= row_meeting;
            row_meeting = false;
        }
        if (r < tb->end_row)
            row_meeting |= ex_span_has(t, t->lines[r].toks, meeting_words);
    }
    return other && meeting;
}

/* The date of a table cell: a full date or a year alone ("2016"). */
static bool cell_date(const ex_text *t, ex_span c, ex_date *d)
{
    if (c.first >= c.end)
        return false;
    size_t n = ex_date_at(t, c.first, d);
    if (n && !d->impossible && d->year_given && c.first + n == c.end)
        return true;
    const ex_token *tk = &t->tok[c.first];
    if (c.end == c.first + 1 && tk->kind == TOK_NUM && !tk->ordinal && tk->len == 4 &&
        tk->num >= 1900 && tk->num <= 2999) {
        memset(d, 0, sizeof *d);
        d->start.year = tk->num;
        d->weekday = d->end_weekday = -1;
        return true;
    }
    return false;
}

/* A year-only row made narrower by the text: "Wellington in February"
 * (the city, "in", a month without a day or another year). */
static int32_t month_of_place(const ex_text *t, ex_span city, int32_t year)
{
    size_t len = city.end - city.first;
    if (!len)
        return 0;
    for (size_t i = 0; i + len + 1 < t->ntok; i++) {
        if (i >= city.first && i < city.end)
            continue;
        size_t k = 0;
        while (k < len && t->tok[i + k].len == t->tok[city.first + k].len &&
               memcmp(t->buf + t->tok[i + k].off, t->buf + t->tok[city.first + k].off,
                      t->tok[i + k].len) == 0)
            k++;
        if (k < len || !ex_is(t, i + len, "in"))
            continue;
        size_t used = 0, m = i + len + 1;
        int month = ex_month(t, m, &used);
        if (!month || (m > 0 && t->tok[m - 1].kind == TOK_NUM))
            continue;
        size_t after = m + used;
        if (after < t->ntok && t->tok[after].kind == TOK_NUM && t->tok[after].len == 4 &&
            t->tok[after].num != year)
            continue;
        return month;
    }
    return 0;
}

/* --- choosing the date ------------------------------------------------------ */

/* The mentions of a section: ms->m[lo, hi), in text order. */
typedef struct mention_range {
    size_t lo, hi;
} mention_range;

static mention_range mentions_in(const mentions *ms, ex_span s, size_t from)
{
    mention_range r = { from, from };
    while (r.lo < ms->n && ms->m[r.lo].d.toks.first < s.first)
        r.lo++;
    r.hi = r.lo;
    while (r.hi < ms->n && ms->m[r.hi].d.toks.first < s.end)
        r.hi++;
    return r;
}

/* The year of a section: the first written year of a date that is not
 * the page's own, not a timestamp and not in a sentence about another
 * meeting; else the page's dateline; else any written year of a date;
 * else the first year-like number. */
static int32_t year_in(const ex_ctx *c, const mentions *ms, mention_range mr, ex_span s)
{
    if (!ms->m) /* no mentions (the range is then empty too) */
        mr.hi = mr.lo;
    for (size_t k = mr.lo; k < mr.hi; k++) {
        const mention *m = &ms->m[k];
        if (m->d.year_given && !m->dateline && !m->timestamp &&
            !ex_flag(c, m->d.toks.first, EX_S_OTHER))
            return m->d.start.year;
    }
    for (size_t k = mr.lo; k < mr.hi; k++)
        if (ms->m[k].dateline)
            return ms->m[k].d.start.year;
    for (size_t k = mr.lo; k < mr.hi; k++)
        if (ms->m[k].d.year_given)
            return ms->m[k].d.start.year;
    for (size_t i = s.first; i < s.end; i++)
        if (ex_year(c->t, i))
            return ex_year(c->t, i);
    return 0;
}

typedef void (*note_fn)(void *user, const char *value, ex_span ev);

/* Completes a mention's year and checks its stated weekday; false when it
 * cannot be a date. */
static bool complete(ex_date *d, int32_t year)
{
    if (!d->year_given) {
        if (!year)
            return false;
        d->start.year = year;
        if (d->end.month)
            d->end.year = d->end.month < d->start.month ? year + 1 : year;
    }
    if (!ex_date_real(d->start.year, d->start.month ? d->start.month : 1,
                      d->start.day ? d->start.day : 1))
        return false;
    if (d->end.month && !ex_date_real(d->end.year, d->end.month, d->end.day))
        return false;
    return true;
}

/* Does the sentence put dates right ("Small correction: the closing
 * release has it as Monday 4 to Wednesday 6 November", "dates fixed in my
 * table (4-6 November 2019)"), rather than tell what was wrong ("an
 * earlier version of this article gave the dates as ...")? */
static bool corrects(const ex_text *t, ex_span s)
{
    static const char *const right[] = { "correction", "corrected", "erratum", NULL };
    /* ("correct" and "fixed" only of dates: "the correct dates are", "dates
     * now fixed"; not "fixed and mobile networks", "the correct basis") */
    static const char *const plain[] = { "correct", "fixed", NULL };
    static const char *const dates[] = { "date", "dates", "days", NULL };
    bool of_dates = false;
    for (size_t k = s.first; k < s.end && k < s.first + 80 && !of_dates; k++)
        of_dates = ex_in_list(t, k, plain) &&
                   ((k > s.first && ex_in_list(t, k - 1, dates)) || ex_in_list(t, k + 1, dates) ||
                    (k + 2 < s.end && ex_in_list(t, k + 2, dates)) ||
                    (k > s.first + 1 && ex_in_list(t, k - 2, dates)));
    static const char *const wrong[] = { "earlier", "wrongly", "incorrectly", "mistakenly",
                                         "originally", "previously", "misstated", "version",
                                         /* (what else a correction fixes) */
                                         "spelling", "typo", "name", "names", "caption",
                                         "link", NULL };
    return s.end - s.first <= 80 && (of_dates || ex_span_has(t, s, right)) &&
           !ex_span_has(t, s, wrong);
}

/* The page's last spans of days that a sentence puts right (indexes into
 * ms->m, at most EX_MAX_CORRECTIONS); returns their number. */
enum { EX_MAX_CORRECTIONS = 8 };
static size_t find_corrections(const ex_text *t, const mentions *ms,
                               size_t out[EX_MAX_CORRECTIONS])
{
    size_t n = 0;
    for (size_t k = ms->n; k-- > 0 && n < EX_MAX_CORRECTIONS;) {
        /* (not the wrong span it names: "from 2 to 4 November, not 2-3
         * November", "not on 2-3", "instead of 2-3 November") */
        size_t at = ms->m[k].d.toks.first;
        size_t w = at > 0 && (ex_is(t, at - 1, "on") || ex_is(t, at - 1, "from")) ? at - 1 : at;
        bool wrong = w > 0 && (ex_is(t, w - 1, "not") || ex_is(t, w - 1, "than") ||
                               (ex_is(t, w - 1, "of") && w > 1 && ex_is(t, w - 2, "instead")));
        if (ms->m[k].d.end.day && !ms->m[k].d.impossible && !ms->m[k].dateline && !wrong &&
            corrects(t, ex_sentence_of(t, at)))
            out[n++] = k;
    }
    return n;
}

/* A span of days that a sentence anywhere on the page puts right, over
 * the record's (a mail thread's reply: "Small correction: the closing
 * release has it as Monday 4 to Wednesday 6 November 2019"): the last
 * such word is the record's. `fixes` are find_corrections()'s, last first. */
static void correct_dates(const ex_ctx *c, ex_draft *d, const mentions *ms, const size_t *fixes,
                          size_t nfixes)
{
    const ex_text *t = c->t;
    for (size_t q = 0; q < nfixes && d->start.day; q++) {
        ex_date dd = ms->m[fixes[q]].d;
        if (!complete(&dd, d->start.year))
            continue;
        /* (the same meeting's days, put right: they share a day with the
         * record's; a hackathon on 8-9 November is another event) */
        int64_t a = ex_day_number(&d->start), b = d->end.day ? ex_day_number(&d->end) : a;
        int64_t ca = ex_day_number(&dd.start), cb = ex_day_number(&dd.end);
        if (cb < a || ca > b || (ca == a && cb == b))
            continue;
        d->start = dd.start;
        d->end = dd.end;
        d->date_ev = ex_sentence_of(t, dd.toks.first);
        return;
    }
}

static bool weekday_agrees(const ex_date *d, char *why, size_t cap)
{
    static const char *const names[] = { "Sunday", "Monday", "Tuesday", "Wednesday",
                                          "Thursday", "Friday", "Saturday" };
    if (d->weekday >= 0 && d->start.day) {
        int real = ex_weekday_of(d->start.year, d->start.month, d->start.day);
        if (real != d->weekday) {
            snprintf(why, cap, "date %04d-%02d-%02d rejected: it is a %s, the text says %s",
                     (int)d->start.year, (int)d->start.month, (int)d->start.day, names[real],
                     names[d->weekday]);
            return false;
        }
    }
    if (d->end_weekday >= 0 && d->end.day) {
        int real = ex_weekday_of(d->end.year, d->end.month, d->end.day);
        if (real != d->end_weekday) {
            snprintf(why, cap, "date %04d-%02d-%02d rejected: it is a %s, the text says %s",
                     (int)d->end.year, (int)d->end.month, (int)d->end.day, names[real],
                     names[d->end_weekday]);
            return false;
        }
    }
    return true;
}

typedef struct explain_sink {
    summit_explain_fn fn;
    void *user;
    ex_mem *mem;
    const ex_text *t;
    size_t record; /* index, for the pointer prefix when there are several */
    bool several;
} explain_sink;

static void explain(explain_sink *x, const char *pointer, const char *value, ex_span ev)
{
    if (!x->fn)
        return;
    size_t off, end;
    ex_span_bytes(x->t, ev, &off, &end);
    char *evidence = ex_malloc(x->mem, end - off + 1);
    if (!evidence)
        return;
    /* one line, one space between words: a wrapped line's indent goes */
    size_t n = 0;
    for (size_t i = off; i < end; i++) {
        char ch = x->t->buf[i];
        if (ch == '\n')
            ch = ' ';
        if (!(ch == ' ' && n && evidence[n - 1] == ' '))
            evidence[n++] = ch;
    }
    evidence[n] = '\0';
    char ptr[96];
    if (x->several && pointer[0])
        snprintf(ptr, sizeof ptr, "/%zu%s", x->record, pointer);
    else
        snprintf(ptr, sizeof ptr, "%s", pointer);
    size_t line = ev.first < x->t->ntok ? x->t->tok[ev.first].line : 0;
    if (line && x->t->source_line)
        line = x->t->source_line[line - 1];
    x->fn(ptr, value, evidence, line, x->user);
    ex_free(x->mem, evidence);
}

/* --- relative dates ----------------------------------------------------------- */

static summit_date add_days(summit_date d, int n)
{
    for (; n > 0; n--) {
        if (ex_date_real(d.year, d.month, d.day + 1)) {
            d.day++;
        } else if (d.month < 12) {
            d.month++;
            d.day = 1;
        } else {
            d.year++;
            d.month = d.day = 1;
        }
    }
    for (; n < 0; n++) {
        if (d.day > 1) {
            d.day--;
        } else {
            if (d.month > 1) {
                d.month--;
            } else {
                d.year--;
                d.month = 12;
            }
            /* (not a search with ex_date_real, which refuses years outside
             * 1900-2999: 1 January 1900 minus a day must end) */
            d.day = ex_month_days(d.year, d.month);
        }
    }
    return d;
}

static int date_cmp(const summit_date *a, const summit_date *b)
{
    if (a->year != b->year)
        return a->year < b->year ? -1 : 1;
    if (a->month != b->month)
        return a->month < b->month ? -1 : 1;
    return a->day < b->day ? -1 : a->day > b->day;
}

/* The page's day for "today": the reference date, else the dateline;
 * none when it lacks its year ("Date: 1 January 3000" reads as 1 January). */
static summit_date page_today(const ex_ctx *c)
{
    summit_date d = c->reference.day ? c->reference : c->dateline;
    return d.year ? d : (summit_date){ 0, 0, 0 };
}

/* A count at token i: "a" or "one" to "ten", or a number up to 60; else 0. */
static int count_at(const ex_text *t, size_t i)
{
    static const char *const counts[] = { "a", "one", "two", "three", "four", "five", "six",
                                          "seven", "eight", "nine", "ten", NULL };
    /* Portuguese and Spanish, from two: "ao longo de três dias" */
    static const char *const counts_pt_es[][2] = { { "dois", "dos" },      { "tr\303\252s", "tres" },
                                                   { "quatro", "cuatro" }, { "cinco", "cinco" },
                                                   { "seis", "seis" },     { "sete", "siete" } };
    if (i >= t->ntok)
        return 0;
    if (t->tok[i].kind == TOK_NUM)
        return !t->tok[i].ordinal && t->tok[i].num > 0 && t->tok[i].num <= 60 ? t->tok[i].num : 0;
    for (int k = 0; counts[k]; k++)
        if (ex_is(t, i, counts[k]))
            return k ? k : 1;
    for (int k = 0; k < 6; k++)
        if (ex_is(t, i, counts_pt_es[k][0]) || ex_is(t, i, counts_pt_es[k][1]) ||
            (k == 0 && ex_is(t, i, "duas")))
            return k + 2;
    return 0;
}

/* "today", and the Portuguese and Spanish "hoje", "hoy" */
static bool today_word(const ex_text *t, size_t i)
{
    return ex_is(t, i, "today") || ex_is(t, i, "hoje") || ex_is(t, i, "hoy");
}

/* A line that dates the block under it: "Tabled on 23 November 2015",
 * "Answered on 2 December 2015", "Posted on 4 May 2023": one or two words,
 * "on", a full date and nothing more. */
static bool block_date_line(const ex_text *t, const ex_line *l, summit_date *out)
{
    size_t f = l->toks.first, on = f;
    while (on < l->toks.end && on < f + 2 && t->tok[on].kind == TOK_WORD && !ex_is(t, on, "on"))
        on++;
    ex_date d;
    if (on == f || !ex_is(t, on, "on") || ex_date_at(t, on + 1, &d) == 0 || d.impossible ||
        !d.year_given || !d.start.day || d.end.month || d.toks.end != l->toks.end)
        return false;
    *out = d.start;
    return true;
}

/* The date that "today" and "last week" at token i are read against: the
 * page's, a quoted mail's ("> On Wed, 6 Nov 2019 at 18:55, Ana wrote:"
 * above "> Closing session today"), or that of a dated block ("Tabled on
 * 23 November 2015" above the question that says "held in Tallinn last
 * week"). */
static summit_date today_at(const ex_text *t, size_t i, summit_date page)
{
    const ex_line *l = ex_line_of(t, i);
    if (!ex_is_punct(t, l->toks.first, '>')) {
        for (size_t above = 1; above < l->no && above < 12; above++) {
            summit_date d;
            if (block_date_line(t, l - above, &d))
                return d;
        }
        return page;
    }
    for (size_t above = 1; above < l->no && above < 100; above++) {
        const ex_line *h = l - above;
        size_t e = h->toks.end;
        if (e < h->toks.first + 3 || !ex_is_punct(t, e - 1, ':') || !ex_is(t, e - 2, "wrote"))
            continue;
        for (size_t k = h->toks.first; k < e; k++) {
            ex_date d;
            if (ex_date_at(t, k, &d) > 0 && !d.impossible && d.year_given && d.start.day &&
                !d.end.month)
                return d.start;
        }
        return page;
    }
    return page;
}

/* A relative phrase at token i, resolved against the page's date `today`
 * into a window of days [lo, hi]: "today", "yesterday", "this week", "last
 * week", "(earlier|later) this month", "last month". Returns the tokens used. */
/* Does sentence s tell of the past: a verb in "-ed" ("closed", "wrapped";
 * a word in lower case, not one of intent, "scheduled", "planned") or a
 * common irregular one ("ran", "met", "was")? */
static bool reports_past(const ex_text *t, ex_span s)
{
    static const char *const irregular[] = { "ran", "met", "was", "were", "took", "held", "began",
                                             "begun", "came", "went", "had", "gave", "spoke",
                                             "led", "sat", "saw", "brought", NULL };
    for (size_t k = s.first; k < s.end && k < s.first + 200; k++) {
        const ex_token *tk = &t->tok[k];
        if (tk->kind != TOK_WORD)
            continue;
        static const char *const intent[] = { "scheduled", "planned", "expected", "proposed",
                                              "intended", "invited", "need", "speed", "feed",
                                              "seed", "indeed", NULL };
        if ((tk->len >= 4 && !tk->upper && t->buf[tk->off + tk->len - 2] == 'e' &&
             t->buf[tk->off + tk->len - 1] == 'd' && !ex_in_list(t, k, intent)) ||
            ex_in_list(t, k, irregular))
            return true;
    }
    return false;
}

static size_t relative_at(const ex_text *t, size_t i, summit_date today, summit_date *lo,
                          summit_date *hi)
{
    if (today_word(t, i)) {
        *lo = *hi = today;
        return 1;
    }
    if (ex_is(t, i, "yesterday") || ex_is(t, i, "ontem") || ex_is(t, i, "ayer")) {
        *lo = *hi = add_days(today, -1);
        return 1;
    }
    /* "opened on Wednesday" in a release dated Thursday: the last such day
     * on or before the page's date (a date follows in "on Wednesday 16 November") */
    size_t day = ex_is(t, i, "on") && ex_is(t, i + 1, "the") ? i + 2 : i + 1; /* "on the Wednesday" */
    int wd = ex_is(t, i, "on") ? ex_weekday(t, day) : -1;
    size_t used;
    bool dated = day + 1 < t->ntok &&
                 (t->tok[day + 1].kind == TOK_NUM || ex_month(t, day + 1, &used) != 0 ||
                  (ex_is_punct(t, day + 1, ',') && day + 2 < t->ntok &&
                   t->tok[day + 2].kind == TOK_NUM));
    /* ("What I have: three days ..., finishing on the Wednesday": "the
     * Wednesday" of a week the text tells, which only a report of what
     * happened puts behind the page's day) */
    if (wd >= 0 && !dated && day == i + 2 && !reports_past(t, ex_sentence_of(t, i)))
        return 0;
    if (wd >= 0 && !dated) {
        int back = (ex_weekday_of(today.year, today.month, today.day) - wd + 7) % 7;
        *lo = *hi = add_days(today, -back);
        return day + 1 - i;
    }
    /* "three weeks ago": that week; "two days ago": that day */
    int n = count_at(t, i);
    if (n && ex_is(t, i + 2, "ago") && (ex_is(t, i + 1, "days") || ex_is(t, i + 1, "day"))) {
        *lo = *hi = add_days(today, -n);
        return 3;
    }
    if (n && ex_is(t, i + 2, "ago") && (ex_is(t, i + 1, "weeks") || ex_is(t, i + 1, "week"))) {
        *lo = add_days(today, -7 * n - 3);
        *hi = add_days(today, -7 * n + 3);
        return 3;
    }
    bool this_ = ex_is(t, i, "this"), last = ex_is(t, i, "last");
    if (!this_ && !last)
        return 0;
    if (ex_is(t, i + 1, "week")) {
        int monday = (ex_weekday_of(today.year, today.month, today.day) + 6) % 7;
        *lo = add_days(today, -monday - (last ? 7 : 0));
        *hi = add_days(*lo, 6);
        return 2;
    }
    if (ex_is(t, i + 1, "month")) {
        summit_date m = today;
        if (last)
            m = add_days((summit_date){ today.year, today.month, 1 }, -1);
        *lo = (summit_date){ m.year, m.month, 1 };
        *hi = *lo;
        while (ex_date_real(hi->year, hi->month, hi->day + 1))
            hi->day++;
        return 2;
    }
    return 0;
}

/* The date a window supports: a day, a month, a year, or none. */
static summit_date window_date(summit_date lo, summit_date hi)
{
    summit_date r = { 0, 0, 0 };
    if (lo.year != hi.year)
        return r;
    r.year = lo.year;
    if (lo.month != hi.month)
        return r;
    r.month = lo.month;
    if (lo.day == hi.day)
        r.day = lo.day;
    return r;
}

/* The first and last day a date covers: "November 2019" is all of November. */
static void date_bounds(summit_date start, summit_date end, summit_date *lo, summit_date *hi)
{
    summit_date last = end.year ? end : start;
    *lo = (summit_date){ start.year, start.month ? start.month : 1, start.day ? start.day : 1 };
    *hi = (summit_date){ last.year, last.month ? last.month : 12, last.day ? last.day : 31 };
    while (hi->day > 28 && !ex_date_real(hi->year, hi->month, hi->day))
        hi->day--;
}

/* Is the date within two months of the page's own date? */
static bool near_dateline(const ex_ctx *c, summit_date start, summit_date end)
{
    if (!c->dateline.day)
        return false;
    summit_date lo, hi;
    date_bounds(start, end, &lo, &hi);
    int64_t page = ex_day_number(&c->dateline);
    return ex_day_number(&lo) <= page + 60 && ex_day_number(&hi) >= page - 60;
}

/* The year of a date written without one: the year of the page's own
 * date when the day falls within two months of it ("the summit on 2-3
 * November" in a release dated 3 November 2020, "14-15 December" in one
 * dated 5 January), else the section's year. */
/* The year written shortly before a yearless date in its sentence ("from
 * November 2 to 4, 2020 (reported as 2-3 November)", "in February 2018,
 * ... that November"), if its weekday agrees; else 0. Within 40 tokens,
 * so that a sentence of many dates is not rescanned for each. */
static int32_t local_year(const ex_text *t, const ex_date *d)
{
    ex_span s = ex_sentence_of(t, d->toks.first);
    size_t from = d->toks.first > s.first + 40 ? d->toks.first - 40 : s.first;
    for (size_t k = d->toks.first; k-- > from;) {
        int32_t y = ex_year(t, k);
        if (!y)
            continue;
        if (d->weekday < 0 || !d->start.day ||
            (ex_date_real(y, d->start.month, d->start.day) &&
             ex_weekday_of(y, d->start.month, d->start.day) == d->weekday))
            return y;
        return 0; /* "in November 2023, ... on Thursday 3rd November": not 2023's */
    }
    return 0;
}

static int32_t year_for(const ex_ctx *c, const ex_date *d, int32_t section_year)
{
    const ex_text *t = c->t;
    int32_t local = d->year_given || c->reference.year ? 0 : local_year(t, d);
    if (local)
        return local;
    summit_date dl = c->dateline;
    if (!d->year_given && !dl.day && !c->reference.year && section_year && d->weekday >= 0 &&
        d->start.day) {
        /* no page date to read it against: of the context's year and the
         * years beside it, the one whose day the weekday names ("Thursday
         * 19 November" on a page whose background is December 2014: 2015) */
        static const int32_t tries[] = { 0, 1, -1 };
        for (size_t k = 0; k < 3; k++) {
            int32_t y = section_year + tries[k];
            if (ex_date_real(y, d->start.month, d->start.day) &&
                ex_weekday_of(y, d->start.month, d->start.day) == d->weekday)
                return y;
        }
    }
    if (d->year_given || !dl.day || c->reference.year)
        return section_year;
    int32_t best = 0;
    int64_t nearest = 61;
    for (int32_t y = dl.year - 1; y <= dl.year + 1; y++) {
        summit_date at = { y, d->start.month, d->start.day ? d->start.day : 1 };
        if (!ex_date_real(at.year, at.month, at.day) ||
            (d->weekday >= 0 && d->start.day && ex_weekday_of(y, at.month, at.day) != d->weekday))
            continue; /* "Thursday 22 February" is not 2020's */
        int64_t dist = ex_day_number(&at) - ex_day_number(&dl);
        dist = dist < 0 ? -dist : dist;
        if (dist < nearest) {
            nearest = dist;
            best = y;
        }
    }
    return best ? best : section_year;
}

/* Does the page speak of a summit (in English, Spanish or Portuguese)? */
static bool page_has_summit(const ex_text *t)
{
    static const char *const words[] = { "summit", "summits", "cumbre", "cimeira", NULL };
    for (size_t i = 0; i < t->ntok; i++)
        if (ex_in_list(t, i, words))
            return true;
    return false;
}

/* Is the date at token i another event's: the nearest meeting word before
 * it in its sentence names a conference, workshop, reception, ... ("The
 * summit follows the Digital Nations 2030 conference in Auckland on 18-19
 * February")? Only on a page about a summit. */
static bool side_event_date(const ex_text *t, size_t i)
{
    static const char *const side[] = {
        "conference", "conferences", "workshop", "workshops", "reception", "dinner",
        "hackathon", "festival", "expo", "exhibition", "forum", "webinar", "seminar",
        "symposium", "roundtable", "fair", "showcase", NULL,
    };
    static const char *const own[] = { "summit", "summits", "ministerial", "meeting",
                                       "meetings", "cumbre", "cimeira", NULL };
    ex_span s = ex_sentence_of(t, i);
    for (size_t k = i; k > s.first && i - k < 16; k--) {
        if (ex_in_list(t, k - 1, own))
            return false;
        if (ex_in_list(t, k - 1, side))
            return true;
    }
    return false;
}

/* Does the sentence close the meeting today ("closed today", "today
 * closed", "concluded today")? */
static bool closing_today(const ex_text *t, ex_span s)
{
    static const char *const closing[] = { "closed", "concluded", "ended", "closes", "concludes",
                                           "ends", "closing", "concluding",
                                           /* "Terminou hoje", "concluyó hoy" */
                                           "terminou", "encerrou", "concluiu", "termin\xc3\xb3",
                                           "concluy\xc3\xb3", "clausur\xc3\xb3", NULL };
    for (size_t i = s.first; i < s.end; i++)
        if (today_word(t, i) && ((i > s.first && ex_in_list(t, i - 1, closing)) ||
                                     ex_in_list(t, i + 1, closing)))
            return true;
    return false;
}

/* The length the sentence gives the meeting: "over three days", "for two
 * days", "a two-day meeting" (2 to 7), else 0. */
static int days_in(const ex_text *t, ex_span s)
{
    for (size_t i = s.first; i + 1 < s.end; i++) {
        int n = count_at(t, i);
        size_t unit = ex_is_punct(t, i + 1, '-') ? i + 2 : i + 1;
        if (n >= 2 && n <= 7 && (ex_is(t, unit, "days") || ex_is(t, unit, "day") ||
                                 ex_is(t, unit, "dias") || ex_is(t, unit, "d\303\255as")))
            return n;
    }
    return 0;
}

/* "opened on Thursday", "began on Monday" in the paragraph of sentence s
 * (within the section): the day, when it is within the week before
 * `last`; else year 0. */
static summit_date opening_day(const ex_text *t, ex_span s, ex_span within, summit_date today,
                               summit_date last)
{
    static const char *const opening[] = { "opened", "began", "begun", "started", "opening", NULL };
    summit_date none = { 0, 0, 0 };
    size_t first = s.first, end = s.end;
    while (first > within.first && !ex_paragraph_start(t, first))
        first--;
    while (end < within.end && !ex_paragraph_start(t, end))
        end++;
    for (size_t i = first; i < end; i++) {
        if (!ex_in_list(t, i, opening))
            continue;
        for (size_t k = i + 1; k < end && k <= i + 3; k++) {
            summit_date lo, hi;
            if (!relative_at(t, k, today, &lo, &hi) || date_cmp(&lo, &hi) != 0)
                continue;
            summit_date week_before = add_days(last, -7);
            if (date_cmp(&lo, &last) < 0 && date_cmp(&lo, &week_before) >= 0)
                return lo;
        }
    }
    return none;
}

/* Does a date mention (not the page's own date) come before token i in the
 * span? Then "closed today" ends the meeting that date begins ("opened on
 * November 4th, 2019 and closed today"), it does not date it. */
static bool dated_before(const mentions *ms, mention_range mr, size_t i, ex_span s)
{
    if (!ms->m || mr.lo >= mr.hi)
        return false;
    /* the last mention that ends before i (mentions are in text order) */
    size_t lo = mr.lo, hi = mr.hi;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (ms->m[mid].d.toks.end <= i)
            lo = mid + 1;
        else
            hi = mid;
    }
    for (size_t k = lo; k-- > mr.lo && ms->m[k].d.toks.first >= s.first;)
        if (!ms->m[k].dateline)
            return true;
    return false;
}

/* What a relative phrase at token i says of the meeting: its days [lo, hi]
 * and, for a span of days, its last day `end` (year 0 when none). */
typedef struct relative_meeting {
    summit_date lo, hi, end;
    ex_span sentence;
} relative_meeting;

static bool relative_meeting_at(const ex_text *t, size_t i, summit_date today, ex_span within,
                                relative_meeting *r)
{
    size_t n = relative_at(t, i, today, &r->lo, &r->hi);
    /* (a record's dates lie in 1900-2999: "yesterday" on 1 January 1900 is none) */
    if (!n || r->lo.year < 1900 || r->hi.year > 2999)
        return false;
    r->end = (summit_date){ 0, 0, 0 };
    r->sentence = ex_sentence_of(t, i);
    if (!r->lo.day || date_cmp(&r->lo, &r->hi) != 0)
        return true;
    /* "opened on Wednesday, concluded today": a later day of the same
     * sentence, within a week, ends the meeting */
    summit_date week_after = add_days(r->lo, 7);
    for (size_t k = i + n; k < r->sentence.end; k++) {
        summit_date lo2, hi2;
        if (!relative_at(t, k, today, &lo2, &hi2) || !lo2.day || date_cmp(&lo2, &hi2) != 0 ||
            date_cmp(&lo2, &r->lo) <= 0 || date_cmp(&lo2, &week_after) > 0)
            continue;
        r->end = lo2;
        return true;
    }
    /* "the two-day meeting that began on Wednesday": it starts that day */
    static const char *const opening[] = { "opened", "began", "begun", "started", NULL };
    size_t v = i > 0 && ex_is(t, i - 1, "on") ? i - 1 : i;
    int length = days_in(t, r->sentence);
    if (v > r->sentence.first && ex_in_list(t, v - 1, opening) && length > 1) {
        summit_date last = add_days(r->lo, length - 1);
        if (date_cmp(&last, &today) <= 0) {
            r->end = last;
            return true;
        }
    }
    /* "concluded today in Tallinn. The two-day meeting opened on Thursday":
     * an opening day earlier in the week, in the same paragraph, starts it;
     * "Portugal today closed the summit, which brought ministers together
     * over three days": so does its length */
    summit_date opened = opening_day(t, r->sentence, within, today, r->lo);
    /* "ran for three days ..., finishing on the Wednesday": the day ends it */
    static const char *const ending[] = { "finishing", "ending", "closing", "concluding",
                                          "finished", "ended", "closed", "concluded", NULL };
    bool ends = v > r->sentence.first && ex_in_list(t, v - 1, ending);
    int days = closing_today(t, r->sentence) || ends ? length : 0;
    /* "Terminou hoje ... a Cimeira. A cimeira decorreu ao longo de três
     * dias": the next sentence of the paragraph may give the length */
    if (!days && closing_today(t, r->sentence) && r->sentence.end < within.end &&
        !ex_paragraph_start(t, r->sentence.end)) {
        ex_span next = ex_sentence_of(t, r->sentence.end);
        if (ex_span_has(t, next, meeting_words))
            days = days_in(t, next);
    }
    if (!opened.year && days > 1)
        opened = add_days(r->lo, 1 - days);
    if (opened.year) {
        r->end = r->lo;
        r->lo = r->hi = opened;
    }
    return true;
}

/* "grew again last week. ... on Thursday ... signed": in a paragraph that
 * puts the news last week, a weekday is last week's; the day to read it
 * against is that week's Sunday (else today). */
static summit_date last_week_end(const ex_text *t, size_t i, ex_span within, summit_date today)
{
    /* only "on Thursday", "on the Wednesday" ("last week" itself is today's) */
    if (!ex_is(t, i, "on") ||
        (ex_weekday(t, i + 1) < 0 && !(ex_is(t, i + 1, "the") && ex_weekday(t, i + 2) >= 0)))
        return today;
    size_t first = i, end = i;
    while (first > within.first && !ex_paragraph_start(t, first) && first + 200 > i)
        first--;
    while (end < within.end && !ex_paragraph_start(t, end) && end < i + 200)
        end++;
    summit_date lo, hi;
    for (size_t k = first; k + 1 < end; k++)
        if (ex_is(t, k, "last") && ex_is(t, k + 1, "week") && relative_at(t, k, today, &lo, &hi))
            return hi;
    return today;
}

/* Does token i open its line (past a bullet)? */
static bool at_line_start(const ex_text *t, size_t i)
{
    return i == past_bullet(t, ex_line_of(t, i));
}

/* The first ordinal in span s that numbers a meeting ("the eighth annual
 * Digital Nations Ministerial Summit", "the first D5 summit"), or 0. */
static int meeting_ordinal(const ex_text *t, ex_span s)
{
    for (size_t k = s.first; k < s.end; k++) {
        int n = ex_ordinal(t, k);
        if (!n)
            continue;
        for (size_t q = k + 1; q < s.end && q <= k + 5; q++)
            if (ex_in_list(t, q, meeting_words))
                return n;
    }
    return 0;
}

/* How many meetings span s numbers ("the first D5 summit ... the second
 * ... the third"), counting to 3. */
static int numbered_meetings(const ex_text *t, ex_span s)
{
    int seen[3] = { 0 }, n = 0;
    for (size_t k = s.first; k < s.end && n < 3; k++) {
        int o = ex_ordinal(t, k);
        if (!o || o == seen[0] || o == seen[1])
            continue;
        for (size_t q = k + 1; q < s.end && q <= k + 5; q++)
            if (ex_in_list(t, q, meeting_words)) {
                seen[n++] = o;
                break;
            }
    }
    return n;
}

/* The words of the paragraph of token i (at most 40 lines each way). */
static size_t paragraph_words(const ex_text *t, size_t i)
{
    const ex_line *l = ex_line_of(t, i), *a = l, *b = l;
    while (a > t->lines && !ex_line_blank(a - 1) && l - a < 40)
        a--;
    while (b + 1 < t->lines + t->nlines && !ex_line_blank(b + 1) && b - l < 40)
        b++;
    return ex_words(t, (ex_span){ a->toks.first, b->toks.end });
}

/* Is one of the three lines under line no a data file's end field ("end
 * date: 2020-11-04", "ends: ...")? */
static bool end_field_below(const ex_text *t, uint32_t no)
{
    static const char *const end_fields[] = { "end", "ends", "until", NULL };
    for (uint32_t k = no + 1; k <= t->nlines && k <= no + 3; k++) {
        ex_span label;
        ex_line_body(t, &t->lines[k - 1], &label);
        if (label.first < label.end && ex_in_list(t, label.first, end_fields))
            return true;
    }
    return false;
}


static bool titled_for(const ex_text *t, ex_span whole, int32_t year);

static void choose_date(ex_ctx *c, ex_draft *d, const mentions *ms, mention_range mr, bool list,
                        explain_sink *x)
{
    const ex_text *t = c->t;
    int32_t year = c->reference.year ? c->reference.year : year_in(c, ms, mr, d->section);
    if (!year)
        year = c->context_year;
    int best = -1;
    if (!ms->m)
        mr.hi = mr.lo;
    /* a relative phrase in a sentence about the meeting ("arrived for
     * their annual summit earlier this month"), against the page's date */
    summit_date today = page_today(c);
    summit_date rlo = { 0, 0, 0 }, rhi = { 0, 0, 0 }, rend = { 0, 0, 0 };
    ex_span rev = { 0, 0 };
    int rank = -1;
    /* each phrase may read its paragraph: a few phrases keep it linear */
    size_t phrases = 0;
    uint32_t line = 0; /* the line whose day to read against is line_today */
    summit_date line_today = today;
    for (size_t i = d->section.first; today.day && i < d->section.end && phrases < 16; i++) {
        relative_meeting r;
        if (!ex_flag(c, i, EX_S_CONTEXT) || ex_flag(c, i, EX_S_OTHER))
            continue;
        if (t->tok[i].line != line) {
            line = t->tok[i].line;
            line_today = today_at(t, i, today);
        }
        if (!relative_meeting_at(t, i, last_week_end(t, i, d->section, line_today), d->section,
                                 &r))
            continue;
        phrases++;
        if (dated_before(ms, mr, i, r.sentence))
            continue;
        /* the most precise phrase wins, a span of days over one day:
         * "in South Korea this week ... The meeting opened on Thursday
         * and closed today"; "Web Summit opened on Monday ... the
         * ministerial summit, a three-day meeting, closes today" */
        summit_date w = window_date(r.lo, r.hi);
        int this_rank = w.day ? (r.end.year ? 3 : 2) : w.month ? 1 : 0;
        if (!w.year || this_rank <= rank)
            continue;
        rank = this_rank;
        rlo = r.lo;
        rhi = r.hi;
        rend = r.end;
        rev = r.sentence;
    }
    if (rlo.year) {
        summit_date w = window_date(rlo, rhi);
        /* (a span the phrase gives, "closed today after three days", is
         * near the page's date as a written range would be) */
        best = (w.day ? 30 : w.month ? 20 : 10) + 15 + (w.day && rend.year ? 3 + 12 : 0);
        d->start = w;
        bool end_real = rend.year && ex_date_real(rend.year, rend.month, rend.day);
        d->end = w.day && end_real ? rend : (summit_date){ 0, 0, 0 };
        d->date_ev = rev;
    }
    size_t chosen = SIZE_MAX;
    /* the edition the section names first is its own (but a page that
     * numbers three meetings or more tells a history, a career: its first
     * is not its subject) */
    bool narrative = !list && numbered_meetings(t, d->section) >= 3;
    int page_ordinal = list || narrative ? 0 : meeting_ordinal(t, d->section);
    /* there, of dates alike, the one whose paragraph tells most (a
     * biography names three summits; the one it dwells on is its subject) */
    size_t best_words = 0, ties = 0;
    /* the months the meeting's own sentences give ("In November 2021 the
     * UK hosted the summit"): days of one of them ("from Tuesday the 16th
     * to Thursday the 18th of November", a slide's line "Mon 4 - Wed 6
     * November 2019") are the same meeting, more fully */
    enum { MONTHS = 8 };
    summit_date months[MONTHS];
    size_t nmonths = 0;
    for (size_t k = mr.lo; k < mr.hi && nmonths < MONTHS; k++) {
        const ex_date *md = &ms->m[k].d;
        if (!ms->m[k].dateline && md->year_given && md->start.month && !md->start.day &&
            !md->end.month && ex_flag(c, md->toks.first, EX_S_CONTEXT) &&
            !ex_flag(c, md->toks.first, EX_S_OTHER))
            months[nmonths++] = md->start;
    }
    /* (days without a year only when the page does not write that month's
     * days with their year: "Mon 4 - Wed 6 November 2019" beats a guess of
     * "2-4 November") */
    bool written[MONTHS] = { false };
    for (size_t k = mr.lo; k < mr.hi && nmonths; k++) {
        const ex_date *md = &ms->m[k].d;
        for (size_t q = 0; q < nmonths && md->year_given && md->start.day && !ms->m[k].dateline;
             q++)
            written[q] |= months[q].year == md->start.year && months[q].month == md->start.month;
    }
    for (size_t k = mr.lo; k < mr.hi; k++) {
        const mention *m = &ms->m[k];
        if (m->dateline && !(list && m->date_line))
            continue;
        ex_date dd = m->d;
        if (!complete(&dd, year_for(c, &dd, year)))
            continue;
        bool fuller = false;
        for (size_t q = 0; q < nmonths && dd.start.day && !m->dateline && !fuller; q++)
            fuller = months[q].year == dd.start.year && months[q].month == dd.start.month &&
                     (dd.year_given ? m->date_line : !written[q]);
        /* a part read in its heading's year takes no other meeting's date
         * ("(Earlier in the year, on 3-4 May, ... the GovTech Forum)") */
        if (c->reference.year && !c->reference.month && ex_flag(c, dd.toks.first, EX_S_OTHER))
            continue;
        char why[160];
        if (!weekday_agrees(&dd, why, sizeof why)) {
            explain(x, "", why, ex_sentence_of(t, dd.toks.first));
            continue;
        }
        /* a "Dates:" or "When:" field is the meeting's, as a sentence about it is */
        static const char *const fields[] = { "dates", "when", NULL };
        ex_span label;
        ex_line_body(t, ex_line_of(t, dd.toks.first), &label);
        bool field = label.first < label.end && ex_in_list(t, label.end - 1, fields);
        /* ("Dates:" alone, or "Summit dates:"; not "Travel dates:") */
        bool own_field = field && (label.end == label.first + 1 ||
                                   ex_span_has(t, label, meeting_words));
        /* a data file's date field ("start date:", "date:") says it outright */
        static const char *const data_fields[] = { "date", "dates", "start", "when", NULL };
        bool data_field = t->yaml && label.first < label.end &&
                          ex_in_list(t, label.end - 1, data_fields);
        /* (and with its end field under it, "end date: ...", the more) */
        bool data_end = data_field && end_field_below(t, t->tok[dd.toks.first].line);
        /* "the first D5 summit, also in London, on 9 and 10 December 2014" on
         * a page about "the eighth annual summit": another edition's date */
        int ordinal = page_ordinal ? meeting_ordinal(t, ex_sentence_of(t, dd.toks.first)) : 0;
        bool other_edition = ordinal && ordinal != page_ordinal;
        int score = (dd.start.day ? 30 : dd.start.month ? 20 : 10) +
                    (ex_flag(c, dd.toks.first, EX_S_CONTEXT) || field ? 15 : 0) +
                    (own_field ? 5 : 0) - /* (the page's own word on its meeting) */
                    (other_edition ? 25 : 0) +
                    (list && m->date_line ? 20 : 0) + (dd.year_given ? 1 : 0) +
                    (dd.end.day ? 3 : 0) - (m->timestamp ? 10 : 0) + (fuller ? 15 : 0) -
                    (ex_flag(c, dd.toks.first, EX_S_OTHER) ? 25 : 0) -
                    (c->summit_page && side_event_date(t, dd.toks.first) ? 25 : 0) -
                    (ex_names_other_meeting(c, ex_sentence_of(t, dd.toks.first)) ? 5 : 0) +
                    (data_field ? 40 : 0) + (data_end ? 3 : 0);
        /* a page titled for its year ("digital nations ministerial summit
         * 2020 ottawa") is about that year's meeting */
        if (titled_for(t, (ex_span){ 0, t->ntok }, dd.start.year))
            score += 4;
        /* a release reports what just happened: a date within two months
         * of the page's own date beats one of a background paragraph */
        if (!c->reference.year && near_dateline(c, dd.start, dd.end))
            score += 12;
        /* a date outside the window of the page's relative phrase is
         * another meeting's ("since the last summit in November 2018") */
        if (rlo.year) {
            summit_date a = dd.start, b = dd.end.year ? dd.end : dd.start;
            summit_date blo = { a.year, a.month ? a.month : 1, a.day ? a.day : 1 };
            summit_date bhi = { b.year, b.month ? b.month : 12, b.day ? b.day : 28 };
            summit_date whi = rend.year ? rend : rhi;
            if (date_cmp(&bhi, &rlo) < 0 || date_cmp(&blo, &whi) > 0)
                score -= 30;
            else if (!window_date(rlo, rhi).day || (dd.end.day && !rend.year))
                score += 15; /* inside a week or month, or days around the one day
                                ("on the Wednesday ... the summit ended"): the same
                                meeting, more fully */
        }
        if (score < best)
            continue;
        if (score == best) {
            if (!narrative || chosen == SIZE_MAX || ties++ >= 64)
                continue;
            if (!best_words)
                best_words = paragraph_words(t, ms->m[chosen].d.toks.first);
            size_t words = paragraph_words(t, dd.toks.first);
            if (words <= best_words)
                continue;
            best_words = words;
        } else {
            best_words = 0;
        }
        best = score;
        d->start = dd.start;
        d->end = dd.end;
        d->date_ev = list && m->date_line ? ex_line_of(t, dd.toks.first)->toks
                                          : ex_sentence_of(t, dd.toks.first);
        chosen = k;
    }
    /* "ended yesterday, 4 November, after three days": the last day of a
     * span that the sentence counts */
    if (chosen != SIZE_MAX && d->start.day && !d->end.year) {
        size_t at = ms->m[chosen].d.toks.first;
        static const char *const ends[] = { "ended", "closed", "concluded", "finished", NULL };
        bool ended = false;
        for (size_t k = at > 4 ? at - 4 : 0; k < at; k++)
            ended = ended || ex_in_list(t, k, ends);
        int n = ended ? days_in(t, ex_sentence_of(t, at)) : 0;
        if (n > 1) {
            d->end = d->start;
            d->start = add_days(d->end, -(n - 1));
        }
    }
    /* "The programme ran over two days. Thursday 19 November was the
     * steering group; Friday 20 November was the summit itself.": a
     * length told just before, and its last day named in the sentence */
    if (chosen != SIZE_MAX && d->start.day && !d->end.year) {
        size_t at = ms->m[chosen].d.toks.first;
        ex_span s = ex_sentence_of(t, at);
        int n = days_in(t, s);
        if (!n && s.first > 0 && !ex_paragraph_start(t, s.first))
            n = days_in(t, ex_sentence_of(t, s.first - 1));
        summit_date last = add_days(d->start, n - 1);
        for (size_t k = chosen + 1; n > 1 && k < ms->n && ms->m[k].d.toks.first < s.end; k++) {
            ex_date later = ms->m[k].d;
            if (later.start.day == last.day && later.start.month == last.month &&
                (!later.year_given || later.start.year == last.year) && !later.end.month) {
                d->end = last;
                break;
            }
        }
    }
    /* a programme's days, a line each ("16 November – steering committee /
     * 17 November – thematic sessions / 18 November – ministerial
     * meeting"): the meeting runs from the first to the last */
    if (chosen != SIZE_MAX && d->start.day && !d->end.year &&
        at_line_start(t, ms->m[chosen].d.toks.first)) {
        summit_date first = d->start, last = d->start;
        for (size_t k = mr.lo; k < mr.hi; k++) {
            ex_date dd = ms->m[k].d;
            if (dd.end.month || !dd.start.day || ms->m[k].dateline ||
                !at_line_start(t, dd.toks.first) || !complete(&dd, d->start.year) ||
                dd.start.month != d->start.month || dd.start.year != d->start.year)
                continue;
            summit_date lo = add_days(d->start, -6), hi = add_days(d->start, 6);
            if (date_cmp(&dd.start, &lo) < 0 || date_cmp(&dd.start, &hi) > 0)
                continue;
            if (date_cmp(&dd.start, &first) < 0)
                first = dd.start;
            if (date_cmp(&dd.start, &last) > 0)
                last = dd.start;
        }
        if (date_cmp(&first, &last) < 0) {
            d->start = first;
            d->end = last;
        }
    }
    /* "opened in Montevideo on November 4th, 2019 and closed today": a
     * later day of the same sentence, within a week, ends the meeting */
    if (chosen == SIZE_MAX || !today.day || !d->start.day || d->end.year)
        return;
    summit_date week_after = add_days(d->start, 7);
    for (size_t k = ms->m[chosen].d.toks.end; k < d->date_ev.end; k++) {
        summit_date lo, hi;
        if (!relative_at(t, k, today, &lo, &hi) || !lo.day || date_cmp(&lo, &hi) != 0 ||
            date_cmp(&lo, &d->start) <= 0 || date_cmp(&lo, &week_after) > 0)
            continue;
        d->end = lo;
        break;
    }
}

/* --- histories told in prose -------------------------------------------------- */

/* Where the part of a sentence about the meeting dated at token i begins:
 * the sentence's start, or the last ";" or ", and" (", while", ", but")
 * before i, but not before token `floor`. */
static size_t part_start(const ex_text *t, size_t i, size_t floor)
{
    static const char *const joins[] = { "and", "while", "whereas", "but", NULL };
    static const char *const links[] = { "and", "after", "before", "while", "but", NULL };
    ex_span s = ex_sentence_of(t, i);
    size_t from = s.first > floor ? s.first : floor;
    for (size_t k = i; k > from; k--) {
        /* "...; the third", "— after the 2020 summit (chaired by Canada)
         * and the 2021 summit (chaired by the UK)": a link just before the
         * date or "the" and its date starts the part */
        bool just_before = k == i || (k + 1 == i && ex_is(t, k, "the"));
        if (ex_is_punct(t, k - 1, ';') || (ex_is_dash(t, k - 1) && t->tok[k - 1].space_before) ||
            (just_before && ex_in_list(t, k - 1, links)) ||
            (k >= 2 && k - 1 > from && ex_is_punct(t, k - 2, ',') && ex_in_list(t, k - 1, joins)))
            return k - 1;
    }
    /* a question or heading on the line just above its answer belongs to
     * it: "When was the first summit? / The inaugural D5 summit took place ..." */
    const ex_line *l = ex_line_of(t, from);
    if (from == s.first && l->toks.first == from && l->no > 1) {
        const ex_line *above = l - 1;
        if (!ex_line_blank(above) && ex_words(t, above->toks) <= 12 && above->toks.first >= floor &&
            !ex_is_punct(t, above->toks.end - 1, '.'))
            return above->toks.first;
    }
    return from;
}

/* The words of a history's meetings (not "forum" or "conference"). */
static const char *const history_words[] = { "summit", "summits", "meeting", "meetings",
                                             "ministerial", "met", "meet", "gathering",
                                             "cumbre", "cimeira", NULL };

/* A page that tells the story of three or more meetings, each dated with
 * its year in a sentence about a meeting ("The D5 was launched at its
 * first summit, held in London on 9-10 December 2014 ... the third summit
 * took place in Busan, South Korea, on 10-11 November 2016"), becomes one
 * section a meeting: from the part of the sentence that dates it to the
 * next one's (the last ends with its paragraph). A page dated within two
 * months of one of them is a report on that one, with background: it
 * stays whole. Returns the number of sections (0: not a history). */
/* Is the clause of token i background to the story it is told in, in the
 * past perfect ("the third summit had met in Busan in November 2016"), or
 * a pointer to another part ("The Busan meeting (10-11 November 2016) is
 * treated in Section 3")? */
static bool background(const ex_text *t, size_t i)
{
    ex_span s = ex_sentence_of(t, i);
    static const char *const parts[] = { "section", "chapter", "part", "appendix", NULL };
    for (size_t k = s.first + 1; k < s.end && k < s.first + 60; k++)
        if (ex_in_list(t, k, parts) && (ex_is(t, k - 1, "in") || ex_is(t, k - 1, "see")))
            return true;
    /* "had met", "had been held", "had taken place": a meeting verb in the
     * past perfect, in the date's own clause (not "which had been moved") */
    static const char *const met[] = { "met", "held", "convened", "gathered", "taken", NULL };
    ex_span cl = ex_clause_of(t, i);
    for (size_t k = cl.first; k + 1 < i && k < cl.end; k++)
        if (ex_is(t, k, "had") &&
            (ex_in_list(t, k + 1, met) || (ex_is(t, k + 1, "been") && ex_in_list(t, k + 2, met))))
            return true;
    return false;
}

/* Does the page's first line, or a "title:" line among its first ten,
 * name one meeting by its number and year ("9th Ministerial Summit —
 * Seoul (2022)"), or by its one year ("2016 D5 Ministerial Summit")? */
static bool titled_for(const ex_text *t, ex_span whole, int32_t year)
{
    if (whole.first >= whole.end)
        return false;
    uint32_t first = t->tok[whole.first].line;
    for (uint32_t no = first; no < first + 10 && no <= t->nlines; no++) {
        const ex_line *l = &t->lines[no - 1];
        ex_span label;
        ex_line_body(t, l, &label);
        bool titled = no == first || (label.first < label.end && ex_is(t, label.first, "title"));
        bool numbered = false, dated = false;
        size_t years = 0;
        /* (the line's first 24 tokens: a long first line is read once, not per date) */
        size_t end = l->toks.end < l->toks.first + 24 ? l->toks.end : l->toks.first + 24;
        for (size_t i = l->toks.first; titled && i < end; i++) {
            numbered |= ex_ordinal(t, i) > 0 && i + 1 < end &&
                        ex_span_has(t, (ex_span){ i + 1, end }, meeting_words);
            dated |= ex_year(t, i) == year;
            years += ex_year(t, i) != 0;
        }
        /* (or by its one year: "title : 2016 D5 Ministerial Summit") */
        if (dated && (numbered || (years == 1 && ex_span_has(t, (ex_span){ l->toks.first, end },
                                                                 meeting_words))))
            return true;
    }
    return false;
}

static size_t history_sections(const ex_ctx *c, const mentions *ms, ex_span whole, section *out,
                               size_t cap)
{
    const ex_text *t = c->t;
    /* "arrived for their annual summit earlier this month": news of a
     * meeting near the page's date, with background (a "Last updated:"
     * date says nothing of what the page reports) */
    bool news_date = c->dateline.day && !c->dateline_revised;
    for (size_t i = whole.first; news_date && i < whole.end; i++) {
        summit_date lo, hi;
        if (ex_flag(c, i, EX_S_CONTEXT) && !ex_flag(c, i, EX_S_OTHER) &&
            relative_at(t, i, c->dateline, &lo, &hi))
            return 0;
    }
    /* a "Dates:" field under the page's title (a card of the meeting, a
     * wiki page's "At a glance" table) says what the page is about */
    static const char *const fields[] = { "dates", "date", "when", NULL };
    for (size_t k = 0; k < ms->n; k++) {
        const ex_line *l = ex_line_of(t, ms->m[k].d.toks.first);
        if (l->no > 20)
            break;
        ex_span label;
        ex_span body = ex_line_body(t, l, &label);
        if (!ms->m[k].dateline && ms->m[k].d.start.day && ms->m[k].d.year_given &&
            label.end == label.first + 1 && ex_in_list(t, label.first, fields) &&
            body.first == ms->m[k].d.toks.first)
            return 0;
    }
    size_t n = 0;
    summit_date last_lo = { 0, 0, 0 }, last_hi = { 0, 0, 0 };
    size_t floor = whole.first;
    enum { TOLD = 64 };
    int32_t told_year[TOLD]; /* the first meetings' years, and whether to the month */
    bool told_month[TOLD];
    summit_date told_lo[TOLD], told_hi[TOLD]; /* and their days */
    size_t retold = 0;
    for (size_t k = 0; k < ms->n && n < cap; k++) {
        const mention *m = &ms->m[k];
        size_t at = m->d.toks.first;
        /* in a history "the next summit" is the one after the last told, but
         * "will be held" is still the future; "that November" takes the
         * year written before it */
        ex_date dd = m->d;
        if (!dd.year_given && (dd.start.year = local_year(t, &dd)) != 0 && dd.end.month)
            dd.end.year = dd.start.year;
        /* "Digital Nations co-hosted the World Bank's first Global GovTech
         * Forum in May 2023": a history tells summits and meetings */
        if (at < whole.first || at >= whole.end || m->dateline || m->timestamp ||
            !dd.start.year || !ex_flag(c, at, EX_S_CONTEXT) ||
            !ex_span_has(t, ex_sentence_of(t, at), history_words) || ex_origin_date(t, at) ||
            (ex_flag(c, at, EX_S_OTHER) && ex_flag(c, at, EX_S_FUTURE)) ||
            (c->summit_page && side_event_date(t, at)))
            continue;
        if (news_date && near_dateline(c, dd.start, dd.end))
            return 0;
        summit_date lo, hi;
        date_bounds(dd.start, dd.end, &lo, &hi);
        /* the same meeting again, right after or later ("on 21-22 February
         * 2018 ... the Busan meeting (10-11 November 2016) ... a caption
         * gives 22 February 2018") */
        if (n > 0 && date_cmp(&hi, &last_lo) >= 0 && date_cmp(&lo, &last_hi) <= 0)
            continue;
        bool again = false;
        for (size_t q = 0; q < n && q < TOLD && !again; q++) /* (a year alone absorbs no day) */
            again = told_month[q] && date_cmp(&hi, &told_lo[q]) >= 0 &&
                    date_cmp(&lo, &told_hi[q]) <= 0;
        if (again || background(t, at)) {
            retold++; /* (it still tells a history: a meeting told twice) */
            continue;
        }
        size_t first = part_start(t, at, floor);
        if (n > 0)
            out[n - 1].toks.end = first;
        out[n] = (section){ .toks = { first, first }, .history = true };
        if (n < TOLD) {
            told_year[n] = dd.start.year;
            told_month[n] = dd.start.month != 0;
            told_lo[n] = lo;
            told_hi[n] = hi;
        }
        n++;
        last_lo = lo;
        last_hi = hi;
        floor = m->d.toks.end;
    }
    /* the meetings of a history are told in three sentences or more; a
     * release's first sentence may name two earlier ones in passing */
    size_t sentences = 1 + retold;
    for (size_t k = 1; k < n; k++)
        sentences += t->tok[out[k].toks.first].sentence != t->tok[out[k - 1].toks.first].sentence;
    if (n + retold < 3 || n < 2 || sentences < 3)
        return 0;
    /* a page titled for its first meeting ("title: 9th Ministerial Summit
     * — Seoul (2022)") is that meeting's, looking back and ahead */
    if (titled_for(t, whole, told_year[0]))
        return 0;
    /* "the total cost of the 2021 summit" is the meeting the page dates
     * more precisely elsewhere ("16-18 November 2021"): no record of its own */
    for (size_t k = n < TOLD ? n : TOLD; k-- > 0;) {
        bool finer = false;
        for (size_t q = 0; q < n && q < TOLD && !told_month[k] && !finer; q++)
            finer = told_month[q] && told_year[q] == told_year[k];
        if (!finer)
            continue;
        if (k > 0)
            out[k - 1].toks.end = out[k].toks.end;
        memmove(out + k, out + k + 1, (n - k - 1) * sizeof *out);
        memmove(told_year + k, told_year + k + 1,
                ((n < TOLD ? n : TOLD) - k - 1) * sizeof *told_year);
        memmove(told_month + k, told_month + k + 1,
                ((n < TOLD ? n : TOLD) - k - 1) * sizeof *told_month);
        n--;
    }
    /* the last meeting's section ends with its paragraph */
    size_t end = out[n - 1].toks.first;
    while (end < whole.end && (end == out[n - 1].toks.first || !ex_paragraph_start(t, end)))
        end++;
    out[n - 1].toks.end = end;
    return n;
}

/* A heading of a part of a page: a short line of its own (blank before,
 * text after), not a sentence nor a file name ("What changed?" is one). */
static bool part_heading(const ex_text *t, const ex_line *l)
{
    size_t words = ex_words(t, l->toks);
    size_t e = l->toks.end;
    bool file = e - l->toks.first >= 3 && ex_is_punct(t, e - 2, '.') && !t->tok[e - 1].space_before;
    return words >= 1 && words <= 10 && (l->no == 1 || ex_line_blank(l - 1)) && l->no < t->nlines &&
           !ex_line_blank(l + 1) && !file && !ex_is_punct(t, e - 1, '.') && !ex_is_punct(t, e - 1, ',') &&
           !ex_is_punct(t, e - 1, ';');
}

/* The year a part heading names ("2020: the virtual Canadian year",
 * "Seoul 2022"), else 0. */
static int32_t heading_year(const ex_text *t, const ex_line *l)
{
    for (size_t i = l->toks.first; i < l->toks.end; i++)
        if (ex_year(t, i))
            return ex_year(t, i);
    return 0;
}

/* The first mention dated in part p of a year-parts page: one with the
 * part's year, or one with no year on the heading's line or the line
 * below ("2014" / "  9–10 December · London"); NULL when none. */
static const mention *part_date(const ex_text *t, const mentions *ms, const section *p)
{
    uint32_t head = t->tok[p->toks.first].line;
    for (size_t k = 0; k < ms->n; k++) {
        const mention *m = &ms->m[k];
        size_t at = m->d.toks.first;
        if (at < p->toks.first || at >= p->toks.end || m->dateline)
            continue;
        if (m->d.year_given ? m->d.start.year == p->year : t->tok[at].line <= head + 1)
            return m;
    }
    return NULL;
}

/* Do the heading line of part p or the line below deny it is a meeting
 * ("3–4 May · Washington DC · not a ministerial summit", "No ministerial
 * summit.")? */
static bool denies_meeting(const ex_text *t, const section *p)
{
    uint32_t head = t->tok[p->toks.first].line;
    for (size_t i = p->toks.first; i < p->toks.end && t->tok[i].line <= head + 1; i++) {
        if (!ex_is(t, i, "not") && !ex_is(t, i, "no"))
            continue;
        for (size_t k = i + 1; k < p->toks.end && k <= i + 3; k++)
            if (ex_in_list(t, k, meeting_words))
                return true;
    }
    return false;
}

/* A page in parts under headings that name years, two or more, each part
 * dating a meeting of its year in a sentence about a meeting ("2020: the
 * virtual Canadian year" ... "2022: back in the room" ...): one section a
 * part, from its heading to the next heading of any kind. A heading with
 * no year but a month ("November · Lisbon, Portugal") opens another part
 * of the year before; two parts of one year must date different months
 * ("2018 (February)", "2018 (November)"). A part that dates nothing of its
 * year or says it is no meeting ("2017 / No ministerial summit") is no
 * section, so long as most parts are. At most 64 parts. Returns the
 * number of sections (0: not such a page). */
static size_t year_parts(const ex_text *t, const mentions *ms, ex_span whole, section *out,
                         size_t cap)
{
    if (whole.first >= whole.end)
        return 0;
    size_t n = 0;
    uint32_t first = t->tok[whole.first].line, last = t->tok[whole.end - 1].line;
    for (uint32_t no = first; no <= last; no++) {
        const ex_line *l = &t->lines[no - 1];
        if (ex_line_blank(l) || !part_heading(t, l))
            continue;
        if (n == cap || n == 64)
            return 0; /* so many parts are no comparison of meetings */
        if (n > 0 && out[n - 1].toks.end == whole.end)
            out[n - 1].toks.end = l->toks.first; /* a heading closes the open part */
        int32_t y = heading_year(t, l);
        size_t used;
        int month = 0;
        if (!y && n > 0 && (month = ex_month(t, past_bullet(t, l), &used)) != 0)
            y = out[n - 1].year;
        if (!y)
            continue;
        out[n++] = (section){ .toks = { l->toks.first, whole.end }, .history = true, .year = y,
                              .month = month };
    }
    /* each part speaks of a meeting and dates something in its year */
    size_t kept = 0, dropped = 0;
    int32_t months[64];
    for (size_t p = 0; p < n; p++) {
        const mention *m = part_date(t, ms, &out[p]);
        int32_t month = m ? m->d.start.month : out[p].month;
        if ((!m && !month) || !ex_span_has(t, out[p].toks, meeting_words) || denies_meeting(t, &out[p])) {
            dropped++;
            continue;
        }
        for (size_t k = 0; k < kept; k++)
            if (out[k].year == out[p].year && months[k] == month)
                return 0; /* two parts of one meeting's month: not one meeting a part */
        months[kept] = month;
        /* "2015" / "  19–20 November · Tallinn, Estonia · D5": the day
         * under the heading is the part's meeting's (not "the steering
         * group met on 19 November" below it) */
        ex_date days = m ? m->d : (ex_date){ 0 };
        if (m && days.start.day && !days.year_given && complete(&days, out[p].year)) {
            out[p].start = days.start;
            if (days.end.day)
                out[p].end = days.end;
            out[p].date_line = t->tok[m->d.toks.first].line;
        }
        out[kept++] = out[p];
    }
    return kept >= 2 && kept > dropped ? kept : 0;
}

/* Does line l open with a year and a dash or colon ("2016 – Busan, ...",
 * "- 2016 – Busan, ..." in a bulleted list)? Then the year, else 0. */
static int32_t timeline_year(const ex_text *t, const ex_line *l)
{
    size_t f = past_bullet(t, l);
    if (f + 2 >= l->toks.end)
        return 0;
    return ex_is_dash(t, f + 1) || ex_is_punct(t, f + 1, ':') ? ex_year(t, f) : 0;
}

/* A line of a timeline: it opens with a year and stands alone; a "2020:
 * Denmark signs the charter" line over a paragraph is a heading. */
static int32_t timeline_line(const ex_text *t, size_t k)
{
    int32_t y = timeline_year(t, &t->lines[k]);
    if (!y || k + 1 == t->nlines || ex_line_blank(&t->lines[k + 1]) || timeline_year(t, &t->lines[k + 1]))
        return y;
    return 0;
}

/* The month a timeline's line names alone in its first sentence
 * ("2018 – Jerusalem, Israel, November."), else 0. */
static int32_t timeline_month(const ex_text *t, ex_span line)
{
    size_t used;
    for (size_t i = line.first; i < line.end && !ex_is_sentence_end(t, i); i++) {
        int m = ex_month(t, i, &used);
        if (m && ex_is_punct(t, i + used, '.') && ex_is_punct(t, i - 1, ','))
            return m;
    }
    return 0;
}

/* A timeline: three or more lines that open with a year ("2014 – London,
 * United Kingdom: 9–10 December. Inaugural D5 summit; ..."). Each line is
 * a section read in its year; a line that tells two meetings splits at "·"
 * between their dates. Returns the number of sections (0: no timeline). */
static size_t timeline_parts(const ex_text *t, const mentions *ms, section *out, size_t cap)
{
    size_t lines = 0;
    for (size_t k = 0; k < t->nlines; k++)
        lines += timeline_line(t, k) != 0;
    if (lines < 3)
        return 0;
    size_t n = 0, m = 0;
    for (size_t k = 0; k < t->nlines && n < cap; k++) {
        const ex_line *l = &t->lines[k];
        int32_t y = timeline_line(t, k);
        if (!y)
            continue;
        out[n++] = (section){ .toks = { past_bullet(t, l), l->toks.end }, .history = true,
                              .year = y, .timeline = true };
        /* "... D7 · Jerusalem, Israel, 21–22 November: ...": a "·" with a date on each side */
        bool dated = false;
        for (size_t i = l->toks.first; i < l->toks.end && n < cap; i++) {
            while (m < ms->n && ms->m[m].d.toks.end <= i)
                m++;
            dated = dated || (m < ms->n && ms->m[m].d.toks.first == i);
            if (!dated || !ex_is_punct(t, i, 0xB7))
                continue;
            size_t q = m;
            while (q < ms->n && ms->m[q].d.toks.first < i)
                q++;
            if (q == ms->n || ms->m[q].d.toks.first >= l->toks.end)
                continue;
            out[n - 1].toks.end = i;
            out[n++] = (section){ .toks = { i + 1, l->toks.end }, .history = true, .year = y,
                                  .timeline = true };
            dated = false;
        }
    }
    return n;
}

/* --- sentences about other meetings --------------------------------------- */

/* A year written alone ("in 2014", "The 2020 summit"), not a name's part
 * ("Digital Nations 2030", "Agenda 2030"). */
static bool bare_year(const ex_text *t, size_t i)
{
    static const char *const before[] = { "in", "since", "from", "until", "by", "of", "during",
                                          "for", "the", "and", NULL };
    if (!ex_year(t, i))
        return false;
    if (i == 0 || t->tok[i - 1].kind != TOK_WORD || !t->tok[i - 1].upper ||
        ex_in_list(t, i - 1, before))
        return true;
    /* "London 2014" names a meeting by its capital and year (but "Vision
     * 2030" is a name) */
    char city[32];
    const ex_token *c = &t->tok[i - 1];
    if (c->len >= sizeof city)
        return false;
    memcpy(city, t->buf + c->off, c->len);
    city[c->len] = '\0';
    return ex_capital_country(city) != NULL;
}

enum { DATES_OWN = 1, DATES_OTHER = 2, PART_KEPT = 4 };

/* "today", "this week", "this year's summit": the page's present, which
 * is the record's meeting when the page gives no date to resolve it by. */
static bool speaks_of_now(const ex_text *t, size_t i)
{
    static const char *const spans[] = { "week", "month", "year", NULL };
    return ex_is(t, i, "today") || (ex_is(t, i, "this") && ex_in_list(t, i + 1, spans));
}

/* Is token k a place a sentence gives its meeting: "in Wellington", "at
 * Busan", "London, 9-10 December 2014"? (A capitalised word that is no
 * country, month or weekday.) */
static bool meeting_place(const ex_ctx *c, size_t k)
{
    const ex_text *t = c->t;
    ex_country_hit h;
    size_t used;
    ex_date dd;
    if (t->tok[k].kind != TOK_WORD || !t->tok[k].upper || ex_month(t, k, &used) ||
        ex_weekday(t, k) >= 0 || ex_country_at(t, c->countries, k, false, &h))
        return false;
    return (k > 0 && (ex_is(t, k - 1, "in") || ex_is(t, k - 1, "at"))) ||
           (ex_is_punct(t, k + 1, ',') && ex_date_at(t, k + 2, &dd) > 0);
}

static bool same_word(const ex_text *t, size_t a, size_t b)
{
    return t->tok[a].len == t->tok[b].len &&
           memcmp(t->buf + t->tok[a].off, t->buf + t->tok[b].off, t->tok[a].len) == 0;
}

/* "The first D5 summit: London, 9-10 December 2014. ... / What came out of
 * London: the five founders signed the D5 Charter": an undated sentence
 * that names the place of another meeting's sentence, a place no sentence
 * of the record's own dates names, and places no meeting itself, goes on
 * about that meeting. */
static void undated_elsewhere(const ex_ctx *c, size_t s0, size_t s1, uint8_t *state)
{
    const ex_text *t = c->t;
    enum { MAX_PLACES = 16 };
    size_t place[MAX_PLACES], n = 0;
    for (size_t q = s0; q <= s1 && n < MAX_PLACES; q++)
        if ((state[q] & (DATES_OTHER | DATES_OWN | PART_KEPT)) == DATES_OTHER)
            for (size_t k = t->sentences[q].first; k < t->sentences[q].end && n < MAX_PLACES; k++)
                if (meeting_place(c, k))
                    place[n++] = k;
    for (size_t q = s0; q <= s1 && n; q++) {
        if (!(state[q] & DATES_OWN))
            continue;
        for (size_t k = t->sentences[q].first; k < t->sentences[q].end; k++)
            for (size_t p = 0; p < n;) {
                if (same_word(t, k, place[p]))
                    place[p] = place[--n]; /* also this meeting's place: not another's */
                else
                    p++;
            }
    }
    for (size_t q = s0; q <= s1 && n; q++) {
        /* (a sentence that places a meeting, "hosted virtually from
         * London", places the record's) */
        if ((state[q] & (DATES_OWN | DATES_OTHER)) || (c->sflags[q] & EX_S_PLACE))
            continue;
        bool elsewhere = false;
        for (size_t k = t->sentences[q].first; k < t->sentences[q].end && !elsewhere; k++)
            for (size_t p = 0; p < n && !elsewhere; p++)
                elsewhere = same_word(t, k, place[p]);
        if (elsewhere)
            state[q] = DATES_OTHER;
    }
}

/* Marks EX_S_OTHER | EX_S_FOREIGN on every sentence of the record's section
 * that dates only other meetings: it names dates or years, none of them
 * the record's ("Denmark joined at the summit in Montevideo in November
 * 2019" on a page about the 2020 summit). A sentence in parts ("It is the
 * first summit in person since COVID-19; the 2020 and 2021 summits were
 * held online") is foreign only when each of its parts is. The finders
 * take nothing from a foreign sentence. `state` is scratch, one byte a
 * sentence. */
static void mark_foreign(const ex_ctx *c, const ex_draft *d, const mentions *ms, mention_range mr,
                         int32_t year, uint8_t *flags, uint8_t *state)
{
    const ex_text *t = c->t;
    if (d->section.first >= d->section.end)
        return;
    size_t s0 = t->tok[d->section.first].sentence, s1 = t->tok[d->section.end - 1].sentence;
    memset(state + s0, 0, s1 - s0 + 1);
    summit_date own_lo, own_hi;
    date_bounds(d->start, d->end, &own_lo, &own_hi);
    summit_date today = page_today(c);
    if (!ms->m)
        mr.hi = mr.lo;
    size_t k = mr.lo;
    uint8_t part = 0, prev_part = 0; /* what this and the last part of a sentence date */
    int aside = 0;    /* inside "(...)" (2) or ", which ...," (1) */
    for (size_t i = d->section.first; i < d->section.end; i++) {
        while (k < mr.hi && ms->m[k].d.toks.end <= i)
            k++;
        /* an aside's dates are background, not what the sentence is about:
         * "The Uruguayan government, which has held the presidency since
         * the last summit in Jerusalem in November 2018, hosted ..." */
        /* (a sentence wholly in brackets is no aside, nor is a date in
         * brackets: "held in Tallinn, Estonia (2015.11.19~20)" dates Tallinn) */
        bool bracketed_date = k < mr.hi && ms->m[k].d.toks.first == i + 1 &&
                              ex_is_punct(t, ms->m[k].d.toks.end, ')');
        if (ex_is_punct(t, i, '(') && i != ex_sentence_of(t, i).first && !bracketed_date)
            aside = 2;
        else if ((ex_is_punct(t, i, ')') && aside == 2) || (ex_is_punct(t, i, ',') && aside == 1))
            aside = 0;
        else if (!aside && i > 0 && ex_is_punct(t, i - 1, ',') &&
                 (ex_is(t, i, "which") || ex_is(t, i, "who") || ex_is(t, i, "whose") ||
                  ex_is(t, i, "que")))
            aside = 1;
        /* what token i dates: another meeting's dates count only outside
         * an aside, the record's own anywhere ("Uruguay, which holds the
         * presidency for 2019") */
        summit_date lo, hi;
        uint8_t dates = 0;
        if (k < mr.hi && ms->m[k].d.toks.first <= i) {
            const mention *m = &ms->m[k];
            ex_date dd = m->d;
            if (i == m->d.toks.first && !m->dateline && !m->timestamp &&
                complete(&dd, year_for(c, &dd, year))) {
                date_bounds(dd.start, dd.end, &lo, &hi);
                bool overlaps = date_cmp(&hi, &own_lo) >= 0 && date_cmp(&lo, &own_hi) <= 0;
                dates = overlaps ? DATES_OWN : DATES_OTHER;
            }
        } else if (bare_year(t, i)) {
            int32_t y = t->tok[i].num;
            dates = y >= own_lo.year && y <= own_hi.year ? DATES_OWN : DATES_OTHER;
        } else if (k < mr.hi && ms->m[k].d.toks.first <= i + 3) {
            /* "Yesterday, Thursday 22 November": the date says which day */
        } else if (today.day ? relative_at(t, i, today, &lo, &hi) &&
                                   date_cmp(&hi, &own_lo) >= 0 && date_cmp(&lo, &own_hi) <= 0
                             : speaks_of_now(t, i)) {
            dates = DATES_OWN; /* "This week Denmark took part ..." */
        }
        if (!(aside && dates == DATES_OTHER))
            part |= dates;
        uint8_t *st = &state[t->tok[i].sentence];
        *st |= part;
        bool last = i + 1 == d->section.end || t->tok[i + 1].sentence != t->tok[i].sentence;
        if (ex_is_punct(t, i, ';') || last) {
            /* an undated part goes on about the part before it: "...,
             * held in Jerusalem in November 2018, ...; the summit also agreed" */
            if (!part)
                part = prev_part;
            if (part != DATES_OTHER)
                *st |= PART_KEPT;
            prev_part = last ? 0 : part;
            part = 0;
            aside = 0;
        }
    }
    undated_elsewhere(c, s0, s1, state);
    /* in a paragraph that dates only other meetings, the undated
     * sentences after a foreign one go on about it: "2020: the virtual
     * Canadian year / The seventh Ministerial Summit was meant to bring
     * delegations to Ottawa. ..." */
    for (size_t s = s0; s <= s1;) {
        size_t e = s + 1;
        while (e <= s1 && !ex_paragraph_start(t, t->sentences[e].first))
            e++;
        bool own = false;
        for (size_t q = s; q < e; q++)
            own = own || (state[q] & DATES_OWN);
        bool after_foreign = false, opened = false;
        for (size_t q = s; q < e; q++) {
            bool foreign = (state[q] & (DATES_OTHER | DATES_OWN | PART_KEPT)) == DATES_OTHER;
            if (foreign || (after_foreign && !own && !(state[q] & DATES_OTHER)))
                flags[q] |= EX_S_OTHER | EX_S_FOREIGN;
            /* (only a paragraph that opens on another meeting goes on
             * about it, past a line that is neither dated nor about a
             * meeting, such as a post's author; one aside in the middle
             * does not carry over) */
            after_foreign = after_foreign || (foreign && !opened);
            opened = opened || (state[q] & (DATES_OTHER | DATES_OWN)) ||
                     (c->sflags[q] & EX_S_CONTEXT);
        }
        s = e;
    }
}

/* --- ids ------------------------------------------------------------------ */

/* Appends a slug of s (folded, words joined by '-') to buf. */
static void append_slug(char *buf, size_t cap, const char *s, size_t max)
{
    char folded[256];
    size_t n = fold_words(s, strlen(s), folded, sizeof folded);
    if (n >= FOLD_TOO_SMALL)
        return;
    size_t len = strlen(buf), added = 0;
    if (len && len + 1 < cap && folded[0]) {
        buf[len++] = '-';
        buf[len] = '\0';
    }
    for (size_t i = 0; folded[i] && len + 1 < cap && added < max; i++) {
        char ch = folded[i];
        if (ch == ' ')
            ch = '-';
        else if (!((ch >= 'a' && ch <= 'z') || (ch >= '0' && ch <= '9')))
            continue;
        buf[len++] = ch;
        added++;
    }
    while (len > 0 && buf[len - 1] == '-')
        len--;
    buf[len] = '\0';
}

/* <group>-<year>-<city>: the group's initials when it has several words
 * ("Digital Nations" -> "dn"), else its slug ("D9" -> "d9"); the country
 * code when there is no city. Unique within the collection. */
static void make_id(const ex_draft *d, const summit_collection *coll, char *id, size_t cap)
{
    char lead[32] = "";
    const char *name = d->group.s ? d->group.s : d->series.s;
    if (name && strchr(name, ' ')) {
        size_t n = 0;
        for (const char *p = name; *p && n + 1 < sizeof lead; p++)
            if ((p == name || p[-1] == ' ') &&
                ((*p >= 'A' && *p <= 'Z') || (*p >= 'a' && *p <= 'z') || (*p >= '0' && *p <= '9')))
                lead[n++] = ex_ascii_lower(*p);
        lead[n] = '\0';
    } else if (name) {
        append_slug(lead, sizeof lead, name, 20);
    }
    id[0] = '\0';
    append_slug(id, cap, lead[0] ? lead : "summit", 20);
    char year[8];
    snprintf(year, sizeof year, "%04d", (int)d->start.year);
    append_slug(id, cap, year, 4);
    if (d->city.s)
        append_slug(id, cap, d->city.s, 30);
    else if (d->country)
        append_slug(id, cap, d->country, 2);
    size_t len = strlen(id);
    for (int k = 2; collection_find_index(coll, id, strlen(id)) != (size_t)-1 && k < 100000; k++) {
        id[len] = '\0';
        char suffix[12];
        snprintf(suffix, sizeof suffix, "%d", k);
        append_slug(id, cap, suffix, 6);
    }
}

/* --- from draft to record ---------------------------------------------------- */

static void date_text(const summit_date *d, char *out, size_t cap)
{
    if (d->day)
        snprintf(out, cap, "%04d-%02d-%02d", (int)d->year, (int)d->month, (int)d->day);
    else if (d->month)
        snprintf(out, cap, "%04d-%02d", (int)d->year, (int)d->month);
    else
        snprintf(out, cap, "%04d", (int)d->year);
}

static void explain_record(explain_sink *x, const ex_draft *d, const summit_record *r)
{
    static const char *const modes[] = { "", "in-person", "virtual", "hybrid" };
    static const char *const roles[] = { "member", "chair", "guest", "observer" };
    char ptr[64], val[96];
    explain(x, "/id", r->id, d->date_ev);
    explain(x, "/series", r->series, d->series.s ? d->series.ev : d->group.ev);
    if (r->group)
        explain(x, "/group", r->group, d->group.ev);
    if (r->edition) {
        snprintf(val, sizeof val, "%d", (int)r->edition);
        explain(x, "/edition", val, d->edition_ev);
    }
    if (r->title)
        explain(x, "/title", r->title, d->title.ev);
    if (r->theme)
        explain(x, "/theme", r->theme, d->theme.ev);
    date_text(&r->start_date, val, sizeof val);
    explain(x, "/start_date", val, d->date_ev);
    if (r->end_date.year) {
        date_text(&r->end_date, val, sizeof val);
        explain(x, "/end_date", val, d->date_ev);
    }
    if (r->mode)
        explain(x, "/mode", modes[r->mode], d->mode_ev);
    if (r->location.city)
        explain(x, "/location/city", r->location.city, d->city.ev);
    if (r->location.country)
        explain(x, "/location/country", r->location.country, d->country_ev);
    if (r->chair.name)
        explain(x, "/chair/name", r->chair.name, d->chair_person.ev);
    if (r->chair.title)
        explain(x, "/chair/title", r->chair.title, d->chair_office.ev);
    if (r->chair.country)
        explain(x, "/chair/country", r->chair.country, d->chair_ev);
    for (size_t i = 0; i < r->participant_count; i++) {
        snprintf(ptr, sizeof ptr, "/participants/%zu", i);
        snprintf(val, sizeof val, "%s (%s)", r->participants[i].country, roles[r->participants[i].role]);
        explain(x, ptr, val, d->participants[i].ev);
    }
    for (size_t i = 0; i < r->topic_count; i++) {
        snprintf(ptr, sizeof ptr, "/topics/%zu", i);
        explain(x, ptr, r->topics[i], d->topics[i].ev);
    }
    for (size_t i = 0; i < r->commitment_count; i++) {
        snprintf(ptr, sizeof ptr, "/commitments/%zu", i);
        explain(x, ptr, r->commitments[i], d->commitments[i].ev);
    }
    for (size_t i = 0; i < r->document_count; i++) {
        snprintf(ptr, sizeof ptr, "/documents/%zu", i);
        explain(x, ptr, r->documents[i].title, d->documents[i].title.ev);
    }
    for (size_t i = 0; i < r->media_count; i++) {
        snprintf(ptr, sizeof ptr, "/media/%zu", i);
        explain(x, ptr, r->media[i].file ? r->media[i].file : r->media[i].url,
                d->media[i].file.ev);
    }
}

/* The chair's office without the chair's country after a comma
 * ("Secretary of State for Digitalisation, Portugal"): the record says
 * the country already. */
static const char *office_without_country(ex_ctx *c, const char *office, const char *code)
{
    const char *name = code ? country_name(code) : NULL;
    if (!office || !name)
        return office;
    size_t n = strlen(office), m = strlen(name);
    if (n <= m + 2 || strcmp(office + n - m, name) != 0 || office[n - m - 2] != ',' ||
        office[n - m - 1] != ' ')
        return office;
    char buf[512];
    if (n - m - 2 >= sizeof buf)
        return office;
    memcpy(buf, office, n - m - 2);
    buf[n - m - 2] = '\0';
    return ex_str_dup(c, buf);
}

static summit_status add_record(ex_ctx *c, const ex_draft *d, const summit_extract_options *o,
                                summit_collection *coll, explain_sink *x, summit_error *err)
{
    summit_record r;
    memset(&r, 0, sizeof r);
    char id[65];
    make_id(d, coll, id, sizeof id);
    r.id = id;
    r.series = d->series.s ? d->series.s : "Summit";
    char series[256];
    if (!d->series.s && d->group.s) {
        snprintf(series, sizeof series, "%s Summit", d->group.s);
        r.series = series;
    }
    r.group = d->group.s;
    r.edition = d->edition;
    r.title = d->title.s;
    r.theme = d->theme.s;
    r.start_date = d->start;
    r.end_date = d->end;
    r.mode = d->mode;
    if (d->country) {
        r.location.country = d->country;
        r.location.city = d->city.s;
    }
    r.chair.country = d->chair;
    r.chair.name = d->chair_person.s;
    r.chair.title = office_without_country(c, d->chair_office.s, d->chair);
    summit_participant parts[EX_MAX_PARTICIPANTS];
    for (size_t i = 0; i < d->nparticipants; i++) {
        parts[i].country = d->participants[i].code;
        parts[i].name = d->participants[i].name;
        parts[i].role = d->participants[i].role;
    }
    r.participants = parts;
    r.participant_count = d->nparticipants;
    const char *topics[EX_MAX_TOPICS], *commitments[EX_MAX_COMMITMENTS];
    for (size_t i = 0; i < d->ntopics; i++)
        topics[i] = d->topics[i].s;
    r.topics = topics;
    r.topic_count = d->ntopics;
    for (size_t i = 0; i < d->ncommitments; i++)
        commitments[i] = d->commitments[i].s;
    r.commitments = commitments;
    r.commitment_count = d->ncommitments;
    summit_document docs[EX_MAX_DOCUMENTS];
    memset(docs, 0, sizeof docs);
    for (size_t i = 0; i < d->ndocuments; i++) {
        docs[i].kind = d->documents[i].kind;
        docs[i].title = d->documents[i].title.s;
    }
    r.documents = docs;
    r.document_count = d->ndocuments;
    summit_media media[EX_MAX_MEDIA];
    memset(media, 0, sizeof media);
    for (size_t i = 0; i < d->nmedia; i++) {
        media[i].kind = d->media[i].kind;
        /* a link when it is a valid one (its last part is the file's
         * name), else the line is the file's name; a link that is not
         * valid ("https://.../DN Family Photo 2020 (all).png", with
         * spaces) or a site's path ("/assets/img/signing.jpg") gives only
         * its last part */
        const char *f = d->media[i].file.s;
        bool url = url_is_valid(f, strlen(f));
        bool link = url || strncmp(f, "https://", 8) == 0 || strncmp(f, "http://", 7) == 0 ||
                    f[0] == '/';
        const char *name = strrchr(f, '/');
        media[i].file = !link ? f : name && name[1] ? name + 1 : url ? NULL : f;
        media[i].url = url ? f : NULL;
        media[i].caption = d->media[i].caption;
    }
    r.media = media;
    r.media_count = d->nmedia;
    summit_source source;
    memset(&source, 0, sizeof source);
    if (o->source_url) {
        source.url = o->source_url;
        source.title = o->source_title;
        source.retrieved = o->retrieved;
        r.sources = &source;
        r.source_count = 1;
    }
    (void)c;
    summit_status st = summit_collection_add(coll, &r, err);
    if (st == SUMMIT_OK)
        explain_record(x, d, summit_collection_get(coll, summit_collection_count(coll) - 1));
    return st;
}

/* --- the entry point ---------------------------------------------------------- */

/* Does a meeting word stand in the span outside sentences of other
 * meetings ("summit: 1" does, "the 2019 Montevideo summit" does not)? */
static bool names_meeting(const ex_ctx *c, ex_span s)
{
    for (size_t i = s.first; i < s.end; i++)
        if (ex_in_list(c->t, i, meeting_words) && !ex_flag(c, i, EX_S_OTHER | EX_S_FOREIGN))
            return true;
    return false;
}

/* Has one of the last records told the same meeting: dates within three
 * days ("held on 2–3 November" in one snippet, "on 3–4 November" in
 * another)? The first telling stays. */
static bool told_before(const summit_collection *coll, const ex_draft *d)
{
    summit_date lo, hi;
    date_bounds(d->start, d->end, &lo, &hi);
    lo = add_days(lo, -3);
    hi = add_days(hi, 3);
    size_t n = summit_collection_count(coll);
    for (size_t k = n > 16 ? n - 16 : 0; k < n; k++) {
        const summit_record *r = summit_collection_get(coll, k);
        summit_date a, b;
        date_bounds(r->start_date, r->end_date, &a, &b);
        if (date_cmp(&b, &lo) >= 0 && date_cmp(&a, &hi) <= 0)
            return true;
    }
    return false;
}

static void free_pool(ex_pool *p)
{
    for (size_t i = 0; i < p->n; i++)
        ex_free(p->mem, p->s[i]);
    ex_free(p->mem, p->s);
}

static summit_status check_args(const char *text, size_t len, const summit_extract_options *o,
                                summit_collection **out, summit_error *err)
{
    if (!out || (!text && len > 0)) {
        error_set(err, SUMMIT_ERR_ARG, "", "text and out must not be NULL");
        return SUMMIT_ERR_ARG;
    }
    if (o->version != SUMMIT_EXTRACT_OPTIONS_VERSION) {
        error_set(err, SUMMIT_ERR_ARG, "",
                  "summit_extract_options.version is %u; this library knows version %u "
                  "(call summit_extract_options_init())",
                  (unsigned)o->version, (unsigned)SUMMIT_EXTRACT_OPTIONS_VERSION);
        return SUMMIT_ERR_ARG;
    }
    if (o->flags != 0) {
        error_set(err, SUMMIT_ERR_ARG, "", "unknown extract flags 0x%x", (unsigned)o->flags);
        return SUMMIT_ERR_ARG;
    }
    if (len > o->max_input_bytes) {
        error_set(err, SUMMIT_ERR_LIMIT, "", "the text is %zu bytes, more than the limit of %zu",
                  len, o->max_input_bytes);
        return SUMMIT_ERR_LIMIT;
    }
    size_t bad;
    const char *src = text ? text : "";
    /* (a raw e-mail may be Latin-1 in 8 bits: its decoding makes it UTF-8) */
    if (!ex_is_mime(src, len) && !ex_utf8_valid(src, len, &bad)) {
        position_finder pf;
        position_init(&pf, src, len, 0);
        position_find(&pf, bad, &err->line, &err->column);
        err->offset = bad;
        error_set(err, SUMMIT_ERR_SYNTAX, "", "invalid UTF-8 (byte 0x%02x)",
                  (unsigned)(unsigned char)src[bad]);
        return SUMMIT_ERR_SYNTAX;
    }
    return SUMMIT_OK;
}

/* A cell without its closing notes: "2–4 November [a]", "D5 [e]",
 * "Ottawa, Canada (virtual)" (*remark gets "virtual"; may be NULL). */
static ex_span cell_core(const ex_text *t, ex_span c, ex_span *remark)
{
    if (remark)
        *remark = (ex_span){ c.end, c.end };
    for (int pass = 0; pass < 2 && c.first < c.end; pass++) {
        uint32_t close = ex_is_punct(t, c.end - 1, ']')   ? '['
                         : ex_is_punct(t, c.end - 1, ')') ? '('
                                                          : 0;
        if (!close)
            break;
        size_t k = c.end - 1;
        while (k > c.first && k + 6 > c.end && !ex_is_punct(t, k, close))
            k--;
        if (k == c.first || !ex_is_punct(t, k, close))
            break;
        if (close == '(' && remark)
            *remark = (ex_span){ k + 1, c.end - 1 };
        c.end = k;
    }
    return c;
}

/* The country a cell names whole ("UK", "the Republic of Korea"), or NULL. */
static const char *cell_country(ex_ctx *c, ex_span cc)
{
    const ex_text *t = c->t;
    ex_country_hit h;
    size_t f = cc.first < cc.end && ex_is(t, cc.first, "the") ? cc.first + 1 : cc.first;
    if (f < cc.end && ex_country_at(t, c->countries, f, true, &h) && h.toks.end == cc.end)
        return h.code;
    return NULL;
}

/* Is a row's date column empty: a theme wrapped onto the next row? */
static bool continuation_row(const table *tb, const ex_span *cells)
{
    for (int k = COL_YEAR; k <= COL_DATE; k++)
        if (tb->col[k] >= 0 && cells[tb->col[k]].first < cells[tb->col[k]].end)
            return false;
    return true;
}

/* One record per table row: its date (a year, or a Dates cell completed
 * by the Year cell, narrowed by "Wellington in February" elsewhere in the
 * text), city, country, mode note, group, theme (wrapped onto the rows
 * below) and chair (the Chair column's, or the country's when the text
 * says the chair hosts). */
static summit_status table_records(ex_ctx *c, const table *tb, ex_draft *page,
                                   const summit_extract_options *o, summit_collection *coll,
                                   explain_sink *x, ex_draft *d, summit_error *err)
{
    const ex_text *t = c->t;
    ex_span all = { 0, t->ntok };
    bool host_chairs = ex_chair_hosts(c, all);
    ex_find_title(c, page, false);
    /* lists by year under the table: "### Themes", "### Chairs", "### Participants",
     * "### Documents" */
    static const char *const themes[] = { "theme", "themes", NULL };
    static const char *const chairs[] = { "chair", "chairs", "chairmanship", NULL };
    static const char *const members[] = { "participants", "members", "attendance", NULL };
    static const char *const documents[] = { "documents", "outcomes", NULL };
    size_t theme_list = ex_list_heading(c, themes), chair_list = ex_list_heading(c, chairs),
           member_list = ex_list_heading(c, members), document_list = ex_list_heading(c, documents);
    /* as many rows as a list page has sections; the look-up of a month
     * elsewhere in the text only for the first 64 rows (linear time) */
    size_t end_row = tb->end_row - tb->first_row > EX_MAX_SECTIONS ? tb->first_row + EX_MAX_SECTIONS
                                                                   : tb->end_row;
    for (size_t r = tb->first_row; r < end_row; r++) {
        const ex_line *l = &t->lines[r];
        ex_span cells[EX_MAX_COLS + 1];
        row_cells(t, tb, l, cells);
        memset(d, 0, sizeof *d);
        d->section = l->toks;
        /* "| 2014 | 9–10 December |": the year column completes the date */
        ex_date dd, year;
        bool has_year = tb->col[COL_YEAR] >= 0 &&
                        cell_date(t, cell_core(t, cells[tb->col[COL_YEAR]], NULL), &year);
        bool dated = false;
        if (tb->col[COL_DATE] >= 0) {
            ex_span dc = cell_core(t, cells[tb->col[COL_DATE]], NULL);
            dated = cell_date(t, dc, &dd);
            if (!dated && has_year && dc.first < dc.end && ex_date_at(t, dc.first, &dd) &&
                dd.toks.end == dc.end && !dd.year_given) {
                dated = complete(&dd, year.start.year);
            } else if (!dated && has_year && dc.first + 1 == dc.end) {
                size_t used;
                int m = ex_month(t, dc.first, &used); /* "November" */
                dd = year;
                dd.start.month = m;
                dated = m != 0;
            }
        }
        if (!dated && has_year) {
            dd = year;
            dated = true;
        }
        /* a Status of "DUPLICATE", "superseded", "NOT A SUMMIT", "no summit" */
        static const char *const struck[] = { "duplicate", "superseded", "cancelled", "canceled",
                                              "withdrawn", "not", "no", "postponed", NULL };
        if (!dated || (tb->col[COL_STATUS] >= 0 &&
                       ex_span_has(t, cells[tb->col[COL_STATUS]], struck)))
            continue;
        d->start = dd.start;
        d->end = dd.end;
        d->date_ev = l->toks;
        /* "| 2019-11-04 | 2019-11-06 [^d20] |": an End column */
        ex_date last;
        if (tb->col[COL_END] >= 0 && !d->end.year &&
            cell_date(t, cell_core(t, cells[tb->col[COL_END]], NULL), &last) && last.start.day &&
            d->start.day && date_cmp(&last.start, &d->start) > 0)
            d->end = last.start;
        if (tb->col[COL_EDITION] >= 0) {
            ex_span ec = cell_core(t, cells[tb->col[COL_EDITION]], NULL);
            const ex_token *et = ec.first < ec.end ? &t->tok[ec.first] : NULL;
            if (et && ec.end == ec.first + 1 && et->kind == TOK_NUM && et->num > 0 &&
                et->num < 1000) {
                d->edition = et->num;
                d->edition_ev = l->toks;
            }
        }
        if (tb->col[COL_MODE] >= 0) {
            ex_span mc = cell_core(t, cells[tb->col[COL_MODE]], NULL);
            d->mode = ex_is(t, mc.first, "virtual") || ex_is(t, mc.first, "online")
                          ? SUMMIT_MODE_VIRTUAL
                      : ex_is(t, mc.first, "hybrid") ? SUMMIT_MODE_HYBRID
                      : ex_is(t, mc.first, "in") || ex_is(t, mc.first, "face")
                          ? SUMMIT_MODE_IN_PERSON
                          : 0;
            if (d->mode)
                d->mode_ev = l->toks;
        }
        ex_span city = { 0, 0 }, remark = { 0, 0 };
        bool city_col = tb->col[COL_CITY] >= 0 && !empty_cell(t, cells[tb->col[COL_CITY]]);
        if (city_col || tb->col[COL_PLACE] >= 0) {
            /* "London, United Kingdom", "Ottawa, Canada (virtual)"; a City
             * column's "Oslo" */
            ex_span pc = cell_core(t, cells[tb->col[city_col ? COL_CITY : COL_PLACE]], &remark);
            if (city_col)
                city = pc;
            for (size_t k = pc.first + 1; k + 1 < pc.end; k++)
                if (ex_is_punct(t, k, ',')) {
                    const char *code = cell_country(c, (ex_span){ k + 1, pc.end });
                    if (code) {
                        city = (ex_span){ pc.first, k };
                        d->country = code;
                        d->country_ev = l->toks;
                    }
                    break;
                }
        }
        if (city.first < city.end) {
            d->city.s = ex_str_span(c, city);
            d->city.ev = l->toks;
        }
        /* "(virtual)", "(virt.)", "(online)", "(hybrid)" */
        if (remark.first < remark.end) {
            if (ex_is(t, remark.first, "virtual") || ex_is(t, remark.first, "virt") ||
                ex_is(t, remark.first, "online"))
                d->mode = SUMMIT_MODE_VIRTUAL;
            else if (ex_is(t, remark.first, "hybrid"))
                d->mode = SUMMIT_MODE_HYBRID;
            if (d->mode)
                d->mode_ev = l->toks;
        }
        if (tb->col[COL_COUNTRY] >= 0) {
            const char *code = cell_country(c, cell_core(t, cells[tb->col[COL_COUNTRY]], NULL));
            if (code) {
                d->country = code;
                d->country_ev = l->toks;
            }
        }
        if (tb->col[COL_GROUP] >= 0) {
            ex_span gc = cell_core(t, cells[tb->col[COL_GROUP]], NULL);
            /* "D5 -> D7": the group it was at the meeting's close */
            for (size_t k = gc.end; k-- > gc.first + 1;)
                if (ex_is_punct(t, k, '>') || ex_is_punct(t, k, 0x2192)) {
                    gc.first = k + 1;
                    break;
                }
            if (gc.first < gc.end && !empty_cell(t, gc)) {
                d->group.s = ex_str_span(c, gc);
                d->group.ev = l->toks;
            }
        }
        const char *chair = tb->col[COL_CHAIR] >= 0
                                ? cell_country(c, cell_core(t, cells[tb->col[COL_CHAIR]], NULL))
                                : host_chairs ? d->country : NULL;
        /* the theme, wrapped onto the rows below with an empty date */
        if (tb->col[COL_THEME] >= 0 && !empty_cell(t, cells[tb->col[COL_THEME]])) {
            char buf[512];
            size_t n = 0;
            for (size_t q = r; q < end_row && n < sizeof buf - 1; q++) {
                ex_span qc[EX_MAX_COLS + 1];
                row_cells(t, tb, &t->lines[q], qc);
                if (q > r && !continuation_row(tb, qc))
                    break;
                size_t off, e;
                ex_span_bytes(t, qc[tb->col[COL_THEME]], &off, &e);
                if (e > off && n + (e - off) + 2 < sizeof buf) {
                    if (n)
                        buf[n++] = ' ';
                    memcpy(buf + n, t->buf + off, e - off);
                    n += e - off;
                }
            }
            buf[n] = '\0';
            /* (a cell too long for the buffer gives no theme, not an empty one) */
            d->theme.s = n ? ex_str_dup(c, buf) : NULL;
            d->theme.ev = l->toks;
        }
        if (!d->theme.s)
            d->theme.s = ex_listed_theme(c, theme_list, d->start.year, &d->theme.ev);
        if (!d->start.month && city.first < city.end && r - tb->first_row < 64) {
            int32_t m = month_of_place(t, city, d->start.year);
            if (m)
                d->start.month = m;
        }
        if (chair) {
            d->chair = chair;
            d->chair_ev = l->toks;
            d->participants[0].code = chair;
            d->participants[0].role = SUMMIT_ROLE_CHAIR;
            d->participants[0].ev = l->toks;
            d->nparticipants = 1;
            ex_listed_chair(c, chair_list, d);
        }
        if (chair && tb->col[COL_CHAIR_PERSON] >= 0)
            ex_cell_chair(c, cells[tb->col[COL_CHAIR_PERSON]], d, l->toks);
        ex_listed_members(c, member_list, d);
        if (tb->col[COL_MEMBERS] >= 0)
            ex_cell_countries(c, d, cells[tb->col[COL_MEMBERS]], SUMMIT_ROLE_MEMBER, l->toks);
        if (tb->col[COL_OBSERVERS] >= 0)
            ex_cell_countries(c, d, cells[tb->col[COL_OBSERVERS]], SUMMIT_ROLE_OBSERVER, l->toks);
        ex_listed_documents(c, document_list, d);
        if (tb->col[COL_DOCUMENTS] >= 0)
            ex_cell_documents(c, d, cells[tb->col[COL_DOCUMENTS]]);
        d->title = page->title;
        x->record = summit_collection_count(coll);
        summit_status st = add_record(c, d, o, coll, x, err);
        if (st != SUMMIT_OK)
            return st;
    }
    return SUMMIT_OK;
}

summit_status summit_extract_text(const char *text, size_t len, const summit_extract_options *opts,
                                  summit_collection **out, summit_error *err)
{
    summit_error scratch;
    if (!err)
        err = &scratch;
    error_clear(err);
    if (out)
        *out = NULL;
    summit_extract_options o;
    if (opts)
        o = *opts;
    else
        summit_extract_options_init(&o);
    summit_status st = check_args(text, len, &o, out, err);
    if (st != SUMMIT_OK)
        return st;

    summit_load_options lo;
    ex_mem mem;
    memset(&mem, 0, sizeof mem);
    st = options_resolve(o.load, &lo, &mem.alloc, err);
    if (st != SUMMIT_OK)
        return st;

    ex_text t;
    ex_countries countries;
    mentions ms = { NULL, 0, 0 };
    ex_pool pool = { &mem, NULL, 0, 0 };
    section *sections = NULL;
    ex_draft *d = NULL;
    uint8_t *record_flags = NULL; /* the sentence flags as one record sees them */
    summit_collection *coll = NULL;
    memset(&t, 0, sizeof t);
    memset(&countries, 0, sizeof countries);

    if (!ex_text_build(&t, &mem, text ? text : "", len) || !ex_countries_build(&countries, &mem) ||
        !find_mentions(&t, &mem, &ms))
        goto nomem;
    /* (its rules would read a lower-case transcript without full stops as
     * one long sentence and give another meeting's facts: no record is
     * better than a wrong one) */
    if (t.automatic) {
        st = SUMMIT_ERR_NOT_FOUND;
        error_set(err, st, "",
                  "no summit found: an automatic transcript (no capitals, no full stops) is not read");
        goto fail;
    }
    ex_ctx c;
    memset(&c, 0, sizeof c);
    c.t = &t;
    c.countries = &countries;
    c.pool = &pool;
    c.reference = o.reference_date;
    c.summit_page = page_has_summit(&t);
    if (!ex_sentence_flags(&c))
        goto nomem;
    ex_span all = { 0, t.ntok };
    c.context_year = year_in(&c, &ms, mentions_in(&ms, all, 0), all);
    ex_find_joined(&c);
    for (size_t k = 0; k < ms.n; k++)
        if (ms.m[k].dateline && ms.m[k].d.start.day) {
            c.dateline = ms.m[k].d.start;
            c.dateline_revised = ms.m[k].revised;
            break;
        }
    sections = ex_malloc(&mem, EX_MAX_SECTIONS * sizeof *sections);
    d = ex_malloc(&mem, sizeof *d);
    record_flags = ex_malloc(&mem, 2 * (t.nsentences + 1));
    if (!sections || !d || !record_flags)
        goto nomem;
    const uint8_t *base_flags = c.sflags;
    uint8_t *sentence_state = record_flags + t.nsentences + 1;
    size_t nsections = 0;
    size_t fixes[EX_MAX_CORRECTIONS];
    size_t nfixes = find_corrections(&t, &ms, fixes);
    if (t.patch && t.ntok) { /* (the one file a change log changes: one record) */
        sections[0] = (section){ .toks = { 0, t.ntok } };
        nsections = 1;
    }
    if (!nsections)
        nsections = calendar_events(&t, sections, EX_MAX_SECTIONS);
    if (!nsections)
        nsections = yaml_items(&t, sections, EX_MAX_SECTIONS);
    if (!nsections)
        nsections = news_items(&t, &ms, sections, EX_MAX_SECTIONS);
    if (!nsections)
        nsections = feed_items(&t, &ms, sections, EX_MAX_SECTIONS);
    if (!nsections)
        nsections = make_sections(&t, &countries, &ms, sections, EX_MAX_SECTIONS);
    if (nsections == 1 && !sections[0].digest && !t.patch) {
        section whole = sections[0];
        nsections = postscript_parts(&t, &ms, sections);
        if (!nsections)
            nsections = timeline_parts(&t, &ms, sections, EX_MAX_SECTIONS);
        if (!nsections)
            nsections = year_parts(&t, &ms, whole.toks, sections, EX_MAX_SECTIONS);
        if (!nsections)
            nsections = history_sections(&c, &ms, whole.toks, sections, EX_MAX_SECTIONS);
        if (!nsections) {
            sections[0] = whole;
            nsections = 1;
        }
    }

    /* the page's own series and group, for sections that name none */
    ex_draft page;
    memset(&page, 0, sizeof page);
    page.section.first = 0;
    bool items = nsections && sections[0].item; /* a data file's: its header is the page's */
    page.section.end = nsections > 1 || items ? sections[0].toks.first : t.ntok;
    ex_find_series_group(&c, &page);
    c.page_series = page.series.s;
    c.page_group = page.group.s;
    bool host_chairs = nsections > 1 && ex_chair_hosts(&c, page.section);
    if ((nsections > 1 && sections[0].history) || items)
        ex_find_title(&c, &page, false); /* the meetings of a history share the page's title */
    ex_found carried = page.group; /* a history's group: the last one named */
    int32_t carried_year = 0;      /* the year of the meeting it was named for */

    coll = collection_create(&lo, &mem.alloc);
    if (!coll)
        goto nomem;
    explain_sink x = { o.explain_fn, o.explain_user, &mem, &t, 0, nsections > 1 };
    table tb;
    if (find_table(&t, &tb) && !engagements_table(&t, &tb)) {
        x.several = tb.end_row - tb.first_row > 1;
        st = table_records(&c, &tb, &page, &o, coll, &x, d, err);
        if (st != SUMMIT_OK)
            goto fail;
        if (mem.failed)
            goto nomem;
        nsections = 0;
    }
    mention_range mr = { 0, 0 };
    const summit_date page_reference = c.reference, page_dateline = c.dateline;
    for (size_t s = 0; s < nsections; s++) {
        /* each section starts from the page's view; the date choice below
         * may read it with another year or date */
        c.reference = page_reference;
        c.dateline = page_dateline;
        c.sflags = base_flags;
        memset(d, 0, sizeof *d);
        d->section = sections[s].toks;
        d->list = sections[s].list;
        d->heading = sections[s].heading;
        x.record = summit_collection_count(coll);
        mr = mentions_in(&ms, d->section, mr.lo);
        if (sections[s].history)
            c.dateline = (summit_date){ 0, 0, 0 }; /* a history is not news of the page's day */
        if (sections[s].year && !c.reference.year)
            c.reference.year = sections[s].year; /* "2020: the virtual Canadian year" */
        /* a news item is dated by its first line; one about no meeting (a
         * tender, an exercise) gives no record */
        if (sections[s].posted.year && !ex_span_has(&t, d->section, meeting_words))
            continue;
        /* (a data file's item may name its meeting only: "title: Third N5 Summit") */
        if (sections[s].feed && !reports_ministers(&t, d->section) &&
            !(sections[s].item && names_meeting(&c, d->section)))
            continue;
        /* so is a listed event of another kind (a webinar, a conference,
         * a hackathon in an events calendar) */
        if (sections[s].list && !ex_span_has(&t, d->section, meeting_words) &&
            ex_span_has(&t, d->section, other_events))
            continue;
        if (sections[s].posted.year)
            c.dateline = sections[s].posted;
        /* a digest's item with its own dateline ("Baltic Tech Review · 20
         * Nov 2015") is news of that day */
        for (size_t k = mr.lo; sections[s].digest && k < mr.hi; k++)
            if (ms.m[k].dateline && ms.m[k].d.start.day && ms.m[k].d.year_given) {
                c.dateline = ms.m[k].d.start;
                break;
            }
        /* a digest item without a year of its own ("from 1 to 3 November")
         * is dated by the issue: the page's first written year */
        if (sections[s].digest && !c.reference.year) {
            bool own = false;
            for (size_t k = mr.lo; k < mr.hi; k++)
                own = own || ms.m[k].d.year_given;
            for (size_t k = 0; !own && k < ms.n && ms.m[k].d.toks.first < d->section.first; k++)
                if (ms.m[k].d.year_given) {
                    c.reference.year = ms.m[k].d.start.year;
                    break;
                }
        }
        /* a calendar's event is a meeting's when its summary says so (not
         * "Digital Nations 2030 conference", "Team stand-up") */
        /* a calendar event's summary line */
        const ex_line *sl = sections[s].event ? ex_line_of(&t, sections[s].heading) : NULL;
        if (sl && !ex_span_has(&t, (ex_span){ sections[s].heading, sl->toks.end }, meeting_words))
            continue;
        /* an event's or a year part's own dates */
        if (sl || sections[s].date_line) {
            d->start = sections[s].start;
            if (sections[s].end.year && date_cmp(&sections[s].end, &d->start) > 0)
                d->end = sections[s].end;
            d->date_ev = sl ? sl->toks : t.lines[sections[s].date_line - 1].toks;
        } else {
            choose_date(&c, d, &ms, mr, sections[s].list, &x);
            correct_dates(&c, d, &ms, fixes, nfixes);
        }
        /* "2023 – Lisbon, Portugal: November.": a timeline line without a
         * date of its own is dated by its year (and must give a place);
         * so is a part under "November · Lisbon, Portugal" */
        bool by_year = !d->start.year && (sections[s].timeline || sections[s].month);
        if (by_year) {
            d->start.year = sections[s].year;
            d->date_ev = sections[s].timeline ? d->section : ex_line_of(&t, d->section.first)->toks;
            d->start.month = sections[s].timeline ? timeline_month(&t, d->section)
                                                  : sections[s].month;
        }
        if (!d->start.year)
            continue;
        /* this record's view of the sentences (only its own are read) */
        size_t s0 = t.tok[d->section.first].sentence, s1 = t.tok[d->section.end - 1].sentence;
        memcpy(record_flags + s0, base_flags + s0, s1 - s0 + 1);
        /* a timeline's line is about its meeting throughout */
        for (size_t i = d->section.first; sections[s].timeline && i < d->section.end; i++)
            record_flags[t.tok[i].sentence] |= EX_S_CONTEXT;
        /* a history's "hosted the next summit in Montevideo", "Later that
         * year, at the fifth summit" are this record's (a timeline's line
         * names another event so: "Earlier in the year, ... the Forum") */
        static const char *const next[] = { "next", "following", "later", "earlier", NULL };
        for (size_t i = d->section.first;
             sections[s].history && !sections[s].timeline && i < d->section.end;) {
            ex_span sentence = ex_sentence_of(&t, i);
            if (!(base_flags[t.tok[i].sentence] & EX_S_FUTURE) && ex_span_has(&t, sentence, next))
                record_flags[t.tok[i].sentence] &= (uint8_t)~EX_S_OTHER;
            i = sentence.end > i ? sentence.end : i + 1;
        }
        /* a page written before its meeting (a tender, an announcement:
         * "The summit will be hosted by ...") speaks of it in the future;
         * only a sentence that names another meeting is another's */
        static const char *const others[] = { "next", "following", "previous", "last",
                                              "earlier", "later", "another", "after", NULL };
        bool preview = c.dateline.year && d->start.year && date_cmp(&c.dateline, &d->start) < 0;
        for (size_t i = d->section.first; preview && i < d->section.end;) {
            ex_span sentence = ex_sentence_of(&t, i);
            if ((base_flags[t.tok[i].sentence] & EX_S_FUTURE) && !ex_span_has(&t, sentence, others))
                record_flags[t.tok[i].sentence] &= (uint8_t)~EX_S_OTHER;
            i = sentence.end > i ? sentence.end : i + 1;
        }
        int32_t year = c.reference.year ? c.reference.year : year_in(&c, &ms, mr, d->section);
        if (sections[s].item)
            ex_find_end_field(&c, d);
        mark_foreign(&c, d, &ms, mr, year ? year : c.context_year, record_flags, sentence_state);
        c.sflags = record_flags;
        ex_find_series_group(&c, d);
        /* the page's series and group for a part of it (a record of the
         * whole page has read them already, without other meetings') */
        bool part = d->section.first > 0 || d->section.end < t.ntok;
        bool own_series = d->series.s != NULL;
        if (!d->series.s && part) {
            d->series = page.series;
            d->page_series = true;
        }
        /* a history's meeting without a group of its own goes by the one
         * named just before it, if that was at most two years earlier (an
         * FAQ that tells 2014 and then 2021 says nothing of 2021's name) */
        bool near_before = carried_year && d->start.year >= carried_year &&
                           d->start.year - carried_year <= 2;
        if (!d->group.s && part)
            d->group = sections[s].history && near_before ? carried : page.group;
        carried = d->group;
        carried_year = d->start.year;
        if (sections[s].history)
            ex_find_renaming(&c, d->section, &carried);
        ex_find_edition(&c, d);
        if (sections[s].history) {
            d->title = page.title;
        } else if (sections[s].item) { /* the file's title, else its own "title:" */
            d->title = page.title;
            if (!d->title.s)
                ex_find_title(&c, d, false);
        } else if (sl) { /* an event's summary */
            d->title.s = ex_str_span(&c, ex_line_body(&t, sl, NULL));
            d->title.ev = sl->toks;
        } else {
            ex_find_title(&c, d, sections[s].list);
        }
        ex_find_theme(&c, d);
        /* (a line that is the theme is no headline: "Final theme:" over
         * "Agile and Active Digital Governance") */
        if (d->title.s && d->theme.s && strcmp(d->title.s, d->theme.s) == 0 &&
            !sections[s].list && !sections[s].item && !sections[s].history)
            d->title.s = NULL;
        ex_find_mode(&c, d);
        ex_find_chair(&c, d);
        ex_find_chair_person(&c, d);
        ex_find_location(&c, d);
        ex_chair_from_place(&c, d);
        /* "Each year the chair country hosts the summit": on a page of
         * several summits, each one's place names its chair */
        if ((d->list || sections[s].history) && !d->chair && d->country && host_chairs) {
            d->chair = d->country;
            d->chair_ev = d->country_ev;
        }
        if (by_year && !d->country)
            continue; /* "2017 – No ministerial summit." */
        ex_find_participants(&c, d);
        ex_find_fields(&c, d);
        /* a data file's item that names no meeting of its own, no place
         * and no chair: another kind of event ("UK publishes the
         * declaration that came out of the 2019 Montevideo summit") */
        if (sections[s].item && !own_series && !d->city.s && !d->country && !d->chair &&
            !names_meeting(&c, d->section))
            continue;
        ex_find_topics(&c, d);
        ex_find_commitments(&c, d);
        ex_find_documents(&c, d);
        ex_find_media(&c, d);
        ex_telegram_case(&c, d);
        if (mem.failed)
            goto nomem;
        if (sections[s].feed && told_before(coll, d))
            continue;
        st = add_record(&c, d, &o, coll, &x, err);
        if (st != SUMMIT_OK)
            goto fail;
    }
    if (mem.failed)
        goto nomem;
    if (summit_collection_count(coll) == 0) {
        st = SUMMIT_ERR_NOT_FOUND;
        error_set(err, st, "", "no summit found: no date of a meeting in the text");
        goto fail;
    }
    *out = coll;
    coll = NULL;
    st = SUMMIT_OK;
    goto done;
nomem:
    st = SUMMIT_ERR_NOMEM;
    error_clear(err);
    error_set(err, st, "", "out of memory");
fail:
    summit_collection_free(coll);
done:
    ex_free(&mem, record_flags);
    ex_free(&mem, d);
    ex_free(&mem, sections);
    ex_free(&mem, ms.m);
    free_pool(&pool);
    ex_countries_free(&countries, &mem);
    ex_text_free(&t);
    return st;
}
