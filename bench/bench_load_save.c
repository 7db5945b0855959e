/* summit_bench_load_save: libsummit's load and save against cJSON.
 *
 *   summit_bench_load_save FILE [--runs R] [--heap trim|keep] [--raw]
 *
 * Reads FILE into memory once, then, in this one process, times R rounds
 * (default 7, after one untimed warm-up round when R > 1) of:
 *   - cJSON parse   cJSON_ParseWithLength(buf, len)          (the load anchor)
 *   - cJSON print   cJSON_PrintUnformatted(tree)             (the save anchor)
 *   - cJSON delete  cJSON_Delete(tree)
 *   - summit load   summit_collection_load_buffer(buf, len, NULL, ...)
 *                   (strict JSON reading plus full schema validation)
 *   - summit save   summit_collection_to_json(c, 0, ...)     (canonical compact)
 *   - summit free   summit_collection_free(c)
 * with clock_gettime(CLOCK_MONOTONIC), and prints a markdown table of the
 * median and minimum of each, the throughput and the ratios to the cJSON
 * anchors, then the targets (load <= 1.25 x cJSON parse, save <=
 * 0.5 x cJSON print) as PASS or MISS. The targets are only reported: timing
 * is never a test assertion. The exit status is 0 unless a call failed.
 *
 * The two libraries alternate which goes first each round, and by default
 * the heap is trimmed after each library's turn (--heap, below): without
 * either, an A/A test (both sides cJSON) was biased by 15-20%.
 *
 * NDJSON input is not one JSON text, so for it the cJSON anchor parses (and
 * prints) each non-blank line as its own document. */
#define _POSIX_C_SOURCE 200809L

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#if defined(__GLIBC__) /* defined by the headers above */
#include <malloc.h>      /* malloc_trim */
#endif

#include <cjson/cJSON.h>
#include <summit/summit.h>

#include "bench_common.h"

#define MB 1e6 /* throughputs are in 10^6 bytes per second */

/* ------------------------------------------------------- the cJSON side -- */

/* The cJSON view of the input: one tree, or one per NDJSON line. */
typedef struct anchor {
    int ndjson;
    size_t line_count;   /* NDJSON: non-blank lines */
    const char **line;   /* NDJSON: start of each line */
    size_t *line_len;    /* NDJSON: length of each line */
    cJSON **trees;       /* 1 tree, or line_count trees */
    size_t tree_count;
} anchor;

static int only_space(const char *p, const char *end)
{
    for (; p < end; p++)
        if (*p != ' ' && *p != '\t' && *p != '\n' && *p != '\r')
            return 0;
    return 1;
}

/* Decides (untimed) whether cJSON sees one document or NDJSON lines. */
static void anchor_init(anchor *a, const char *buf, size_t len)
{
    memset(a, 0, sizeof *a);
    const char *end = NULL;
    cJSON *probe = cJSON_ParseWithLengthOpts(buf, len, &end, 0);
    if (!probe)
        fail("cJSON cannot parse the input", NULL);
    cJSON_Delete(probe);
    if (end && !only_space(end, buf + len)) {
        a->ndjson = 1;
        for (const char *p = buf; p < buf + len;) {
            const char *nl = memchr(p, '\n', (size_t)(buf + len - p));
            const char *stop = nl ? nl : buf + len;
            if (!only_space(p, stop))
                a->line_count++;
            p = stop + 1;
        }
        a->line = xmalloc(a->line_count * sizeof *a->line);
        a->line_len = xmalloc(a->line_count * sizeof *a->line_len);
        size_t i = 0;
        for (const char *p = buf; p < buf + len;) {
            const char *nl = memchr(p, '\n', (size_t)(buf + len - p));
            const char *stop = nl ? nl : buf + len;
            if (!only_space(p, stop)) {
                a->line[i] = p;
                a->line_len[i] = (size_t)(stop - p);
                i++;
            }
            p = stop + 1;
        }
        a->tree_count = a->line_count;
    } else {
        a->tree_count = 1;
    }
    a->trees = xmalloc(a->tree_count * sizeof *a->trees);
}

static void anchor_parse(anchor *a, const char *buf, size_t len)
{
    if (!a->ndjson) {
        a->trees[0] = cJSON_ParseWithLength(buf, len);
        if (!a->trees[0])
            fail("cJSON_ParseWithLength failed", NULL);
        return;
    }
    for (size_t i = 0; i < a->line_count; i++) {
        a->trees[i] = cJSON_ParseWithLength(a->line[i], a->line_len[i]);
        if (!a->trees[i])
            fail("cJSON_ParseWithLength failed on an NDJSON line", NULL);
    }
}

