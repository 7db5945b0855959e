/* The table-driven bad-input suite (issue 5): every file in tests/bad/cases
 * breaks one rule, and tests/bad/EXPECTED gives the exact status, line,
 * column, JSON Pointer and message the loader must report for it, the same
 * through summit_collection_load_file and _load_buffer. Then every
 * truncation of a valid record, at every byte, must be refused with a
 * syntax error whose line and column agree with its offset.
 *
 * SUMMIT_BAD_UPDATE=1 rewrites EXPECTED from what the loader says now; read
 * the diff before committing it. */
#include "test_util.h"

#include <dirent.h>

#define BAD_DIR SUMMIT_SOURCE_DIR "/tests/bad"

static const char *const code_names[] = {
    "OK", "IO", "SYNTAX", "SCHEMA", "DUPLICATE_ID", "LIMIT", "NOMEM", "ARG", "QUERY", "NOT_FOUND",
};

static const char *code_name(int32_t code)
{
    return code <= 0 && code >= SUMMIT_ERR_NOT_FOUND ? code_names[-code] : "?";
}

static char *read_all(const char *path, size_t *len)
{
    FILE *f = fopen(path, "rb");
    if (!f)
        fail_msg("cannot open %s", path);
    size_t cap = 1 << 16, n = 0;
    char *buf = malloc(cap);
    size_t got;
    while ((got = fread(buf + n, 1, cap - n, f)) > 0) {
        n += got;
        if (n == cap)
            buf = realloc(buf, cap *= 2);
    }
    fclose(f);
    *len = n;
    return buf;
}

/* One line of EXPECTED, as written and as compared. */
static void format_outcome(char *out, size_t cap, const char *name, summit_status st,
                           const summit_error *e)
{
    snprintf(out, cap, "%s\t%s\t%u:%u\t%s\t%s", name, code_name(st), (unsigned)e->line,
             (unsigned)e->column, e->pointer, e->message);
}

