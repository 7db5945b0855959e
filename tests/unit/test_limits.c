/* The configurable limits of summit_load_options version 2, and reading
 * hostile streams: a junk stream, an endless nesting or an endless string
 * given through a pipe ends early, in little memory, with the error the
 * whole input would give. */
#include "test_util.h"

#include <fcntl.h>
#include <pthread.h>
#include <signal.h>
#include <unistd.h>

/* ---- an allocator that tracks the most bytes held at once ---------------- */

typedef struct peak_counter {
    size_t now, peak;
} peak_counter;

typedef struct block_header {
    size_t size;
    size_t pad; /* keeps the payload 16-byte aligned */
} block_header;

static void *peak_malloc(void *user, size_t size)
{
    peak_counter *pc = user;
    block_header *h = malloc(sizeof *h + size);
    if (!h)
        return NULL;
    h->size = size;
    pc->now += size;
    if (pc->now > pc->peak)
        pc->peak = pc->now;
    return h + 1;
}

static void peak_free(void *user, void *p)
{
    peak_counter *pc = user;
    if (!p)
        return;
    block_header *h = (block_header *)p - 1;
    pc->now -= h->size;
    free(h);
}

static void *peak_realloc(void *user, void *p, size_t size)
{
    peak_counter *pc = user;
    if (!p)
        return peak_malloc(user, size);
    block_header *h = (block_header *)p - 1;
    size_t old = h->size;
    block_header *n = realloc(h, sizeof *n + size);
    if (!n)
        return NULL;
    n->size = size;
    pc->now = pc->now - old + size;
    if (pc->now > pc->peak)
        pc->peak = pc->now;
    return n + 1;
}

/* ---- a pipe fed by a thread: `prefix`, then `fill` repeated ---------------- */

typedef struct feeder {
    int fd;
    const char *prefix;
    char fill;
    size_t total; /* bytes to write at most */
    size_t written;
} feeder;

static void *feed(void *arg)
{
    feeder *f = arg;
    char block[65536];
    memset(block, f->fill, sizeof block);
    size_t plen = strlen(f->prefix);
    if (write(f->fd, f->prefix, plen) != (ssize_t)plen) {
        close(f->fd);
        return NULL;
    }
    f->written = plen;
    while (f->written < f->total) {
        size_t want = f->total - f->written < sizeof block ? f->total - f->written : sizeof block;
        ssize_t n = write(f->fd, block, want);
        if (n <= 0)
            break; /* the reader has stopped (EPIPE) */
        f->written += (size_t)n;
    }
    close(f->fd);
    return NULL;
}

/* Loads `prefix` + `fill` × (total - strlen(prefix)) from a pipe; returns
 * the status, with *err set, the peak bytes the loader held and the bytes
 * the feeder managed to write before the loader stopped reading. */
static summit_status load_stream(const char *prefix, char fill, size_t total, summit_error *err,
                                 size_t *peak, size_t *written)
{
    int fds[2];
    assert_int_equal(pipe(fds), 0);
    feeder f = { fds[1], prefix, fill, total, 0 };
    pthread_t t;
    assert_int_equal(pthread_create(&t, NULL, feed, &f), 0);

    peak_counter pc = { 0, 0 };
    summit_allocator a = { peak_malloc, peak_realloc, peak_free, &pc };
    summit_load_options o;
    summit_load_options_init(&o);
    o.allocator = &a;
    char path[64];
    snprintf(path, sizeof path, "/dev/fd/%d", fds[0]);
    summit_collection *c = NULL;
    summit_status st = summit_collection_load_file(path, &o, &c, err);
    close(fds[0]); /* the feeder's next write fails: it stops */
    pthread_join(t, NULL);
    summit_collection_free(c);
    assert_int_equal(pc.now, 0);
    *peak = pc.peak;
    *written = f.written;
    return st;
}

static const size_t GIB = (size_t)1 << 30;

static void junk_stream_stops_at_once(void **state)
{
    (void)state;
    summit_error err;
    size_t peak, written;
    assert_int_equal(load_stream("", '\x07', GIB, &err, &peak, &written), SUMMIT_ERR_SYNTAX);
    assert_int_equal(err.line, 1);
    assert_int_equal(err.column, 1);
    assert_string_equal(err.message, "expected a JSON value, got the byte 0x07");
    assert_true(peak < ((size_t)4 << 20));
    assert_true(written < ((size_t)64 << 20));
}

