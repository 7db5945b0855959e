/* Loading: the four file forms, strict JSON, schema rules as the reader
 * sees them, exact error positions and messages, limits, options,
 * allocators, files. */
#include "test_util.h"

#include <unistd.h>

#define R(extra_members) "{\"id\":\"r1\",\"series\":\"S\",\"start_date\":\"2021\"" extra_members "}"

/* ---- forms ---------------------------------------------------------------- */

static void four_forms(void **state)
{
    (void)state;
    const char *inputs[] = {
        R(""),
        "[" R("") "]",
        "{\"schema\":\"summit-collection/1\",\"records\":[" R("") "]}",
        "{\"records\":[" R("") "],\"schema\":\"summit-collection/1\"}",
        R("") "\n",
        "\n\n" R("") "\r\n\r\n   \n",
    };
    for (size_t i = 0; i < sizeof inputs / sizeof inputs[0]; i++) {
        summit_collection *c = expect_loaded(inputs[i]);
        assert_int_equal(summit_collection_count(c), 1);
        assert_string_equal(summit_collection_get(c, 0)->id, "r1");
        summit_collection_free(c);
    }
}

static void ndjson_with_blank_lines(void **state)
{
    (void)state;
    const char *text = "{\"id\":\"a\",\"series\":\"S\",\"start_date\":\"2021\"}\r\n"
                       "\n"
                       "   \t\n"
                       "{\"id\":\"b\",\"series\":\"S\",\"start_date\":\"2022\"}\n"
                       "{\"id\":\"c\",\"series\":\"S\",\"start_date\":\"2023\"}";
    summit_collection *c = expect_loaded(text);
    assert_int_equal(summit_collection_count(c), 3);
    assert_string_equal(summit_collection_get(c, 2)->id, "c");
    assert_int_equal(summit_collection_get(c, 1)->start_date.year, 2022);
    summit_collection_free(c);
}

static void empty_collections(void **state)
{
    (void)state;
    summit_collection *c = expect_loaded("[]");
    assert_int_equal(summit_collection_count(c), 0);
    summit_collection_free(c);
    c = expect_loaded(" {\"schema\":\"summit-collection/1\",\"records\":[]} ");
    assert_int_equal(summit_collection_count(c), 0);
    summit_collection_free(c);
}

static void ndjson_errors_name_the_line(void **state)
{
    (void)state;
    expect_refused("{\"id\":\"a\",\"series\":\"S\",\"start_date\":\"2021\"}\n"
                   "{\"id\":\"b\",\"series\":\"S\",\"start_date\":\"2022\"}\n"
                   "{\"id\":\"c\",\"series\":\"S\",\"start_date\":\"2023\",\"location\":{\"country\":\"UK\"}}\n",
                   SUMMIT_ERR_SCHEMA, 3, 66, "/location/country",
                   "expected an ISO 3166-1 alpha-2 code, got \"UK\"");
    expect_refused("{\"id\":\"a\",\"series\":\"S\",\"start_date\":\"2021\"}\n"
                   "{\"id\":\"b\",\n\"series\":\"S\",\"start_date\":\"2022\"}\n",
                   SUMMIT_ERR_SYNTAX, 2, 11, "", "a record in NDJSON must stand on one line");
    expect_refused(R("") " " R(""), SUMMIT_ERR_SYNTAX, 1, 46, "",
                   "expected the end of the line after the record (NDJSON holds one record a line), got '{'");
    /* A record over several lines is one JSON document: nothing may follow. */
    expect_refused("{\"id\":\"a\",\n\"series\":\"S\",\"start_date\":\"2021\"}\n" R(""), SUMMIT_ERR_SYNTAX, 3,
                   1, "", "unexpected data after the end of the JSON value");
}

/* ---- encodings ---------------------------------------------------------- */

typedef struct captured {
    int count;
    summit_error last;
} captured;

static void capture(const summit_error *report, void *user)
{
    captured *c = user;
    c->count++;
    c->last = *report;
}

static void bom_is_skipped_with_a_warning(void **state)
{
    (void)state;
    summit_load_options o;
    summit_load_options_init(&o);
    captured warnings = { 0 };
    o.warning_fn = capture;
    o.warning_user = &warnings;
    const char text[] = "\xEF\xBB\xBF" R("");
    summit_collection *c;
    summit_error err;
    assert_int_equal(summit_collection_load_buffer(text, sizeof text - 1, &o, &c, &err), SUMMIT_OK);
    assert_int_equal(warnings.count, 1);
    assert_int_equal(warnings.last.code, SUMMIT_OK);
    assert_int_equal(warnings.last.line, 1);
    assert_int_equal(warnings.last.column, 1);
    assert_string_equal(warnings.last.message, "skipped a UTF-8 byte order mark");
    summit_collection_free(c);
}

static void utf16_and_utf32_are_refused(void **state)
{
    (void)state;
    struct {
        const char *bytes;
        size_t len;
        const char *message;
    } cases[] = {
        { "\xFF\xFE[\0]\0", 6, "the input is UTF-16; only UTF-8 is accepted" },
        { "\xFE\xFF\0[\0]", 6, "the input is UTF-16; only UTF-8 is accepted" },
        { "[\0]\0", 4, "the input looks like UTF-16 or UTF-32 (it has NUL bytes); only UTF-8 is accepted" },
        { "\xFF\xFE\0\0[\0\0\0", 8, "the input is UTF-32; only UTF-8 is accepted" },
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        summit_collection *c;
        summit_error err;
        assert_int_equal(summit_collection_load_buffer(cases[i].bytes, cases[i].len, NULL, &c, &err),
                         SUMMIT_ERR_SYNTAX);
        assert_string_equal(err.message, cases[i].message);
        assert_int_equal(err.line, 1);
        assert_int_equal(err.column, 1);
        assert_null(c);
    }
}

