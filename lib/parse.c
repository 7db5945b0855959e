/* The strict JSON reader: RFC 8259 checked byte by byte (UTF-8, escapes,
 * number grammar, control characters, depth, duplicate keys), building
 * summit records directly from the text with no intermediate tree.
 *
 * Why not cJSON's parser: it accepts 17 of JSONTestSuite's must-reject
 * files, truncates strings at \u0000, keeps duplicate keys, turns numbers
 * into doubles (losing the digits `extra` must keep), reports no line or
 * column, allocates through process-wide hooks (no per-collection
 * allocator) and writes a global error variable on every call (a data race
 * between threads). Checking strictly *and then* building a cJSON tree
 * would read every byte twice and still need positions for schema errors.
 * Reading once, strictly, into the records is simpler and faster.
 *
 * Errors: syntax, limit and memory errors stop the reading ("fatal").
 * Schema problems are reported with the position of the offending value;
 * without an error_fn the first one stops the reading too, with one the
 * reader drops the record and carries on, so a validator can list them all.
 * Rules on values (codes, dates, URLs, ...) live in validate.c; here are the
 * rules only the text can tell (types, unknown and duplicate members). */
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "arena.h"
#include "collection_internal.h"
#include "error_internal.h"
#include "json_reader.h"
#include "swar.h"
#include "validate.h"
#include "vocab.h"

/* ---- reader state -------------------------------------------------------- */

/* One step of the JSON Pointer to the value being read. */
typedef enum seg_kind { SEG_NAME, SEG_INDEX, SEG_KEYBUF } seg_kind;
typedef struct path_seg {
    seg_kind kind;
    const char *name; /* SEG_NAME: name[0..len), not yet pointer-escaped */
    size_t len;
    size_t index;     /* SEG_INDEX: the array index; SEG_KEYBUF: offset in reader.keys */
} path_seg;

/* A growable array of fixed-size elements. */
typedef struct vec {
    void *data;
    size_t len;
    size_t cap;
} vec;

/* A member name seen in an `extra` object, for duplicate detection. */
typedef struct key_entry {
    size_t keys_off;   /* decoded name in reader.keys */
    size_t len;
    size_t src_offset; /* where it stands in the input */
    const char *bytes; /* set only while sorting (keys may move before) */
} key_entry;

typedef struct reader {
    const char *buf;
    size_t len;
    size_t pos;
    const summit_load_options *opts;
    const summit_allocator *alloc;
    summit_collection *coll; /* NULL when only canonicalising an object */

    summit_error *err;
    position_finder pf;
    size_t error_count;
    summit_status first_status;
    bool collect; /* report every problem (opts->error_fn is set) */
    bool fatal;   /* stop reading */
    bool muted;   /* locating a pointer: never report */
    bool syntax_only; /* the syntax pass: schema problems are not reported */

    uint32_t depth;
    path_seg *path;
    size_t path_len;
    size_t path_cap;

    sbuf scratch;   /* decoded strings (keys, enum values, dates) */
    sbuf extra_out; /* canonical text of the `extra` being read */
    sbuf keys;      /* decoded member names of open `extra` objects */
    vec key_index;  /* key_entry for each name in keys */
    vec strings, participants, documents, media, sources; /* lists being read */
    vec record_offsets; /* input offset of each record appended */
    vec record_lines;   /* line of each appended record, computed when needed */
    position_finder record_pf; /* moves forward through record_offsets only */
    vec pending;        /* this record's problems, reported sorted by offset */

    /* the record being read */
    size_t record_start;
    size_t record_path_len; /* path segments above the record */
    bool record_bad;        /* a problem was reported: do not keep the record */
    /* Values that could not be read into the struct ("holes", pointers
     * relative to the record): validate_record's problems about them, such
     * as "missing required member", would only repeat the first report. */
    char holes[8][96];
    size_t hole_count;
    bool holes_overflowed; /* more holes than slots: skip validate_record */
    size_t progress_next;
} reader;

