/* Private: the strict JSON reader's state and its lexical layer, shared by
 * reader.c (RFC 8259 text: strings, numbers, any value, error reports) and
 * parse.c (summit records and the file forms, built on top). */
#ifndef SUMMIT_READER_H
#define SUMMIT_READER_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "error_internal.h"
#include "sbuf.h"
#include "summit/collection.h"

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
    bool in_key;  /* reading a member name: a bad escape there is no hole */
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
    size_t bad_records_kept; /* appended only to find duplicate ids (error_fn) */
    /* Values that could not be read into the struct ("holes", pointers
     * relative to the record): validate_record's problems about them, such
     * as "missing required member", would only repeat the first report. */
    char holes[32][160];
    size_t hole_count;
    bool holes_overflowed; /* more holes than slots: skip validate_record */
    size_t progress_next;
} reader;

typedef struct str_span {
    size_t start; /* first byte after the opening quote */
    size_t end;   /* the closing quote */
    bool escaped; /* holds at least one backslash escape */
} str_span;


/* ---- set-up -------------------------------------------------------------- */

/* false when out of memory (then call reader_finish all the same). */
bool reader_init(reader *r, const char *buf, size_t len, const summit_load_options *opts,
                 const summit_allocator *alloc, summit_collection *coll, summit_error *err);
/* Frees the reader's buffers; returns the status of the reading. */
summit_status reader_finish(reader *r);
/* Skips a UTF-8 byte order mark (with a warning); refuses UTF-16/32. */
bool check_encoding(reader *r);

bool vec_reserve(reader *r, vec *v, size_t elem, size_t more);
void vec_release(reader *r, vec *v);

/* ---- reports --------------------------------------------------------------
 * Functions returning bool return false when the reading must stop, so a
 * caller can `return fail(...)`. */

/* Appends s[0..len) to out at *o, escaped for a JSON Pointer (~0, ~1). */
void pointer_append(char *out, size_t cap, size_t *o, const char *s, size_t len);
/* The pointer of the current path from segment `from` on, then suffix. */
void format_pointer(const reader *r, size_t from, const char *suffix, char *out, size_t cap);
/* Syntax, limit and memory errors stop the reading; schema ones need not. */
bool stops_reading(summit_status code);
/* Reports one error at `offset`, pointer = current path + suffix. */
void report(reader *r, summit_status code, size_t offset, const char *suffix, const char *message);
/* Sends the current record's held-back problems, sorted by offset. */
void flush_pending(reader *r);
/* A fatal error: reported, and reading stops. Always false. */
bool fail(reader *r, summit_status code, size_t offset, const char *fmt, ...) SUMMIT_PRINTF(4, 5);
bool fail_nomem(reader *r);
/* "expected X, got <what stands at pos>" as a syntax error. Always false. */
bool fail_expected(reader *r, const char *expected);
/* Reports a schema or duplicate-id problem of the record being read: the
 * record is not kept, and without error_fn the reading stops. */
bool record_problem(reader *r, summit_status code, size_t offset, const char *suffix,
                    const char *message);
/* A schema problem with the value at the current path + suffix. */
bool problem(reader *r, size_t offset, const char *suffix, const char *fmt, ...) SUMMIT_PRINTF(4, 5);
/* A schema problem that also leaves the value out of the record (a hole). */
bool hole_problem(reader *r, size_t offset, const char *fmt, ...) SUMMIT_PRINTF(3, 4);
/* Is `pointer` (relative to the record) a hole or inside one? */
bool in_hole(const reader *r, const char *pointer);

/* ---- the text ------------------------------------------------------------ */

void skip_ws(reader *r);
/* The byte at pos, or -1 at the end. */
int peek(const reader *r);
/* "an object", "a string", ... for a value starting with c; NULL if none does. */
const char *value_kind(int c);
/* One level deeper into arrays/objects, within max_depth. */
bool enter(reader *r);
void path_push(reader *r, seg_kind kind, const char *name, size_t len, size_t index);
void path_pop(reader *r);
/* After a member or element: 1 when ',' follows (written to out, if any),
 * 0 when `close` does (not consumed), -1 on anything else (reported as
 * "expected <expected>"). */
int container_next(reader *r, char close, const char *expected, sbuf *out);

/* The string at pos, decoded, into the collection's arena. */
bool read_string_to_arena(reader *r, const char **out);
/* The string at pos, decoded; *out is valid until the next call. */
bool read_string_to_scratch(reader *r, const char **out, size_t *out_len);
/* The number at pos; *integer_syntax is false when it has a fraction or exponent. */
bool scan_number(reader *r, bool *integer_syntax);
/* Checks the value at pos and, when out is not NULL, appends its canonical
 * form (see reader.c). */
bool parse_value(reader *r, sbuf *out);
/* parse_value without output. */
bool skip_value(reader *r);

#endif
