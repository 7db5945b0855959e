/* Bump allocator owning all of a collection's record data. */
#include "arena.h"

#include <stdint.h>
#include <string.h>

#define ARENA_MIN_CHUNK ((size_t)64 * 1024)
#define ARENA_MAX_CHUNK ((size_t)4 * 1024 * 1024)
#define ARENA_ALIGN ((size_t)16)

struct arena_chunk {
    arena_chunk *next;
    size_t size; /* usable bytes after the header */
    size_t used;
    /* data follows, aligned */
};

#define CHUNK_HEADER (((sizeof(arena_chunk) + ARENA_ALIGN - 1) / ARENA_ALIGN) * ARENA_ALIGN)

static unsigned char *chunk_data(arena_chunk *c)
{
    return (unsigned char *)c + CHUNK_HEADER;
}

void arena_init(arena *a, const summit_allocator *alloc)
{
    a->alloc = alloc;
    a->head = NULL;
    a->bytes_reserved = 0;
    a->max_chunk = ARENA_MAX_CHUNK;
}

void arena_release(arena *a)
{
    arena_chunk *c = a->head;
    while (c) {
        arena_chunk *next = c->next;
        a->alloc->free_fn(a->alloc->user, c);
        c = next;
    }
    a->head = NULL;
    a->bytes_reserved = 0;
}

/* A new chunk able to hold `need` bytes. Chunks grow with the arena (so a
 * large collection needs few of them) up to ARENA_MAX_CHUNK; a larger
 * request gets a chunk of its own size. */
static arena_chunk *arena_grow(arena *a, size_t need)
{
    size_t size = a->bytes_reserved < ARENA_MIN_CHUNK ? ARENA_MIN_CHUNK : a->bytes_reserved;
    if (size > a->max_chunk)
        size = a->max_chunk;
    if (size < need)
        size = need;
    if (size > SIZE_MAX - CHUNK_HEADER)
        return NULL;
    arena_chunk *c = a->alloc->malloc_fn(a->alloc->user, CHUNK_HEADER + size);
    if (!c)
        return NULL;
    c->next = a->head;
    c->size = size;
    c->used = 0;
    a->head = c;
    a->bytes_reserved += size;
    return c;
}

void *arena_alloc(arena *a, size_t size)
{
    if (size > SIZE_MAX - ARENA_ALIGN)
        return NULL;
    size_t rounded = (size + ARENA_ALIGN - 1) & ~(ARENA_ALIGN - 1);
    arena_chunk *c = a->head;
    if (!c || c->size - c->used < rounded) {
        c = arena_grow(a, rounded);
        if (!c)
            return NULL;
    }
    void *p = chunk_data(c) + c->used;
    c->used += rounded;
    return p;
}

void *arena_calloc(arena *a, size_t size)
{
    void *p = arena_alloc(a, size);
    if (p)
        memset(p, 0, size);
    return p;
}

char *arena_strndup(arena *a, const char *s, size_t len)
{
    if (len == SIZE_MAX)
        return NULL;
    char *p = arena_alloc(a, len + 1);
    if (!p)
        return NULL;
    memcpy(p, s, len);
    p[len] = '\0';
    return p;
}

arena_mark arena_get_mark(const arena *a)
{
    arena_mark m = { a->head, a->head ? a->head->used : 0 };
    return m;
}

void arena_rewind(arena *a, arena_mark m)
{
    while (a->head && a->head != m.head) {
        arena_chunk *c = a->head;
        a->head = c->next;
        a->bytes_reserved -= c->size;
        a->alloc->free_fn(a->alloc->user, c);
    }
    if (a->head)
        a->head->used = m.used;
}
