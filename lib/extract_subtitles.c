/* A subtitle file (SRT, WebVTT or YouTube's SBV) read as its spoken text:
 *
 *   3
 *   00:00:07,000 --> 00:00:10,480
 *   In November 2021 the United Kingdom,
 *   as Chair of the Digital Nations,
 *
 *   4
 *   00:00:10,480 --> 00:00:13,950
 *   hosted the eighth annual ...
 *
 * The cue identifiers and timings go, and so does the blank line between
 * two cues when a sentence runs on across them (the first cue ends in a
 * comma, dash or colon, or the next begins in lower case); elsewhere the
 * blank line stays, so a title cue or "[MUSIC]" stays a paragraph of its
 * own. Formatting and voice tags ("<b>", "</i>", "<v Moderator>") go.
 * WebVTT's header text is a title line, its STYLE and REGION blocks go
 * and its NOTE blocks stay. The text is rebuilt with t->source_line
 * mapping each line back to the file's; its lines, however short, run on
 * into the next (t->flowing). */
#include <stdbool.h>
#include <stdint.h>
#include <string.h>

#include "extract_internal.h"

static bool digit(char c)
{
    return c >= '0' && c <= '9';
}

/* "H:MM:SS.mmm" at s[*k] (YouTube's SBV): *k moves past it. */
static bool sbv_time(const char *s, size_t n, size_t *k)
{
    size_t i = *k;
    while (i < n && digit(s[i]) && i - *k < 2)
        i++;
    if (i == *k || i + 9 > n || s[i] != ':' || !digit(s[i + 1]) || !digit(s[i + 2]) ||
        s[i + 3] != ':' || !digit(s[i + 4]) || !digit(s[i + 5]) || s[i + 6] != '.')
        return false;
    i += 7;
    while (i < n && digit(s[i]))
        i++;
    *k = i;
    return true;
}

bool ex_sbv_timing(const char *s, size_t n)
{
    size_t k = 0;
    return sbv_time(s, n, &k) && k < n && s[k] == ',' && (++k, sbv_time(s, n, &k)) && k == n;
}

/* "00:00:07,000 --> 00:00:10,480" (WebVTT: "00:07.000 --> 00:10.480";
 * SBV: "0:00:07.000,0:00:10.480") */
static bool timing_line(const char *s, size_t n)
{
    if (ex_sbv_timing(s, n))
        return true;
    const char *arrow = NULL;
    for (size_t k = 0; k + 3 <= n && !arrow; k++)
        if (memcmp(s + k, "-->", 3) == 0)
            arrow = s + k;
    return arrow && arrow - s >= 5 && digit(s[0]) && digit(s[1]) && s[2] == ':';
}

/* The text's lines; NULL when out of memory. */
static ex_bytes *split_lines(ex_mem *m, const char *buf, size_t len, size_t *count)
{
    size_t n = 1;
    for (size_t k = 0; k < len; k++)
        n += buf[k] == '\n';
    ex_bytes *ls = ex_malloc(m, n * sizeof *ls);
    if (!ls)
        return NULL;
    size_t at = 0, i = 0;
    do /* (an empty text, or one ending in a line break, has a last empty line) */
        ls[i++] = ex_next_line(buf, len, &at);
    while (at <= len);
    *count = i;
    return ls;
}

/* Does line l open with word w (all of it, or before a space or tab)? */
static bool opens_with(const ex_bytes *l, const char *w)
{
    size_t n = strlen(w);
    return ex_bytes_starts(*l, 0, w) && (l->n == n || l->s[n] == ' ' || l->s[n] == '\t');
}

/* Is it a subtitle file: a WebVTT header, or a timing line among its
 * first five lines, and at least two in all? */
static bool is_subtitles(const ex_bytes *ls, size_t n)
{
    size_t timings = 0, first = SIZE_MAX;
    if (n > 0 && opens_with(&ls[0], "WEBVTT"))
        first = 0;
    for (size_t k = 0; k < n && timings < 2; k++)
        if (timing_line(ls[k].s, ls[k].n)) {
            timings++;
            if (first == SIZE_MAX)
                first = k;
        }
    return timings >= 2 && first < 5;
}

static bool blank_text(const ex_bytes *l)
{
    return ex_bytes_indent(*l) == l->n;
}

