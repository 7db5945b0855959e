/* A Python module of reference data read as the JSON it holds, then as
 * JSON is read:
 *
 *   """Reference data: N5 summits (2018-2020).   {
 *                                                  "title": "Reference data: N5 summits (2018-2020).",
 *   More text."""                                (gone)
 *   from datetime import date                    (gone: code)
 *   MEMBERS = ("NO", "LV")                       (gone, remembered)
 *   SUMMITS = [                                    "summits": [
 *       {"start": date(2019, 11, 4),                 {"start": "2019-11-04",
 *        "theme": None,  # none stated                "theme": null,
 *        "members": MEMBERS + ("EE",),                "members": ["NO", "LV"]  ["EE"],
 *        "joined": ("EE",)},                          "joined": ["EE"]},
 *   #   {"slug": "old"},                           (gone: comments)
 *   ]                                              ],
 *   def ministerials(): ...                      (gone: code)
 *                                                }
 *
 * Only assignments of a literal to a name in capitals at the margin are
 * data; a name in capitals bound to a tuple of strings (or a sum of such
 * names and tuples) is written out where a value names it. Each line
 * written keeps the file line it came from (ex_writer). */
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include "extract_internal.h"

enum { MAX_CONSTANTS = 32, CONSTANT_CAP = 512 };

typedef struct constant {
    char name[48];
    char items[CONSTANT_CAP]; /* '"GB", "KR"' */
    size_t n;
} constant;

typedef struct python_reader {
    ex_writer w;
    constant constants[MAX_CONSTANTS];
    size_t nconstants;
    char triple; /* inside a triple-quoted string value: its quote, else 0 */
} python_reader;

