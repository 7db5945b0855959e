/* Private: a bump allocator. Every string, list and record of a collection
 * lives in its arena, so freeing a collection is freeing a few chunks. */
#ifndef SUMMIT_ARENA_H
#define SUMMIT_ARENA_H

#include <stddef.h>

#include "summit/collection.h"

typedef struct arena_chunk arena_chunk;

typedef struct arena {
    const summit_allocator *alloc; /* owned by the collection */
    arena_chunk *head;             /* newest chunk first */
    size_t bytes_reserved;         /* sum of chunk sizes, for growth */
    size_t max_chunk;              /* chunks grow up to this (default 4 MiB) */
} arena;

/* A position in the arena, to undo everything allocated after it. */
typedef struct arena_mark {
    arena_chunk *head;
    size_t used;
} arena_mark;

void arena_init(arena *a, const summit_allocator *alloc);
void arena_release(arena *a);

/* size bytes aligned for any object; NULL when out of memory. */
void *arena_alloc(arena *a, size_t size);
/* size bytes, zero-filled. */
void *arena_calloc(arena *a, size_t size);
/* A NUL-terminated copy of the first len bytes of s. */
char *arena_strndup(arena *a, const char *s, size_t len);

arena_mark arena_get_mark(const arena *a);
void arena_rewind(arena *a, arena_mark m);

#endif