/* Prints every tree and frees the text; returns the bytes printed. */
static size_t anchor_print(anchor *a)
{
    size_t total = 0;
    for (size_t i = 0; i < a->tree_count; i++) {
        char *s = cJSON_PrintUnformatted(a->trees[i]);
        if (!s)
            fail("cJSON_PrintUnformatted failed", NULL);
        total += strlen(s) + (a->ndjson ? 1 : 0);
        cJSON_free(s);
    }
    return total;
}

static void anchor_delete(anchor *a)
{
    for (size_t i = 0; i < a->tree_count; i++) {
        cJSON_Delete(a->trees[i]);
        a->trees[i] = NULL;
    }
}

/* The input's form as cJSON sees it: "ndjson", "array", "collection" or
 * "record". */
static const char *anchor_form(const anchor *a)
{
    if (a->ndjson)
        return "ndjson";
    const cJSON *root = a->trees[0];
    if (cJSON_IsArray(root))
        return "array";
    if (cJSON_IsObject(root) && cJSON_IsArray(cJSON_GetObjectItemCaseSensitive(root, "records")) &&
        !cJSON_GetObjectItemCaseSensitive(root, "id"))
        return "collection";
    return "record";
}

/* Records as cJSON sees them, to cross-check the library's count. */
static size_t anchor_records(const anchor *a)
{
    const char *form = anchor_form(a);
    if (a->ndjson)
        return a->line_count;
    if (strcmp(form, "array") == 0)
        return (size_t)cJSON_GetArraySize(a->trees[0]);
    if (strcmp(form, "collection") == 0)
        return (size_t)cJSON_GetArraySize(
            cJSON_GetObjectItemCaseSensitive(a->trees[0], "records"));
    return 1;
}

/* -------------------------------------------------- timed operations -- */

/* Each timed operation is one non-inlined function, so that a profiler
 * (valgrind --tool=callgrind, see run.sh) can report its inclusive cost
 * by name even for the recursive cJSON calls. */
#if defined(__GNUC__)
#define BENCH_NOINLINE __attribute__((noinline))
#else
#define BENCH_NOINLINE
#endif

BENCH_NOINLINE static void bench_cjson_parse(anchor *a, const char *buf, size_t len)
{
    anchor_parse(a, buf, len);
}

BENCH_NOINLINE static size_t bench_cjson_print(anchor *a)
{
    return anchor_print(a);
}

BENCH_NOINLINE static void bench_cjson_delete(anchor *a)
{
    anchor_delete(a);
}

BENCH_NOINLINE static summit_status bench_summit_load(const char *buf, size_t len,
                                                      summit_collection **c, summit_error *err)
{
    return summit_collection_load_buffer(buf, len, NULL, c, err);
}

BENCH_NOINLINE static summit_status bench_summit_save(const summit_collection *c, char **out,
                                                      size_t *out_len, summit_error *err)
{
    return summit_collection_to_json(c, SUMMIT_JSON_COMPACT, out, out_len, err);
}

BENCH_NOINLINE static void bench_summit_free(summit_collection *c)
{
    summit_collection_free(c);
}

/* --heap trim (the default): after each library's free step, untimed, give
 * the freed memory back to the system, so every timed step starts from the
 * same, empty heap and takes its memory fresh from the kernel, as a
 * program's first load does. Rounds then agree within a few percent.
 * --heap keep: leave the heap as the last step left it (memory is reused,
 * as in a long-running program). Then whatever runs after cJSON_Delete()
 * (millions of freed small chunks) is much slower than the same step after
 * summit_collection_free(), so rounds are bimodal; see --raw. */
static int heap_trim = 1;

static void settle_heap(void)
{
#if defined(__GLIBC__)
    if (heap_trim)
        malloc_trim(0);
#endif
}

/* ------------------------------------------------------------ results -- */

enum { OP_PARSE, OP_PRINT, OP_DELETE, OP_LOAD, OP_SAVE, OP_FREE, OP_COUNT };

typedef struct series {
    double *ms;
    double median, min;
} series;

static void summarise(series *s, int runs)
{
    qsort(s->ms, (size_t)runs, sizeof *s->ms, cmp_double);
    s->min = s->ms[0];
    s->median = runs % 2 ? s->ms[runs / 2] : (s->ms[runs / 2 - 1] + s->ms[runs / 2]) / 2.0;
}

