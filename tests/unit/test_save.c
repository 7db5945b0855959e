/* The canonical writer: exact bytes in every layout, idempotence, escaping. */
#include "test_util.h"

#include "sbuf.h"

/* Members deliberately out of order, with escapes and every list. */
static const char *const FULL_INPUT =
    "{\"extra\":{\"n\":9007199254740993,\"b\":[true,{}]},\"sources\":[{\"retrieved\":\"2024-01\",\"url\":\"https://a.example/x\"}],"
    "\"summary\":[\"Line\\none\",\"Tab\\there \\u001f\"],\"media\":[{\"caption\":\"C\",\"file\":\"f.jpg\",\"kind\":\"photo\"}],"
    "\"documents\":[{\"url\":\"https://d.example\",\"date\":\"2021-11\",\"title\":\"Joint\",\"kind\":\"joint-statement\"}],"
    "\"commitments\":[\"Do good.\"],\"topics\":[\"ai\"],\"participants\":[{\"role\":\"chair\",\"country\":\"GB\"},"
    "{\"name\":\"Korea\",\"country\":\"KR\",\"role\":\"member\"},{\"country\":\"US\",\"role\":\"observer\"}],"
    "\"chair\":{\"country\":\"GB\",\"name\":\"A \\\"B\\\" C\"},\"location\":{\"country\":\"GB\",\"city\":\"London\"},"
    "\"mode\":\"hybrid\",\"end_date\":\"2021-11-18\",\"start_date\":\"2021-11\",\"theme\":\"Th\\u00e9me\","
    "\"title\":\"T\",\"edition\":8,\"group\":\"DN\",\"series\":\"S\",\"id\":\"r1\"}";

static const char *const FULL_COMPACT =
    "{\"schema\":\"summit-collection/1\",\"records\":[{\"id\":\"r1\",\"series\":\"S\",\"group\":\"DN\",\"edition\":8,"
    "\"title\":\"T\",\"theme\":\"Théme\",\"start_date\":\"2021-11\",\"end_date\":\"2021-11-18\",\"mode\":\"hybrid\","
    "\"location\":{\"city\":\"London\",\"country\":\"GB\"},\"chair\":{\"name\":\"A \\\"B\\\" C\",\"country\":\"GB\"},"
    "\"participants\":[{\"country\":\"GB\",\"role\":\"chair\"},{\"country\":\"KR\",\"name\":\"Korea\",\"role\":\"member\"},"
    "{\"country\":\"US\",\"role\":\"observer\"}],\"topics\":[\"ai\"],\"commitments\":[\"Do good.\"],"
    "\"documents\":[{\"kind\":\"joint-statement\",\"title\":\"Joint\",\"date\":\"2021-11\",\"url\":\"https://d.example\"}],"
    "\"media\":[{\"kind\":\"photo\",\"file\":\"f.jpg\",\"caption\":\"C\"}],"
    "\"summary\":[\"Line\\none\",\"Tab\\there \\u001f\"],\"sources\":[{\"url\":\"https://a.example/x\",\"retrieved\":\"2024-01\"}],"
    "\"extra\":{\"n\":9007199254740993,\"b\":[true,{}]}}]}\n";

static void compact_layout(void **state)
{
    (void)state;
    summit_collection *c = expect_loaded(FULL_INPUT);
    char *out = save_text(c, SUMMIT_JSON_COMPACT);
    assert_string_equal(out, FULL_COMPACT);
    summit_free(out);
    summit_collection_free(c);
}

