/* The bump allocator behind every collection (lib/arena.c). */
#include "test_util.h"

#include "arena.h"
#include "sbuf.h"

static void allocations_are_aligned_and_distinct(void **state)
{
    (void)state;
    arena a;
    arena_init(&a, &summit_default_allocator);
    char *prev = NULL;
    for (size_t size = 1; size < 3000; size += 7) {
        char *p = arena_alloc(&a, size);
        assert_non_null(p);
        assert_int_equal((uintptr_t)p % 16, 0);
        memset(p, 0xAB, size); /* ASan/valgrind would see an overlap or overrun */
        assert_true(p != prev);
        prev = p;
    }
    char *big = arena_alloc(&a, (size_t)10 << 20); /* larger than any chunk */
    assert_non_null(big);
    memset(big, 1, (size_t)10 << 20);
    assert_string_equal(arena_strndup(&a, "hello world", 5), "hello");
    char *zero = arena_calloc(&a, 64);
    for (int i = 0; i < 64; i++)
        assert_int_equal(zero[i], 0);
    arena_release(&a);
    arena_release(&a); /* twice is harmless */
}

static void rewind_frees_what_came_after_the_mark(void **state)
{
    (void)state;
    arena a;
    arena_init(&a, &summit_default_allocator);
    char *keep = arena_strndup(&a, "keep", 4);
    arena_mark m = arena_get_mark(&a);
    for (int i = 0; i < 100; i++)
        assert_non_null(arena_alloc(&a, 100000)); /* many new chunks */
    arena_rewind(&a, m);
    assert_string_equal(keep, "keep");
    char *next = arena_alloc(&a, 16);
    assert_true(next > keep && next - keep < 64); /* same chunk, right after */
    arena_release(&a);
}

static void overflowing_sizes_fail_cleanly(void **state)
{
    (void)state;
    arena a;
    arena_init(&a, &summit_default_allocator);
    assert_null(arena_alloc(&a, SIZE_MAX));
    assert_null(arena_alloc(&a, SIZE_MAX - 8));
    assert_null(arena_strndup(&a, "x", SIZE_MAX));
    arena_release(&a);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(allocations_are_aligned_and_distinct),
        cmocka_unit_test(rewind_frees_what_came_after_the_mark),
        cmocka_unit_test(overflowing_sizes_fail_cleanly),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