/* ---- syntax ------------------------------------------------------------- */

static void syntax_errors(void **state)
{
    (void)state;
    expect_refused("", SUMMIT_ERR_SYNTAX, 1, 1, "",
                   "empty input: expected a summit record, an array of records or a collection object");
    expect_refused("  \n ", SUMMIT_ERR_SYNTAX, 2, 2, "",
                   "empty input: expected a summit record, an array of records or a collection object");
    expect_refused("{\"id\":\"r1\",}", SUMMIT_ERR_SYNTAX, 1, 12, "",
                   "expected a member name (a string in double quotes), got '}'");
    expect_refused("{\"id\":\"r1", SUMMIT_ERR_SYNTAX, 1, 7, "/id",
                   "unterminated string: no closing '\"' before the end of the input");
    expect_refused("{\"id\":\"r\t1\"}", SUMMIT_ERR_SYNTAX, 1, 9, "/id",
                   "control character U+0009 in a string must be written as an escape");
    expect_refused("{\"id\":\"r\\x1\"}", SUMMIT_ERR_SYNTAX, 1, 9, "/id", "invalid escape '\\x' in a string");
    expect_refused("{\"id\":\"r\\u12G4\"}", SUMMIT_ERR_SYNTAX, 1, 9, "/id",
                   "invalid escape: \\u must be followed by four hex digits");
    expect_refused("{\"id\":\"r\xC3\x28\"}", SUMMIT_ERR_SYNTAX, 1, 9, "/id", "invalid UTF-8: byte 0xC3 in a string");
    expect_refused(R(",\"edition\":01"), SUMMIT_ERR_SYNTAX, 1, 55, "/edition", "leading zeros are not allowed in numbers");
    expect_refused(R(",\"edition\":1.") , SUMMIT_ERR_SYNTAX, 1, 57, "/edition",
                   "expected a digit after the decimal point, got '}'");
    expect_refused(R(",\"extra\":{\"a\":tru}"), SUMMIT_ERR_SYNTAX, 1, 58, "/extra/a", "invalid literal: expected true");
    expect_refused(R(",\"extra\":{\"a\":NaN}"), SUMMIT_ERR_SYNTAX, 1, 58, "/extra/a", "expected a JSON value, got 'N'");
    expect_refused("[" R("") "]]", SUMMIT_ERR_SYNTAX, 1, 47, "", "unexpected data after the end of the JSON value");
    expect_refused(R("") "\x0c", SUMMIT_ERR_SYNTAX, 1, 45, "", "expected the end of the line after the record (NDJSON holds one record a line), got the byte 0x0C");
}

/* A file that is not JSON gets a syntax error even when a schema problem
 * comes first, as it would from any tool that parses before validating. */
static void syntax_error_outranks_schema_problem(void **state)
{
    (void)state;
    expect_refused("[1, ]", SUMMIT_ERR_SYNTAX, 1, 5, "/1", "expected a JSON value, got ']'");
    expect_refused("[" R(",\"mode\":\"online\"") ",\n{\"id\":}]", SUMMIT_ERR_SYNTAX, 2, 7, "/1/id",
                   "expected a JSON value, got '}'");
}

/* ---- schema rules the reader enforces ----------------------------------- */

