/* A raw e-mail message (RFC 5322 with MIME) read as the mail a person sees:
 *
 *   Subject: =?UTF-8?Q?Notes_from_Lisbon_=E2=80=93_...?=     Subject: Notes from Lisbon – ...
 *   Content-Type: multipart/alternative; boundary="b"         From: ...
 *                                                        ->
 *   --b                                                       Back from Lisbon, so here are my
 *   Content-Type: text/plain; charset="utf-8"                 notes from the Digital Nations
 *   Content-Transfer-Encoding: quoted-printable               week before they go stale.
 *
 *   Back from Lisbon, so here are my notes from the Digital =
 *   Nations week before they go stale.
 *   --b
 *   Content-Type: text/html ...  (the same message again)
 *
 * The headers a reader sees (From, To, Cc, Date, Subject) are kept, their
 * encoded words decoded; routing and MIME headers go. Of the body's parts
 * the first plain-text part is read (else the first HTML part): the
 * others of a multipart/alternative message say the same again, and an
 * attachment is not the message. Quoted-printable and base64 are decoded,
 * Latin-1 becomes UTF-8, and bytes that are not UTF-8 become '?'.
 *
 * This runs on the input before it is normalised, and writes a new text
 * with a map from its lines to the input's. */
#include <stdbool.h>
#include <stdint.h>
#include <string.h>

#include "extract_internal.h"
#include "hex.h"

/* --- lines and headers ---------------------------------------------------- */

/* The end of the line starting at a (its '\n' or '\r', or len). */
static size_t line_end(const char *s, size_t len, size_t a)
{
    while (a < len && s[a] != '\n' && s[a] != '\r')
        a++;
    return a;
}

/* The start of the line after the one ending at b ("\r\n", "\r" or "\n"). */
static size_t next_line(const char *s, size_t len, size_t b)
{
    if (b < len && s[b] == '\r')
        return b + 1 < len && s[b + 1] == '\n' ? b + 2 : b + 1;
    return b < len && s[b] == '\n' ? b + 1 : b;
}

/* Where the name of a header line s[a, b) ends (its ':'), or 0. */
static size_t header_name_end(const char *s, size_t a, size_t b)
{
    size_t k = a;
    while (k < b && ((s[k] >= 'a' && s[k] <= 'z') || (s[k] >= 'A' && s[k] <= 'Z') ||
                     (s[k] >= '0' && s[k] <= '9') || s[k] == '-'))
        k++;
    return k > a && k < b && s[k] == ':' ? k : 0;
}

static bool is_name(const char *s, size_t a, size_t k, const char *name)
{
    return k - a == strlen(name) && ex_starts_nocase(s + a, k - a, name);
}

/* Does s[a, b) contain the word w (ASCII, any case)? */
static bool has_nocase(const char *s, size_t a, size_t b, const char *w)
{
    size_t n = strlen(w);
    for (size_t k = a; k + n <= b; k++)
        if (ex_starts_nocase(s + k, n, w))
            return true;
    return false;
}

/* A header block: its content type, transfer encoding, charset and
 * boundary, as offsets into the text (the boundary's [boundary,
 * boundary_end), empty when none). */
typedef struct part_head {
    bool multipart, html, text, attachment, quoted_printable, base64, latin1;
    size_t boundary, boundary_end;
    size_t body; /* where the body starts, after the blank line */
} part_head;

/* Reads the header block at a, up to its blank line. Returns false when
 * the block is no header block, or has no blank line after it. */
