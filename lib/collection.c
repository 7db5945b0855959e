/* The collection handle: options, records in order, and the id index. */
#include "collection_internal.h"

#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include "error_internal.h"
#include "hash.h"
#include "index.h"
#include "json_reader.h"
#include "sbuf.h"
#include "validate.h"

void summit_load_options_init(summit_load_options *o)
{
    if (!o)
        return;
    memset(o, 0, sizeof *o);
    o->version = SUMMIT_LOAD_OPTIONS_VERSION;
    o->flags = SUMMIT_LOAD_DEFAULT;
    o->max_input_bytes = SUMMIT_DEFAULT_MAX_INPUT_BYTES;
    o->max_depth = SUMMIT_DEFAULT_MAX_DEPTH;
    o->max_string_bytes = SUMMIT_DEFAULT_MAX_STRING_BYTES;
    o->max_records = SUMMIT_DEFAULT_MAX_RECORDS;
    o->max_list_items = SUMMIT_DEFAULT_MAX_LIST_ITEMS;
    o->max_query_bytes = SUMMIT_DEFAULT_MAX_QUERY_BYTES;
    o->max_query_depth = SUMMIT_DEFAULT_MAX_QUERY_DEPTH;
}

summit_status options_resolve(const summit_load_options *opts, summit_load_options *out,
                              summit_allocator *alloc_out, summit_error *err)
{
    summit_load_options_init(out);
    if (opts && opts->version == 1) /* a struct without the version 2 fields */
        memcpy(out, opts, offsetof(summit_load_options, max_list_items));
    else if (opts && opts->version == SUMMIT_LOAD_OPTIONS_VERSION)
        *out = *opts;
    else if (opts) {
        error_set(err, SUMMIT_ERR_ARG, "",
                  "summit_load_options.version is %u; this library knows versions 1 to %u "
                  "(call summit_load_options_init())",
                  (unsigned)opts->version, (unsigned)SUMMIT_LOAD_OPTIONS_VERSION);
        return SUMMIT_ERR_ARG;
    }
    out->version = SUMMIT_LOAD_OPTIONS_VERSION;

    if (out->flags != SUMMIT_LOAD_DEFAULT) {
        error_set(err, SUMMIT_ERR_ARG, "", "unknown load flags 0x%x", (unsigned)out->flags);
        return SUMMIT_ERR_ARG;
    }
    if (out->max_depth < 4 || out->max_depth > SUMMIT_MAX_DEPTH_CAP) {
        error_set(err, SUMMIT_ERR_ARG, "", "max_depth must be from 4 to %u, got %u",
                  SUMMIT_MAX_DEPTH_CAP, (unsigned)out->max_depth);
        return SUMMIT_ERR_ARG;
    }
    if (out->max_query_depth < 1 || out->max_query_depth > SUMMIT_MAX_DEPTH_CAP) {
        error_set(err, SUMMIT_ERR_ARG, "", "max_query_depth must be from 1 to %u, got %u",
                  SUMMIT_MAX_DEPTH_CAP, (unsigned)out->max_query_depth);
        return SUMMIT_ERR_ARG;
    }
    const summit_allocator *a = out->allocator ? out->allocator : &summit_default_allocator;
    if (!a->malloc_fn || !a->realloc_fn || !a->free_fn) {
        error_set(err, SUMMIT_ERR_ARG, "", "an allocator needs malloc_fn, realloc_fn and free_fn");
        return SUMMIT_ERR_ARG;
    }
    *alloc_out = *a;
    out->allocator = NULL; /* the collection points it at its own copy */
    return SUMMIT_OK;
}

summit_collection *collection_create(const summit_load_options *resolved,
                                     const summit_allocator *alloc)
{
    summit_collection *c = alloc->malloc_fn(alloc->user, sizeof *c);
    if (!c)
        return NULL;
    memset(c, 0, sizeof *c);
    c->alloc = *alloc;
    c->opts = *resolved;
    c->opts.allocator = &c->alloc;
    arena_init(&c->arena, &c->alloc);
    atomic_init(&c->index, NULL);
    if (pthread_mutex_init(&c->index_lock, NULL) != 0) {
        alloc->free_fn(alloc->user, c);
        return NULL;
    }
    return c;
}

summit_collection *summit_collection_new(const summit_load_options *opts)
{
    summit_load_options resolved;
    summit_allocator alloc;
    if (options_resolve(opts, &resolved, &alloc, NULL) != SUMMIT_OK)
        return NULL;
    return collection_create(&resolved, &alloc);
}

void summit_collection_free(summit_collection *c)
{
    if (!c)
        return;
    summit_allocator alloc = c->alloc;
    index_free(atomic_load(&c->index));
    pthread_mutex_destroy(&c->index_lock);
    arena_release(&c->arena);
    alloc.free_fn(alloc.user, c->records);
    alloc.free_fn(alloc.user, c->id_slots);
    alloc.free_fn(alloc.user, c);
}