static void endless_nesting_stops_at_max_depth(void **state)
{
    (void)state;
    summit_error err;
    size_t peak, written;
    assert_int_equal(load_stream("", '[', GIB, &err, &peak, &written), SUMMIT_ERR_LIMIT);
    assert_int_equal(err.column, 65);
    assert_string_equal(err.message, "nesting deeper than max_depth (64 arrays and objects)");
    assert_true(peak < ((size_t)4 << 20));
    assert_true(written < ((size_t)64 << 20));
}

static void endless_string_stops_past_its_limit(void **state)
{
    (void)state;
    summit_error err;
    size_t peak, written;
    assert_int_equal(load_stream("[{\"id\":\"", 'a', GIB, &err, &peak, &written), SUMMIT_ERR_LIMIT);
    assert_int_equal(err.column, 8);
    assert_string_equal(err.pointer, "/0/id");
    assert_string_equal(err.message, "string longer than max_string_bytes (1048576): more than "
                                     "6291468 bytes before its end");
    assert_true(peak < ((size_t)32 << 20));
    assert_true(written < ((size_t)64 << 20));
}

/* Junk after a valid start: the error names the first bad byte. */
static void junk_after_a_record_is_found_where_it_starts(void **state)
{
    (void)state;
    summit_error err;
    size_t peak, written;
    assert_int_equal(load_stream("[" MINIMAL_RECORD ",\n", '}', GIB, &err, &peak, &written),
                     SUMMIT_ERR_SYNTAX);
    assert_int_equal(err.line, 2);
    assert_int_equal(err.column, 1);
    assert_string_equal(err.message, "expected a JSON value, got '}'");
    assert_true(peak < ((size_t)4 << 20));
}

/* A stream that is valid all along is read whole, and loads. */
static void valid_stream_loads_whole(void **state)
{
    (void)state;
    summit_error err;
    size_t peak, written;
    /* 3 MiB of white space after the record, read in several pieces. */
    assert_int_equal(load_stream(MINIMAL_RECORD, ' ', (size_t)3 << 20, &err, &peak, &written),
                     SUMMIT_OK);
    assert_int_equal(written, (size_t)3 << 20);
}

/* ---- limits: list items, queries, options version 1 ---------------------- */

static char *record_with_participants(size_t n)
{
    size_t cap = 128 + n * 20;
    char *s = malloc(cap);
    size_t o = (size_t)snprintf(s, cap, "{\"id\":\"r\",\"series\":\"S\",\"start_date\":\"2021\",\"topics\":[");
    for (size_t i = 0; i < n; i++)
        o += (size_t)snprintf(s + o, cap - o, "%s\"t%zu\"", i ? "," : "", i);
    snprintf(s + o, cap - o, "]}");
    return s;
}

static void list_items_are_limited(void **state)
{
    (void)state;
    summit_load_options o;
    summit_load_options_init(&o);
    assert_int_equal(o.max_list_items, 4096);
    o.max_list_items = 3;
    summit_collection *c = NULL;
    summit_error err;

    char *three = record_with_participants(3), *four = record_with_participants(4);
    assert_int_equal(summit_collection_load_buffer(three, strlen(three), &o, &c, &err), SUMMIT_OK);
    summit_collection_free(c);
    assert_int_equal(summit_collection_load_buffer(four, strlen(four), &o, &c, &err), SUMMIT_ERR_LIMIT);
    assert_null(c);
    assert_string_equal(err.pointer, "/topics/3");
    assert_int_equal(err.column, (uint32_t)(strstr(four, "\"t3\"") - four + 1));
    assert_string_equal(err.message, "more than max_list_items (3) items in a list");

    /* summit_collection_add applies the same limit. */
    const char *topics[4] = { "a", "b", "c", "d" };
    summit_record r;
    memset(&r, 0, sizeof r);
    r.id = "r";
    r.series = "S";
    r.start_date.year = 2021;
    r.topics = topics;
    r.topic_count = 4;
    c = summit_collection_new(&o);
    assert_int_equal(summit_collection_add(c, &r, &err), SUMMIT_ERR_LIMIT);
    assert_string_equal(err.pointer, "/topics");
    assert_string_equal(err.message, "a list of 4 items is longer than max_list_items (3)");
    r.topic_count = 3;
    assert_int_equal(summit_collection_add(c, &r, &err), SUMMIT_OK);
    summit_collection_free(c);
    free(three);
    free(four);
}

/* max_list_items is about the lists inside a record, not the records of a
 * file (max_records is): 5000 records load, in every file form. */
