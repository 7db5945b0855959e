/* The schema's value rules (lib/validate.c), directly and through
 * summit_collection_add() on records built in code. */
#include "test_util.h"

#include "validate.h"

static void ids(void **state)
{
    (void)state;
    assert_true(id_is_valid("dn-2021-london", 14));
    assert_true(id_is_valid("8", 1));
    assert_false(id_is_valid("", 0));
    assert_false(id_is_valid("-x", 2));
    assert_false(id_is_valid("Dn", 2));
    assert_false(id_is_valid("a_b", 3));
    char long_id[66];
    memset(long_id, 'a', 65);
    assert_true(id_is_valid(long_id, 64));
    assert_false(id_is_valid(long_id, 65));
}

static void urls(void **state)
{
    (void)state;
    const char *good[] = { "http://a", "https://www.gov.uk/x?y=1#z", "HTTPS://EXAMPLE.ORG",
                           "https://user@host:8080/p", "https://ex.org/ünïcode" };
    const char *bad[] = { "", "ftp://a", "https://", "https:///path", "https://a b",
                          "https://a/\tb", "mailto:x@y", "http:/a", "//a",
                          "https://a/\xC2\xA0\x62",     /* no-break space, then "b" */
                          "https://a\xE3\x80\x80/",    /* ideographic space */
                          "https://a/\xE2\x80\xA8",     /* line separator */
                          "https://a/\xEF\xBB\xBFx",    /* U+FEFF */
                          "https://a/\xC2\x85" };      /* a C1 control (NEL) */
    for (size_t i = 0; i < sizeof good / sizeof good[0]; i++)
        assert_true(url_is_valid(good[i], strlen(good[i])));
    for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++)
        assert_false(url_is_valid(bad[i], strlen(bad[i])));
}

static void utf8(void **state)
{
    (void)state;
    size_t bad = 99;
    assert_true(utf8_is_valid("a\xC3\xA9\xEC\x84\x9C\xF0\x9F\x98\x80", 10, &bad));
    assert_false(utf8_is_valid("ab\xC0\xAF", 4, &bad)); /* overlong */
    assert_int_equal(bad, 2);
    assert_false(utf8_is_valid("\xED\xA0\x80", 3, &bad)); /* UTF-8-encoded surrogate */
    assert_false(utf8_is_valid("\xF4\x90\x80\x80", 4, &bad)); /* above U+10FFFF */
    assert_false(utf8_is_valid("\xE2\x82", 2, &bad));         /* truncated */
    assert_false(utf8_is_valid("\x80", 1, &bad));             /* lone continuation */
    assert_false(utf8_is_valid("\xFF", 1, &bad));
}

static void dates(void **state)
{
    (void)state;
    summit_date ok[] = { { 2021, 0, 0 }, { 2021, 11, 0 }, { 2021, 11, 18 }, { 2020, 2, 29 },
                         { 2000, 2, 29 }, { 1900, 1, 1 }, { 2999, 12, 31 }, { 0, 0, 0 } };
    summit_date bad[] = { { 2021, 2, 29 }, { 1900, 2, 29 }, { 2021, 13, 0 }, { 2021, 4, 31 },
                          { 1899, 12, 31 }, { 3000, 1, 1 }, { 2021, 0, 5 }, { 0, 1, 0 },
                          { 2021, 1, 32 } };
    for (size_t i = 0; i < sizeof ok / sizeof ok[0]; i++)
        assert_true(date_is_valid(&ok[i]));
    for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++)
        assert_false(date_is_valid(&bad[i]));
    char text[11];
    assert_int_equal(date_format(&ok[0], text), 4);
    assert_string_equal(text, "2021");
    assert_int_equal(date_format(&ok[1], text), 7);
    assert_string_equal(text, "2021-11");
    assert_int_equal(date_format(&ok[2], text), 10);
    assert_string_equal(text, "2021-11-18");
}

