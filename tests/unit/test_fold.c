/* Folding text for matching (lib/fold.c). */
#include "test_util.h"

#include "fold.h"
#include "sbuf.h"

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
        if (n >= FOLD_TOO_SMALL || strcmp(out, cases[i].out) != 0)
            fail_msg("\"%s\": got \"%s\", want \"%s\"", cases[i].in, n >= FOLD_TOO_SMALL ? "(error)" : out,
                     cases[i].out);
        assert_int_equal(n, strlen(cases[i].out));
    }
}

/* U+FDFA folds to 18 letters: buffers grow until it fits. */
static void long_expansions_grow_the_buffer(void **state)
{
    (void)state;
    char *buf = NULL;
    size_t cap = 0;
    const char *text = "\xEF\xB7\xBA \xEF\xB7\xBA";
    size_t n = fold_words_growing(text, strlen(text), &buf, &cap, summit_default_allocator.realloc_fn, NULL);
    assert_true(n < FOLD_TOO_SMALL);
    assert_true(n > 60); /* two words of 18 Arabic letters, 2 bytes each */
    assert_non_null(strchr(buf, ' '));
    free(buf);
}

static void refuses_bad_input_and_small_buffers(void **state)
{
    (void)state;
    char out[8];
    assert_int_equal(fold_words("a\xFF", 2, out, sizeof out), FOLD_INVALID);
    assert_int_equal(fold_words("abcdefghij", 10, out, sizeof out), FOLD_TOO_SMALL);
    assert_int_equal(fold_words("abc", 3, out, 0), FOLD_TOO_SMALL);
    assert_int_equal(fold_words("abcdefg", 7, out, sizeof out), 7);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(folds_case_accents_and_compatibility_forms),
        cmocka_unit_test(long_expansions_grow_the_buffer),
        cmocka_unit_test(refuses_bad_input_and_small_buffers),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
