/* The strict JSON layer of the reader: RFC 8259 checked byte by byte
 * (UTF-8, escapes, number grammar, control characters, depth, duplicate
 * keys), with every problem reported at its line, column and JSON Pointer.
 * parse.c builds summit records on top of it.
 *
 * Why not cJSON's parser: it accepts 17 of JSONTestSuite's must-reject
 * files, truncates strings at \u0000, keeps duplicate keys, turns numbers
 * into doubles (losing the digits `extra` must keep), reports no line or
 * column, allocates through process-wide hooks (no per-collection
 * allocator) and writes a global error variable on every call (a data race
 * between threads). Checking strictly *and then* building a cJSON tree
 * would read every byte twice and still need positions for schema errors.
 * Reading once, strictly, straight into the records is simpler and faster.
 *
 * Errors: syntax, limit and memory errors stop the reading ("fatal").
 * Schema problems are reported with the position of the offending value;
 * without an error_fn the first one stops the reading too; with one the
 * reading goes on, so a validator can list them all. */
#include "reader.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "arena.h"
#include "collection_internal.h"
#include "hex.h"
#include "json_reader.h"
#include "stream_check.h"
#include "swar.h"
#include "validate.h"

bool vec_reserve(reader *r, vec *v, size_t elem, size_t more)
{
    if (v->cap - v->len >= more)
        return true;
    if (more > SIZE_MAX / elem / 2 - v->len)
        return false; /* could never be held */
    size_t cap = v->cap ? v->cap * 2 : 16;
    while (cap - v->len < more)
        cap *= 2;
    if (cap > SIZE_MAX / elem)
        return false;
    void *p = r->alloc->realloc_fn(r->alloc->user, v->data, cap * elem);
    if (!p)
        return false;
    v->data = p;
    v->cap = cap;
    return true;
}

void vec_release(reader *r, vec *v)
{
    r->alloc->free_fn(r->alloc->user, v->data);
    v->data = NULL;
    v->len = v->cap = 0;
}

/* ---- error reports ------------------------------------------------------- */

void pointer_append(char *out, size_t cap, size_t *o, const char *s, size_t len)
{
    for (size_t i = 0; i < len && *o + 3 < cap; i++) {
        if (s[i] == '~' || s[i] == '/') {
            out[(*o)++] = '~';
            out[(*o)++] = s[i] == '~' ? '0' : '1';
        } else
            out[(*o)++] = s[i];
    }
    out[*o] = '\0';
}

/* The JSON Pointer of the current path from segment `from` on, then
 * `suffix` (already escaped). */
void format_pointer(const reader *r, size_t from, const char *suffix, char *out, size_t cap)
{
    char tmp[1024];
    size_t o = 0;
    tmp[0] = '\0';
    for (size_t i = from; i < r->path_len && o + 24 < sizeof tmp; i++) {
        const path_seg *s = &r->path[i];
        tmp[o++] = '/';
        if (s->kind == SEG_INDEX)
            o += (size_t)snprintf(tmp + o, sizeof tmp - o, "%zu", s->index);
        else if (s->kind == SEG_NAME)
            pointer_append(tmp, sizeof tmp, &o, s->name, s->len);
        else
            pointer_append(tmp, sizeof tmp, &o, r->keys.data + s->index, s->len);
    }
    tmp[o] = '\0';
    size_t n = strlen(suffix);
    if (o + n < sizeof tmp) {
        memcpy(tmp + o, suffix, n + 1);
        o += n;
    }
    copy_truncated(out, cap, tmp, o);
}

bool stops_reading(summit_status code)
{
    return code != SUMMIT_ERR_SCHEMA && code != SUMMIT_ERR_DUPLICATE_ID;
}

/* Hands one finished report to the caller: the first (or the first error
 * that stopped the reading) goes to *err, every one to error_fn. */
static void emit(reader *r, const summit_error *e)
{
    summit_status code = (summit_status)e->code;
    /* The error that stopped the reading (the input is not JSON, or too
     * big) outranks the schema problems found before it. */
    if (r->error_count++ == 0 || (stops_reading(code) && !stops_reading(r->first_status))) {
        r->first_status = code;
        if (r->err)
            *r->err = *e;
    }
    if (r->opts->error_fn)
        r->opts->error_fn(e, r->opts->error_user);
}