static void schema_errors(void **state)
{
    (void)state;
    expect_refused("{\"series\":\"S\",\"start_date\":\"2021\"}", SUMMIT_ERR_SCHEMA, 1, 1, "",
                   "missing required member \"id\"");
    expect_refused("[" R("") ",\n {\"id\":\"r2\",\"start_date\":\"2021\"}]", SUMMIT_ERR_SCHEMA, 2, 2, "/1",
                   "missing required member \"series\"");
    expect_refused(R(",\"Title\":\"x\""), SUMMIT_ERR_SCHEMA, 1, 45, "/Title",
                   "unknown member \"Title\" in a record (put other data under \"extra\")");
    expect_refused(R(",\"id\":\"r2\""), SUMMIT_ERR_SCHEMA, 1, 45, "/id", "duplicate member \"id\"");
    expect_refused(R(",\"title\":[\"x\"]"), SUMMIT_ERR_SCHEMA, 1, 53, "/title", "expected a string, got an array");
    expect_refused(R(",\"edition\":\"8\""), SUMMIT_ERR_SCHEMA, 1, 55, "/edition", "expected an integer, got a string");
    expect_refused(R(",\"edition\":8.5"), SUMMIT_ERR_SCHEMA, 1, 55, "/edition",
                   "expected an integer from 1 to 2147483647, got 8.5");
    expect_refused(R(",\"edition\":0"), SUMMIT_ERR_SCHEMA, 1, 55, "/edition",
                   "expected an integer from 1 to 2147483647, got 0");
    expect_refused(R(",\"edition\":1e400"), SUMMIT_ERR_SCHEMA, 1, 55, "/edition",
                   "expected an integer from 1 to 2147483647, got 1e400");
    expect_refused(R(",\"edition\":2147483648"), SUMMIT_ERR_SCHEMA, 1, 55, "/edition",
                   "expected an integer from 1 to 2147483647, got 2147483648");
    expect_refused(R(",\"end_date\":\"2021-1-5\""), SUMMIT_ERR_SCHEMA, 1, 56, "/end_date",
                   "expected a date as YYYY, YYYY-MM or YYYY-MM-DD, got \"2021-1-5\"");
    expect_refused(R(",\"end_date\":\"2020\""), SUMMIT_ERR_SCHEMA, 1, 56, "/end_date",
                   "end_date \"2020\" is before start_date \"2021\"");
    expect_refused(R(",\"mode\":\"online\""), SUMMIT_ERR_SCHEMA, 1, 52, "/mode",
                   "expected one of \"in-person\", \"virtual\" or \"hybrid\", got \"online\"");
    expect_refused(R(",\"location\":{\"city\":\"London\"}"), SUMMIT_ERR_SCHEMA, 1, 56, "/location",
                   "missing required member \"country\"");
    expect_refused(R(",\"chair\":{}"), SUMMIT_ERR_SCHEMA, 1, 53, "/chair",
                   "expected at least one of \"name\", \"title\" and \"country\"");
    expect_refused(R(",\"chair\":{\"name\":\"A\",\"nom\":\"B\"}"), SUMMIT_ERR_SCHEMA, 1, 65, "/chair/nom",
                   "unknown member \"nom\" in a chair");
    expect_refused(R(",\"participants\":[{\"country\":\"GB\"},{\"country\":\"KR\",\"role\":\"host\"}]"),
                   SUMMIT_ERR_SCHEMA, 1, 101, "/participants/1/role",
                   "expected one of \"chair\", \"member\", \"guest\" or \"observer\", got \"host\"");
    expect_refused(R(",\"participants\":[{\"country\":\"GB\"},{\"country\":\"GB\"}]"), SUMMIT_ERR_SCHEMA, 1, 89,
                   "/participants/1/country", "country \"GB\" is listed twice: participant 0 has it already");
    expect_refused(R(",\"topics\":[\"ai\",3]"), SUMMIT_ERR_SCHEMA, 1, 60, "/topics/1", "expected a string, got a number");
    expect_refused(R(",\"documents\":[{\"kind\":\"memo\",\"title\":\"T\"}]"), SUMMIT_ERR_SCHEMA, 1, 66,
                   "/documents/0/kind",
                   "expected one of \"joint-statement\", \"charter\", \"declaration\", \"framework\", \"report\" or \"other\", got \"memo\"");
    expect_refused(R(",\"media\":[{\"kind\":\"photo\"}]"), SUMMIT_ERR_SCHEMA, 1, 54, "/media/0",
                   "a media item needs \"file\" or \"url\"");
    expect_refused(R(",\"sources\":[{\"url\":\"ftp://x\"}]"), SUMMIT_ERR_SCHEMA, 1, 63, "/sources/0/url",
                   "expected an http or https URL, got \"ftp://x\"");
    expect_refused(R(",\"extra\":[]"), SUMMIT_ERR_SCHEMA, 1, 53, "/extra", "expected an object, got an array");
    expect_refused(R(",\"title\":\"a\\u0000b\""), SUMMIT_ERR_SCHEMA, 1, 55, "/title",
                   "\\u0000 (NUL) is not allowed in strings");
    expect_refused(R(",\"title\":\"\\ud800x\""), SUMMIT_ERR_SCHEMA, 1, 54, "/title",
                   "lone surrogate \\uD800: a high surrogate must be followed by a low one (\\uDC00-\\uDFFF)");
    expect_refused(R(",\"title\":\"\""), SUMMIT_ERR_SCHEMA, 1, 53, "/title", "expected a non-empty string");
    expect_refused("[1]", SUMMIT_ERR_SCHEMA, 1, 2, "/0", "expected a record (an object), got a number");
    expect_refused("\"r1\"", SUMMIT_ERR_SCHEMA, 1, 1, "",
                   "expected a summit record (an object), an array of records or a collection object, got a string");
}

static void collection_object_errors(void **state)
{
    (void)state;
    expect_refused("{\"schema\":\"summit-collection/2\",\"records\":[]}", SUMMIT_ERR_SCHEMA, 1, 11, "/schema",
                   "expected \"summit-collection/1\", got \"summit-collection/2\"");
    expect_refused("{\"schema\":\"summit-collection/1\"}", SUMMIT_ERR_SCHEMA, 1, 1, "",
                   "missing required member \"records\" in the collection object");
    expect_refused("{\"schema\":\"summit-collection/1\",\"records\":{}}", SUMMIT_ERR_SCHEMA, 1, 43, "/records",
                   "expected an array of records, got an object");
    expect_refused("{\"schema\":\"summit-collection/1\",\"records\":[],\"count\":0}", SUMMIT_ERR_SCHEMA, 1, 46,
                   "/count", "unknown member \"count\" in a collection object");
    expect_refused("{\"schema\":\"summit-collection/1\",\"records\":[\n" R("") ",\n"
                   "{\"id\":\"r2\",\"series\":\"S\",\"start_date\":\"2021\",\"mode\":\"x\"}]}",
                   SUMMIT_ERR_SCHEMA, 3, 52, "/records/1/mode",
                   "expected one of \"in-person\", \"virtual\" or \"hybrid\", got \"x\"");
}

static void duplicate_ids(void **state)
{
    (void)state;
    expect_refused("[\n" R("") ",\n{\"id\":\"r2\",\"series\":\"S\",\"start_date\":\"2021\"},\n" R("") "]",
                   SUMMIT_ERR_DUPLICATE_ID, 4, 7, "/2/id", "duplicate id \"r1\": the record at line 2 has it already");
}

