/* Private: the schema's value rules on a summit_record, shared by loading
 * (after a record is read), summit_collection_add() and *_to_json(). */
#ifndef SUMMIT_VALIDATE_H
#define SUMMIT_VALIDATE_H

#include <stdbool.h>
#include <stddef.h>

#include "summit/error.h"
#include "summit/record.h"

/* The schema's per-field limit on decoded string length, in bytes. */
#define SUMMIT_MAX_FIELD_BYTES ((size_t)64 * 1024)

/* Receives each problem: pointer is where to report it, relative to the
 * record ("/id", "/participants/2/country"; "" for the record itself);
 * subject is the value it is about, which differs for a missing member
 * (reported at its object, about the member's own pointer). Returns true
 * to keep checking, false to stop at this problem. */
typedef struct problem_sink problem_sink;
struct problem_sink {
    bool (*report)(problem_sink *sink, summit_status code, const char *pointer, const char *subject,
                   const char *message);
};

enum {
    /* Check that strings are valid UTF-8: needed for records built in code;
     * strings read by the JSON reader were checked as they were read. */
    VALIDATE_UTF8 = 1u << 0
};

/* Checks every rule of the schema except id uniqueness and `extra` (which
 * is checked where its text is read). Returns the number of problems
 * reported; 0 means valid. */
size_t validate_record(const summit_record *r, unsigned flags, problem_sink *sink);

/* validate_record() on a record built in code, stopping at the first
 * problem, which goes to err (pointer set, no position). */
summit_status record_check(const summit_record *r, summit_error *err);

bool id_is_valid(const char *s, size_t len);
bool url_is_valid(const char *s, size_t len);
/* Length of the strict UTF-8 sequence starting at s (avail bytes there),
 * or 0 when it is not valid UTF-8. */
size_t utf8_sequence_length(const unsigned char *s, size_t avail);
/* Strict UTF-8 (RFC 3629): no overlongs, no surrogates, nothing above U+10FFFF.
 * On failure *bad_at is the offset of the first bad byte. */
bool utf8_is_valid(const char *s, size_t len, size_t *bad_at);

/* A date is either absent (all zero) or real: year 1900-2999, month 1-12 or
 * 0, day valid for the month (leap years counted) or 0, no day without a month. */
bool date_is_valid(const summit_date *d);
/* Writes the date in its own precision ("2021", "2021-11", "2021-11-18");
 * returns the length (0 for an absent date). out must hold 11 bytes. */
size_t date_format(const summit_date *d, char out[11]);
/* True when the whole of `end` lies before the start of `start`, taking
 * each date's precision as an interval ("2021-11" is all of November). */
bool date_ends_before(const summit_date *end, const summit_date *start);

#endif