static int compare_offsets(const void *a, const void *b)
{
    const summit_error *x = a, *y = b;
    return x->offset < y->offset ? -1 : x->offset > y->offset;
}

/* Emits the current record's problems in the order they stand in the text
 * (reading finds structural problems before value checks). */
void flush_pending(reader *r)
{
    summit_error *e = r->pending.data;
    if (r->pending.len == 0)
        return;
    /* qsort is not stable: problems at the same offset may come in either
     * order, which no message depends on. */
    qsort(e, r->pending.len, sizeof *e, compare_offsets);
    for (size_t i = 0; i < r->pending.len; i++)
        emit(r, &e[i]);
    r->pending.len = 0;
}

void report(reader *r, summit_status code, size_t offset, const char *suffix,
                   const char *message)
{
    if (r->muted)
        return;
    summit_error e;
    memset(&e, 0, sizeof e);
    e.code = code;
    e.offset = offset;
    position_find(&r->pf, offset, &e.line, &e.column);
    format_pointer(r, 0, suffix, e.pointer, sizeof e.pointer);
    copy_truncated(e.message, sizeof e.message, message, strlen(message));
    /* While reading a record, hold its problems back to sort them: the first
     * in the text is the record's first, with or without error_fn (checks
     * on values run after the reading). An error that stops the reading
     * goes out at once. */
    if (!stops_reading(code) && r->record_start != SIZE_MAX &&
        vec_reserve(r, &r->pending, sizeof e, 1)) {
        ((summit_error *)r->pending.data)[r->pending.len++] = e;
        return;
    }
    flush_pending(r);
    emit(r, &e);
}

/* A fatal error: reported, and reading stops. Returns false for `return fail(...)`. */
bool fail(reader *r, summit_status code, size_t offset, const char *fmt, ...)
{
    char message[256];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(message, sizeof message, fmt, ap);
    va_end(ap);
    report(r, code, offset, "", message);
    r->fatal = true;
    return false;
}

bool fail_nomem(reader *r)
{
    return fail(r, SUMMIT_ERR_NOMEM, r->pos, "out of memory");
}

/* A schema problem about the value at `offset` (pointer: current path +
 * suffix). Returns false when reading must stop. */
bool record_problem(reader *r, summit_status code, size_t offset, const char *suffix,
                    const char *message)
{
    report(r, code, offset, suffix, message);
    r->record_bad = true;
    /* Without error_fn the reading stops, but only at the end of the
     * record, once all its problems are known (see report()). */
    if (!r->collect && r->record_start == SIZE_MAX)
        r->fatal = true;
    return !r->fatal;
}

bool problem(reader *r, size_t offset, const char *suffix, const char *fmt, ...)
{
    if (r->syntax_only)
        return true;
    char message[256];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(message, sizeof message, fmt, ap);
    va_end(ap);
    return record_problem(r, SUMMIT_ERR_SCHEMA, offset, suffix, message);
}

/* Marks the value at the current path as one the struct could not take. */
static void mark_hole(reader *r)
{
    if (r->record_start == SIZE_MAX || r->muted || r->syntax_only || r->in_key)
        return;
    if (r->hole_count == sizeof r->holes / sizeof r->holes[0]) {
        r->holes_overflowed = true;
        return;
    }
    format_pointer(r, r->record_path_len, "", r->holes[r->hole_count++], sizeof r->holes[0]);
}

/* Is `pointer` (relative to the record) a hole or inside one? */
bool in_hole(const reader *r, const char *pointer)
{
    for (size_t i = 0; i < r->hole_count; i++) {
        size_t n = strlen(r->holes[i]);
        if (strncmp(pointer, r->holes[i], n) == 0 && (pointer[n] == '\0' || pointer[n] == '/'))
            return true;
    }
    return false;
}

/* A schema problem that leaves the value out of the struct. */
bool hole_problem(reader *r, size_t offset, const char *fmt, ...)
{
    if (r->syntax_only)
        return true;
    char message[256];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(message, sizeof message, fmt, ap);
    va_end(ap);
    mark_hole(r);
    return problem(r, offset, "", "%s", message);
}

