/* libFuzzer target: the text extractor (issue 6).
 *
 * For each input: summit_extract_text with default options and with an
 * explain callback that checks every report; both must agree. A failure
 * must hand back no collection and a filled error; a success must hold
 * records that save, reload and save again to the same canonical JSON. */
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include <summit/summit.h>

#define CHECK(cond)           \
    do {                      \
        if (!(cond))          \
            __builtin_trap(); \
    } while (0)

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

struct explain_state {
    size_t count;
};

static void on_explain(const char *pointer, const char *value, const char *evidence,
                       size_t line, void *user)
{
    struct explain_state *s = user;
    s->count++;
    CHECK(pointer && value && evidence);
    CHECK(pointer[0] == '\0' || pointer[0] == '/');
    CHECK(value[0] != '\0');
    CHECK(line >= 1);
    (void)strlen(evidence);
}

static void round_trip(const summit_collection *c)
{
    char *first = NULL, *second = NULL;
    size_t first_len = 0, second_len = 0;
    summit_error err;
    CHECK(summit_collection_to_json(c, SUMMIT_JSON_PRETTY, &first, &first_len, &err) == SUMMIT_OK);
    summit_collection *again = NULL;
    CHECK(summit_collection_load_buffer(first, first_len, NULL, &again, &err) == SUMMIT_OK);
    CHECK(summit_collection_count(again) == summit_collection_count(c));
    CHECK(summit_collection_to_json(again, SUMMIT_JSON_PRETTY, &second, &second_len, &err) ==
          SUMMIT_OK);
    CHECK(first_len == second_len && memcmp(first, second, first_len) == 0);
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
    summit_status st = summit_extract_text(text, size, NULL, &c, &err);
    if (st != SUMMIT_OK) {
        CHECK(c == NULL);
        CHECK(err.code == (int32_t)st);
        CHECK(st == SUMMIT_ERR_NOT_FOUND || st == SUMMIT_ERR_SYNTAX);
        CHECK(memchr(err.message, '\0', sizeof err.message) && err.message[0]);
        if (st == SUMMIT_ERR_SYNTAX)
            CHECK(err.line >= 1 && err.column >= 1 && err.offset < size);
    } else {
        CHECK(c != NULL && summit_collection_count(c) >= 1);
        round_trip(c);
    }

    summit_extract_options o;
    summit_extract_options_init(&o);
    struct explain_state es = { 0 };
    o.explain_fn = on_explain;
    o.explain_user = &es;
    o.source_url = "https://example.org/page";
    summit_collection *c2 = NULL;
    summit_error err2;
    summit_status st2 = summit_extract_text(text, size, &o, &c2, &err2);
    CHECK(st2 == st);
    if (st2 == SUMMIT_OK) {
        CHECK(summit_collection_count(c2) == summit_collection_count(c));
        CHECK(es.count >= 3 * summit_collection_count(c2)); /* id, series, start_date */
        summit_collection_free(c2);
    }
    summit_collection_free(c);
    return 0;
}