static bool read_head(const char *s, size_t len, size_t a, part_head *h)
{
    memset(h, 0, sizeof *h);
    h->text = true; /* (a part without a Content-Type is plain text) */
    while (a < len) {
        size_t b = line_end(s, len, a);
        if (b == a) {
            h->body = next_line(s, len, b);
            return true;
        }
        size_t k = header_name_end(s, a, b);
        bool folded = s[a] == ' ' || s[a] == '\t';
        if (!k && !folded)
            return false;
        /* a header and its folded lines */
        size_t end = b, next = next_line(s, len, b);
        while (next < len && (s[next] == ' ' || s[next] == '\t')) {
            end = line_end(s, len, next);
            next = next_line(s, len, end);
        }
        if (k && is_name(s, a, k, "content-type")) {
            h->multipart = has_nocase(s, k, end, "multipart/");
            h->html = has_nocase(s, k, end, "text/html");
            h->text = has_nocase(s, k, end, "text/plain") || h->html ||
                      !has_nocase(s, k, end, "/");
            h->latin1 = has_nocase(s, k, end, "iso-8859-1") || has_nocase(s, k, end, "latin1") ||
                        has_nocase(s, k, end, "windows-1252");
            for (size_t q = k; q + 9 <= end; q++)
                if (ex_starts_nocase(s + q, 9, "boundary=")) {
                    size_t v = q + 9, e;
                    if (v < end && s[v] == '"') {
                        v++;
                        for (e = v; e < end && s[e] != '"'; e++)
                            ;
                    } else {
                        for (e = v; e < end && s[e] != ';' && s[e] != ' ' && s[e] != '\r' &&
                                    s[e] != '\n';
                             e++)
                            ;
                    }
                    if (e > v && e - v <= 70) {
                        h->boundary = v;
                        h->boundary_end = e;
                    }
                    break;
                }
        } else if (k && is_name(s, a, k, "content-transfer-encoding")) {
            h->quoted_printable = has_nocase(s, k, end, "quoted-printable");
            h->base64 = has_nocase(s, k, end, "base64");
        } else if (k && is_name(s, a, k, "content-disposition")) {
            h->attachment = has_nocase(s, k, end, "attachment");
        }
        a = next;
    }
    return false;
}

bool ex_is_mime(const char *s, size_t len)
{
    /* a header block at the very top, with MIME's own headers in it: a
     * message as a mail client saves it (an "e-mail" page pasted as text
     * has no Content-Transfer-Encoding, and needs no decoding) */
    size_t a = 0, headers = 0;
    bool mime = false;
    while (a < len && headers < 200) {
        size_t b = line_end(s, len, a);
        if (b == a)
            break;
        size_t k = header_name_end(s, a, b);
        if (!k && s[a] != ' ' && s[a] != '\t')
            return false;
        if (k) {
            headers++;
            mime = mime || is_name(s, a, k, "mime-version") ||
                   is_name(s, a, k, "content-transfer-encoding");
        }
        a = next_line(s, len, b);
    }
    return mime && headers >= 3;
}

/* --- the writer ------------------------------------------------------------ */

typedef struct writer {
    char *out;
    size_t o, cap;
    uint32_t *source; /* per line written, the input's line */
    size_t lines, source_cap;
    bool line_open;   /* a line has been started and has its source */
} writer;

static void put(writer *w, unsigned char c, uint32_t src)
{
    if (w->o + 2 >= w->cap)
        return; /* (cannot happen: cap is twice the input) */
    if (!w->line_open && w->lines < w->source_cap) {
        w->source[w->lines++] = src;
        w->line_open = true;
    }
    w->out[w->o++] = (char)c;
    if (c == '\n')
        w->line_open = false;
}

/* A decoded byte in the part's charset: Latin-1 as UTF-8, a line break as
 * '\n' ("\r\n" is one). */
static void put_text(writer *w, unsigned char c, uint32_t src, bool latin1, bool *cr)
{
    if (c == '\n' && *cr) {
        *cr = false;
        return;
    }
    *cr = c == '\r';
    if (c == '\r')
        c = '\n';
    if (latin1 && c >= 0x80) {
        put(w, (unsigned char)(0xC0 | (c >> 6)), src);
        put(w, (unsigned char)(0x80 | (c & 0x3F)), src);
    } else {
        put(w, c, src);
    }
}

static int base64_value(char c)
{
    if (c >= 'A' && c <= 'Z')
        return c - 'A';
    if (c >= 'a' && c <= 'z')
        return c - 'a' + 26;
    if (c >= '0' && c <= '9')
        return c - '0' + 52;
    if (c == '+')
        return 62;
    if (c == '/')
        return 63;
    return -1;
}

