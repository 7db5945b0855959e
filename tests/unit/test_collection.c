/* The collection handle: new, add, get, find, count, free. */
#include "test_util.h"

static summit_record make(const char *id)
{
    summit_record r;
    memset(&r, 0, sizeof r);
    r.id = id;
    r.series = "S";
    r.start_date.year = 2021;
    return r;
}

static void add_get_find(void **state)
{
    (void)state;
    summit_collection *c = summit_collection_new(NULL);
    summit_error err;
    assert_non_null(c);
    assert_int_equal(summit_collection_count(c), 0);
    assert_null(summit_collection_get(c, 0));
    assert_null(summit_collection_find(c, "a"));

    summit_record r = make("a");
    assert_int_equal(summit_collection_add(c, &r, &err), SUMMIT_OK);
    const summit_record *first = summit_collection_get(c, 0);
    /* many more, so the arrays and the id table grow */
    char ids[500][8];
    for (int i = 0; i < 500; i++) {
        snprintf(ids[i], sizeof ids[i], "x%d", i);
        r = make(ids[i]);
        assert_int_equal(summit_collection_add(c, &r, &err), SUMMIT_OK);
    }
    assert_int_equal(summit_collection_count(c), 501);
    assert_ptr_equal(summit_collection_get(c, 0), first); /* pointers stay valid */
    assert_ptr_equal(summit_collection_find(c, "a"), first);
    assert_string_equal(summit_collection_find(c, "x499")->id, "x499");
    assert_ptr_equal(summit_collection_find(c, "x250"), summit_collection_get(c, 251));
    assert_null(summit_collection_find(c, "x500"));
    assert_null(summit_collection_find(c, "x4"  "99 "));
    assert_null(summit_collection_find(c, NULL));

    r = make("x7");
    assert_int_equal(summit_collection_add(c, &r, &err), SUMMIT_ERR_DUPLICATE_ID);
    assert_string_equal(err.message, "duplicate id \"x7\"");
    assert_string_equal(err.pointer, "/id");
    assert_int_equal(summit_collection_count(c), 501);
    summit_collection_free(c);
}

static void add_copies_deeply(void **state)
{
    (void)state;
    char id[] = "copy";
    char city[] = "London";
    char topic[] = "ai";
    const char *topics[] = { topic };
    summit_participant people[] = { { "GB", "United Kingdom", SUMMIT_ROLE_CHAIR } };
    summit_record r = make(id);
    r.location.city = city;
    r.location.country = "GB";
    r.topics = topics;
    r.topic_count = 1;
    r.participants = people;
    r.participant_count = 1;
    r.extra_json = "{ \"k\" : 1 }";

    summit_collection *c = summit_collection_new(NULL);
    summit_error err;
    assert_int_equal(summit_collection_add(c, &r, &err), SUMMIT_OK);
    id[0] = 'X';
    city[0] = 'X';
    topic[0] = 'X';
    people[0].role = SUMMIT_ROLE_GUEST;
    const summit_record *kept = summit_collection_find(c, "copy");
    assert_non_null(kept);
    assert_string_equal(kept->location.city, "London");
    assert_string_equal(kept->topics[0], "ai");
    assert_int_equal(kept->participants[0].role, SUMMIT_ROLE_CHAIR);
    assert_string_equal(kept->extra_json, "{\"k\":1}");
    summit_collection_free(c);
}

static void failed_add_changes_nothing(void **state)
{
    (void)state;
    summit_collection *c = summit_collection_new(NULL);
    summit_error err;
    summit_record r = make("ok");
    assert_int_equal(summit_collection_add(c, &r, &err), SUMMIT_OK);
    r = make("bad");
    r.extra_json = "{\"a\":}";
    assert_int_equal(summit_collection_add(c, &r, &err), SUMMIT_ERR_SYNTAX);
    assert_string_equal(err.pointer, "/extra/a");
    assert_int_equal(summit_collection_count(c), 1);
    assert_null(summit_collection_find(c, "bad"));
    assert_int_equal(summit_collection_add(NULL, &r, &err), SUMMIT_ERR_ARG);
    assert_int_equal(summit_collection_add(c, NULL, &err), SUMMIT_ERR_ARG);
    summit_collection_free(c);
    summit_collection_free(NULL);
    assert_int_equal(summit_collection_count(NULL), 0);
}

static void added_records_save_like_loaded_ones(void **state)
{
    (void)state;
    const char *text = "{\"id\":\"r1\",\"series\":\"S\",\"start_date\":\"2021-11\",\"mode\":\"virtual\","
                       "\"participants\":[{\"country\":\"GB\",\"role\":\"chair\"}]}";
    summit_collection *loaded = expect_loaded(text);
    summit_collection *built = summit_collection_new(NULL);
    summit_error err;
    assert_int_equal(summit_collection_add(built, summit_collection_get(loaded, 0), &err), SUMMIT_OK);
    char *a = save_text(loaded, 0), *b = save_text(built, 0);
    assert_string_equal(a, b);
    summit_free(a);
    summit_free(b);
    summit_collection_free(loaded);
    summit_collection_free(built);
}

static void max_records_applies_to_add(void **state)
{
    (void)state;
    summit_load_options o;
    summit_load_options_init(&o);
    o.max_records = 1;
    summit_collection *c = summit_collection_new(&o);
    summit_error err;
    summit_record r = make("one");
    assert_int_equal(summit_collection_add(c, &r, &err), SUMMIT_OK);
    r = make("two");
    assert_int_equal(summit_collection_add(c, &r, &err), SUMMIT_ERR_LIMIT);
    assert_string_equal(err.message, "the collection already holds max_records (1) records");
    assert_int_equal(summit_collection_count(c), 1);
    summit_collection_free(c);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(add_get_find),
        cmocka_unit_test(add_copies_deeply),
        cmocka_unit_test(failed_add_changes_nothing),
        cmocka_unit_test(added_records_save_like_loaded_ones),
        cmocka_unit_test(max_records_applies_to_add),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
