/* A PHP file of data (a Laravel config, a seeder) read as the JSON it
 * holds, then as JSON is read:
 *
 *   <?php                                      (gone)
 *   use Illuminate\Support\Carbon;             (gone: code)
 *   return [                                   {
 *       'series' => 'N5',                        "series": "N5",
 *       'summits' => [                           "summits": [
 *           [                                      {
 *               'city' => 'Oslo', // host           "city": "Oslo",
 *               'start' => Carbon::parse('2019-11-04'),  "start": "2019-11-04",
 *               'members' => ['NO', 'LV'],           "members": ["NO", "LV"],
 *               'venue' => null,                     "venue": null,
 *           ],                                     },
 *           // ['city' => 'Bergen'],             (gone: comments)
 *       ],                                       ],
 *   ];                                         }
 *
 * The data is the array the file returns or first assigns ("return [",
 * "$summits = [", "array("); an array whose first item has a string's key
 * ("'k' =>") is an object, one keyed by numbers ("2019 => [...]") a list.
 * A call of one string ("Carbon::parse('...')", "new DateTime('...')") is
 * that string; Carbon::create(2019, 11, 4) the day; a heredoc, a string
 * over lines, a constant or any other expression null; an expression of
 * several parts ("'a' . 'b'") is read no further than its first. Each
 * line written keeps the file line it came from (ex_writer). */
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include "extract_internal.h"

enum { MAX_DEPTH = 64 };

typedef struct php_reader {
    ex_writer w;
    char closer[MAX_DEPTH]; /* per open array: ']' or ')' in the source */
    bool object[MAX_DEPTH]; /* per open array: written as a JSON object */
    int depth;              /* open arrays; -1 before the data, 0 after it */
    bool block_comment;     /* inside a slash-star comment */
    char open_quote;        /* inside a string going on over lines: its quote */
    char heredoc[32];       /* inside a heredoc: the label that ends it */
} php_reader;

bool ex_is_php(const char *buf, size_t len)
{
    size_t a = 0;
    while (a < len && (buf[a] == ' ' || buf[a] == '\n'))
        a++;
    if (!ex_starts_nocase(buf + a, len - a, "<?php"))
        return false;
    size_t lines = 0, pairs = 0;
    while (a < len && lines < 400) {
        ex_bytes l = ex_next_line(buf, len, &a);
        lines++;
        for (size_t k = 0; k + 1 < l.n; k++)
            if (l.s[k] == '=' && l.s[k + 1] == '>') {
                pairs++;
                break;
            }
    }
    return pairs >= 5;
}

/* A character of a name: "Carbon::parse", "\\DateTime", "$x", "PHP_EOL" */
static bool name_char(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
           c == '_' || c == '\\' || c == ':' || c == '$';
}

static size_t skip_spaces(ex_bytes l, size_t k)
{
    while (k < l.n && l.s[k] == ' ')
        k++;
    return k;
}


/* Writes the string literal l.s[k, e) in JSON's double quotes: in single
 * quotes only \' and \\ are escapes, any other backslash is itself; in
 * double quotes \n, \t, \" and the like are read. */
static void put_string(ex_writer *w, ex_bytes l, size_t k, size_t e)
{
    bool single = l.s[k] == '\'';
    ex_writer_put(w, "\"", 1);
    size_t to = e > k + 1 && l.s[e - 1] == l.s[k] ? e - 1 : e;
    for (size_t i = k + 1; i < to; i++) {
        char ch = l.s[i], next = 0;
        if (i + 1 < to)
            next = l.s[i + 1];
        if (ch == '\\' && next && (next == l.s[k] || next == '\\' || (!single && next == '$'))) {
            ex_writer_put(w, next == '"' ? "\\\"" : next == '\\' ? "\\\\" : &l.s[i + 1],
                          next == '"' || next == '\\' ? 2 : 1);
            i++;
        } else if (ch == '\\' && !single && (next == 'n' || next == 't' || next == 'r')) {
            ex_writer_put(w, next == 'n' ? "\\n" : next == 't' ? "\\t" : "\\r", 2);
            i++;
        } else if (ch == '"' || ch == '\\') {
            ex_writer_put(w, ch == '"' ? "\\\"" : "\\\\", 2);
        } else {
            ex_writer_put(w, l.s + i, 1);
        }
    }
    ex_writer_put(w, "\"", 1);
}

