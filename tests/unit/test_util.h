/* Helpers shared by the unit tests (cmocka). */
#ifndef SUMMIT_TEST_UTIL_H
#define SUMMIT_TEST_UTIL_H

#include <setjmp.h>
#include <stdbool.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include <summit/summit.h>

/* A minimal valid record, for tests that vary one member. */
#define MINIMAL_RECORD "{\"id\":\"r1\",\"series\":\"S\",\"start_date\":\"2021\"}"

/* Loads a NUL-terminated string; asserts nothing. */
static inline summit_status load_text(const char *text, summit_collection **out, summit_error *err)
{
    return summit_collection_load_buffer(text, strlen(text), NULL, out, err);
}

/* Loads text that must be refused with `code` at line:column and pointer,
 * with exactly `message`; asserts no collection is handed back. */
static inline void expect_refused(const char *text, summit_status code, uint32_t line,
                                  uint32_t column, const char *pointer, const char *message)
{
    summit_collection *c = (summit_collection *)1;
    summit_error err;
    summit_status st = load_text(text, &c, &err);
    if (st != code || err.line != line || err.column != column || strcmp(err.pointer, pointer) != 0 ||
        (message && strcmp(err.message, message) != 0))
        print_error("input: %s\n  want %d %u:%u %s: %s\n  got  %d %u:%u %s: %s\n", text, code, line,
                    column, pointer, message ? message : "(any)", st, err.line, err.column,
                    err.pointer, err.message);
    assert_int_equal(st, code);
    assert_int_equal(err.code, code);
    assert_int_equal(err.line, line);
    assert_int_equal(err.column, column);
    assert_string_equal(err.pointer, pointer);
    if (message)
        assert_string_equal(err.message, message);
    assert_null(c);
}

/* Loads text that must be accepted; returns the collection. */
static inline summit_collection *expect_loaded(const char *text)
{
    summit_collection *c = NULL;
    summit_error err;
    summit_status st = load_text(text, &c, &err);
    if (st != SUMMIT_OK)
        print_error("input: %s\n  refused: %d %u:%u %s: %s\n", text, st, err.line, err.column,
                    err.pointer, err.message);
    assert_int_equal(st, SUMMIT_OK);
    assert_non_null(c);
    return c;
}

/* save(load(text)) as compact collection JSON; caller frees with summit_free. */
static inline char *save_text(const summit_collection *c, uint32_t flags)
{
    char *out = NULL;
    size_t len = 0;
    summit_error err;
    assert_int_equal(summit_collection_to_json(c, flags, &out, &len, &err), SUMMIT_OK);
    assert_non_null(out);
    assert_int_equal(strlen(out), len);
    return out;
}

/* Reads a whole file into a malloc'd buffer; NULL when it cannot. */
static inline char *read_whole_file(const char *path, size_t *len)
{
    FILE *f = fopen(path, "rb");
    if (!f)
        return NULL;
    size_t cap = 4096, n = 0, got;
    char *buf = malloc(cap);
    while (buf && (got = fread(buf + n, 1, cap - n, f)) > 0) {
        n += got;
        if (n == cap) {
            cap *= 2;
            char *p = realloc(buf, cap);
            if (!p)
                free(buf);
            buf = p;
        }
    }
    fclose(f);
    *len = n;
    return buf;
}

#endif