static void pretty_layout(void **state)
{
    (void)state;
    summit_collection *c = expect_loaded("{\"id\":\"r1\",\"series\":\"S\",\"start_date\":\"2021\",\"topics\":[\"a\",\"b\"],"
                                         "\"extra\":{\"k\":[1,{\"x\":[]}],\"e\":{}}}");
    char *out = save_text(c, SUMMIT_JSON_PRETTY);
    assert_string_equal(out,
                        "{\n"
                        "  \"schema\": \"summit-collection/1\",\n"
                        "  \"records\": [\n"
                        "    {\n"
                        "      \"id\": \"r1\",\n"
                        "      \"series\": \"S\",\n"
                        "      \"start_date\": \"2021\",\n"
                        "      \"topics\": [\n"
                        "        \"a\",\n"
                        "        \"b\"\n"
                        "      ],\n"
                        "      \"extra\": {\n"
                        "        \"k\": [\n"
                        "          1,\n"
                        "          {\n"
                        "            \"x\": []\n"
                        "          }\n"
                        "        ],\n"
                        "        \"e\": {}\n"
                        "      }\n"
                        "    }\n"
                        "  ]\n"
                        "}\n");
    summit_free(out);
    summit_collection_free(c);

    c = expect_loaded("[]");
    out = save_text(c, SUMMIT_JSON_PRETTY);
    assert_string_equal(out, "{\n  \"schema\": \"summit-collection/1\",\n  \"records\": []\n}\n");
    summit_free(out);
    out = save_text(c, SUMMIT_JSON_NDJSON);
    assert_string_equal(out, "");
    summit_free(out);
    summit_collection_free(c);
}

static void ndjson_layout(void **state)
{
    (void)state;
    summit_collection *c = expect_loaded("[{\"id\":\"a\",\"series\":\"S\",\"start_date\":\"2021\"},"
                                         "{\"start_date\":\"2022-02-02\",\"id\":\"b\",\"series\":\"S\"}]");
    char *out = save_text(c, SUMMIT_JSON_NDJSON);
    assert_string_equal(out, "{\"id\":\"a\",\"series\":\"S\",\"start_date\":\"2021\"}\n"
                             "{\"id\":\"b\",\"series\":\"S\",\"start_date\":\"2022-02-02\"}\n");
    summit_free(out);
    summit_collection_free(c);
}

/* save(load(save(load(X)))) == save(load(X)), in every layout. */
static void saving_is_idempotent(void **state)
{
    (void)state;
    const uint32_t layouts[] = { SUMMIT_JSON_COMPACT, SUMMIT_JSON_PRETTY, SUMMIT_JSON_NDJSON };
    for (size_t i = 0; i < 3; i++) {
        summit_collection *c = expect_loaded(FULL_INPUT);
        char *first = save_text(c, layouts[i]);
        summit_collection *again = expect_loaded(first);
        char *second = save_text(again, layouts[i]);
        assert_string_equal(first, second);
        /* and every layout holds the same data */
        char *compact = save_text(again, SUMMIT_JSON_COMPACT);
        assert_string_equal(compact, FULL_COMPACT);
        summit_free(compact);
        summit_free(first);
        summit_free(second);
        summit_collection_free(c);
        summit_collection_free(again);
    }
}

static void record_to_json(void **state)
{
    (void)state;
    summit_collection *c = expect_loaded(FULL_INPUT);
    char *out = NULL;
    size_t len = 0;
    summit_error err;
    assert_int_equal(summit_record_to_json(summit_collection_get(c, 0), 0, &out, &len, &err), SUMMIT_OK);
    /* the record alone: the collection's bytes without the wrapper */
    size_t prefix = strlen("{\"schema\":\"summit-collection/1\",\"records\":[");
    assert_int_equal(len, strlen(FULL_COMPACT) - prefix - 2); /* without "]}\n", with its own "\n" */
    assert_memory_equal(out, FULL_COMPACT + prefix, len - 1);
    assert_int_equal(out[len - 1], '\n');
    summit_free(out);
    summit_collection_free(c);
}