/* Milliseconds with two decimals, three below 1 ms. */
static void print_ms(double ms)
{
    printf(ms < 1.0 ? "%.3f" : "%.2f", ms);
}

static void row(const char *name, const series *s, size_t bytes, const series *anchor_op)
{
    printf("| %s | ", name);
    print_ms(s->median);
    printf(" | ");
    print_ms(s->min);
    printf(" | ");
    if (bytes && s->median > 0)
        printf("%.1f", (double)bytes / MB / (s->median / 1e3));
    else
        printf("-");
    if (anchor_op)
        printf(" | %.2f |\n", s->median / anchor_op->median);
    else
        printf(" | - |\n");
}

static void usage(void)
{
    fprintf(stderr,
            "usage: summit_bench_load_save FILE [--runs R] [--heap trim|keep] [--raw]\n"
            "  --runs R     timed rounds (default 7), after one untimed warm-up if R > 1\n"
            "  --heap trim  give freed memory back after each library's turn (default):\n"
            "               every step starts on an empty heap, like a first load\n"
            "  --heap keep  reuse the heap as left (steady state; rounds are bimodal)\n"
            "  --raw        also print every round's times (ms) to standard error\n");
    exit(2);
}

int main(int argc, char **argv)
{
    bench_program = "summit_bench_load_save";
    const char *path = NULL;
    int runs = 7;
    int raw = 0;
    for (int i = 1; i < argc; i++) {
        if (strcmp(argv[i], "--runs") == 0 && i + 1 < argc) {
            char *end;
            long v = strtol(argv[++i], &end, 10);
            if (*end || v < 1 || v > 1000)
                usage();
            runs = (int)v;
        } else if (strcmp(argv[i], "--heap") == 0 && i + 1 < argc) {
            const char *h = argv[++i];
            if (strcmp(h, "trim") == 0)
                heap_trim = 1;
            else if (strcmp(h, "keep") == 0)
                heap_trim = 0;
            else
                usage();
        } else if (strcmp(argv[i], "--raw") == 0) {
            raw = 1;
        } else if (argv[i][0] == '-' || path) {
            usage();
        } else {
            path = argv[i];
        }
    }
    if (!path)
        usage();

    size_t len;
    char *buf = read_file(path, &len);
    anchor a;
    anchor_init(&a, buf, len);

    series op[OP_COUNT];
    for (int k = 0; k < OP_COUNT; k++)
        op[k].ms = xmalloc((size_t)runs * sizeof(double));

    size_t records = 0, cjson_records = 0, print_bytes = 0, save_bytes = 0;
    int identical = -1; /* save output == input bytes: -1 unknown */
    size_t first_diff = 0;
    int warmup = runs > 1 ? 1 : 0;
    const char *form = "";

    for (int r = -warmup; r < runs; r++) {
        double t[OP_COUNT] = {0}, t0;
        summit_error err;
        summit_status st;
        summit_collection *c = NULL;
        char *out = NULL;
        size_t out_len = 0;

        /* Alternate which library goes first, so that with --heap keep
         * neither always runs on the heap state the other one left. */
        for (int half = 0; half < 2; half++) {
            if ((half == 0) == (r % 2 == 0)) {
                t0 = now_ms();
                bench_cjson_parse(&a, buf, len);
                t[OP_PARSE] = now_ms() - t0;
                cjson_records = anchor_records(&a);
                form = anchor_form(&a);

                t0 = now_ms();
                print_bytes = bench_cjson_print(&a);
                t[OP_PRINT] = now_ms() - t0;

                t0 = now_ms();
                bench_cjson_delete(&a);
                t[OP_DELETE] = now_ms() - t0;
                settle_heap();
            } else {
                memset(&err, 0, sizeof err);
                t0 = now_ms();
                st = bench_summit_load(buf, len, &c, &err);
                t[OP_LOAD] = now_ms() - t0;
                if (st != SUMMIT_OK || !c)
                    fail_summit("summit_collection_load_buffer", st, &err);
                records = summit_collection_count(c);

                memset(&err, 0, sizeof err);
                t0 = now_ms();
                st = bench_summit_save(c, &out, &out_len, &err);
                t[OP_SAVE] = now_ms() - t0;
                if (st != SUMMIT_OK || !out)
                    fail_summit("summit_collection_to_json", st, &err);
                if (strlen(out) != out_len)
                    fail("summit_collection_to_json: out_len is not the string's length", NULL);
                save_bytes = out_len;
                if (identical < 0) {
                    identical = out_len == len && memcmp(out, buf, len) == 0;
                    if (!identical) {
                        size_t n = out_len < len ? out_len : len;
                        while (first_diff < n && out[first_diff] == buf[first_diff])
                            first_diff++;
                    }
                }
                summit_free(out);

                t0 = now_ms();
                bench_summit_free(c);
                t[OP_FREE] = now_ms() - t0;
                settle_heap();
            }
        }

        if (records != cjson_records) {
            fprintf(stderr, "summit_bench_load_save: summit loaded %zu records, cJSON sees %zu\n",
                    records, cjson_records);
            return 1;
        }
        if (r >= 0)
            for (int k = 0; k < OP_COUNT; k++)
                op[k].ms[r] = t[k];
        if (raw)
            fprintf(stderr,
                    "round %d (%s first): parse %.2f print %.2f delete %.2f load %.2f save %.2f "
                    "free %.3f\n",
                    r, r % 2 == 0 ? "cJSON" : "summit", t[OP_PARSE], t[OP_PRINT], t[OP_DELETE],
                    t[OP_LOAD], t[OP_SAVE], t[OP_FREE]);
    }
    for (int k = 0; k < OP_COUNT; k++)
        summarise(&op[k], runs);

    printf("file: %s\n", path);
    printf("size: %zu bytes (%.1f MB), records: %zu, form: %s%s\n", len, (double)len / MB,
           records, form, a.ndjson ? " (cJSON anchor: one document per line)" : "");
    /* (the heap's wording chosen first: printf may be a macro, and a
     * directive inside a macro's arguments is undefined) */
#if defined(__GLIBC__)
    const char *heap = heap_trim ? "trim (each step starts on an empty heap)"
                                 : "keep (memory reused between steps)";
#else
    const char *heap = "as the C library leaves it (no malloc_trim here)";
#endif
    printf("runs: %d%s, heap: %s\n\n", runs, warmup ? " (+1 untimed warm-up)" : "", heap);
    printf("| operation | median ms | min ms | MB/s | ratio |\n");
    printf("|---|---:|---:|---:|---:|\n");
    row("cJSON parse (anchor)", &op[OP_PARSE], len, NULL);
    row("summit load (parse + validate)", &op[OP_LOAD], len, &op[OP_PARSE]);
    row("cJSON print unformatted (anchor)", &op[OP_PRINT], print_bytes, NULL);
    row("summit save (canonical compact)", &op[OP_SAVE], save_bytes, &op[OP_PRINT]);
    row("cJSON delete", &op[OP_DELETE], 0, NULL);
    row("summit free", &op[OP_FREE], 0, &op[OP_DELETE]);
    printf("\nMB/s = 10^6 bytes of input (parse, load) or of output (print %zu bytes, save %zu "
           "bytes) per second at the median; ratio = median / median of the cJSON anchor above.\n",
           print_bytes, save_bytes);
    if (identical)
        printf("save output is byte-identical to the input.\n");
    else if (strcmp(form, "collection") != 0)
        printf("save output is a collection object; the input is in %s form.\n", form);
    else
        printf("save output differs from the input (first difference at byte %zu).\n",
               first_diff);

    /* The verdict uses the medians; the ratio of the minimums is shown too
     * (with --heap keep it compares the rounds where neither side ran after
     * cJSON_Delete(), which tracks the instruction counts). */
    double load_ratio = op[OP_LOAD].median / op[OP_PARSE].median;
    double save_ratio = op[OP_SAVE].median / op[OP_PRINT].median;
    printf("\ntarget load <= 1.25 x cJSON parse: %.2f x %s (ratio of minimums %.2f x)\n",
           load_ratio, load_ratio <= 1.25 ? "PASS" : "MISS", op[OP_LOAD].min / op[OP_PARSE].min);
    printf("target save <= 0.50 x cJSON print: %.2f x %s (ratio of minimums %.2f x)\n",
           save_ratio, save_ratio <= 0.5 ? "PASS" : "MISS", op[OP_SAVE].min / op[OP_PRINT].min);

    for (int k = 0; k < OP_COUNT; k++)
        free(op[k].ms);
    free(a.trees);
    free(a.line);
    free(a.line_len);
    free(buf);
    return 0;
}
