/* A reStructuredText page (a Sphinx documentation site's) read as the
 * text it renders:
 *
 *   .. meta::                                  (gone, with its options)
 *   .. note::                                  (gone; its text stays)
 *      For the founding meeting see            For the founding meeting see
 *      :ref:`intl-d5-london-2014`.          ->  .
 *   :Last reviewed: 8 March 2016               Last reviewed: 8 March 2016
 *   .. list-table:: At a glance                At a glance
 *      * - Dates                               Dates: 19-20 November 2015
 *        - 19-20 November 2015
 *   +---------+---------+                      (gone)
 *   | Estonia | Michal  |                      | Estonia | Michal |
 *   .. figure:: img/family-photo.jpg           family-photo.jpg
 *
 * Directives that show text (admonitions, "only", "rubric") lose their
 * marker and options; the others (meta, contents, toctree, code, raw,
 * include, comments, link targets) go with their bodies. A list-table's
 * row is one "first cell: other cells" line; a grid table's borders go;
 * title adornments become blank lines; roles keep their text ("Text
 * <label>" its text, a bare cross-reference label nothing), and inline
 * literals, emphasis and link markup lose their marks. Each line written
 * keeps the file line it came from (ex_writer). */
#include <stdbool.h>
#include <stdint.h>
#include <string.h>

#include "extract_internal.h"

