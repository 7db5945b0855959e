/* Status strings, and positions (line, column, offset) in error reports. */
#include "test_util.h"

#include "error_internal.h"

static void every_status_has_a_string(void **state)
{
    (void)state;
    assert_string_equal(summit_status_string(SUMMIT_OK), "ok");
    assert_string_equal(summit_status_string(SUMMIT_ERR_IO), "input/output error");
    assert_string_equal(summit_status_string(SUMMIT_ERR_SYNTAX), "syntax error");
    assert_string_equal(summit_status_string(SUMMIT_ERR_SCHEMA), "schema error");
    assert_string_equal(summit_status_string(SUMMIT_ERR_DUPLICATE_ID), "duplicate id");
    assert_string_equal(summit_status_string(SUMMIT_ERR_LIMIT), "limit exceeded");
    assert_string_equal(summit_status_string(SUMMIT_ERR_NOMEM), "out of memory");
    assert_string_equal(summit_status_string(SUMMIT_ERR_ARG), "invalid argument");
    assert_string_equal(summit_status_string(SUMMIT_ERR_QUERY), "query error");
    assert_string_equal(summit_status_string((summit_status)42), "unknown status");
}

static void errors_are_negative(void **state)
{
    (void)state;
    assert_true(SUMMIT_ERR_IO < 0 && SUMMIT_ERR_SYNTAX < 0 && SUMMIT_ERR_SCHEMA < 0 &&
                SUMMIT_ERR_DUPLICATE_ID < 0 && SUMMIT_ERR_LIMIT < 0 && SUMMIT_ERR_NOMEM < 0 &&
                SUMMIT_ERR_ARG < 0 && SUMMIT_ERR_QUERY < 0);
}

/* Columns count characters, not bytes: "é" and "서" are one column each. */
static void column_counts_code_points(void **state)
{
    (void)state;
    const char *text = "{\"id\":\"r1\",\"series\":\"é서\", \"start_date\":\"2021\",\"mode\":1}";
    /* "mode":1 -> the 1 is character 54, at byte offset 56 */
    summit_collection *c;
    summit_error err;
    assert_int_equal(load_text(text, &c, &err), SUMMIT_ERR_SCHEMA);
    assert_int_equal(err.line, 1);
    assert_int_equal(err.column, 54);
    assert_int_equal(err.offset, 56);
    assert_string_equal(err.pointer, "/mode");
    assert_string_equal(err.message, "expected a string, got a number");
}

static void lines_count_newlines_and_crlf(void **state)
{
    (void)state;
    expect_refused("{\r\n\"id\":\"r1\",\r\n\"series\":\"S\",\r\n  \"start_date\":\"2021-13\"}",
                   SUMMIT_ERR_SCHEMA, 4, 16, "/start_date", "expected a real calendar date, got \"2021-13\"");
}

static void bom_is_not_a_column(void **state)
{
    (void)state;
    /* After a byte order mark the first character is column 1; the offset
     * still counts the mark's three bytes. */
    summit_collection *c;
    summit_error err;
    assert_int_equal(load_text("\xEF\xBB\xBF[1]", &c, &err), SUMMIT_ERR_SCHEMA);
    assert_int_equal(err.line, 1);
    assert_int_equal(err.column, 2);
    assert_int_equal(err.offset, 4);
}

static void finder_handles_backwards_lookups(void **state)
{
    (void)state;
    const char *text = "ab\ncd\nef";
    position_finder pf;
    uint32_t line, col;
    position_init(&pf, text, strlen(text), 0);
    position_find(&pf, 7, &line, &col);
    assert_int_equal(line, 3);
    assert_int_equal(col, 2);
    position_find(&pf, 1, &line, &col);
    assert_int_equal(line, 1);
    assert_int_equal(col, 2);
    position_find(&pf, 3, &line, &col);
    assert_int_equal(line, 2);
    assert_int_equal(col, 1);
}

static void quoting_escapes_and_shortens(void **state)
{
    (void)state;
    char out[128];
    quote_for_message(out, sizeof out, "a\"b\n", 4);
    assert_string_equal(out, "\"a\\\"b\\u000a\"");
    quote_for_message(out, sizeof out, "0123456789012345678901234567890123456789abc", 43);
    assert_string_equal(out, "\"0123456789012345678901234567890123456789...\"");
    /* Never cuts a UTF-8 sequence. */
    copy_truncated(out, 3, "aé", 3);
    assert_string_equal(out, "a");
}

static void error_set_truncates_on_a_character_boundary(void **state)
{
    (void)state;
    summit_error err;
    char long_text[600];
    memset(long_text, 'x', sizeof long_text);
    memcpy(long_text + 254, "é", 2); /* the "é" straddles the 255-byte cut */
    long_text[sizeof long_text - 1] = '\0';
    error_set(&err, SUMMIT_ERR_SCHEMA, long_text, "%s", long_text);
    assert_int_equal(strlen(err.message), 254);
    assert_int_equal(strlen(err.pointer), 254);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(every_status_has_a_string),
        cmocka_unit_test(errors_are_negative),
        cmocka_unit_test(column_counts_code_points),
        cmocka_unit_test(lines_count_newlines_and_crlf),
        cmocka_unit_test(bom_is_not_a_column),
        cmocka_unit_test(finder_handles_backwards_lookups),
        cmocka_unit_test(quoting_escapes_and_shortens),
        cmocka_unit_test(error_set_truncates_on_a_character_boundary),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
