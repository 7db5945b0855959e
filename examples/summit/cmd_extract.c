/* summit extract FILE... [--to json|ndjson] [--explain] [--source-url URL]
 *                        [--reference-date YYYY-MM-DD] — records from page text. */
#include <ctype.h>
#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"

typedef struct extract_args {
    const char **files;
    size_t nfiles;
    int ndjson;
    int explain;
    const char *source_url;
    summit_date reference;
} extract_args;

static int parse_date(const char *s, summit_date *d)
{
    int y, m, day;
    char tail;
    if (sscanf(s, "%4d-%2d-%2d%c", &y, &m, &day, &tail) != 3 || strlen(s) != 10)
        return -1;
    if (y < 1900 || y > 2999 || m < 1 || m > 12 || day < 1 || day > 31)
        return -1;
    d->year = y;
    d->month = m;
    d->day = day;
    return 0;
}

static int parse_args(int argc, char **argv, extract_args *a, int *done)
{
    int options_done = 0;
    for (int i = 1; i < argc; i++) {
        const char *arg = argv[i];
        const char *value = NULL;
        if (options_done || arg[0] != '-' || arg[1] == '\0') {
            a->files[a->nfiles++] = arg;
            continue;
        }
        if (strcmp(arg, "--") == 0) {
            options_done = 1;
            continue;
        }
        if (strcmp(arg, "-h") == 0 || strcmp(arg, "--help") == 0) {
            *done = 1;
            return cli_command_help("extract");
        }
        if (strcmp(arg, "--explain") == 0) {
            a->explain = 1;
            continue;
        }
        const char *names[] = { "--to", "--source-url", "--reference-date" };
        size_t which = 3;
        for (size_t k = 0; k < 3; k++) {
            size_t n = strlen(names[k]);
            if (strcmp(arg, names[k]) == 0) {
                if (++i == argc)
                    return cli_usage_error("extract: option '%s' needs an argument", names[k]);
                value = argv[i];
                which = k;
            } else if (strncmp(arg, names[k], n) == 0 && arg[n] == '=') {
                value = arg + n + 1;
                which = k;
            }
        }
        if (which == 3)
            return cli_usage_error("extract: unknown option '%s'", arg);
        if (which == 0) {
            if (strcmp(value, "json") == 0)
                a->ndjson = 0;
            else if (strcmp(value, "ndjson") == 0)
                a->ndjson = 1;
            else
                return cli_usage_error("extract: unknown format '%s' (expected json or ndjson)", value);
        } else if (which == 1) {
            a->source_url = value;
        } else if (parse_date(value, &a->reference) != 0) {
            return cli_usage_error("extract: bad --reference-date '%s' (expected YYYY-MM-DD)", value);
        }
    }
    if (a->nfiles == 0)
        return cli_usage_error("extract: no FILE given");
    return CLI_EXIT_OK;
}

/* --explain goes to stderr, so that stdout stays exactly the JSON: two
 * lines per field, "FILE:LINE: POINTER = VALUE" and the evidence indented. */
typedef struct explain_ctx {
    const char *name;
} explain_ctx;

static void on_explain(const char *pointer, const char *value, const char *evidence,
                       size_t line, void *user)
{
    const explain_ctx *x = user;
    if (pointer[0])
        fprintf(stderr, "%s:%zu: %s = ", x->name, line, pointer);
    else
        fprintf(stderr, "%s:%zu: note: ", x->name, line);
    text_put(stderr, value);
    fputs("\n    ", stderr);
    text_put(stderr, evidence);
    fputc('\n', stderr);
}

static int read_input(const char *path, char **data, size_t *len)
{
    if (strcmp(path, "-") == 0) {
        if (cli_read_stream(stdin, SUMMIT_EXTRACT_DEFAULT_MAX_INPUT_BYTES, data, len) == 0)
            return 0;
        fprintf(stderr, "summit: cannot read <stdin>: %s\n", strerror(errno));
        return -1;
    }
    FILE *f = fopen(path, "rb");
    if (!f || cli_read_stream(f, SUMMIT_EXTRACT_DEFAULT_MAX_INPUT_BYTES, data, len) != 0) {
        char why[128];
        snprintf(why, sizeof why, "%s", strerror(errno));
        why[0] = (char)tolower((unsigned char)why[0]);
        fprintf(stderr, "summit: cannot %s %s: %s\n", f ? "read" : "open", path, why);
        if (f)
            fclose(f);
        return -1;
    }
    fclose(f);
    return 0;
}

/* Extracts one file and appends its records to `all`. */
static int extract_file(const extract_args *a, const char *path, summit_collection *all)
{
    char *data = NULL;
    size_t len = 0;
    if (read_input(path, &data, &len) != 0)
        return -1;
    explain_ctx x = { cli_input_name(path) };
    summit_extract_options o;
    summit_extract_options_init(&o);
    o.source_url = a->source_url;
    o.reference_date = a->reference;
    if (a->explain) {
        o.explain_fn = on_explain;
        o.explain_user = &x;
    }
    summit_collection *c = NULL;
    summit_error err;
    memset(&err, 0, sizeof err);
    summit_status st = summit_extract_text(data, len, &o, &c, &err);
    free(data);
    if (st != SUMMIT_OK) {
        cli_print_report(stderr, x.name, &err, 0);
        return -1;
    }
    int status = 0;
    for (size_t i = 0; i < summit_collection_count(c) && status == 0; i++) {
        if (summit_collection_add(all, summit_collection_get(c, i), &err) != SUMMIT_OK) {
            fprintf(stderr, "%s: %s\n", x.name, err.message);
            status = -1;
        }
    }
    summit_collection_free(c);
    return status;
}

int cmd_extract(int argc, char **argv)
{
    const char **files = calloc((size_t)argc, sizeof *files);
    if (!files) {
        fputs("summit: out of memory\n", stderr);
        return CLI_EXIT_FAIL;
    }
    extract_args a;
    memset(&a, 0, sizeof a);
    a.files = files;
    int done = 0;
    int status = parse_args(argc, argv, &a, &done);
    if (status != CLI_EXIT_OK || done) {
        free(files);
        return status;
    }
    summit_collection *all = summit_collection_new(NULL);
    if (!all) {
        free(files);
        fputs("summit: out of memory\n", stderr);
        return CLI_EXIT_FAIL;
    }
    for (size_t i = 0; i < a.nfiles; i++)
        if (extract_file(&a, a.files[i], all) != 0)
            status = CLI_EXIT_FAIL;
    if (status == CLI_EXIT_OK) {
        char *json = NULL;
        size_t len = 0;
        summit_error err;
        summit_status st;
        if (a.ndjson)
            st = summit_collection_to_json(all, SUMMIT_JSON_NDJSON, &json, &len, &err);
        else if (summit_collection_count(all) == 1)
            st = summit_record_to_json(summit_collection_get(all, 0), SUMMIT_JSON_PRETTY, &json,
                                       &len, &err);
        else
            st = summit_collection_to_json(all, SUMMIT_JSON_PRETTY, &json, &len, &err);
        if (st != SUMMIT_OK) {
            fprintf(stderr, "summit: cannot write JSON: %s\n", err.message);
            status = CLI_EXIT_FAIL;
        } else if (cli_write_output(NULL, json, len) != 0) {
            status = CLI_EXIT_FAIL;
        }
        summit_free(json);
    }
    summit_collection_free(all);
    free(files);
    return status;
}
