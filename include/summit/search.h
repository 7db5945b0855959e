/** libsummit — searching a collection.
 *
 * The query language (README, "Searching"):
 * - words are AND-ed; `AND` (upper case) may stand between them and means
 *   the same; `OR` (upper case) between clauses; `-x` or `NOT x` excludes;
 *   parentheses group. OR binds loosest, then AND, then NOT.
 * - "a phrase" matches consecutive words inside one field value; `word*`
 *   matches any word starting with `word`; a bare word that folds into
 *   several words (`values-driven`) is a phrase.
 * - filters: `country:X` (a participant; X a code, name or alias, quoted
 *   when it has spaces: `country:"Republic of Korea"`), `host:X` (the
 *   location's country), `year:2018`, `year:2015..2020`, `year:2015..`,
 *   `year:..2000` (year of start_date, inclusive), `mode:virtual`
 *   (`in-person`, `virtual`, `hybrid`), `id:X`, and the text filters
 *   `topic:`, `series:`, `group:`, `title:`, `theme:` (a word or "phrase"
 *   inside that field).
 * - full text covers series, group, title, theme, location city, chair
 *   name and title, participant names, topics, commitments, document
 *   titles, media captions and summary; not ids, codes, dates, URLs, file
 *   names or `extra`.
 * - words are runs of letters and digits after Unicode compatibility
 *   folding, case folding and accent stripping (utf8proc), in records and
 *   queries alike: `brasilia` finds "Brasília". Words are compared in
 *   decomposed form: whole words match exactly as under NFKC; a prefix may
 *   also end inside a Hangul syllable (`ㅅ*` finds "서울").
 * - field names are lower case: `Topic:x` is the phrase "topic x".
 * - the empty query matches every record.
 * - ranking: BM25 (k1 = 1.2, b = 0.75, idf = ln(1 + (N - n + 0.5) / (n + 0.5)))
 *   over all full-text fields of a record as one document, summed over the
 *   distinct free-text words of the query (words, phrases and prefixes, not
 *   those of filters such as topic:) that are not excluded; a prefix counts
 *   every word it matches in the record. Equal scores, and filter-only
 *   queries, come in chronological order: start_date, then id.
 *
 * Threads: many threads may search one collection at once, whether or not
 * summit_collection_index() was called first (the first search then
 * builds the index, once). summit_collection_add() drops the index; it
 * needs exclusive access anyway. */
#ifndef SUMMIT_SEARCH_H
#define SUMMIT_SEARCH_H

#include <stddef.h>

#include "collection.h"
#include "error.h"
#include "export.h"
#include "record.h"

#ifdef __cplusplus
extern "C" {
#endif

typedef struct summit_results summit_results;

/** Builds the full-text index now, so that the first search is fast.
 * Optional and idempotent. Errors: _NOMEM, _ARG. Thread-safe. */
SUMMIT_API summit_status summit_collection_index(summit_collection *c, summit_error *err);

/** Runs `query` (UTF-8, NUL-terminated) and returns at most `limit`
 * records (0 = all), best first. On success *out owns the results: free
 * them with summit_results_free(); the records they point to belong to the
 * collection. A bad query is SUMMIT_ERR_QUERY with err->column (1-based,
 * in characters) at the offending part and line 1; a query longer than
 * the collection's max_query_bytes, or nested deeper than its
 * max_query_depth (summit_load_options), is SUMMIT_ERR_LIMIT with the
 * column too. Other errors: _NOMEM, _ARG. Thread-safe. */
SUMMIT_API summit_status summit_search(const summit_collection *c, const char *query, size_t limit,
                                       summit_results **out, summit_error *err);

/** Number of records returned (<= limit). 0 for NULL. */
SUMMIT_API size_t summit_results_count(const summit_results *r);
/** Number of records that matched, before the limit. 0 for NULL. */
SUMMIT_API size_t summit_results_total(const summit_results *r);
/** The i-th record, best first; NULL when out of range. */
SUMMIT_API const summit_record *summit_results_record(const summit_results *r, size_t i);
/** Its BM25 score (0 for queries without scored words); 0 when out of range. */
SUMMIT_API double summit_results_score(const summit_results *r, size_t i);
/** Frees the results (not the records). NULL is allowed. */
SUMMIT_API void summit_results_free(summit_results *r);

#ifdef __cplusplus
}
#endif

#endif /* SUMMIT_SEARCH_H */
