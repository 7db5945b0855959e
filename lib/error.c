/* Status strings, error reports, and byte offset -> line/column. */
#include "error_internal.h"

#include <stdarg.h>
#include <stdio.h>
#include <string.h>

const char *summit_status_string(summit_status s)
{
    switch (s) {
    case SUMMIT_OK: return "ok";
    case SUMMIT_ERR_IO: return "input/output error";
    case SUMMIT_ERR_SYNTAX: return "syntax error";
    case SUMMIT_ERR_SCHEMA: return "schema error";
    case SUMMIT_ERR_DUPLICATE_ID: return "duplicate id";
    case SUMMIT_ERR_LIMIT: return "limit exceeded";
    case SUMMIT_ERR_NOMEM: return "out of memory";
    case SUMMIT_ERR_ARG: return "invalid argument";
    case SUMMIT_ERR_QUERY: return "query error";
    case SUMMIT_ERR_NOT_FOUND: return "not found";
    }
    return "unknown status";
}

void error_clear(summit_error *err)
{
    if (err)
        memset(err, 0, sizeof *err);
}

void copy_truncated(char *dst, size_t cap, const char *src, size_t len)
{
    if (cap == 0)
        return;
    if (len > cap - 1) {
        len = cap - 1;
        /* Step back over UTF-8 continuation bytes so no character is cut. */
        while (len > 0 && ((unsigned char)src[len] & 0xC0) == 0x80)
            len--;
    }
    memcpy(dst, src, len);
    dst[len] = '\0';
}

/* vsnprintf cuts at a byte count; remove a UTF-8 sequence it cut short. */
static void drop_partial_utf8_tail(char *s)
{
    size_t len = strlen(s), i = len;
    while (i > 0 && ((unsigned char)s[i - 1] & 0xC0) == 0x80)
        i--;
    if (i == 0)
        return;
    unsigned char lead = (unsigned char)s[i - 1];
    size_t want = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 1;
    if ((i - 1) + want > len)
        s[i - 1] = '\0';
}

summit_status error_set(summit_error *err, summit_status code, const char *pointer, const char *fmt, ...)
{
    if (!err)
        return code;
    err->code = code;
    const char *p = pointer ? pointer : "";
    copy_truncated(err->pointer, sizeof err->pointer, p, strlen(p));
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(err->message, sizeof err->message, fmt, ap);
    va_end(ap);
    if (n < 0)
        err->message[0] = '\0';
    else if ((size_t)n >= sizeof err->message)
        drop_partial_utf8_tail(err->message);
    return code;
}

void quote_for_message(char *out, size_t cap, const char *s, size_t len)
{
    enum { SHOWN = 40 };
    size_t o = 0, chars = 0, i = 0;
    if (cap < 8) {
        if (cap)
            out[0] = '\0';
        return;
    }
    out[o++] = '"';
    while (i < len && chars < SHOWN && o + 8 < cap) {
        unsigned char c = (unsigned char)s[i];
        if (c < 0x20 || c == 0x7F) {
            o += (size_t)snprintf(out + o, cap - o, "\\u%04x", c);
            i++;
        } else if (c == '"' || c == '\\') {
            out[o++] = '\\';
            out[o++] = (char)c;
            i++;
        } else {
            /* Copy one whole UTF-8 sequence (or one stray byte). */
            size_t n = 1;
            while (i + n < len && ((unsigned char)s[i + n] & 0xC0) == 0x80 && n < 4)
                n++;
            if (o + n + 5 >= cap)
                break;
            memcpy(out + o, s + i, n);
            o += n;
            i += n;
        }
        chars++;
    }
    if (i < len && o + 4 < cap) {
        memcpy(out + o, "...", 3);
        o += 3;
    }
    out[o++] = '"';
    out[o] = '\0';
}

void position_init(position_finder *pf, const char *buf, size_t len, size_t bom)
{
    pf->buf = buf;
    pf->len = len;
    pf->bom = bom;
    pf->at = bom;
    pf->line_start = bom;
    pf->line = 1;
    pf->column = 1;
}

void position_find(position_finder *pf, size_t offset, uint32_t *line, uint32_t *column)
{
    if (offset > pf->len)
        offset = pf->len;
    if (offset < pf->at) /* rare: an earlier offset; start again */
        position_init(pf, pf->buf, pf->len, pf->bom);
    if (offset < pf->bom)
        offset = pf->bom;
    size_t count_from = pf->at;
    uint32_t col = pf->column;
    for (const char *p = pf->buf + pf->at, *end = pf->buf + offset;;) {
        const char *nl = memchr(p, '\n', (size_t)(end - p));
        if (!nl)
            break;
        pf->line++;
        pf->line_start = (size_t)(nl + 1 - pf->buf);
        count_from = pf->line_start;
        col = 1;
        p = nl + 1;
    }
    /* Count characters from the last lookup when it was on this line, so
     * many reports on one long line do not each rescan it. */
    for (size_t i = count_from; i < offset; i++)
        if (((unsigned char)pf->buf[i] & 0xC0) != 0x80)
            col++;
    pf->at = offset;
    pf->column = col;
    *line = pf->line;
    *column = col;
}