/* Does the array opening before s[k] start with an item of a string's
 * key ("'k' =>"), perhaps on a line below, past comments? (It looks 4 KiB
 * ahead at most.) An array keyed by numbers is a list. */
static bool keyed(const char *s, size_t len, size_t k)
{
    size_t end = len - k > 4096 ? k + 4096 : len;
    for (;;) {
        while (k < end && (s[k] == ' ' || s[k] == '\n'))
            k++;
        if (k < end && (s[k] == '#' || (s[k] == '/' && k + 1 < end && s[k + 1] == '/'))) {
            while (k < end && s[k] != '\n')
                k++;
        } else if (k + 1 < end && s[k] == '/' && s[k + 1] == '*') {
            for (k += 2; k + 1 < end && !(s[k] == '*' && s[k + 1] == '/');)
                k++;
            k += 2;
        } else {
            break;
        }
    }
    if (k >= end || (s[k] != '\'' && s[k] != '"'))
        return false; /* (keys of numbers, "2019 => [...]", make a list) */
    char q = s[k++];
    while (k < end && s[k] != q && s[k] != '\n')
        k += s[k] == '\\' ? 2 : 1;
    k++;
    while (k < end && s[k] == ' ')
        k++;
    return k + 1 < end && s[k] == '=' && s[k + 1] == '>';
}

/* "(2019, 11, 4)" at l.s[k]: the day as "\"2019-11-04\"" in out and the
 * index past the ')', or 0. */
static size_t create_call(ex_bytes l, size_t k, char out[32])
{
    int ymd[3];
    if (k >= l.n || l.s[k] != '(')
        return 0;
    k++;
    for (int part = 0; part < 3; part++) {
        k = skip_spaces(l, k);
        int v = 0, digits = 0;
        for (; k < l.n && l.s[k] >= '0' && l.s[k] <= '9' && digits < 4; k++, digits++)
            v = v * 10 + (l.s[k] - '0');
        if (!digits)
            return 0;
        ymd[part] = v;
        k = skip_spaces(l, k);
        if (k >= l.n || l.s[k] != (part < 2 ? ',' : ')'))
            return 0;
        k++;
    }
    if (ymd[0] < 1000 || ymd[1] < 1 || ymd[1] > 12 || ymd[2] < 1 || ymd[2] > 31)
        return 0;
    snprintf(out, 32, "\"%04d-%02d-%02d\"", ymd[0], ymd[1], ymd[2]);
    return k;
}

/* The end of a call's arguments and of the method calls chained to it
 * ("Carbon::parse('...')->startOfDay()"): l.s[k] opens them; on this line. */
static size_t call_end(ex_bytes l, size_t k)
{
    while (k < l.n && l.s[k] == '(') {
        int open = 0;
        for (; k < l.n; k++) {
            open += l.s[k] == '(';
            open -= l.s[k] == ')';
            if (open == 0) {
                k++;
                break;
            }
        }
        if (k + 1 < l.n && l.s[k] == '-' && l.s[k + 1] == '>') {
            k += 2;
            while (k < l.n && name_char(l.s[k]))
                k++;
        }
    }
    return k;
}

/* Writes the value a name at l.s[k, e) gives (a call's arguments at
 * l.s[after] if any) and returns the index past it: a call of one string
 * ("Carbon::parse('2019-11-04')") that string, a call of a day's numbers
 * ("Carbon::create(2019, 11, 4)") the day, true and false as they are,
 * else null (null, a constant, what only running the code would tell). */
