/* An AsciiDoc page (a documentation site's, an archive's) read as the
 * text it renders:
 *
 *   = Second D5 Summit (Tallinn, 2015)     Title: Second D5 Summit (...)
 *   Liis Kaasik <l.kaasik@example.org>     (gone: the author line)
 *   :page-group: D5                        (gone: attributes)
 *   == At a glance                         At a glance
 *   [cols="1,3"]                           (gone: block attributes)
 *   |===                                   (gone)
 *   | Dates                                Dates: 19-20 November 2015
 *   | 19-20 November 2015
 *   NOTE: The D5 became the D7 ...         The D5 became the D7 ...
 *   image::plenary.jpg["Heads of ..."]     plenary.jpg
 *                                          Heads of ...
 *   see xref:busan.adoc[Busan 2016]        see Busan 2016
 *
 * A table's row is one line, its cells counted by the "cols" attribute
 * (else by the cells of its first line): two cells are "first: second",
 * more are parted by " | "; a header row goes. Admonitions lose their label, a block's
 * ".Title" its dot, bullets ("*", ".") become "- ". Inline marks
 * (*strong*, _emphasis_, `literal`), cross-references and links keep
 * their text; attribute references ("{url}") and anchors ("[[id]]") go,
 * and so do comments and listing blocks' delimiters. Each line written
 * keeps the file line it came from (ex_writer). */
#include <stdbool.h>
#include <stdint.h>
#include <string.h>

#include "extract_internal.h"

static bool blank(ex_bytes l)
{
    return ex_bytes_indent(l) == l.n;
}

/* ":page-group: D5": an attribute entry. */
static bool attribute_entry(ex_bytes l)
{
    if (l.n < 3 || l.s[0] != ':')
        return false;
    const char *colon = memchr(l.s + 1, ':', l.n - 1);
    return colon && colon > l.s + 1 && !memchr(l.s + 1, ' ', (size_t)(colon - l.s - 1));
}

/* "[.lead]", "[cols=...]", "[[anchor]]", "toc::[]": a line of markup alone. */
static bool block_markup(ex_bytes l)
{
    size_t k = ex_bytes_indent(l), e = l.n;
    while (e > k && l.s[e - 1] == ' ')
        e--;
    if (e - k >= 2 && l.s[k] == '[' && l.s[e - 1] == ']')
        return true;
    /* ("toc::[]": a macro with no target, unlike "image::x.jpg[]") */
    return e - k >= 5 && memcmp(l.s + e - 4, "::[]", 4) == 0 && !memchr(l.s + k, ' ', e - k);
}

/* A delimiter line: "|===", "----", "....", "====", "****", "____",
 * "++++", "'''" (four or more of one mark, three for a break). */
static bool delimiter(ex_bytes l)
{
    size_t e = l.n;
    while (e > 0 && l.s[e - 1] == ' ')
        e--;
    if (e >= 4 && l.s[0] == '|' && memcmp(l.s, "|===", 4) == 0)
        return true;
    if (e < 3 || !strchr("-.=*_+'/", l.s[0]))
        return false;
    for (size_t k = 1; k < e; k++)
        if (l.s[k] != l.s[0])
            return false;
    return e >= 4 || l.s[0] == '\'';
}

bool ex_is_asciidoc(const char *buf, size_t len)
{
    size_t a = 0, lines = 0, marks = 0;
    bool first = true, titled = false;
    while (a < len && lines < 400) {
        ex_bytes l = ex_next_line(buf, len, &a);
        lines++;
        if (blank(l))
            continue;
        if (first)
            titled = l.n > 2 && l.s[0] == '=' && l.s[1] == ' ' && l.s[l.n - 1] != '=';
        first = false;
        /* ("== Background ==", closed as wikitext's and txt2tags', is none) */
        bool closed = l.n > 3 && l.s[l.n - 1] == '=' && l.s[l.n - 2] == '=';
        marks += attribute_entry(l) || (ex_bytes_starts(l, 0, "== ") && !closed) ||
                 ex_bytes_starts(l, 0, "|===") || ex_bytes_starts(l, 0, "image::") ||
                 ex_bytes_starts(l, 0, "NOTE: ") || ex_bytes_starts(l, 0, "TIP: ") ||
                 ex_bytes_starts(l, 0, "[[") || ex_bytes_starts(l, 0, "toc::[]") ||
                 ex_bytes_starts(l, 0, "[source");
    }
    return titled && marks >= 3;
}

