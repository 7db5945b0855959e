/* summit_bench_search: libsummit's search against SQLite FTS5.
 *
 *   summit_bench_search FILE [--rounds R] [--reps Q] [--budget-ms B] [--tsv OUT]
 *
 * Reads FILE (a collection, e.g. `summit_gen_corpus N --seed 1`) into memory
 * once, then, in this one process:
 *
 * 1. Memory (untimed): loads FILE with a counting summit_allocator and
 *    reports the bytes the library holds after summit_collection_load_buffer
 *    and after summit_collection_index (and the peak while building), the
 *    VmRSS growth over the same steps, the bytes of cJSON's tree (counting
 *    cJSON_Hooks) and SQLite's memory (sqlite3_memory_used) once its FTS5
 *    table is built, all against the input size.
 * 2. Build times: R rounds (default 5, after one untimed warm-up round when
 *    R > 1) of
 *      - cJSON parse    cJSON_ParseWithLength(buf, len)
 *      - summit load    summit_collection_load_buffer(buf, len, NULL, ...)
 *      - cJSON print    cJSON_PrintUnformatted(tree)
 *      - summit save    summit_collection_to_json(c, SUMMIT_JSON_COMPACT, ...)
 *      - summit index   summit_collection_index(c) on the fresh collection
 *      - FTS5 build     in a new in-memory database with
 *                       CREATE VIRTUAL TABLE docs USING fts5(body,
 *                           tokenize='unicode61 remove_diacritics 2'),
 *                       BEGIN, one INSERT per record (rowid = record index
 *                       + 1, body = the record's full-text fields joined
 *                       with '\n'), COMMIT: only BEGIN..COMMIT is timed;
 *                       the bodies are assembled once beforehand, and that
 *                       assembly is timed and reported on its own.
 *    The order alternates between rounds; after each library's turn the
 *    heap is trimmed (malloc_trim) so that every step starts on an empty
 *    heap, as in summit_bench_load_save's default mode.
 * 3. Queries: on one loaded + indexed collection and one FTS5 table, each
 *    query of the mix below runs Q times (default 50, after 2 untimed
 *    warm-ups; fewer when one side alone would take more than B ms, default
 *    5000) on each side, alternating:
 *      - summit_search(c, q, 10, ...) + summit_results_free()
 *      - SELECT rowid FROM docs WHERE docs MATCH ? ORDER BY rank LIMIT 10
 *        (prepared once; bind, step to the end, reset)
 *    and prints each query's median, both hit counts (summit_results_total
 *    and SELECT count(*)), and how many of the two top-10 lists agree.
 *    Hit-count differences are reported, never asserted.
 *
 * Prints markdown, then the targets (index build <= FTS5 build,
 * median query latency <= FTS5's / 10, loaded + indexed memory <= 1.5 x
 * input) as PASS or MISS: timing is never a test assertion. The exit status
 * is 0 unless a call failed. --tsv appends one line of the key numbers to
 * OUT (for bench/search.gnuplot). */
#define _POSIX_C_SOURCE 200809L

#include <errno.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#if defined(__GLIBC__)
#include <malloc.h> /* malloc_trim */
#endif

#include <cjson/cJSON.h>
#include <sqlite3.h>
#include <summit/summit.h>

#include "bench_common.h"

#define MB 1e6

#if defined(__GNUC__)
#define BENCH_NOINLINE __attribute__((noinline))
#else
#define BENCH_NOINLINE
#endif

/* ------------------------------------------------------------ helpers -- */

static void fail_sqlite(sqlite3 *db, const char *what)
{
    fprintf(stderr, "summit_bench_search: SQLite: %s: %s\n", what,
            db ? sqlite3_errmsg(db) : "(no database)");
    exit(1);
}

static void settle_heap(void)
{
#if defined(__GLIBC__)
    malloc_trim(0);
#endif
}

/* VmRSS of this process in bytes, or 0 when /proc is not there. */
static size_t rss_bytes(void)
{
    FILE *f = fopen("/proc/self/status", "r");
    if (!f)
        return 0;
    char line[256];
    size_t kb = 0;
    while (fgets(line, sizeof line, f))
        if (strncmp(line, "VmRSS:", 6) == 0) {
            kb = (size_t)strtoull(line + 6, NULL, 10);
            break;
        }
    fclose(f);
    return kb * 1024;
}