static size_t past_call(ex_writer *w, ex_bytes l, size_t k, size_t e, size_t after)
{
    bool call = after < l.n && l.s[after] == '(';
    char day[32];
    if (call && create_call(l, after, day)) {
        ex_writer_str(w, day);
        return call_end(l, after);
    }
    size_t q = call ? skip_spaces(l, after + 1) : l.n;
    if (q < l.n && (l.s[q] == '\'' || l.s[q] == '"')) {
        size_t se = ex_bytes_quote_end(l, q), c = skip_spaces(l, se);
        if (c < l.n && l.s[c] == ')') {
            put_string(w, l, q, se);
            return call_end(l, after);
        }
    }
    if ((e - k == 4 && ex_starts_nocase(l.s + k, 4, "true")) ||
        (e - k == 5 && ex_starts_nocase(l.s + k, 5, "false")))
        ex_writer_put(w, e - k == 4 ? "true" : "false", e - k);
    else
        ex_writer_str(w, "null");
    return call ? call_end(l, after) : e;
}

/* Opens an array whose first item follows l.s[k] (perhaps lines below). */
static void open_array(php_reader *r, ex_bytes l, size_t k, char closer)
{
    const char *buf = r->w.t->buf;
    bool object = keyed(buf, r->w.t->len, (size_t)(l.s - buf) + k);
    if (r->depth < MAX_DEPTH) {
        r->closer[r->depth] = closer;
        r->object[r->depth] = object;
    }
    r->depth++;
    ex_writer_put(&r->w, object ? "{" : "[", 1);
}

/* The end of the value at l.s[k]: the next ',', closing bracket, "=>" or
 * comment outside brackets and strings, or the line's end ("'a' . 'b'",
 * "Mode::InPerson->value" are read no further than their first part). */
static size_t value_end(ex_bytes l, size_t k)
{
    int open = 0;
    while (k < l.n) {
        char ch = l.s[k];
        if (ch == '\'' || ch == '"') {
            k = ex_bytes_quote_end(l, k);
            continue;
        }
        if (open == 0 && (ch == ',' || ch == ']' || ch == ')' || ch == '#' ||
                          (ch == '=' && k + 1 < l.n && l.s[k + 1] == '>') ||
                          (ch == '/' && k + 1 < l.n && (l.s[k + 1] == '/' || l.s[k + 1] == '*'))))
            return k;
        open += (ch == '(' || ch == '[') - (ch == ')' || ch == ']');
        k++;
    }
    return k;
}

/* Is l.s[k..] "=>" after spaces? The index past it in *past. */
static bool arrow_after(ex_bytes l, size_t k, size_t *past)
{
    k = skip_spaces(l, k);
    *past = k + 2;
    return k + 1 < l.n && l.s[k] == '=' && l.s[k + 1] == '>';
}

/* A key of a number or a constant ("2019 =>"): written as a string in an
 * object, left out in a list; the index past its "=>". */
static size_t put_bare_key(php_reader *r, ex_bytes l, size_t k, size_t e, size_t past)
{
    bool object = r->depth <= MAX_DEPTH && r->object[r->depth - 1];
    if (object) {
        ex_writer_put(&r->w, "\"", 1);
        ex_writer_put(&r->w, l.s + k, e - k);
        ex_writer_put(&r->w, "\":", 2);
    }
    return past;
}

/* Writes a number at l.s[k] (a plain one, "7" or "-1.5"; any other,
 * "1_500_000" or "0x1F", null), or its key; the index past it. */
static size_t put_number(php_reader *r, ex_bytes l, size_t k)
{
    size_t e = k + (l.s[k] == '-');
    bool plain = true, dot = false;
    for (; e < l.n && (name_char(l.s[e]) || l.s[e] == '.'); e++) {
        bool digit = l.s[e] >= '0' && l.s[e] <= '9';
        plain = plain && (digit || (l.s[e] == '.' && !dot));
        dot = dot || l.s[e] == '.';
    }
    size_t past;
    if (arrow_after(l, e, &past))
        return put_bare_key(r, l, k, e, past);
    if (plain && l.s[e - 1] != '.')
        ex_writer_put(&r->w, l.s + k, e - k);
    else
        ex_writer_str(&r->w, "null");
    return value_end(l, e);
}

