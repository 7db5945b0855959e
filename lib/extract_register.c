/* A fixed-width register printed by an old system, read as the meetings
 * it lists:
 *
 *   MODE: IP=IN PERSON VC=VIDEOCONF                    (a legend)
 *   REF     EVENT                       START      CITY        CC  MODE
 *   ------- --------------------------- ---------- ----------- --  ----
 *   18-004  D5 MINISTERIAL SUMMIT (4TH) 21/02/2018 WELLINGTON  NZ  IP
 *         + HOST/CHAIR COUNTRY: NZ.
 *
 * reads as
 *
 *   - REF: 18-004
 *     EVENT: D5 MINISTERIAL SUMMIT (4TH)
 *     START: 21/02/2018
 *     CITY: WELLINGTON
 *     COUNTRY: NZ
 *     MODE: IN PERSON
 *     NOTES:
 *       - HOST/CHAIR COUNTRY: NZ.
 *
 * The columns are the runs of the dashed line under the headings; a row
 * is cut at them, its "+" lines are its notes, and a code the legend
 * explains is written out. Only the rows that name a summit are written
 * (or, with none, a meeting): a register lists a year's engagements,
 * briefings and leave among them. Page headers, repeated headings, rules
 * and totals go. Each line written keeps the file line it came from
 * (ex_writer); the text is then read as YAML. */
#include <stdbool.h>
#include <stdint.h>
#include <string.h>

#include "extract_internal.h"

#define MAX_COLUMNS 24
#define MAX_LEGEND 16

typedef struct layout {
    size_t start[MAX_COLUMNS], end[MAX_COLUMNS]; /* each column's bytes in a line */
    size_t n;
    ex_bytes header;  /* the headings' line, as printed */
    size_t event; /* the column that names the entry */
} layout;

typedef struct legend {
    ex_bytes code[MAX_LEGEND], text[MAX_LEGEND];
    size_t n;
} legend;

static bool upper(char c)
{
    return c >= 'A' && c <= 'Z';
}

/* Bytes [a, b) of line l (as far as it goes), without the spaces
 * around them: a cell of a column. */
static ex_bytes cut(ex_bytes l, size_t a, size_t b)
{
    if (b > l.n)
        b = l.n;
    if (a > b)
        a = b;
    while (a < b && l.s[a] == ' ')
        a++;
    while (b > a && l.s[b - 1] == ' ')
        b--;
    return (ex_bytes){ l.s + a, b - a };
}

static bool same(ex_bytes a, const char *s)
{
    size_t n = strlen(s);
    if (a.n != n)
        return false;
    for (size_t k = 0; k < n; k++)
        if (ex_ascii_lower(a.s[k]) != s[k])
            return false;
    return true;
}

static bool letter(char c)
{
    return upper(c) || (c >= 'a' && c <= 'z');
}

/* Is w (lower case) a word of a, in any case? */
static bool has_word(ex_bytes a, const char *w)
{
    size_t n = strlen(w);
    for (size_t k = 0; k + n <= a.n; k++) {
        size_t q = 0;
        while (q < n && ex_ascii_lower(a.s[k + q]) == w[q])
            q++;
        bool starts = k == 0 || !letter(a.s[k - 1]);
        bool ends = k + n == a.n || !letter(a.s[k + n]);
        if (q == n && starts && ends)
            return true;
    }
    return false;
}

/* The runs of a dashed line ("------- ---------- --"): three or more,
 * into lo; false when the line is no such line. */
static bool dash_runs(ex_bytes l, layout *lo)
{
    size_t n = 0, k = 0;
    while (k < l.n) {
        while (k < l.n && l.s[k] == ' ')
            k++;
        if (k == l.n)
            break;
        size_t a = k;
        while (k < l.n && l.s[k] == '-')
            k++;
        if (k == a || (k < l.n && l.s[k] != ' ') || n == MAX_COLUMNS)
            return false;
        lo->start[n] = a;
        lo->end[n] = k;
        n++;
    }
    lo->n = n;
    return n >= 3;
}

/* A rule across the page: only '-' or '=' after any indent. */
static bool rule(ex_bytes l)
{
    size_t marks = 0;
    for (size_t k = ex_bytes_indent(l); k < l.n; k++) {
        if (l.s[k] != '-' && l.s[k] != '=')
            return false;
        marks++;
    }
    return marks >= 20;
}

