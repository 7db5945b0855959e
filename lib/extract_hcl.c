/* A Terraform (HCL) configuration read as the data it sets, in YAML's
 * shape, a setting a line:
 *
 *   resource "eventreg_event" "n5_2019" {    n5_2019:
 *     title = "N5 Ministerial Summit"          title: N5 Ministerial Summit
 *     # title = "Old name"                     (gone: comments)
 *     start_date = "2019-11-04" # Mon          start_date: 2019-11-04
 *     venue = null                             (gone: nothing set)
 *     members = ["NO", "LV"]                   members: NO, LV
 *     (or "members = [" over a line an item, to "]")
 *     chair {                                  chair:
 *       name = "Ola Nordmann"                    name: Ola Nordmann
 *     }                                        (gone)
 *     description = <<-EOT                     description:
 *       The N5 met in Oslo ...                   The N5 met in Oslo ...
 *     EOT                                      (gone)
 *     event_id = eventreg_event.x.id           (gone: a reference, no value)
 *
 * A block's name is its last label ('resource "type" "name"'), else its
 * keyword ("chair"). Each line written keeps the file line it came from
 * (ex_writer). */
#include <stdbool.h>
#include <stdint.h>
#include <string.h>

#include "extract_internal.h"

static bool name_char(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
           c == '_' || c == '-';
}

/* The end of the identifier at l.s[k], or k. */
static size_t name_end(ex_bytes l, size_t k)
{
    if (k >= l.n || !((l.s[k] >= 'a' && l.s[k] <= 'z') || (l.s[k] >= 'A' && l.s[k] <= 'Z') ||
                      l.s[k] == '_'))
        return k;
    while (k < l.n && name_char(l.s[k]))
        k++;
    return k;
}

static size_t skip_spaces(ex_bytes l, size_t k)
{
    while (k < l.n && l.s[k] == ' ')
        k++;
    return k;
}

/* Line l without a comment ("# ...", "// ...") outside quotes, nor the
 * spaces before it. */
static ex_bytes without_comment(ex_bytes l)
{
    bool quoted = false;
    for (size_t k = 0; k < l.n; k++) {
        if (l.s[k] == '\\' && quoted) {
            k++;
            continue;
        }
        if (l.s[k] == '"')
            quoted = !quoted;
        else if (!quoted && (l.s[k] == '#' || (l.s[k] == '/' && k + 1 < l.n && l.s[k + 1] == '/'))) {
            l.n = k;
            break;
        }
    }
    while (l.n > 0 && l.s[l.n - 1] == ' ')
        l.n--;
    return l;
}

/* 'name "label" ... {' opening a block: the block's name (its last label,
 * else its keyword) in [*a, *b). */
static bool block_opening(ex_bytes l, size_t *a, size_t *b)
{
    size_t k = skip_spaces(l, 0), e = name_end(l, k);
    if (e == k || l.n == 0 || l.s[l.n - 1] != '{')
        return false;
    *a = k;
    *b = e;
    for (k = skip_spaces(l, e); k < l.n && l.s[k] == '"';) {
        size_t q = k + 1;
        while (q < l.n && l.s[q] != '"')
            q++;
        if (q >= l.n)
            return false;
        *a = k + 1;
        *b = q;
        k = skip_spaces(l, q + 1);
    }
    return k == l.n - 1;
}

/* 'key = value': the key in [*ka, *ke), the value's start in *v. */
static bool setting(ex_bytes l, size_t *ka, size_t *ke, size_t *v)
{
    size_t k = skip_spaces(l, 0), e = name_end(l, k);
    if (e == k)
        return false;
    size_t eq = skip_spaces(l, e);
    if (eq >= l.n || l.s[eq] != '=' || (eq + 1 < l.n && l.s[eq + 1] == '='))
        return false;
    *ka = k;
    *ke = e;
    *v = skip_spaces(l, eq + 1);
    return true;
}

bool ex_is_hcl(const char *buf, size_t len)
{
    size_t a = 0, lines = 0, blocks = 0, settings = 0, closings = 0;
    while (a < len && lines < 400) {
        ex_bytes l = without_comment(ex_next_line(buf, len, &a));
        lines++;
        size_t x, y, z;
        if (l.n > 0 && (l.s[0] == '[' || l.s[0] == '{'))
            return false; /* (a TOML table, a JSON document) */
        blocks += block_opening(l, &x, &y);
        settings += setting(l, &x, &y, &z);
        closings += skip_spaces(l, 0) + 1 == l.n && l.s[l.n - 1] == '}';
    }
    return blocks >= 2 && closings >= 2 && settings >= 4;
}

static void put(ex_writer *w, const char *s, size_t n)
{
    if (w)
        ex_writer_put(w, s, n);
}

/* Writes the quoted strings of a list from l.s[from] to its ']' or the
 * line's end, parted by ", " (*any: one is written already); true when
 * the ']' was read. */
static bool put_strings(ex_writer *w, ex_bytes l, size_t from, bool *any)
{
    for (size_t k = from; k < l.n; k++) {
        if (l.s[k] == ']')
            return true;
        if (l.s[k] != '"')
            continue;
        size_t q = k + 1;
        while (q < l.n && l.s[q] != '"')
            q++;
        if (*any)
            put(w, ", ", 2);
        put(w, l.s + k + 1, q - k - 1);
        *any = true;
        k = q;
    }
    return false;
}

