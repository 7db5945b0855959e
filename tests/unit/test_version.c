#include "test_util.h"

static void version_string_matches_macros(void **state)
{
    (void)state;
    assert_string_equal(summit_version(), "0.1.0");
    assert_string_equal(summit_version(), SUMMIT_VERSION_STRING);
}

static void version_number_packs_major_minor_patch(void **state)
{
    (void)state;
    assert_int_equal(summit_version_number(), 0x000100);
    assert_int_equal(summit_version_number(),
                     (SUMMIT_VERSION_MAJOR << 16) | (SUMMIT_VERSION_MINOR << 8) | SUMMIT_VERSION_PATCH);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(version_string_matches_macros),
        cmocka_unit_test(version_number_packs_major_minor_patch),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
