/* Folding text for matching (lib/fold.c). */
#include "test_util.h"

#include "fold.h"

static void folds_case_accents_and_compatibility_forms(void **state)
{
    (void)state;
    struct {
        const char *in, *out;
    } cases[] = {
        { "São Paulo", "sao paulo" },
        { "BRASÍLIA", "brasilia" },
        { "Values-driven  Innovation!", "values driven innovation" },
        { "\xEF\xAC\x81nance", "finance" },       /* the "fi" ligature */
        { "Stra\xC3\x9F" "e", "strasse" },         /* sharp s folds to ss */
        { "\xEF\xBC\xA1\xEF\xBC\xA9", "ai" },      /* fullwidth AI */
        /* Hangul syllables come out decomposed (NFKD), like everything else */
        { "\xEC\x84\x9C 2022", "\xE1\x84\x89\xE1\x85\xA5 2022" },
        { "  ...  ", "" },
        { "", "" },
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        char out[128];
        size_t n = fold_words(cases[i].in, strlen(cases[i].in), out, sizeof out);
        if (n == (size_t)-1 || strcmp(out, cases[i].out) != 0)
            fail_msg("\"%s\": got \"%s\", want \"%s\"", cases[i].in, n == (size_t)-1 ? "(error)" : out,
                     cases[i].out);
        assert_int_equal(n, strlen(cases[i].out));
    }
}

static void refuses_bad_input_and_small_buffers(void **state)
{
    (void)state;
    char out[8];
    assert_int_equal(fold_words("a\xFF", 2, out, sizeof out), (size_t)-1);
    assert_int_equal(fold_words("abcdefghij", 10, out, sizeof out), (size_t)-1);
    assert_int_equal(fold_words("abc", 3, out, 0), (size_t)-1);
    assert_int_equal(fold_words("abcdefg", 7, out, sizeof out), 7);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(folds_case_accents_and_compatibility_forms),
        cmocka_unit_test(refuses_bad_input_and_small_buffers),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
