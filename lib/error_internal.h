/* Private: filling summit_error and turning byte offsets into line/column. */
#ifndef SUMMIT_ERROR_INTERNAL_H
#define SUMMIT_ERROR_INTERNAL_H

#include <stddef.h>
#include <stdint.h>

#include "summit/error.h"

#if defined(__GNUC__)
#  define SUMMIT_PRINTF(f, a) __attribute__((format(printf, f, a)))
#else
#  define SUMMIT_PRINTF(f, a)
#endif

/* Zeroes every field (err may be NULL). */
void error_clear(summit_error *err);

/* Sets code, pointer and a printf-formatted message; keeps the position
 * fields as they are. err may be NULL. Returns code. */
summit_status error_set(summit_error *err, summit_status code, const char *pointer, const char *fmt, ...)
    SUMMIT_PRINTF(4, 5);

/* Copies at most cap-1 bytes of src to dst, never cutting a UTF-8
 * sequence, and NUL-terminates. */
void copy_truncated(char *dst, size_t cap, const char *src, size_t len);

/* Writes `"text"` to out for use in messages: quoted, control characters
 * and quotes escaped, cut to about 40 characters with "..." appended. */
void quote_for_message(char *out, size_t cap, const char *s, size_t len);

/* Line/column lookup over one input buffer. Lookups at increasing offsets
 * (the usual case) continue from the previous one instead of rescanning. */
typedef struct position_finder {
    const char *buf;
    size_t len;
    size_t bom;        /* bytes of a skipped byte order mark, not counted as a column */
    size_t at;         /* offset reached by the last lookup */
    size_t line_start; /* offset where the line of `at` starts */
    uint32_t line;     /* 1-based line of `at` */
    uint32_t column;   /* 1-based column of `at` */
} position_finder;

void position_init(position_finder *pf, const char *buf, size_t len, size_t bom);
/* 1-based line and column (in code points) of byte offset `offset`. */
void position_find(position_finder *pf, size_t offset, uint32_t *line, uint32_t *column);

#endif