static void numbers_and_strings_in_extra_are_kept(void **state)
{
    (void)state;
    summit_collection *c = expect_loaded(
        R(",\"extra\":{ \"big\" : 9007199254740993, \"e\":1E400,\"z\":-0.0e-0,\"s\":\"\\u00e9\\/\\n\\u001f\","
          "\"k\\u00e9y\":[true,false,null,{}], \"nested\":{\"a\":{\"b\":[[]]}}}"));
    assert_string_equal(summit_collection_get(c, 0)->extra_json,
                        "{\"big\":9007199254740993,\"e\":1E400,\"z\":-0.0e-0,\"s\":\"é/\\n\\u001f\","
                        "\"kéy\":[true,false,null,{}],\"nested\":{\"a\":{\"b\":[[]]}}}");
    summit_collection_free(c);
    c = expect_loaded(R(",\"extra\":{}"));
    assert_null(summit_collection_get(c, 0)->extra_json);
    summit_collection_free(c);
}

static void duplicate_keys_in_extra(void **state)
{
    (void)state;
    expect_refused(R(",\"extra\":{\"a\":1,\"b\":{\"a\":1},\"\\u0061\":2}"), SUMMIT_ERR_SCHEMA, 1, 72, "/extra/a",
                   "duplicate member name \"a\"");
    /* A large object is checked by sorting; the later of the two is named. */
    char text[4096];
    size_t o = (size_t)snprintf(text, sizeof text, "%s", "{\"id\":\"r1\",\"series\":\"S\",\"start_date\":\"2021\",\"extra\":{");
    for (int i = 0; i < 100; i++)
        o += (size_t)snprintf(text + o, sizeof text - o, "\"k%d\":%d,", i, i);
    snprintf(text + o, sizeof text - o, "\"k57\":0}}");
    expect_refused(text, SUMMIT_ERR_SCHEMA, 1, (uint32_t)(o + 1), "/extra/k57", "duplicate member name \"k57\"");
}

static void escapes_are_decoded(void **state)
{
    (void)state;
    summit_collection *c = expect_loaded(
        "{\"\\u0069d\":\"r1\",\"series\":\"caf\\u00e9 \\ud83d\\ude00 \\\"q\\\" \\\\ \\/ \\b\\f\\n\\r\\t\",\"start_date\":\"2021\"}");
    const summit_record *r = summit_collection_get(c, 0);
    assert_string_equal(r->id, "r1");
    assert_string_equal(r->series, "café \xF0\x9F\x98\x80 \"q\" \\ / \b\f\n\r\t");
    summit_collection_free(c);
}

/* The word-at-a-time string scanner, for every length up to 40 with an
 * escape, a non-ASCII character or a quote at every position. */
static void strings_of_every_length(void **state)
{
    (void)state;
    const char *inserts[] = { "\\n", "\\\"", "\xC3\xA9", "\\u00e9", "\xF0\x9F\x98\x80" };
    const char *decoded[] = { "\n", "\"", "\xC3\xA9", "\xC3\xA9", "\xF0\x9F\x98\x80" };
    for (size_t len = 0; len <= 40; len++)
        for (size_t pos = 0; pos <= len; pos++)
            for (size_t k = 0; k < 5; k++) {
                char series[128], want[128], text[512];
                snprintf(series, sizeof series, "%.*s%s%.*s", (int)pos, "0123456789012345678901234567890123456789",
                         inserts[k], (int)(len - pos), "abcdefghijabcdefghijabcdefghijabcdefghij");
                snprintf(want, sizeof want, "%.*s%s%.*s", (int)pos, "0123456789012345678901234567890123456789",
                         decoded[k], (int)(len - pos), "abcdefghijabcdefghijabcdefghijabcdefghij");
                snprintf(text, sizeof text, "{\"id\":\"r1\",\"series\":\"%s\",\"start_date\":\"2021\"}", series);
                summit_collection *c = expect_loaded(text);
                assert_string_equal(summit_collection_get(c, 0)->series, want);
                summit_collection_free(c);
                /* and a raw control character at that place is refused there */
                snprintf(text, sizeof text, "{\"id\":\"r1\",\"series\":\"%.*s\x01%.*s\",\"start_date\":\"2021\"}",
                         (int)pos, "0123456789012345678901234567890123456789", (int)(len - pos),
                         "abcdefghijabcdefghijabcdefghijabcdefghij");
                summit_error err;
                assert_int_equal(load_text(text, &c, &err), SUMMIT_ERR_SYNTAX);
                assert_int_equal(err.column, 22 + pos);
            }
}

static void integral_editions(void **state)
{
    (void)state;
    summit_collection *c = expect_loaded("[" R(",\"edition\":8.0") "," "{\"id\":\"r2\",\"series\":\"S\",\"start_date\":\"2021\",\"edition\":8e0}]");
    assert_int_equal(summit_collection_get(c, 0)->edition, 8);
    assert_int_equal(summit_collection_get(c, 1)->edition, 8);
    summit_collection_free(c);
    /* decided on the digits, exactly: no rounding, no locale */
    const char *eight[] = { "80e-1", "0.8e1", "0.08E+2", "8.000000000000000000000000000000000000000000000000000000000000000000" };
    for (size_t i = 0; i < 4; i++) {
        char text[256];
        snprintf(text, sizeof text, R(",\"edition\":%s"), eight[i]);
        c = expect_loaded(text);
        assert_int_equal(summit_collection_get(c, 0)->edition, 8);
        summit_collection_free(c);
    }
    expect_refused(R(",\"edition\":1.00000000000000001"), SUMMIT_ERR_SCHEMA, 1, 55, "/edition",
                   "expected an integer from 1 to 2147483647, got 1.00000000000000001");
    expect_refused(R(",\"edition\":21474836480e-1"), SUMMIT_ERR_SCHEMA, 1, 55, "/edition",
                   "expected an integer from 1 to 2147483647, got 21474836480e-1");
}

