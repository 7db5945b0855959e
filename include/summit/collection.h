/** libsummit — collections: loading, looking up and adding records.
 *
 * A summit_collection is an opaque handle owning a set of records with
 * unique ids, in input order.
 *
 * Threads: there is no global state. Different collections may be used from
 * different threads freely. One collection may be read (count, get, find,
 * to_json, search) from many threads at once; summit_collection_add() and
 * summit_collection_free() need exclusive access. */
#ifndef SUMMIT_COLLECTION_H
#define SUMMIT_COLLECTION_H

#include <stddef.h>
#include <stdint.h>

#include "error.h"
#include "export.h"
#include "record.h"

#ifdef __cplusplus
extern "C" {
#endif

/** Memory functions used for everything a collection allocates. Each takes
 * `user` first. realloc_fn must accept ptr == NULL; free_fn must accept
 * NULL. All three must be set. */
typedef struct summit_allocator {
    void *(*malloc_fn)(void *user, size_t size);             /**< like malloc */
    void *(*realloc_fn)(void *user, void *ptr, size_t size); /**< like realloc */
    void (*free_fn)(void *user, void *ptr);                  /**< like free */
    void *user; /**< passed to each function */
} summit_allocator;

/** The summit_load_options layout this header describes. Version 2 added
 * max_list_items, max_query_bytes and max_query_depth; the library still
 * takes version 1 structs (the newer fields then get their defaults). */
#define SUMMIT_LOAD_OPTIONS_VERSION 2u

/** Flags for summit_load_options.flags. */
#define SUMMIT_LOAD_DEFAULT 0u

/** Default limits, set by summit_load_options_init(). */
#define SUMMIT_DEFAULT_MAX_INPUT_BYTES ((size_t)1 << 30)  /* 1 GiB */
#define SUMMIT_DEFAULT_MAX_DEPTH 64u
#define SUMMIT_DEFAULT_MAX_STRING_BYTES ((size_t)1 << 20) /* 1 MiB */
#define SUMMIT_DEFAULT_MAX_RECORDS ((size_t)1 << 24)      /* 16,777,216 */
#define SUMMIT_DEFAULT_MAX_LIST_ITEMS ((size_t)4096)
#define SUMMIT_DEFAULT_MAX_QUERY_BYTES ((size_t)65536)
#define SUMMIT_DEFAULT_MAX_QUERY_DEPTH 64u

/** Receives one report (a warning or an error) during a load. `report` is
 * only valid during the call; report->code is SUMMIT_OK for warnings. */
typedef void (*summit_report_fn)(const summit_error *report, void *user);

/** Called now and then during a load with the bytes consumed so far and the
 * input's total size, so a program can show progress. */
typedef void (*summit_progress_fn)(size_t done_bytes, size_t total_bytes, void *user);

/** Options for loading and for new collections. Always start from
 * summit_load_options_init(), then change what you need: fields added in
 * later versions get their defaults that way. Passing NULL instead of an
 * options struct means all defaults. The options are read during the call
 * only; the allocator struct is copied into the collection. */
typedef struct summit_load_options {
    uint32_t version;        /**< SUMMIT_LOAD_OPTIONS_VERSION */
    uint32_t flags;          /**< SUMMIT_LOAD_* flags; none defined yet */
    size_t max_input_bytes;  /**< larger input: SUMMIT_ERR_LIMIT */
    uint32_t max_depth;      /**< deeper nesting of arrays/objects: SUMMIT_ERR_LIMIT */
    /** A longer decoded string anywhere (member names and `extra`
     * included): SUMMIT_ERR_LIMIT. So that reading can stop before a
     * string's end, a string written in more than 6 × max_string_bytes + 12
     * bytes is refused too, whatever it decodes to. */
    size_t max_string_bytes;
    size_t max_records;      /**< more records: SUMMIT_ERR_LIMIT */
    const summit_allocator *allocator; /**< NULL: the C library's malloc/realloc/free */
    /** Problems that do not stop a load (today: a UTF-8 byte order mark that
     * was skipped). NULL: warnings are dropped. */
    summit_report_fn warning_fn;
    void *warning_user; /**< passed to warning_fn */
    /** When set, the loader reports every error it finds through error_fn and
     * keeps reading after schema and duplicate-id errors (a syntax or limit
     * error still ends the reading), so a validator can list every problem
     * of a file at once. Each record's problems come sorted by position.
     * The load still fails as a whole and returns no collection; the status
     * and *err are those of the first problem, unless a later error ended
     * the reading (syntax, limit, memory), which then wins: the status is
     * the same with and without error_fn. */
    summit_report_fn error_fn;
    void *error_user; /**< passed to error_fn */
    summit_progress_fn progress_fn;    /**< NULL: no progress calls */
    void *progress_user; /**< passed to progress_fn */
    /* Version 2. */
    /** More items in one list of a record (participants, topics,
     * commitments, documents, media, summary, sources), when loading or
     * adding: SUMMIT_ERR_LIMIT. A valid record has at most 249
     * participants (one per country); the default leaves room for long
     * summaries while stopping a hostile file early. */
    size_t max_list_items;
    /** A longer query given to summit_search() on this collection:
     * SUMMIT_ERR_LIMIT. */
    size_t max_query_bytes;
    /** Parentheses and negations nested deeper in a query:
     * SUMMIT_ERR_LIMIT (from 1 to 1024; the parser recurses per level). */
    uint32_t max_query_depth;
} summit_load_options;

typedef struct summit_collection summit_collection;

/** Sets *o to the defaults of this library version. Thread-safe. */
SUMMIT_API void summit_load_options_init(summit_load_options *o);

/** Reads and validates a file in any of the four forms of the schema (one
 * record, an array of records, a collection object, NDJSON), detected from
 * the content. On success *out owns a new collection; free it with
 * summit_collection_free(). On failure *out is set to NULL, nothing leaks,
 * and err (if not NULL) says where and why: SUMMIT_ERR_IO (file), _SYNTAX,
 * _SCHEMA, _DUPLICATE_ID, _LIMIT, _NOMEM, or _ARG (NULL path/out, or an
 * options version this library does not know). Thread-safe. */
SUMMIT_API summit_status summit_collection_load_file(const char *path,
                                                     const summit_load_options *opts,
                                                     summit_collection **out,
                                                     summit_error *err);

/** As summit_collection_load_file(), from `len` bytes at `data` (no NUL
 * terminator needed; NUL bytes inside are refused). The buffer is only read
 * during the call. */
SUMMIT_API summit_status summit_collection_load_buffer(const char *data, size_t len,
                                                       const summit_load_options *opts,
                                                       summit_collection **out,
                                                       summit_error *err);

/** A new, empty collection using opts' allocator and limits (NULL =
 * defaults), to fill with summit_collection_add(). NULL when out of memory
 * or when opts is invalid (unknown version, incomplete allocator).
 * Thread-safe. */
SUMMIT_API summit_collection *summit_collection_new(const summit_load_options *opts);

/** Frees the collection and every record, string and list it handed out;
 * every pointer obtained from it becomes invalid. NULL is allowed. Needs
 * exclusive access to the collection. */
SUMMIT_API void summit_collection_free(summit_collection *c);

/** Number of records; 0 for NULL. Safe from many threads at once. */
SUMMIT_API size_t summit_collection_count(const summit_collection *c);

/** The record at `index` (input order), or NULL when out of range. The
 * pointer stays valid until the collection is freed, even across
 * summit_collection_add(). */
SUMMIT_API const summit_record *summit_collection_get(const summit_collection *c, size_t index);

/** The record with this id, or NULL (also for a NULL collection or id).
 * Constant expected time. Safe from many threads at once. */
SUMMIT_API const summit_record *summit_collection_find(const summit_collection *c, const char *id);

/** Validates `rec` against every rule of the schema and appends a deep copy;
 * `rec` and its strings may be freed or reused afterwards. On failure the
 * collection is unchanged and err->pointer names the offending field
 * ("/participants/1/country"; line and column are 0, except for a problem
 * inside rec->extra_json, where they are positions in that text). Errors:
 * SUMMIT_ERR_SCHEMA, _SYNTAX (extra_json), _DUPLICATE_ID, _LIMIT, _NOMEM,
 * _ARG. rec->extra_json, when set, must be the text of a JSON object; it is
 * stored in canonical form. Needs exclusive access to the collection. */
SUMMIT_API summit_status summit_collection_add(summit_collection *c, const summit_record *rec,
                                               summit_error *err);

#ifdef __cplusplus
}
#endif

#endif /* SUMMIT_COLLECTION_H */
