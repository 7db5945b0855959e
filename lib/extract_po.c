/* A gettext catalogue (.po: a web page's strings and their translations)
 * read as its source page, the msgid strings:
 *
 *   #: templates/summit.html:18                 (gone)
 *   msgctxt "page-title"                        (gone)
 *   msgid ""                                    (gone)
 *   "The annual Ministerial Summit was held "   The annual Ministerial Summit
 *   "in Lisbon."                                was held in Lisbon. (one line)
 *   msgstr "A Cimeira Ministerial ..."          (gone)
 *
 * The header entry (msgid "") and obsolete entries ("#~") go, and so do
 * comments, contexts and the translations: a translation may lag behind
 * its source (a "fuzzy" one still tells of last year's summit), and the
 * source is the page. Each entry is a paragraph of its own, but short
 * entries without a full stop (a sidebar's heading and its list of names)
 * run on as lines of one block. Each line written keeps the file line it
 * came from (ex_writer). */
#include <stdbool.h>
#include <stdint.h>
#include <string.h>

#include "extract_internal.h"

bool ex_is_po(const char *buf, size_t len)
{
    size_t ids = 0, strs = 0, lines = 0;
    for (size_t a = 0; a < len && lines < 400; lines++) {
        ex_bytes l = ex_next_line(buf, len, &a);
        ids += ex_bytes_starts(l, 0, "msgid \"");
        strs += ex_bytes_starts(l, 0, "msgstr \"") || ex_bytes_starts(l, 0, "msgstr[0] \"");
    }
    return ids >= 3 && strs >= 3;
}

/* Writes the string literal opening at l.s[k] ('"'), its escapes
 * decoded ("\n" a new line of the same file line). */
static void put_literal(ex_writer *w, ex_bytes l, size_t k, uint32_t no)
{
    for (size_t q = k + 1; q < l.n && l.s[q] != '"'; q++) {
        char c = l.s[q];
        if (c == '\\' && q + 1 < l.n) {
            c = l.s[++q];
            if (c == 'n') {
                ex_writer_line(w, no);
                continue;
            }
            if (c == 't')
                c = ' ';
        }
        ex_writer_put(w, &c, 1);
    }
}

/* Is the msgid of lines [a, ...) short, without a sentence's end
 * ("Member countries", "Canada")? Its text is the literal on its first
 * line and those on the lines that open with '"' after it. */
static bool short_entry(const char *buf, size_t len, size_t a)
{
    size_t words = 1;
    char last = 0;
    bool first = true;
    while (a < len && (first || buf[a] == '"')) {
        ex_bytes l = ex_next_line(buf, len, &a);
        for (size_t k = first ? 6 : 0; k < l.n; k++) { /* (after "msgid ") */
            if (l.s[k] == '"')
                continue;
            words += l.s[k] == ' ';
            last = l.s[k];
        }
        first = false;
    }
    return words <= 6 && last != '.' && last != '!' && last != '?' && last != ':';
}

bool ex_po(ex_text *t)
{
    ex_writer w = { .t = t };
    bool in_id = false;      /* reading a msgid's literals */
    bool short_last = false; /* the last entry written was short */
    bool paragraph = false;  /* the entry read opens a paragraph */
    bool started = false;    /* a line of the entry read is written */
    uint32_t no = 0;
    for (size_t a = 0; a < t->len; no++) {
        size_t at = a;
        ex_bytes l = ex_next_line(t->buf, t->len, &a);
        if (ex_bytes_starts(l, 0, "msgid \"")) {
            /* (the header entry: an empty msgid, on one line) */
            bool empty = l.n == 8 && l.s[7] == '"' && !(a < t->len && t->buf[a] == '"');
            in_id = !empty;
            bool is_short = short_entry(t->buf, t->len, at);
            paragraph = w.lines > 0 && !(is_short && short_last);
            short_last = is_short;
            started = false;
        }
        /* the literals are one line, from the line of the first that is
         * not empty (a line break inside a sentence may end it: "is the" /
         * "2022 N5 Chair.") */
        size_t q = ex_bytes_starts(l, 0, "msgid \"") ? 6 : 0;
        if (in_id && l.n > q && l.s[q] == '"') {
            if (l.n > q + 1 && l.s[q + 1] == '"')
                continue;
            if (!started && paragraph)
                ex_writer_line(&w, no + 1); /* (a blank line: a paragraph) */
            if (!started)
                ex_writer_line(&w, no + 1);
            started = true;
            put_literal(&w, l, q, no + 1);
            continue;
        }
        in_id = false;
    }
    return ex_writer_finish(&w, t);
}