/* ---- every problem, through error_fn --------------------------------------- */

typedef struct problem_list {
    int count;
    char lines[16][600];
} problem_list;

static void collect(const summit_error *e, void *user)
{
    problem_list *l = user;
    if (l->count < 16)
        snprintf(l->lines[l->count], sizeof l->lines[0], "%d %u:%u %s: %s", e->code, e->line, e->column,
                 e->pointer, e->message);
    l->count++;
}

/* Problems about a value the reader could not take are not repeated by
 * the value checks ("missing required member"), but the other values of
 * the record are still checked. */
static void value_checks_go_on_after_a_type_error(void **state)
{
    (void)state;
    const char *text = "{\"id\":\"a\",\"series\":5,\"start_date\":\"2021-02-30\",\"mode\":\"online\","
                       "\"title\":\"\\u0000\",\"location\":{\"city\":\"X\"},\"chair\":{\"country\":\"UK\"}}";
    summit_load_options o;
    summit_load_options_init(&o);
    problem_list l = { 0 };
    o.error_fn = collect;
    o.error_user = &l;
    summit_collection *c;
    assert_int_equal(summit_collection_load_buffer(text, strlen(text), &o, &c, NULL), SUMMIT_ERR_SCHEMA);
    assert_int_equal(l.count, 6);
    assert_string_equal(l.lines[0], "-3 1:20 /series: expected a string, got a number");
    assert_string_equal(l.lines[1], "-3 1:35 /start_date: expected a real calendar date, got \"2021-02-30\"");
    assert_string_equal(l.lines[2], "-3 1:55 /mode: expected one of \"in-person\", \"virtual\" or \"hybrid\", got \"online\"");
    assert_string_equal(l.lines[3], "-3 1:73 /title: \\u0000 (NUL) is not allowed in strings");
    assert_string_equal(l.lines[4], "-3 1:92 /location: missing required member \"country\"");
    assert_string_equal(l.lines[5], "-3 1:124 /chair/country: expected an ISO 3166-1 alpha-2 code, got \"UK\"");
}

/* Runs a load with error_fn collecting into l; returns the status. */
static summit_status load_collecting(const char *text, problem_list *l, size_t max_records)
{
    summit_load_options o;
    summit_load_options_init(&o);
    o.error_fn = collect;
    o.error_user = l;
    if (max_records)
        o.max_records = max_records;
    l->count = 0;
    summit_collection *c = (summit_collection *)1;
    summit_status st = summit_collection_load_buffer(text, strlen(text), &o, &c, NULL);
    assert_true(st == SUMMIT_OK || c == NULL);
    summit_collection_free(c);
    return st;
}