/* Sorts v[0..n) and returns its median. */
static double median(double *v, size_t n)
{
    if (n == 0)
        return 0;
    qsort(v, n, sizeof *v, cmp_double);
    return n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2.0;
}

/* --------------------------------------------------- counting allocators -- */

/* Every block carries its size in a header of max_align_t's size. */
typedef struct counter {
    size_t live, peak, blocks;
} counter;

#define HEADER sizeof(max_align_t)

static void count_add(counter *k, size_t n)
{
    k->live += n;
    if (k->live > k->peak)
        k->peak = k->live;
}

static void *count_malloc(void *user, size_t size)
{
    counter *k = user;
    unsigned char *p = malloc(HEADER + size);
    if (!p)
        return NULL;
    memcpy(p, &size, sizeof size);
    count_add(k, size);
    k->blocks++;
    return p + HEADER;
}

static void count_free(void *user, void *ptr)
{
    counter *k = user;
    if (!ptr)
        return;
    unsigned char *p = (unsigned char *)ptr - HEADER;
    size_t size;
    memcpy(&size, p, sizeof size);
    k->live -= size;
    k->blocks--;
    free(p);
}

static void *count_realloc(void *user, void *ptr, size_t size)
{
    counter *k = user;
    if (!ptr)
        return count_malloc(user, size);
    unsigned char *p = (unsigned char *)ptr - HEADER;
    size_t old;
    memcpy(&old, p, sizeof old);
    unsigned char *q = realloc(p, HEADER + size);
    if (!q)
        return NULL;
    memcpy(q, &size, sizeof size);
    k->live -= old;
    count_add(k, size);
    return q + HEADER;
}

/* cJSON's hooks have no user pointer and no realloc (cJSON then never
 * reallocates): one global counter. */
static counter cjson_counter;

static void *cjson_count_malloc(size_t size)
{
    return count_malloc(&cjson_counter, size);
}

static void cjson_count_free(void *ptr)
{
    count_free(&cjson_counter, ptr);
}

/* ----------------------------------------------------------- FTS5 side -- */

/* The full text of every record, as one FTS5 body each: the fields that
 * search.h lists, in its order, joined with '\n'. */
typedef struct bodies {
    char *text;    /* all bodies, each NUL-terminated */
    size_t *start; /* offset of body i */
    size_t *len;   /* its length */
    size_t count;
    size_t bytes; /* sum of len */
} bodies;

typedef struct sbuf {
    char *p;
    size_t len, cap;
} sbuf;

static void sb_put(sbuf *b, const char *s, size_t n)
{
    if (b->len + n + 1 > b->cap) {
        size_t cap = b->cap ? b->cap : 1 << 20;
        while (cap < b->len + n + 1)
            cap *= 2;
        char *p = realloc(b->p, cap);
        if (!p)
            fail("out of memory", NULL);
        b->p = p;
        b->cap = cap;
    }
    memcpy(b->p + b->len, s, n);
    b->len += n;
}

static void body_field(sbuf *b, size_t body_start, const char *s)
{
    if (!s)
        return;
    if (b->len > body_start)
        sb_put(b, "\n", 1);
    sb_put(b, s, strlen(s));
}

