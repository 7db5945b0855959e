/* A TOML or INI data file (a static site's event page, say) read as the
 * YAML the extractor knows:
 *
 *   [event]                          event:
 *   title = "9th ... Summit"         title:   9th ... Summit
 *   start_date = 2022-11-01     ->   start_date: 2022-11-01
 *   [event.chair]                          chair:
 *   name = "Lee Sang-min"            name:   Lee Sang-min
 *   [[event.members]]                        members:
 *
 * A key's " = " is its ":"; a table's header is its last name as a
 * "name:" line, a top-level table's near the margin (extract.c reads it as
 * an item, a record's), a subtable's indented under it; comments go, and
 * a string's quotes, a multi-line
 * string's lines are text. Then its keys are read as YAML's (underscores,
 * languages). In place: the text keeps its length and its lines. */
#include <stdbool.h>
#include <stdint.h>
#include <string.h>

#include "extract_internal.h"

static bool key_char(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
           c == '_' || c == '-' || c == '.';
}

/* Where the "=" of the line buf[a, b) is when it is a "key = value" line
 * (a bare key, perhaps dotted), else 0. *key_end gets the key's end. */
static size_t assignment(const char *buf, size_t a, size_t b, size_t *key_end)
{
    size_t i = a;
    while (i < b && buf[i] == ' ')
        i++;
    size_t k = i;
    while (k < b && key_char(buf[k]))
        k++;
    *key_end = k;
    while (k < b && buf[k] == ' ')
        k++;
    return k > i && *key_end > i && k < b && buf[k] == '=' && (k + 1 == b || buf[k + 1] != '=')
               ? k
               : 0;
}

/* Is the line buf[a, b) a table's header, "[event.chair]" or
 * "[[event.members]]", or an INI file's section, "[event:dn-seoul-2022]"
 * or '[remote "origin"]'? */
static bool table_header(const char *buf, size_t a, size_t b)
{
    while (a < b && buf[a] == ' ')
        a++;
    while (b > a && buf[b - 1] == ' ')
        b--;
    if (b - a < 3 || buf[a] != '[' || buf[b - 1] != ']')
        return false;
    size_t i = a + 1 + (buf[a + 1] == '['), e = b - 1 - (buf[b - 2] == ']');
    if (i >= e)
        return false;
    for (size_t k = i; k < e; k++)
        if (!key_char(buf[k]) && buf[k] != ':' && buf[k] != ' ' && buf[k] != '"')
            return false;
    return key_char(buf[i]);
}

/* Does a multi-line string ('"""' or "'''") open or close in buf[a, b)
 * an odd number of times? */
static bool toggles_string(const char *buf, size_t a, size_t b)
{
    size_t n = 0;
    for (size_t k = a; k + 3 <= b; k++)
        if ((memcmp(buf + k, "\"\"\"", 3) == 0 || memcmp(buf + k, "'''", 3) == 0)) {
            n++;
            k += 2;
        }
    return n % 2 == 1;
}

bool ex_is_toml(const char *buf, size_t len)
{
    size_t lines = 0, data = 0, keys = 0, tables = 0;
    bool in_string = false;
    for (size_t a = 0; a < len && lines < 400;) {
        const char *nl = memchr(buf + a, '\n', len - a);
        size_t b = nl ? (size_t)(nl - buf) : len, i = a, key_end;
        while (i < b && buf[i] == ' ')
            i++;
        lines++;
        if (in_string || i == b || buf[i] == '#' || buf[i] == ';') {
            data++; /* (a multi-line string's line, a blank line, a comment) */
        } else if (table_header(buf, a, b)) {
            data++;
            tables++;
        } else if (assignment(buf, a, b, &key_end)) {
            data++;
            keys++;
        }
        if (toggles_string(buf, a, b))
            in_string = !in_string;
        a = b + 1;
    }
    /* (a table or more, many keys, and nearly every line data) */
    return tables >= 1 && keys >= 8 && data * 10 >= lines * 9;
}

/* Blanks the quotes of the strings of a value buf[v, b): '"a", "b"' is
 * ' a ,  b ', an apostrophe inside a string stays. */
static void blank_quotes(char *buf, size_t v, size_t b)
{
    char quote = 0;
    for (size_t k = v; k < b; k++) {
        if (quote) {
            if (buf[k] == '\\' && quote == '"' && k + 1 < b) {
                k++;
                continue;
            }
            if (buf[k] != quote)
                continue;
            quote = 0;
            buf[k] = ' ';
        } else if (buf[k] == '#') {
            ex_blank_bytes(buf, k, b); /* a comment */
            return;
        } else if (buf[k] == '"' || buf[k] == '\'') {
            quote = buf[k];
            buf[k] = ' ';
        }
    }
}

void ex_blank_toml(char *buf, size_t len)
{
    bool in_string = false;
    for (size_t a = 0; a < len;) {
        const char *nl = memchr(buf + a, '\n', len - a);
        size_t b = nl ? (size_t)(nl - buf) : len, key_end;
        bool toggles = toggles_string(buf, a, b);
        size_t eq = in_string ? 0 : assignment(buf, a, b, &key_end);
        size_t i = a;
        while (i < b && buf[i] == ' ')
            i++;
        if (in_string) {
            /* a multi-line string's lines are text; its close goes */
        } else if (i < b && (buf[i] == '#' || buf[i] == ';')) {
            ex_blank_bytes(buf, a, b); /* a comment line */
        } else if (table_header(buf, a, b)) {
            /* "[event.chair]" -> "       chair:"; an INI file's
             * "[event:dn-seoul-2022]" -> " event:" (its kind) */
            size_t open = a;
            while (buf[open] != '[')
                open++;
            size_t close = b; /* past the last ']' */
            while (buf[close - 1] != ']')
                close--;
            size_t inner_end = close - 1 - (buf[close - 2] == ']'), name = open + 1;
            name += buf[name] == '[';
            size_t name_end = name;
            while (name_end < inner_end && key_char(buf[name_end]))
                name_end++;
            for (size_t k = name; k < name_end; k++)
                if (buf[k] == '.')
                    name = k + 1;
            ex_blank_bytes(buf, open, name);
            ex_blank_bytes(buf, name_end, close);
            buf[name_end] = ':';
        } else if (eq) {
            /* "key = value" -> "key:  value"; "a.b = 1" -> "a_b:  1" */
            for (size_t k = a; k < key_end; k++)
                if (buf[k] == '.')
                    buf[k] = '_';
            ex_blank_bytes(buf, key_end, eq + 1);
            buf[key_end] = ':';
            blank_quotes(buf, eq + 1, b);
        }
        if (toggles) { /* the '"""' that opens or closes a multi-line string */
            for (size_t k = a; k + 3 <= b; k++)
                if (memcmp(buf + k, "\"\"\"", 3) == 0 || memcmp(buf + k, "'''", 3) == 0)
                    ex_blank_bytes(buf, k, k + 3);
            in_string = !in_string;
        }
        a = b + 1;
    }
    /* (its comments are gone already: a "#" left is a string's, "#9") */
    ex_blank_keys(buf, len);
}
