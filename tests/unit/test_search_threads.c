/* Many threads searching one collection at once (include/summit/search.h,
 * "Threads"): with the index built first, and without (the first searches
 * race to build it). Every thread's results must equal the single-threaded
 * ones. Meant to run under ThreadSanitizer too (-DSUMMIT_SANITIZE=thread). */
#include "test_util.h"

#include <pthread.h>

#include <summit/search.h>

#include "search_reference.h"

#define THREADS 8
#define QUERIES 300
#define RECORDS 300
#define SEED 424242u

typedef struct expected {
    char query[1024];
    size_t limit;
    size_t total, count;
    const char **ids; /* ids of the single-threaded results (strings of that collection) */
    double *scores;
} expected;

static expected want[QUERIES];

typedef struct job {
    const summit_collection *c;
    pthread_barrier_t *start;
    size_t first; /* each thread walks the queries from its own starting point */
    size_t mismatches, errors;
    char first_bad[1100];
} job;

static void note(job *j, const char *what, const char *query)
{
    if (j->mismatches + j->errors == 1)
        snprintf(j->first_bad, sizeof j->first_bad, "%s: %s", what, query);
}

static void *worker(void *arg)
{
    job *j = arg;
    pthread_barrier_wait(j->start);
    for (size_t n = 0; n < QUERIES; n++) {
        const expected *e = &want[(j->first + n) % QUERIES];
        summit_results *res = NULL;
        summit_error err;
        if (summit_search(j->c, e->query, e->limit, &res, &err) != SUMMIT_OK) {
            j->errors++;
            note(j, "error", e->query);
            continue;
        }
        int same = summit_results_total(res) == e->total && summit_results_count(res) == e->count;
        for (size_t i = 0; same && i < e->count; i++)
            same = strcmp(summit_results_record(res, i)->id, e->ids[i]) == 0 &&
                   summit_results_score(res, i) == e->scores[i];
        if (!same) {
            j->mismatches++;
            note(j, "different results", e->query);
        }
        summit_results_free(res);
    }
    return NULL;
}

/* The single-threaded results, from a collection of its own. */
static summit_collection *prepare(void)
{
    summit_collection *c = ref_make_corpus(SEED, RECORDS);
    assert_non_null(c);
    ref_rng rng = { SEED + 1u };
    size_t with_hits = 0;
    for (size_t q = 0; q < QUERIES; q++) {
        expected *e = &want[q];
        ref_random_query(&rng, e->query, sizeof e->query);
        e->limit = ref_below(&rng, 3) == 0 ? 1 + ref_below(&rng, 10) : 0;
        summit_results *res = NULL;
        summit_error err;
        summit_status st = summit_search(c, e->query, e->limit, &res, &err);
        if (st != SUMMIT_OK)
            fail_msg("query %s: status %d at column %u: %s", e->query, st, err.column, err.message);
        e->total = summit_results_total(res);
        e->count = summit_results_count(res);
        with_hits += e->total > 0;
        e->ids = calloc(e->count ? e->count : 1, sizeof *e->ids);
        e->scores = calloc(e->count ? e->count : 1, sizeof *e->scores);
        for (size_t i = 0; i < e->count; i++) {
            e->ids[i] = summit_results_record(res, i)->id;
            e->scores[i] = summit_results_score(res, i);
        }
        summit_results_free(res);
    }
    assert_true(with_hits > QUERIES / 4);
    return c;
}

static void release(summit_collection *reference)
{
    for (size_t q = 0; q < QUERIES; q++) {
        free(want[q].ids);
        free(want[q].scores);
    }
    summit_collection_free(reference);
}

static void run_threads(const summit_collection *c)
{
    pthread_t threads[THREADS];
    job jobs[THREADS];
    pthread_barrier_t start;
    assert_int_equal(pthread_barrier_init(&start, NULL, THREADS), 0);
    for (size_t t = 0; t < THREADS; t++) {
        memset(&jobs[t], 0, sizeof jobs[t]);
        jobs[t].c = c;
        jobs[t].start = &start;
        jobs[t].first = t * (QUERIES / THREADS);
        assert_int_equal(pthread_create(&threads[t], NULL, worker, &jobs[t]), 0);
    }
    size_t bad = 0;
    for (size_t t = 0; t < THREADS; t++) {
        assert_int_equal(pthread_join(threads[t], NULL), 0);
        if (jobs[t].mismatches || jobs[t].errors)
            print_error("thread %zu: %zu mismatches, %zu errors; first: %s\n", t, jobs[t].mismatches,
                        jobs[t].errors, jobs[t].first_bad);
        bad += jobs[t].mismatches + jobs[t].errors;
    }
    pthread_barrier_destroy(&start);
    assert_int_equal(bad, 0);
}

static void indexed_first(void **state)
{
    (void)state;
    summit_collection *reference = prepare();
    summit_collection *c = ref_make_corpus(SEED, RECORDS);
    summit_error err;
    assert_int_equal(summit_collection_index(c, &err), SUMMIT_OK);
    run_threads(c);
    summit_collection_free(c);
    release(reference);
}

/* No summit_collection_index(): all threads start at once on a collection
 * that has no index yet, so the lazy build is raced. Several rounds. */
static void lazy_index_raced(void **state)
{
    (void)state;
    summit_collection *reference = prepare();
    for (int round = 0; round < 4; round++) {
        summit_collection *c = ref_make_corpus(SEED, RECORDS);
        run_threads(c);
        summit_collection_free(c);
    }
    release(reference);
}

typedef struct index_job {
    summit_collection *c;
    pthread_barrier_t *start;
    int failed;
} index_job;

static void *indexer(void *arg)
{
    index_job *j = arg;
    summit_error err;
    pthread_barrier_wait(j->start);
    if (summit_collection_index(j->c, &err) != SUMMIT_OK)
        j->failed = 1;
    summit_results *res = NULL;
    if (summit_search(j->c, "digital OR data*", 5, &res, &err) != SUMMIT_OK)
        j->failed = 1;
    summit_results_free(res);
    return NULL;
}

/* summit_collection_index() is thread-safe too: called by every thread at once. */
static void index_called_concurrently(void **state)
{
    (void)state;
    summit_collection *c = ref_make_corpus(SEED, RECORDS);
    pthread_t threads[THREADS];
    index_job jobs[THREADS];
    pthread_barrier_t start;
    assert_int_equal(pthread_barrier_init(&start, NULL, THREADS), 0);
    for (size_t t = 0; t < THREADS; t++) {
        jobs[t].c = c;
        jobs[t].start = &start;
        jobs[t].failed = 0;
        assert_int_equal(pthread_create(&threads[t], NULL, indexer, &jobs[t]), 0);
    }
    for (size_t t = 0; t < THREADS; t++) {
        assert_int_equal(pthread_join(threads[t], NULL), 0);
        assert_int_equal(jobs[t].failed, 0);
    }
    pthread_barrier_destroy(&start);
    summit_collection_free(c);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(indexed_first),
        cmocka_unit_test(lazy_index_raced),
        cmocka_unit_test(index_called_concurrently),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
