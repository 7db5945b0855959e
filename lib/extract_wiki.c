/* A Confluence (or Jira) wiki page, or a Textile one, read as the text it
 * renders:
 *
 *   {panel:title=At a glance}               (gone: macros)
 *   h1. Third N5 Summit — Bergen            Title: Third N5 Summit — Bergen
 *   ||Field||Value||                        (gone: a header row)
 *   |Dates|10 – 11 November 2016|           Dates: 10 – 11 November 2016
 *   |Norway|Minister|Ola Nordmann|          Norway | Minister | Ola Nordmann
 *   -Denmark joins as sixth member.-        (gone: struck text)
 *   Theme: *Open Data*                      Theme: Open Data
 *   [Release|https://example.org/r]         Release
 *   p. Ministers met in Bergen.             Ministers met in Bergen.
 *   !/img/bergen.jpg(Harbour, file photo)!  bergen.jpg
 *                                           Harbour, file photo
 *   * item, # item                          - item
 *
 * The first "h1." is the page's title; "{code}" and "{noformat}" blocks
 * go (code, or a file pasted whole, is not the page's text). Each line
 * written keeps the file line it came from (ex_writer). */
#include <stdbool.h>
#include <stdint.h>
#include <string.h>

#include "extract_internal.h"

static bool heading_at(ex_bytes l, size_t k)
{
    return k + 3 < l.n && l.s[k] == 'h' && l.s[k + 1] >= '1' && l.s[k + 1] <= '6' &&
           l.s[k + 2] == '.' && l.s[k + 3] == ' ';
}

/* A line that is only a macro: "{panel:title=...}", "{info}", "{toc}". */
static bool macro_line(ex_bytes l)
{
    size_t k = ex_bytes_indent(l);
    return k < l.n && l.s[k] == '{' && l.s[l.n - 1] == '}' &&
           memchr(l.s + k, '}', l.n - k) == l.s + l.n - 1 && l.n - k > 2 &&
           l.s[k + 1] >= 'a' && l.s[k + 1] <= 'z';
}

bool ex_is_wiki(const char *buf, size_t len)
{
    size_t a = 0, lines = 0, headings = 0, marks = 0;
    while (a < len && lines < 400) {
        ex_bytes l = ex_next_line(buf, len, &a);
        lines++;
        headings += heading_at(l, 0);
        marks += macro_line(l) || ex_bytes_starts(l, 0, "||") || ex_bytes_starts(l, 0, "p. ") ||
                 ex_bytes_starts(l, 0, "bq. ") || ex_bytes_starts(l, 0, "|_. ") ||
                 (l.n > 2 && l.s[0] == '!' && l.s[l.n - 1] == '!');
    }
    return headings >= 2 && marks >= 2;
}

enum { SPAN = 400 };

static bool word_char(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
           (unsigned char)c >= 0x80;
}

/* Writes text s[0, n) with its inline marks read: "-struck-" out,
 * "*strong*", "_emphasis_", "+inserted+" as their text, "[text|url]" as
 * its text, "{color:red}x{color}" as x. */
static void put_inline(ex_writer *w, const char *s, size_t n)
{
    for (size_t k = 0; k < n; k++) {
        char c = s[k];
        bool opens = (k == 0 || !word_char(s[k - 1])) && k + 1 < n && s[k + 1] != ' ';
        /* (each mark looks at most SPAN bytes ahead: a line of marks that
         * never close is read in linear time) */
        size_t span = n - k < SPAN ? n - k : SPAN;
        if (c == '-' && opens && word_char(s[k + 1])) {
            /* "-struck text-": to a '-' that ends a word */
            size_t e = k + 1;
            while (e < k + span &&
                   !(s[e] == '-' && s[e - 1] != ' ' && (e + 1 == n || !word_char(s[e + 1]))))
                e++;
            if (e < k + span) {
                k = e;
                continue;
            }
        }
        if ((c == '*' || c == '_' || c == '+') &&
            (opens || (k > 0 && s[k - 1] != ' ' && (k + 1 == n || !word_char(s[k + 1])))))
            continue; /* a mark of emphasis */
        if (c == '[') {
            const char *close = memchr(s + k, ']', span);
            if (close) {
                size_t e = (size_t)(close - s);
                const char *bar = memchr(s + k, '|', e - k);
                size_t to = bar ? (size_t)(bar - s) : e;
                put_inline(w, s + k + 1, to - k - 1);
                k = e;
                continue;
            }
        }
        if (c == '{' && k + 1 < n && s[k + 1] == '{') { /* "{{monospace}}": its text */
            k++;
            continue;
        }
        if (c == '}' && k + 1 < n && s[k + 1] == '}') {
            k++;
            continue;
        }
        if (c == '{') { /* "{color:red}" */
            const char *close = memchr(s + k, '}', span < 40 ? span : 40);
            if (close) {
                k = (size_t)(close - s);
                continue;
            }
        }
        ex_writer_put(w, s + k, 1);
    }
}

/* A table row "|a|b|" (a header row "||a||b||", Textile's "|_. a |",
 * goes): its cells, two as "a: b", more parted by " | "; struck cells go. */
