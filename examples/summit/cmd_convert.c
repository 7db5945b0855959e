/* summit convert FILE [--to json|ndjson] [--pretty] [-o OUT] — canonical JSON. */
#include <stdio.h>
#include <string.h>

#include "cli.h"

typedef struct convert_args {
    const char *input;
    const char *output; /* NULL: standard output */
    int ndjson;
    int pretty;
} convert_args;

static int set_format(convert_args *a, const char *value)
{
    if (strcmp(value, "json") == 0)
        a->ndjson = 0;
    else if (strcmp(value, "ndjson") == 0)
        a->ndjson = 1;
    else
        return cli_usage_error("convert: unknown format '%s' (expected json or ndjson)", value);
    return CLI_EXIT_OK;
}

/* Returns CLI_EXIT_OK with *a filled, or the exit status to end with (help
 * printed, or a usage error). `done` is set when help was printed. */
static int parse_args(int argc, char **argv, convert_args *a, int *done)
{
    int options_done = 0;

    for (int i = 1; i < argc; i++) {
        const char *arg = argv[i];
        int status = CLI_EXIT_OK;

        if (options_done || arg[0] != '-' || arg[1] == '\0') {
            if (a->input)
                return cli_usage_error("convert: unexpected argument '%s' (one FILE only)", arg);
            a->input = arg;
        } else if (strcmp(arg, "--") == 0) {
            options_done = 1;
        } else if (strcmp(arg, "-h") == 0 || strcmp(arg, "--help") == 0) {
            *done = 1;
            return cli_command_help("convert");
        } else if (strcmp(arg, "--pretty") == 0) {
            a->pretty = 1;
        } else if (strcmp(arg, "--to") == 0) {
            if (++i == argc)
                return cli_usage_error("convert: option '--to' needs an argument");
            status = set_format(a, argv[i]);
        } else if (strncmp(arg, "--to=", 5) == 0) {
            status = set_format(a, arg + 5);
        } else if (strcmp(arg, "-o") == 0 || strcmp(arg, "--output") == 0) {
            if (++i == argc)
                return cli_usage_error("convert: option '%s' needs an argument", arg);
            a->output = argv[i];
        } else if (strncmp(arg, "--output=", 9) == 0) {
            a->output = arg + 9;
        } else {
            return cli_usage_error("convert: unknown option '%s'", arg);
        }
        if (status != CLI_EXIT_OK)
            return status;
    }
    if (!a->input)
        return cli_usage_error("convert: no FILE given");
    if (a->output && a->output[0] == '\0')
        return cli_usage_error("convert: empty output file name");
    if (a->pretty && a->ndjson)
        return cli_usage_error("convert: --pretty cannot be used with --to ndjson");
    return CLI_EXIT_OK;
}

int cmd_convert(int argc, char **argv)
{
    convert_args a = {NULL, NULL, 0, 0};
    int done = 0;
    int status = parse_args(argc, argv, &a, &done);
    if (status != CLI_EXIT_OK || done)
        return status;

    summit_collection *c = NULL;
    if (cli_load(a.input, 0, &c) != SUMMIT_OK)
        return CLI_EXIT_FAIL;

    uint32_t flags = a.ndjson ? SUMMIT_JSON_NDJSON : a.pretty ? SUMMIT_JSON_PRETTY : SUMMIT_JSON_COMPACT;
    char *json = NULL;
    size_t len = 0;
    summit_error err;
    memset(&err, 0, sizeof err);
    if (summit_collection_to_json(c, flags, &json, &len, &err) != SUMMIT_OK) {
        fprintf(stderr, "summit: %s: cannot write JSON: %s\n", cli_input_name(a.input),
                err.message[0] ? err.message : summit_status_string((summit_status)err.code));
        status = CLI_EXIT_FAIL;
    } else if (cli_write_output(a.output, json, len) != 0) {
        status = CLI_EXIT_FAIL;
    }
    summit_free(json);
    summit_collection_free(c);
    return status;
}