/* Cases found in review, each once a real defect. */
static void review_regressions(void **state)
{
    (void)state;
    problem_list l;
#define REC(id, more) "{\"id\":\"" id "\",\"series\":\"S\",\"start_date\":\"2021\"" more "}"
    /* Duplicates pointing back to an earlier record than the last one did
     * (used to loop forever). */
    assert_int_equal(load_collecting("[" REC("a", "") "," REC("b", "") "," REC("b", "") "," REC("a", "") "]", &l, 0),
                     SUMMIT_ERR_DUPLICATE_ID);
    assert_int_equal(l.count, 2);

    /* Month or day 00 would come back with less precision: refused. */
    expect_refused(R(",\"end_date\":\"2021-00\""), SUMMIT_ERR_SCHEMA, 1, 56, "/end_date",
                   "expected a real calendar date, got \"2021-00\"");
    expect_refused(R(",\"end_date\":\"2021-11-00\""), SUMMIT_ERR_SCHEMA, 1, 56, "/end_date",
                   "expected a real calendar date, got \"2021-11-00\"");

    /* A list item of the wrong type keeps the later items' indexes. */
    assert_int_equal(load_collecting(R(",\"participants\":[5,{\"country\":\"GB\"},{\"country\":\"XX\"}]"), &l, 0),
                     SUMMIT_ERR_SCHEMA);
    assert_int_equal(l.count, 2);
    assert_string_equal(l.lines[1], "-3 1:91 /participants/2/country: expected an ISO 3166-1 alpha-2 code, got \"XX\"");
    assert_int_equal(load_collecting(R(",\"topics\":[1,\"ok\",\"\"]"), &l, 0), SUMMIT_ERR_SCHEMA);
    assert_int_equal(l.count, 2);
    assert_string_equal(l.lines[0], "-3 1:55 /topics/0: expected a string, got a number");
    assert_string_equal(l.lines[1], "-3 1:62 /topics/2: expected a non-empty string");
    assert_int_equal(load_collecting(R(",\"participants\":[{\"country\":\"GB\"},null,{\"country\":\"GB\"}]"), &l, 0),
                     SUMMIT_ERR_SCHEMA);
    assert_int_equal(l.count, 2);
    assert_string_equal(l.lines[1], "-3 1:94 /participants/2/country: country \"GB\" is listed twice: participant 0 has it already");

    /* A bad escape in a member name does not hide the record's other problems. */
    assert_int_equal(load_collecting(R(",\"\\u0000x\":1,\"location\":{\"country\":\"UK\"}"), &l, 0), SUMMIT_ERR_SCHEMA);
    assert_int_equal(l.count, 3);
    assert_string_equal(l.lines[2], "-3 1:79 /location/country: expected an ISO 3166-1 alpha-2 code, got \"UK\"");

    /* A duplicate name in a large extra object is reported once. */
    char text[2048];
    size_t o = (size_t)snprintf(text, sizeof text, "%s", R(",\"extra\":{\"k0\":0,\"k0\":1"));
    o -= 1; /* drop the record's closing brace */
    for (int i = 1; i <= 40; i++)
        o += (size_t)snprintf(text + o, sizeof text - o, ",\"k%d\":%d", i, i);
    snprintf(text + o, sizeof text - o, "}}");
    assert_int_equal(load_collecting(text, &l, 0), SUMMIT_ERR_SCHEMA);
    assert_int_equal(l.count, 1);

    /* Syntax errors inside a skipped member have the member in their pointer. */
    expect_refused(R(",\"foo\":{\"bar\":tru}"), SUMMIT_ERR_SYNTAX, 1, 58, "/foo/bar", "invalid literal: expected true");
    assert_int_equal(load_collecting(R(",\"foo\":{\"bar\":tru}"), &l, 0), SUMMIT_ERR_SYNTAX);
    assert_string_equal(l.lines[1], "-2 1:58 /foo/bar: invalid literal: expected true");
    expect_refused(R(",\"x\\/y\":{\"a~b\":tru}"), SUMMIT_ERR_SYNTAX, 1, 59, "/x~1y/a~0b", "invalid literal: expected true");

    /* The status does not depend on error_fn: not a file form is a syntax error. */
    expect_refused("[" R(",\"mode\":\"x\"") "]\n0", SUMMIT_ERR_SYNTAX, 2, 1, "",
                   "unexpected data after the end of the JSON value");
    assert_int_equal(load_collecting("[" R(",\"mode\":\"x\"") "]\n0", &l, 0), SUMMIT_ERR_SYNTAX);
    expect_refused(R(",\"mode\":\"x\"") "\n{\"id\":\"b\",\n\"series\":\"S\",\"start_date\":\"2021\"}", SUMMIT_ERR_SYNTAX, 2, 11,
                   "", "a record in NDJSON must stand on one line");

    /* Found by fuzz_load: a duplicate id (4:10) before a bad date (4:90) in
     * the same record. Without error_fn the value check used to win; now
     * the first in the text does, as with error_fn. */
    const char *order = "[" REC("a", "") ",\n" REC("b", "") ",\n\n{\"id\":\"a\",\"series\":\"S\",\"start_date\":\"1007-12-10\"}]";
    expect_refused(order, SUMMIT_ERR_DUPLICATE_ID, 4, 7, "/2/id",
                   "duplicate id \"a\": the record at line 1 has it already");
    assert_int_equal(load_collecting(order, &l, 0), SUMMIT_ERR_DUPLICATE_ID);
    assert_int_equal(l.count, 2);

    /* Records skipped for problems do not count against max_records. */
    assert_int_equal(load_collecting("[" REC("a", ",\"mode\":\"x\"") "," REC("b", "") "," REC("c", "") "]", &l, 2),
                     SUMMIT_ERR_SCHEMA);
    assert_int_equal(l.count, 1);
#undef REC
}

static void error_fn_lists_every_problem(void **state)
{
    (void)state;
    const char *text = "[\n"
                       "{\"id\":\"a\",\"series\":\"S\",\"start_date\":\"2021-02-30\",\"bogus\":1},\n"
                       "{\"id\":\"b\",\"series\":\"S\",\"start_date\":\"2021\"},\n"
                       "{\"id\":\"b\",\"series\":\"S\",\"start_date\":\"2021\",\"location\":{\"country\":\"UK\"}},\n"
                       "{\"id\":\"b\",\"series\":\"S\",\"start_date\":\"2021\"},\n"
                       "{\"id\":\"c\",\"series\":\"S\",\"start_date\":2021}\n"
                       "]";
    summit_load_options o;
    summit_load_options_init(&o);
    problem_list l = { 0 };
    o.error_fn = collect;
    o.error_user = &l;
    summit_collection *c;
    summit_error err;
    assert_int_equal(summit_collection_load_buffer(text, strlen(text), &o, &c, &err), SUMMIT_ERR_SCHEMA);
    assert_null(c);
    /* Sorted by position within each record; record 2 has a usable id, so
     * it is registered and record 3 is reported as its duplicate too. */
    assert_int_equal(l.count, 6);
    assert_string_equal(l.lines[0], "-3 2:37 /0/start_date: expected a real calendar date, got \"2021-02-30\"");
    assert_string_equal(l.lines[1], "-3 2:50 /0/bogus: unknown member \"bogus\" in a record (put other data under \"extra\")");
    assert_string_equal(l.lines[2], "-4 4:7 /2/id: duplicate id \"b\": the record at line 3 has it already");
    assert_string_equal(l.lines[3], "-3 4:66 /2/location/country: expected an ISO 3166-1 alpha-2 code, got \"UK\"");
    assert_string_equal(l.lines[4], "-4 5:7 /3/id: duplicate id \"b\": the record at line 3 has it already");
    assert_string_equal(l.lines[5], "-3 6:37 /4/start_date: expected a date string, got a number");
    assert_int_equal(err.line, 2);
    assert_int_equal(err.column, 37);

    /* A syntax error ends the reading and becomes the call's error. */
    l.count = 0;
    const char *broken = "[{\"id\":\"a\",\"series\":\"S\",\"start_date\":\"2021\",\"mode\":\"x\"},\n{\"id\":]";
    assert_int_equal(summit_collection_load_buffer(broken, strlen(broken), &o, &c, &err), SUMMIT_ERR_SYNTAX);
    assert_int_equal(l.count, 2);
    assert_int_equal(err.line, 2);
    assert_int_equal(err.column, 7);
    assert_string_equal(err.message, "expected a JSON value, got ']'");
}