static bool starts_at(const char *s, size_t n, size_t k, const char *p)
{
    size_t m = strlen(p);
    return k + m <= n && memcmp(s + k, p, m) == 0;
}

/* Writes text s[0, n) without its inline markup. Every search moves past
 * what it read, so a line is read once. */
static void put_inline(ex_writer *w, const char *s, size_t n)
{
    /* (a closing mark is searched for only where one is left, so that
     * each search that succeeds moves past what it read) */
    size_t last_bracket = 0, last_angles = 0, last_brackets = 0; /* one past "]", ">>", "]]" */
    for (size_t k = n; k > 0 && !(last_bracket && last_angles && last_brackets); k--) {
        if (!last_bracket && s[k - 1] == ']')
            last_bracket = k;
        if (!last_angles && k >= 2 && s[k - 1] == '>' && s[k - 2] == '>')
            last_angles = k;
        if (!last_brackets && k >= 2 && s[k - 1] == ']' && s[k - 2] == ']')
            last_brackets = k;
    }
    for (size_t k = 0; k < n; k++) {
        /* "xref:busan.adoc[Busan 2016]", "link:https://...[the page]",
         * "https://x.example/a[label]": the label */
        bool xref = starts_at(s, n, k, "xref:") || starts_at(s, n, k, "link:");
        bool url = starts_at(s, n, k, "https://") || starts_at(s, n, k, "http://");
        if (xref || url) {
            size_t e = k;
            while (e < n && s[e] != '[' && s[e] != ' ')
                e++;
            const char *close = e < n && s[e] == '[' && e < last_bracket
                                    ? memchr(s + e, ']', n - e)
                                    : NULL;
            if (close) {
                size_t from = e + 1, to = (size_t)(close - s);
                if (to > from)
                    ex_writer_put(w, s + from, to - from);
                else if (url)
                    ex_writer_put(w, s + k, e - k);
                k = to;
                continue;
            }
            if (xref) { /* (no label: nothing shown but the target's name) */
                k = e - 1;
                continue;
            }
            ex_writer_put(w, s + k, e - k); /* (a bare address, read once) */
            k = e - 1;
            continue;
        }
        /* "<<next-summit,Next summit>>": its label; "[[id]]" goes */
        bool angles = starts_at(s, n, k, "<<") && k + 2 < last_angles;
        if (angles || (starts_at(s, n, k, "[[") && k + 2 < last_brackets)) {
            char close_mark = angles ? '>' : ']';
            size_t e = k + 2;
            while (e + 1 < n && !(s[e] == close_mark && s[e + 1] == close_mark))
                e++;
            if (e + 1 < n) {
                const char *comma = memchr(s + k + 2, ',', e - k - 2);
                if (close_mark == '>' && comma)
                    ex_writer_put(w, comma + 1, (size_t)(s + e - comma - 1));
                k = e + 1;
                continue;
            }
        }
        /* "{url-archive}": an attribute reference */
        if (s[k] == '{') {
            size_t e = k + 1;
            while (e < n && e - k < 64 && s[e] != '}' && s[e] != ' ')
                e++;
            if (e < n && s[e] == '}') {
                k = e;
                continue;
            }
        }
        /* "*strong*", "_emphasis_", "`literal`": marks at a word's edge */
        if (s[k] == '*' || s[k] == '_' || s[k] == '`') {
            bool opens = k + 1 < n && s[k + 1] != ' ' &&
                         (k == 0 || s[k - 1] == ' ' || s[k - 1] == '(' || s[k - 1] == s[k]);
            bool closes = k > 0 && s[k - 1] != ' ' &&
                          (k + 1 == n || s[k + 1] == ' ' || s[k + 1] == s[k] ||
                           ex_closes_word(s[k + 1]));
            if (opens || closes)
                continue;
        }
        /* " -- ": an em dash */
        if (s[k] == '-' && k + 1 < n && s[k + 1] == '-' && k > 0 && s[k - 1] == ' ' &&
            (k + 2 == n || s[k + 2] == ' ')) {
            ex_writer_str(w, "\xe2\x80\x94");
            k++;
            continue;
        }
        ex_writer_put(w, s + k, 1);
    }
}