/* ---- lexical helpers ----------------------------------------------------- */

void skip_ws(reader *r)
{
    const char *b = r->buf;
    size_t p = r->pos, n = r->len;
    while (p < n && (b[p] == ' ' || b[p] == '\n' || b[p] == '\r' || b[p] == '\t'))
        p++;
    r->pos = p;
}

int peek(const reader *r)
{
    return r->pos < r->len ? (unsigned char)r->buf[r->pos] : -1;
}

/* What a value starting with c is, for messages; NULL when c starts none. */
const char *value_kind(int c)
{
    switch (c) {
    case '{': return "an object";
    case '[': return "an array";
    case '"': return "a string";
    case 't':
    case 'f': return "a boolean";
    case 'n': return "null";
    case '-': return "a number";
    default: return c >= '0' && c <= '9' ? "a number" : NULL;
    }
}

/* "expected X, got Y" for whatever stands at pos, as a syntax error. */
bool fail_expected(reader *r, const char *expected)
{
    int c = peek(r);
    if (c < 0)
        return fail(r, SUMMIT_ERR_SYNTAX, r->pos, "expected %s, got the end of the input", expected);
    if (c >= 0x20 && c < 0x7F)
        return fail(r, SUMMIT_ERR_SYNTAX, r->pos, "expected %s, got '%c'", expected, c);
    return fail(r, SUMMIT_ERR_SYNTAX, r->pos, "expected %s, got the byte 0x%02X", expected,
                (unsigned)c);
}

bool enter(reader *r)
{
    if (++r->depth > r->opts->max_depth)
        return fail(r, SUMMIT_ERR_LIMIT, r->pos,
                    "nesting deeper than max_depth (%u arrays and objects)",
                    (unsigned)r->opts->max_depth);
    return true;
}

void path_push(reader *r, seg_kind kind, const char *name, size_t len, size_t index)
{
    /* The path is as deep as the nesting, which enter() bounds; the array
     * was sized for that, so this never overflows. */
    if (r->path_len < r->path_cap) {
        path_seg s = { kind, name, len, index };
        r->path[r->path_len] = s;
    }
    r->path_len++;
}

int container_next(reader *r, char close, const char *expected, sbuf *out)
{
    skip_ws(r);
    if (peek(r) == ',') {
        r->pos++;
        if (out)
            sbuf_putc(out, ',');
        skip_ws(r);
        return 1;
    }
    if (peek(r) == close)
        return 0;
    fail_expected(r, expected);
    return -1;
}

void path_pop(reader *r)
{
    r->path_len--;
}

/* ---- strings ------------------------------------------------------------- */

/* 0: plain ASCII; 1: '"'; 2: '\\'; 3: control character; 4: non-ASCII. */
static const unsigned char string_class[256] = {
    3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3,
    ['"'] = 1, ['\\'] = 2,
    [0x80] = 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4,
    4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4,
    4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4,
    4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4,
    4, 4, 4,
};

/* The code unit of the \uXXXX at buf[i] (which is the backslash), or -1. */
static long read_u_escape(const reader *r, size_t i)
{
    if (r->len - i < 6 || r->buf[i] != '\\' || r->buf[i + 1] != 'u')
        return -1;
    long v = 0;
    for (size_t k = 2; k < 6; k++) {
        int h = hex_value(r->buf[i + k]);
        if (h < 0)
            return -1;
        v = v * 16 + h;
    }
    return v;
}