/* ---- limits and options ----------------------------------------------------- */

static void limits(void **state)
{
    (void)state;
    summit_load_options o;
    summit_collection *c;
    summit_error err;
    const char *text = "[" R("") "," "{\"id\":\"r2\",\"series\":\"S\",\"start_date\":\"2021\",\"extra\":{\"a\":[[{\"b\":\"0123456789A\"}]]}}]";

    summit_load_options_init(&o);
    o.max_input_bytes = 10;
    assert_int_equal(summit_collection_load_buffer(text, strlen(text), &o, &c, &err), SUMMIT_ERR_LIMIT);
    assert_string_equal(err.message, "input of 129 bytes is larger than max_input_bytes (10)");

    summit_load_options_init(&o);
    o.max_depth = 5;
    assert_int_equal(summit_collection_load_buffer(text, strlen(text), &o, &c, &err), SUMMIT_ERR_LIMIT);
    assert_string_equal(err.message, "nesting deeper than max_depth (5 arrays and objects)");
    assert_string_equal(err.pointer, "/1/extra/a/0/0");

    summit_load_options_init(&o);
    o.max_string_bytes = 10; /* member names count too: "start_date" is 10 bytes */
    assert_int_equal(summit_collection_load_buffer(text, strlen(text), &o, &c, &err), SUMMIT_ERR_LIMIT);
    assert_string_equal(err.message, "string of 11 bytes is longer than max_string_bytes (10)");
    assert_string_equal(err.pointer, "/1/extra/a/0/0/b");

    summit_load_options_init(&o);
    o.max_records = 1;
    assert_int_equal(summit_collection_load_buffer(text, strlen(text), &o, &c, &err), SUMMIT_ERR_LIMIT);
    assert_string_equal(err.message, "more than max_records (1) records");
    assert_null(c);

    /* 100,000 nested arrays end quickly with the depth limit. */
    size_t deep = 100000;
    char *nested = malloc(deep);
    memset(nested, '[', deep);
    assert_int_equal(summit_collection_load_buffer(nested, deep, NULL, &c, &err), SUMMIT_ERR_LIMIT);
    assert_int_equal(err.column, 65);
    free(nested);
}

static void bad_arguments(void **state)
{
    (void)state;
    summit_load_options o;
    summit_collection *c;
    summit_error err;
    assert_int_equal(summit_collection_load_buffer("[]", 2, NULL, NULL, &err), SUMMIT_ERR_ARG);
    assert_int_equal(summit_collection_load_buffer(NULL, 2, NULL, &c, &err), SUMMIT_ERR_ARG);
    assert_null(c);
    assert_int_equal(summit_collection_load_buffer(NULL, 0, NULL, &c, &err), SUMMIT_ERR_SYNTAX);
    assert_int_equal(summit_collection_load_file(NULL, NULL, &c, &err), SUMMIT_ERR_ARG);

    summit_load_options_init(&o);
    o.version = 99;
    assert_int_equal(summit_collection_load_buffer("[]", 2, &o, &c, &err), SUMMIT_ERR_ARG);
    assert_string_equal(err.message, "summit_load_options.version is 99; this library knows versions 1 to 2 "
                                     "(call summit_load_options_init())");
    assert_null(summit_collection_new(&o));

    summit_load_options_init(&o);
    o.max_depth = 5000;
    assert_int_equal(summit_collection_load_buffer("[]", 2, &o, &c, &err), SUMMIT_ERR_ARG);
    assert_string_equal(err.message, "max_depth must be from 4 to 1024, got 5000");

    summit_load_options_init(&o);
    o.flags = 8;
    assert_int_equal(summit_collection_load_buffer("[]", 2, &o, &c, &err), SUMMIT_ERR_ARG);

    summit_allocator half = { NULL, NULL, NULL, NULL };
    summit_load_options_init(&o);
    o.allocator = &half;
    assert_int_equal(summit_collection_load_buffer("[]", 2, &o, &c, &err), SUMMIT_ERR_ARG);
    assert_string_equal(err.message, "an allocator needs malloc_fn, realloc_fn and free_fn");

    /* err may be NULL */
    assert_int_equal(summit_collection_load_buffer("[", 1, NULL, &c, NULL), SUMMIT_ERR_SYNTAX);
}

/* ---- allocators ------------------------------------------------------------- */

typedef struct counting {
    long live;    /* blocks allocated and not freed */
    long calls;   /* allocation calls so far */
    long fail_at; /* fail this call (1-based) and every later one; 0 = never */
} counting;

static bool should_fail(counting *c)
{
    c->calls++;
    return c->fail_at && c->calls >= c->fail_at;
}