static void bodies_build(bodies *out, const summit_collection *c)
{
    size_t n = summit_collection_count(c);
    sbuf b = { NULL, 0, 0 };
    out->start = xmalloc(n * sizeof *out->start);
    out->len = xmalloc(n * sizeof *out->len);
    out->count = n;
    out->bytes = 0;
    for (size_t i = 0; i < n; i++) {
        const summit_record *r = summit_collection_get(c, i);
        size_t s = b.len;
        body_field(&b, s, r->series);
        body_field(&b, s, r->group);
        body_field(&b, s, r->title);
        body_field(&b, s, r->theme);
        body_field(&b, s, r->location.city);
        body_field(&b, s, r->chair.name);
        body_field(&b, s, r->chair.title);
        for (size_t k = 0; k < r->participant_count; k++)
            body_field(&b, s, r->participants[k].name);
        for (size_t k = 0; k < r->topic_count; k++)
            body_field(&b, s, r->topics[k]);
        for (size_t k = 0; k < r->commitment_count; k++)
            body_field(&b, s, r->commitments[k]);
        for (size_t k = 0; k < r->document_count; k++)
            body_field(&b, s, r->documents[k].title);
        for (size_t k = 0; k < r->media_count; k++)
            body_field(&b, s, r->media[k].caption);
        for (size_t k = 0; k < r->summary_count; k++)
            body_field(&b, s, r->summary[k]);
        out->start[i] = s;
        out->len[i] = b.len - s;
        out->bytes += b.len - s;
        sb_put(&b, "\0", 1);
    }
    out->text = b.p;
}

static void bodies_free(bodies *b)
{
    free(b->text);
    free(b->start);
    free(b->len);
}

static void exec_sql(sqlite3 *db, const char *sql)
{
    char *msg = NULL;
    if (sqlite3_exec(db, sql, NULL, NULL, &msg) != SQLITE_OK) {
        fprintf(stderr, "summit_bench_search: SQLite: %s: %s\n", sql, msg ? msg : "?");
        exit(1);
    }
}

/* A new in-memory database with the empty FTS5 table and its INSERT. */
static sqlite3 *fts_open(sqlite3_stmt **insert)
{
    sqlite3 *db = NULL;
    if (sqlite3_open(":memory:", &db) != SQLITE_OK)
        fail_sqlite(db, "sqlite3_open(\":memory:\")");
    exec_sql(db, "CREATE VIRTUAL TABLE docs USING fts5(body, "
                 "tokenize='unicode61 remove_diacritics 2')");
    if (sqlite3_prepare_v2(db, "INSERT INTO docs(rowid, body) VALUES (?, ?)", -1, insert, NULL) !=
        SQLITE_OK)
        fail_sqlite(db, "prepare INSERT");
    return db;
}

/* The timed part of the FTS5 build: one transaction of inserts. */
BENCH_NOINLINE static void bench_fts_build(sqlite3 *db, sqlite3_stmt *insert, const bodies *b)
{
    exec_sql(db, "BEGIN");
    for (size_t i = 0; i < b->count; i++) {
        sqlite3_bind_int64(insert, 1, (sqlite3_int64)i + 1);
        sqlite3_bind_text(insert, 2, b->text + b->start[i], (int)b->len[i], SQLITE_STATIC);
        if (sqlite3_step(insert) != SQLITE_DONE)
            fail_sqlite(db, "INSERT");
        sqlite3_reset(insert);
    }
    exec_sql(db, "COMMIT");
}

/* ---------------------------------------------------- timed operations -- */

BENCH_NOINLINE static cJSON *bench_cjson_parse(const char *buf, size_t len)
{
    cJSON *t = cJSON_ParseWithLength(buf, len);
    if (!t)
        fail("cJSON_ParseWithLength failed", NULL);
    return t;
}

BENCH_NOINLINE static size_t bench_cjson_print(const cJSON *t)
{
    char *s = cJSON_PrintUnformatted(t);
    if (!s)
        fail("cJSON_PrintUnformatted failed", NULL);
    size_t n = strlen(s);
    cJSON_free(s);
    return n;
}

BENCH_NOINLINE static summit_collection *bench_summit_load(const char *buf, size_t len,
                                                           const summit_load_options *opts)
{
    summit_collection *c = NULL;
    summit_error err;
    summit_status st = summit_collection_load_buffer(buf, len, opts, &c, &err);
    if (st != SUMMIT_OK || !c)
        fail_summit("summit_collection_load_buffer", st, &err);
    return c;
}

BENCH_NOINLINE static size_t bench_summit_save(const summit_collection *c)
{
    char *out = NULL;
    size_t out_len = 0;
    summit_error err;
    summit_status st = summit_collection_to_json(c, SUMMIT_JSON_COMPACT, &out, &out_len, &err);
    if (st != SUMMIT_OK || !out)
        fail_summit("summit_collection_to_json", st, &err);
    summit_free(out);
    return out_len;
}