size_t summit_collection_count(const summit_collection *c)
{
    return c ? c->count : 0;
}

const summit_record *summit_collection_get(const summit_collection *c, size_t index)
{
    return c && index < c->count ? c->records[index] : NULL;
}

size_t collection_find_index(const summit_collection *c, const char *id, size_t len)
{
    if (!c || c->id_slot_count == 0)
        return SIZE_MAX;
    size_t mask = c->id_slot_count - 1;
    for (size_t i = (size_t)hash_bytes(id, len) & mask;; i = (i + 1) & mask) {
        size_t slot = c->id_slots[i];
        if (slot == 0)
            return SIZE_MAX;
        const char *other = c->records[slot - 1]->id;
        if (strncmp(other, id, len) == 0 && other[len] == '\0')
            return slot - 1;
    }
}

const summit_record *summit_collection_find(const summit_collection *c, const char *id)
{
    if (!c || !id)
        return NULL;
    size_t i = collection_find_index(c, id, strlen(id));
    return i == SIZE_MAX ? NULL : c->records[i];
}

static void id_insert(size_t *slots, size_t slot_count, const char *id, size_t index)
{
    size_t mask = slot_count - 1;
    size_t i = (size_t)hash_bytes(id, strlen(id)) & mask;
    while (slots[i] != 0)
        i = (i + 1) & mask;
    slots[i] = index + 1;
}

/* Keeps the id table at most half full. */
static bool id_table_grow(summit_collection *c)
{
    if (c->id_slot_count >= 2 * (c->count + 1))
        return true;
    size_t n = c->id_slot_count ? c->id_slot_count * 2 : 64;
    if (n > SIZE_MAX / sizeof(size_t))
        return false;
    size_t *slots = c->alloc.malloc_fn(c->alloc.user, n * sizeof *slots);
    if (!slots)
        return false;
    memset(slots, 0, n * sizeof *slots);
    for (size_t i = 0; i < c->count; i++)
        id_insert(slots, n, c->records[i]->id, i);
    c->alloc.free_fn(c->alloc.user, c->id_slots);
    c->id_slots = slots;
    c->id_slot_count = n;
    return true;
}

summit_status collection_append(summit_collection *c, summit_record *r)
{
    if (collection_find_index(c, r->id, strlen(r->id)) != SIZE_MAX)
        return SUMMIT_ERR_DUPLICATE_ID;
    if (c->count == c->capacity) {
        size_t n = c->capacity ? c->capacity * 2 : 16;
        if (n > SIZE_MAX / sizeof *c->records)
            return SUMMIT_ERR_NOMEM;
        summit_record **records = c->alloc.realloc_fn(c->alloc.user, c->records, n * sizeof *records);
        if (!records)
            return SUMMIT_ERR_NOMEM;
        c->records = records;
        c->capacity = n;
    }
    if (!id_table_grow(c))
        return SUMMIT_ERR_NOMEM;
    c->records[c->count] = r;
    id_insert(c->id_slots, c->id_slot_count, r->id, c->count);
    c->count++;
    /* The index no longer covers every record: the next search rebuilds it
     * (adding needs exclusive access, so no search runs now). */
    index_free(atomic_exchange(&c->index, NULL));
    return SUMMIT_OK;
}

/* ---- summit_collection_add: validate, then deep-copy into the arena ------ */

/* Copy helpers: each returns false when out of memory. */
static bool copy_string(arena *a, const char **dst, const char *src)
{
    if (!src) {
        *dst = NULL;
        return true;
    }
    *dst = arena_strndup(a, src, strlen(src));
    return *dst != NULL;
}

static bool copy_string_list(arena *a, const char *const **dst, const char *const *src, size_t n)
{
    *dst = NULL;
    if (n == 0)
        return true;
    const char **items = arena_alloc(a, n * sizeof *items);
    if (!items)
        return false;
    for (size_t i = 0; i < n; i++)
        if (!copy_string(a, &items[i], src[i]))
            return false;
    *dst = items;
    return true;
}