/* Heredoc "<<<TXT", "<<<'TXT'" or "<<<\"TXT\"" at l.s[k]: its label into
 * r->heredoc; false if there is none. */
static bool heredoc_opens(php_reader *r, ex_bytes l, size_t k)
{
    if (!ex_bytes_starts(l, k, "<<<"))
        return false;
    size_t a = k + 3 + (k + 3 < l.n && (l.s[k + 3] == '\'' || l.s[k + 3] == '"')), e = a;
    while (e < l.n && (name_char(l.s[e]) && l.s[e] != ':' && l.s[e] != '$'))
        e++;
    if (e == a || e - a >= sizeof r->heredoc)
        return false;
    memcpy(r->heredoc, l.s + a, e - a);
    r->heredoc[e - a] = '\0';
    return true;
}

/* Where the data goes on in line l after a text over lines ends on it (a
 * heredoc's label, a string's closing quote), or l.n if it does not. */
static size_t text_ends(php_reader *r, ex_bytes l)
{
    if (r->heredoc[0]) {
        size_t k = skip_spaces(l, 0), n = strlen(r->heredoc);
        if (!ex_bytes_starts(l, k, r->heredoc) || (k + n < l.n && name_char(l.s[k + n])))
            return l.n;
        r->heredoc[0] = '\0';
        return k + n;
    }
    for (size_t k = 0; k < l.n; k++) {
        if (l.s[k] == '\\') {
            k++;
        } else if (l.s[k] == r->open_quote) {
            r->open_quote = 0;
            return k + 1;
        }
    }
    return l.n;
}

/* Writes l.s[from..] of the data as JSON. */
static void put_data(php_reader *r, ex_bytes l, size_t from)
{
    ex_writer *w = &r->w;
    if (r->heredoc[0] || r->open_quote)
        from = text_ends(r, l); /* (its value was written: null) */
    for (size_t k = from; k < l.n && r->depth > 0;) {
        if (r->block_comment) {
            while (k + 1 < l.n && !(l.s[k] == '*' && l.s[k + 1] == '/'))
                k++;
            if (k + 1 >= l.n)
                return;
            r->block_comment = false;
            k += 2;
            continue;
        }
        char ch = l.s[k];
        if (ch == '#' || (ch == '/' && k + 1 < l.n && l.s[k + 1] == '/'))
            return; /* a comment, to the line's end */
        if (ch == '/' && k + 1 < l.n && l.s[k + 1] == '*') {
            r->block_comment = true;
            k += 2;
            continue;
        }
        if (ch == '\'' || ch == '"') {
            size_t e = ex_bytes_quote_end(l, k);
            size_t past;
            bool closed = e > k + 1 && l.s[e - 1] == ch && (e < k + 3 || l.s[e - 2] != '\\' ||
                                                            (e >= k + 4 && l.s[e - 3] == '\\'));
            if (!closed) { /* a string going on over lines: no value here */
                ex_writer_str(w, "null");
                r->open_quote = ch;
                return;
            }
            put_string(w, l, k, e);
            k = arrow_after(l, e, &past) ? e : value_end(l, e);
            continue;
        }
        if (heredoc_opens(r, l, k)) {
            ex_writer_str(w, "null");
            return;
        }
        if (ch == '=' && k + 1 < l.n && l.s[k + 1] == '>') {
            ex_writer_put(w, ":", 1);
            k += 2;
            continue;
        }
        if (ch == '[') {
            open_array(r, l, k + 1, ']');
            k++;
            continue;
        }
        if (ch == ']' || ch == ')') {
            if (r->depth <= MAX_DEPTH && r->closer[r->depth - 1] != ch) {
                k++; /* (a call's, written over a line break) */
                continue;
            }
            r->depth--;
            bool object = r->depth < MAX_DEPTH && r->object[r->depth];
            ex_writer_put(w, object ? "}" : "]", 1);
            k++;
            continue;
        }
        if ((ch >= '0' && ch <= '9') ||
            (ch == '-' && k + 1 < l.n && l.s[k + 1] >= '0' && l.s[k + 1] <= '9')) {
            k = put_number(r, l, k);
            continue;
        }
        if (!name_char(ch)) {
            ex_writer_put(w, &l.s[k], 1); /* (',', spaces) */
            k++;
            continue;
        }
        size_t e = k;
        while (e < l.n && name_char(l.s[e]))
            e++;
        size_t after = skip_spaces(l, e), past;
        if (e - k == 5 && ex_starts_nocase(l.s + k, 5, "array") && after < l.n &&
            l.s[after] == '(') { /* "array(" ... ")" */
            open_array(r, l, after + 1, ')');
            k = after + 1;
            continue;
        }
        if (arrow_after(l, e, &past)) { /* a constant's key: "Key::NAME =>" */
            k = put_bare_key(r, l, k, e, past);
            continue;
        }
        if (e - k == 3 && ex_starts_nocase(l.s + k, 3, "new")) { /* "new DateTime(...)" */
            while (after < l.n && name_char(l.s[after]))
                after++;
            after = skip_spaces(l, after);
        }
        k = value_end(l, past_call(w, l, k, e, after));
    }
}

