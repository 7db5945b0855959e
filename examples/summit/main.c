/* summit — command dispatch, usage and help. */
#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include "cli.h"

static const char short_usage[] =
    "usage: summit validate FILE...\n"
    "       summit show FILE [ID]\n"
    "       summit convert FILE [--to json|ndjson] [--pretty] [-o OUT]\n"
    "       summit search FILE QUERY [--limit N] [--format FORMAT] [--count]\n"
    "       summit extract FILE... [--to json|ndjson] [--explain] [--source-url URL]\n"
    "                      [--reference-date YYYY-MM-DD]\n"
    "       summit help [COMMAND] | --help | --version\n";

static const char full_help[] =
    "usage: summit COMMAND [ARGS]\n"
    "\n"
    "Load, validate, search and write records of intergovernmental summits\n"
    "(schema \"summit record v1\").\n"
    "\n"
    "Commands:\n"
    "  validate FILE...   check files against the schema; list every problem\n"
    "  show FILE [ID]     list the records, or show the record ID in full\n"
    "  convert FILE [--to json|ndjson] [--pretty] [-o OUT]\n"
    "                     write the records as canonical JSON\n"
    "  search FILE QUERY [--limit N] [--format table|ids|json|ndjson] [--count]\n"
    "                     the records that match QUERY, best first\n"
    "  extract FILE... [--to json|ndjson] [--explain] [--source-url URL]\n"
    "          [--reference-date YYYY-MM-DD]\n"
    "                     summit records from the text of press releases and pages\n"
    "  help [COMMAND]     show this help, or the help of COMMAND\n"
    "\n"
    "A FILE holds one record, an array of records, a collection object or\n"
    "NDJSON (one record a line); - reads standard input.\n"
    "\n"
    "Options:\n"
    "  -h, --help         show this help and exit\n"
    "      --version      print the version and exit\n"
    "\n"
    "Exit status: 0 success, 1 invalid input or an I/O error, 2 a usage error.\n";

static const char validate_help[] =
    "usage: summit validate FILE...\n"
    "\n"
    "Checks each FILE (- for standard input) against the summit record schema.\n"
    "Every problem is printed on stderr, one a line, as\n"
    "  FILE:LINE:COLUMN: POINTER: MESSAGE\n"
    "and each valid file as \"FILE: ok (N records)\" on stdout.\n"
    "\n"
    "Exit status: 0 when every file is valid, 1 otherwise, 2 a usage error.\n";

static const char show_help[] =
    "usage: summit show FILE [ID]\n"
    "\n"
    "Without ID, lists the records of FILE (- for standard input), one a line:\n"
    "date, id, place and title (or theme). With ID, shows every field of that\n"
    "record.\n"
    "\n"
    "Exit status: 0 success, 1 invalid input or no record ID, 2 a usage error.\n";

static const char convert_help[] =
    "usage: summit convert FILE [--to json|ndjson] [--pretty] [-o OUT]\n"
    "\n"
    "Writes the records of FILE (- for standard input) as canonical JSON.\n"
    "\n"
    "Options:\n"
    "  --to json      a collection object {\"schema\": ..., \"records\": [...]}\n"
    "                 (the default)\n"
    "  --to ndjson    one compact record a line\n"
    "  --pretty       indent the JSON (not with --to ndjson)\n"
    "  -o, --output OUT\n"
    "                 write to OUT instead of standard output; OUT is replaced\n"
    "                 only once the whole output is safely written\n"
    "\n"
    "Exit status: 0 success, 1 invalid input or an I/O error, 2 a usage error.\n";

static const char search_help[] =
    "usage: summit search FILE QUERY [--limit N] [--format table|ids|json|ndjson]\n"
    "                                [--count]\n"
    "\n"
    "Prints the records of FILE (- for standard input) that match QUERY, best\n"
    "first: ranked by BM25 relevance to the words of QUERY; equal scores, and\n"
    "queries of filters only, in chronological order.\n"
    "\n"
    "QUERY is one argument (quote it):\n"
    "  digital identity      records with both words (AND is the same)\n"
    "  data OR privacy       either; parentheses group: (data OR privacy) code\n"
    "  -code, NOT code       without the word\n"
    "  \"open markets\"        the words one after the other\n"
    "  cod*                  words that start with cod\n"
    "  country:KR            a participant, by code or name:\n"
    "                        country:\"Republic of Korea\"\n"
    "  host:EE               held in that country\n"
    "  year:2018  year:2015..2020  year:2015..  year:..2000\n"
    "  mode:virtual          in-person, virtual or hybrid\n"
    "  id:X  topic:X  series:X  group:X  title:X  theme:X\n"
    "Words ignore case and accents. The empty QUERY \"\" matches every record.\n"
    "A QUERY that starts with - comes after --: summit search FILE -- -code\n"
    "\n"
    "Options:\n"
    "  --limit N      at most N records (default 10; 0 = all)\n"
    "  --format F     how to print the records:\n"
    "                   table   score, date, id, place and title, aligned (the\n"
    "                           default); the score is \"-\" for a record that\n"
    "                           matched no scored word (filters only); a last\n"
    "                           line tells when --limit left matches out\n"
    "                   ids     one id a line\n"
    "                   json    a compact collection object\n"
    "                           {\"schema\": ..., \"records\": [...]}\n"
    "                   ndjson  one compact record a line\n"
    "  --count        print only the number of matching records (all of them,\n"
    "                 whatever --limit says)\n"
    "\n"
    "A bad QUERY is reported on stderr as \"query:COLUMN: MESSAGE\".\n"
    "\n"
    "Exit status: 0 success (also when nothing matches), 1 invalid input or a\n"
    "bad QUERY, 2 a usage error.\n";