/* A base64 character decoded: its bits go on the stock, a byte is written
 * when eight are there (anything else, line breaks included, is skipped). */
typedef struct base64_stock {
    uint32_t bits;
    int n;
} base64_stock;

static void put_base64(writer *w, base64_stock *st, char c, uint32_t src, bool latin1, bool *cr)
{
    int x = base64_value(c);
    if (x < 0)
        return;
    st->bits = (st->bits << 6) | (uint32_t)x;
    st->n += 6;
    if (st->n >= 8) {
        st->n -= 8;
        put_text(w, (unsigned char)((st->bits >> st->n) & 0xFF), src, latin1, cr);
    }
}

/* --- headers' encoded words ------------------------------------------------ */

/* Where the encoded word at s[a, b) ends ("=?UTF-8?Q?Notes_from?=",
 * "=?utf-8?B?...?="), or a when there is none there. (RFC 2047 allows 75
 * bytes; mailers write longer ones, but not past 200: so that a header
 * of unfinished words is not read to its end from each.) */
static size_t word_end(const char *s, size_t a, size_t b)
{
    if (a + 2 >= b || s[a] != '=' || s[a + 1] != '?')
        return a;
    if (b > a + 200)
        b = a + 200;
    size_t q = a + 2;
    while (q < b && s[q] != '?')
        q++;
    if (q + 3 >= b || s[q + 2] != '?' || !strchr("QqBb", s[q + 1]))
        return a;
    size_t e = q + 3;
    while (e + 1 < b && !(s[e] == '?' && s[e + 1] == '='))
        e++;
    return e + 1 < b ? e + 2 : a;
}

/* Writes the encoded word s[a, e) decoded. */
static void decode_word(writer *w, const char *s, size_t a, size_t e, uint32_t src)
{
    size_t q = a + 2;
    while (s[q] != '?')
        q++;
    bool latin1 = has_nocase(s, a + 2, q, "iso-8859-1") || has_nocase(s, a + 2, q, "windows-1252");
    bool quoted = s[q + 1] == 'Q' || s[q + 1] == 'q', cr = false;
    base64_stock st = { 0, 0 };
    int hi, lo;
    for (size_t k = q + 3; k < e - 2; k++) {
        if (!quoted)
            put_base64(w, &st, s[k], src, latin1, &cr);
        else if (s[k] == '_') {
            put_text(w, ' ', src, latin1, &cr);
        } else if (s[k] == '=' && k + 2 < e - 2 && (hi = hex_value(s[k + 1])) >= 0 &&
                   (lo = hex_value(s[k + 2])) >= 0) {
            put_text(w, (unsigned char)(hi * 16 + lo), src, latin1, &cr);
            k += 2;
        } else {
            put_text(w, (unsigned char)s[k], src, latin1, &cr);
        }
    }
}

/* Writes s[a, b) (a header line, or a folded line of one), its encoded
 * words decoded; *word says whether the last thing written was one (the
 * white space between two encoded words goes). */
static void write_value(writer *w, const char *s, size_t a, size_t b, uint32_t src, bool *word)
{
    for (size_t p = a; p < b;) {
        size_t q = p;
        while (q < b && (s[q] == ' ' || s[q] == '\t'))
            q++;
        size_t e = word_end(s, q, b);
        if (e > q) {
            for (; !*word && p < q; p++)
                put(w, (unsigned char)s[p], src);
            decode_word(w, s, q, e, src);
            *word = true;
            p = e;
            continue;
        }
        for (; p < b && (p < q || (s[p] != ' ' && s[p] != '\t')); p++)
            put(w, (unsigned char)s[p], src);
        if (q < b)
            *word = false;
    }
}

/* The headers a reader of the mail sees. */
static bool shown_header(const char *s, size_t a, size_t k)
{
    static const char *const shown[] = { "from", "to", "cc", "date", "subject", "sent",
                                         "organization", "reply-to", NULL };
    for (size_t q = 0; shown[q]; q++)
        if (is_name(s, a, k, shown[q]))
            return true;
    return false;
}

