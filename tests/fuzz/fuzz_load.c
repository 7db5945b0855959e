/* libFuzzer target: the loader, in every file form, and the save/reload
 * round trip (issue 5).
 *
 * For each input:
 *  1. summit_collection_load_buffer with default options, and again with an
 *     error_fn that checks every report; both must agree on the status, and
 *     a failure must hand back no collection.
 *  2. On success: save compact, pretty and NDJSON; reload each; save again;
 *     the second save must equal the first byte for byte (an empty
 *     collection as NDJSON is "", which the loader refuses by design).
 *  3. On success: a few searches, one derived from the input, to exercise
 *     the index and the query parser against fuzzed records.
 *  4. The prefix check that stops reading a file early (lib/stream_check.h):
 *     fed in pieces of any size it flags the same offset; it never flags an
 *     input that loads; and the part up to a flag (plus the margin) gives
 *     exactly the whole input's error. */
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <summit/summit.h>

#include "stream_check.h"

#define CHECK(cond)              \
    do {                         \
        if (!(cond))             \
            __builtin_trap();    \
    } while (0)

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static int str_terminated(const char *s, size_t cap)
{
    return memchr(s, '\0', cap) != NULL;
}

static void check_error(const summit_error *e, summit_status st)
{
    CHECK(e->code == (int32_t)st);
    CHECK(str_terminated(e->pointer, sizeof e->pointer));
    CHECK(str_terminated(e->message, sizeof e->message));
    CHECK(e->message[0] != '\0');
}

struct report_state {
    size_t count;
};

static void on_error(const summit_error *r, void *user)
{
    struct report_state *s = user;
    s->count++;
    CHECK(r != NULL);
    CHECK(r->code < 0);
    CHECK(r->code >= SUMMIT_ERR_NOT_FOUND);
    /* line >= 1, or 0 when unknown: a column without a line is wrong */
    CHECK(r->line != 0 || r->column == 0);
    CHECK(str_terminated(r->pointer, sizeof r->pointer));
    CHECK(str_terminated(r->message, sizeof r->message));
    CHECK(r->message[0] != '\0');
    CHECK(r->pointer[0] == '\0' || r->pointer[0] == '/');
}

static void on_warning(const summit_error *r, void *user)
{
    (void)user;
    CHECK(r != NULL);
    CHECK(r->code == SUMMIT_OK);
    CHECK(str_terminated(r->message, sizeof r->message));
}

static void check_search(const summit_collection *c, const char *q)
{
    summit_results *res = NULL;
    summit_error err;
    memset(&err, 0, sizeof err);
    summit_status st = summit_search(c, q, 5, &res, &err);
    if (st != SUMMIT_OK) {
        CHECK(st == SUMMIT_ERR_QUERY || st == SUMMIT_ERR_LIMIT);
        CHECK(res == NULL);
        check_error(&err, st);
        CHECK(err.column >= 1);
        return;
    }
    size_t n = summit_results_count(res);
    size_t total = summit_results_total(res);
    CHECK(n <= 5 && n <= total && total <= summit_collection_count(c));
    for (size_t i = 0; i < n; i++) {
        CHECK(summit_results_record(res, i) != NULL);
        if (i > 0)
            CHECK(summit_results_score(res, i) <= summit_results_score(res, i - 1));
    }
    CHECK(summit_results_record(res, n) == NULL);
    summit_results_free(res);
}

static void same_error(const summit_error *a, const summit_error *b)
{
    CHECK(a->code == b->code && a->line == b->line && a->column == b->column &&
          a->offset == b->offset);
    CHECK(strcmp(a->pointer, b->pointer) == 0 && strcmp(a->message, b->message) == 0);
}

static void check_stream_prefix(const char *text, size_t size)
{
    /* Small limits, so that the depth and string checks are reached. */
    summit_load_options o;
    summit_load_options_init(&o);
    o.max_depth = 8;
    o.max_string_bytes = 16;
    stream_check whole, pieces;
    stream_check_init(&whole, o.max_depth, o.max_string_bytes);
    stream_check_feed(&whole, text, size);
    stream_check_init(&pieces, o.max_depth, o.max_string_bytes);
    size_t piece = size ? 1 + (unsigned char)text[0] % 7 : 1;
    for (size_t i = 0; i < size && !pieces.flagged; i += piece)
        stream_check_feed(&pieces, text + i, size - i < piece ? size - i : piece);
    CHECK(whole.flagged == pieces.flagged);
    if (!whole.flagged)
        return;
    CHECK(whole.flagged_at == pieces.flagged_at && whole.flagged_at < size);

    summit_collection *c = NULL;
    summit_error full, part;
    summit_status st = summit_collection_load_buffer(text, size, &o, &c, &full);
    CHECK(st != SUMMIT_OK); /* a flagged input never loads */
    /* read_to depends on where the pieces ended (a long string is noticed
     * at a piece's end); any of them must do. */
    size_t ends[2] = { whole.read_to, pieces.read_to };
    for (int k = 0; k < 2; k++) {
        if (ends[k] >= size)
            continue;
        CHECK(summit_collection_load_buffer(text, ends[k], &o, &c, &part) == st);
        same_error(&full, &part);
    }
}