static const char extract_help[] =
    "usage: summit extract FILE... [--to json|ndjson] [--explain] [--source-url URL]\n"
    "                              [--reference-date YYYY-MM-DD]\n"
    "\n"
    "Reads the text of each FILE (- for standard input): a press release, a news\n"
    "item or a list page of several summits, and prints the summit records the\n"
    "text supports as canonical JSON: one record as a record object, several as\n"
    "a collection object. Only what the text states is extracted (dates, place,\n"
    "mode, chair, participants, theme, topics, commitments, documents, media,\n"
    "title); a field the text does not support is left out.\n"
    "\n"
    "Options:\n"
    "  --to json          pretty JSON (the default)\n"
    "  --to ndjson        one compact record a line\n"
    "  --explain          on stderr, for every field: FILE:LINE: POINTER = VALUE\n"
    "                     and, indented below, the sentence or line it came from;\n"
    "                     \"note:\" lines tell of rejected date candidates\n"
    "  --source-url URL   put URL into every record's sources\n"
    "  --reference-date YYYY-MM-DD\n"
    "                     the year of dates written without one, and the day\n"
    "                     \"today\" means (default: taken from the text)\n"
    "\n"
    "A FILE with no summit in it is reported as \"FILE: no summit found: ...\".\n"
    "\n"
    "Exit status: 0 success, 1 no summit found, invalid input or an I/O error,\n"
    "2 a usage error.\n";

int cli_usage_error(const char *fmt, ...)
{
    va_list ap;
    fputs("summit: ", stderr);
    va_start(ap, fmt);
    vfprintf(stderr, fmt, ap);
    va_end(ap);
    fputc('\n', stderr);
    fputs(short_usage, stderr);
    return CLI_EXIT_USAGE;
}

int cli_command_help(const char *command)
{
    const char *text = full_help;
    if (strcmp(command, "validate") == 0)
        text = validate_help;
    else if (strcmp(command, "show") == 0)
        text = show_help;
    else if (strcmp(command, "convert") == 0)
        text = convert_help;
    else if (strcmp(command, "search") == 0)
        text = search_help;
    else if (strcmp(command, "extract") == 0)
        text = extract_help;
    fputs(text, stdout);
    return CLI_EXIT_OK;
}

static int is_help_option(const char *arg)
{
    return strcmp(arg, "-h") == 0 || strcmp(arg, "--help") == 0;
}

static int cmd_help(int argc, char **argv)
{
    if (argc > 2)
        return cli_usage_error("help: too many arguments");
    if (argc == 2) {
        if (strcmp(argv[1], "validate") != 0 && strcmp(argv[1], "show") != 0 &&
            strcmp(argv[1], "convert") != 0 && strcmp(argv[1], "search") != 0 &&
            strcmp(argv[1], "extract") != 0 &&
            strcmp(argv[1], "help") != 0)
            return cli_usage_error("help: unknown command '%s'", argv[1]);
        return cli_command_help(argv[1]);
    }
    return cli_command_help("");
}

/* Output to stdout is buffered: a full disk or a closed pipe shows only
 * when it is flushed, and must not end in a silent success. */
static int finish_stdout(int status)
{
    if (fflush(stdout) != 0 || ferror(stdout)) {
        fprintf(stderr, "summit: error writing to standard output: %s\n", strerror(errno));
        return status == CLI_EXIT_OK ? CLI_EXIT_FAIL : status;
    }
    return status;
}

static int dispatch(int argc, char **argv)
{
    if (argc < 2)
        return cli_usage_error("no command given");

    const char *command = argv[1];
    if (is_help_option(command))
        return cli_command_help("");
    if (strcmp(command, "--version") == 0) {
        printf("summit %s\n", summit_version());
        return CLI_EXIT_OK;
    }
    if (command[0] == '-' && command[1] != '\0')
        return cli_usage_error("unknown option '%s'", command);

    if (strcmp(command, "validate") == 0)
        return cmd_validate(argc - 1, argv + 1);
    if (strcmp(command, "show") == 0)
        return cmd_show(argc - 1, argv + 1);
    if (strcmp(command, "convert") == 0)
        return cmd_convert(argc - 1, argv + 1);
    if (strcmp(command, "search") == 0)
        return cmd_search(argc - 1, argv + 1);
    if (strcmp(command, "extract") == 0)
        return cmd_extract(argc - 1, argv + 1);
    if (strcmp(command, "help") == 0)
        return cmd_help(argc - 1, argv + 1);
    return cli_usage_error("unknown command '%s'", command);
}

int main(int argc, char **argv)
{
    return finish_stdout(dispatch(argc, argv));
}