static bool vec_reserve(reader *r, vec *v, size_t elem, size_t more)
{
    if (v->cap - v->len >= more)
        return true;
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

static void vec_release(reader *r, vec *v)
{
    r->alloc->free_fn(r->alloc->user, v->data);
    v->data = NULL;
    v->len = v->cap = 0;
}

/* ---- error reports ------------------------------------------------------- */

static void pointer_append(char *out, size_t cap, size_t *o, const char *s, size_t len)
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
static void format_pointer(const reader *r, size_t from, const char *suffix, char *out, size_t cap)
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

static bool stops_reading(summit_status code)
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
static void flush_pending(reader *r)
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

static void report(reader *r, summit_status code, size_t offset, const char *suffix,
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
    /* While reading a record with error_fn set, hold its problems back to
     * sort them; an error that stops the reading goes out at once. */
    if (r->collect && !stops_reading(code) && r->record_start != SIZE_MAX &&
        vec_reserve(r, &r->pending, sizeof e, 1)) {
        ((summit_error *)r->pending.data)[r->pending.len++] = e;
        return;
    }
    flush_pending(r);
    emit(r, &e);
}

/* A fatal error: reported, and reading stops. Returns false for `return fail(...)`. */
static bool fail(reader *r, summit_status code, size_t offset, const char *fmt, ...)
    SUMMIT_PRINTF(4, 5);
static bool fail(reader *r, summit_status code, size_t offset, const char *fmt, ...)
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

static bool fail_nomem(reader *r)
{
    return fail(r, SUMMIT_ERR_NOMEM, r->pos, "out of memory");
}

/* A schema problem about the value at `offset` (pointer: current path +
 * suffix). Returns false when reading must stop. */
static bool problem(reader *r, size_t offset, const char *suffix, const char *fmt, ...)
    SUMMIT_PRINTF(4, 5);
static bool problem(reader *r, size_t offset, const char *suffix, const char *fmt, ...)
{
    if (r->syntax_only)
        return true;
    char message[256];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(message, sizeof message, fmt, ap);
    va_end(ap);
    report(r, SUMMIT_ERR_SCHEMA, offset, suffix, message);
    r->record_bad = true;
    if (!r->collect)
        r->fatal = true;
    return !r->fatal;
}

/* Marks the value at the current path as one the struct could not take. */
static void mark_hole(reader *r)
{
    if (r->record_start == SIZE_MAX || r->muted || r->syntax_only)
        return;
    if (r->hole_count == sizeof r->holes / sizeof r->holes[0]) {
        r->holes_overflowed = true;
        return;
    }
    format_pointer(r, r->record_path_len, "", r->holes[r->hole_count++], sizeof r->holes[0]);
}

/* Is `pointer` (relative to the record) a hole or inside one? */
static bool in_hole(const reader *r, const char *pointer)
{
    for (size_t i = 0; i < r->hole_count; i++) {
        size_t n = strlen(r->holes[i]);
        if (strncmp(pointer, r->holes[i], n) == 0 && (pointer[n] == '\0' || pointer[n] == '/'))
            return true;
    }
    return false;
}

/* A schema problem that leaves the value out of the struct. */
static bool hole_problem(reader *r, size_t offset, const char *fmt, ...) SUMMIT_PRINTF(3, 4);
static bool hole_problem(reader *r, size_t offset, const char *fmt, ...)
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

static void skip_ws(reader *r)
{
    const char *b = r->buf;
    size_t p = r->pos, n = r->len;
    while (p < n && (b[p] == ' ' || b[p] == '\n' || b[p] == '\r' || b[p] == '\t'))
        p++;
    r->pos = p;
}

static int peek(const reader *r)
{
    return r->pos < r->len ? (unsigned char)r->buf[r->pos] : -1;
}

/* What a value starting with c is, for messages; NULL when c starts none. */
static const char *value_kind(int c)
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
static bool fail_expected(reader *r, const char *expected)
{
    int c = peek(r);
    if (c < 0)
        return fail(r, SUMMIT_ERR_SYNTAX, r->pos, "expected %s, got the end of the input", expected);
    if (c >= 0x20 && c < 0x7F)
        return fail(r, SUMMIT_ERR_SYNTAX, r->pos, "expected %s, got '%c'", expected, c);
    return fail(r, SUMMIT_ERR_SYNTAX, r->pos, "expected %s, got the byte 0x%02X", expected,
                (unsigned)c);
}

static bool enter(reader *r)
{
    if (++r->depth > r->opts->max_depth)
        return fail(r, SUMMIT_ERR_LIMIT, r->pos,
                    "nesting deeper than max_depth (%u arrays and objects)",
                    (unsigned)r->opts->max_depth);
    return true;
}

static void path_push(reader *r, seg_kind kind, const char *name, size_t len, size_t index)
{
    /* The path is as deep as the nesting, which enter() bounds; the array
     * was sized for that, so this never overflows. */
    if (r->path_len < r->path_cap) {
        path_seg s = { kind, name, len, index };
        r->path[r->path_len] = s;
    }
    r->path_len++;
}

static void path_pop(reader *r)
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

typedef struct str_span {
    size_t start; /* first byte after the opening quote */
    size_t end;   /* the closing quote */
    bool escaped; /* holds at least one backslash escape */
} str_span;

static int hex_value(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

/* The code unit of the \uXXXX at buf[i] (which is the backslash), or -1. */
static long read_u_escape(const reader *r, size_t i)
{
    if (r->len - i < 6 || r->buf[i + 1] != 'u')
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
    for (;;) {
#ifdef SUMMIT_HAVE_SWAR
        i = swar_skip_plain(b, i, n, true);
#endif
        while (i < n && string_class[b[i]] == 0)
            i++;
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
static bool read_string_to_arena(reader *r, const char **out)
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
static bool read_string_to_scratch(reader *r, const char **out, size_t *out_len)
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

static bool scan_number(reader *r, bool *integer_syntax)
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
    for (size_t i = 0; i < count; i++)
        entries[i].bytes = key_bytes(r, &entries[i]);
    qsort(entries, count, sizeof *entries, compare_key_entries);
    for (size_t i = 1; i < count; i++)
        if (entries[i].len == entries[i - 1].len &&
            memcmp(entries[i].bytes, entries[i - 1].bytes, entries[i].len) == 0 &&
            !report_duplicate_key(r, &entries[i]))
            return false;
    return true;
}

static bool parse_value(reader *r, sbuf *out);

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
        str_span s;
        if (!scan_string(r, &s))
            return false;
        if (out) {
            /* Keep the decoded name for duplicate checks and the pointer. */
            size_t raw = s.end - s.start;
            if (!sbuf_reserve(&r->keys, raw + 1) ||
                !vec_reserve(r, &r->key_index, sizeof(key_entry), 1))
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
            key_entry *entries = r->key_index.data;
            size_t count = r->key_index.len - frame;
            if (count < LINEAR_KEY_CHECK)
                for (size_t i = frame; i < r->key_index.len; i++)
                    if (entries[i].len == k.len &&
                        memcmp(key_bytes(r, &entries[i]), key_bytes(r, &k), k.len) == 0 &&
                        !report_duplicate_key(r, &k))
                        return false;
            entries[r->key_index.len++] = k;
            sbuf_put_json_string(out, key_bytes(r, &k), k.len);
            sbuf_putc(out, ':');
            path_push(r, SEG_KEYBUF, NULL, k.len, k.keys_off);
        } else
            path_push(r, SEG_NAME, r->buf + s.start, s.end - s.start, 0);
        skip_ws(r);
        if (peek(r) != ':')
            return fail_expected(r, "':' after the member name");
        r->pos++;
        skip_ws(r);
        bool ok = parse_value(r, out);
        path_pop(r);
        if (!ok)
            return false;
        skip_ws(r);
        if (peek(r) == ',') {
            r->pos++;
            if (out)
                sbuf_putc(out, ',');
            skip_ws(r);
            continue;
        }
        if (peek(r) == '}')
            break;
        return fail_expected(r, "',' or '}' after an object member");
    }
    if (out && r->key_index.len - frame >= LINEAR_KEY_CHECK && !check_duplicates_sorted(r, frame))
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
            if (!ok)
                return false;
            skip_ws(r);
            if (peek(r) == ',') {
                r->pos++;
                if (out)
                    sbuf_putc(out, ',');
                skip_ws(r);
                continue;
            }
            if (peek(r) == ']')
                break;
            return fail_expected(r, "',' or ']' after an array element");
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
static bool parse_value(reader *r, sbuf *out)
{
    int c = peek(r);
    if (c == '{')
        return parse_object(r, out);
    if (c == '[')
        return parse_array(r, out);
    size_t start = r->pos;
    if (c == '"') {
        str_span s;
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

static bool skip_value(reader *r)
{
    return parse_value(r, NULL);
}

/* ---- schema objects ------------------------------------------------------ */

/* The outcome of checking a value's type. */
typedef enum { TYPE_OK, TYPE_SKIPPED, TYPE_STOP } type_check;

/* Is the value at pos of the kind starting with `want`? If not, report
 * "expected <what>, got ..." as a schema problem and skip the value. */
static type_check want_value(reader *r, char want, const char *what)
{
    int c = peek(r);
    if (c == want || (want == '0' && (c == '-' || (c >= '0' && c <= '9'))))
        return TYPE_OK;
    const char *got = value_kind(c);
    if (!got) {
        fail_expected(r, "a JSON value");
        return TYPE_STOP;
    }
    if (!hole_problem(r, r->pos, "expected %s, got %s", what, got) || !skip_value(r))
        return TYPE_STOP;
    return TYPE_SKIPPED;
}

typedef struct member_table {
    const char *const *names;
    int count;
    const char *what; /* "a record", "a participant", ... for messages */
} member_table;

static int member_lookup(const member_table *t, const char *key, size_t len)
{
    for (int i = 0; i < t->count; i++) {
        const char *name = t->names[i];
        if (len > 0 && name[0] == key[0] && strncmp(name, key, len) == 0 && name[len] == '\0')
            return i;
    }
    return -1;
}

/* Reads one member value of a schema object into `target`. */
typedef bool (*member_reader)(reader *r, void *target, int member);

/* Reads a schema object: each known member once, through read_member;
 * unknown and repeated members are problems. *seen gets a bit per member. */
static bool read_schema_object(reader *r, const member_table *t, void *target,
                               member_reader read_member, uint32_t *seen)
{
    *seen = 0;
    if (!enter(r))
        return false;
    r->pos++;
    skip_ws(r);
    if (peek(r) != '}') {
        for (;;) {
            if (peek(r) != '"')
                return fail_expected(r, "a member name (a string in double quotes)");
            size_t key_at = r->pos;
            const char *key;
            size_t klen;
            if (!read_string_to_scratch(r, &key, &klen))
                return false;
            int m = member_lookup(t, key, klen);
            /* For a problem with this member: its pointer and quoted name. */
            char suffix[200] = "", shown[96] = "";
            if (m < 0 || (*seen & (1u << m))) {
                size_t o = 1;
                suffix[0] = '/';
                pointer_append(suffix, sizeof suffix, &o, key, klen);
                quote_for_message(shown, sizeof shown, key, klen);
            }
            skip_ws(r);
            if (peek(r) != ':')
                return fail_expected(r, "':' after the member name");
            r->pos++;
            skip_ws(r);
            bool ok;
            if (m < 0)
                ok = problem(r, key_at, suffix, "unknown member %s in %s%s", shown, t->what,
                             t->count > 3 ? " (put other data under \"extra\")" : "") &&
                     skip_value(r);
            else if (*seen & (1u << m))
                ok = problem(r, key_at, suffix, "duplicate member %s", shown) && skip_value(r);
            else {
                *seen |= 1u << m;
                path_push(r, SEG_NAME, t->names[m], strlen(t->names[m]), 0);
                ok = read_member(r, target, m);
                path_pop(r);
            }
            if (!ok)
                return false;
            skip_ws(r);
            if (peek(r) == ',') {
                r->pos++;
                skip_ws(r);
                continue;
            }
            if (peek(r) == '}')
                break;
            return fail_expected(r, "',' or '}' after an object member");
        }
    }
    r->pos++;
    r->depth--;
    return true;
}

/* Reads a JSON array whose items read_item stores in v (elements of elem
 * bytes), then moves them into the arena: *items and *count. */
typedef bool (*item_reader)(reader *r, void *item);

static bool read_list(reader *r, vec *v, size_t elem, char want, const char *what,
                      item_reader read_item, const void **items, size_t *count)
{
    type_check t = want_value(r, '[', "an array");
    if (t != TYPE_OK)
        return t == TYPE_SKIPPED;
    if (!enter(r))
        return false;
    r->pos++;
    size_t base = v->len; /* lists never nest in themselves, but stay safe */
    skip_ws(r);
    if (peek(r) != ']') {
        for (size_t i = 0;; i++) {
            path_push(r, SEG_INDEX, NULL, 0, i);
            bool ok;
            t = want_value(r, want, what);
            if (t == TYPE_OK) {
                if (!vec_reserve(r, v, elem, 1))
                    return fail_nomem(r);
                void *item = (char *)v->data + v->len * elem;
                memset(item, 0, elem);
                ok = read_item(r, item);
                v->len++;
            } else
                ok = t == TYPE_SKIPPED;
            path_pop(r);
            if (!ok)
                return false;
            skip_ws(r);
            if (peek(r) == ',') {
                r->pos++;
                skip_ws(r);
                continue;
            }
            if (peek(r) == ']')
                break;
            return fail_expected(r, "',' or ']' after an array element");
        }
    }
    r->pos++;
    r->depth--;
    size_t n = v->len - base;
    *items = NULL;
    *count = 0;
    if (n > 0) {
        void *copy = arena_alloc(&r->coll->arena, n * elem);
        if (!copy)
            return fail_nomem(r);
        memcpy(copy, (char *)v->data + base * elem, n * elem);
        *items = copy;
        *count = n;
    }
    v->len = base;
    return true;
}

/* ---- member values ------------------------------------------------------- */

static bool read_string_member(reader *r, const char **out)
{
    type_check t = want_value(r, '"', "a string");
    if (t != TYPE_OK)
        return t == TYPE_SKIPPED;
    return read_string_to_arena(r, out);
}

static bool read_string_item(reader *r, void *item)
{
    return read_string_to_arena(r, (const char **)item);
}

static bool read_string_list(reader *r, const char *const **items, size_t *count)
{
    return read_list(r, &r->strings, sizeof(const char *), '"', "a string", read_string_item,
                     (const void **)items, count);
}

static bool parse_digits(const char *s, size_t n, int32_t *out)
{
    int32_t v = 0;
    for (size_t i = 0; i < n; i++) {
        if (s[i] < '0' || s[i] > '9')
            return false;
        v = v * 10 + (s[i] - '0');
    }
    *out = v;
    return true;
}

/* "YYYY", "YYYY-MM" or "YYYY-MM-DD"; whether the date is real is for
 * validate_record to say. */
static bool read_date_member(reader *r, summit_date *d)
{
    type_check t = want_value(r, '"', "a date string");
    if (t != TYPE_OK)
        return t == TYPE_SKIPPED;
    size_t at = r->pos;
    const char *s;
    size_t n;
    if (!read_string_to_scratch(r, &s, &n))
        return false;
    summit_date parsed = { 0, 0, 0 };
    bool ok = (n == 4 || n == 7 || n == 10) && parse_digits(s, 4, &parsed.year);
    if (ok && n >= 7)
        ok = s[4] == '-' && parse_digits(s + 5, 2, &parsed.month);
    if (ok && n == 10)
        ok = s[7] == '-' && parse_digits(s + 8, 2, &parsed.day);
    if (!ok) {
        char shown[96];
        quote_for_message(shown, sizeof shown, s, n);
        return hole_problem(r, at, "expected a date as YYYY, YYYY-MM or YYYY-MM-DD, got %s", shown);
    }
    if (parsed.year == 0) { /* 0 means "absent" in the struct: keep it invalid */
        return hole_problem(r, at, "expected a year from 1900 to 2999, got \"0000\"");
    }
    *d = parsed;
    return true;
}

static bool read_enum_member(reader *r, const vocab *v, int32_t *out)
{
    type_check t = want_value(r, '"', "a string");
    if (t != TYPE_OK)
        return t == TYPE_SKIPPED;
    size_t at = r->pos;
    const char *s;
    size_t n;
    if (!read_string_to_scratch(r, &s, &n))
        return false;
    int32_t value = vocab_lookup(v, s, n);
    if (value < 0) {
        char shown[96];
        quote_for_message(shown, sizeof shown, s, n);
        return hole_problem(r, at, "expected one of %s, got %s", v->expected, shown);
    }
    *out = value;
    return true;
}

static bool read_edition(reader *r, int32_t *out)
{
    type_check t = want_value(r, '0', "an integer");
    if (t != TYPE_OK)
        return t == TYPE_SKIPPED;
    size_t at = r->pos;
    bool integer_syntax;
    if (!scan_number(r, &integer_syntax))
        return false;
    size_t n = r->pos - at;
    char text[64];
    copy_truncated(text, sizeof text, r->buf + at, n);
    /* 8, 8.0 and 8e0 are all the integer 8 (as in JSON Schema); 8.5 is not. */
    double v = n < sizeof text ? strtod(text, NULL) : 0;
    if (!(v >= 1 && v <= INT32_MAX && (double)(int32_t)v == v)) {
        return hole_problem(r, at, "expected an integer from 1 to 2147483647, got %s%s", text,
                            n < sizeof text ? "" : "...");
    }
    *out = (int32_t)v;
    return true;
}

static const char *const place_members[] = { "city", "country" };
static const member_table place_table = { place_members, 2, "a location" };

static bool read_place_member(reader *r, void *target, int m)
{
    summit_place *p = target;
    return read_string_member(r, m == 0 ? &p->city : &p->country);
}

static bool read_location(reader *r, summit_place *p)
{
    type_check t = want_value(r, '{', "an object");
    if (t != TYPE_OK)
        return t == TYPE_SKIPPED;
    size_t at = r->pos;
    uint32_t seen;
    if (!read_schema_object(r, &place_table, p, read_place_member, &seen))
        return false;
    if (!(seen & 2u)) {
        return hole_problem(r, at, "missing required member \"country\"");
    }
    return true;
}

static const char *const chair_members[] = { "name", "title", "country" };
static const member_table chair_table = { chair_members, 3, "a chair" };

static bool read_chair_member(reader *r, void *target, int m)
{
    summit_chair *c = target;
    return read_string_member(r, m == 0 ? &c->name : m == 1 ? &c->title : &c->country);
}

static bool read_chair(reader *r, summit_chair *c)
{
    type_check t = want_value(r, '{', "an object");
    if (t != TYPE_OK)
        return t == TYPE_SKIPPED;
    size_t at = r->pos;
    uint32_t seen;
    if (!read_schema_object(r, &chair_table, c, read_chair_member, &seen))
        return false;
    if (seen == 0)
        return problem(r, at, "", "expected at least one of \"name\", \"title\" and \"country\"");
    return true;
}

static const char *const participant_members[] = { "country", "name", "role" };
static const member_table participant_table = { participant_members, 3, "a participant" };

static bool read_participant_member(reader *r, void *target, int m)
{
    summit_participant *p = target;
    if (m == 2)
        return read_enum_member(r, &vocab_role, &p->role);
    return read_string_member(r, m == 0 ? &p->country : &p->name);
}

static bool read_participant(reader *r, void *item)
{
    uint32_t seen;
    return read_schema_object(r, &participant_table, item, read_participant_member, &seen);
}

static const char *const document_members[] = { "kind", "title", "date", "url" };
static const member_table document_table = { document_members, 4, "a document" };

static bool read_document_member(reader *r, void *target, int m)
{
    summit_document *d = target;
    switch (m) {
    case 0: return read_enum_member(r, &vocab_document_kind, &d->kind);
    case 1: return read_string_member(r, &d->title);
    case 2: return read_date_member(r, &d->date);
    default: return read_string_member(r, &d->url);
    }
}

static bool read_document(reader *r, void *item)
{
    uint32_t seen;
    return read_schema_object(r, &document_table, item, read_document_member, &seen);
}

static const char *const media_members[] = { "kind", "file", "url", "caption" };
static const member_table media_table = { media_members, 4, "a media item" };

static bool read_media_member(reader *r, void *target, int m)
{
    summit_media *x = target;
    switch (m) {
    case 0: return read_enum_member(r, &vocab_media_kind, &x->kind);
    case 1: return read_string_member(r, &x->file);
    case 2: return read_string_member(r, &x->url);
    default: return read_string_member(r, &x->caption);
    }
}

static bool read_media(reader *r, void *item)
{
    uint32_t seen;
    return read_schema_object(r, &media_table, item, read_media_member, &seen);
}

static const char *const source_members[] = { "url", "title", "retrieved" };
static const member_table source_table = { source_members, 3, "a source" };

static bool read_source_member(reader *r, void *target, int m)
{
    summit_source *s = target;
    switch (m) {
    case 0: return read_string_member(r, &s->url);
    case 1: return read_string_member(r, &s->title);
    default: return read_date_member(r, &s->retrieved);
    }
}

static bool read_source(reader *r, void *item)
{
    uint32_t seen;
    return read_schema_object(r, &source_table, item, read_source_member, &seen);
}

static bool read_extra(reader *r, const char **out)
{
    type_check t = want_value(r, '{', "an object");
    if (t != TYPE_OK)
        return t == TYPE_SKIPPED;
    r->extra_out.len = 0;
    if (!parse_value(r, &r->extra_out))
        return false;
    if (r->extra_out.failed)
        return fail_nomem(r);
    if (r->extra_out.len <= 2) { /* "{}" holds nothing: same as absent */
        *out = NULL;
        return true;
    }
    *out = arena_strndup(&r->coll->arena, r->extra_out.data, r->extra_out.len);
    return *out ? true : fail_nomem(r);
}

/* The record's members, in the schema's (and the canonical) order. */
enum {
    M_ID, M_SERIES, M_GROUP, M_EDITION, M_TITLE, M_THEME, M_START_DATE, M_END_DATE, M_MODE,
    M_LOCATION, M_CHAIR, M_PARTICIPANTS, M_TOPICS, M_COMMITMENTS, M_DOCUMENTS, M_MEDIA,
    M_SUMMARY, M_SOURCES, M_EXTRA
};
static const char *const record_members[] = {
    "id", "series", "group", "edition", "title", "theme", "start_date", "end_date", "mode",
    "location", "chair", "participants", "topics", "commitments", "documents", "media",
    "summary", "sources", "extra",
};
static const member_table record_table = { record_members, 19, "a record" };

static bool read_record_member(reader *r, void *target, int m)
{
    summit_record *rec = target;
    switch (m) {
    case M_ID: return read_string_member(r, &rec->id);
    case M_SERIES: return read_string_member(r, &rec->series);
    case M_GROUP: return read_string_member(r, &rec->group);
    case M_EDITION: return read_edition(r, &rec->edition);
    case M_TITLE: return read_string_member(r, &rec->title);
    case M_THEME: return read_string_member(r, &rec->theme);
    case M_START_DATE: return read_date_member(r, &rec->start_date);
    case M_END_DATE: return read_date_member(r, &rec->end_date);
    case M_MODE: return read_enum_member(r, &vocab_mode, &rec->mode);
    case M_LOCATION: return read_location(r, &rec->location);
    case M_CHAIR: return read_chair(r, &rec->chair);
    case M_PARTICIPANTS:
        return read_list(r, &r->participants, sizeof(summit_participant), '{', "an object",
                         read_participant, (const void **)&rec->participants,
                         &rec->participant_count);
    case M_TOPICS: return read_string_list(r, &rec->topics, &rec->topic_count);
    case M_COMMITMENTS: return read_string_list(r, &rec->commitments, &rec->commitment_count);
    case M_DOCUMENTS:
        return read_list(r, &r->documents, sizeof(summit_document), '{', "an object",
                         read_document, (const void **)&rec->documents, &rec->document_count);
    case M_MEDIA:
        return read_list(r, &r->media, sizeof(summit_media), '{', "an object", read_media,
                         (const void **)&rec->media, &rec->media_count);
    case M_SUMMARY: return read_string_list(r, &rec->summary, &rec->summary_count);
    case M_SOURCES:
        return read_list(r, &r->sources, sizeof(summit_source), '{', "an object", read_source,
                         (const void **)&rec->sources, &rec->source_count);
    default: return read_extra(r, &rec->extra_json);
    }
}

/* ---- records ------------------------------------------------------------- */

/* The offset of the value at `pointer` (relative, as validate_record gives
 * it) inside the record starting at `start`, which has been read without
 * syntax errors. Falls back to the deepest value found. */
static size_t locate(reader *r, size_t start, const char *pointer)
{
    size_t saved_pos = r->pos, saved_path = r->path_len;
    uint32_t saved_depth = r->depth;
    bool saved_fatal = r->fatal, saved_bad = r->record_bad;
    r->muted = true;
    r->pos = start;
    const char *p = pointer;
    while (*p == '/') {
        const char *seg = p + 1;
        const char *end = strchr(seg, '/');
        size_t seg_len = end ? (size_t)(end - seg) : strlen(seg);
        skip_ws(r);
        size_t here = r->pos;
        bool found = false;
        if (peek(r) == '{') {
            r->pos++;
            skip_ws(r);
            while (peek(r) == '"') {
                const char *key;
                size_t klen;
                if (!read_string_to_scratch(r, &key, &klen))
                    break;
                skip_ws(r);
                r->pos++; /* ':' */
                skip_ws(r);
                if (klen == seg_len && memcmp(key, seg, klen) == 0) {
                    found = true;
                    break;
                }
                if (!skip_value(r))
                    break;
                skip_ws(r);
                if (peek(r) == ',')
                    r->pos++;
                skip_ws(r);
            }
        } else if (peek(r) == '[') {
            size_t index = (size_t)strtoul(seg, NULL, 10);
            r->pos++;
            skip_ws(r);
            found = true;
            for (size_t i = 0; i < index && found; i++) {
                found = skip_value(r);
                skip_ws(r);
                if (peek(r) == ',')
                    r->pos++;
                skip_ws(r);
            }
        }
        if (!found) {
            r->pos = here;
            break;
        }
        p = end ? end : seg + seg_len;
    }
    skip_ws(r);
    size_t at = r->pos;
    r->pos = saved_pos;
    r->path_len = saved_path;
    r->depth = saved_depth;
    r->muted = false;
    r->fatal = saved_fatal;
    r->record_bad = saved_bad;
    return at;
}

typedef struct located_sink {
    problem_sink base;
    reader *r;
} located_sink;

/* Reports a validate_record problem at the position of its value, unless
 * it is about a value the reader already reported (a hole). */
static bool report_located(problem_sink *sink, summit_status code, const char *pointer,
                           const char *subject, const char *message)
{
    reader *r = ((located_sink *)sink)->r;
    if (in_hole(r, subject))
        return true;
    size_t at = locate(r, r->record_start, pointer);
    report(r, code, at, pointer, message);
    r->record_bad = true;
    if (!r->collect)
        r->fatal = true;
    return !r->fatal;
}

static void report_progress(reader *r)
{
    if (!r->opts->progress_fn || r->pos < r->progress_next)
        return;
    r->opts->progress_fn(r->pos, r->len, r->opts->progress_user);
    size_t step = r->len / 100 > ((size_t)1 << 18) ? r->len / 100 : ((size_t)1 << 18);
    r->progress_next = r->pos + step;
}

/* The line of the index-th appended record. Records come in input order,
 * so one finder walking forward serves every duplicate-id message. */
static bool record_line(reader *r, size_t index, uint32_t *line)
{
    if (!vec_reserve(r, &r->record_lines, sizeof(uint32_t), index + 1 - r->record_lines.len))
        return false;
    uint32_t *lines = r->record_lines.data;
    const size_t *offsets = r->record_offsets.data;
    for (uint32_t column; r->record_lines.len <= index; r->record_lines.len++)
        position_find(&r->record_pf, offsets[r->record_lines.len], &lines[r->record_lines.len], &column);
    *line = lines[index];
    return true;
}

static bool report_duplicate_id(reader *r, const summit_record *rec)
{
    uint32_t line;
    if (!record_line(r, collection_find_index(r->coll, rec->id, strlen(rec->id)), &line))
        return fail_nomem(r);
    char message[256];
    snprintf(message, sizeof message, "duplicate id \"%s\": the record at line %u has it already",
             rec->id, (unsigned)line);
    report(r, SUMMIT_ERR_DUPLICATE_ID, locate(r, r->record_start, "/id"), "/id", message);
    r->record_bad = true;
    if (!r->collect)
        r->fatal = true;
    return !r->fatal;
}

/* Reads the record object at pos, checks it, and appends it to the
 * collection. With error_fn set, a record with problems is appended too
 * when its id is usable, so that a later record with the same id is
 * reported (the load fails anyway, so it is never handed out). */
static bool read_record(reader *r)
{
    r->record_start = r->pos;
    r->record_path_len = r->path_len;
    r->record_bad = false;
    r->hole_count = 0;
    r->holes_overflowed = false;
    bool ok = false;
    arena_mark mark = arena_get_mark(&r->coll->arena);
    summit_record *rec = arena_calloc(&r->coll->arena, sizeof *rec);
    uint32_t seen;
    if (!rec)
        fail_nomem(r);
    else if (read_schema_object(r, &record_table, rec, read_record_member, &seen)) {
        if (!r->holes_overflowed) {
            located_sink sink = { { report_located }, r };
            validate_record(rec, 0, &sink.base);
        }
        ok = !r->fatal;
    }
    bool keep = ok && (!r->record_bad ||
                       (r->collect && rec->id && id_is_valid(rec->id, strlen(rec->id))));
    if (keep) {
        summit_status st = vec_reserve(r, &r->record_offsets, sizeof(size_t), 1)
                               ? collection_append(r->coll, rec)
                               : SUMMIT_ERR_NOMEM;
        if (st == SUMMIT_OK)
            ((size_t *)r->record_offsets.data)[r->record_offsets.len++] = r->record_start;
        else if (st == SUMMIT_ERR_DUPLICATE_ID)
            ok = report_duplicate_id(r, rec);
        else if (st == SUMMIT_ERR_LIMIT)
            ok = fail(r, st, r->record_start, "more than max_records (%zu) records", r->opts->max_records);
        else
            ok = fail_nomem(r);
        keep = st == SUMMIT_OK;
    }
    if (!keep)
        arena_rewind(&r->coll->arena, mark);
    flush_pending(r);
    r->record_start = SIZE_MAX; /* between records: reports go out at once */
    if (ok)
        report_progress(r);
    return ok;
}

/* A record where the schema wants one: an object, else a problem. */
static bool read_record_or_skip(reader *r)
{
    type_check t = want_value(r, '{', "a record (an object)");
    if (t != TYPE_OK)
        return t == TYPE_SKIPPED;
    return read_record(r);
}

static bool read_record_array(reader *r)
{
    if (!enter(r))
        return false;
    r->pos++;
    skip_ws(r);
    if (peek(r) != ']') {
        for (size_t i = 0;; i++) {
            path_push(r, SEG_INDEX, NULL, 0, i);
            bool ok = read_record_or_skip(r);
            path_pop(r);
            if (!ok)
                return false;
            skip_ws(r);
            if (peek(r) == ',') {
                r->pos++;
                skip_ws(r);
                continue;
            }
            if (peek(r) == ']')
                break;
            return fail_expected(r, "',' or ']' after a record");
        }
    }
    r->pos++;
    r->depth--;
    return true;
}

/* ---- the four file forms ------------------------------------------------- */

#define COLLECTION_SCHEMA "summit-collection/1"

static const char *const collection_members[] = { "schema", "records" };
static const member_table collection_table = { collection_members, 2, "a collection object" };

static bool read_collection_member(reader *r, void *target, int m)
{
    (void)target;
    if (m == 1) {
        type_check t = want_value(r, '[', "an array of records");
        if (t != TYPE_OK)
            return t == TYPE_SKIPPED;
        return read_record_array(r);
    }
    type_check t = want_value(r, '"', "a string");
    if (t != TYPE_OK)
        return t == TYPE_SKIPPED;
    size_t at = r->pos;
    const char *s;
    size_t n;
    if (!read_string_to_scratch(r, &s, &n))
        return false;
    if (n != strlen(COLLECTION_SCHEMA) || memcmp(s, COLLECTION_SCHEMA, n) != 0) {
        char shown[96];
        quote_for_message(shown, sizeof shown, s, n);
        return problem(r, at, "", "expected \"" COLLECTION_SCHEMA "\", got %s", shown);
    }
    return true;
}

static bool read_collection_object(reader *r)
{
    size_t at = r->pos;
    uint32_t seen;
    if (!read_schema_object(r, &collection_table, NULL, read_collection_member, &seen))
        return false;
    for (int m = 0; m < 2; m++)
        if (!(seen & (1u << m)) &&
            !problem(r, at, "", "missing required member \"%s\" in the collection object",
                     collection_members[m]))
            return false;
    return true;
}

/* Is the object at pos a collection object? Yes when its first member is
 * "schema" or "records": a record has neither. */
static bool object_is_collection(reader *r)
{
    size_t saved = r->pos;
    bool saved_fatal = r->fatal, saved_bad = r->record_bad;
    r->pos++;
    skip_ws(r);
    bool yes = false;
    if (peek(r) == '"') {
        r->muted = true;
        const char *key;
        size_t n;
        if (read_string_to_scratch(r, &key, &n))
            yes = (n == 6 && memcmp(key, "schema", 6) == 0) || (n == 7 && memcmp(key, "records", 7) == 0);
        r->muted = false;
    }
    r->pos = saved;
    r->fatal = saved_fatal;
    r->record_bad = saved_bad;
    return yes;
}

/* After a record in NDJSON: only blanks up to the end of the line. */
static bool end_ndjson_line(reader *r)
{
    while (r->pos < r->len && (r->buf[r->pos] == ' ' || r->buf[r->pos] == '\t' || r->buf[r->pos] == '\r'))
        r->pos++;
    if (r->pos < r->len && r->buf[r->pos] != '\n')
        return fail_expected(r, "the end of the line after the record (NDJSON holds one record a line)");
    return true;
}

/* The records after the first line of an NDJSON file. */
static bool read_ndjson_rest(reader *r)
{
    for (;;) {
        if (!end_ndjson_line(r))
            return false;
        skip_ws(r); /* blank lines are allowed */
        if (r->pos >= r->len)
            return true;
        size_t start = r->pos;
        if (!read_record_or_skip(r))
            return false;
        const char *nl = memchr(r->buf + start, '\n', r->pos - start);
        if (nl)
            return fail(r, SUMMIT_ERR_SYNTAX, (size_t)(nl - r->buf),
                        "a record in NDJSON must stand on one line");
    }
}

static bool read_input(reader *r)
{
    skip_ws(r);
    int c = peek(r);
    if (c < 0)
        return fail(r, SUMMIT_ERR_SYNTAX, r->pos,
                    "empty input: expected a summit record, an array of records or a collection object");
    if (c == '[') {
        if (!read_record_array(r))
            return false;
    } else if (c == '{' && object_is_collection(r)) {
        if (!read_collection_object(r))
            return false;
    } else if (c == '{') {
        size_t start = r->pos;
        if (!read_record(r))
            return false;
        size_t end = r->pos;
        skip_ws(r);
        if (r->pos < r->len && !memchr(r->buf + start, '\n', end - start)) {
            r->pos = end; /* a one-line record followed by more: NDJSON */
            return read_ndjson_rest(r);
        }
    } else {
        const char *kind = value_kind(c);
        if (!kind)
            return fail_expected(r, "a JSON value");
        size_t at = r->pos;
        if (!skip_value(r))
            return false;
        if (!problem(r, at, "", "expected a summit record (an object), an array of records or a "
                                "collection object, got %s", kind))
            return false;
    }
    skip_ws(r);
    if (r->pos < r->len)
        return fail(r, SUMMIT_ERR_SYNTAX, r->pos, "unexpected data after the end of the JSON value");
    return true;
}

/* After a schema problem stopped the reading: is the rest of the input JSON
 * at all? A syntax error outranks the schema problem (as it would with any
 * tool that parses first and validates after). Values one after another
 * are allowed here; read_input() already judged the file's form. */
static void syntax_pass(reader *r)
{
    r->pos = r->pf.bom;
    r->depth = 0;
    r->path_len = 0;
    r->fatal = false;
    r->syntax_only = true;
    skip_ws(r);
    while (r->pos < r->len && skip_value(r)) {
        size_t end = r->pos;
        skip_ws(r);
        if (r->pos < r->len && !memchr(r->buf + end, '\n', r->pos - end)) {
            fail(r, SUMMIT_ERR_SYNTAX, r->pos, "unexpected data after the end of the JSON value");
            break;
        }
    }
}

/* ---- entry points -------------------------------------------------------- */

static bool reader_init(reader *r, const char *buf, size_t len, const summit_load_options *opts,
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

static summit_status reader_finish(reader *r)
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
static bool check_encoding(reader *r)
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

summit_status json_read_collection(const char *buf, size_t len, summit_collection *c,
                                   const summit_load_options *opts, summit_error *err)
{
    reader r;
    if (!reader_init(&r, buf, len, opts, &c->alloc, c, err)) {
        reader_finish(&r);
        error_set(err, SUMMIT_ERR_NOMEM, "", "out of memory");
        return SUMMIT_ERR_NOMEM;
    }
    if (check_encoding(&r))
        read_input(&r);
    if (!r.collect && r.error_count > 0 && !stops_reading(r.first_status))
        syntax_pass(&r);
    if (opts->progress_fn && r.error_count == 0)
        opts->progress_fn(len, len, opts->progress_user);
    return reader_finish(&r);
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