/* Checks the escape at buf[*i] (a backslash) and moves *i past it. */
static bool check_escape(reader *r, size_t *i)
{
    size_t at = *i;
    if (at + 1 >= r->len)
        return fail(r, SUMMIT_ERR_SYNTAX, at, "unterminated string: the input ends in an escape");
    char c = r->buf[at + 1];
    if (c != 'u') {
        if (!strchr("\"\\/bfnrt", c) || c == '\0') {
            if ((unsigned char)c >= 0x20 && (unsigned char)c < 0x7F)
                return fail(r, SUMMIT_ERR_SYNTAX, at, "invalid escape '\\%c' in a string", c);
            return fail(r, SUMMIT_ERR_SYNTAX, at, "invalid escape in a string (byte 0x%02X after '\\')",
                        (unsigned)(unsigned char)c);
        }
        *i = at + 2;
        return true;
    }
    long u = read_u_escape(r, at);
    if (u < 0)
        return fail(r, SUMMIT_ERR_SYNTAX, at, "invalid escape: \\u must be followed by four hex digits");
    *i = at + 6;
    if (u == 0)
        return hole_problem(r, at, "\\u0000 (NUL) is not allowed in strings");
    if (u >= 0xDC00 && u <= 0xDFFF)
        return hole_problem(r, at, "lone surrogate \\u%04lX: a low surrogate must follow a high one", u);
    if (u >= 0xD800 && u <= 0xDBFF) {
        long low = read_u_escape(r, at + 6);
        if (low < 0xDC00 || low > 0xDFFF)
            return hole_problem(r, at, "lone surrogate \\u%04lX: a high surrogate must be followed by "
                                      "a low one (\\uDC00-\\uDFFF)", u);
        *i = at + 12;
    }
    return true;
}

/* Scans the string starting at pos (a '"'), checking it completely. */
static bool scan_string(reader *r, str_span *s)
{
    size_t open = r->pos, i = open + 1, n = r->len;
    const unsigned char *b = (const unsigned char *)r->buf;
    bool escaped = false;
    size_t max_raw = stream_max_raw_string(r->opts->max_string_bytes);
    for (;;) {
#ifdef SUMMIT_HAVE_SWAR
        i = swar_skip_plain(b, i, n, true);
#endif
        while (i < n && string_class[b[i]] == 0)
            i++;
        /* Decided before the end is found, so that a file read in pieces
         * stops at an endless string (stream_check.c agrees on the count). */
        if (i - open > max_raw)
            return fail(r, SUMMIT_ERR_LIMIT, open,
                        "string longer than max_string_bytes (%zu): more than %zu bytes before its end",
                        r->opts->max_string_bytes, max_raw);
        if (i >= n)
            return fail(r, SUMMIT_ERR_SYNTAX, open,
                        "unterminated string: no closing '\"' before the end of the input");
        switch (string_class[b[i]]) {
        case 1:
            s->start = open + 1;
            s->end = i;
            s->escaped = escaped;
            r->pos = i + 1;
            return true;
        case 2:
            escaped = true;
            if (!check_escape(r, &i))
                return false;
            break;
        case 3:
            return fail(r, SUMMIT_ERR_SYNTAX, i,
                        "control character U+%04X in a string must be written as an escape",
                        (unsigned)b[i]);
        default: {
            size_t len = utf8_sequence_length(b + i, n - i);
            if (len == 0)
                return fail(r, SUMMIT_ERR_SYNTAX, i, "invalid UTF-8: byte 0x%02X in a string",
                            (unsigned)b[i]);
            i += len;
        }
        }
    }
}

static size_t put_utf8(char *out, unsigned long cp)
{
    if (cp < 0x80) {
        out[0] = (char)cp;
        return 1;
    }
    if (cp < 0x800) {
        out[0] = (char)(0xC0 | (cp >> 6));
        out[1] = (char)(0x80 | (cp & 0x3F));
        return 2;
    }
    if (cp < 0x10000) {
        out[0] = (char)(0xE0 | (cp >> 12));
        out[1] = (char)(0x80 | ((cp >> 6) & 0x3F));
        out[2] = (char)(0x80 | (cp & 0x3F));
        return 3;
    }
    out[0] = (char)(0xF0 | (cp >> 18));
    out[1] = (char)(0x80 | ((cp >> 12) & 0x3F));
    out[2] = (char)(0x80 | ((cp >> 6) & 0x3F));
    out[3] = (char)(0x80 | (cp & 0x3F));
    return 4;
}

/* Decodes a scanned string into out (room for s->end - s->start bytes is
 * enough: no escape decodes longer than it is written). Returns the length.
 * Problems were reported by scan_string; a lone surrogate becomes U+FFFD
 * and \u0000 is dropped, so the result is valid UTF-8 either way. */
