/* The search query language: a small recursive-descent parser.
 *
 *   query  := or? end
 *   or     := and ("OR" and)*
 *   and    := unary ("AND"? unary)*
 *   unary  := "NOT" unary | "-" unary | atom
 *   atom   := "(" or ")" | "\"phrase\"" | field ":" value | word | word "*"
 *
 * Words are folded as record text is (fold.h), so the same word matches. */
#include "query.h"

#include <stdarg.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "error_internal.h"
#include "fold.h"
#include "summit/country.h"
#include "summit/record.h"
#include "vocab.h"

typedef struct parser {
    const char *q;
    size_t pos;
    arena *a;
    summit_error *err;
    bool failed;
    summit_status status;
    size_t depth;
    size_t max_depth;
} parser;

/* Reports a problem at byte offset `at` (column in characters). */
static qnode *vfail(parser *p, summit_status code, size_t at, const char *fmt, va_list ap)
    SUMMIT_PRINTF(4, 0);
static qnode *vfail(parser *p, summit_status code, size_t at, const char *fmt, va_list ap)
{
    if (p->failed)
        return NULL;
    p->failed = true;
    p->status = code;
    if (!p->err)
        return NULL;
    char message[256];
    vsnprintf(message, sizeof message, fmt, ap);
    error_set(p->err, code, "", "%s", message);
    uint32_t column = 1;
    for (size_t i = 0; i < at; i++)
        if (((unsigned char)p->q[i] & 0xC0) != 0x80)
            column++;
    p->err->line = 1;
    p->err->column = column;
    p->err->offset = at;
    return NULL;
}

static qnode *fail_at(parser *p, size_t at, const char *fmt, ...) SUMMIT_PRINTF(3, 4);
static qnode *fail_at(parser *p, size_t at, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    vfail(p, SUMMIT_ERR_QUERY, at, fmt, ap);
    va_end(ap);
    return NULL;
}

static qnode *fail_limit(parser *p, size_t at, const char *fmt, ...) SUMMIT_PRINTF(3, 4);
static qnode *fail_limit(parser *p, size_t at, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    vfail(p, SUMMIT_ERR_LIMIT, at, fmt, ap);
    va_end(ap);
    return NULL;
}

static qnode *nomem(parser *p)
{
    if (!p->failed && p->err)
        error_set(p->err, SUMMIT_ERR_NOMEM, "", "out of memory");
    if (!p->failed)
        p->status = SUMMIT_ERR_NOMEM;
    p->failed = true;
    return NULL;
}

static qnode *node(parser *p, qkind kind)
{
    qnode *n = arena_calloc(p->a, sizeof *n);
    if (!n)
        return nomem(p);
    n->kind = kind;
    n->fields = FIELD_ALL;
    return n;
}

