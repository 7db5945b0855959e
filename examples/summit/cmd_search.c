/* summit search FILE QUERY [--limit N] [--format table|ids|json|ndjson]
 * [--count] — the records that match a query, best first. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"

#define DEFAULT_LIMIT 10

enum search_format { FORMAT_TABLE, FORMAT_IDS, FORMAT_JSON, FORMAT_NDJSON };

typedef struct search_args {
    const char *input;
    const char *query;
    size_t limit;
    int format;
    int format_given;
    int count;
} search_args;

static int set_format(search_args *a, const char *value)
{
    static const char *const names[] = {"table", "ids", "json", "ndjson"};
    for (int f = 0; f < (int)(sizeof names / sizeof names[0]); f++) {
        if (strcmp(value, names[f]) == 0) {
            a->format = f;
            a->format_given = 1;
            return CLI_EXIT_OK;
        }
    }
    return cli_usage_error("search: unknown format '%s' (expected table, ids, json or ndjson)",
                           value);
}

/* A decimal number of records: digits only, fitting a size_t. */
static int set_limit(search_args *a, const char *value)
{
    size_t n = 0;
    const char *p = value;
    if (*p == '\0')
        return cli_usage_error("search: --limit needs a number (0 = all), got ''");
    for (; *p; p++) {
        if (*p < '0' || *p > '9')
            return cli_usage_error("search: --limit needs a number (0 = all), got '%s'", value);
        size_t digit = (size_t)(*p - '0');
        if (n > ((size_t)-1 - digit) / 10)
            return cli_usage_error("search: --limit %s is too large", value);
        n = n * 10 + digit;
    }
    a->limit = n;
    return CLI_EXIT_OK;
}

/* Returns CLI_EXIT_OK with *a filled, or the exit status to end with (help
 * printed, or a usage error). `done` is set when help was printed. */
static int parse_args(int argc, char **argv, search_args *a, int *done)
{
    int options_done = 0;

    for (int i = 1; i < argc; i++) {
        const char *arg = argv[i];
        int status = CLI_EXIT_OK;

        if (options_done || arg[0] != '-' || arg[1] == '\0') {
            if (!a->input)
                a->input = arg;
            else if (!a->query)
                a->query = arg;
            else
                return cli_usage_error("search: unexpected argument '%s' "
                                       "(quote a QUERY of several words)", arg);
        } else if (strcmp(arg, "--") == 0) {
            options_done = 1;
        } else if (strcmp(arg, "-h") == 0 || strcmp(arg, "--help") == 0) {
            *done = 1;
            return cli_command_help("search");
        } else if (strcmp(arg, "--count") == 0) {
            a->count = 1;
        } else if (strcmp(arg, "--limit") == 0) {
            if (++i == argc)
                return cli_usage_error("search: option '%s' needs an argument", arg);
            status = set_limit(a, argv[i]);
        } else if (strncmp(arg, "--limit=", 8) == 0) {
            status = set_limit(a, arg + 8);
        } else if (strcmp(arg, "--format") == 0) {
            if (++i == argc)
                return cli_usage_error("search: option '%s' needs an argument", arg);
            status = set_format(a, argv[i]);
        } else if (strncmp(arg, "--format=", 9) == 0) {
            status = set_format(a, arg + 9);
        } else if (arg[1] == '-') {
            return cli_usage_error("search: unknown option '%s'", arg);
        } else {
            /* `-word` excludes a word: such a QUERY comes after `--`. */
            return cli_usage_error("search: unknown option '%s' "
                                   "(put -- before a QUERY that starts with -)", arg);
        }
        if (status != CLI_EXIT_OK)
            return status;
    }
    if (!a->input)
        return cli_usage_error("search: no FILE given");
    if (!a->query)
        return cli_usage_error("search: no QUERY given");
    if (a->count && a->format_given)
        return cli_usage_error("search: --count cannot be used with --format");
    return CLI_EXIT_OK;
}

/* --- output --------------------------------------------------------- */

static const summit_record *results_record_at(const void *from, size_t i)
{
    return summit_results_record(from, i);
}

/* "-" for a record that matched no scored word (a filter-only query, or the
 * filter side of an OR): it has no score, not a score of zero. */
