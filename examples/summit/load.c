/* summit — loading one input with its reports and a progress line. */
#define _POSIX_C_SOURCE 200809L

#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "cli.h"

/* Inputs larger than this get a progress line (only on a terminal). */
#define PROGRESS_MIN_BYTES ((size_t)8 << 20)

/* Reports held back to be printed in input order. */
#define HELD_MAX 1024

typedef struct held_report {
    summit_error e;
    int is_warning;
    size_t seq; /* arrival order, to keep the sort stable */
} held_report;

/* State shared by the loader's callbacks during one load. */
typedef struct load_ctx {
    const char *name;
    size_t errors_reported;
    int progress_pct;  /* the percentage on screen, or -1 when no line is drawn */
    size_t line_width; /* columns used by the drawn line */
    /* With report_all, reports are held and printed sorted by position:
     * the loader reports the problems of one record in its own order (its
     * structure first, then its values), a reader wants them line by line.
     * At most HELD_MAX are held, so a file with a million bad records
     * does not hold a million reports. */
    held_report *held;
    size_t held_count;
    size_t seq;
} load_ctx;

const char *cli_input_name(const char *path)
{
    return strcmp(path, "-") == 0 ? "<stdin>" : path;
}

void cli_print_report(FILE *f, const char *name, const summit_error *e, int is_warning)
{
    const char *message = e->message[0] ? e->message : summit_status_string((summit_status)e->code);
    const char *kind = is_warning ? "warning: " : "";

    if (e->line == 0) {
        /* The loader's I/O messages name the file already ("cannot open
         * x.json: ..."): say it once. */
        if (e->code == SUMMIT_ERR_IO && strstr(message, name))
            fprintf(f, "summit: %s\n", message);
        else if (!is_warning && e->pointer[0])
            fprintf(f, "%s: %s: %s\n", name, e->pointer, message);
        else
            fprintf(f, "%s: %s%s\n", name, kind, message);
    } else if (!is_warning && e->pointer[0]) {
        fprintf(f, "%s:%u:%u: %s: %s\n", name, (unsigned)e->line, (unsigned)e->column,
                e->pointer, message);
    } else {
        fprintf(f, "%s:%u:%u: %s%s\n", name, (unsigned)e->line, (unsigned)e->column, kind,
                message);
    }
}

static void clear_progress(load_ctx *ctx)
{
    if (ctx->progress_pct < 0)
        return;
    fprintf(stderr, "\r%*s\r", (int)ctx->line_width, "");
    fflush(stderr);
    ctx->progress_pct = -1;
}

static void on_progress(size_t done, size_t total, void *user)
{
    load_ctx *ctx = user;
    int pct = 100;
    if (total > 0 && done < total)
        pct = (int)((double)done * 100.0 / (double)total);
    if (pct == ctx->progress_pct)
        return;
    int n = fprintf(stderr, "\rloading %s: %d%%", ctx->name, pct);
    fflush(stderr);
    if (n > 1 && (size_t)n - 1 > ctx->line_width)
        ctx->line_width = (size_t)n - 1;
    ctx->progress_pct = pct;
}

static int compare_held(const void *a, const void *b)
{
    const held_report *x = a, *y = b;
    if (x->e.offset != y->e.offset)
        return x->e.offset < y->e.offset ? -1 : 1;
    return x->seq < y->seq ? -1 : x->seq > y->seq;
}

static void flush_held(load_ctx *ctx)
{
    if (ctx->held_count == 0)
        return;
    clear_progress(ctx);
    qsort(ctx->held, ctx->held_count, sizeof *ctx->held, compare_held);
    for (size_t i = 0; i < ctx->held_count; i++)
        cli_print_report(stderr, ctx->name, &ctx->held[i].e, ctx->held[i].is_warning);
    ctx->held_count = 0;
}

static void take_report(load_ctx *ctx, const summit_error *report, int is_warning)
{
    if (ctx->held) {
        if (ctx->held_count == HELD_MAX)
            flush_held(ctx);
        held_report *h = &ctx->held[ctx->held_count++];
        h->e = *report;
        h->is_warning = is_warning;
        h->seq = ctx->seq++;
        return;
    }
    clear_progress(ctx);
    cli_print_report(stderr, ctx->name, report, is_warning);
}

static void on_error(const summit_error *report, void *user)
{
    load_ctx *ctx = user;
    take_report(ctx, report, 0);
    ctx->errors_reported++;
}

static void on_warning(const summit_error *report, void *user)
{
    take_report(user, report, 1);
}


summit_status cli_load(const char *path, int report_all, summit_collection **out)
{
    load_ctx ctx = {cli_input_name(path), 0, -1, 0, NULL, 0, 0};
    summit_load_options opts;
    summit_error err;
    summit_status st;
    size_t size = 0;
    int from_stdin = strcmp(path, "-") == 0;

    *out = NULL;
    memset(&err, 0, sizeof err);
    summit_load_options_init(&opts);
    opts.warning_fn = on_warning;
    opts.warning_user = &ctx;
    if (report_all) {
        opts.error_fn = on_error;
        opts.error_user = &ctx;
        ctx.held = malloc(HELD_MAX * sizeof *ctx.held); /* NULL: print unsorted */
    }

    if (!from_stdin) {
        struct stat sb;
        /* Only for the progress line: the loader itself reports a missing
         * or unreadable file. */
        if (stat(path, &sb) == 0 && S_ISREG(sb.st_mode) && sb.st_size > 0)
            size = (size_t)sb.st_size;
    }
    if (size > PROGRESS_MIN_BYTES && isatty(STDERR_FILENO)) {
        opts.progress_fn = on_progress;
        opts.progress_user = &ctx;
    }

    /* Standard input goes through the loader's own reading too, which stops
     * a junk stream early instead of buffering all of it. */
    st = summit_collection_load_file(from_stdin ? "/dev/stdin" : path, &opts, out, &err);
    flush_held(&ctx);
    clear_progress(&ctx);
    free(ctx.held);

    /* With error_fn every error went through on_error and is printed by
     * now; err repeats the first. Print err only if the loader reported
     * nothing that way (an unreadable file, say). */
    if (st != SUMMIT_OK && ctx.errors_reported == 0) {
        if (err.code == SUMMIT_OK)
            err.code = st;
        cli_print_report(stderr, ctx.name, &err, 0);
    }
    return st;
}