/* Writes the shown headers of the top block, each on one line. */
static void write_headers(writer *w, const char *s, size_t len, size_t a, uint32_t *line)
{
    while (a < len) {
        size_t b = line_end(s, len, a);
        if (b == a)
            return;
        size_t k = header_name_end(s, a, b);
        bool show = k && shown_header(s, a, k), word = false;
        uint32_t src = *line;
        if (show)
            write_value(w, s, a, b, src, &word);
        a = next_line(s, len, b);
        (*line)++;
        /* a folded line goes on the same line */
        while (a < len && (s[a] == ' ' || s[a] == '\t')) {
            b = line_end(s, len, a);
            if (show)
                write_value(w, s, a, b, *line, &word);
            a = next_line(s, len, b);
            (*line)++;
        }
        if (show)
            put(w, '\n', src);
    }
}

/* --- the body --------------------------------------------------------------- */

/* The line number of offset `at`, counting from offset `from` at line
 * `line`. */
static uint32_t line_at(const char *s, size_t from, size_t at, uint32_t line)
{
    for (size_t k = from; k < at; k++)
        if (s[k] == '\n' || (s[k] == '\r' && (k + 1 >= at || s[k + 1] != '\n')))
            line++;
    return line;
}

/* Writes the body s[a, b), starting on input line `line`, decoded. */
static void write_body(writer *w, const char *s, size_t a, size_t b, uint32_t line,
                       const part_head *h)
{
    bool cr = false;
    if (h->base64) {
        base64_stock st = { 0, 0 };
        for (size_t k = a; k < b; k++) {
            line += s[k] == '\n' || (s[k] == '\r' && (k + 1 >= b || s[k + 1] != '\n'));
            put_base64(w, &st, s[k], line, h->latin1, &cr);
        }
        return;
    }
    for (size_t k = a; k < b; k++) {
        unsigned char c = (unsigned char)s[k];
        if (c == '\n' || (c == '\r' && (k + 1 >= b || s[k + 1] != '\n'))) {
            put(w, '\n', line);
            line++;
            continue;
        }
        if (c == '\r')
            continue;
        int hi, lo;
        if (h->quoted_printable && c == '=') {
            /* a soft line break: "=" (and any blanks) before the line's end */
            size_t e = k + 1;
            while (e < b && (s[e] == ' ' || s[e] == '\t'))
                e++;
            if (e >= b || s[e] == '\n' || s[e] == '\r') {
                k = next_line(s, b, e) - 1;
                line++;
                continue;
            }
            if (k + 2 < b && (hi = hex_value(s[k + 1])) >= 0 && (lo = hex_value(s[k + 2])) >= 0) {
                put_text(w, (unsigned char)(hi * 16 + lo), line, h->latin1, &cr);
                k += 2;
                continue;
            }
        }
        put_text(w, c, line, h->latin1, &cr);
    }
}

/* Is the line at s[a, b) the boundary line "--boundary" (or its closing
 * "--boundary--")? */
static bool boundary_line(const char *s, size_t a, size_t b, const char *bd, size_t n)
{
    return b - a >= n + 2 && s[a] == '-' && s[a + 1] == '-' && memcmp(s + a + 2, bd, n) == 0;
}

/* The part to read in the multipart body s[a, b) with boundary bd: the
 * first plain-text part, else the first HTML part, looking into nested
 * multiparts (found: *head and its body's end *end). */