/* Writes the value at l.s[v..] (w NULL: only says whether there is one)
 * as the data it holds: a string without its quotes, a list's strings
 * parted by ", ", a number or true/false as it is; false, nothing
 * written, for null, a reference or an expression. */
static bool put_value(ex_writer *w, ex_bytes l, size_t v)
{
    if (v >= l.n)
        return false;
    if (l.s[v] == '"') {
        size_t e = l.n;
        while (e > v + 1 && l.s[e - 1] != '"')
            e--;
        if (e <= v + 1)
            return false;
        put(w, l.s + v + 1, e - v - 2);
        return true;
    }
    if (l.s[v] == '[') { /* ["KR", "GB"] */
        bool any = false;
        put_strings(w, l, v + 1, &any);
        return any;
    }
    size_t e = v;
    while (e < l.n && (name_char(l.s[e]) || l.s[e] == '.'))
        e++;
    bool number = l.s[v] >= '0' && l.s[v] <= '9';
    bool word = (e - v == 4 && memcmp(l.s + v, "true", 4) == 0) ||
                (e - v == 5 && memcmp(l.s + v, "false", 5) == 0);
    if (e != l.n || !(number || word))
        return false; /* (null, "local.members", "toset(...)") */
    put(w, l.s + v, e - v);
    return true;
}

bool ex_hcl(ex_text *t)
{
    ex_writer w = { .t = t };
    char heredoc[32] = ""; /* the word that ends a "<<EOT" text, while in one */
    bool list = false;     /* in a list written a line an item ("key = [" ... "]") */
    bool listed = false;   /* an item of it is written */
    size_t heredoc_indent = 0;
    bool block_comment = false;
    uint32_t no = 0;
    for (size_t a = 0; a < t->len;) {
        ex_bytes raw = ex_next_line(t->buf, t->len, &a);
        no++;
        size_t ind = skip_spaces(raw, 0);
        if (heredoc[0]) {
            size_t n = strlen(heredoc);
            if (raw.n - ind == n && memcmp(raw.s + ind, heredoc, n) == 0) {
                heredoc[0] = '\0';
                continue;
            }
            ex_writer_line(&w, no);
            for (size_t d = 0; d < heredoc_indent; d++)
                ex_writer_put(&w, " ", 1);
            ex_writer_put(&w, raw.s + ind, raw.n - ind);
            continue;
        }
        if (list) { /* '  "Norway",' ... ']': the items after the key */
            list = !put_strings(&w, without_comment(raw), 0, &listed);
            continue;
        }
        if (block_comment) {
            for (size_t k = 0; k + 1 < raw.n; k++)
                if (raw.s[k] == '*' && raw.s[k + 1] == '/')
                    block_comment = false;
            continue;
        }
        if (ex_bytes_starts(raw, ind, "/*")) {
            block_comment = true;
            for (size_t k = ind + 2; k + 1 < raw.n; k++)
                if (raw.s[k] == '*' && raw.s[k + 1] == '/')
                    block_comment = false;
            continue;
        }
        ex_bytes l = without_comment(raw);
        size_t ba, bb, ka, ke, v;
        if (block_opening(l, &ba, &bb)) {
            /* (a top-level block is an item of the file's list: "- block: n5_2019") */
            ex_writer_line(&w, no);
            ex_writer_put(&w, l.s, ind);
            if (ind == 0)
                ex_writer_str(&w, "- block: ");
            ex_writer_put(&w, l.s + ba, bb - ba);
            if (ind > 0)
                ex_writer_put(&w, ":", 1);
            continue;
        }
        if (!setting(l, &ka, &ke, &v)) {
            if (skip_spaces(l, 0) == l.n)
                ex_writer_line(&w, no); /* (a blank line; a closing brace goes) */
            continue;
        }
        /* "key = <<-EOT": a text to its "EOT" line, under "key:" */
        if (ex_bytes_starts(l, v, "<<")) {
            size_t h = v + 2 + (v + 2 < l.n && l.s[v + 2] == '-');
            size_t he = name_end(l, h);
            if (he > h && he - h < sizeof heredoc) {
                memcpy(heredoc, l.s + h, he - h);
                heredoc[he - h] = '\0';
                heredoc_indent = ind + 2;
                ex_writer_line(&w, no);
                ex_writer_put(&w, l.s, ke);
                ex_writer_put(&w, ":", 1);
            }
            continue;
        }
        if (v < l.n && l.s[v] == '[' && !memchr(l.s + v, ']', l.n - v) &&
            skip_spaces(l, v + 1) == l.n) { /* "key = [" over its items */
            ex_writer_line(&w, no);
            ex_writer_put(&w, l.s, ke);
            ex_writer_put(&w, ": ", 2);
            list = true;
            listed = false;
            continue;
        }
        if (v < l.n && l.s[v] == '{' && skip_spaces(l, v + 1) == l.n) { /* "key = {" */
            ex_writer_line(&w, no);
            ex_writer_put(&w, l.s, ke);
            ex_writer_put(&w, ":", 1);
            continue;
        }
        if (!put_value(NULL, l, v))
            continue; /* (nothing set: "venue = null") */
        ex_writer_line(&w, no);
        ex_writer_put(&w, l.s, ke);
        ex_writer_put(&w, ": ", 2);
        put_value(&w, l, v);
    }
    if (!ex_writer_finish(&w, t))
        return false;
    t->yaml = true;
    ex_blank_keys(t->buf, t->len); /* ("start_date:" is "start date:") */
    return true;
}