static size_t decode_string(const reader *r, const str_span *s, char *out)
{
    const char *b = r->buf;
    size_t o = 0;
    for (size_t i = s->start; i < s->end;) {
        const char *bs = memchr(b + i, '\\', s->end - i);
        size_t plain = bs ? (size_t)(bs - (b + i)) : s->end - i;
        memcpy(out + o, b + i, plain);
        o += plain;
        i += plain;
        if (i >= s->end)
            break;
        char c = b[i + 1];
        if (c != 'u') {
            static const char from[] = "\"\\/bfnrt", to[] = "\"\\/\b\f\n\r\t";
            out[o++] = to[strchr(from, c) - from];
            i += 2;
            continue;
        }
        unsigned long u = (unsigned long)read_u_escape(r, i);
        i += 6;
        if (u >= 0xD800 && u <= 0xDBFF) {
            long low = i < s->end ? read_u_escape(r, i) : -1;
            if (low >= 0xDC00 && low <= 0xDFFF) {
                u = 0x10000 + ((u - 0xD800) << 10) + ((unsigned long)low - 0xDC00);
                i += 6;
            } else
                u = 0xFFFD;
        } else if (u >= 0xDC00 && u <= 0xDFFF)
            u = 0xFFFD;
        if (u != 0)
            o += put_utf8(out + o, u);
    }
    return o;
}

static bool check_string_limit(reader *r, size_t at, size_t decoded_len)
{
    if (decoded_len > r->opts->max_string_bytes)
        return fail(r, SUMMIT_ERR_LIMIT, at, "string of %zu bytes is longer than max_string_bytes (%zu)",
                    decoded_len, r->opts->max_string_bytes);
    return true;
}

/* Reads the string at pos into the collection's arena. */
bool read_string_to_arena(reader *r, const char **out)
{
    size_t at = r->pos;
    str_span s;
    if (!scan_string(r, &s))
        return false;
    size_t raw = s.end - s.start;
    char *dst = arena_alloc(&r->coll->arena, raw + 1);
    if (!dst)
        return fail_nomem(r);
    size_t n;
    if (s.escaped)
        n = decode_string(r, &s, dst);
    else {
        memcpy(dst, r->buf + s.start, raw);
        n = raw;
    }
    dst[n] = '\0';
    *out = dst;
    return check_string_limit(r, at, n);
}

/* Reads the string at pos into r->scratch (valid until the next use). */
bool read_string_to_scratch(reader *r, const char **out, size_t *out_len)
{
    size_t at = r->pos;
    str_span s;
    if (!scan_string(r, &s))
        return false;
    if (!s.escaped) {
        *out = r->buf + s.start;
        *out_len = s.end - s.start;
    } else {
        r->scratch.len = 0;
        if (!sbuf_reserve(&r->scratch, s.end - s.start + 1))
            return fail_nomem(r);
        *out_len = decode_string(r, &s, r->scratch.data);
        *out = r->scratch.data;
    }
    return check_string_limit(r, at, *out_len);
}

/* ---- any JSON value: checked, and written canonically to out ------------- */

bool scan_number(reader *r, bool *integer_syntax)
{
    const char *b = r->buf;
    size_t i = r->pos, n = r->len;
    if (b[i] == '-')
        i++;
    if (i >= n || b[i] < '0' || b[i] > '9') {
        r->pos = i;
        return fail_expected(r, "a digit in the number");
    }
    if (b[i] == '0') {
        i++;
        if (i < n && b[i] >= '0' && b[i] <= '9')
            return fail(r, SUMMIT_ERR_SYNTAX, i - 1, "leading zeros are not allowed in numbers");
    } else
        while (i < n && b[i] >= '0' && b[i] <= '9')
            i++;
    *integer_syntax = true;
    if (i < n && b[i] == '.') {
        i++;
        if (i >= n || b[i] < '0' || b[i] > '9') {
            r->pos = i;
            return fail_expected(r, "a digit after the decimal point");
        }
        while (i < n && b[i] >= '0' && b[i] <= '9')
            i++;
        *integer_syntax = false;
    }
    if (i < n && (b[i] == 'e' || b[i] == 'E')) {
        i++;
        if (i < n && (b[i] == '+' || b[i] == '-'))
            i++;
        if (i >= n || b[i] < '0' || b[i] > '9') {
            r->pos = i;
            return fail_expected(r, "a digit in the exponent");
        }
        while (i < n && b[i] >= '0' && b[i] <= '9')
            i++;
        *integer_syntax = false;
    }
    r->pos = i;
    return true;
}