static bool is_space(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

static void skip_spaces(parser *p)
{
    while (is_space(p->q[p->pos]))
        p->pos++;
}

/* A bare token: up to white space, a parenthesis or a quote. */
static size_t token_end(const parser *p, size_t from)
{
    size_t i = from;
    while (p->q[i] && !is_space(p->q[i]) && p->q[i] != '(' && p->q[i] != ')' && p->q[i] != '"')
        i++;
    return i;
}

static bool is_keyword(const parser *p, const char *word)
{
    size_t n = strlen(word);
    return strncmp(p->q + p->pos, word, n) == 0 && token_end(p, p->pos) == p->pos + n;
}

/* Folds text[0..len) into words; *count may be 0 (only punctuation). */
static bool fold_into_words(parser *p, const char *text, size_t len, size_t at, const char ***words,
                            size_t *count)
{
    /* Folding may lengthen text up to about 11 times (U+FDFA); queries are short. */
    size_t cap = len * 16 + 16;
    char *folded = arena_alloc(p->a, cap);
    if (!folded)
        return nomem(p), false;
    size_t folded_len = fold_words(text, len, folded, cap);
    if (folded_len >= FOLD_TOO_SMALL) {
        fail_at(p, at, folded_len == FOLD_INVALID ? "the query is not valid UTF-8" : "a word of the query is too long");
        return false;
    }
    size_t n = 0;
    for (char *s = folded; *s; s++)
        if (*s == ' ')
            n++;
    n = *folded ? n + 1 : 0;
    const char **list = n ? arena_alloc(p->a, n * sizeof *list) : NULL;
    if (n && !list)
        return nomem(p), false;
    size_t k = 0;
    for (char *s = folded; n && *s;) {
        list[k++] = s;
        char *space = strchr(s, ' ');
        if (!space)
            break;
        *space = '\0';
        s = space + 1;
    }
    *words = list;
    *count = n;
    return true;
}

/* Text to match in `fields`: one word, or a phrase; a text that folds to
 * no word matches everything (it was only punctuation). */
static qnode *words_node(parser *p, const char *text, size_t len, size_t at, unsigned fields)
{
    const char **words;
    size_t count;
    if (!fold_into_words(p, text, len, at, &words, &count))
        return NULL;
    qnode *n = node(p, count ? Q_WORDS : Q_ALL);
    if (n) {
        n->words = words;
        n->word_count = count;
        n->fields = fields;
    }
    return n;
}

/* A quoted phrase starting at pos ('"'); *len gets its inside's length. */
static const char *read_quoted(parser *p, size_t *len)
{
    size_t open = p->pos;
    const char *close = strchr(p->q + open + 1, '"');
    if (!close) {
        fail_at(p, open, "unterminated phrase: no closing '\"'");
        return NULL;
    }
    *len = (size_t)(close - (p->q + open + 1));
    p->pos = (size_t)(close - p->q) + 1;
    return p->q + open + 1;
}

static qnode *year_node(parser *p, const char *v, size_t len, size_t at)
{
    char text[32];
    if (len == 0 || len >= sizeof text)
        return fail_at(p, at, "expected a year (2018) or a range (2015..2020, 2015.., ..2020)");
    memcpy(text, v, len);
    text[len] = '\0';
    int32_t from = 0, to = 9999;
    const char *dots = strstr(text, "..");
    const char *parts[2] = { text, dots ? dots + 2 : NULL };
    if (dots)
        text[dots - text] = '\0';
    for (int k = 0; k < 2; k++) {
        const char *s = parts[k];
        if (!s)
            continue;
        if (!*s && dots)
            continue; /* an open end */
        int32_t year = 0;
        size_t digits = 0;
        for (; s[digits]; digits++) {
            if (s[digits] < '0' || s[digits] > '9' || digits == 4)
                return fail_at(p, at, "expected a year (2018) or a range (2015..2020, 2015.., ..2020)");
            year = year * 10 + (s[digits] - '0');
        }
        if (digits != 4)
            return fail_at(p, at, "expected a year (2018) or a range (2015..2020, 2015.., ..2020)");
        if (k == 0)
            from = year;
        if (k == 1 || !dots)
            to = year;
    }
    if (dots && !*parts[0] && !*parts[1])
        return fail_at(p, at, "expected a year (2018) or a range (2015..2020, 2015.., ..2020)");
    if (from > to)
        return fail_at(p, at, "empty year range: %d is after %d", (int)from, (int)to);
    qnode *n = node(p, Q_YEAR);
    if (n) {
        n->year_from = from;
        n->year_to = to;
    }
    return n;
}

static const struct text_field {
    const char *name;
    unsigned fields;
} text_fields[] = {
    { "topic", FIELD_TOPICS }, { "series", FIELD_SERIES }, { "group", FIELD_GROUP },
    { "title", FIELD_TITLE },  { "theme", FIELD_THEME },
};

/* name:value, with pos at the value. */
static qnode *field_node(parser *p, const char *name, size_t name_len, size_t at)
{
    size_t value_at = p->pos;
    const char *v;
    size_t len;
    bool quoted = p->q[p->pos] == '"';
    if (quoted) {
        if (!(v = read_quoted(p, &len)))
            return NULL;
    } else {
        size_t end = token_end(p, p->pos);
        v = p->q + p->pos;
        len = end - p->pos;
        p->pos = end;
    }
    if (len == 0)
        return fail_at(p, value_at, "expected a value after \"%.*s:\"", (int)name_len, name);
    char copy[256];
    if (len >= sizeof copy)
        return fail_at(p, value_at, "the value of \"%.*s:\" is too long", (int)name_len, name);
    memcpy(copy, v, len);
    copy[len] = '\0';

#define FIELD_IS(s) (name_len == strlen(s) && memcmp(name, s, name_len) == 0)
    if (FIELD_IS("country") || FIELD_IS("host")) {
        const char *code = summit_country_code(copy);
        if (!code)
            return fail_at(p, value_at, "unknown country \"%s\"", copy);
        qnode *n = node(p, FIELD_IS("host") ? Q_HOST : Q_COUNTRY);
        if (n)
            n->text = code;
        return n;
    }
    if (FIELD_IS("year"))
        return year_node(p, copy, len, value_at);
    if (FIELD_IS("mode")) {
        int32_t mode = vocab_lookup(&vocab_mode, copy, len);
        if (mode <= 0)
            return fail_at(p, value_at, "expected a mode: in-person, virtual or hybrid");
        qnode *n = node(p, Q_MODE);
        if (n)
            n->mode = mode;
        return n;
    }
    if (FIELD_IS("id")) {
        qnode *n = node(p, Q_ID);
        if (n && !(n->text = arena_strndup(p->a, copy, len)))
            return nomem(p);
        return n;
    }
    for (size_t i = 0; i < sizeof text_fields / sizeof text_fields[0]; i++)
        if (FIELD_IS(text_fields[i].name)) {
            qnode *n = words_node(p, copy, len, value_at, text_fields[i].fields);
            if (n && n->kind == Q_ALL)
                return fail_at(p, value_at, "expected a word or phrase after \"%s:\"", text_fields[i].name);
            return n;
        }
#undef FIELD_IS
    return fail_at(p, at,
                   "unknown field \"%.*s\" (fields: country, host, year, mode, id, topic, series, "
                   "group, title, theme)",
                   (int)name_len, name);
}

static qnode *parse_or(parser *p);

static qnode *parse_atom(parser *p)
{
    skip_spaces(p);
    size_t at = p->pos;
    char c = p->q[at];
    if (c == '\0')
        return fail_at(p, at, "expected a word, phrase, filter or '(' at the end of the query");
    if (c == ')')
        return fail_at(p, at, "unexpected ')'");
    if (c == '(') {
        if (++p->depth > p->max_depth)
            return fail_limit(p, at, "parentheses and negations nested deeper than max_query_depth (%zu)",
                              p->max_depth);
        p->pos++;
        skip_spaces(p);
        if (p->q[p->pos] == ')')
            return fail_at(p, at, "empty parentheses");
        qnode *inner = parse_or(p);
        if (!inner)
            return NULL;
        skip_spaces(p);
        if (p->q[p->pos] != ')')
            return fail_at(p, at, "missing ')' for this '('");
        p->pos++;
        p->depth--;
        return inner;
    }
    if (c == '"') {
        size_t len;
        const char *v = read_quoted(p, &len);
        return v ? words_node(p, v, len, at + 1, FIELD_ALL) : NULL;
    }
    size_t end = token_end(p, at);
    const char *colon = memchr(p->q + at, ':', end - at);
    if (colon) {
        size_t name_len = (size_t)(colon - (p->q + at));
        bool name_ok = name_len > 0;
        for (size_t i = 0; i < name_len; i++)
            name_ok = name_ok && p->q[at + i] >= 'a' && p->q[at + i] <= 'z';
        if (name_ok) {
            p->pos = (size_t)(colon - p->q) + 1;
            return field_node(p, p->q + at, name_len, at);
        }
    }
    p->pos = end;
    if (end - at > 1 && p->q[end - 1] == '*') {
        qnode *n = words_node(p, p->q + at, end - at - 1, at, FIELD_ALL);
        if (!n)
            return NULL;
        if (n->kind != Q_WORDS || n->word_count != 1)
            return fail_at(p, at, "a prefix search (word*) needs exactly one word before the '*'");
        n->kind = Q_PREFIX;
        return n;
    }
    return words_node(p, p->q + at, end - at, at, FIELD_ALL);
}

static qnode *parse_unary(parser *p)
{
    skip_spaces(p);
    size_t at = p->pos;
    bool dash = p->q[at] == '-' && p->q[at + 1] && !is_space(p->q[at + 1]);
    if (dash || is_keyword(p, "NOT")) {
        p->pos += dash ? 1 : 3;
        skip_spaces(p);
        if (!p->q[p->pos] || p->q[p->pos] == ')' || is_keyword(p, "OR"))
            return fail_at(p, at, "expected something to exclude after %s", dash ? "'-'" : "NOT");
        if (++p->depth > p->max_depth)
            return fail_limit(p, at, "parentheses and negations nested deeper than max_query_depth (%zu)",
                              p->max_depth);
        qnode *inner = parse_unary(p);
        p->depth--;
        if (!inner)
            return NULL;
        qnode *n = node(p, Q_NOT);
        if (!n || !(n->kids = arena_alloc(p->a, sizeof *n->kids)))
            return nomem(p);
        n->kids[0] = inner;
        n->kid_count = 1;
        return n;
    }
    return parse_atom(p);
}

/* A list of nodes joined by `kind`, growing in the arena. */
static qnode *join(parser *p, qkind kind, qnode **items, size_t count)
{
    if (count == 1)
        return items[0];
    qnode *n = node(p, kind);
    if (!n || !(n->kids = arena_alloc(p->a, count * sizeof *n->kids)))
        return nomem(p);
    memcpy(n->kids, items, count * sizeof *items);
    n->kid_count = count;
    return n;
}

/* Collects clauses into a scratch list in the arena (doubling). */
static bool push(parser *p, qnode ***items, size_t *count, size_t *cap, qnode *item)
{
    if (*count == *cap) {
        size_t new_cap = *cap ? *cap * 2 : 8;
        qnode **bigger = arena_alloc(p->a, new_cap * sizeof *bigger);
        if (!bigger)
            return nomem(p), false;
        if (*count)
            memcpy(bigger, *items, *count * sizeof *bigger);
        *items = bigger;
        *cap = new_cap;
    }
    (*items)[(*count)++] = item;
    return true;
}

static qnode *parse_and(parser *p)
{
    qnode **items = NULL;
    size_t count = 0, cap = 0;
    for (;;) {
        skip_spaces(p);
        char c = p->q[p->pos];
        if (c == '\0' || c == ')' || is_keyword(p, "OR"))
            break;
        if (is_keyword(p, "AND")) {
            size_t at = p->pos;
            p->pos += 3;
            skip_spaces(p);
            if (count == 0 || !p->q[p->pos] || p->q[p->pos] == ')' || is_keyword(p, "OR") ||
                is_keyword(p, "AND"))
                return fail_at(p, at, "AND needs something on both sides");
            continue;
        }
        qnode *n = parse_unary(p);
        if (!n || !push(p, &items, &count, &cap, n))
            return NULL;
    }
    if (count == 0)
        return fail_at(p, p->pos, "expected a word, phrase, filter or '('");
    return join(p, Q_AND, items, count);
}

static qnode *parse_or(parser *p)
{
    qnode **items = NULL;
    size_t count = 0, cap = 0;
    for (;;) {
        skip_spaces(p);
        size_t at = p->pos;
        if (count > 0 && !is_keyword(p, "OR"))
            break;
        if (count > 0) {
            p->pos += 2;
            skip_spaces(p);
            if (!p->q[p->pos] || p->q[p->pos] == ')' || is_keyword(p, "OR"))
                return fail_at(p, at, "OR needs something on both sides");
        } else if (is_keyword(p, "OR"))
            return fail_at(p, at, "OR needs something on both sides");
        qnode *n = parse_and(p);
        if (!n || !push(p, &items, &count, &cap, n))
            return NULL;
    }
    return join(p, Q_OR, items, count);
}

summit_status query_parse(const char *query, const summit_load_options *limits, arena *a,
                          qnode **out, summit_error *err)
{
    parser p = { query, 0, a, err, false, SUMMIT_OK, 0, limits->max_query_depth };
    *out = NULL;
    size_t max = limits->max_query_bytes, n = 0;
    while (n <= max && query[n]) /* strnlen() is not C99 */
        n++;
    if (n > max) {
        fail_limit(&p, max, "query longer than max_query_bytes (%zu)", max);
        return p.status;
    }
    skip_spaces(&p);
    qnode *root = p.q[p.pos] ? parse_or(&p) : node(&p, Q_ALL);
    if (root && !p.failed) {
        skip_spaces(&p);
        if (p.q[p.pos] == ')')
            root = fail_at(&p, p.pos, "unexpected ')'");
    }
    if (!root || p.failed)
        return p.status;
    *out = root;
    return SUMMIT_OK;
}