/* A table being read: its cells per row, and the row so far. */
typedef struct table {
    bool open, header;   /* inside "|===", its first row a header */
    size_t columns;      /* from cols="1,3", else the first line's cells */
    size_t cells;        /* of the row being written */
    bool rows_seen;      /* a row has been written (the header goes) */
} table;

/* Columns in a "[cols=...]" line: "1,3" is two, "3*" three. */
static size_t columns_of(ex_bytes l)
{
    const char *c = NULL;
    for (size_t k = 0; k + 5 <= l.n && !c; k++)
        if (memcmp(l.s + k, "cols=", 5) == 0)
            c = l.s + k + 5;
    if (!c)
        return 0;
    size_t rest = (size_t)(l.s + l.n - c), n = 1;
    if (rest && *c == '"') {
        c++;
        rest--;
    }
    if (rest >= 2 && c[0] >= '1' && c[0] <= '9' && c[1] == '*')
        return (size_t)(c[0] - '0');
    for (size_t k = 0; k < rest && c[k] != '"' && c[k] != ']'; k++)
        n += c[k] == ',';
    return n;
}

/* Writes the cells of table line l ("| a | b" or "| a"), the row's line
 * started where a row opens. */
static void table_line(ex_writer *w, table *tb, uint32_t no, ex_bytes l)
{
    size_t k = ex_bytes_indent(l);
    while (k < l.n) {
        if (l.s[k] != '|') { /* (a cell's text going on from the line before) */
            size_t e = k;
            while (e < l.n && l.s[e] != '|')
                e++;
            ex_writer_put(w, " ", 1);
            put_inline(w, l.s + k, e - k);
            k = e;
            continue;
        }
        size_t e = k + 1;
        while (e < l.n && l.s[e] != '|')
            e++;
        size_t a = k + 1, b = e;
        while (a < b && l.s[a] == ' ')
            a++;
        while (b > a && l.s[b - 1] == ' ')
            b--;
        if (tb->columns && tb->cells == tb->columns)
            tb->cells = 0;
        if (tb->cells == 0) {
            ex_writer_line(w, no);
            tb->rows_seen = true;
        } else {
            ex_writer_str(w, tb->columns == 2 ? ": " : " | ");
        }
        tb->cells++;
        put_inline(w, l.s + a, b - a);
        k = e;
    }
}

