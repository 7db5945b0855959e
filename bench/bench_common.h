/* Helpers shared by the benchmark programs: failing loudly, timing,
 * reading a file. Benchmarks exit on any error; no result is half-checked. */
#ifndef SUMMIT_BENCH_COMMON_H
#define SUMMIT_BENCH_COMMON_H

#include <stddef.h>

#include <summit/summit.h>

/* The program's name for messages; set it first thing in main(). */
extern const char *bench_program;

/* Prints "PROGRAM: what[ detail]" and exits with status 1. */
void fail(const char *what, const char *detail);
/* Prints a failed libsummit call with its error and exits with status 1. */
void fail_summit(const char *call, summit_status st, const summit_error *err);
void *xmalloc(size_t n);
/* CLOCK_MONOTONIC in milliseconds. */
double now_ms(void);
/* The whole file (regular file or pipe), with a NUL after the data that
 * no parser is told about. */
char *read_file(const char *path, size_t *out_len);
/* qsort comparator for doubles. */
int cmp_double(const void *a, const void *b);

#endif
