/* summit show FILE [ID] — records laid out for people. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"

#define WRAP_WIDTH 78   /* prose is wrapped to this many columns */
#define LABEL_WIDTH 14  /* "Participants" and two spaces */
#define LIST_INDENT 2   /* items under a section heading */

static const char *mode_name(int32_t mode)
{
    switch (mode) {
    case SUMMIT_MODE_IN_PERSON: return "in-person";
    case SUMMIT_MODE_VIRTUAL: return "virtual";
    case SUMMIT_MODE_HYBRID: return "hybrid";
    default: return NULL;
    }
}

static const char *role_name(int32_t role)
{
    switch (role) {
    case SUMMIT_ROLE_MEMBER: return "member";
    case SUMMIT_ROLE_CHAIR: return "chair";
    case SUMMIT_ROLE_GUEST: return "guest";
    case SUMMIT_ROLE_OBSERVER: return "observer";
    default: return "?";
    }
}

static const char *document_kind_name(int32_t kind)
{
    switch (kind) {
    case SUMMIT_DOCUMENT_JOINT_STATEMENT: return "joint-statement";
    case SUMMIT_DOCUMENT_CHARTER: return "charter";
    case SUMMIT_DOCUMENT_DECLARATION: return "declaration";
    case SUMMIT_DOCUMENT_FRAMEWORK: return "framework";
    case SUMMIT_DOCUMENT_REPORT: return "report";
    case SUMMIT_DOCUMENT_OTHER: return "other";
    default: return "?";
    }
}

static const char *media_kind_name(int32_t kind)
{
    switch (kind) {
    case SUMMIT_MEDIA_PHOTO: return "photo";
    case SUMMIT_MEDIA_VIDEO: return "video";
    case SUMMIT_MEDIA_DOCUMENT: return "document";
    default: return "?";
    }
}

/* A date in its own precision ("2021", "2021-11", "2021-11-18"); "" when
 * absent. */
static const char *format_date(char buf[40], summit_date d)
{
    if (d.year == 0)
        buf[0] = '\0';
    else if (d.month == 0)
        snprintf(buf, 40, "%04d", (int)d.year);
    else if (d.day == 0)
        snprintf(buf, 40, "%04d-%02d", (int)d.year, (int)d.month);
    else
        snprintf(buf, 40, "%04d-%02d-%02d", (int)d.year, (int)d.month, (int)d.day);
    return buf;
}

/* "London, GB", "GB", or "" when the record has no location; free() it
 * (NULL only when out of memory). */
static char *format_place(const summit_place *p)
{
    if (!p->country)
        return text_format("%s", "");
    if (p->city)
        return text_format("%s, %s", p->city, p->country);
    return text_format("%s", p->country);
}

static size_t count_digits(size_t n)
{
    size_t d = 1;
    while (n >= 10) {
        n /= 10;
        d++;
    }
    return d;
}

/* --- the listing ---------------------------------------------------- */

void cli_print_listing(const cli_listing *l)
{
    size_t n = l->count;
    size_t score_w = strlen("SCORE");
    size_t id_w = strlen("ID"), place_w = strlen("PLACE"), date_w = strlen("DATE");
    char date[40], score[CLI_SCORE_MAX];

    if (n == 0) {
        puts(l->none);
        return;
    }
    for (size_t i = 0; i < n; i++) {
        const summit_record *r = l->record_at(l->from, i);
        size_t w = text_width(r->id);
        if (w > id_w)
            id_w = w;
        char *place = format_place(&r->location);
        w = place ? text_width(place) : 0;
        if (w > place_w)
            place_w = w;
        free(place);
        w = strlen(format_date(date, r->start_date));
        if (w > date_w)
            date_w = w;
        if (l->score_at) {
            w = strlen(l->score_at(l->from, i, score));
            if (w > score_w)
                score_w = w;
        }
    }

    if (l->score_at)
        text_put_padded(stdout, "SCORE", score_w + 2);
    text_put_padded(stdout, "DATE", date_w + 2);
    text_put_padded(stdout, "ID", id_w + 2);
    text_put_padded(stdout, "PLACE", place_w + 2);
    fputs("TITLE\n", stdout);
    for (size_t i = 0; i < n; i++) {
        const summit_record *r = l->record_at(l->from, i);
        const char *title = r->title ? r->title : r->theme ? r->theme : r->series ? r->series : "";
        if (l->score_at) /* numbers right-aligned under the heading */
            printf("%*s  ", (int)score_w, l->score_at(l->from, i, score));
        text_put_padded(stdout, format_date(date, r->start_date), date_w + 2);
        text_put_padded(stdout, r->id, id_w + 2);
        char *place = format_place(&r->location);
        text_put_padded(stdout, place ? place : "", place_w + 2);
        free(place);
        text_put(stdout, title);
        fputc('\n', stdout);
    }
}

