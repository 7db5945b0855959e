/* A table of "|" cells whose rows wrap onto lines of their own, as pages
 * print them when a cell is too long for its column:
 *
 *   Ref        | Dates of travel | Purpose
 *   -----------+-----------------+--------------------------------------
 *   IT15/16-08 | 16/11 - 22/11   | To lead the delegation at the second
 *              |                 | Ministerial Summit, 19-20 November 2015
 *
 * becomes one line a row, each cell's pieces joined:
 *
 *   IT15/16-08 | 16/11 - 22/11 | To lead the delegation at the second Ministerial Summit, 19-20 November 2015
 *
 * so that a cell reads as the phrase it is. A line goes on the row above
 * when its first cell and its date cells (a "Date", "Dates", "When" or
 * "Year" column) are empty: "|      | 9-10 Oct | Jerusalem |" under a
 * row of the same year is a row of its own. t->source_line maps each row
 * back to the line it starts on. A text without such a table stays as it
 * is. */
#include <stdbool.h>
#include <stdint.h>
#include <string.h>

#include "extract_internal.h"

#define MAX_CELLS 16

typedef struct line_at {
    size_t off, len;
} line_at;

/* The cells of a line split at its '|'s: the pieces between them, and in
 * a table with borders ("| a | b |") not the empty ones outside the
 * first and last '|'. Returns how many (0 when the line has no '|' or
 * too many cells). */
static size_t split(const char *s, size_t len, bool borders, line_at *cells)
{
    size_t n = 0, a = 0;
    bool pipe = false;
    for (size_t i = 0; i <= len; i++) {
        if (i < len && s[i] != '|')
            continue;
        pipe |= i < len;
        if (n == MAX_CELLS + 2)
            return 0;
        cells[n++] = (line_at){ a, i - a };
        a = i + 1;
    }
    if (!pipe)
        return 0;
    if (borders) {
        size_t lead = 0;
        while (lead < cells[0].len && s[cells[0].off + lead] == ' ')
            lead++;
        if (lead == cells[0].len) { /* nothing before the first '|' */
            memmove(cells, cells + 1, (n - 1) * sizeof *cells);
            n--;
        }
        size_t tail = 0;
        while (n > 0 && tail < cells[n - 1].len && s[cells[n - 1].off + tail] == ' ')
            tail++;
        if (n > 0 && tail == cells[n - 1].len)
            n--;
    }
    return n <= MAX_CELLS ? n : 0;
}

static bool blank(const char *s, line_at c)
{
    for (size_t i = 0; i < c.len; i++)
        if (s[c.off + i] != ' ')
            return false;
    return true;
}

/* "-----+-----", "|---|---|", "=====|=====" */
static bool rule(const char *s, size_t len)
{
    bool dash = false, joint = false;
    for (size_t i = 0; i < len; i++) {
        if (s[i] == '-' || s[i] == '=')
            dash = true;
        else if (s[i] == '|' || s[i] == '+')
            joint = true;
        else if (s[i] != ' ' && s[i] != ':')
            return false;
    }
    return dash && joint;
}

/* The header cell that names a date: "Date", "Dates of travel", "Year". */
static bool date_header(const char *s, line_at c)
{
    static const char *const words[] = { "date", "dates", "when", "year", NULL };
    size_t i = c.off, end = c.off + c.len;
    while (i < end && s[i] == ' ')
        i++;
    size_t w = i;
    while (w < end && s[w] != ' ')
        w++;
    for (size_t k = 0; words[k]; k++)
        if (w - i == strlen(words[k]) && ex_starts_nocase(s + i, w - i, words[k]))
            return true;
    return false;
}

/* Appends a piece of a cell: its runs of spaces one space, its ends
 * trimmed, and a space before it if the cell (from out[start]) has text. */
static void put_piece(char *out, size_t *o, size_t start, const char *s, line_at c)
{
    bool space = *o > start;
    for (size_t i = 0; i < c.len; i++) {
        char ch = s[c.off + i];
        if (ch == ' ') {
            space = *o > start;
            continue;
        }
        if (space)
            out[(*o)++] = ' ';
        space = false;
        out[(*o)++] = ch;
    }
}

/* A table from line h (its header) on: its width, whether it has
 * borders, its date columns and the line after its last row. */
typedef struct table_at {
    size_t width, end;
    bool borders;
    uint32_t date_cols; /* a bit for each column that names a date */
} table_at;