static void many_records_are_not_a_list_limit(void **state)
{
    (void)state;
    size_t n = 5000, cap = n * 64 + 64;
    char *array = malloc(cap), *ndjson = malloc(cap), *coll = malloc(cap + 64);
    size_t a = 0, d = 0;
    array[a++] = '[';
    for (size_t i = 0; i < n; i++) {
        a += (size_t)snprintf(array + a, cap - a, "%s{\"id\":\"r%zu\",\"series\":\"S\",\"start_date\":\"2021\"}",
                              i ? "," : "", i);
        d += (size_t)snprintf(ndjson + d, cap - d, "{\"id\":\"r%zu\",\"series\":\"S\",\"start_date\":\"2021\"}\n", i);
    }
    array[a++] = ']';
    array[a] = '\0';
    snprintf(coll, cap + 64, "{\"schema\":\"summit-collection/1\",\"records\":%s}", array);
    const char *texts[] = { array, ndjson, coll };
    for (size_t k = 0; k < 3; k++) {
        summit_collection *c = NULL;
        summit_error err;
        assert_int_equal(summit_collection_load_buffer(texts[k], strlen(texts[k]), NULL, &c, &err), SUMMIT_OK);
        assert_int_equal(summit_collection_count(c), n);
        summit_collection_free(c);
    }
    free(array);
    free(ndjson);
    free(coll);
}

static void queries_are_limited(void **state)
{
    (void)state;
    summit_load_options o;
    summit_load_options_init(&o);
    assert_int_equal(o.max_query_bytes, 65536);
    assert_int_equal(o.max_query_depth, 64);
    o.max_query_bytes = 8;
    o.max_query_depth = 2;
    summit_collection *c = summit_collection_new(&o);
    summit_results *res = (summit_results *)1;
    summit_error err;

    assert_int_equal(summit_search(c, "12345678", 10, &res, &err), SUMMIT_OK);
    summit_results_free(res);
    assert_int_equal(summit_search(c, "123456789", 10, &res, &err), SUMMIT_ERR_LIMIT);
    assert_null(res);
    assert_int_equal(err.column, 9);
    assert_string_equal(err.message, "query longer than max_query_bytes (8)");

    assert_int_equal(summit_search(c, "((a))", 10, &res, &err), SUMMIT_OK);
    summit_results_free(res);
    assert_int_equal(summit_search(c, "(-(a))", 10, &res, &err), SUMMIT_ERR_LIMIT);
    assert_int_equal(err.column, 3);
    assert_string_equal(err.message, "parentheses and negations nested deeper than max_query_depth (2)");
    summit_collection_free(c);

    o.max_query_depth = 0;
    assert_null(summit_collection_new(&o));
    o.max_query_depth = 1025;
    assert_int_equal(summit_collection_load_buffer("[]", 2, &o, &c, &err), SUMMIT_ERR_ARG);
    assert_string_equal(err.message, "max_query_depth must be from 1 to 1024, got 1025");
}

/* A program built against version 1 of the struct passes a shorter one:
 * the library must not read past it, and gives the new fields defaults. */
static void version_1_options_are_accepted(void **state)
{
    (void)state;
    summit_load_options full;
    summit_load_options_init(&full);
    size_t v1_size = offsetof(summit_load_options, max_list_items);
    /* Only the version 1 part is initialised; ASan/valgrind catch a read
     * of the rest (heap memory of exactly the old size). */
    full.version = 1;
    full.max_depth = 5;
    void *v1 = malloc(v1_size);
    memcpy(v1, &full, v1_size);
    summit_collection *c = NULL;
    summit_error err;
    const char *deep = "[[[[[[1]]]]]]";
    assert_int_equal(summit_collection_load_buffer(deep, strlen(deep), v1, &c, &err), SUMMIT_ERR_LIMIT);
    assert_string_equal(err.message, "nesting deeper than max_depth (5 arrays and objects)");
    char *many = record_with_participants(4097);
    assert_int_equal(summit_collection_load_buffer(many, strlen(many), v1, &c, &err), SUMMIT_ERR_LIMIT);
    assert_string_equal(err.message, "more than max_list_items (4096) items in a list");
    free(many);
    free(v1);
}

int main(void)
{
    signal(SIGPIPE, SIG_IGN); /* the feeder writes after the loader stops */
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(junk_stream_stops_at_once),
        cmocka_unit_test(endless_nesting_stops_at_max_depth),
        cmocka_unit_test(endless_string_stops_past_its_limit),
        cmocka_unit_test(junk_after_a_record_is_found_where_it_starts),
        cmocka_unit_test(valid_stream_loads_whole),
        cmocka_unit_test(list_items_are_limited),
        cmocka_unit_test(many_records_are_not_a_list_limit),
        cmocka_unit_test(queries_are_limited),
        cmocka_unit_test(version_1_options_are_accepted),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