static void put_row(ex_writer *w, ex_bytes l, uint32_t no)
{
    size_t k = ex_bytes_indent(l);
    /* (a header row is all headers: "||Field||Value||"; "||Dates|10 May|"
     * is a row with its label in a header cell) */
    bool header = ex_bytes_starts(l, k, "|_.");
    if (ex_bytes_starts(l, k, "||")) {
        header = true;
        for (size_t q = k + 2; q + 1 < l.n; q++)
            if (l.s[q] == '|' && l.s[q - 1] != '|' && l.s[q + 1] != '|')
                header = false;
    }
    if (header)
        return;
    size_t cells[16][2], n = 0, read = 0; /* (at most 64 cells read: a row is short) */
    for (k++; k < l.n && n < 16 && read++ < 64;) {
        if (l.s[k] == '|')
            k++; /* (a header cell's second bar) */
        size_t e = k;
        while (e < l.n && l.s[e] != '|')
            e++;
        /* (a "|" inside "[text|url]" is the link's) */
        const char *open = memchr(l.s + k, '[', e - k);
        if (open && !memchr(open, ']', e - (size_t)(open - l.s))) {
            const char *close = memchr(l.s + e, ']', l.n - e);
            if (close) {
                e = (size_t)(close - l.s);
                while (e < l.n && l.s[e] != '|')
                    e++;
            }
        }
        size_t a = k, b = e;
        while (a < b && l.s[a] == ' ')
            a++;
        while (b > a && l.s[b - 1] == ' ')
            b--;
        bool struck = b > a + 1 && l.s[a] == '-' && l.s[b - 1] == '-';
        if (b > a && !struck) {
            cells[n][0] = a;
            cells[n][1] = b;
            n++;
        }
        k = e + 1;
    }
    if (n == 0)
        return;
    ex_writer_line(w, no);
    for (size_t c = 0; c < n; c++) {
        if (c > 0)
            ex_writer_str(w, n == 2 ? ": " : " | ");
        put_inline(w, l.s + cells[c][0], cells[c][1] - cells[c][0]);
    }
}

/* "!/img/x.jpg(Caption)!" or "!x.png|thumbnail! text": the file's name,
 * then its caption on a line of its own. */
static bool put_image(ex_writer *w, ex_bytes l, size_t k, uint32_t no)
{
    if (k >= l.n || l.s[k] != '!')
        return false;
    const char *close = memchr(l.s + k + 1, '!', l.n - k - 1);
    if (!close)
        return false;
    size_t e = (size_t)(close - l.s), from = k + 1, to = e;
    for (size_t q = from; q < e; q++) {
        if (l.s[q] == '/')
            from = q + 1;
        if (l.s[q] == '(' || l.s[q] == '|') {
            to = q;
            break;
        }
    }
    if (to <= from || memchr(l.s + from, ' ', to - from))
        return false;
    ex_writer_line(w, no);
    ex_writer_put(w, l.s + from, to - from);
    size_t ca = to < e && l.s[to] == '(' ? to + 1 : e + 1, cb = to < e && l.s[to] == '(' ? e : l.n;
    if (cb > ca && l.s[cb - 1] == ')')
        cb--;
    while (ca < cb && l.s[ca] == ' ')
        ca++;
    if (cb > ca) {
        ex_writer_line(w, no);
        put_inline(w, l.s + ca, cb - ca);
    }
    return true;
}

bool ex_wiki(ex_text *t)
{
    ex_writer w = { .t = t };
    bool titled = false;
    bool code = false; /* inside a "{code}" or "{noformat}" block */
    uint32_t no = 0;
    for (size_t a = 0; a < t->len;) {
        ex_bytes l = ex_next_line(t->buf, t->len, &a);
        no++;
        size_t k = ex_bytes_indent(l);
        /* ("{code}" alone on its line opens or closes a block; within a
         * line, "{noformat}make{noformat}" is text) */
        if ((ex_bytes_starts(l, k, "{code") || ex_bytes_starts(l, k, "{noformat")) &&
            macro_line(l)) {
            code = !code;
            continue;
        }
        if (code || macro_line(l) || ex_bytes_starts(l, k, "----"))
            continue;
        if (k < l.n && l.s[k] == '|') {
            put_row(&w, l, no);
            continue;
        }
        ex_writer_line(&w, no);
        if (heading_at(l, k)) {
            if (!titled && l.s[k + 1] == '1') {
                ex_writer_str(&w, "Title: ");
                titled = true;
            }
            k += 4;
        } else if (ex_bytes_starts(l, k, "p. ")) {
            k += 3;
        } else if (ex_bytes_starts(l, k, "bq. ")) {
            k += 4;
        } else if (put_image(&w, l, k, no)) {
            continue;
        } else if (k + 1 < l.n && (l.s[k] == '*' || l.s[k] == '#') && l.s[k + 1] == ' ') {
            ex_writer_str(&w, "- "); /* a list's item */
            k += 2;
        }
        put_inline(&w, l.s + k, l.n - k);
    }
    return ex_writer_finish(&w, t);
}
