/* Private: the full-text index of a collection: for every folded word, the
 * records holding it and how often (no positions: phrases are checked on
 * the candidate records themselves), plus each record's length in words. */
#ifndef SUMMIT_INDEX_H
#define SUMMIT_INDEX_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "arena.h"
#include "summit/collection.h"
#include "summit/record.h"

typedef struct posting {
    uint32_t doc; /* record index in the collection */
    uint32_t tf;  /* occurrences in the record's full text */
} posting;

typedef struct term {
    const char *text; /* folded word, NUL-terminated, in the index's arena */
    uint32_t len;
    uint32_t count; /* postings, by increasing doc */
    uint32_t cap;
    posting *postings;
} term;

typedef struct summit_index {
    const summit_allocator *alloc;
    arena strings;
    term *terms;
    size_t term_count, term_cap;
    uint32_t *slots; /* open addressing: term index + 1, 0 = empty */
    size_t slot_count;
    const term **sorted; /* by text, for prefixes */
    uint32_t *doc_words;  /* each record's length in words */
    size_t doc_count;
    double average_words;
} summit_index;

/* Calls fn for every full-text value of r within `fields` (FIELD_* bits of
 * query.h); stops and returns false as soon as fn does. */
typedef bool (*text_value_fn)(void *ctx, const char *text);
bool each_text_value(const summit_record *r, unsigned fields, text_value_fn fn, void *ctx);

/* Builds the index of records[0..count); NULL when out of memory. */
summit_index *index_build(const summit_record *const *records, size_t count, const summit_allocator *alloc);
void index_free(summit_index *ix);

/* The term for a folded word, or NULL. */
const term *index_find(const summit_index *ix, const char *word, size_t len);
/* The range [*first, *end) of `sorted` whose words start with prefix. */
void index_prefix_range(const summit_index *ix, const char *prefix, size_t len, size_t *first, size_t *end);

#endif