static bool letter(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

static bool blank(ex_bytes l)
{
    return ex_bytes_indent(l) == l.n;
}

/* ".. name::" from l's indent: the name's length (its start at *name),
 * and where its argument starts; 0 when l is no directive. */
static size_t directive(ex_bytes l, const char **name, size_t *arg)
{
    size_t k = ex_bytes_indent(l);
    if (k + 3 > l.n || memcmp(l.s + k, ".. ", 3) != 0)
        return 0;
    size_t a = k + 3, e = a;
    while (e < l.n && (letter(l.s[e]) || (e > a && ((l.s[e] >= '0' && l.s[e] <= '9') ||
                                                     l.s[e] == '-' || l.s[e] == '_'))))
        e++;
    if (e == a || e + 2 > l.n || l.s[e] != ':' || l.s[e + 1] != ':')
        return 0;
    *name = l.s + a;
    *arg = e + 2;
    return e - a;
}

static bool is_name(const char *name, size_t n, const char *const *names)
{
    for (size_t q = 0; names[q]; q++)
        if (strlen(names[q]) == n && memcmp(names[q], name, n) == 0)
            return true;
    return false;
}

bool ex_is_rst(const char *buf, size_t len)
{
    size_t directives = 0, lines = 0;
    for (size_t a = 0; a < len && lines < 400 && directives < 2; lines++) {
        ex_bytes l = ex_next_line(buf, len, &a);
        const char *name;
        size_t arg;
        directives += directive(l, &name, &arg) > 0 ||
                      (ex_bytes_starts(l, 0, ".. _") && l.s[l.n - 1] == ':');
    }
    return directives >= 2;
}

/* A title's over- or underline: three or more of one punctuation mark. */
static bool adornment(ex_bytes l)
{
    static const char marks[] = "=-~^\"'`#*+:._";
    size_t k = ex_bytes_indent(l), e = l.n;
    while (e > k && l.s[e - 1] == ' ')
        e--;
    if (k != 0 || e < 3 || !memchr(marks, l.s[0], sizeof marks - 1))
        return false;
    for (size_t q = 1; q < e; q++)
        if (l.s[q] != l.s[0])
            return false;
    return true;
}

/* A grid table's border: "+----+----+" or "+====+====+". */
static bool grid_border(ex_bytes l)
{
    size_t k = ex_bytes_indent(l), e = l.n;
    while (e > k && l.s[e - 1] == ' ')
        e--;
    if (e - k < 3 || l.s[k] != '+' || l.s[e - 1] != '+')
        return false;
    for (size_t q = k; q < e; q++)
        if (l.s[q] != '+' && l.s[q] != '-' && l.s[q] != '=')
            return false;
    return true;
}

/* Writes text[0, n) without its inline markup. */
static void put_inline(ex_writer *w, const char *s, size_t n)
{
    /* (a closing '`' is searched for only where one is left: each search
     * that succeeds moves past what it read, so the line is read once) */
    size_t last_tick = 0;
    for (size_t k = n; k > 0 && !last_tick; k--)
        if (s[k - 1] == '`')
            last_tick = k;
    for (size_t k = 0; k < n; k++) {
        /* a role: ":ref:`Busan <intl-d5-busan-2016>`", ":doc:`d5-busan`" */
        if (s[k] == ':' && k + 1 < n && letter(s[k + 1]) && (k == 0 || s[k - 1] == ' ' ||
                                                              s[k - 1] == '(')) {
            size_t e = k + 1;
            while (e < n && (letter(s[e]) || s[e] == '-' || s[e] == ':'))
                e++;
            const char *close = e + 1 < last_tick && s[e - 1] == ':' && s[e] == '`'
                                    ? memchr(s + e + 1, '`', n - e - 1)
                                    : NULL;
            if (close) {
                const char *in = s + e + 1;
                size_t len = (size_t)(close - in);
                const char *lt = len && in[len - 1] == '>' ? memchr(in, '<', len) : NULL;
                bool label = k + 5 <= n && (memcmp(s + k, ":ref:", 5) == 0 ||
                                            memcmp(s + k, ":doc:", 5) == 0);
                if (lt) {
                    size_t t = (size_t)(lt - in);
                    while (t && in[t - 1] == ' ')
                        t--;
                    ex_writer_put(w, in, t);
                } else if (!label) {
                    ex_writer_put(w, in, len);
                }
                k = (size_t)(close - s);
                continue;
            }
        }
        /* "`Text <https://...>`_", "`Text`_", "``literal``" */
        if (s[k] == '`') {
            size_t e = k;
            while (e < n && s[e] == '`')
                e++;
            const char *close = e < last_tick ? memchr(s + e, '`', n - e) : NULL;
            if (close) {
                const char *in = s + e;
                size_t len = (size_t)(close - in);
                const char *lt = len && in[len - 1] == '>' ? memchr(in, '<', len) : NULL;
                size_t t = lt ? (size_t)(lt - in) : len;
                while (t && in[t - 1] == ' ')
                    t--;
                ex_writer_put(w, in, t);
                k = (size_t)(close - s);
                while (k + 1 < n && (s[k + 1] == '`' || s[k + 1] == '_'))
                    k++;
                continue;
            }
        }
        /* "*emphasis*", "**strong**": marks opening or closing a word go
         * (not a bullet's "* " nor "2 * 3") */
        if (s[k] == '*') {
            size_t e = k;
            while (e < n && s[e] == '*')
                e++;
            bool opens = e < n && s[e] != ' ' && (k == 0 || s[k - 1] == ' ' || s[k - 1] == '(');
            bool closes = k > 0 && s[k - 1] != ' ' &&
                          (e == n || s[e] == ' ' || ex_closes_word(s[e]));
            if (!opens && !closes)
                ex_writer_put(w, s + k, e - k); /* (the run as written) */
            k = e - 1;
            continue;
        }
        ex_writer_put(w, s + k, 1);
    }
}

/* Writes line l of the file (1-based no) from column `from`. */
static void put_line(ex_writer *w, uint32_t no, ex_bytes l, size_t from)
{
    ex_writer_line(w, no);
    put_inline(w, l.s + from, l.n - from);
}

bool ex_rst(ex_text *t)
{
    static const char *const shown[] = {
        "note", "tip", "warning", "important", "hint", "caution", "attention", "danger",
        "error", "admonition", "seealso", "rubric", "topic", "sidebar", "only", "container",
        "epigraph", "highlights", "pull-quote", "versionadded", "versionchanged", "deprecated",
        "list-table", "figure", "image", NULL
    };
    ex_writer w = { .t = t };
    size_t skip = SIZE_MAX;    /* in a block skipped whole: deeper than this indent */
    size_t options = SIZE_MAX; /* a directive's option lines: deeper than this */
    size_t table = SIZE_MAX;   /* in a list-table: its rows deeper than this */
    bool row = false;          /* a list-table row is being written */
    size_t cells = 0;          /* the row's cells so far */
    uint32_t no = 0;
    for (size_t a = 0; a < t->len; no++) {
        ex_bytes l = ex_next_line(t->buf, t->len, &a);
        size_t ind = ex_bytes_indent(l);
        bool empty = blank(l);
        if (skip != SIZE_MAX && (empty || ind > skip))
            continue;
        skip = SIZE_MAX;
        if (options != SIZE_MAX && !empty && ind > options && l.s[ind] == ':')
            continue;
        options = SIZE_MAX;
        if (table != SIZE_MAX && (empty || ind > table)) {
            /* "* - Dates" opens a row, "  - 19-20 November" is its next
             * cell; a deeper line goes on with the cell */
            bool first = ind + 3 < l.n && l.s[ind] == '*' && l.s[ind + 1] == ' ' &&
                         l.s[ind + 2] == '-' && l.s[ind + 3] == ' ';
            bool next = !first && ind + 1 < l.n && l.s[ind] == '-' && l.s[ind + 1] == ' ';
            if (first) {
                ex_writer_line(&w, no + 1);
                put_inline(&w, l.s + ind + 4, l.n - ind - 4);
                row = true;
                cells = 1;
            } else if (next && row) {
                ex_writer_str(&w, cells++ == 1 ? ": " : "; ");
                put_inline(&w, l.s + ind + 2, l.n - ind - 2);
            } else if (!empty && row) {
                ex_writer_put(&w, " ", 1);
                put_inline(&w, l.s + ind, l.n - ind);
            } else if (empty && row) {
                row = false;
                ex_writer_line(&w, no + 1);
            }
            continue;
        }
        table = SIZE_MAX;
        row = false;
        const char *name;
        size_t arg, n = directive(l, &name, &arg);
        if (n && is_name(name, n, shown)) {
            while (arg < l.n && l.s[arg] == ' ')
                arg++;
            options = ind;
            if (n == 10 && memcmp(name, "list-table", 10) == 0)
                table = ind;
            if ((n == 6 && memcmp(name, "figure", 6) == 0) ||
                (n == 5 && memcmp(name, "image", 5) == 0)) {
                /* (the file's name, not its folders) */
                for (size_t k = arg; k < l.n; k++)
                    if (l.s[k] == '/')
                        arg = k + 1;
            }
            /* (an "only" directive's argument is a builder's name: "html") */
            if (arg < l.n && !(n == 4 && memcmp(name, "only", 4) == 0))
                put_line(&w, no + 1, l, arg);
            continue;
        }
        if (n || (ind + 2 <= l.n && l.s[ind] == '.' && l.s[ind + 1] == '.' &&
                  (ind + 2 == l.n || l.s[ind + 2] == ' '))) {
            skip = ind; /* another directive, a comment or a link target */
            continue;
        }
        if (grid_border(l))
            continue;
        if (adornment(l)) {
            ex_writer_line(&w, no + 1);
            continue;
        }
        /* a line block's "| text" (not a table's "| a | b |") */
        if (l.n > ind + 2 && l.s[ind] == '|' && l.s[ind + 1] == ' ' &&
            !memchr(l.s + ind + 2, '|', l.n - ind - 2)) {
            put_line(&w, no + 1, l, ind + 2);
            continue;
        }
        /* a field list's ":Last reviewed: 8 March 2016" */
        if (ind == 0 && l.n > 2 && l.s[0] == ':' && letter(l.s[1])) {
            const char *colon = memchr(l.s + 1, ':', l.n - 1);
            if (colon && colon + 1 == l.s + l.n)
                continue; /* ":orphan:", a flag for the builder */
            if (colon && colon[1] == ' ') {
                put_line(&w, no + 1, l, 1);
                continue;
            }
        }
        put_line(&w, no + 1, l, ind);
    }
    return ex_writer_finish(&w, t);
}
