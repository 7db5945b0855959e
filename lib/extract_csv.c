/* A CSV export read as the plain-text table the extractor knows:
 *
 *   row_id,event,start_date,city,notes
 *   1,D5 Ministerial Summit,2014-12-09,London,"Inaugural summit.
 *   - Next host: Estonia (2015)"
 *
 * becomes
 *
 *   | row id | event | start date | city | notes |
 *   |---|---|---|---|---|
 *   | 1 | D5 Ministerial Summit | 2014-12-09 | London | Inaugural summit. - Next host: ... |
 *
 * Quoted fields may hold commas, doubled quotes and line breaks (a row is
 * one line after); "_" in the header is a space, so that "start_date"
 * names a Start column; a "|" inside a field becomes "/". It is a CSV when
 * its first line is a header of at least four short names and the two
 * rows below have as many fields. The separator may be a comma, a
 * semicolon or a tab. t->source_line maps each row back to
 * the line it starts on. */
#include <stdbool.h>
#include <stdint.h>
#include <string.h>

#include "extract_internal.h"

enum { MIN_FIELDS = 4 };

/* Writes the bytes of s at out[*o] (no terminator). */
static void put(char *out, size_t *o, const char *s)
{
    while (*s)
        out[(*o)++] = *s++;
}

/* Reads the record at buf[*at]: writes its fields, " | " between, to out
 * (if not NULL) and returns their number; *at moves past the record's
 * line break, *lines counts the line breaks read. 0 at the end. */
static size_t read_record(const char *buf, size_t len, char sep, size_t *at, char *out,
                          size_t *o, bool header, uint32_t *lines)
{
    size_t i = *at, fields = 0;
    if (i >= len)
        return 0;
    if (out)
        put(out, o, "| ");
    bool quoted = false, field_start = true;
    for (; i < len; i++) {
        char ch = buf[i];
        if (field_start) {
            field_start = false;
            fields++;
            if (ch == '"') {
                quoted = true;
                continue;
            }
        }
        if (quoted) {
            if (ch == '"' && i + 1 < len && buf[i + 1] == '"') {
                i++; /* "" is a quote */
            } else if (ch == '"') {
                quoted = false;
                continue;
            } else if (ch == '\n') {
                (*lines)++;
                ch = ' ';
            }
        } else if (ch == sep) {
            if (out)
                put(out, o, " | ");
            field_start = true;
            continue;
        } else if (ch == '\n') {
            (*lines)++;
            i++;
            break;
        }
        if (ch == '|')
            ch = '/';
        else if (ch == '\t' || (header && ch == '_'))
            ch = ' ';
        if (out)
            out[(*o)++] = ch;
    }
    if (field_start) /* "a,b," ends with an empty field */
        fields++;
    if (out)
        put(out, o, " |");
    *at = i;
    return fields;
}

/* The separator of a header line: the most frequent of comma, semicolon
 * (a spreadsheet's export where the comma is the decimal sign) and tab. */
static char separator(const char *buf, size_t len)
{
    static const char seps[] = { ',', ';', '\t' };
    size_t count[3] = { 0, 0, 0 };
    for (size_t k = 0; k < len && buf[k] != '\n'; k++)
        for (size_t s = 0; s < 3; s++)
            count[s] += buf[k] == seps[s];
    size_t best = 0;
    for (size_t s = 1; s < 3; s++)
        if (count[s] > count[best])
            best = s;
    return seps[best];
}

/* Is the first line a header: names of 1 to 40 bytes between separators,
 * each maybe quoted whole, no "|" ("Home, News, Events" of a site's menu
 * has spaces)? */
static bool header_line(const char *buf, size_t len, char sep)
{
    size_t field = 0;
    for (size_t k = 0; k < len && buf[k] != '\n' && buf[k] != '\r'; k++) {
        char ch = buf[k];
        bool field_end = k + 1 == len || buf[k + 1] == sep || buf[k + 1] == '\n' ||
                         buf[k + 1] == '\r';
        if ((ch == '"' && field != 0 && !field_end) || ch == '|' || (ch == ' ' && field == 0))
            return false;
        field = ch == sep ? 0 : field + 1;
        if (field > 40 || (ch == sep && k > 0 && buf[k - 1] == sep))
            return false;
    }
    return true;
}

/* A text that is no table after all: its tabs are spaces, as everywhere. */
static bool not_a_table(ex_text *t)
{
    for (size_t k = 0; k < t->len; k++)
        if (t->buf[k] == '\t')
            t->buf[k] = ' ';
    return true;
}

bool ex_tab_separated(const char *buf, size_t len)
{
    return separator(buf, len) == '\t' && header_line(buf, len, '\t');
}

bool ex_csv(ex_text *t)
{
    /* the shape first: a header of four fields or more, two rows as wide */
    char sep = separator(t->buf, t->len);
    if (!header_line(t->buf, t->len, sep))
        return not_a_table(t);
    size_t at = 0;
    uint32_t lines = 0;
    size_t width = read_record(t->buf, t->len, sep, &at, NULL, NULL, true, &lines);
    if (width < MIN_FIELDS || lines != 1)
        return not_a_table(t);
    size_t rows = 0;
    for (size_t n; rows < 2 && (n = read_record(t->buf, t->len, sep, &at, NULL, NULL,
                                                 false, &lines)) != 0;)
        if (n == width)
            rows++;
        else
            return not_a_table(t);
    if (rows < 2)
        return not_a_table(t);

    /* each record a line; at most 3 bytes more per field, and the rule */
    size_t records = 1, fields = 0;
    for (size_t k = 0; k < t->len; k++) {
        records += t->buf[k] == '\n';
        fields += t->buf[k] == sep;
    }
    size_t cap = t->len + 3 * (fields + records) + 4 * records + 6 * width + 16;
    char *buf = ex_malloc(t->mem, cap);
    uint32_t *source = ex_malloc(t->mem, (records + 2) * sizeof *source);
    if (!buf || !source) {
        ex_free(t->mem, buf);
        ex_free(t->mem, source);
        return false;
    }
    size_t o = 0, out_lines = 0;
    at = 0;
    lines = 0;
    for (size_t r = 0; at < t->len; r++) {
        uint32_t starts = lines + 1;
        if (out_lines)
            buf[o++] = '\n';
        read_record(t->buf, t->len, sep, &at, buf, &o, r == 0, &lines);
        source[out_lines++] = ex_source_line(t, starts - 1);
        if (r == 0) { /* the rule under the header */
            buf[o++] = '\n';
            buf[o++] = '|';
            for (size_t k = 0; k < width; k++)
                put(buf, &o, "---|");
            source[out_lines++] = source[0];
        }
    }
    buf[o] = '\0';
    ex_text_replace(t, buf, o, source);
    return true;
}
