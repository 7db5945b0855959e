/** libsummit — writing records as canonical JSON.
 *
 * The canonical form (schema, "Canonical form"): members in the schema's
 * order, absent members and empty lists omitted, non-ASCII written as UTF-8,
 * only what JSON requires escaped, one trailing newline. Saving what was
 * loaded and loading it again gives the same bytes when saved again. */
#ifndef SUMMIT_JSON_H
#define SUMMIT_JSON_H

#include <stddef.h>
#include <stdint.h>

#include "collection.h"
#include "error.h"
#include "export.h"
#include "record.h"

#ifdef __cplusplus
extern "C" {
#endif

/** Layout flags. Default (0): compact, on one line. */
#define SUMMIT_JSON_COMPACT 0u
#define SUMMIT_JSON_PRETTY 1u /* 2-space indentation, one member a line */
#define SUMMIT_JSON_NDJSON 2u /* collections: one compact record a line, no wrapper */

/** Writes one record as a JSON object followed by a newline. On success
 * *out is a NUL-terminated string owned by the caller (free it with
 * summit_free()) and *out_len, if out_len is not NULL, its length without
 * the NUL. The record is validated first, as by summit_collection_add(), so
 * an invalid hand-made record is refused. Errors: _SCHEMA, _SYNTAX or
 * _LIMIT (a bad extra_json), _NOMEM, _ARG (NULL r/out, unknown flags,
 * PRETTY with NDJSON). Thread-safe. */
SUMMIT_API summit_status summit_record_to_json(const summit_record *r, uint32_t flags,
                                               char **out, size_t *out_len,
                                               summit_error *err);

/** Writes a whole collection: by default a collection object
 * {"schema":"summit-collection/1","records":[...]}; with SUMMIT_JSON_NDJSON
 * one record a line (an empty collection is then an empty text, which the
 * loader refuses as empty input: JSON needs a value). Ownership and errors
 * as summit_record_to_json(), but the text is allocated with the
 * collection's allocator (see summit_free()).
 * Thread-safe for concurrent readers of the same collection. */
SUMMIT_API summit_status summit_collection_to_json(const summit_collection *c, uint32_t flags,
                                                   char **out, size_t *out_len,
                                                   summit_error *err);

/** Frees a string or buffer the library handed to the caller (the output of
 * the *_to_json functions). NULL is allowed. Only this may free them (not
 * free()): the output of summit_collection_to_json() comes from the
 * collection's allocator (summit_load_options.allocator), which must stay
 * usable until then; that of summit_record_to_json() from the C library's
 * malloc as libsummit links it. */
SUMMIT_API void summit_free(void *p);

#ifdef __cplusplus
}
#endif

#endif /* SUMMIT_JSON_H */