static bool scan_literal(reader *r)
{
    static const char *const literals[] = { "true", "false", "null" };
    for (size_t k = 0; k < 3; k++) {
        size_t n = strlen(literals[k]);
        if (r->buf[r->pos] == literals[k][0]) {
            if (r->len - r->pos >= n && memcmp(r->buf + r->pos, literals[k], n) == 0) {
                r->pos += n;
                return true;
            }
            return fail(r, SUMMIT_ERR_SYNTAX, r->pos, "invalid literal: expected %s", literals[k]);
        }
    }
    return fail_expected(r, "a JSON value");
}

/* Duplicate member names in an `extra` object: checked as each name comes
 * for small objects, by sorting at the end for large ones (so a hostile
 * object with a million members costs n log n, not n squared). */
enum { LINEAR_KEY_CHECK = 32 };

static const char *key_bytes(const reader *r, const key_entry *k)
{
    return r->keys.data + k->keys_off;
}

static bool report_duplicate_key(reader *r, const key_entry *k)
{
    char shown[96], suffix[200] = "/";
    size_t o = 1;
    quote_for_message(shown, sizeof shown, key_bytes(r, k), k->len);
    pointer_append(suffix, sizeof suffix, &o, key_bytes(r, k), k->len);
    return problem(r, k->src_offset, suffix, "duplicate member name %s", shown);
}

/* qsort has no context argument, so entries carry their bytes while sorted. */
static int compare_key_entries(const void *a, const void *b)
{
    const key_entry *x = a, *y = b;
    if (x->len != y->len)
        return x->len < y->len ? -1 : 1;
    int c = memcmp(x->bytes, y->bytes, x->len);
    if (c)
        return c;
    return x->src_offset < y->src_offset ? -1 : x->src_offset > y->src_offset;
}

static bool check_duplicates_sorted(reader *r, size_t frame)
{
    key_entry *entries = (key_entry *)r->key_index.data + frame;
    size_t count = r->key_index.len - frame;
    /* The first LINEAR_KEY_CHECK names were checked as they came: a pair
     * whose later name is among them was reported already. */
    size_t checked_before = entries[LINEAR_KEY_CHECK].src_offset;
    for (size_t i = 0; i < count; i++)
        entries[i].bytes = key_bytes(r, &entries[i]);
    qsort(entries, count, sizeof *entries, compare_key_entries);
    for (size_t i = 1; i < count; i++)
        if (entries[i].len == entries[i - 1].len &&
            memcmp(entries[i].bytes, entries[i - 1].bytes, entries[i].len) == 0 &&
            entries[i].src_offset >= checked_before && !report_duplicate_key(r, &entries[i]))
            return false;
    return true;
}

static bool parse_object(reader *r, sbuf *out)
{
    if (!enter(r))
        return false;
    r->pos++;
    if (out)
        sbuf_putc(out, '{');
    size_t frame = r->key_index.len, keys_mark = r->keys.len;
    skip_ws(r);
    if (peek(r) == '}')
        goto done;
    for (;;) {
        if (peek(r) != '"')
            return fail_expected(r, "a member name (a string in double quotes)");
        size_t key_at = r->pos;
        str_span s = { 0, 0, false };
        r->in_key = true;
        bool key_ok = scan_string(r, &s);
        r->in_key = false;
        if (!key_ok)
            return false;
        /* Keep the decoded name: for the pointer, and (when writing) for
         * the duplicate check. */
        size_t raw = s.end - s.start;
        if (!sbuf_reserve(&r->keys, raw + 1) || !vec_reserve(r, &r->key_index, sizeof(key_entry), 1))
            return fail_nomem(r);
        key_entry k = { r->keys.len, 0, key_at, NULL };
        if (s.escaped)
            k.len = decode_string(r, &s, r->keys.data + r->keys.len);
        else {
            memcpy(r->keys.data + r->keys.len, r->buf + s.start, raw);
            k.len = raw;
        }
        r->keys.len += k.len;
        if (!check_string_limit(r, key_at, k.len))
            return false;
        if (out) {
            key_entry *entries = r->key_index.data;
            if (r->key_index.len - frame < LINEAR_KEY_CHECK)
                for (size_t i = frame; i < r->key_index.len; i++)
                    if (entries[i].len == k.len &&
                        memcmp(key_bytes(r, &entries[i]), key_bytes(r, &k), k.len) == 0 &&
                        !report_duplicate_key(r, &k))
                        return false;
            sbuf_put_json_string(out, key_bytes(r, &k), k.len);
            sbuf_putc(out, ':');
        }
        ((key_entry *)r->key_index.data)[r->key_index.len++] = k;
        path_push(r, SEG_KEYBUF, NULL, k.len, k.keys_off);
        skip_ws(r);
        if (peek(r) != ':')
            return fail_expected(r, "':' after the member name");
        r->pos++;
        skip_ws(r);
        bool ok = parse_value(r, out);
        path_pop(r);
        int next = ok ? container_next(r, '}', "',' or '}' after an object member", out) : -1;
        if (next < 0)
            return false;
        if (next == 0)
            break;
    }
    if (out && r->key_index.len - frame > LINEAR_KEY_CHECK && !check_duplicates_sorted(r, frame))
        return false;
done:
    r->pos++;
    if (out)
        sbuf_putc(out, '}');
    r->key_index.len = frame;
    r->keys.len = keys_mark;
    r->depth--;
    return true;
}