/* "return [", "return array(", "$summits = [": where the data opens on
 * line l (its '[' or '('), or l.n. */
static size_t data_opening(ex_bytes l)
{
    size_t k = skip_spaces(l, 0);
    if (ex_bytes_starts(l, k, "return ")) {
        k = skip_spaces(l, k + 7);
    } else if (k < l.n && l.s[k] == '$') {
        k++;
        while (k < l.n && name_char(l.s[k]) && l.s[k] != ':')
            k++;
        k = skip_spaces(l, k);
        if (k + 1 >= l.n || l.s[k] != '=' || l.s[k + 1] == '=' || l.s[k + 1] == '>')
            return l.n;
        k = skip_spaces(l, k + 1);
    } else {
        return l.n;
    }
    if (k < l.n && l.s[k] == '[')
        return k;
    if (ex_starts_nocase(l.s + k, l.n - k, "array")) {
        size_t p = skip_spaces(l, k + 5);
        return p < l.n && l.s[p] == '(' ? p : l.n;
    }
    return l.n;
}

bool ex_php(ex_text *t)
{
    php_reader *r = ex_malloc(t->mem, sizeof *r);
    if (!r)
        return false;
    memset(r, 0, sizeof *r);
    r->w.t = t;
    r->depth = -1;
    bool wrapped = false; /* the data is a list, written as {"items": [...]} */
    uint32_t no = 0;
    for (size_t a = 0; a < t->len;) {
        ex_bytes l = ex_next_line(t->buf, t->len, &a);
        no++;
        if (r->depth > 0) {
            ex_writer_line(&r->w, no);
            put_data(r, l, 0);
            continue;
        }
        if (r->depth == 0)
            break; /* (one array is the data) */
        /* (a comment between statements, slash-star to star-slash: no data) */
        bool in_comment = r->block_comment;
        for (size_t q = 0; q + 1 < l.n; q++)
            if (l.s[q] == '/' && l.s[q + 1] == '*')
                r->block_comment = true;
            else if (l.s[q] == '*' && l.s[q + 1] == '/')
                r->block_comment = false;
        if (in_comment)
            continue;
        size_t open = data_opening(l);
        if (open == l.n)
            continue;
        ex_writer_line(&r->w, no);
        wrapped = !keyed(t->buf, t->len, (size_t)(l.s - t->buf) + open + 1);
        if (wrapped)
            ex_writer_str(&r->w, "{\"items\": ");
        r->depth = 0;
        open_array(r, l, open + 1, l.s[open] == '[' ? ']' : ')');
        put_data(r, l, open + 1);
    }
    if (wrapped)
        ex_writer_str(&r->w, "}");
    ex_writer w = r->w;
    ex_free(t->mem, r);
    return ex_writer_finish(&w, t);
}
