/* A deliberately simple reference implementation of the search semantics
 * of include/summit/search.h, for the tests: it folds every record's text
 * with utf8proc itself, scans every record for every query and computes
 * BM25 from its own counts. Slow, and independent of lib/. Also the
 * generators of random collections and queries shared by test_search.c and
 * test_search_threads.c. */
#ifndef SEARCH_REFERENCE_H
#define SEARCH_REFERENCE_H

#include <stddef.h>
#include <stdint.h>

#include <summit/summit.h>
#include <summit/search.h>

/* The folded view of a collection (build once, search many times). */
typedef struct ref_corpus ref_corpus;

ref_corpus *ref_corpus_new(const summit_collection *c);
void ref_corpus_free(ref_corpus *rc);

typedef struct ref_hits {
    size_t total;                  /* records that matched */
    size_t count;                  /* records returned (<= limit) */
    const summit_record **records; /* best first */
    double *scores;
    /* Set when the query uses something whose scoring the spec leaves open:
     * a word (or prefix) both required and excluded, a negation inside a
     * negation, or a word that folds to nothing. Random tests skip these. */
    int ambiguous;
} ref_hits;

/* Runs the query. 0 on success (*out filled; free with ref_hits_free), -1
 * on a query error with *column (1-based, in code points). */
int ref_search(const ref_corpus *rc, const char *query, size_t limit, ref_hits *out,
               uint32_t *column);
void ref_hits_free(ref_hits *h);

/* The reference score of one record of the corpus for a query (0 when it
 * does not match); -1 on a query error. */
double ref_score_of(const ref_corpus *rc, const char *query, const summit_record *rec);

/* start_date (year, month, day; missing parts first), then id. */
int ref_chrono_cmp(const summit_record *a, const summit_record *b);

/* Folds text into words (malloc'd array of malloc'd strings); returns the
 * count. Free with ref_words_free. */
size_t ref_fold(const char *text, char ***words);
void ref_words_free(char **words, size_t n);

/* Deterministic PRNG (splitmix64). */
typedef struct ref_rng {
    uint64_t state;
} ref_rng;
uint64_t ref_rand(ref_rng *r);
size_t ref_below(ref_rng *r, size_t n); /* 0..n-1 */

/* A collection of n varied records (ids "r000".."r<n-1>"), the same for the
 * same seed: a small vocabulary so that words repeat, accents and other
 * scripts, text in every searched and unsearched field. */
summit_collection *ref_make_corpus(uint64_t seed, size_t n);

/* A random valid query of every feature of the language into buf. */
void ref_random_query(ref_rng *r, char *buf, size_t cap);

#endif