bool ex_asciidoc(ex_text *t)
{
    static const char *const admonitions[] = { "NOTE: ", "TIP: ", "WARNING: ", "IMPORTANT: ",
                                               "CAUTION: ", NULL };
    ex_writer w = { .t = t };
    table tb = { 0 };
    size_t pending_columns = 0; /* from the "[cols=...]" line before a table */
    bool pending_header = false;
    bool header = true;         /* in the document header: title, author, attributes */
    bool comment = false;       /* inside a "////" comment block */
    bool after_blank = false;   /* the line before was blank */
    bool text_seen = false;     /* a line of text has been read */
    uint32_t no = 0;
    for (size_t a = 0; a < t->len; no++) {
        ex_bytes l = ex_next_line(t->buf, t->len, &a);
        size_t ind = ex_bytes_indent(l);
        if (ex_bytes_starts(l, 0, "////")) {
            comment = !comment;
            continue;
        }
        if (comment || ex_bytes_starts(l, 0, "//"))
            continue;
        if (blank(l)) {
            header = false;
            after_blank = true;
            if (!tb.open)
                ex_writer_line(&w, no + 1);
            continue;
        }
        /* (prose after a blank line in a table that never closes: the
         * table has ended, and its text is not one endless cell) */
        if (tb.open && after_blank && l.s[ind] != '|' && !ex_bytes_starts(l, 0, "|==="))
            tb.open = false;
        after_blank = false;
        /* (the first line of text, as detection reads it: blank lines may come first) */
        bool first_text = !text_seen;
        text_seen = true;
        if (first_text && l.n > 2 && l.s[0] == '=' && l.s[1] == ' ' && l.s[l.n - 1] != '=') {
            ex_writer_line(&w, no + 1);
            ex_writer_str(&w, "Title: ");
            put_inline(&w, l.s + 2, l.n - 2);
            continue;
        }
        if (header && no <= 2 && (memchr(l.s, '@', l.n) ||
                                  (l.n > 2 && l.s[0] == 'v' && l.s[1] >= '0' && l.s[1] <= '9')))
            continue; /* the author ("Name <mail@...>") and revision ("v1.4, ...") lines */
        if (attribute_entry(l))
            continue;
        if (ex_bytes_starts(l, 0, "|===")) {
            tb = (table){ .open = !tb.open, .header = pending_header,
                          .columns = pending_columns };
            pending_columns = 0;
            pending_header = false;
            continue;
        }
        if (block_markup(l)) {
            if (memchr(l.s, '=', l.n) && columns_of(l)) {
                pending_columns = columns_of(l);
                pending_header = false;
                for (size_t k = 0; k + 6 <= l.n; k++)
                    pending_header |= memcmp(l.s + k, "header", 6) == 0;
            }
            continue;
        }
        if (delimiter(l))
            continue;
        if (tb.open) {
            /* (without "cols", the first line's cells are the columns) */
            if (!tb.columns) {
                for (size_t k = ind; k < l.n; k++)
                    tb.columns += l.s[k] == '|';
            }
            /* (a header row, "| Field | Value", on its own line: gone) */
            if (tb.header && !tb.rows_seen && tb.cells == 0) {
                tb.rows_seen = true;
                continue;
            }
            table_line(&w, &tb, no + 1, l);
            continue;
        }
        /* "image::plenary.jpg["Heads of delegation ...",width=640]" */
        if (ex_bytes_starts(l, ind, "image::")) {
            size_t from = ind + 7, open = from;
            while (open < l.n && l.s[open] != '[')
                open++;
            for (size_t k = from; k < open; k++)
                if (l.s[k] == '/')
                    from = k + 1;
            ex_writer_line(&w, no + 1);
            ex_writer_put(&w, l.s + from, open - from);
            size_t c = open + 1, e = c;
            if (c < l.n && l.s[c] == '"') {
                const char *q = memchr(l.s + c + 1, '"', l.n - c - 1);
                if (q) {
                    c++;
                    e = (size_t)(q - l.s);
                }
            } else {
                while (e < l.n && l.s[e] != ',' && l.s[e] != ']')
                    e++;
            }
            if (e > c) {
                ex_writer_line(&w, no + 1);
                put_inline(&w, l.s + c, e - c);
            }
            continue;
        }
        ex_writer_line(&w, no + 1);
        size_t from = ind;
        /* "== Programme": the heading's text */
        while (from < l.n && l.s[from] == '=')
            from++;
        if (from > ind && (from == l.n || l.s[from] != ' '))
            from = ind;
        /* ".Summit themes as listed": a block's title */
        if (from == ind && l.n > ind + 1 && l.s[ind] == '.' && l.s[ind + 1] != ' ' &&
            l.s[ind + 1] != '.')
            from++;
        /* "* item", ". item", "** item": a list's item */
        size_t marks = from;
        while (marks < l.n && (l.s[marks] == '*' || l.s[marks] == '.') && marks - from < 5)
            marks++;
        if (marks > from && marks < l.n && l.s[marks] == ' ') {
            ex_writer_str(&w, "- ");
            from = marks;
        }
        for (size_t q = 0; admonitions[q]; q++)
            if (ex_bytes_starts(l, from, admonitions[q]))
                from += strlen(admonitions[q]);
        while (from < l.n && l.s[from] == ' ')
            from++;
        /* "Theme:: Holistic ...", "Chair;; Uruguay": a description list's
         * term, written "Theme: Holistic ..." */
        for (size_t k = from + 1; k + 1 < l.n && k < from + 60; k++) {
            char m = l.s[k];
            if ((m != ':' && m != ';') || l.s[k + 1] != m || l.s[k - 1] == ' ' || l.s[k - 1] == m)
                continue;
            size_t e = k;
            while (e < l.n && l.s[e] == m && e - k < 4)
                e++;
            if (e < l.n && l.s[e] != ' ')
                continue;
            put_inline(&w, l.s + from, k - from);
            ex_writer_str(&w, ":");
            from = e;
            break;
        }
        put_inline(&w, l.s + from, l.n - from);
    }
    return ex_writer_finish(&w, t);
}
