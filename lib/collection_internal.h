/* Private: the collection handle shared by loading, adding and saving. */
#ifndef SUMMIT_COLLECTION_INTERNAL_H
#define SUMMIT_COLLECTION_INTERNAL_H

#include <pthread.h>
#include <stdatomic.h>
#include <stddef.h>

#include "arena.h"
#include "summit/collection.h"

/* The largest max_depth accepted: the reader recurses once per level. */
#define SUMMIT_MAX_DEPTH_CAP 1024u

struct summit_collection {
    summit_allocator alloc;   /* a copy of the caller's (or the default) */
    summit_load_options opts; /* resolved limits; opts.allocator points at alloc */
    arena arena;              /* every record, string and list */
    summit_record **records;  /* input order; pointers stay valid as it grows */
    size_t count;
    size_t capacity;
    size_t *id_slots;         /* open addressing over ids: record index + 1, 0 = empty */
    size_t id_slot_count;     /* a power of two, at least twice count */
    /* The full-text index (index.h), built by the first search or by
     * summit_collection_index(); searches on many threads may race to
     * build it, so it is published atomically under index_lock. */
    _Atomic(struct summit_index *) index;
    pthread_mutex_t index_lock;
};

/* Checks opts (NULL = defaults) and writes the resolved options to *out.
 * SUMMIT_ERR_ARG with a message when something is wrong. */
summit_status options_resolve(const summit_load_options *opts, summit_load_options *out,
                              summit_allocator *alloc_out, summit_error *err);

/* A new empty collection from resolved options; NULL when out of memory. */
summit_collection *collection_create(const summit_load_options *resolved,
                                     const summit_allocator *alloc);

/* Index of the record with this id, or (size_t)-1. */
size_t collection_find_index(const summit_collection *c, const char *id, size_t len);

/* Appends a record that lives in c's arena. SUMMIT_ERR_DUPLICATE_ID
 * (nothing changed) or _NOMEM; max_records is the caller's to check. */
summit_status collection_append(summit_collection *c, summit_record *r);

#endif
