/* Allocation failure on the whole path: load, index, search, save, add. Every failure
 * must be SUMMIT_ERR_NOMEM, hand back nothing, leave an existing collection
 * usable, and leak nothing (the allocator counts its live blocks). */
#include "test_util.h"

typedef struct faulty {
    long live;     /* blocks allocated and not freed */
    long calls;    /* allocation calls so far */
    long fail_at;  /* 1-based call to fail; 0 = never */
    bool sticky;   /* fail every call from fail_at on (else only that one) */
} faulty;

static bool fails(faulty *f)
{
    f->calls++;
    return f->fail_at && (f->sticky ? f->calls >= f->fail_at : f->calls == f->fail_at);
}

static void *f_malloc(void *user, size_t size)
{
    faulty *f = user;
    if (fails(f))
        return NULL;
    void *p = malloc(size);
    f->live += p != NULL;
    return p;
}

static void *f_realloc(void *user, void *ptr, size_t size)
{
    faulty *f = user;
    if (fails(f))
        return NULL;
    void *p = realloc(ptr, size);
    f->live += p && !ptr;
    return p;
}

static void f_free(void *user, void *ptr)
{
    faulty *f = user;
    f->live -= ptr != NULL;
    free(ptr);
}

static const char *const TEXT =
    "[{\"id\":\"a\",\"series\":\"Digital Nations\",\"start_date\":\"2021-11\",\"topics\":[\"digital identity\",\"São Paulo\"],"
    "\"participants\":[{\"country\":\"GB\",\"name\":\"United Kingdom\",\"role\":\"chair\"}],\"extra\":{\"n\":[1,{\"x\":2}]}},"
    "{\"id\":\"b\",\"series\":\"Open data\",\"start_date\":\"2019\",\"summary\":[\"Open data and digital services.\"]}]";

static const char *const QUERIES[] = { "digital", "\"digital identity\"", "dig* OR open -data", "country:UK year:2020..",
                                       "topic:\"sao paulo\"", "" };

/* The whole path with the allocator set to fail as f says. Returns the
 * status of the first step that failed (SUMMIT_OK when none did). */
static summit_status run_path(faulty *f)
{
    summit_allocator a = { f_malloc, f_realloc, f_free, f };
    summit_load_options o;
    summit_load_options_init(&o);
    o.allocator = &a;
    summit_collection *c = (summit_collection *)1;
    summit_error err;
    summit_status st = summit_collection_load_buffer(TEXT, strlen(TEXT), &o, &c, &err);
    if (st != SUMMIT_OK) {
        assert_null(c);
        assert_int_equal(err.code, st);
        return st;
    }
    summit_status first = SUMMIT_OK;
    st = summit_collection_index(c, &err);
    if (st != SUMMIT_OK)
        first = st;
    for (size_t q = 0; q < sizeof QUERIES / sizeof QUERIES[0]; q++) {
        summit_results *r = (summit_results *)1;
        st = summit_search(c, QUERIES[q], 0, &r, &err);
        if (st != SUMMIT_OK) {
            assert_null(r);
            if (first == SUMMIT_OK)
                first = st;
            continue;
        }
        assert_true(summit_results_total(r) <= summit_collection_count(c));
        summit_results_free(r);
    }
    /* Saving: the text comes from the collection's allocator. */
    const uint32_t layouts[] = { SUMMIT_JSON_COMPACT, SUMMIT_JSON_PRETTY, SUMMIT_JSON_NDJSON };
    for (size_t i = 0; i < sizeof layouts / sizeof layouts[0]; i++) {
        char *text = (char *)1;
        size_t len = 0;
        st = summit_collection_to_json(c, layouts[i], &text, &len, &err);
        if (st != SUMMIT_OK) {
            assert_null(text);
            assert_int_equal(err.code, st);
            if (first == SUMMIT_OK)
                first = st;
            continue;
        }
        assert_int_equal(strlen(text), len);
        assert_non_null(strstr(text, "Open data"));
        summit_free(text);
    }
    /* Adding records (enough to grow the record list, the id table and the
     * arena): on failure the collection is as it was before that add. */
    const char *topics[] = { "open data" };
    for (int i = 0; i < 40; i++) {
        char id[16];
        snprintf(id, sizeof id, "added-%d", i);
        summit_record rec;
        memset(&rec, 0, sizeof rec);
        rec.id = id;
        rec.series = "Added";
        rec.start_date.year = 2024;
        rec.topics = topics;
        rec.topic_count = 1;
        size_t before = summit_collection_count(c);
        st = summit_collection_add(c, &rec, &err);
        if (st != SUMMIT_OK) {
            assert_int_equal(summit_collection_count(c), before);
            assert_null(summit_collection_find(c, id));
            if (first == SUMMIT_OK)
                first = st;
            break;
        }
        assert_int_equal(summit_collection_count(c), before + 1);
        assert_string_equal(summit_collection_find(c, id)->topics[0], "open data");
    }
    /* The collection is still whole and usable. */
    assert_true(summit_collection_count(c) >= 2);
    assert_string_equal(summit_collection_find(c, "b")->series, "Open data");
    summit_collection_free(c);
    return first;
}

static void every_failure_point(bool sticky)
{
    faulty clean = { 0, 0, 0, false };
    assert_int_equal(run_path(&clean), SUMMIT_OK);
    assert_int_equal(clean.live, 0);
    long points = 0;
    for (long n = 1;; n++) {
        faulty f = { 0, 0, n, sticky };
        summit_status st = run_path(&f);
        assert_int_equal(f.live, 0); /* nothing leaked, whatever failed */
        if (f.calls < n)
            break; /* the whole path made fewer than n allocations: done */
        if (st != SUMMIT_OK)
            assert_int_equal(st, SUMMIT_ERR_NOMEM);
        points++;
    }
    print_message("%ld allocation failure points (%s)\n", points, sticky ? "from then on" : "once");
    assert_true(points > 20);
}

static void failing_once(void **state)
{
    (void)state;
    every_failure_point(false);
}

static void failing_from_then_on(void **state)
{
    (void)state;
    every_failure_point(true);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(failing_once),
        cmocka_unit_test(failing_from_then_on),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