static const summit_record *collection_record_at(const void *from, size_t i)
{
    return summit_collection_get(from, i);
}

static void print_listing(const summit_collection *c)
{
    cli_listing l = {c, summit_collection_count(c), collection_record_at, NULL, "(no records)"};
    cli_print_listing(&l);
}

/* --- one record ----------------------------------------------------- */

/* "Label         value", the value wrapped under itself. */
static void print_field(const char *label, const char *value)
{
    if (!value || !*value)
        return;
    text_put_padded(stdout, label, LABEL_WIDTH);
    text_wrap(stdout, value, LABEL_WIDTH, LABEL_WIDTH, WRAP_WIDTH);
}

static void print_heading(const char *title, size_t count)
{
    if (count > 0)
        printf("\n%s (%zu)\n", title, count);
    else
        printf("\n%s\n", title);
}

/* "  12. " and returns the column after it. */
static size_t print_number(size_t i, size_t count)
{
    int digits = (int)count_digits(count);
    printf("%*s%*zu. ", LIST_INDENT, "", digits, i + 1);
    return LIST_INDENT + (size_t)digits + 2;
}

static void print_indented(size_t indent, const char *text)
{
    printf("%*s", (int)indent, "");
    text_wrap(stdout, text, indent, indent, WRAP_WIDTH);
}

static void print_dates(const summit_record *r)
{
    char start[40], end[40];
    format_date(start, r->start_date);
    format_date(end, r->end_date);
    if (end[0] && strcmp(start, end) != 0) {
        char both[100];
        snprintf(both, sizeof both, "%s to %s", start, end);
        print_field("Date", both);
    } else {
        print_field("Date", start);
    }
}

/* "Name, Title (GB)", leaving out what is absent. */
static void print_chair(const summit_chair *ch)
{
    const char *name = ch->name ? ch->name : "";
    const char *sep = ch->name && ch->title ? ", " : "";
    const char *title = ch->title ? ch->title : "";
    char *text;

    if (!ch->country)
        text = text_format("%s%s%s", name, sep, title);
    else if (ch->name || ch->title)
        text = text_format("%s%s%s (%s)", name, sep, title, ch->country);
    else
        text = text_format("%s", ch->country);
    print_field("Chair", text);
    free(text);
}

static void print_participants(const summit_record *r)
{
    size_t name_w = 0;
    if (r->participant_count == 0)
        return;
    for (size_t i = 0; i < r->participant_count; i++) {
        const char *name = r->participants[i].name;
        size_t w = name ? text_width(name) : 0;
        if (w > name_w)
            name_w = w;
    }
    print_heading("Participants", r->participant_count);
    for (size_t i = 0; i < r->participant_count; i++) {
        const summit_participant *p = &r->participants[i];
        printf("%*s", LIST_INDENT, "");
        text_put_padded(stdout, p->country, 4);
        if (name_w > 0)
            text_put_padded(stdout, p->name ? p->name : "", name_w + 2);
        printf("%s\n", role_name(p->role));
    }
}

static void print_strings(const char *title, const char *const *items, size_t count, int numbered)
{
    if (count == 0)
        return;
    print_heading(title, count);
    for (size_t i = 0; i < count; i++) {
        size_t col;
        if (numbered) {
            col = print_number(i, count);
        } else {
            printf("%*s- ", LIST_INDENT, "");
            col = LIST_INDENT + 2;
        }
        text_wrap(stdout, items[i], col, col, WRAP_WIDTH);
    }
}

static void print_documents(const summit_record *r)
{
    char date[40];
    if (r->document_count == 0)
        return;
    print_heading("Documents", r->document_count);
    for (size_t i = 0; i < r->document_count; i++) {
        const summit_document *d = &r->documents[i];
        size_t col = print_number(i, r->document_count);
        text_wrap(stdout, d->title, col, col, WRAP_WIDTH);
        printf("%*s%s", (int)col, "", document_kind_name(d->kind));
        if (d->date.year)
            printf(", %s", format_date(date, d->date));
        fputc('\n', stdout);
        if (d->url)
            print_indented(col, d->url);
    }
}

static void print_media(const summit_record *r)
{
    if (r->media_count == 0)
        return;
    print_heading("Media", r->media_count);
    for (size_t i = 0; i < r->media_count; i++) {
        const summit_media *m = &r->media[i];
        size_t col = print_number(i, r->media_count);
        const char *first = m->file ? m->file : m->url;
        printf("%s: ", media_kind_name(m->kind));
        text_wrap(stdout, first ? first : "", col + strlen(media_kind_name(m->kind)) + 2, col,
                  WRAP_WIDTH);
        if (m->caption)
            print_indented(col, m->caption);
        if (m->file && m->url)
            print_indented(col, m->url);
    }
}

static void print_summary(const summit_record *r)
{
    if (r->summary_count == 0)
        return;
    print_heading("Summary", 0);
    for (size_t i = 0; i < r->summary_count; i++) {
        if (i > 0)
            fputc('\n', stdout);
        print_indented(LIST_INDENT, r->summary[i]);
    }
}