static bool parse_array(reader *r, sbuf *out)
{
    if (!enter(r))
        return false;
    r->pos++;
    if (out)
        sbuf_putc(out, '[');
    skip_ws(r);
    if (peek(r) != ']') {
        for (size_t i = 0;; i++) {
            path_push(r, SEG_INDEX, NULL, 0, i);
            bool ok = parse_value(r, out);
            path_pop(r);
            int next = ok ? container_next(r, ']', "',' or ']' after an array element", out) : -1;
            if (next < 0)
                return false;
            if (next == 0)
                break;
        }
    }
    r->pos++;
    if (out)
        sbuf_putc(out, ']');
    r->depth--;
    return true;
}

/* Checks the value at pos and, when out is not NULL, appends its canonical
 * form: no white space, strings with only the escapes JSON requires,
 * numbers with exactly the digits written, member order kept. */
bool parse_value(reader *r, sbuf *out)
{
    int c = peek(r);
    if (c == '{')
        return parse_object(r, out);
    if (c == '[')
        return parse_array(r, out);
    size_t start = r->pos;
    if (c == '"') {
        str_span s = { 0, 0, false };
        if (!scan_string(r, &s))
            return false;
        if (!out)
            return true;
        if (!s.escaped) {
            if (!check_string_limit(r, start, s.end - s.start))
                return false;
            sbuf_put_json_string(out, r->buf + s.start, s.end - s.start);
            return true;
        }
        r->scratch.len = 0;
        if (!sbuf_reserve(&r->scratch, s.end - s.start + 1))
            return fail_nomem(r);
        size_t n = decode_string(r, &s, r->scratch.data);
        if (!check_string_limit(r, start, n))
            return false;
        sbuf_put_json_string(out, r->scratch.data, n);
        return true;
    }
    bool ok;
    if (c == '-' || (c >= '0' && c <= '9')) {
        bool integer_syntax;
        ok = scan_number(r, &integer_syntax);
    } else if (c == 't' || c == 'f' || c == 'n')
        ok = scan_literal(r);
    else
        return fail_expected(r, "a JSON value");
    if (ok && out)
        sbuf_put(out, r->buf + start, r->pos - start);
    return ok;
}

bool skip_value(reader *r)
{
    return parse_value(r, NULL);
}

/* ---- the whole input ---------------------------------------------------- */

bool reader_init(reader *r, const char *buf, size_t len, const summit_load_options *opts,
                        const summit_allocator *alloc, summit_collection *coll, summit_error *err)
{
    memset(r, 0, sizeof *r);
    r->buf = buf;
    r->len = len;
    r->opts = opts;
    r->alloc = alloc;
    r->coll = coll;
    r->err = err;
    r->collect = opts->error_fn != NULL;
    sbuf_init(&r->scratch, alloc);
    sbuf_init(&r->extra_out, alloc);
    sbuf_init(&r->keys, alloc);
    position_init(&r->pf, buf, len, 0);
    position_init(&r->record_pf, buf, len, 0);
    r->record_start = SIZE_MAX;
    r->path_cap = (size_t)opts->max_depth + 4;
    r->path = alloc->malloc_fn(alloc->user, r->path_cap * sizeof *r->path);
    return r->path != NULL;
}

