/* Private: finding the bytes a JSON string cares about eight at a time
 * ("SIMD within a register"), for the reader and the writer. Long prose
 * (summaries, commitments) is most of a record's bytes, so this is the
 * inner loop of both. Little-endian GCC/Clang only; elsewhere the callers'
 * byte-at-a-time loops do all the work. */
#ifndef SUMMIT_SWAR_H
#define SUMMIT_SWAR_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#if defined(__GNUC__) && defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
#define SUMMIT_HAVE_SWAR 1

static inline uint64_t swar_load(const unsigned char *p)
{
    uint64_t v;
    memcpy(&v, p, sizeof v); /* one unaligned load */
    return v;
}

/* The high bit of a byte of the result is set where x holds a control
 * character (< 0x20), '"' or '\\', and, when non_ascii, a byte >= 0x80.
 * Only the lowest flagged byte is exact (a borrow may flag bytes above a
 * true match), which is all the callers use. */
static inline uint64_t swar_json_special(uint64_t x, bool non_ascii)
{
    const uint64_t ones = 0x0101010101010101u, highs = 0x8080808080808080u;
    uint64_t quote = x ^ (ones * '"'), backslash = x ^ (ones * '\\');
    uint64_t m = ((x - ones * 0x20) & ~x) | ((quote - ones) & ~quote) |
                 ((backslash - ones) & ~backslash);
    if (non_ascii)
        m |= x;
    return m & highs;
}

/* Index (0-7) of the lowest flagged byte of a non-zero mask. */
static inline size_t swar_first(uint64_t mask)
{
    return (size_t)__builtin_ctzll(mask) >> 3;
}

/* The offset of the first special byte at or after i, or of the last
 * position where fewer than 8 bytes remain. */
static inline size_t swar_skip_plain(const unsigned char *b, size_t i, size_t n, bool non_ascii)
{
    while (n - i >= 8) {
        uint64_t m = swar_json_special(swar_load(b + i), non_ascii);
        if (m)
            return i + swar_first(m);
        i += 8;
    }
    return i;
}
#endif

#endif