static bool continues(const char *s, const line_at *l, const table_at *tb)
{
    line_at c[MAX_CELLS + 2];
    size_t n = split(s + l->off, l->len, tb->borders, c);
    if (n != tb->width || !blank(s + l->off, c[0]))
        return false;
    for (size_t k = 0; k < n; k++)
        if ((tb->date_cols >> k & 1u) && !blank(s + l->off, c[k]))
            return false;
    return true;
}

/* Is line h the header of a table (found into *tb) a row of which wraps? */
static bool wrapped_table(const char *s, const line_at *lines, size_t nlines, size_t h,
                          table_at *tb)
{
    if (h + 2 >= nlines || !rule(s + lines[h + 1].off, lines[h + 1].len))
        return false;
    const char *hs = s + lines[h].off;
    size_t lead = 0;
    while (lead < lines[h].len && hs[lead] == ' ')
        lead++;
    tb->borders = lead < lines[h].len && hs[lead] == '|';
    line_at c[MAX_CELLS + 2];
    tb->width = split(hs, lines[h].len, tb->borders, c);
    if (tb->width < 2)
        return false;
    tb->date_cols = 0;
    for (size_t k = 0; k < tb->width; k++)
        if (date_header(hs, c[k]))
            tb->date_cols |= 1u << k;
    bool wraps = false;
    size_t r = h + 2;
    for (; r < nlines; r++) {
        line_at rc[MAX_CELLS + 2];
        if (split(s + lines[r].off, lines[r].len, tb->borders, rc) != tb->width ||
            rule(s + lines[r].off, lines[r].len))
            break;
        wraps |= r > h + 2 && continues(s, &lines[r], tb);
    }
    tb->end = r;
    return wraps;
}

bool ex_wrapped_rows(ex_text *t)
{
    const char *s = t->buf;
    size_t nlines = 1;
    for (size_t k = 0; k < t->len; k++)
        nlines += s[k] == '\n';
    line_at *lines = ex_malloc(t->mem, nlines * sizeof *lines);
    if (!lines)
        return false;
    for (size_t k = 0, off = 0; k < nlines; k++) {
        const char *nl = memchr(s + off, '\n', t->len - off);
        size_t end = nl ? (size_t)(nl - s) : t->len;
        lines[k] = (line_at){ off, end - off };
        off = end + 1;
    }
    /* (only a text with such a table is written anew) */
    table_at tb;
    size_t first = 0;
    while (first < nlines && !wrapped_table(s, lines, nlines, first, &tb))
        first++;
    if (first == nlines) {
        ex_free(t->mem, lines);
        return true;
    }
    /* each row's pieces and a space between; " | " for each '|' */
    char *buf = ex_malloc(t->mem, 3 * t->len + 16);
    uint32_t *source = ex_malloc(t->mem, nlines * sizeof *source);
    if (!buf || !source) {
        ex_free(t->mem, lines);
        ex_free(t->mem, buf);
        ex_free(t->mem, source);
        return false;
    }
    size_t o = 0, out_lines = 0;
    for (size_t k = 0; k < nlines;) {
        bool table = k >= first && wrapped_table(s, lines, nlines, k, &tb);
        size_t upto = table ? k + 2 : k + 1; /* the header and its rule stay */
        for (; k < upto; k++) {
            if (out_lines)
                buf[o++] = '\n';
            memcpy(buf + o, s + lines[k].off, lines[k].len);
            o += lines[k].len;
            source[out_lines++] = ex_source_line(t, k);
        }
        if (!table)
            continue;
        while (k < tb.end) {
            size_t row_end = k + 1;
            while (row_end < tb.end && continues(s, &lines[row_end], &tb))
                row_end++;
            buf[o++] = '\n';
            source[out_lines++] = ex_source_line(t, k);
            if (tb.borders) {
                buf[o++] = '|';
                buf[o++] = ' ';
            }
            for (size_t col = 0; col < tb.width; col++) {
                if (col > 0) {
                    memcpy(buf + o, " | ", 3);
                    o += 3;
                }
                size_t cell_start = o;
                for (size_t q = k; q < row_end; q++) {
                    line_at c[MAX_CELLS + 2];
                    /* (every line of the table has its width: checked above) */
                    if (split(s + lines[q].off, lines[q].len, tb.borders, c) <= col)
                        continue;
                    c[col].off += lines[q].off;
                    put_piece(buf, &o, cell_start, s, c[col]);
                }
            }
            if (tb.borders) {
                memcpy(buf + o, " |", 2);
                o += 2;
            }
            k = row_end;
        }
    }
    buf[o] = '\0';
    ex_free(t->mem, lines);
    ex_text_replace(t, buf, o, source);
    return true;
}
