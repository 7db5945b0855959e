/* summit validate FILE... — check files and list every problem. */
#include <stdio.h>
#include <string.h>

#include "cli.h"

int cmd_validate(int argc, char **argv)
{
    int files = 0;
    int options_done = 0;

    /* Check the arguments before touching any file. */
    for (int i = 1; i < argc; i++) {
        const char *arg = argv[i];
        if (!options_done && arg[0] == '-' && arg[1] != '\0') {
            if (strcmp(arg, "--") == 0) {
                options_done = 1;
                continue;
            }
            if (strcmp(arg, "-h") == 0 || strcmp(arg, "--help") == 0)
                return cli_command_help("validate");
            return cli_usage_error("validate: unknown option '%s'", arg);
        }
        files++;
    }
    if (files == 0)
        return cli_usage_error("validate: no FILE given");

    int status = CLI_EXIT_OK;
    options_done = 0;
    for (int i = 1; i < argc; i++) {
        const char *arg = argv[i];
        if (!options_done && strcmp(arg, "--") == 0) {
            options_done = 1;
            continue;
        }
        summit_collection *c = NULL;
        if (cli_load(arg, 1, &c) != SUMMIT_OK) {
            status = CLI_EXIT_FAIL;
            continue;
        }
        size_t n = summit_collection_count(c);
        printf("%s: ok (%zu record%s)\n", cli_input_name(arg), n, n == 1 ? "" : "s");
        fflush(stdout); /* keep the order of "ok" lines and problems in a shared log */
        summit_collection_free(c);
    }
    return status;
}