BENCH_NOINLINE static void bench_summit_index(summit_collection *c)
{
    summit_error err;
    summit_status st = summit_collection_index(c, &err);
    if (st != SUMMIT_OK)
        fail_summit("summit_collection_index", st, &err);
}

/* One search, limit 10, results freed; returns the total matched. */
BENCH_NOINLINE static size_t bench_summit_query(const summit_collection *c, const char *q)
{
    summit_results *r = NULL;
    summit_error err;
    summit_status st = summit_search(c, q, 10, &r, &err);
    if (st != SUMMIT_OK)
        fail_summit("summit_search", st, &err);
    size_t total = summit_results_total(r);
    summit_results_free(r);
    return total;
}

/* One FTS5 query, LIMIT 10 in the statement; returns the rows read. */
BENCH_NOINLINE static size_t bench_fts_query(sqlite3 *db, sqlite3_stmt *st, const char *q)
{
    size_t rows = 0;
    int rc;
    sqlite3_bind_text(st, 1, q, -1, SQLITE_STATIC);
    while ((rc = sqlite3_step(st)) == SQLITE_ROW)
        rows++;
    if (rc != SQLITE_DONE)
        fail_sqlite(db, q);
    sqlite3_reset(st);
    return rows;
}

/* ------------------------------------------------------------- queries -- */

/* The mix: the same question in each library's syntax. Words are from
 * bench/gen_corpus.c's lists (Zipf prose, topics, cities, names). */
typedef struct query {
    const char *what;
    const char *summit;
    const char *fts;
} query;

static const query queries[] = {
    { "common word", "digital", "digital" },
    { "rare word", "mainframes", "mainframes" },
    { "folded word (Reykjavík)", "reykjavik", "reykjavik" },
    { "name", "kowalski", "kowalski" },
    { "two words", "quantum hospitals", "quantum hospitals" },
    { "three words", "ministers agreed standards", "ministers agreed standards" },
    { "phrase", "\"digital identity\"", "\"digital identity\"" },
    { "phrase", "\"open source\"", "\"open source\"" },
    { "prefix", "sover*", "sover*" },
    { "prefix, many words", "inter*", "inter*" },
    { "OR", "brasilia OR montreal", "brasilia OR montreal" },
    { "NOT", "blockchain NOT pandemic", "blockchain NOT pandemic" },
    { "exclusion (-x)", "cloud -software", "cloud NOT software" },
};
#define QUERY_COUNT (sizeof queries / sizeof queries[0])

/* ----------------------------------------------------------------- main -- */

enum { OP_PARSE, OP_LOAD, OP_PRINT, OP_SAVE, OP_INDEX, OP_FTS, OP_COUNT };

static void usage(void)
{
    fprintf(stderr,
            "usage: summit_bench_search FILE [--rounds R] [--reps Q] [--budget-ms B] [--tsv OUT]\n"
            "  --rounds R     timed build rounds (default 5), after a warm-up if R > 1\n"
            "  --reps Q       timed runs of each query on each side (default 50)\n"
            "  --budget-ms B  fewer runs when one query would take more than B ms (default 5000)\n"
            "  --tsv OUT      append the key numbers as one tab-separated line to OUT\n");
    exit(2);
}

static long parse_long(const char *s, long lo, long hi)
{
    char *end;
    long v = strtol(s, &end, 10);
    if (*end || v < lo || v > hi)
        usage();
    return v;
}

static void print_ms(double ms)
{
    printf(ms < 1.0 ? "%.3f" : "%.2f", ms);
}

