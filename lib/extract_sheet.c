/* An Excel 2003 XML workbook (SpreadsheetML) read as the tables it shows:
 *
 *   <Worksheet ss:Name="Summits"><Table>
 *    <Row><Cell ss:MergeAcross="3"><Data ss:Type="String">N5 summits</Data></Cell></Row>
 *    <Row><Cell><Data ss:Type="String">City</Data></Cell> ... </Row>
 *    <Row><Cell><Data ss:Type="String">Oslo</Data></Cell>
 *         <Cell ss:Index="4"><Data ss:Type="DateTime">2019-11-04T00:00:00.000</Data></Cell>
 *
 * becomes
 *
 *   Summits
 *   N5 summits
 *   | City | Country | Mode | Start |
 *   |---|---|---|---|
 *   | Oslo |  |  | 2019-11-04 |
 *
 * The first row of three cells or more is a sheet's header; a row of
 * fewer (a title merged across the sheet, a numbered note) is a line of
 * text, its cells parted by ": ". ss:Index moves to a column, the cells
 * between empty; a date-time keeps its day. A cell's comment goes (a
 * note on its history: "Was 2020-11-03 until 19 Mar"), and so does a
 * hidden row: the sheet says what it shows. A "|" in a cell is "/". Each
 * line written keeps the line its row starts on. */
#include <stdbool.h>
#include <stdint.h>
#include <string.h>

#include "extract_internal.h"

enum { MIN_COLUMNS = 3, MAX_COLUMNS = 256 };

bool ex_is_spreadsheetml(const char *buf, size_t len)
{
    size_t head = len < 4096 ? len : 4096;
    static const char ns[] = "urn:schemas-microsoft-com:office:spreadsheet";
    for (size_t k = 0; k + sizeof ns - 1 <= head; k++)
        if (memcmp(buf + k, ns, sizeof ns - 1) == 0)
            return ex_is_xml(buf, len);
    return false;
}

/* Does the tag at s[i] (its '<') open element `name` (local name, any
 * prefix), or close it when `closing`? */
static bool tag_is(const char *s, size_t len, size_t i, const char *name, bool closing)
{
    size_t k = i + 1;
    if (closing) {
        if (k >= len || s[k] != '/')
            return false;
        k++;
    }
    size_t n = strlen(name), a = k;
    while (k < len && s[k] != '>' && s[k] != ' ' && s[k] != '/' && s[k] != '\n')
        k++;
    /* (the local name: after its prefix, "ss:Data") */
    for (size_t p = k; p > a; p--)
        if (s[p - 1] == ':') {
            a = p;
            break;
        }
    return k - a == n && memcmp(s + a, name, n) == 0;
}

/* The value of attribute `name` ("ss:Index") in the tag s[i, e), or NULL;
 * its length in *n. */
static const char *attribute(const char *s, size_t i, size_t e, const char *name, size_t *n)
{
    size_t len = strlen(name);
    for (size_t k = i + 1; k + len + 2 < e; k++) {
        if (s[k - 1] != ' ' && s[k - 1] != '\n')
            continue;
        if (memcmp(s + k, name, len) != 0 || s[k + len] != '=' || s[k + len + 1] != '"')
            continue;
        const char *v = s + k + len + 2;
        const char *close = memchr(v, '"', e - (k + len + 2));
        if (!close)
            return NULL;
        *n = (size_t)(close - v);
        return v;
    }
    return NULL;
}

static size_t number(const char *v, size_t n)
{
    size_t x = 0;
    for (size_t k = 0; k < n && k < 6 && v[k] >= '0' && v[k] <= '9'; k++)
        x = x * 10 + (size_t)(v[k] - '0');
    return x;
}

/* The end of the tag at s[i]: past its '>' (or len). */
static size_t tag_end(const char *s, size_t len, size_t i)
{
    size_t e = ex_tag_end(s, len, i);
    return e < len ? e + 1 : len;
}

/* A cell's text, s[a, b): its tags out (rich text's "<B>"), white space
 * one space, "|" a "/". (Entities and character references were read
 * with the rest of the text, before any reader.) */
static void put_cell(ex_writer *w, const char *s, size_t a, size_t b)
{
    bool space = true; /* (no space opens the cell) */
    bool pending = false;
    for (size_t k = a; k < b; k++) {
        if (s[k] == '<') {
            k = tag_end(s, b, k) - 1;
            continue;
        }
        if (s[k] == ' ' || s[k] == '\n') {
            pending = !space;
            continue;
        }
        if (pending)
            ex_writer_put(w, " ", 1);
        pending = false;
        ex_writer_put(w, s[k] == '|' ? "/" : s + k, 1);
        space = false;
    }
}

typedef struct cell {
    size_t a, b;   /* its text in the source, [a, b) */
    bool datetime; /* "2018-02-21T00:00:00.000": the day only */
} cell;

/* Writes a row of n cells: a table's row, or a line of text (a blank
 * line before it closes the table above). *header: the header's number
 * of columns, 0 before the sheet's header; *in_table: the last line
 * written was a table's. */
