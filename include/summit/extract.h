/** libsummit — extracting summit records from the text of public pages.
 *
 * summit_extract_text() reads plain text (a press release, a news item, a
 * list page of several summits) and builds summit records from what the
 * text states: dates, place, mode, chair, participants, theme, topics,
 * commitments, documents, media and title. It uses general knowledge only
 * (country names, aliases and demonyms, months, weekdays, ordinals); it
 * never looks up known summits. A field the text does not support is left
 * out. Every record is checked by summit_collection_add(), so the result
 * is always valid against the schema.
 *
 * Threads: no global state; extractions may run on many threads at once. */
#ifndef SUMMIT_EXTRACT_H
#define SUMMIT_EXTRACT_H

#include <stddef.h>
#include <stdint.h>

#include "collection.h"
#include "error.h"
#include "export.h"
#include "record.h"

#ifdef __cplusplus
extern "C" {
#endif

/** The summit_extract_options layout this header describes. */
#define SUMMIT_EXTRACT_OPTIONS_VERSION 1u

/** Default for summit_extract_options.max_input_bytes: 16 MiB. */
#define SUMMIT_EXTRACT_DEFAULT_MAX_INPUT_BYTES ((size_t)16 << 20)

/** Receives, for every field an extraction sets, where it came from.
 * `field_pointer` is the JSON Pointer of the field within its record,
 * prefixed by the record's index in the new collection when the text is a
 * list page of several summits ("/start_date", or "/1/start_date"); `value_text` is the value as
 * written to the record; `evidence` is the sentence or line of the text it
 * came from (line breaks inside it shown as spaces) and `evidence_line`
 * that text's 1-based line number. A candidate the extractor rejected (a
 * date whose stated weekday disagrees) is reported with an empty
 * `field_pointer` and a `value_text` saying why. All strings are valid only
 * during the call. */
typedef void (*summit_explain_fn)(const char *field_pointer, const char *value_text,
                                  const char *evidence, size_t evidence_line, void *user);

/** Options for summit_extract_text(). Always start from
 * summit_extract_options_init(); NULL instead of options means defaults.
 * Read during the call only. */
typedef struct summit_extract_options {
    uint32_t version; /**< SUMMIT_EXTRACT_OPTIONS_VERSION */
    uint32_t flags;   /**< none defined yet: must be 0 */
    /** The year for dates written without one ("Thursday 18th November")
     * and the day "today" means; year 0 (the default) takes the year from
     * the text itself (a dateline "Date : 2020.11.10", "in November
     * 2021"). */
    summit_date reference_date;
    const char *source_url;   /**< NULL: no sources; else the url of every record's one source */
    const char *source_title; /**< optional title of that source */
    summit_date retrieved;    /**< optional retrieval date of that source (year 0 = none) */
    size_t max_input_bytes;   /**< larger input: SUMMIT_ERR_LIMIT */
    summit_explain_fn explain_fn; /**< NULL: no explanations */
    void *explain_user;           /**< passed to explain_fn */
    /** Allocator and limits of the new collection, also used for the
     * extractor's own working memory; NULL = defaults. */
    const summit_load_options *load;
} summit_extract_options;

/** Sets *o to the defaults of this library version. Thread-safe. */
SUMMIT_API void summit_extract_options_init(summit_extract_options *o);

/** Extracts summit records from `len` bytes of UTF-8 text at `text` (no NUL
 * terminator needed). Line ends may be LF, CRLF or CR; a UTF-8 byte order
 * mark is skipped. A page about one summit gives one record; a list page
 * (a heading per summit with its place and date lines) gives one record
 * per summit, in page order.
 *
 * On success *out owns a new collection (free it with
 * summit_collection_free()). On failure *out is NULL, nothing leaks and
 * err (if not NULL) says why:
 * - SUMMIT_ERR_NOT_FOUND: no summit with at least a start date in the text;
 * - SUMMIT_ERR_SYNTAX: the text is not valid UTF-8 (line and column of the
 *   first bad byte);
 * - SUMMIT_ERR_LIMIT: more than max_input_bytes;
 * - SUMMIT_ERR_SCHEMA: opts->source_url (or source_title) is not valid in
 *   a record, pointer "/sources/0/url";
 * - SUMMIT_ERR_NOMEM, SUMMIT_ERR_ARG (NULL text with len > 0, NULL out,
 *   unknown options version or flags).
 * Time and memory are linear in the input. Thread-safe. */
SUMMIT_API summit_status summit_extract_text(const char *text, size_t len,
                                             const summit_extract_options *opts,
                                             summit_collection **out, summit_error *err);

#ifdef __cplusplus
}
#endif

#endif /* SUMMIT_EXTRACT_H */
