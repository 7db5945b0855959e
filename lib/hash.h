/* Private: FNV-1a, for the id table and the index's word table (short
 * keys; no adversary worse than a slow lookup). */
#ifndef SUMMIT_HASH_H
#define SUMMIT_HASH_H

#include <stddef.h>
#include <stdint.h>

static inline uint64_t hash_bytes(const char *s, size_t len)
{
    uint64_t h = 14695981039346656037u;
    for (size_t i = 0; i < len; i++) {
        h ^= (unsigned char)s[i];
        h *= 1099511628211u;
    }
    return h;
}

#endif