static void put_row(ex_writer *w, const char *s, const cell *cells, size_t n, size_t *header,
                    bool *in_table, uint32_t line)
{
    size_t filled = 0;
    for (size_t k = 0; k < n; k++)
        filled += cells[k].b > cells[k].a;
    if (filled == 0)
        return;
    /* (a row of one cell under the table, "Not in this sheet: ...", ends it) */
    bool table = n >= MIN_COLUMNS && filled >= (*header ? 2 : MIN_COLUMNS);
    if (*in_table && !table)
        ex_writer_line(w, line);
    *in_table = table;
    ex_writer_line(w, line);
    size_t columns = table && *header > n ? *header : n;
    bool any = false;
    for (size_t k = 0; k < columns; k++) {
        bool empty = k >= n || cells[k].b <= cells[k].a;
        if (table) {
            ex_writer_put(w, k ? " | " : "| ", k ? 3 : 2);
        } else if (empty) {
            continue;
        } else if (any) {
            ex_writer_put(w, ": ", 2);
        }
        if (empty)
            continue;
        size_t b = cells[k].b;
        /* (a date-time's day: "2018-02-21T00:00:00.000" is "2018-02-21") */
        if (cells[k].datetime && b - cells[k].a > 10 && s[cells[k].a + 10] == 'T')
            b = cells[k].a + 10;
        put_cell(w, s, cells[k].a, b);
        any = true;
    }
    if (!table)
        return;
    ex_writer_put(w, " |", 2);
    if (!*header) { /* the header: the rule under it */
        *header = columns;
        ex_writer_line(w, line);
        for (size_t k = 0; k < columns; k++)
            ex_writer_put(w, "|---", 4);
        ex_writer_put(w, "|", 1);
    }
}

bool ex_spreadsheetml(ex_text *t)
{
    const char *s = t->buf;
    size_t len = t->len;
    ex_writer w = { .t = t };
    cell cells[MAX_COLUMNS];
    size_t n = 0, header = 0, merged = 0;
    bool in_row = false, in_table = false;
    uint32_t line = 1, row_line = 1;
    size_t counted = 0; /* s[0, counted) has `line - 1` line breaks */
    for (size_t i = 0; i < len; i++) {
        if (s[i] != '<')
            continue;
        for (; counted < i; counted++)
            line += s[counted] == '\n';
        size_t e = tag_end(s, len, i);
        bool closed = e >= i + 2 && s[e - 2] == '/'; /* "<Cell/>": no content */
        size_t vn = 0;
        const char *v;
        if (tag_is(s, len, i, "Worksheet", false)) {
            header = 0; /* (each sheet its own table, a blank line before it) */
            in_table = false;
            if ((v = attribute(s, i, e, "ss:Name", &vn)) != NULL && vn) {
                if (w.lines)
                    ex_writer_line(&w, line);
                ex_writer_line(&w, line);
                cell name = { (size_t)(v - s), (size_t)(v - s) + vn, false };
                put_cell(&w, s, name.a, name.b);
            }
        } else if (tag_is(s, len, i, "Row", false)) {
            v = attribute(s, i, e, "ss:Hidden", &vn);
            if (closed) {
                i = e - 1;
                continue;
            }
            if (v && vn == 1 && *v == '1') { /* (a hidden row goes, to its close) */
                size_t k = e;
                while (k < len && !(s[k] == '<' && tag_is(s, len, k, "Row", true)))
                    k++;
                i = k - 1;
                continue;
            }
            in_row = true;
            n = 0;
            merged = 0;
            row_line = line;
            i = e - 1;
        } else if (in_row && tag_is(s, len, i, "Row", true)) {
            for (; merged > 0 && n < MAX_COLUMNS; merged--)
                cells[n++] = (cell){ 0, 0, false };
            put_row(&w, s, cells, n, &header, &in_table, row_line);
            in_row = false;
        } else if (in_row && tag_is(s, len, i, "Cell", false)) {
            /* (the columns the cell before spans: ss:MergeAcross="2") */
            for (; merged > 0 && n < MAX_COLUMNS; merged--)
                cells[n++] = (cell){ 0, 0, false };
            if ((v = attribute(s, i, e, "ss:Index", &vn)) != NULL) {
                size_t at = number(v, vn);
                while (n + 1 < at && n < MAX_COLUMNS)
                    cells[n++] = (cell){ 0, 0, false };
            }
            if ((v = attribute(s, i, e, "ss:MergeAcross", &vn)) != NULL)
                merged = number(v, vn);
            if (n < MAX_COLUMNS)
                cells[n++] = (cell){ 0, 0, false };
            i = e - 1;
        } else if (in_row && n && tag_is(s, len, i, "Data", false) && !closed) {
            /* (its text to its close: rich text's tags are inside) */
            size_t k = e;
            while (k < len && !(s[k] == '<' && tag_is(s, len, k, "Data", true)))
                k++;
            v = attribute(s, i, e, "ss:Type", &vn);
            cells[n - 1] = (cell){ e, k, v && vn == 8 && memcmp(v, "DateTime", 8) == 0 };
            i = k - 1;
        } else if (in_row && tag_is(s, len, i, "Comment", false) && !closed) {
            size_t k = e; /* (a comment goes, with its text) */
            while (k < len && !(s[k] == '<' && tag_is(s, len, k, "Comment", true)))
                k++;
            i = k - 1;
        } else {
            i = e - 1;
        }
    }
    return ex_writer_finish(&w, t);
}
