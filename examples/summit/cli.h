/* summit — the command-line tool: declarations shared by its source files.
 *
 * main.c          argument dispatch, usage and help texts
 * load.c          loading a FILE (or - for standard input) with reports and progress
 * io.c            reading standard input, writing outputs (stdout or atomically to a file)
 * text.c          terminal-safe, width-aware text output for `show`
 * cmd_validate.c  summit validate FILE...
 * cmd_show.c      summit show FILE [ID]
 * cmd_convert.c   summit convert FILE [--to json|ndjson] [--pretty] [-o OUT]
 * cmd_search.c    summit search FILE QUERY [--limit N] [--format F] [--count]
 * cmd_extract.c   summit extract FILE... [--to F] [--explain] [--source-url URL] [--reference-date D]
 *
 * Exit status: 0 success, 1 invalid input or an I/O error, 2 a usage error. */
#ifndef SUMMIT_CLI_H
#define SUMMIT_CLI_H

#include <stddef.h>
#include <stdio.h>

#include <summit/summit.h>
#include <summit/search.h>

#if defined(__GNUC__)
#  define CLI_PRINTF(fmt, args) __attribute__((format(printf, fmt, args)))
#else
#  define CLI_PRINTF(fmt, args)
#endif

enum { CLI_EXIT_OK = 0, CLI_EXIT_FAIL = 1, CLI_EXIT_USAGE = 2 };

/* Each command gets its own name in argv[0] and its arguments after it. */
int cmd_validate(int argc, char **argv);
int cmd_show(int argc, char **argv);
int cmd_convert(int argc, char **argv);
int cmd_search(int argc, char **argv);
int cmd_extract(int argc, char **argv);

/* main.c: prints "summit: MESSAGE" and the short usage on stderr; returns
 * CLI_EXIT_USAGE so a command can `return cli_usage_error(...)`. */
int cli_usage_error(const char *fmt, ...) CLI_PRINTF(1, 2);
/* main.c: the help of one command ("validate", "show", "convert",
 * "search", "extract") on stdout; returns CLI_EXIT_OK. */
int cli_command_help(const char *command);

/* load.c: the name of an input in messages: "<stdin>" for "-". */
const char *cli_input_name(const char *path);

/* load.c: loads `path` ("-" = standard input) into *out. Warnings are
 * printed on stderr. With report_all, every error the loader finds is
 * printed (one line each); otherwise only the first. Returns the status of
 * the load; on failure *out is NULL and the problem was printed. */
summit_status cli_load(const char *path, int report_all, summit_collection **out);

/* load.c: prints one report as "FILE:LINE:COL: POINTER: MESSAGE" (or
 * "FILE:LINE:COL: warning: MESSAGE" with is_warning, "FILE: MESSAGE" when
 * the line is unknown). */
void cli_print_report(FILE *f, const char *name, const summit_error *e, int is_warning);

/* io.c: reads all of `f` into a new malloc'd buffer (free() it). Reads at
 * most limit + 1 bytes so that an endless pipe cannot exhaust memory; the
 * loader then refuses the input as too large. Returns 0, or -1 with errno. */
int cli_read_stream(FILE *f, size_t limit, char **out, size_t *out_len);

/* io.c: writes `len` bytes to `path`, or to stdout when path is NULL or
 * "-". A file is written through a temporary file in the same directory
 * that is flushed, fsync'd and renamed over `path` only when complete, so
 * `path` always holds either its old content or the whole new one. Errors
 * are printed; returns 0 or -1. */
int cli_write_output(const char *path, const char *data, size_t len);

/* text.c: terminal-safe output. Control characters (C0, DEL, C1) are shown
 * as \xNN escapes so that data cannot drive the terminal. */
void text_put(FILE *f, const char *s);
/* text.c: text_put() of the n bytes at s (no NUL needed). */
void text_put_n(FILE *f, const char *s, size_t n);
/* text.c: a new string as sprintf() would write it (free() it); NULL when
 * out of memory. */
char *text_format(const char *fmt, ...) CLI_PRINTF(1, 2);
/* text.c: the number of terminal columns text_put() uses for s. */
size_t text_width(const char *s);
/* text.c: text_put() and then spaces up to `width` columns (nothing when
 * s is already wider). */
void text_put_padded(FILE *f, const char *s, size_t width);
/* text.c: prints s word-wrapped to `width` columns, assuming the cursor is
 * already at column `col` (0-based); continuation lines start with `indent`
 * spaces. A newline inside s starts a new line. Ends with a newline. */
void text_wrap(FILE *f, const char *s, size_t col, size_t indent, size_t width);

/* cmd_show.c: the listing of `show` (and of `search`): a heading line, then
 * one record a line in the given order, columns aligned: [SCORE] DATE ID
 * PLACE TITLE (the title, or else the theme, or else the series). */
#define CLI_SCORE_MAX 32
typedef struct cli_listing {
    const void *from; /* a collection, search results, ... */
    size_t count;
    const summit_record *(*record_at)(const void *from, size_t i);
    /* NULL: no SCORE column. Otherwise the text of row i's score, written
     * into buf (or a static string); shown right-aligned. */
    const char *(*score_at)(const void *from, size_t i, char buf[CLI_SCORE_MAX]);
    const char *none; /* the line printed instead when count is 0 */
} cli_listing;
void cli_print_listing(const cli_listing *l);

#endif /* SUMMIT_CLI_H */
