/** libsummit — status codes and the error report.
 *
 * Every fallible call returns a summit_status and, when given a non-NULL
 * summit_error *, fills it. There is no global or thread-local "last error":
 * the caller owns the summit_error, so calls on different threads never
 * interfere. */
#ifndef SUMMIT_ERROR_H
#define SUMMIT_ERROR_H

#include <stddef.h>
#include <stdint.h>

#include "export.h"

#ifdef __cplusplus
extern "C" {
#endif

/** Result of a call. SUMMIT_OK is 0; every error is negative, so
 * `if (status < 0)` and `if (status != SUMMIT_OK)` both work. */
typedef enum summit_status {
    SUMMIT_OK = 0,
    SUMMIT_ERR_IO = -1,           /**< a file could not be opened or read */
    SUMMIT_ERR_SYNTAX = -2,       /**< the input is not strict JSON (RFC 8259) or not UTF-8 */
    SUMMIT_ERR_SCHEMA = -3,       /**< valid JSON that breaks a rule of the summit record */
    SUMMIT_ERR_DUPLICATE_ID = -4, /**< two records in one collection share an id */
    SUMMIT_ERR_LIMIT = -5,        /**< a configured limit (size, depth, string, count) was exceeded */
    SUMMIT_ERR_NOMEM = -6,        /**< an allocation failed */
    SUMMIT_ERR_ARG = -7,          /**< a bad argument (NULL where not allowed, unknown option version) */
    SUMMIT_ERR_QUERY = -8,        /**< a search query could not be parsed */
    SUMMIT_ERR_NOT_FOUND = -9     /* a looked-up item does not exist */
} summit_status;

/** Where and why a call failed. Filled by the call that fails; untouched
 * fields are zero / empty strings.
 *
 * - line, column: 1-based position in the input; 0 when unknown (for
 *   example for records built in code). The column counts Unicode
 *   characters (code points) from the start of the line, a tab counting
 *   as one.
 * - offset: byte offset of that position from the start of the input.
 * - pointer: RFC 6901 JSON Pointer of the offending value within the input
 *   document ("/records/3/participants/2/country"); for NDJSON input the
 *   pointer is relative to the record on that line. "" when the error is
 *   not about one value (for example an unreadable file).
 * - message: one line, saying what was expected and what was found. Both
 *   strings are always NUL-terminated and truncated to fit. */
typedef struct summit_error {
    int32_t code;        /**< a summit_status */
    uint32_t line;       /**< 1-based; 0 when unknown */
    uint32_t column;     /**< 1-based, in characters; 0 when unknown */
    size_t offset;       /**< byte offset in the input */
    char pointer[256];   /**< RFC 6901 JSON Pointer, "" when none */
    char message[256];   /**< what was expected and what was found */
} summit_error;

/** A short, static, English description of a status ("syntax error").
 * Never NULL: unknown values give "unknown status". Thread-safe. */
SUMMIT_API const char *summit_status_string(summit_status s);

#ifdef __cplusplus
}
#endif

#endif /* SUMMIT_ERROR_H */