static void hand_made_records_are_checked_and_canonicalised(void **state)
{
    (void)state;
    summit_record r;
    memset(&r, 0, sizeof r);
    r.id = "hand";
    r.series = "S";
    r.start_date.year = 2020;
    r.extra_json = " { \"b\" : [ 1 , 2 ] , \"u\" : \"\\u00e9\" } ";
    char *out;
    size_t len;
    summit_error err;
    assert_int_equal(summit_record_to_json(&r, 0, &out, &len, &err), SUMMIT_OK);
    assert_string_equal(out, "{\"id\":\"hand\",\"series\":\"S\",\"start_date\":\"2020\",\"extra\":{\"b\":[1,2],\"u\":\"é\"}}\n");
    summit_free(out);

    r.extra_json = "[1]";
    assert_int_equal(summit_record_to_json(&r, 0, &out, &len, &err), SUMMIT_ERR_SCHEMA);
    assert_string_equal(err.pointer, "/extra");
    assert_string_equal(err.message, "expected an object, got an array");
    assert_null(out);
    r.extra_json = "{\"a\":1,\"a\":2}";
    assert_int_equal(summit_record_to_json(&r, 0, &out, &len, &err), SUMMIT_ERR_SCHEMA);
    assert_string_equal(err.pointer, "/extra/a");
    r.extra_json = "{\"a\":1";
    assert_int_equal(summit_record_to_json(&r, 0, &out, &len, &err), SUMMIT_ERR_SYNTAX);
    r.extra_json = NULL;
    r.id = "No";
    assert_int_equal(summit_record_to_json(&r, 0, &out, &len, &err), SUMMIT_ERR_SCHEMA);
    assert_string_equal(err.pointer, "/id");
}

/* The word-at-a-time escaper against a byte-at-a-time reference, for every
 * string length up to 40 with a special byte at every position. */
static void reference_escape(char *out, const char *s, size_t n)
{
    *out++ = '"';
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)s[i];
        if (c == '"' || c == '\\') {
            *out++ = '\\';
            *out++ = (char)c;
        } else if (c == '\n') {
            *out++ = '\\';
            *out++ = 'n';
        } else if (c < 0x20)
            out += sprintf(out, "\\u%04x", c);
        else
            *out++ = (char)c;
    }
    *out++ = '"';
    *out = '\0';
}

static void escaping_at_every_position(void **state)
{
    (void)state;
    const char specials[] = { '"', '\\', '\n', 0x01, 0x1f, (char)0xC3, 'x' };
    for (size_t len = 1; len <= 40; len++)
        for (size_t pos = 0; pos < len; pos++)
            for (size_t k = 0; k < sizeof specials; k++)
                for (int second = 0; second < 2; second++) {
                    char in[48], want[400];
                    memset(in, 'a', len);
                    in[pos] = specials[k];
                    if (second && len > 1)
                        in[len - 1 - pos % len] = '"';
                    reference_escape(want, in, len);
                    sbuf b;
                    sbuf_init(&b, &summit_default_allocator);
                    sbuf_put_json_string(&b, in, len);
                    assert_true(sbuf_terminate(&b));
                    assert_string_equal(b.data, want);
                    sbuf_release(&b);
                }
}

static void bad_flags(void **state)
{
    (void)state;
    summit_collection *c = expect_loaded("[]");
    char *out;
    summit_error err;
    assert_int_equal(summit_collection_to_json(c, SUMMIT_JSON_PRETTY | SUMMIT_JSON_NDJSON, &out, NULL, &err),
                     SUMMIT_ERR_ARG);
    assert_null(out);
    assert_int_equal(summit_collection_to_json(c, 64, &out, NULL, &err), SUMMIT_ERR_ARG);
    assert_int_equal(summit_collection_to_json(NULL, 0, &out, NULL, &err), SUMMIT_ERR_ARG);
    assert_int_equal(summit_collection_to_json(c, 0, NULL, NULL, &err), SUMMIT_ERR_ARG);
    assert_int_equal(summit_record_to_json(NULL, 0, &out, NULL, &err), SUMMIT_ERR_ARG);
    summit_collection_free(c);
    summit_free(NULL);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(compact_layout),
        cmocka_unit_test(pretty_layout),
        cmocka_unit_test(ndjson_layout),
        cmocka_unit_test(saving_is_idempotent),
        cmocka_unit_test(record_to_json),
        cmocka_unit_test(hand_made_records_are_checked_and_canonicalised),
        cmocka_unit_test(escaping_at_every_position),
        cmocka_unit_test(bad_flags),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