/* The headings over a dashed line: each run's text, all in capitals. */
static bool headings(ex_bytes h, const layout *lo)
{
    size_t named = 0;
    for (size_t c = 0; c < lo->n; c++) {
        ex_bytes cell = cut(h, lo->start[c], lo->end[c]);
        for (size_t k = 0; k < cell.n; k++)
            if (cell.s[k] >= 'a' && cell.s[k] <= 'z')
                return false;
        named += cell.n > 0;
    }
    return named == lo->n;
}

/* A line of prose: six words or more, some in lower case. */
static bool prose(ex_bytes l)
{
    size_t words = 0, lower = 0;
    for (size_t k = 0; k < l.n; k++) {
        words += l.s[k] != ' ' && (k == 0 || l.s[k - 1] == ' ');
        lower += l.s[k] >= 'a' && l.s[k] <= 'z';
    }
    return words >= 6 && lower > 0;
}

bool ex_is_register(const char *buf, size_t len)
{
    layout lo;
    ex_bytes prev = { NULL, 0 };
    size_t lines = 0;
    bool found = false;
    for (size_t a = 0; a < len && lines < 200 && !found; lines++) {
        ex_bytes l = ex_next_line(buf, len, &a);
        found = prev.s && dash_runs(l, &lo) && headings(prev, &lo);
        prev = l;
    }
    if (!found)
        return false;
    /* the register is the page: its table's lines outnumber twice over
     * the prose around it (a release with a programme table is prose) */
    size_t table = 0, other = 0;
    bool in_table = false;
    lines = 0;
    for (size_t a = 0; a < len && lines < 4000; lines++) {
        ex_bytes l = ex_next_line(buf, len, &a);
        layout runs;
        bool blank = ex_bytes_indent(l) == l.n;
        if (dash_runs(l, &runs))
            in_table = true;
        else if (rule(l) || blank)
            in_table = false; /* (a blank line ends it, for this count) */
        else if (in_table)
            table++;
        else
            other += prose(l);
    }
    return table >= 2 * other;
}

/* "MODE: IP=IN PERSON VC=VIDEOCONF": the codes a line explains. */
static void read_legend(ex_bytes l, legend *lg)
{
    for (size_t k = 1; k + 1 < l.n && lg->n < MAX_LEGEND; k++) {
        if (l.s[k] != '=' || !upper(l.s[k - 1]) || !upper(l.s[k + 1]))
            continue;
        size_t a = k;
        while (a > 0 && upper(l.s[a - 1]))
            a--;
        if (a > 0 && l.s[a - 1] != ' ')
            continue;
        /* (its text: to the next code's "XX=", a double space or the end;
         * each word is read once) */
        size_t e = k + 1;
        while (e < l.n && !(l.s[e] == ' ' && e + 1 < l.n && l.s[e + 1] == ' ')) {
            if (l.s[e] != ' ') {
                e++;
                continue;
            }
            size_t q = e + 1;
            while (q < l.n && upper(l.s[q]))
                q++;
            if (q < l.n && q > e + 1 && l.s[q] == '=')
                break;
            e = q;
        }
        lg->code[lg->n] = (ex_bytes){ l.s + a, k - a };
        lg->text[lg->n] = (ex_bytes){ l.s + k + 1, e - k - 1 };
        lg->n++;
        k = e;
    }
}

static void put_span(ex_writer *w, ex_bytes s)
{
    ex_writer_put(w, s.s, s.n);
}

/* Writes a cell's value, or the legend's text for its code. */
static void put_value(ex_writer *w, ex_bytes v, const legend *lg)
{
    for (size_t q = 0; q < lg->n; q++)
        if (lg->code[q].n == v.n && memcmp(lg->code[q].s, v.s, v.n) == 0) {
            put_span(w, lg->text[q]);
            return;
        }
    put_span(w, v);
}

/* Writes a heading as a key, in capitals as the register prints all
 * (its text is then read as a telegram's: names in capitals are names);
 * "CC" is a country. */
static void put_key(ex_writer *w, ex_bytes h)
{
    if (same(h, "cc") || same(h, "ctry") || same(h, "cntry")) {
        ex_writer_str(w, "COUNTRY");
        return;
    }
    for (size_t k = 0; k < h.n; k++)
        ex_writer_put(w, h.s[k] == '_' ? " " : &h.s[k], 1);
}

/* Does the entry's name tell of a meeting of the kind wanted? */
static bool names(ex_bytes event, bool summits)
{
    if (summits)
        return has_word(event, "summit") || has_word(event, "summits") ||
               has_word(event, "cumbre") || has_word(event, "cimeira");
    return has_word(event, "meeting") || has_word(event, "ministerial");
}