/* A query from the first bytes of the input: up to 24 bytes, stopping at a
 * NUL (the query is a C string). */
static void derived_query(const uint8_t *data, size_t size, char *q, size_t cap)
{
    size_t n = size < cap - 1 ? size : cap - 1;
    size_t i;
    for (i = 0; i < n && data[i] != 0; i++)
        q[i] = (char)data[i];
    q[i] = '\0';
}

static void round_trip(const summit_collection *c, uint32_t flags)
{
    char *first = NULL, *second = NULL;
    size_t first_len = 0, second_len = 0;
    summit_error err;
    summit_status st = summit_collection_to_json(c, flags, &first, &first_len, &err);
    CHECK(st == SUMMIT_OK);
    CHECK(first != NULL && strlen(first) == first_len);

    if (first_len == 0) {
        /* Only an empty collection saved as NDJSON is empty text. */
        CHECK((flags & SUMMIT_JSON_NDJSON) && summit_collection_count(c) == 0);
        summit_free(first);
        return;
    }
    summit_collection *again = NULL;
    st = summit_collection_load_buffer(first, first_len, NULL, &again, &err);
    CHECK(st == SUMMIT_OK);
    CHECK(again != NULL);
    CHECK(summit_collection_count(again) == summit_collection_count(c));
    st = summit_collection_to_json(again, flags, &second, &second_len, &err);
    CHECK(st == SUMMIT_OK);
    CHECK(second_len == first_len);
    CHECK(memcmp(first, second, first_len) == 0);
    summit_free(second);
    summit_collection_free(again);
    summit_free(first);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const char *text = (const char *)data;
    summit_collection *c = (summit_collection *)(uintptr_t)1;
    summit_error err;
    memset(&err, 0, sizeof err);

    check_stream_prefix(text, size);

    summit_status st = summit_collection_load_buffer(text, size, NULL, &c, &err);
    if (st != SUMMIT_OK) {
        CHECK(st < 0);
        CHECK(c == NULL);
        check_error(&err, st);
    } else {
        CHECK(c != NULL);
    }

    /* The same input with every error reported. */
    summit_load_options opts;
    summit_load_options_init(&opts);
    struct report_state rs = {0};
    opts.error_fn = on_error;
    opts.error_user = &rs;
    opts.warning_fn = on_warning;
    summit_collection *c2 = (summit_collection *)(uintptr_t)1;
    summit_error err2;
    memset(&err2, 0, sizeof err2);
    summit_status st2 = summit_collection_load_buffer(text, size, &opts, &c2, &err2);
    /* documented: the same status with and without error_fn.
     * regressions/load-status-differs-with-error-fn.json: without error_fn
     * a later schema error is reported (SCHEMA) where error_fn sees the
     * earlier duplicate id first (DUPLICATE_ID). Build with
     * -DFUZZ_TOLERATE_SCHEMA_DUPLICATE_ORDER to let the fuzzer look past it
     * until that is fixed. */
#ifdef FUZZ_TOLERATE_SCHEMA_DUPLICATE_ORDER
    CHECK(st2 == st || ((st == SUMMIT_ERR_SCHEMA || st == SUMMIT_ERR_DUPLICATE_ID) &&
                        (st2 == SUMMIT_ERR_SCHEMA || st2 == SUMMIT_ERR_DUPLICATE_ID)));
#else
    CHECK(st2 == st);
#endif
    if (st2 != SUMMIT_OK) {
        CHECK(c2 == NULL);
        check_error(&err2, st2);
        CHECK(rs.count >= 1);
    } else {
        CHECK(c2 != NULL);
        CHECK(rs.count == 0);
        CHECK(summit_collection_count(c2) == summit_collection_count(c));
        summit_collection_free(c2);
    }

    if (st != SUMMIT_OK)
        return 0;

    size_t n = summit_collection_count(c);
    for (size_t i = 0; i < n; i++) {
        const summit_record *r = summit_collection_get(c, i);
        CHECK(r != NULL && r->id != NULL);
        CHECK(summit_collection_find(c, r->id) == r);
    }
    CHECK(summit_collection_get(c, n) == NULL);

    round_trip(c, SUMMIT_JSON_COMPACT);
    round_trip(c, SUMMIT_JSON_PRETTY);
    round_trip(c, SUMMIT_JSON_NDJSON);

    char q[25];
    derived_query(data, size, q, sizeof q);
    check_search(c, q);
    static const char *const fixed[] = {
        "", "digital", "dig*", "\"digital government\" OR -open", "year:2015.. country:gb",
    };
    /* one fixed query per input, chosen by its size, to keep runs fast */
    check_search(c, fixed[size % (sizeof fixed / sizeof fixed[0])]);

    summit_collection_free(c);
    return 0;
}