static bool choose_part(const char *s, size_t a, size_t b, const char *bd, size_t n, int depth,
                        part_head *head, size_t *end, bool want_html)
{
    size_t p = a;
    size_t part = SIZE_MAX; /* the start of the current part's head */
    while (p <= b) {
        size_t e = p < b ? line_end(s, b, p) : b;
        bool at_boundary = p < b && boundary_line(s, p, e, bd, n);
        if ((at_boundary || p >= b) && part != SIZE_MAX) {
            part_head h;
            if (read_head(s, p, part, &h) && h.body <= p && !h.attachment) {
                size_t body_end = p;
                /* (the line break before the boundary is the boundary's) */
                if (body_end > h.body && s[body_end - 1] == '\n')
                    body_end--;
                if (body_end > h.body && s[body_end - 1] == '\r')
                    body_end--;
                if (h.multipart && h.boundary_end > h.boundary && depth < 4) {
                    if (choose_part(s, h.body, body_end, s + h.boundary,
                                    h.boundary_end - h.boundary, depth + 1, head, end, want_html))
                        return true;
                } else if (h.text && h.html == want_html) {
                    *head = h;
                    *end = body_end;
                    return true;
                }
            }
            part = SIZE_MAX;
        }
        if (p >= b)
            break;
        if (at_boundary) {
            if (e - p >= n + 4 && s[p + n + 2] == '-' && s[p + n + 3] == '-')
                return false; /* the closing boundary */
            part = next_line(s, b, e);
        }
        p = next_line(s, b, e);
        if (p == e) /* (the last line, without a break) */
            p = b;
    }
    return false;
}

/* Bytes that are not UTF-8 become '?' (in place: the length stays). */
static void sanitise_utf8(char *buf, size_t len)
{
    const unsigned char *s = (const unsigned char *)buf;
    for (size_t i = 0; i < len;) {
        unsigned char c = s[i];
        size_t n = c < 0x80 ? 1 : (c >= 0xC2 && c <= 0xDF) ? 2 : (c >= 0xE0 && c <= 0xEF) ? 3
                 : (c >= 0xF0 && c <= 0xF4) ? 4 : 0;
        bool ok = n > 0 && i + n <= len;
        for (size_t k = 1; ok && k < n; k++)
            ok = (s[i + k] & 0xC0) == 0x80;
        /* no overlong three- and four-byte forms, no surrogates, nothing past U+10FFFF */
        if (ok && n == 3)
            ok = !(c == 0xE0 && s[i + 1] < 0xA0) && !(c == 0xED && s[i + 1] >= 0xA0);
        if (ok && n == 4)
            ok = !(c == 0xF0 && s[i + 1] < 0x90) && !(c == 0xF4 && s[i + 1] >= 0x90);
        if (!ok) {
            buf[i++] = '?';
            continue;
        }
        i += n;
    }
}

bool ex_mime_decode(ex_mem *m, const char *s, size_t len, char **out, size_t *out_len,
                    uint32_t **source)
{
    writer w = { 0 };
    w.cap = 2 * len + 64;
    w.source_cap = len + 2;
    w.out = ex_malloc(m, w.cap + 1);
    w.source = ex_malloc(m, w.source_cap * sizeof *w.source);
    if (!w.out || !w.source) {
        ex_free(m, w.out);
        ex_free(m, w.source);
        return false;
    }
    uint32_t line = 1;
    part_head top;
    bool has_body = read_head(s, len, 0, &top);
    write_headers(&w, s, len, 0, &line);
    if (has_body) {
        uint32_t body_line = line_at(s, 0, top.body, 1);
        put(&w, '\n', body_line);
        if (top.multipart && top.boundary_end > top.boundary) {
            part_head h;
            size_t end;
            const char *bd = s + top.boundary;
            size_t n = top.boundary_end - top.boundary;
            if (choose_part(s, top.body, len, bd, n, 0, &h, &end, false) ||
                choose_part(s, top.body, len, bd, n, 0, &h, &end, true))
                write_body(&w, s, h.body, end, line_at(s, top.body, h.body, body_line), &h);
        } else if (top.text) {
            write_body(&w, s, top.body, len, body_line, &top);
        }
    }
    if (!w.line_open && w.lines < w.source_cap)
        w.source[w.lines++] = line;
    w.out[w.o] = '\0';
    sanitise_utf8(w.out, w.o);
    *out = w.out;
    *out_len = w.o;
    *source = w.source;
    return true;
}