/* A continuation line: "      + text" (the '+' within the first column). */
static size_t continuation(ex_bytes l, const layout *lo)
{
    size_t k = ex_bytes_indent(l);
    return k < l.n && l.s[k] == '+' && k < lo->end[0] + 8 ? k + 1 : 0;
}

bool ex_register(ex_text *t)
{
    layout lo = { .n = 0 };
    legend lg = { .n = 0 };
    /* the layout: the first dashed line under headings; the legend: the
     * lines above it */
    ex_bytes prev = { NULL, 0 };
    for (size_t a = 0; a < t->len;) {
        ex_bytes l = ex_next_line(t->buf, t->len, &a);
        if (prev.s && dash_runs(l, &lo) && headings(prev, &lo)) {
            lo.header = prev;
            break;
        }
        read_legend(l, &lg);
        prev = l;
        lo.n = 0;
    }
    if (!lo.n)
        return true;
    /* the entry's name: an EVENT, NAME, TITLE ... column, else the widest */
    static const char *const naming[] = { "event", "name", "title", "description", "meeting",
                                          "subject", "engagement", NULL };
    lo.event = 0;
    for (size_t c = 0; c < lo.n; c++) {
        ex_bytes h = cut(lo.header, lo.start[c], lo.end[c]);
        bool named = false;
        for (size_t q = 0; naming[q] && !named; q++)
            named = same(h, naming[q]);
        if (named || lo.end[c] - lo.start[c] > lo.end[lo.event] - lo.start[lo.event])
            lo.event = c;
        if (named)
            break;
    }
    /* summits, if the register names any; else meetings */
    bool summits = false, in_table = false;
    for (size_t a = 0; a < t->len && !summits;) {
        ex_bytes l = ex_next_line(t->buf, t->len, &a);
        layout runs;
        if (dash_runs(l, &runs)) {
            in_table = true;
        } else if (rule(l)) {
            in_table = false;
        } else if (in_table && !continuation(l, &lo)) {
            summits = names(cut(l, lo.start[lo.event], lo.end[lo.event]), true);
        }
    }
    ex_writer w = { .t = t };
    bool writing = false, note_open = false;
    in_table = false;
    uint32_t no = 0;
    for (size_t a = 0; a < t->len; no++) {
        ex_bytes l = ex_next_line(t->buf, t->len, &a);
        layout runs;
        if (dash_runs(l, &runs)) {
            in_table = true;
            continue;
        }
        if (rule(l) || !in_table) {
            in_table = false;
            writing = false;
            continue;
        }
        if (l.n == lo.header.n && memcmp(l.s, lo.header.s, l.n) == 0)
            continue;
        size_t plus = continuation(l, &lo);
        if (plus) {
            if (!writing)
                continue;
            ex_bytes note = cut(l, plus, l.n);
            /* "+     IL GB CA ...": deeper, it goes on with the last note */
            if (note_open && plus < l.n && l.s[plus] == ' ' && plus + 1 < l.n &&
                l.s[plus + 1] == ' ') {
                ex_writer_put(&w, " ", 1);
            } else {
                if (!note_open) {
                    ex_writer_line(&w, no + 1);
                    ex_writer_str(&w, "  NOTES:");
                }
                ex_writer_line(&w, no + 1);
                ex_writer_str(&w, "    - ");
            }
            note_open = true;
            put_span(&w, note);
            continue;
        }
        note_open = false;
        ex_bytes ev = cut(l, lo.start[lo.event], lo.end[lo.event]);
        writing = ev.n > 0 && names(ev, summits);
        if (!writing)
            continue;
        bool first = true;
        for (size_t c = 0; c < lo.n; c++) {
            /* (a cell may overrun its column, up to the next one) */
            ex_bytes v = cut(l, lo.start[c], c + 1 < lo.n ? lo.start[c + 1] : l.n);
            ex_bytes h = cut(lo.header, lo.start[c], lo.end[c]);
            if (v.n == 0 || (v.n <= 2 && v.s[0] == '-'))
                continue; /* (an empty cell: "--") */
            ex_writer_line(&w, no + 1);
            ex_writer_str(&w, first ? "- " : "  ");
            first = false;
            put_key(&w, h);
            ex_writer_str(&w, ": ");
            put_value(&w, v, &lg);
        }
    }
    bool written = w.o > 0;
    bool ok = ex_writer_finish(&w, t);
    t->yaml = t->yaml || (ok && written);
    return ok;
}