static void date_order_respects_precision(void **state)
{
    (void)state;
    summit_date nov = { 2021, 11, 0 }, nov16 = { 2021, 11, 16 }, nov18 = { 2021, 11, 18 },
                y2021 = { 2021, 0, 0 }, dec2020 = { 2020, 12, 0 };
    assert_false(date_ends_before(&nov18, &nov16));
    assert_true(date_ends_before(&nov16, &nov18));
    assert_false(date_ends_before(&nov, &nov18)); /* "November" contains the 18th */
    assert_false(date_ends_before(&nov16, &nov));
    assert_false(date_ends_before(&y2021, &nov18));
    assert_true(date_ends_before(&dec2020, &y2021));
}

/* ---- rules on hand-made records, through summit_collection_add ---------- */

static summit_record base_record(void)
{
    summit_record r;
    memset(&r, 0, sizeof r);
    r.id = "r1";
    r.series = "Series";
    r.start_date.year = 2021;
    return r;
}

static void expect_add_refused(const summit_record *r, const char *pointer, const char *message)
{
    summit_collection *c = summit_collection_new(NULL);
    summit_error err;
    assert_non_null(c);
    summit_status st = summit_collection_add(c, r, &err);
    if (st != SUMMIT_ERR_SCHEMA || strcmp(err.pointer, pointer) != 0 || strcmp(err.message, message) != 0)
        print_error("want %s: %s\ngot  %d %s: %s\n", pointer, message, st, err.pointer, err.message);
    assert_int_equal(st, SUMMIT_ERR_SCHEMA);
    assert_string_equal(err.pointer, pointer);
    assert_string_equal(err.message, message);
    assert_int_equal(err.line, 0);
    assert_int_equal(summit_collection_count(c), 0);
    summit_collection_free(c);
}

static void record_rules(void **state)
{
    (void)state;
    summit_record r = base_record();
    r.id = NULL;
    expect_add_refused(&r, "", "missing required member \"id\"");
    r = base_record();
    r.id = "Bad_Id";
    expect_add_refused(&r, "/id", "expected an id of 1-64 characters from a-z, 0-9 and \"-\", not "
                                  "starting with \"-\", got \"Bad_Id\"");
    r = base_record();
    r.series = "";
    expect_add_refused(&r, "/series", "expected a non-empty string");
    r = base_record();
    r.series = NULL;
    expect_add_refused(&r, "", "missing required member \"series\"");
    r = base_record();
    r.title = "caf\xC3";
    expect_add_refused(&r, "/title", "invalid UTF-8 at byte 3 of the string");
    r = base_record();
    r.edition = -3;
    expect_add_refused(&r, "/edition", "expected an integer of at least 1, got -3");
    r = base_record();
    r.start_date.year = 0;
    expect_add_refused(&r, "", "missing required member \"start_date\"");
    r = base_record();
    r.start_date = (summit_date){ 2021, 2, 29 };
    expect_add_refused(&r, "/start_date", "expected a real calendar date, got \"2021-02-29\"");
    r = base_record();
    r.start_date = (summit_date){ 1850, 0, 0 };
    expect_add_refused(&r, "/start_date", "expected a year from 1900 to 2999, got \"1850\"");
    r = base_record();
    r.start_date = (summit_date){ 2021, 11, 18 };
    r.end_date = (summit_date){ 2021, 11, 16 };
    expect_add_refused(&r, "/end_date", "end_date \"2021-11-16\" is before start_date \"2021-11-18\"");
    r = base_record();
    r.mode = 9;
    expect_add_refused(&r, "/mode", "expected one of \"in-person\", \"virtual\" or \"hybrid\", got the value 9");
    r = base_record();
    r.location.city = "London";
    expect_add_refused(&r, "/location", "missing required member \"country\"");
    r = base_record();
    r.location.country = "UK";
    expect_add_refused(&r, "/location/country", "expected an ISO 3166-1 alpha-2 code, got \"UK\"");
    r = base_record();
    r.chair.country = "gb";
    expect_add_refused(&r, "/chair/country", "expected an ISO 3166-1 alpha-2 code, got \"gb\"");
}

