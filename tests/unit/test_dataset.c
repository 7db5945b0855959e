/* The bundled dataset, data/digital-nations.json. */
#include "test_util.h"

#define DATASET SUMMIT_SOURCE_DIR "/data/digital-nations.json"

static summit_collection *load_dataset(void)
{
    summit_collection *c = NULL;
    summit_error err;
    summit_status st = summit_collection_load_file(DATASET, NULL, &c, &err);
    if (st != SUMMIT_OK)
        fail_msg("%s:%u:%u: %s: %s", DATASET, err.line, err.column, err.pointer, err.message);
    return c;
}

static void ten_summits_in_order(void **state)
{
    (void)state;
    summit_collection *c = load_dataset();
    const char *ids[] = { "dn-2014-london", "dn-2015-tallinn", "dn-2016-busan", "dn-2018-wellington",
                          "dn-2018-jerusalem", "dn-2019-montevideo", "dn-2020-ottawa", "dn-2021-london",
                          "dn-2022-seoul", "dn-2023-lisbon" };
    assert_int_equal(summit_collection_count(c), 10);
    for (size_t i = 0; i < 10; i++) {
        const summit_record *r = summit_collection_get(c, i);
        assert_string_equal(r->id, ids[i]);
        assert_string_equal(r->series, "Digital Nations Ministerial Summit");
        assert_true(r->source_count > 0); /* every record says where its facts came from */
        assert_non_null(r->location.country);
        if (i > 0) {
            const summit_record *prev = summit_collection_get(c, i - 1);
            assert_true(prev->start_date.year * 100 + prev->start_date.month <=
                        r->start_date.year * 100 + r->start_date.month);
        }
    }
    summit_collection_free(c);
}

static void the_2021_record_is_complete(void **state)
{
    (void)state;
    summit_collection *c = load_dataset();
    const summit_record *r = summit_collection_find(c, "dn-2021-london");
    assert_non_null(r);
    assert_int_equal(r->edition, 8);
    assert_string_equal(r->theme, "Digital Government in Open Societies: Sustainable, Inclusive, and Values-driven Innovation");
    assert_string_equal(r->title, "Digital Nations Annual Summit Comes to a Close with a Commitment to Use Digital "
                                  "Technology to Build Back Better");
    assert_int_equal(r->mode, SUMMIT_MODE_VIRTUAL);
    assert_string_equal(r->location.city, "London");
    assert_string_equal(r->location.country, "GB");
    assert_string_equal(r->chair.country, "GB");
    assert_int_equal(r->start_date.year, 2021);
    assert_int_equal(r->start_date.month, 11);
    assert_true(r->end_date.year == 0 || (r->end_date.month == 11 && r->end_date.day == 18));

    const char *members[] = { "GB", "CA", "DK", "EE", "IL", "MX", "NZ", "PT", "KR", "UY" };
    assert_int_equal(r->participant_count, 10);
    for (size_t m = 0; m < 10; m++) {
        bool found = false;
        for (size_t p = 0; p < r->participant_count; p++)
            if (strcmp(r->participants[p].country, members[m]) == 0) {
                found = true;
                assert_int_equal(r->participants[p].role, m == 0 ? SUMMIT_ROLE_CHAIR : SUMMIT_ROLE_MEMBER);
            }
        assert_true(found);
    }
    const char *topics[] = { "artificial intelligence", "big data", "digital identity" };
    for (size_t t = 0; t < 3; t++) {
        bool found = false;
        for (size_t k = 0; k < r->topic_count; k++)
            found = found || strcmp(r->topics[k], topics[t]) == 0;
        assert_true(found);
    }
    assert_true(r->commitment_count >= 3);
    bool statement = false;
    for (size_t d = 0; d < r->document_count; d++)
        statement = statement || r->documents[d].kind == SUMMIT_DOCUMENT_JOINT_STATEMENT;
    assert_true(statement);
    assert_int_equal(r->media_count, 1);
    assert_int_equal(r->media[0].kind, SUMMIT_MEDIA_PHOTO);
    assert_string_equal(r->media[0].file, "DCMS - Ministerial Summit - Family Photo - Day 3 - 18 November.jpg");
    assert_string_equal(r->media[0].caption, "Family photo at the virtual Ministerial Summit hosted in London, United Kingdom in 2021.");
    assert_non_null(r->extra_json);
    assert_non_null(strstr(r->extra_json, "\"challenges\""));
    summit_collection_free(c);
}

/* The file is in canonical pretty form: saving it gives the same bytes. */
static void the_file_is_canonical(void **state)
{
    (void)state;
    size_t len;
    char *bytes = read_whole_file(DATASET, &len);
    assert_non_null(bytes);
    summit_collection *c = load_dataset();
    char *out;
    size_t out_len;
    summit_error err;
    assert_int_equal(summit_collection_to_json(c, SUMMIT_JSON_PRETTY, &out, &out_len, &err), SUMMIT_OK);
    assert_int_equal(out_len, len);
    assert_memory_equal(out, bytes, len);
    summit_free(out);
    summit_collection_free(c);
    free(bytes);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(ten_summits_in_order),
        cmocka_unit_test(the_2021_record_is_complete),
        cmocka_unit_test(the_file_is_canonical),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
