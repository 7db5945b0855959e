/* Growable output buffer and JSON string escaping. */
#include "sbuf.h"

#include "swar.h"

#if defined(__SSE2__) && defined(__GNUC__)
#include <emmintrin.h>
#endif

#include <stdint.h>
#include <stdlib.h>

static void *libc_malloc(void *user, size_t size)
{
    (void)user;
    return malloc(size);
}

static void *libc_realloc(void *user, void *ptr, size_t size)
{
    (void)user;
    return realloc(ptr, size);
}

static void libc_free(void *user, void *ptr)
{
    (void)user;
    free(ptr);
}

const summit_allocator summit_default_allocator = { libc_malloc, libc_realloc, libc_free, NULL };

void sbuf_init(sbuf *b, const summit_allocator *alloc)
{
    b->data = NULL;
    b->len = 0;
    b->cap = 0;
    b->alloc = alloc;
    b->failed = false;
}

void sbuf_release(sbuf *b)
{
    if (b->data)
        b->alloc->free_fn(b->alloc->user, b->data);
    sbuf_init(b, b->alloc);
}

bool sbuf_grow(sbuf *b, size_t more)
{
    if (b->failed)
        return false;
    if (more > SIZE_MAX / 2 - b->len) {
        b->failed = true;
        return false;
    }
    size_t cap = b->cap ? b->cap : 256;
    while (cap - b->len < more)
        cap *= 2;
    char *p = b->alloc->realloc_fn(b->alloc->user, b->data, cap);
    if (!p) {
        b->failed = true;
        return false;
    }
    b->data = p;
    b->cap = cap;
    return true;
}

bool sbuf_terminate(sbuf *b)
{
    if (!sbuf_reserve(b, 1))
        return false;
    b->data[b->len] = '\0';
    return true;
}

/* 1 for bytes JSON requires us to escape inside a string. */
static const unsigned char needs_escape[256] = {
    1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
    ['"'] = 1, ['\\'] = 1,
};

/* Writes the escape for c (one that needs_escape) at out; returns the end. */
static char *put_escape(char *out, unsigned char c)
{
    static const char hex[] = "0123456789abcdef";
    *out++ = '\\';
    switch (c) {
    case '"': *out++ = '"'; break;
    case '\\': *out++ = '\\'; break;
    case '\b': *out++ = 'b'; break;
    case '\f': *out++ = 'f'; break;
    case '\n': *out++ = 'n'; break;
    case '\r': *out++ = 'r'; break;
    case '\t': *out++ = 't'; break;
    default:
        *out++ = 'u';
        *out++ = '0';
        *out++ = '0';
        *out++ = hex[c >> 4];
        *out++ = hex[c & 15];
    }
    return out;
}

void sbuf_put_json_string(sbuf *b, const char *s, size_t n)
{
    /* Worst case every byte becomes \u00xx; 16 more for the block copies
     * below, which may store a few bytes past what they keep. */
    if (n > (SIZE_MAX - 32) / 6 || !sbuf_reserve(b, n * 6 + 2 + 16))
        return;
    const unsigned char *in = (const unsigned char *)s;
    char *out = b->data + b->len;
    size_t i = 0;
    *out++ = '"';
#if defined(__SSE2__) && defined(__GNUC__)
    /* Sixteen bytes at a time where there is SSE2 (every x86-64): store the
     * block, keep it up to the first byte that needs an escape. */
    const __m128i quote = _mm_set1_epi8('"'), backslash = _mm_set1_epi8('\\'),
                  last_control = _mm_set1_epi8(0x1F);
    while (n - i >= 16) {
        __m128i v = _mm_loadu_si128((const __m128i *)(const void *)(in + i));
        __m128i special = _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(v, quote), _mm_cmpeq_epi8(v, backslash)),
                                       _mm_cmpeq_epi8(_mm_min_epu8(v, last_control), v)); /* v <= 0x1F */
        _mm_storeu_si128((__m128i *)(void *)out, v);
        unsigned mask = (unsigned)_mm_movemask_epi8(special);
        if (!mask) {
            out += 16;
            i += 16;
            continue;
        }
        size_t k = (size_t)__builtin_ctz(mask);
        out = put_escape(out + k, in[i + k]);
        i += k + 1;
    }
#endif
#ifdef SUMMIT_HAVE_SWAR
    /* Eight bytes at a time: store the word, keep it up to the first byte
     * that needs an escape. */
    while (n - i >= 8) {
        uint64_t word = swar_load(in + i);
        uint64_t special = swar_json_special(word, false);
        memcpy(out, &word, 8);
        if (!special) {
            out += 8;
            i += 8;
            continue;
        }
        size_t k = swar_first(special);
        out = put_escape(out + k, in[i + k]);
        i += k + 1;
    }
    /* The last 1-7 bytes of a longer string: one overlapping word. */
    if (i < n && n >= 8) {
        uint64_t special = swar_json_special(swar_load(in + n - 8), false);
        special >>= 8 * (8 - (n - i)); /* keep the flags of bytes i..n-1 */
        if (!special) {
            memcpy(out, in + i, n - i);
            out += n - i;
            i = n;
        }
    }
#endif
    for (; i < n; i++) {
        unsigned char c = in[i];
        if (needs_escape[c])
            out = put_escape(out, c);
        else
            *out++ = (char)c;
    }
    *out++ = '"';
    b->len = (size_t)(out - b->data);
}
