/* Helpers shared by the benchmark programs (see bench_common.h). */
#define _POSIX_C_SOURCE 200809L

#include "bench_common.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

const char *bench_program = "summit_bench";

void fail(const char *what, const char *detail)
{
    fprintf(stderr, "%s: %s%s%s\n", bench_program, what, detail ? " " : "", detail ? detail : "");
    exit(1);
}

void fail_summit(const char *call, summit_status st, const summit_error *err)
{
    fprintf(stderr,
            "%s: %s failed: %s (%d) at line %u, column %u, offset %zu, pointer \"%s\": %s\n",
            bench_program, call, summit_status_string(st), (int)st, (unsigned)err->line,
            (unsigned)err->column, err->offset, err->pointer, err->message);
    exit(1);
}

void *xmalloc(size_t n)
{
    void *p = malloc(n ? n : 1);
    if (!p)
        fail("out of memory", NULL);
    return p;
}

double now_ms(void)
{
    struct timespec ts;
    if (clock_gettime(CLOCK_MONOTONIC, &ts) != 0)
        fail("clock_gettime:", strerror(errno));
    return (double)ts.tv_sec * 1e3 + (double)ts.tv_nsec / 1e6;
}

char *read_file(const char *path, size_t *out_len)
{
    FILE *f = fopen(path, "rb");
    if (!f)
        fail("cannot open", path);
    size_t cap = (size_t)1 << 20, len = 0;
    char *buf = xmalloc(cap);
    for (;;) {
        if (cap - len < 2) {
            cap *= 2;
            char *p = realloc(buf, cap);
            if (!p)
                fail("out of memory", NULL);
            buf = p;
        }
        size_t n = fread(buf + len, 1, cap - len - 1, f);
        len += n;
        if (n == 0)
            break;
    }
    if (ferror(f))
        fail("cannot read", path);
    fclose(f);
    buf[len] = '\0';
    *out_len = len;
    return buf;
}

int cmp_double(const void *a, const void *b)
{
    double x = *(const double *)a, y = *(const double *)b;
    return (x > y) - (x < y);
}