static void print_sources(const summit_record *r)
{
    char date[40];
    if (r->source_count == 0)
        return;
    print_heading("Sources", r->source_count);
    for (size_t i = 0; i < r->source_count; i++) {
        const summit_source *s = &r->sources[i];
        size_t col = print_number(i, r->source_count);
        if (s->title) {
            text_wrap(stdout, s->title, col, col, WRAP_WIDTH);
            print_indented(col, s->url);
        } else {
            text_wrap(stdout, s->url, col, col, WRAP_WIDTH);
        }
        if (s->retrieved.year)
            printf("%*sretrieved %s\n", (int)col, "", format_date(date, s->retrieved));
    }
}

static void newline_indent(int depth)
{
    printf("\n%*s", LIST_INDENT + 2 * depth, "");
}

/* Lays out compact JSON text (as extra_json is) with one member a line.
 * Strings go through text_put() (the JSON text has its control characters
 * escaped already; C1 controls and bidi overrides are not). */
static void print_json_indented(const char *json)
{
    int depth = 0;
    const char *p = json;

    printf("%*s", LIST_INDENT, "");
    while (*p) {
        char c = *p;
        if (c == '"') {
            const char *q = p + 1;
            while (*q && *q != '"')
                q += (*q == '\\' && q[1]) ? 2 : 1;
            if (*q)
                q++;
            text_put_n(stdout, p, (size_t)(q - p));
            p = q;
            continue;
        }
        if (c == '{' || c == '[') {
            char close = c == '{' ? '}' : ']';
            const char *q = p + 1;
            while (*q == ' ' || *q == '\n' || *q == '\t' || *q == '\r')
                q++;
            if (*q == close) { /* {} and [] stay on one line */
                printf("%c%c", c, close);
                p = q + 1;
                continue;
            }
            fputc(c, stdout);
            newline_indent(++depth);
        } else if (c == '}' || c == ']') {
            newline_indent(--depth);
            fputc(c, stdout);
        } else if (c == ',') {
            fputc(',', stdout);
            newline_indent(depth);
        } else if (c == ':') {
            fputs(": ", stdout);
        } else if (c != ' ' && c != '\n' && c != '\t' && c != '\r') {
            fputc(c, stdout);
        }
        p++;
    }
    fputc('\n', stdout);
}

static void print_record(const summit_record *r)
{
    char edition[32];

    edition[0] = '\0';
    if (r->edition > 0)
        snprintf(edition, sizeof edition, "%d", (int)r->edition);

    print_field("ID", r->id);
    print_field("Series", r->series);
    print_field("Group", r->group);
    print_field("Edition", edition);
    print_field("Title", r->title);
    print_field("Theme", r->theme);
    print_dates(r);
    print_field("Mode", mode_name(r->mode));
    char *place = format_place(&r->location);
    print_field("Place", place);
    free(place);
    print_chair(&r->chair);
    print_participants(r);
    print_strings("Topics", r->topics, r->topic_count, 0);
    print_strings("Commitments", r->commitments, r->commitment_count, 1);
    print_documents(r);
    print_media(r);
    print_summary(r);
    print_sources(r);
    if (r->extra_json) {
        print_heading("Extra", 0);
        print_json_indented(r->extra_json);
    }
}

/* --- the command ---------------------------------------------------- */

int cmd_show(int argc, char **argv)
{
    const char *args[2] = {NULL, NULL};
    int nargs = 0;
    int options_done = 0;

    for (int i = 1; i < argc; i++) {
        const char *arg = argv[i];
        if (!options_done && arg[0] == '-' && arg[1] != '\0') {
            if (strcmp(arg, "--") == 0) {
                options_done = 1;
                continue;
            }
            if (strcmp(arg, "-h") == 0 || strcmp(arg, "--help") == 0)
                return cli_command_help("show");
            return cli_usage_error("show: unknown option '%s'", arg);
        }
        if (nargs == 2)
            return cli_usage_error("show: unexpected argument '%s'", arg);
        args[nargs++] = arg;
    }
    if (nargs == 0)
        return cli_usage_error("show: no FILE given");

    summit_collection *c = NULL;
    if (cli_load(args[0], 0, &c) != SUMMIT_OK)
        return CLI_EXIT_FAIL;

    int status = CLI_EXIT_OK;
    if (!args[1]) {
        print_listing(c);
    } else {
        const summit_record *r = summit_collection_find(c, args[1]);
        if (r) {
            print_record(r);
        } else {
            fprintf(stderr, "summit: %s: no record with id \"", cli_input_name(args[0]));
            text_put(stderr, args[1]);
            fputs("\"\n", stderr);
            status = CLI_EXIT_FAIL;
        }
    }
    summit_collection_free(c);
    return status;
}