static void *counting_malloc(void *user, size_t size)
{
    counting *c = user;
    if (should_fail(c))
        return NULL;
    void *p = malloc(size);
    if (p)
        c->live++;
    return p;
}

static void *counting_realloc(void *user, void *ptr, size_t size)
{
    counting *c = user;
    if (should_fail(c))
        return NULL;
    void *p = realloc(ptr, size);
    if (p && !ptr)
        c->live++;
    return p;
}

static void counting_free(void *user, void *ptr)
{
    counting *c = user;
    if (ptr)
        c->live--;
    free(ptr);
}

static void allocator_is_used_and_nothing_leaks(void **state)
{
    (void)state;
    const char *text = "[" R(",\"topics\":[\"a\",\"b\"],\"participants\":[{\"country\":\"GB\"}],\"extra\":{\"x\":[1,{\"y\":2}]}") ","
                       "{\"id\":\"r2\",\"series\":\"S\",\"start_date\":\"2021\"}]";
    counting count = { 0, 0, 0 };
    summit_allocator a = { counting_malloc, counting_realloc, counting_free, &count };
    summit_load_options o;
    summit_load_options_init(&o);
    o.allocator = &a;
    summit_collection *c;
    summit_error err;
    assert_int_equal(summit_collection_load_buffer(text, strlen(text), &o, &c, &err), SUMMIT_OK);
    assert_true(count.live > 0);
    summit_collection_free(c);
    assert_int_equal(count.live, 0);
    long needed = count.calls;

    /* Fail each allocation in turn: every failure is SUMMIT_ERR_NOMEM, hands
     * back nothing and leaks nothing. */
    for (long n = 1; n <= needed; n++) {
        counting fail = { 0, 0, n };
        a.user = &fail;
        c = (summit_collection *)1;
        summit_status st = summit_collection_load_buffer(text, strlen(text), &o, &c, &err);
        assert_int_equal(st, SUMMIT_ERR_NOMEM);
        assert_null(c);
        assert_int_equal(fail.live, 0);
    }
}

/* ---- files -------------------------------------------------------------------- */

static void files(void **state)
{
    (void)state;
    summit_collection *c;
    summit_error err;
    assert_int_equal(summit_collection_load_file("/nonexistent/x.json", NULL, &c, &err), SUMMIT_ERR_IO);
    assert_string_equal(err.message, "cannot open /nonexistent/x.json: no such file or directory");
    assert_int_equal(err.line, 0);
    assert_null(c);
    assert_int_equal(summit_collection_load_file("/", NULL, &c, &err), SUMMIT_ERR_IO);
    assert_string_equal(err.message, "cannot read /: is a directory");

    char path[] = "/tmp/summit-test-XXXXXX";
    int fd = mkstemp(path);
    assert_true(fd >= 0);
    const char *text = R(",\"mode\":\"virtual\"");
    assert_int_equal(write(fd, text, strlen(text)), (ssize_t)strlen(text));
    close(fd);
    assert_int_equal(summit_collection_load_file(path, NULL, &c, &err), SUMMIT_OK);
    assert_int_equal(summit_collection_get(c, 0)->mode, SUMMIT_MODE_VIRTUAL);
    summit_collection_free(c);

    summit_load_options o;
    summit_load_options_init(&o);
    o.max_input_bytes = strlen(text) - 1;
    assert_int_equal(summit_collection_load_file(path, &o, &c, &err), SUMMIT_ERR_LIMIT);
    o.max_input_bytes = strlen(text);
    assert_int_equal(summit_collection_load_file(path, &o, &c, &err), SUMMIT_OK);
    summit_collection_free(c);
    unlink(path);
}

static void progress(size_t done, size_t total, void *user)
{
    size_t *last = user;
    assert_true(done <= total);
    *last = done;
}

static void progress_reaches_the_end(void **state)
{
    (void)state;
    summit_load_options o;
    summit_load_options_init(&o);
    size_t last = 0;
    o.progress_fn = progress;
    o.progress_user = &last;
    const char *text = "[" R("") "]";
    summit_collection *c;
    assert_int_equal(summit_collection_load_buffer(text, strlen(text), &o, &c, NULL), SUMMIT_OK);
    assert_int_equal(last, strlen(text));
    summit_collection_free(c);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(four_forms),
        cmocka_unit_test(ndjson_with_blank_lines),
        cmocka_unit_test(empty_collections),
        cmocka_unit_test(ndjson_errors_name_the_line),
        cmocka_unit_test(bom_is_skipped_with_a_warning),
        cmocka_unit_test(utf16_and_utf32_are_refused),
        cmocka_unit_test(syntax_errors),
        cmocka_unit_test(syntax_error_outranks_schema_problem),
        cmocka_unit_test(schema_errors),
        cmocka_unit_test(collection_object_errors),
        cmocka_unit_test(duplicate_ids),
        cmocka_unit_test(numbers_and_strings_in_extra_are_kept),
        cmocka_unit_test(duplicate_keys_in_extra),
        cmocka_unit_test(escapes_are_decoded),
        cmocka_unit_test(strings_of_every_length),
        cmocka_unit_test(integral_editions),
        cmocka_unit_test(error_fn_lists_every_problem),
        cmocka_unit_test(review_regressions),
        cmocka_unit_test(value_checks_go_on_after_a_type_error),
        cmocka_unit_test(limits),
        cmocka_unit_test(bad_arguments),
        cmocka_unit_test(allocator_is_used_and_nothing_leaks),
        cmocka_unit_test(files),
        cmocka_unit_test(progress_reaches_the_end),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
