/* Private: a growable byte buffer for writing JSON text. */
#ifndef SUMMIT_SBUF_H
#define SUMMIT_SBUF_H

#include <stdbool.h>
#include <stddef.h>
#include <string.h>

#include "summit/collection.h"

typedef struct sbuf {
    char *data;
    size_t len;
    size_t cap;
    const summit_allocator *alloc;
    bool failed; /* an allocation failed; later writes are dropped */
} sbuf;

void sbuf_init(sbuf *b, const summit_allocator *alloc);
void sbuf_release(sbuf *b);
/* Makes room for `more` bytes; false (and failed set) when out of memory. */
bool sbuf_grow(sbuf *b, size_t more);

static inline bool sbuf_reserve(sbuf *b, size_t more)
{
    return b->cap - b->len >= more ? true : sbuf_grow(b, more);
}

static inline void sbuf_put(sbuf *b, const char *s, size_t n)
{
    if (sbuf_reserve(b, n)) {
        memcpy(b->data + b->len, s, n);
        b->len += n;
    }
}

static inline void sbuf_putc(sbuf *b, char c)
{
    if (sbuf_reserve(b, 1))
        b->data[b->len++] = c;
}

/* Writes s[0..n) as a JSON string, quotes included, escaping only what JSON
 * requires: '"', '\\' and control characters (as \b \f \n \r \t or \u00xx).
 * s must be valid UTF-8; it is copied as is. */
void sbuf_put_json_string(sbuf *b, const char *s, size_t n);

/* NUL-terminates the content (not counted in len); false when out of memory. */
bool sbuf_terminate(sbuf *b);

/* The default allocator: the C library's malloc, realloc and free. */
extern const summit_allocator summit_default_allocator;

#endif
