/* summit — text output for people: safe on a terminal, aligned by display
 * width (a CJK character takes two columns, a combining mark none). */
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

#include <utf8proc.h>

#include "cli.h"

/* Characters that must not reach a terminal as they are: C0 controls, DEL
 * and C1 controls (escape sequences), and the bidirectional overrides and
 * isolates, which reorder what is shown ("Trojan Source"). */
static int is_unsafe(utf8proc_int32_t cp)
{
    return cp < 0x20 || (cp >= 0x7f && cp < 0xa0) || (cp >= 0x202a && cp <= 0x202e) ||
           (cp >= 0x2066 && cp <= 0x2069);
}

/* Prints (when f is not NULL) the n bytes at s; returns the columns used. */
static size_t put_n(FILE *f, const char *s, size_t n)
{
    const utf8proc_uint8_t *p = (const utf8proc_uint8_t *)s;
    size_t width = 0;

    while (n > 0) {
        utf8proc_int32_t cp;
        utf8proc_ssize_t len = utf8proc_iterate(p, (utf8proc_ssize_t)n, &cp);
        if (len <= 0) { /* not UTF-8 (the loader refuses it; be safe anyway) */
            if (f)
                fprintf(f, "\\x%02X", (unsigned)*p);
            width += 4;
            len = 1;
        } else if (is_unsafe(cp)) {
            if (f) {
                if (cp < 0x80)
                    fprintf(f, "\\x%02X", (unsigned)cp);
                else
                    fprintf(f, "\\u%04X", (unsigned)cp);
            }
            width += cp < 0x80 ? 4 : 6;
        } else {
            if (f)
                fwrite(p, 1, (size_t)len, f);
            width += (size_t)utf8proc_charwidth(cp);
        }
        p += len;
        n -= (size_t)len;
    }
    return width;
}

char *text_format(const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(NULL, 0, fmt, ap);
    va_end(ap);
    if (n < 0)
        return NULL;
    char *buf = malloc((size_t)n + 1);
    if (!buf)
        return NULL;
    va_start(ap, fmt);
    vsnprintf(buf, (size_t)n + 1, fmt, ap);
    va_end(ap);
    return buf;
}

void text_put_n(FILE *f, const char *s, size_t n)
{
    put_n(f, s, n);
}

void text_put(FILE *f, const char *s)
{
    put_n(f, s, strlen(s));
}

size_t text_width(const char *s)
{
    return put_n(NULL, s, strlen(s));
}

void text_put_padded(FILE *f, const char *s, size_t width)
{
    for (size_t used = put_n(f, s, strlen(s)); used < width; used++)
        fputc(' ', f);
}

static int is_blank(char c)
{
    return c == ' ' || c == '\t' || c == '\r';
}

void text_wrap(FILE *f, const char *s, size_t col, size_t indent, size_t width)
{
    int line_empty = 1;  /* no word on the current line yet */
    int need_indent = 0; /* a new line was started; indent before its first word */

    while (*s) {
        if (*s == '\n') {
            fputc('\n', f);
            col = indent;
            line_empty = 1;
            need_indent = 1;
            s++;
            continue;
        }
        if (is_blank(*s)) {
            s++;
            continue;
        }
        size_t n = 0;
        while (s[n] && s[n] != '\n' && !is_blank(s[n]))
            n++;
        size_t w = put_n(NULL, s, n);
        if (!line_empty && col + 1 + w > width) {
            fputc('\n', f);
            col = indent;
            line_empty = 1;
            need_indent = 1;
        }
        if (need_indent) {
            fprintf(f, "%*s", (int)indent, "");
            need_indent = 0;
        }
        if (!line_empty) {
            fputc(' ', f);
            col++;
        }
        col += put_n(f, s, n);
        line_empty = 0;
        s += n;
    }
    fputc('\n', f);
}
