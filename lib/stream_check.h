/* Private: a cheap, incremental check that the bytes read so far from a
 * file can still begin a valid input, so that reading a hostile stream
 * (junk, endless nesting, an endless string) stops early instead of
 * buffering up to max_input_bytes first.
 *
 * The check accepts a superset of valid inputs: it never flags a prefix of
 * a valid file. When it flags one, the strict reader run on the bytes read
 * so far (plus STREAM_CHECK_MARGIN more) finds an error, and the same error
 * it would find in the whole file, since nothing it reads depends on what
 * follows. */
#ifndef SUMMIT_STREAM_CHECK_H
#define SUMMIT_STREAM_CHECK_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "collection_internal.h"

/* Bytes to read past the flagged offset before parsing what was read: more
 * than the longest token the reader looks at as a whole (a literal, a UTF-8
 * sequence, a surrogate pair's two \u escapes). */
#define STREAM_CHECK_MARGIN 64u

typedef struct stream_check {
    uint32_t max_depth;
    size_t max_raw_string; /* raw bytes that surely decode to more than max_string_bytes */
    uint32_t depth;
    unsigned char is_object[SUMMIT_MAX_DEPTH_CAP / 8 + 1]; /* one bit per open container */
    int state;
    size_t string_start;
    size_t offset; /* bytes fed so far */
    bool flagged;
    size_t flagged_at; /* where the problem is (a too long string: its start) */
    size_t read_to;    /* read this far (or to the end) before loading what was read */
} stream_check;

/* Raw bytes of a string that surely decode to more than max_string_bytes;
 * the reader refuses a string at the same count, so both stop alike. */
size_t stream_max_raw_string(size_t max_string_bytes);

void stream_check_init(stream_check *s, uint32_t max_depth, size_t max_string_bytes);

/* Feeds the next n bytes. Returns false once the input read so far cannot
 * begin a valid input; s->flagged_at then holds the offset of the problem,
 * and s->read_to how much input the reader needs to find it. */
bool stream_check_feed(stream_check *s, const char *p, size_t n);

#endif
