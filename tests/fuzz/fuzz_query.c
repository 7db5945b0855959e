/* libFuzzer target: the query parser and search (issue 5), against the
 * bundled Digital Nations dataset, loaded and indexed once. */
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <summit/summit.h>

#include "fuzz_dataset.h" /* generated: fuzz_dataset[], NUL-terminated */

#define CHECK(cond)              \
    do {                         \
        if (!(cond))             \
            __builtin_trap();    \
    } while (0)

int LLVMFuzzerInitialize(int *argc, char ***argv);
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static summit_collection *coll;

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    (void)argc;
    (void)argv;
    summit_error err;
    const char *text = (const char *)fuzz_dataset;
    if (summit_collection_load_buffer(text, strlen(text), NULL, &coll, &err) != SUMMIT_OK)
        abort();
    if (summit_collection_index(coll, &err) != SUMMIT_OK)
        abort();
    return 0;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    char *q = malloc(size + 1);
    if (q == NULL)
        return 0;
    memcpy(q, data, size);
    q[size] = '\0';

    summit_results *res = (summit_results *)(uintptr_t)1;
    summit_error err;
    memset(&err, 0, sizeof err);
    summit_status st = summit_search(coll, q, 10, &res, &err);
    if (st != SUMMIT_OK) {
        /* A bad query, or one nested past max_query_depth; never NOMEM
         * with the system allocator. */
        CHECK(st == SUMMIT_ERR_QUERY || st == SUMMIT_ERR_LIMIT);
        CHECK(res == NULL);
        CHECK(err.code == st);
        CHECK(err.column >= 1);
        CHECK(memchr(err.message, '\0', sizeof err.message) != NULL);
        CHECK(err.message[0] != '\0');
        free(q);
        return 0;
    }
    CHECK(res != NULL);
    size_t n = summit_results_count(res);
    size_t total = summit_results_total(res);
    CHECK(n <= 10);
    CHECK(n <= total);
    CHECK(total <= summit_collection_count(coll));
    CHECK(n == (total < 10 ? total : 10));
    for (size_t i = 0; i < n; i++) {
        const summit_record *r = summit_results_record(res, i);
        CHECK(r != NULL);
        CHECK(summit_collection_find(coll, r->id) == r);
        double s = summit_results_score(res, i);
        CHECK(s >= 0.0);
        if (i > 0)
            CHECK(s <= summit_results_score(res, i - 1));
    }
    CHECK(summit_results_record(res, n) == NULL);
    summit_results_free(res);
    free(q);
    return 0;
}