static int compare_names(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

/* The case names (file names without ".json"), sorted. */
static size_t list_cases(char ***out)
{
    DIR *d = opendir(BAD_DIR "/cases");
    assert_non_null(d);
    size_t n = 0, cap = 256;
    char **names = malloc(cap * sizeof *names);
    struct dirent *ent;
    while ((ent = readdir(d)) != NULL) {
        size_t len = strlen(ent->d_name);
        if (len < 6 || strcmp(ent->d_name + len - 5, ".json") != 0)
            continue;
        if (n == cap)
            names = realloc(names, (cap *= 2) * sizeof *names);
        names[n] = malloc(len - 4);
        memcpy(names[n], ent->d_name, len - 5);
        names[n][len - 5] = '\0';
        n++;
    }
    closedir(d);
    qsort(names, n, sizeof *names, compare_names);
    *out = names;
    return n;
}

static void every_case_gives_its_expected_error(void **state)
{
    (void)state;
    char **names;
    size_t count = list_cases(&names);
    assert_true(count >= 100);
    bool update = getenv("SUMMIT_BAD_UPDATE") != NULL;
    size_t expected_len = 0;
    char *expected = update ? NULL : read_all(BAD_DIR "/EXPECTED", &expected_len);
    FILE *out = update ? fopen(BAD_DIR "/EXPECTED", "w") : NULL;
    size_t at = 0, failures = 0;

    for (size_t i = 0; i < count; i++) {
        char path[512], line[1024];
        snprintf(path, sizeof path, BAD_DIR "/cases/%s.json", names[i]);
        summit_collection *c = (summit_collection *)1;
        summit_error by_file, by_buffer;
        summit_status st = summit_collection_load_file(path, NULL, &c, &by_file);
        assert_null(c);
        size_t len;
        char *data = read_all(path, &len);
        summit_status st2 = summit_collection_load_buffer(data, len, NULL, &c, &by_buffer);
        free(data);
        assert_null(c);
        format_outcome(line, sizeof line, names[i], st, &by_file);
        char again[1024];
        format_outcome(again, sizeof again, names[i], st2, &by_buffer);
        if (strcmp(line, again) != 0 || by_file.offset != by_buffer.offset) {
            print_error("%s: file and buffer disagree:\n  %s\n  %s\n", names[i], line, again);
            failures++;
        }
        if (st == SUMMIT_OK || by_file.code != (int32_t)st) {
            print_error("%s: not refused properly (%s)\n", names[i], code_name(st));
            failures++;
        }
        if (update) {
            fprintf(out, "%s\n", line);
            continue;
        }
        /* EXPECTED holds one line per case, in the same (sorted) order. */
        const char *want = expected + at;
        const char *nl = memchr(want, '\n', expected_len - at);
        size_t want_len = nl ? (size_t)(nl - want) : expected_len - at;
        at += want_len + (nl ? 1 : 0);
        if (want_len != strlen(line) || memcmp(want, line, want_len) != 0) {
            print_error("want: %.*s\ngot:  %s\n", (int)want_len, want, line);
            failures++;
        }
    }
    if (!update && at < expected_len) {
        print_error("EXPECTED has lines for cases that do not exist:\n%s\n", expected + at);
        failures++;
    }
    if (out)
        fclose(out);
    for (size_t i = 0; i < count; i++)
        free(names[i]);
    free(names);
    free(expected);
    assert_int_equal(failures, 0);
}

/* Line and column (in characters) of a byte offset, counted here
 * independently of the library. */
static void position_of(const char *text, size_t offset, uint32_t *line, uint32_t *column)
{
    *line = 1;
    *column = 1;
    for (size_t i = 0; i < offset; i++) {
        if (text[i] == '\n') {
            ++*line;
            *column = 1;
        } else if (((unsigned char)text[i] & 0xC0) != 0x80) {
            ++*column;
        }
    }
}

static void truncations_of(const char *text, size_t len)
{
    summit_collection *c = NULL;
    summit_error err;
    assert_int_equal(summit_collection_load_buffer(text, len, NULL, &c, &err), SUMMIT_OK);
    summit_collection_free(c);
    /* Every proper prefix, except those that only drop trailing white space. */
    size_t end = len;
    while (end > 0 && (text[end - 1] == '\n' || text[end - 1] == ' '))
        end--;
    for (size_t n = 0; n < end; n++) {
        c = (summit_collection *)1;
        summit_status st = summit_collection_load_buffer(text, n, NULL, &c, &err);
        uint32_t line, column;
        position_of(text, err.offset, &line, &column);
        if (st != SUMMIT_ERR_SYNTAX || err.offset > n || err.line != line || err.column != column)
            print_error("cut at %zu: %d at %u:%u (offset %zu; want %u:%u): %s\n", n, st, err.line,
                        err.column, err.offset, line, column, err.message);
        assert_int_equal(st, SUMMIT_ERR_SYNTAX);
        assert_null(c);
        assert_true(err.offset <= n);
        assert_int_equal(err.line, line);
        assert_int_equal(err.column, column);
        assert_true(err.pointer[0] == '\0' || err.pointer[0] == '/');
        assert_true(err.message[0] != '\0');
    }
}

static void every_truncation_is_a_syntax_error(void **state)
{
    (void)state;
    size_t len;
    char *pretty = read_all(BAD_DIR "/valid-record.json", &len);
    truncations_of(pretty, len);

    /* The same record on one line (NDJSON-like), and as an array of two. */
    char *compact = malloc(len + 1), *two = malloc(2 * len + 8);
    size_t n = 0;
    bool in_string = false;
    for (size_t i = 0; i < len; i++) { /* drop white space outside strings */
        if (pretty[i] == '"' && (i == 0 || pretty[i - 1] != '\\'))
            in_string = !in_string;
        if (in_string || (pretty[i] != ' ' && pretty[i] != '\n'))
            compact[n++] = pretty[i];
    }
    truncations_of(compact, n);
    size_t m = (size_t)sprintf(two, "[%.*s,", (int)n, compact);
    memcpy(two + m, compact, n);
    m += n;
    /* Change the second id so that the array is valid. */
    char *id = strstr(two + m - n, "dn-2021-london");
    id[0] = 'x';
    two[m++] = ']';
    truncations_of(two, m);
    free(pretty);
    free(compact);
    free(two);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(every_case_gives_its_expected_error),
        cmocka_unit_test(every_truncation_is_a_syntax_error),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
