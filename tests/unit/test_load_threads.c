/* Many threads loading at once (issue 5): each thread loads its own inputs
 * (the dataset from its file, good and bad buffers, with and without
 * error_fn and a custom allocator), saves what it loaded and compares with
 * what one thread alone got. Run under ThreadSanitizer in CI: the loader
 * must share no state between calls (cJSON, with its process-wide error
 * variable and hooks, is not used by the loader at all). */
#include "test_util.h"

#include <pthread.h>

#define THREADS 8
#define ROUNDS 40

static const char *const BUFFERS[] = {
    "[" MINIMAL_RECORD ",{\"id\":\"r2\",\"series\":\"S\",\"start_date\":\"2021-11-18\",\"mode\":\"virtual\"}]",
    MINIMAL_RECORD "\n{\"id\":\"r2\",\"series\":\"S\",\"start_date\":\"2022\"}\n",
    "{\"schema\":\"summit-collection/1\",\"records\":[{\"id\":\"x\",\"series\":\"S\",\"start_date\":\"1999\","
    "\"participants\":[{\"country\":\"GB\"},{\"country\":\"GB\"}],\"mode\":\"online\"}]}",
    "[{\"id\":\"bad\",\"series\":\"S\",\"start_date\":\"2021-02-30\"},",
    "\xef\xbb\xbf" MINIMAL_RECORD,
};
#define NBUF (sizeof BUFFERS / sizeof BUFFERS[0])

/* What a load gave: the status, the first error, the reports, the saved text. */
typedef struct outcome {
    summit_status status;
    summit_error err;
    size_t reports;
    char *saved;
} outcome;

static void count_report(const summit_error *e, void *user)
{
    (void)e;
    ++*(size_t *)user;
}

static void *plain_malloc(void *user, size_t n)
{
    (void)user;
    return malloc(n);
}
static void *plain_realloc(void *user, void *p, size_t n)
{
    (void)user;
    return realloc(p, n);
}
static void plain_free(void *user, void *p)
{
    (void)user;
    free(p);
}

static outcome load_one(size_t which, bool collect)
{
    outcome o;
    memset(&o, 0, sizeof o);
    summit_allocator a = { plain_malloc, plain_realloc, plain_free, NULL };
    summit_load_options opts;
    summit_load_options_init(&opts);
    opts.allocator = &a;
    if (collect) {
        opts.error_fn = count_report;
        opts.error_user = &o.reports;
    }
    opts.warning_fn = count_report;
    opts.warning_user = &o.reports;
    summit_collection *c = NULL;
    if (which == NBUF)
        o.status = summit_collection_load_file(SUMMIT_SOURCE_DIR "/data/digital-nations.json", &opts, &c,
                                               &o.err);
    else
        o.status = summit_collection_load_buffer(BUFFERS[which], strlen(BUFFERS[which]), &opts, &c,
                                                 &o.err);
    if (c) {
        assert_int_equal(summit_collection_to_json(c, SUMMIT_JSON_PRETTY, &o.saved, NULL, NULL), SUMMIT_OK);
        summit_collection_free(c);
    }
    return o;
}

static bool same(const outcome *a, const outcome *b)
{
    return a->status == b->status && a->reports == b->reports && a->err.line == b->err.line &&
           a->err.column == b->err.column && strcmp(a->err.pointer, b->err.pointer) == 0 &&
           strcmp(a->err.message, b->err.message) == 0 &&
           ((!a->saved && !b->saved) || (a->saved && b->saved && strcmp(a->saved, b->saved) == 0));
}

static outcome reference[NBUF + 1][2];

typedef struct job {
    size_t id;
    size_t mismatches;
} job;

static void *worker(void *arg)
{
    job *j = arg;
    for (size_t r = 0; r < ROUNDS; r++) {
        size_t which = (j->id + r) % (NBUF + 1);
        bool collect = (j->id + r) % 2 == 0;
        outcome o = load_one(which, collect);
        if (!same(&o, &reference[which][collect]))
            j->mismatches++;
        summit_free(o.saved);
    }
    return NULL;
}

static void threads_load_at_once(void **state)
{
    (void)state;
    for (size_t i = 0; i <= NBUF; i++)
        for (int k = 0; k < 2; k++)
            reference[i][k] = load_one(i, k == 1);
    assert_int_equal(reference[NBUF][0].status, SUMMIT_OK); /* the dataset */
    assert_int_equal(reference[2][1].reports, 2); /* both problems of the bad collection */

    pthread_t t[THREADS];
    job jobs[THREADS];
    for (size_t i = 0; i < THREADS; i++) {
        jobs[i] = (job){ i, 0 };
        assert_int_equal(pthread_create(&t[i], NULL, worker, &jobs[i]), 0);
    }
    for (size_t i = 0; i < THREADS; i++) {
        pthread_join(t[i], NULL);
        assert_int_equal(jobs[i].mismatches, 0);
    }
    for (size_t i = 0; i <= NBUF; i++)
        for (int k = 0; k < 2; k++)
            summit_free(reference[i][k].saved);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(threads_load_at_once),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
