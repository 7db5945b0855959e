/* The shipped ISO 3166-1 alpha-2 list (lib/country.c). */
#include "test_util.h"

#include "country.h"

static void every_assigned_code_and_nothing_else(void **state)
{
    (void)state;
    int valid = 0;
    for (char a = 'A'; a <= 'Z'; a++)
        for (char b = 'A'; b <= 'Z'; b++) {
            char code[2] = { a, b };
            valid += country_code_is_valid(code, 2);
        }
    assert_int_equal(valid, 249); /* iso-codes 4.15.0 */
}

static void members_of_the_dataset(void **state)
{
    (void)state;
    const char *codes[] = { "GB", "KR", "EE", "IL", "NZ", "CA", "UY", "MX", "PT", "DK", "US" };
    for (size_t i = 0; i < sizeof codes / sizeof codes[0]; i++)
        assert_true(country_code_is_valid(codes[i], 2));
    assert_string_equal(country_name("KR"), "Korea, Republic of");
    assert_string_equal(country_name("GB"), "United Kingdom");
    assert_string_equal(country_name("CI"), "Côte d'Ivoire");
}

static void not_codes(void **state)
{
    (void)state;
    const char *bad[] = { "UK", "EU", "XK", "gb", "Gb", "G", "GBR", "", "G1", "ZZ" };
    for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++)
        assert_false(country_code_is_valid(bad[i], strlen(bad[i])));
    assert_null(country_name("UK"));
    assert_null(country_name(NULL));
}

/* summit_country_code: what people type, to a code. */
static void names_and_aliases(void **state)
{
    (void)state;
    struct {
        const char *typed;
        const char *code;
    } cases[] = {
        { "GB", "GB" },
        { "gb", "GB" },
        { "UK", "GB" },
        { "United Kingdom", "GB" },
        { "  the United   Kingdom ", "GB" },
        { "Great Britain", "GB" },
        { "Republic of Korea", "KR" },
        { "Korea, Republic of", "KR" },
        { "South Korea", "KR" },
        { "Korea", "KR" },
        { "KOREA", "KR" },
        { "North Korea", "KP" },
        { "the Netherlands", "NL" },
        { "Côte d'Ivoire", "CI" },
        { "Cote d\xE2\x80\x99Ivoire", "CI" }, /* typographic apostrophe */
        { "COTE D IVOIRE", "CI" },
        { "Türkiye", "TR" },
        { "Turkey", "TR" },
        { "Åland Islands", "AX" },
        { "aland islands", "AX" },
        { "Czech Republic", "CZ" },
        { "Czechia", "CZ" },
        { "United States", "US" },
        { "USA", "US" },
        { "U.S.A.", "US" },
        { "Uruguay", "UY" },
        { "Brasil", NULL },
        { "Narnia", NULL },
        { "EU", NULL },
        { "XK", NULL },
        { "", NULL },
        { "   ", NULL },
        { "\xFF", NULL }, /* not UTF-8 */
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        const char *got = summit_country_code(cases[i].typed);
        if ((got == NULL) != (cases[i].code == NULL) || (got && strcmp(got, cases[i].code) != 0))
            fail_msg("\"%s\": got %s, want %s", cases[i].typed, got ? got : "NULL",
                     cases[i].code ? cases[i].code : "NULL");
    }
    assert_null(summit_country_code(NULL));
    assert_ptr_equal(summit_country_code("uk"), summit_country_code("GB")); /* static storage */
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(every_assigned_code_and_nothing_else),
        cmocka_unit_test(members_of_the_dataset),
        cmocka_unit_test(not_codes),
        cmocka_unit_test(names_and_aliases),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