/* Does a sentence run on from a cue ending with line a into one
 * starting with line b? */
static bool runs_on(const ex_bytes *a, const ex_bytes *b)
{
    size_t n = a->n;
    while (n && a->s[n - 1] == ' ')
        n--;
    char last = '.';
    if (n)
        last = a->s[n - 1];
    size_t f = 0;
    while (f < b->n && b->s[f] == ' ')
        f++;
    char first = 'A';
    if (f < b->n)
        first = b->s[f];
    return last == ',' || last == '-' || last == ':' || (first >= 'a' && first <= 'z');
}

/* Copies the n bytes of s to out without their tags ("<b>", "</i>",
 * "<v Moderator>"), a tag between two words becoming a space; returns
 * the bytes written (at most n). */
static size_t copy_without_tags(char *out, const char *s, size_t n)
{
    size_t o = 0;
    for (size_t k = 0; k < n; k++) {
        char c = 0;
        if (k + 1 < n)
            c = ex_ascii_lower(s[k + 1]);
        size_t e = k + 1;
        if (s[k] == '<' && ((c >= 'a' && c <= 'z') || c == '/')) {
            while (e < n && s[e] != '>' && e - k < 80)
                e++;
        }
        if (e == k + 1 || e == n || s[e] != '>') {
            out[o++] = s[k];
            continue;
        }
        if (o > 0 && out[o - 1] != ' ' && e + 1 < n && s[e + 1] != ' ')
            out[o++] = ' ';
        k = e;
    }
    return o;
}

bool ex_subtitles(ex_text *t)
{
    size_t n;
    ex_bytes *ls = split_lines(t->mem, t->buf, t->len, &n);
    if (!ls)
        return false;
    if (!is_subtitles(ls, n)) {
        ex_free(t->mem, ls);
        return true;
    }
    char *buf = ex_malloc(t->mem, t->len + 1);
    uint32_t *source = ex_malloc(t->mem, n * sizeof *source);
    if (!buf || !source) {
        ex_free(t->mem, buf);
        ex_free(t->mem, source);
        ex_free(t->mem, ls);
        return false;
    }
    size_t o = 0, lines = 0;
    ex_bytes last_text = { NULL, 0 }; /* the previous cue's last line */
    bool gap = false;                 /* a cue ended since last_text */
    bool skip = false;                /* in a WebVTT header or STYLE block */
    for (size_t k = 0; k < n; k++) {
        ex_bytes one = ls[k];
        const ex_bytes *l = &one;
        /* a cue's identifier: its number, or in WebVTT any line */
        bool cue_start = timing_line(l->s, l->n) ||
                         (k + 1 < n && timing_line(ls[k + 1].s, ls[k + 1].n));
        if (blank_text(l))
            skip = false;
        /* "WEBVTT - Closing press conference": the text after the header
         * word is the file's title; "Kind: captions" lines under it and
         * STYLE and REGION blocks are no text ("NOTE" blocks are: "NOTE
         * Recorded: Thursday 3 November 2022" dates the file) */
        if (k == 0 && opens_with(l, "WEBVTT")) {
            skip = true;
            one.s += 6;
            one.n -= 6;
            while (one.n && (one.s[0] == ' ' || one.s[0] == '\t' || one.s[0] == '-')) {
                one.s++;
                one.n--;
            }
        } else if (opens_with(l, "STYLE") || opens_with(l, "REGION")) {
            skip = true;
        } else if (opens_with(l, "NOTE")) {
            one.s += 4;
            one.n -= 4;
        }
        if (cue_start || blank_text(l) || (skip && k > 0)) {
            gap = gap || last_text.s;
            continue;
        }
        if (last_text.s && gap && !runs_on(&last_text, l)) {
            buf[o++] = '\n'; /* the blank line that ends a paragraph */
            source[lines++] = ex_source_line(t, k);
        }
        if (lines)
            buf[o++] = '\n';
        o += copy_without_tags(buf + o, l->s, l->n);
        source[lines++] = ex_source_line(t, k);
        last_text = *l;
        gap = false;
    }
    buf[o] = '\0';
    ex_free(t->mem, ls);
    ex_text_replace(t, buf, o, source);
    t->flowing = true;
    return true;
}