int main(int argc, char **argv)
{
    bench_program = "summit_bench_search";
    const char *path = NULL, *tsv = NULL;
    int rounds = 5;
    long reps = 50, budget_ms = 5000;
    for (int i = 1; i < argc; i++) {
        if (strcmp(argv[i], "--rounds") == 0 && i + 1 < argc)
            rounds = (int)parse_long(argv[++i], 1, 1000);
        else if (strcmp(argv[i], "--reps") == 0 && i + 1 < argc)
            reps = parse_long(argv[++i], 1, 100000);
        else if (strcmp(argv[i], "--budget-ms") == 0 && i + 1 < argc)
            budget_ms = parse_long(argv[++i], 1, 10000000);
        else if (strcmp(argv[i], "--tsv") == 0 && i + 1 < argc)
            tsv = argv[++i];
        else if (argv[i][0] == '-' || path)
            usage();
        else
            path = argv[i];
    }
    if (!path)
        usage();

    size_t len;
    char *buf = read_file(path, &len);
    settle_heap();

    /* ---- 1. memory ---- */
    counter sc = { 0, 0, 0 };
    summit_allocator counting = { count_malloc, count_realloc, count_free, &sc };
    summit_load_options opts;
    summit_load_options_init(&opts);
    opts.allocator = &counting;

    /* Not through the bench_* functions, so that a profile of those (see
     * run_search.sh) counts only the timed calls with default allocators. */
    size_t rss0 = rss_bytes();
    summit_collection *c = NULL;
    summit_error err0;
    summit_status st0 = summit_collection_load_buffer(buf, len, &opts, &c, &err0);
    if (st0 != SUMMIT_OK || !c)
        fail_summit("summit_collection_load_buffer", st0, &err0);
    size_t records = summit_collection_count(c);
    size_t live_load = sc.live, peak_load = sc.peak, blocks_load = sc.blocks;
    size_t rss1 = rss_bytes();
    if ((st0 = summit_collection_index(c, &err0)) != SUMMIT_OK)
        fail_summit("summit_collection_index", st0, &err0);
    size_t live_index = sc.live, peak_index = sc.peak, blocks_index = sc.blocks;
    size_t rss2 = rss_bytes();

    bodies bd;
    double t0 = now_ms();
    bodies_build(&bd, c);
    double bodies_ms = now_ms() - t0;
    summit_collection_free(c);
    if (sc.live != 0)
        fprintf(stderr, "summit_bench_search: %zu bytes still live after summit_collection_free\n",
                sc.live);
    settle_heap();

    cJSON_Hooks hooks = { cjson_count_malloc, cjson_count_free };
    cJSON_InitHooks(&hooks);
    cJSON *tree = cJSON_ParseWithLength(buf, len);
    if (!tree)
        fail("cJSON_ParseWithLength failed", NULL);
    size_t cjson_bytes = cjson_counter.live;
    size_t cjson_records =
        (size_t)cJSON_GetArraySize(cJSON_GetObjectItemCaseSensitive(tree, "records"));
    cJSON_Delete(tree);
    cJSON_InitHooks(NULL);
    settle_heap();
    if (cjson_records != records) {
        fprintf(stderr, "summit_bench_search: summit loaded %zu records, cJSON sees %zu\n", records,
                cjson_records);
        return 1;
    }

    /* ---- 2. build times ---- */
    double *ms[OP_COUNT];
    for (int k = 0; k < OP_COUNT; k++)
        ms[k] = xmalloc((size_t)rounds * sizeof(double));
    size_t print_bytes = 0, save_bytes = 0;
    int warmup = rounds > 1 ? 1 : 0;
    for (int r = -warmup; r < rounds; r++) {
        double t[OP_COUNT] = { 0 };
        for (int step = 0; step < 3; step++) {
            /* even rounds: cJSON, summit, FTS5; odd rounds: the reverse */
            int which = (r % 2 == 0) ? step : 2 - step;
            if (which == 0) {
                t0 = now_ms();
                tree = bench_cjson_parse(buf, len);
                t[OP_PARSE] = now_ms() - t0;
                t0 = now_ms();
                print_bytes = bench_cjson_print(tree);
                t[OP_PRINT] = now_ms() - t0;
                cJSON_Delete(tree);
            } else if (which == 1) {
                t0 = now_ms();
                c = bench_summit_load(buf, len, NULL);
                t[OP_LOAD] = now_ms() - t0;
                t0 = now_ms();
                save_bytes = bench_summit_save(c);
                t[OP_SAVE] = now_ms() - t0;
                t0 = now_ms();
                bench_summit_index(c);
                t[OP_INDEX] = now_ms() - t0;
                summit_collection_free(c);
            } else {
                sqlite3_stmt *insert;
                sqlite3 *db = fts_open(&insert);
                t0 = now_ms();
                bench_fts_build(db, insert, &bd);
                t[OP_FTS] = now_ms() - t0;
                sqlite3_finalize(insert);
                sqlite3_close(db);
            }
            settle_heap();
        }
        if (r >= 0)
            for (int k = 0; k < OP_COUNT; k++)
                ms[k][r] = t[k];
    }
    double med[OP_COUNT], min[OP_COUNT];
    for (int k = 0; k < OP_COUNT; k++) {
        med[k] = median(ms[k], (size_t)rounds);
        min[k] = ms[k][0];
    }

    /* ---- 3. queries ---- */
    c = bench_summit_load(buf, len, NULL);
    bench_summit_index(c);
    sqlite3_int64 sqlite_before = sqlite3_memory_used();
    sqlite3_stmt *insert, *select, *count, *top;
    sqlite3 *db = fts_open(&insert);
    bench_fts_build(db, insert, &bd);
    sqlite3_finalize(insert);
    sqlite3_int64 sqlite_bytes = sqlite3_memory_used() - sqlite_before;
    if (sqlite3_prepare_v2(db, "SELECT rowid FROM docs WHERE docs MATCH ? ORDER BY rank LIMIT 10",
                           -1, &select, NULL) != SQLITE_OK ||
        sqlite3_prepare_v2(db, "SELECT count(*) FROM docs WHERE docs MATCH ?", -1, &count, NULL) !=
            SQLITE_OK ||
        sqlite3_prepare_v2(db, "SELECT rowid FROM docs WHERE docs MATCH ? ORDER BY rank LIMIT 10",
                           -1, &top, NULL) != SQLITE_OK)
        fail_sqlite(db, "prepare SELECT");

    double q_summit[QUERY_COUNT], q_fts[QUERY_COUNT];
    size_t q_runs[QUERY_COUNT], hits_summit[QUERY_COUNT], hits_fts[QUERY_COUNT];
    int agree[QUERY_COUNT], returned[QUERY_COUNT];
    double *ts = xmalloc((size_t)reps * sizeof(double));
    double *tf = xmalloc((size_t)reps * sizeof(double));
    double *all_summit = xmalloc((size_t)reps * QUERY_COUNT * sizeof(double));
    double *all_fts = xmalloc((size_t)reps * QUERY_COUNT * sizeof(double));
    size_t all_count = 0;
    for (size_t q = 0; q < QUERY_COUNT; q++) {
        /* untimed: hit counts and the two top-10 lists */
        summit_results *res = NULL;
        summit_error err;
        summit_status st = summit_search(c, queries[q].summit, 10, &res, &err);
        if (st != SUMMIT_OK)
            fail_summit("summit_search", st, &err);
        hits_summit[q] = summit_results_total(res);
        sqlite3_bind_text(count, 1, queries[q].fts, -1, SQLITE_STATIC);
        if (sqlite3_step(count) != SQLITE_ROW)
            fail_sqlite(db, queries[q].fts);
        hits_fts[q] = (size_t)sqlite3_column_int64(count, 0);
        sqlite3_reset(count);
        sqlite3_bind_text(top, 1, queries[q].fts, -1, SQLITE_STATIC);
        agree[q] = 0;
        returned[q] = (int)summit_results_count(res);
        while (sqlite3_step(top) == SQLITE_ROW) {
            const summit_record *rec =
                summit_collection_get(c, (size_t)sqlite3_column_int64(top, 0) - 1);
            for (size_t i = 0; i < summit_results_count(res); i++)
                if (summit_results_record(res, i) == rec)
                    agree[q]++;
        }
        sqlite3_reset(top);
        summit_results_free(res);

        /* warm-up, then timed runs, alternating which side goes first */
        for (int w = 0; w < 2; w++) {
            bench_summit_query(c, queries[q].summit);
            bench_fts_query(db, select, queries[q].fts);
        }
        size_t n = 0;
        double spent_s = 0, spent_f = 0;
        for (long k = 0; k < reps; k++) {
            for (int half = 0; half < 2; half++) {
                if ((half == 0) == (k % 2 == 0)) {
                    t0 = now_ms();
                    bench_summit_query(c, queries[q].summit);
                    ts[n] = now_ms() - t0;
                    spent_s += ts[n];
                } else {
                    t0 = now_ms();
                    bench_fts_query(db, select, queries[q].fts);
                    tf[n] = now_ms() - t0;
                    spent_f += tf[n];
                }
            }
            n++;
            if (n >= 5 && (spent_s > (double)budget_ms || spent_f > (double)budget_ms))
                break;
        }
        memcpy(all_summit + all_count, ts, n * sizeof *ts);
        memcpy(all_fts + all_count, tf, n * sizeof *tf);
        all_count += n;
        q_runs[q] = n;
        q_summit[q] = median(ts, n);
        q_fts[q] = median(tf, n);
    }
    double mix_summit, mix_fts, pooled_summit, pooled_fts;
    {
        double a[QUERY_COUNT], b[QUERY_COUNT];
        memcpy(a, q_summit, sizeof a);
        memcpy(b, q_fts, sizeof b);
        mix_summit = median(a, QUERY_COUNT);
        mix_fts = median(b, QUERY_COUNT);
        pooled_summit = median(all_summit, all_count);
        pooled_fts = median(all_fts, all_count);
    }
    sqlite3_finalize(select);
    sqlite3_finalize(count);
    sqlite3_finalize(top);
    sqlite3_close(db);
    summit_collection_free(c);

    /* ---- report ---- */
    printf("file: %s\n", path);
    printf("size: %zu bytes (%.1f MB), records: %zu; FTS5 bodies: %zu bytes (%.1f MB), "
           "assembled in %.2f ms (not in the FTS5 build time)\n",
           len, (double)len / MB, records, bd.bytes, (double)bd.bytes / MB, bodies_ms);
    printf("SQLite %s; build rounds: %d%s, median and minimum; query runs: up to %ld per query "
           "and side (+2 warm-ups)\n\n",
           sqlite3_libversion(), rounds, warmup ? " (+1 untimed warm-up)" : "", reps);

    printf("| build step | median ms | min ms | MB/s of input | ratio |\n");
    printf("|---|---:|---:|---:|---:|\n");
    static const char *const names[OP_COUNT] = {
        "cJSON parse (anchor)", "summit load (parse + validate)", "cJSON print unformatted (anchor)",
        "summit save (canonical compact)", "summit index", "FTS5 build (inserts + commit)",
    };
    static const int anchor_of[OP_COUNT] = { -1, OP_PARSE, -1, OP_PRINT, OP_FTS, -1 };
    for (int k = 0; k < OP_COUNT; k++) {
        printf("| %s | ", names[k]);
        print_ms(med[k]);
        printf(" | ");
        print_ms(min[k]);
        printf(" | %.1f | ", med[k] > 0 ? (double)len / MB / (med[k] / 1e3) : 0.0);
        if (anchor_of[k] >= 0)
            printf("%.2f |\n", med[k] / med[anchor_of[k]]);
        else
            printf("- |\n");
    }
    printf("\nratio: summit load / cJSON parse, summit save / cJSON print (%zu vs %zu bytes "
           "written), summit index / FTS5 build.\n\n",
           save_bytes, print_bytes);

    printf("| query (summit) | FTS5 | summit µs | FTS5 µs | ratio | hits summit | hits FTS5 | "
           "top-10 shared | runs |\n");
    printf("|---|---|---:|---:|---:|---:|---:|---:|---:|\n");
    for (size_t q = 0; q < QUERY_COUNT; q++)
        printf("| `%s` (%s) | `%s` | %.1f | %.1f | %.3f | %zu | %zu%s | %d/%d | %zu |\n",
               queries[q].summit, queries[q].what, queries[q].fts, q_summit[q] * 1e3,
               q_fts[q] * 1e3, q_summit[q] / q_fts[q], hits_summit[q], hits_fts[q],
               hits_summit[q] == hits_fts[q] ? "" : " (differs)", agree[q], returned[q],
               q_runs[q]);
    printf("| **median over the mix** | | **%.1f** | **%.1f** | **%.3f** | | | | |\n",
           mix_summit * 1e3, mix_fts * 1e3, mix_summit / mix_fts);
    printf("\nµs: median per query (limit 10; summit: summit_search + summit_results_free; FTS5: "
           "bind, step to the end, reset). Median over the mix = median of the %zu per-query "
           "medians; the median of all %zu timings pooled is %.1f µs vs %.1f µs (%.3f).\n\n",
           QUERY_COUNT, all_count, pooled_summit * 1e3, pooled_fts * 1e3,
           pooled_summit / pooled_fts);

    printf("| memory | bytes | MB | × input |\n");
    printf("|---|---:|---:|---:|\n");
#define MEMROW(name, v) \
    printf("| %s | %zu | %.1f | %.2f |\n", name, (size_t)(v), (double)(v) / MB, (double)(v) / (double)len)
    MEMROW("input file", len);
    MEMROW("summit, live after load", live_load);
    MEMROW("summit, index alone (live after index - after load)", live_index - live_load);
    MEMROW("summit, live after load + index", live_index);
    MEMROW("summit, peak during load", peak_load);
    MEMROW("summit, peak during load + index", peak_index);
    MEMROW("VmRSS growth, load", rss1 > rss0 ? rss1 - rss0 : 0);
    MEMROW("VmRSS growth, load + index", rss2 > rss0 ? rss2 - rss0 : 0);
    MEMROW("cJSON tree (for comparison)", cjson_bytes);
    MEMROW("SQLite with the FTS5 table built (sqlite3_memory_used)", (size_t)sqlite_bytes);
#undef MEMROW
    printf("\nsummit bytes: requested through a counting summit_allocator (%zu blocks after load, "
           "%zu after index; allocator headers and malloc overhead not included; VmRSS includes "
           "them).\n\n",
           blocks_load, blocks_index);

    double index_ratio = med[OP_INDEX] / med[OP_FTS];
    double query_ratio = mix_summit / mix_fts;
    double mem_ratio = (double)live_index / (double)len;
    printf("target index build <= FTS5 build: %.2f x %s (%.2f vs %.2f ms)\n", index_ratio,
           index_ratio <= 1.0 ? "PASS" : "MISS", med[OP_INDEX], med[OP_FTS]);
    printf("target median query <= 0.10 x FTS5: %.3f x %s (%.1f vs %.1f µs)\n", query_ratio,
           query_ratio <= 0.1 ? "PASS" : "MISS", mix_summit * 1e3, mix_fts * 1e3);
    printf("target loaded + indexed memory <= 1.5 x input: %.2f x %s (%.1f MB for %.1f MB)\n",
           mem_ratio, mem_ratio <= 1.5 ? "PASS" : "MISS", (double)live_index / MB,
           (double)len / MB);

    if (tsv) {
        FILE *f = fopen(tsv, "a");
        if (!f)
            fail("cannot open", tsv);
        /* records bytes parse load print save index fts mix_summit_ms mix_fts_ms
         * live_load live_index sqlite_bytes cjson_bytes */
        fprintf(f, "%zu\t%zu\t%.3f\t%.3f\t%.3f\t%.3f\t%.3f\t%.3f\t%.6f\t%.6f\t%zu\t%zu\t%lld\t%zu\n",
                records, len, med[OP_PARSE], med[OP_LOAD], med[OP_PRINT], med[OP_SAVE],
                med[OP_INDEX], med[OP_FTS], mix_summit, mix_fts, live_load, live_index,
                (long long)sqlite_bytes, cjson_bytes);
        fclose(f);
    }

    for (int k = 0; k < OP_COUNT; k++)
        free(ms[k]);
    free(ts);
    free(tf);
    free(all_summit);
    free(all_fts);
    bodies_free(&bd);
    free(buf);
    return 0;
}