static bool copy_record(arena *a, summit_record *dst, const summit_record *src, const char *extra)
{
    *dst = *src;
    bool ok = copy_string(a, &dst->id, src->id) && copy_string(a, &dst->series, src->series) &&
              copy_string(a, &dst->group, src->group) && copy_string(a, &dst->title, src->title) &&
              copy_string(a, &dst->theme, src->theme) &&
              copy_string(a, &dst->location.city, src->location.city) &&
              copy_string(a, &dst->location.country, src->location.country) &&
              copy_string(a, &dst->chair.name, src->chair.name) &&
              copy_string(a, &dst->chair.title, src->chair.title) &&
              copy_string(a, &dst->chair.country, src->chair.country) &&
              copy_string_list(a, &dst->topics, src->topics, src->topic_count) &&
              copy_string_list(a, &dst->commitments, src->commitments, src->commitment_count) &&
              copy_string_list(a, &dst->summary, src->summary, src->summary_count) &&
              copy_string(a, &dst->extra_json, extra);
    if (!ok)
        return false;

    dst->participants = NULL;
    if (src->participant_count) {
        summit_participant *p = arena_alloc(a, src->participant_count * sizeof *p);
        if (!p)
            return false;
        for (size_t i = 0; i < src->participant_count; i++) {
            p[i] = src->participants[i];
            if (!copy_string(a, &p[i].country, src->participants[i].country) ||
                !copy_string(a, &p[i].name, src->participants[i].name))
                return false;
        }
        dst->participants = p;
    }
    dst->documents = NULL;
    if (src->document_count) {
        summit_document *d = arena_alloc(a, src->document_count * sizeof *d);
        if (!d)
            return false;
        for (size_t i = 0; i < src->document_count; i++) {
            d[i] = src->documents[i];
            if (!copy_string(a, &d[i].title, src->documents[i].title) ||
                !copy_string(a, &d[i].url, src->documents[i].url))
                return false;
        }
        dst->documents = d;
    }
    dst->media = NULL;
    if (src->media_count) {
        summit_media *m = arena_alloc(a, src->media_count * sizeof *m);
        if (!m)
            return false;
        for (size_t i = 0; i < src->media_count; i++) {
            m[i] = src->media[i];
            if (!copy_string(a, &m[i].file, src->media[i].file) ||
                !copy_string(a, &m[i].url, src->media[i].url) ||
                !copy_string(a, &m[i].caption, src->media[i].caption))
                return false;
        }
        dst->media = m;
    }
    dst->sources = NULL;
    if (src->source_count) {
        summit_source *s = arena_alloc(a, src->source_count * sizeof *s);
        if (!s)
            return false;
        for (size_t i = 0; i < src->source_count; i++) {
            s[i] = src->sources[i];
            if (!copy_string(a, &s[i].url, src->sources[i].url) ||
                !copy_string(a, &s[i].title, src->sources[i].title))
                return false;
        }
        dst->sources = s;
    }
    return true;
}

summit_status summit_collection_add(summit_collection *c, const summit_record *rec,
                                     summit_error *err)
{
    error_clear(err);
    if (!c || !rec) {
        error_set(err, SUMMIT_ERR_ARG, "", "summit_collection_add needs a collection and a record");
        return SUMMIT_ERR_ARG;
    }
    summit_status st = record_check(rec, err);
    if (st != SUMMIT_OK)
        return st;
    if (collection_find_index(c, rec->id, strlen(rec->id)) != SIZE_MAX) {
        error_set(err, SUMMIT_ERR_DUPLICATE_ID, "/id", "duplicate id \"%s\"", rec->id);
        return SUMMIT_ERR_DUPLICATE_ID;
    }

    const struct { const char *pointer; size_t count; } lists[] = {
        { "/participants", rec->participant_count }, { "/topics", rec->topic_count },
        { "/commitments", rec->commitment_count },   { "/documents", rec->document_count },
        { "/media", rec->media_count },              { "/summary", rec->summary_count },
        { "/sources", rec->source_count },
    };
    for (size_t i = 0; i < sizeof lists / sizeof lists[0]; i++)
        if (lists[i].count > c->opts.max_list_items)
            return error_set(err, SUMMIT_ERR_LIMIT, lists[i].pointer,
                             "a list of %zu items is longer than max_list_items (%zu)",
                             lists[i].count, c->opts.max_list_items);

    sbuf extra;
    sbuf_init(&extra, &c->alloc);
    if (rec->extra_json) {
        st = json_canonical_object(rec->extra_json, strlen(rec->extra_json), &c->opts, &extra, err);
        if (st != SUMMIT_OK) {
            sbuf_release(&extra);
            return st;
        }
    }

    if (c->count >= c->opts.max_records) {
        error_set(err, SUMMIT_ERR_LIMIT, "", "the collection already holds max_records (%zu) records",
                  c->opts.max_records);
        return SUMMIT_ERR_LIMIT;
    }
    arena_mark mark = arena_get_mark(&c->arena);
    summit_record *copy = arena_alloc(&c->arena, sizeof *copy);
    const char *extra_text = extra.len > 2 ? extra.data : NULL; /* "{}" counts as absent */
    if (!copy || !copy_record(&c->arena, copy, rec, extra_text)) {
        st = SUMMIT_ERR_NOMEM;
    } else {
        st = collection_append(c, copy);
    }
    sbuf_release(&extra);
    if (st != SUMMIT_OK) {
        arena_rewind(&c->arena, mark);
        error_set(err, st, "", "out of memory while adding record \"%s\"", rec->id);
    }
    return st;
}
