/* Growable output buffer and JSON string escaping. */
#include "sbuf.h"

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

void sbuf_put_json_string(sbuf *b, const char *s, size_t n)
{
    static const char hex[] = "0123456789abcdef";
    /* Worst case every byte becomes \u00xx: reserve once, then write freely. */
    if (n > (SIZE_MAX - 2) / 6 || !sbuf_reserve(b, n * 6 + 2))
        return;
    char *out = b->data + b->len;
    *out++ = '"';
    size_t run = 0;
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)s[i];
        if (!needs_escape[c])
            continue;
        memcpy(out, s + run, i - run);
        out += i - run;
        run = i + 1;
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
    }
    memcpy(out, s + run, n - run);
    out += n - run;
    *out++ = '"';
    b->len = (size_t)(out - b->data);
}