static const char *results_score_at(const void *from, size_t i, char buf[CLI_SCORE_MAX])
{
    double score = summit_results_score(from, i);
    if (score == 0.0)
        return "-";
    snprintf(buf, CLI_SCORE_MAX, "%.2f", score);
    return buf;
}

static void print_table(const summit_results *res)
{
    size_t count = summit_results_count(res), total = summit_results_total(res);
    cli_listing l = {res, count, results_record_at, results_score_at, "(no matches)"};
    cli_print_listing(&l);
    if (count < total)
        printf("(%zu of %zu matches; --limit 0 shows all)\n", count, total);
}

static void print_ids(const summit_results *res)
{
    size_t count = summit_results_count(res);
    for (size_t i = 0; i < count; i++) {
        text_put(stdout, summit_results_record(res, i)->id);
        fputc('\n', stdout);
    }
}

/* The records as canonical JSON: with ndjson one compact record a line,
 * otherwise the compact collection object summit_collection_to_json()
 * writes, {"schema":"summit-collection/1","records":[...]}, made of the
 * records' own texts. Returns 0, or -1 with the problem printed. */
static int print_json(const char *input, const summit_results *res, int ndjson)
{
    size_t count = summit_results_count(res);

    if (!ndjson)
        fputs("{\"schema\":\"summit-collection/1\",\"records\":[", stdout);
    for (size_t i = 0; i < count; i++) {
        const summit_record *r = summit_results_record(res, i);
        char *json = NULL;
        size_t len = 0;
        summit_error err;
        memset(&err, 0, sizeof err);
        if (summit_record_to_json(r, SUMMIT_JSON_COMPACT, &json, &len, &err) != SUMMIT_OK) {
            if (!ndjson)
                fputc('\n', stdout); /* do not leave half a line */
            fprintf(stderr, "summit: %s: cannot write JSON of \"%s\": %s\n", cli_input_name(input),
                    r->id,
                    err.message[0] ? err.message : summit_status_string((summit_status)err.code));
            return -1;
        }
        if (!ndjson && len > 0 && json[len - 1] == '\n')
            len--; /* each record ends in a newline; inside the array it must not */
        if (!ndjson && i > 0)
            fputc(',', stdout);
        fwrite(json, 1, len, stdout);
        summit_free(json);
    }
    if (!ndjson)
        fputs("]}\n", stdout);
    return 0;
}

/* "query:COL: MESSAGE" (the query is one line: no line number). */
static void print_query_error(const summit_error *err)
{
    const char *message = err->message[0] ? err->message : summit_status_string(SUMMIT_ERR_QUERY);
    fprintf(stderr, "query:%u: ", (unsigned)err->column);
    text_put(stderr, message);
    fputc('\n', stderr);
}

/* --- the command ---------------------------------------------------- */

int cmd_search(int argc, char **argv)
{
    search_args a = {NULL, NULL, DEFAULT_LIMIT, FORMAT_TABLE, 0, 0};
    int done = 0;
    int status = parse_args(argc, argv, &a, &done);
    if (status != CLI_EXIT_OK || done)
        return status;

    summit_collection *c = NULL;
    if (cli_load(a.input, 0, &c) != SUMMIT_OK)
        return CLI_EXIT_FAIL;

    summit_results *res = NULL;
    summit_error err;
    memset(&err, 0, sizeof err);
    /* The total counts every match whatever the limit: --count needs one. */
    summit_status st = summit_search(c, a.query, a.count ? 1 : a.limit, &res, &err);
    if (st == SUMMIT_ERR_QUERY || (st == SUMMIT_ERR_LIMIT && err.column > 0)) {
        print_query_error(&err); /* a bad query, or one past the query limits */
        status = CLI_EXIT_FAIL;
    } else if (st != SUMMIT_OK) {
        fprintf(stderr, "summit: %s: cannot search: %s\n", cli_input_name(a.input),
                err.message[0] ? err.message : summit_status_string(st));
        status = CLI_EXIT_FAIL;
    } else if (a.count) {
        printf("%zu\n", summit_results_total(res));
    } else {
        switch (a.format) {
        case FORMAT_TABLE: print_table(res); break;
        case FORMAT_IDS: print_ids(res); break;
        default:
            if (print_json(a.input, res, a.format == FORMAT_NDJSON) != 0)
                status = CLI_EXIT_FAIL;
            break;
        }
    }
    summit_results_free(res);
    summit_collection_free(c);
    return status;
}