static bool upper_name_char(char c)
{
    return (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
}

static bool name_char(char c)
{
    return upper_name_char(c) || (c >= 'a' && c <= 'z');
}

/* "SUMMITS = [" at the margin: the name's end in *e and the value's start
 * in *v; false if the line assigns no name in capitals. */
static bool constant_assignment(ex_bytes l, size_t *e, size_t *v)
{
    size_t k = 0;
    while (k < l.n && upper_name_char(l.s[k]))
        k++;
    if (k == 0 || (l.s[0] >= '0' && l.s[0] <= '9'))
        return false;
    *e = k;
    while (k < l.n && l.s[k] == ' ')
        k++;
    if (k + 1 >= l.n || l.s[k] != '=' || l.s[k + 1] == '=')
        return false;
    k++;
    while (k < l.n && l.s[k] == ' ')
        k++;
    *v = k;
    return k < l.n;
}

bool ex_is_python(const char *buf, size_t len)
{
    size_t a = 0, lines = 0, code = 0, members = 0, data = 0;
    while (a < len && lines < 400) {
        ex_bytes l = ex_next_line(buf, len, &a);
        lines++;
        size_t e, v;
        code += ex_bytes_starts(l, 0, "import ") || ex_bytes_starts(l, 0, "from ") ||
                ex_bytes_starts(l, 0, "def ") || ex_bytes_starts(l, 0, "\"\"\"") ||
                ex_bytes_starts(l, 0, "if __name__");
        data += constant_assignment(l, &e, &v) && (l.s[v] == '[' || l.s[v] == '{');
        size_t k = ex_bytes_indent(l);
        if (k < l.n && (l.s[k] == '"' || l.s[k] == '\'')) { /* '"key": value' */
            const char *q = memchr(l.s + k + 1, l.s[k], l.n - k - 1);
            members += q && (size_t)(q - l.s) + 1 < l.n && q[1] == ':';
        }
    }
    return code >= 1 && data >= 1 && members >= 5;
}


/* Writes the string literal l.s[k, e) in JSON's double quotes. */
static void put_string(ex_writer *w, ex_bytes l, size_t k, size_t e)
{
    ex_writer_put(w, "\"", 1);
    size_t to = e > k + 1 && l.s[e - 1] == l.s[k] ? e - 1 : e;
    for (size_t i = k + 1; i < to; i++) {
        if (l.s[i] == '\\' && i + 1 < to && (l.s[i + 1] == '\'' || l.s[i + 1] == '"')) {
            ex_writer_put(w, l.s[i + 1] == '"' ? "\\\"" : "'", l.s[i + 1] == '"' ? 2 : 1);
            i++; /* ("\'" is "'"; "\"" stays one) */
        } else if (l.s[i] == '"') {
            ex_writer_put(w, "\\\"", 2);
        } else {
            ex_writer_put(w, l.s + i, 1);
        }
    }
    ex_writer_put(w, "\"", 1);
}

/* Writes text s[0, n) as a JSON string. */
static void put_plain_string(ex_writer *w, const char *s, size_t n)
{
    ex_writer_put(w, "\"", 1);
    for (size_t i = 0; i < n; i++)
        ex_writer_put(w, s[i] == '"' ? "\\\"" : s + i, s[i] == '"' ? 2 : 1);
    ex_writer_put(w, "\"", 1);
}

static const constant *find_constant(const python_reader *r, const char *s, size_t n)
{
    for (size_t k = 0; k < r->nconstants; k++)
        if (strlen(r->constants[k].name) == n && memcmp(r->constants[k].name, s, n) == 0)
            return &r->constants[k];
    return NULL;
}

/* "MEMBERS_D5 + ("CA", "UY")" at l.s[v..]: a sum of known names and
 * tuples of strings, remembered as `name`; false if the value is another. */
static bool remember_constant(python_reader *r, ex_bytes l, size_t name_end, size_t v)
{
    if (r->nconstants >= MAX_CONSTANTS || name_end >= sizeof r->constants[0].name)
        return false;
    constant *c = &r->constants[r->nconstants];
    c->n = 0;
    size_t k = v;
    for (;;) {
        while (k < l.n && l.s[k] == ' ')
            k++;
        if (k < l.n && l.s[k] == '(') {
            for (k++; k < l.n && l.s[k] != ')';) {
                if (l.s[k] == '"' || l.s[k] == '\'') {
                    size_t e = ex_bytes_quote_end(l, k);
                    if (e < k + 2 || l.s[e - 1] != l.s[k])
                        return false; /* (a string that never closes) */
                    if (c->n + (e - k) + 4 >= CONSTANT_CAP)
                        return false;
                    if (c->n)
                        c->n += (size_t)snprintf(c->items + c->n, CONSTANT_CAP - c->n, ", ");
                    c->items[c->n++] = '"';
                    memcpy(c->items + c->n, l.s + k + 1, e - k - 2);
                    c->n += e - k - 2;
                    c->items[c->n++] = '"';
                    k = e;
                } else if (l.s[k] == ',' || l.s[k] == ' ') {
                    k++;
                } else {
                    return false;
                }
            }
            if (k >= l.n)
                return false;
            k++;
        } else {
            size_t a = k;
            while (k < l.n && upper_name_char(l.s[k]))
                k++;
            const constant *other = k > a ? find_constant(r, l.s + a, k - a) : NULL;
            if (!other || c->n + other->n + 2 >= CONSTANT_CAP)
                return false;
            if (c->n && other->n)
                c->n += (size_t)snprintf(c->items + c->n, CONSTANT_CAP - c->n, ", ");
            memcpy(c->items + c->n, other->items, other->n);
            c->n += other->n;
        }
        while (k < l.n && l.s[k] == ' ')
            k++;
        if (k == l.n || l.s[k] == '#')
            break;
        if (l.s[k] != '+')
            return false;
        k++;
    }
    memcpy(c->name, l.s, name_end);
    c->name[name_end] = '\0';
    r->nconstants++;
    return true;
}

/* "(2018, 2, 21)" at l.s[k]: the year, month and day in ymd and the
 * index past the ')', or 0. */
static size_t date_call(ex_bytes l, size_t k, int ymd[3])
{
    if (k >= l.n || l.s[k] != '(')
        return 0;
    k++;
    for (int part = 0; part < 3; part++) {
        while (k < l.n && l.s[k] == ' ')
            k++;
        int v = 0, digits = 0;
        for (; k < l.n && l.s[k] >= '0' && l.s[k] <= '9' && digits < 4; k++, digits++)
            v = v * 10 + (l.s[k] - '0');
        if (!digits)
            return 0;
        ymd[part] = v;
        while (k < l.n && l.s[k] == ' ')
            k++;
        if (k >= l.n || l.s[k] != (part < 2 ? ',' : ')'))
            return 0;
        k++;
    }
    bool real = ymd[0] >= 1000 && ymd[1] >= 1 && ymd[1] <= 12 && ymd[2] >= 1 && ymd[2] <= 31;
    return real ? k : 0;
}

/* Writes l.s[from..] of a data literal as JSON; *depth follows its
 * brackets. */
static void put_literal(python_reader *r, ex_bytes l, size_t from, int *depth)
{
    ex_writer *w = &r->w;
    for (size_t k = from; k < l.n;) {
        /* a triple-quoted text: a JSON string a line, to its closing quotes */
        if (r->triple) {
            size_t e = k;
            while (e + 3 <= l.n && !(l.s[e] == r->triple && l.s[e + 1] == r->triple &&
                                     l.s[e + 2] == r->triple))
                e++;
            bool closes = e + 3 <= l.n;
            put_plain_string(w, l.s + k, closes ? e - k : l.n - k);
            if (!closes)
                return;
            r->triple = 0;
            k = e + 3;
            continue;
        }
        char ch = l.s[k];
        if (ch == '#')
            return; /* a comment, to the line's end */
        if ((ch == '"' || ch == '\'') && k + 2 < l.n && l.s[k + 1] == ch && l.s[k + 2] == ch) {
            r->triple = ch;
            k += 3;
            continue;
        }
        if (ch == '+') { /* (a sum of tuples: their items together) */
            ex_writer_put(w, " ", 1);
            k++;
            continue;
        }
        if (ch == '"' || ch == '\'') {
            /* (a prefix went with the name before it: r"", f"" read as "") */
            size_t e = ex_bytes_quote_end(l, k);
            put_string(w, l, k, e);
            k = e;
            continue;
        }
        if (ch == '(' || ch == '[' || ch == '{') {
            (*depth)++;
            ex_writer_put(w, ch == '(' ? "[" : &l.s[k], 1);
            k++;
            continue;
        }
        if (ch == ')' || ch == ']' || ch == '}') {
            (*depth)--;
            ex_writer_put(w, ch == ')' ? "]" : &l.s[k], 1);
            k++;
            continue;
        }
        if (!name_char(ch) || (ch >= '0' && ch <= '9')) {
            ex_writer_put(w, &l.s[k], 1); /* (numbers, ':', ',', spaces, '+') */
            k++;
            continue;
        }
        size_t e = k;
        while (e < l.n && (name_char(l.s[e]) || l.s[e] == '.'))
            e++;
        /* "date(2018, 2, 21)", "datetime.date(...)": the day */
        int ymd[3];
        size_t past = e - k >= 4 && memcmp(l.s + e - 4, "date", 4) == 0 ? date_call(l, e, ymd) : 0;
        if (past) {
            char day[16];
            int n = snprintf(day, sizeof day, "\"%04d-%02d-%02d\"", ymd[0], ymd[1], ymd[2]);
            ex_writer_put(w, day, (size_t)n);
            k = past;
            continue;
        }
        const constant *c = find_constant(r, l.s + k, e - k);
        if (c) {
            ex_writer_put(w, "[", 1);
            ex_writer_put(w, c->items, c->n);
            ex_writer_put(w, "]", 1);
        } else if (e - k == 4 && memcmp(l.s + k, "True", 4) == 0) {
            ex_writer_str(w, "true");
        } else if (e - k == 5 && memcmp(l.s + k, "False", 5) == 0) {
            ex_writer_str(w, "false");
        } else if (!(e - k == 1 && (l.s[k] == 'r' || l.s[k] == 'f' || l.s[k] == 'b' ||
                                    l.s[k] == 'u') && e < l.n && (l.s[e] == '"' || l.s[e] == '\''))) {
            ex_writer_str(w, "null"); /* None, and what only running the code would tell */
        }
        k = e;
    }
}

bool ex_python(ex_text *t)
{
    python_reader *r = ex_malloc(t->mem, sizeof *r);
    if (!r)
        return false;
    memset(r, 0, sizeof *r);
    r->w.t = t;
    ex_writer *w = &r->w;
    ex_writer_line(w, 1);
    ex_writer_put(w, "{", 1);
    bool docstring = false, titled = false;
    const char *docquotes = "\"\"\"";
    int depth = 0; /* inside a data literal: its open brackets */
    uint32_t no = 0;
    for (size_t a = 0; a < t->len;) {
        ex_bytes l = ex_next_line(t->buf, t->len, &a);
        no++;
        ex_writer_line(w, no);
        if (depth > 0) {
            put_literal(r, l, 0, &depth);
            if (depth <= 0) {
                depth = 0;
                ex_writer_put(w, ",", 1);
            }
            continue;
        }
        /* the module's docstring: its first line of text is the title,
         * the rest goes */
        bool opens = !titled && !docstring && no <= 3 &&
                     (ex_bytes_starts(l, 0, "\"\"\"") || ex_bytes_starts(l, 0, "'''"));
        if (docstring || opens) {
            const char *quotes = opens ? (l.s[0] == '"' ? "\"\"\"" : "'''") : docquotes;
            size_t from = opens ? 3 : 0, end = from;
            while (end + 3 <= l.n && memcmp(l.s + end, quotes, 3) != 0)
                end++;
            bool closes = end + 3 <= l.n;
            if (!closes)
                end = l.n;
            size_t a0 = from;
            while (a0 < end && l.s[a0] == ' ')
                a0++;
            if (!titled && end > a0) {
                ex_writer_str(w, "\"title\": ");
                put_plain_string(w, l.s + a0, end - a0);
                ex_writer_put(w, ",", 1);
                titled = true;
            }
            docstring = !closes;
            docquotes = quotes;
            if (closes)
                titled = true; /* (an empty docstring has no title either) */
            continue;
        }
        size_t e, v;
        if (!constant_assignment(l, &e, &v))
            continue; /* code, imports, comments: no data */
        if (l.s[v] == '(' || (l.s[v] >= 'A' && l.s[v] <= 'Z')) {
            remember_constant(r, l, e, v);
            continue;
        }
        if (l.s[v] != '[' && l.s[v] != '{')
            continue;
        /* '"summits": [' (the name in lower case, as a list's key is) */
        char key[64];
        size_t n = e < sizeof key ? e : sizeof key - 1;
        for (size_t k = 0; k < n; k++)
            key[k] = ex_ascii_lower(l.s[k]);
        put_plain_string(w, key, n);
        ex_writer_str(w, ": ");
        put_literal(r, l, v, &depth);
        if (depth <= 0) {
            depth = 0;
            ex_writer_put(w, ",", 1);
        }
    }
    ex_writer_line(w, no);
    ex_writer_put(w, "}", 1);
    ex_writer w2 = r->w;
    ex_free(t->mem, r);
    return ex_writer_finish(&w2, t);
}