summit_status reader_finish(reader *r)
{
    sbuf_release(&r->scratch);
    sbuf_release(&r->extra_out);
    sbuf_release(&r->keys);
    vec_release(r, &r->key_index);
    vec_release(r, &r->strings);
    vec_release(r, &r->participants);
    vec_release(r, &r->documents);
    vec_release(r, &r->media);
    vec_release(r, &r->sources);
    vec_release(r, &r->record_offsets);
    vec_release(r, &r->record_lines);
    vec_release(r, &r->pending);
    r->alloc->free_fn(r->alloc->user, r->path);
    return r->error_count ? r->first_status : SUMMIT_OK;
}

/* UTF-8 only: a UTF-8 byte order mark is skipped with a warning; UTF-16
 * and UTF-32 (with or without a mark) are refused. */
bool check_encoding(reader *r)
{
    const unsigned char *b = (const unsigned char *)r->buf;
    size_t n = r->len;
    if (n >= 3 && b[0] == 0xEF && b[1] == 0xBB && b[2] == 0xBF) {
        r->pos = 3;
        position_init(&r->pf, r->buf, r->len, 3);
        position_init(&r->record_pf, r->buf, r->len, 3);
        if (r->opts->warning_fn) {
            summit_error w;
            memset(&w, 0, sizeof w);
            w.code = SUMMIT_OK;
            w.line = 1;
            w.column = 1;
            copy_truncated(w.message, sizeof w.message, "skipped a UTF-8 byte order mark", 31);
            r->opts->warning_fn(&w, r->opts->warning_user);
        }
        return true;
    }
    if ((n >= 4 && b[0] == 0 && b[1] == 0 && b[2] == 0xFE && b[3] == 0xFF) ||
        (n >= 4 && b[0] == 0xFF && b[1] == 0xFE && b[2] == 0 && b[3] == 0))
        return fail(r, SUMMIT_ERR_SYNTAX, 0, "the input is UTF-32; only UTF-8 is accepted");
    if (n >= 2 && ((b[0] == 0xFE && b[1] == 0xFF) || (b[0] == 0xFF && b[1] == 0xFE)))
        return fail(r, SUMMIT_ERR_SYNTAX, 0, "the input is UTF-16; only UTF-8 is accepted");
    if (n >= 2 && (b[0] == 0 || b[1] == 0))
        return fail(r, SUMMIT_ERR_SYNTAX, 0,
                    "the input looks like UTF-16 or UTF-32 (it has NUL bytes); only UTF-8 is accepted");
    return true;
}

summit_status json_canonical_object(const char *text, size_t len, const summit_load_options *opts,
                                    sbuf *out, summit_error *err)
{
    reader r;
    summit_load_options quiet = *opts; /* a hand-made record has no file: report to err only */
    quiet.error_fn = NULL;
    quiet.warning_fn = NULL;
    quiet.progress_fn = NULL;
    if (!reader_init(&r, text, len, &quiet, out->alloc, NULL, err)) {
        reader_finish(&r);
        error_set(err, SUMMIT_ERR_NOMEM, "", "out of memory");
        return SUMMIT_ERR_NOMEM;
    }
    path_push(&r, SEG_NAME, "extra", 5, 0);
    skip_ws(&r);
    if (peek(&r) != '{') {
        const char *kind = value_kind(peek(&r));
        if (kind)
            problem(&r, r.pos, "", "expected an object, got %s", kind);
        else
            fail_expected(&r, "a JSON object");
    } else if (parse_value(&r, out)) {
        skip_ws(&r);
        if (r.pos < r.len)
            fail(&r, SUMMIT_ERR_SYNTAX, r.pos, "unexpected data after the end of the JSON value");
    }
    if (out->failed && r.error_count == 0)
        fail_nomem(&r);
    if (r.error_count == 0 && !sbuf_terminate(out))
        fail_nomem(&r);
    return reader_finish(&r);
}
