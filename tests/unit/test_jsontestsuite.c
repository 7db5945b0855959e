/* JSONTestSuite (../shared/testdata/jsontestsuite/test_parsing, MIT):
 * - every n_ file is refused, as a file and when placed under `extra`;
 * - every y_ file is valid JSON, so it never gets a syntax error, and under
 *   `extra` it is accepted, except where the schema refuses its content:
 *   duplicate keys and \u0000 (listed below);
 * - i_ files get the documented choice, and nothing crashes. */
#include "test_util.h"

#include <dirent.h>

#define CORPUS SUMMIT_SHARED_DIR "/testdata/jsontestsuite/test_parsing"

static const char *const schema_refuses[] = {
    "y_object_duplicated_key.json",         /* duplicate keys are refused everywhere */
    "y_object_duplicated_key_and_value.json",
    "y_object_escaped_null_in_key.json",    /* \u0000 is refused in every string */
    "y_string_null_escape.json",
};

static bool listed(const char *name, const char *const *list, size_t n)
{
    for (size_t i = 0; i < n; i++)
        if (strcmp(name, list[i]) == 0)
            return true;
    return false;
}

/* The file's bytes as the value of extra.v in a minimal record. */
static char *wrap(const char *bytes, size_t len, size_t *out_len)
{
    static const char head[] = "{\"id\":\"x\",\"series\":\"s\",\"start_date\":\"2020\",\"extra\":{\"v\":";
    size_t h = sizeof head - 1;
    char *w = malloc(h + len + 2);
    assert_non_null(w);
    memcpy(w, head, h);
    memcpy(w + h, bytes, len);
    memcpy(w + h + len, "}}", 2);
    *out_len = h + len + 2;
    return w;
}

typedef struct outcome {
    summit_status raw;
    summit_status wrapped;
} outcome;

static outcome try_file(const char *name)
{
    char path[1024];
    snprintf(path, sizeof path, "%s/%s", CORPUS, name);
    size_t len = 0, wlen = 0;
    char *bytes = read_whole_file(path, &len);
    assert_non_null(bytes);
    char *w = wrap(bytes, len, &wlen);
    outcome o;
    summit_collection *c;
    summit_error err;
    o.raw = summit_collection_load_buffer(bytes, len, NULL, &c, &err);
    if (o.raw == SUMMIT_OK) {
        /* accepted: saving and reloading must agree */
        char *saved = save_text(c, 0);
        summit_collection *again = expect_loaded(saved);
        char *resaved = save_text(again, 0);
        assert_string_equal(saved, resaved);
        summit_free(saved);
        summit_free(resaved);
        summit_collection_free(again);
        summit_collection_free(c);
    } else
        assert_null(c);
    o.wrapped = summit_collection_load_buffer(w, wlen, NULL, &c, &err);
    if (o.wrapped == SUMMIT_OK) {
        char *saved = save_text(c, SUMMIT_JSON_PRETTY);
        summit_collection *again = expect_loaded(saved);
        assert_string_equal(summit_collection_get(c, 0)->extra_json, summit_collection_get(again, 0)->extra_json);
        summit_free(saved);
        summit_collection_free(again);
        summit_collection_free(c);
    }
    free(bytes);
    free(w);
    return o;
}

static void whole_corpus(void **state)
{
    (void)state;
    DIR *dir = opendir(CORPUS);
    if (!dir)
        fail_msg("JSONTestSuite not found at %s", CORPUS);
    int y = 0, n = 0, i = 0;
    for (struct dirent *e; (e = readdir(dir)) != NULL;) {
        const char *name = e->d_name;
        size_t len = strlen(name);
        if (len < 6 || strcmp(name + len - 5, ".json") != 0)
            continue;
        outcome o = try_file(name);
        if (name[0] == 'n') {
            n++;
            if (o.raw == SUMMIT_OK || o.wrapped == SUMMIT_OK)
                fail_msg("%s: accepted (raw %d, under extra %d)", name, o.raw, o.wrapped);
            if (o.wrapped != SUMMIT_ERR_SYNTAX && o.wrapped != SUMMIT_ERR_LIMIT)
                fail_msg("%s: refused under extra with %d, not as a syntax error", name, o.wrapped);
        } else if (name[0] == 'y') {
            y++;
            if (o.raw == SUMMIT_ERR_SYNTAX)
                fail_msg("%s: valid JSON refused as a syntax error", name);
            bool refused = listed(name, schema_refuses, sizeof schema_refuses / sizeof schema_refuses[0]);
            if (refused && o.wrapped != SUMMIT_ERR_SCHEMA)
                fail_msg("%s: expected a schema error under extra, got %d", name, o.wrapped);
            if (!refused && o.wrapped != SUMMIT_OK)
                fail_msg("%s: refused under extra (%d)", name, o.wrapped);
        } else if (name[0] == 'i')
            i++;
    }
    closedir(dir);
    assert_int_equal(y, 95);
    assert_int_equal(n, 188);
    assert_int_equal(i, 35);
}

/* The implementation-defined cases, as this library decides them. */
static void implementation_defined_choices(void **state)
{
    (void)state;
    struct {
        const char *name;
        summit_status wrapped;
    } cases[] = {
        { "i_number_huge_exp.json", SUMMIT_OK },             /* numbers keep their digits */
        { "i_number_too_big_neg_int.json", SUMMIT_OK },
        { "i_number_real_underflow.json", SUMMIT_OK },
        { "i_string_invalid_utf-8.json", SUMMIT_ERR_SYNTAX },   /* input must be UTF-8 */
        { "i_string_overlong_sequence_2_bytes.json", SUMMIT_ERR_SYNTAX },
        { "i_string_UTF8_surrogate_U+D800.json", SUMMIT_ERR_SYNTAX },
        { "i_string_lone_second_surrogate.json", SUMMIT_ERR_SCHEMA }, /* escaped lone surrogates */
        { "i_string_1st_surrogate_but_2nd_missing.json", SUMMIT_ERR_SCHEMA },
        { "i_string_utf16LE_no_BOM.json", SUMMIT_ERR_SYNTAX },
        { "i_structure_500_nested_arrays.json", SUMMIT_ERR_LIMIT },   /* max_depth 64 */
        { "i_structure_UTF-8_BOM_empty_object.json", SUMMIT_ERR_SYNTAX }, /* a BOM inside is not white space */
    };
    for (size_t k = 0; k < sizeof cases / sizeof cases[0]; k++) {
        outcome o = try_file(cases[k].name);
        if (o.wrapped != cases[k].wrapped)
            fail_msg("%s: %d, expected %d", cases[k].name, o.wrapped, cases[k].wrapped);
    }
    /* At the start of a file a BOM is skipped: {} is then a record without an id. */
    assert_int_equal(try_file("i_structure_UTF-8_BOM_empty_object.json").raw, SUMMIT_ERR_SCHEMA);
    assert_int_equal(try_file("i_string_UTF-16LE_with_BOM.json").raw, SUMMIT_ERR_SYNTAX);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(whole_corpus),
        cmocka_unit_test(implementation_defined_choices),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