static void list_rules(void **state)
{
    (void)state;
    summit_participant people[] = { { "GB", "United Kingdom", SUMMIT_ROLE_CHAIR },
                                    { "KR", NULL, SUMMIT_ROLE_MEMBER },
                                    { "GB", NULL, SUMMIT_ROLE_MEMBER } };
    summit_record r = base_record();
    r.participants = people;
    r.participant_count = 3;
    expect_add_refused(&r, "/participants/2/country",
                       "country \"GB\" is listed twice: participant 0 has it already");
    people[2].country = NULL;
    expect_add_refused(&r, "/participants/2", "missing required member \"country\"");
    people[2].country = "XK"; /* user-assigned, not an ISO 3166-1 code */
    expect_add_refused(&r, "/participants/2/country", "expected an ISO 3166-1 alpha-2 code, got \"XK\"");
    people[2].country = "UY";
    people[2].role = 7;
    expect_add_refused(&r, "/participants/2/role",
                       "expected one of \"chair\", \"member\", \"guest\" or \"observer\", got the value 7");

    const char *topics[] = { "ai", "" };
    r = base_record();
    r.topics = topics;
    r.topic_count = 2;
    expect_add_refused(&r, "/topics/1", "expected a non-empty string");
    r.topics = NULL;
    expect_add_refused(&r, "", "\"topics\" has a count of 2 but no items");

    summit_document docs[] = { { SUMMIT_DOCUMENT_CHARTER, "Charter", { 0, 0, 0 }, NULL },
                               { 0, "No kind", { 0, 0, 0 }, NULL } };
    r = base_record();
    r.documents = docs;
    r.document_count = 2;
    expect_add_refused(&r, "/documents/1", "missing required member \"kind\"");
    docs[1].kind = SUMMIT_DOCUMENT_REPORT;
    docs[1].url = "www.example.org";
    expect_add_refused(&r, "/documents/1/url", "expected an http or https URL, got \"www.example.org\"");

    summit_media media[] = { { SUMMIT_MEDIA_PHOTO, NULL, NULL, "A caption" } };
    r = base_record();
    r.media = media;
    r.media_count = 1;
    expect_add_refused(&r, "/media/0", "a media item needs \"file\" or \"url\"");

    summit_source sources[] = { { NULL, "Title", { 0, 0, 0 } } };
    r = base_record();
    r.sources = sources;
    r.source_count = 1;
    expect_add_refused(&r, "/sources/0", "missing required member \"url\"");
    sources[0].url = "https://example.org";
    sources[0].retrieved = (summit_date){ 2023, 2, 30 };
    expect_add_refused(&r, "/sources/0/retrieved", "expected a real calendar date, got \"2023-02-30\"");
}

static void long_strings(void **state)
{
    (void)state;
    char *s = malloc(SUMMIT_MAX_FIELD_BYTES + 2);
    assert_non_null(s);
    memset(s, 'x', SUMMIT_MAX_FIELD_BYTES + 1);
    s[SUMMIT_MAX_FIELD_BYTES] = '\0';
    summit_record r = base_record();
    r.theme = s; /* exactly 64 KiB: allowed */
    summit_collection *c = summit_collection_new(NULL);
    summit_error err;
    assert_int_equal(summit_collection_add(c, &r, &err), SUMMIT_OK);
    s[SUMMIT_MAX_FIELD_BYTES] = 'x';
    s[SUMMIT_MAX_FIELD_BYTES + 1] = '\0';
    r.id = "r2";
    assert_int_equal(summit_collection_add(c, &r, &err), SUMMIT_ERR_SCHEMA);
    assert_string_equal(err.pointer, "/theme");
    assert_string_equal(err.message, "string is longer than the 65536 bytes allowed");
    summit_collection_free(c);
    free(s);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(ids),
        cmocka_unit_test(urls),
        cmocka_unit_test(utf8),
        cmocka_unit_test(dates),
        cmocka_unit_test(date_order_respects_precision),
        cmocka_unit_test(record_rules),
        cmocka_unit_test(list_rules),
        cmocka_unit_test(long_strings),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
