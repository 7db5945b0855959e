/* An RTF document (a word processor's press statement) read as the text it
 * shows:
 *
 *   {\rtf1\ansi{\fonttbl ...}{\info{\title ...}}     (gone)
 *   \pard\qc\b\fs36 Busan Declaration adopted\par    Busan Declaration adopted
 *   under the theme \u8220?Leading\u8221?\par        under the theme “Leading”
 *   \bullet\tab Peter Dunne, New Zealand\par         • Peter Dunne, New Zealand
 *
 * Control words go; "\par" and "\line" end a line, "\cell" parts a table's
 * cells with " | ", and struck or deleted text goes. Groups that are no
 * text go whole: the font, colour and style tables, the document's
 * properties ("\info"), pictures, objects and every "{\*\...}" group (a
 * field's instruction among them; its result stays). Characters come from "\uN" (its fallback skipped),
 * "\'hh" (Windows-1252) and the symbol words (\emdash, \ldblquote, ...).
 * Each line written keeps the file line it came from (ex_writer). */
#include <stdbool.h>
#include <stdint.h>
#include <string.h>

#include <utf8proc.h>

#include "extract_internal.h"
#include "hex.h"

bool ex_is_rtf(const char *buf, size_t len)
{
    size_t i = 0;
    while (i < len && (buf[i] == ' ' || buf[i] == '\n'))
        i++;
    return len - i >= 5 && memcmp(buf + i, "{\\rtf", 5) == 0;
}

/* Groups whose text is not the document's. */
static bool skipped_destination(const char *w, size_t n)
{
    static const char *const words[] = { "fonttbl", "colortbl", "stylesheet", "info", "pict",
                                         "object", "listtable", "listoverridetable", "rsidtbl",
                                         "generator", "themedata", "colorschememapping",
                                         "latentstyles", "datastore", "xmlnstbl", "fldinst",
                                         "header", "footer", "headerl", "headerr", "footerl",
                                         "footerr", "footnote", "revtbl", NULL };
    for (size_t k = 0; words[k]; k++)
        if (strlen(words[k]) == n && memcmp(words[k], w, n) == 0)
            return true;
    return false;
}

/* The text of a symbol's control word ("emdash" -> "—"), or NULL. */
static const char *symbol(const char *w, size_t n)
{
    static const struct {
        const char *word, *text;
    } symbols[] = {
        { "emdash", "\xe2\x80\x94" },    { "endash", "\xe2\x80\x93" },
        { "lquote", "\xe2\x80\x98" },    { "rquote", "\xe2\x80\x99" },
        { "ldblquote", "\xe2\x80\x9c" }, { "rdblquote", "\xe2\x80\x9d" },
        { "bullet", "\xe2\x80\xa2" },    { "tab", " " },
        { "emspace", " " },              { "enspace", " " },
        { "cell", " | " },
    };
    for (size_t k = 0; k < sizeof symbols / sizeof symbols[0]; k++)
        if (strlen(symbols[k].word) == n && memcmp(symbols[k].word, w, n) == 0)
            return symbols[k].text;
    return NULL;
}

/* Windows-1252's code point for byte b. */
static int32_t cp1252(unsigned b)
{
    static const uint16_t high[32] = {
        0x20AC, 0xFFFD, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
        0x2039, 0x0152, 0xFFFD, 0x017D, 0xFFFD, 0xFFFD, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
        0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0xFFFD, 0x017E, 0x0178,
    };
    return b >= 0x80 && b < 0xA0 ? high[b - 0x80] : (int32_t)b;
}

static void put_code_point(ex_writer *w, int32_t cp)
{
    if (cp < 0x20 || (cp >= 0xD800 && cp <= 0xDFFF) || cp > 0x10FFFF)
        cp = ' ';
    utf8proc_uint8_t out[4];
    utf8proc_ssize_t n = utf8proc_encode_char(cp, out);
    ex_writer_put(w, (const char *)out, (size_t)n);
}

enum { MAX_GROUPS = 256 };

typedef struct rtf_reader {
    const char *s;
    size_t len, i;
    uint32_t line; /* the file line at i (1-based) */
    ex_writer w;
    bool skip[MAX_GROUPS];   /* per open group: a hidden destination's, not shown */
    bool struck[MAX_GROUPS]; /* per open group: struck or deleted, not shown */
    int fallback[MAX_GROUPS]; /* per open group: "\ucN", the characters after "\u" */
    size_t depth;
    int pending; /* fallback characters still to skip after a "\u" */
    int32_t high; /* a "\u" high surrogate waiting for its low one, else 0 */
    size_t breaks; /* line breaks read ("\par"), written before the next text */
} rtf_reader;

static size_t level(const rtf_reader *r)
{
    return r->depth < MAX_GROUPS ? r->depth : MAX_GROUPS - 1;
}

static bool shown(const rtf_reader *r)
{
    return !r->skip[level(r)] && !r->struck[level(r)];
}

/* Writes the line breaks read so far: a line starts where its text does,
 * so that it keeps the file line of that text, not of the "\par" before. */
static void flush_breaks(rtf_reader *r)
{
    for (; r->breaks > 0; r->breaks--)
        ex_writer_line(&r->w, r->line);
}

/* A character of text (a fallback after "\u" is skipped). */
static void put_char(rtf_reader *r, int32_t cp)
{
    if (r->pending > 0) {
        r->pending--;
        return;
    }
    if (shown(r)) {
        flush_breaks(r);
        put_code_point(&r->w, cp);
    }
}

/* Reads the control word at r->i (after its '\'). */
static void control_word(rtf_reader *r, bool group_start)
{
    size_t a = r->i;
    while (r->i < r->len && r->i - a < 32 &&
           ((r->s[r->i] >= 'a' && r->s[r->i] <= 'z') || (r->s[r->i] >= 'A' && r->s[r->i] <= 'Z')))
        r->i++;
    const char *word = r->s + a;
    size_t n = r->i - a;
    bool negative = r->i < r->len && r->s[r->i] == '-';
    size_t digits_at = r->i + negative;
    long param = 0;
    size_t k = digits_at;
    for (; k < r->len && k - digits_at < 10 && r->s[k] >= '0' && r->s[k] <= '9'; k++)
        param = param * 10 + (r->s[k] - '0');
    bool has_param = k > digits_at;
    if (has_param)
        r->i = k;
    if (r->i < r->len && r->s[r->i] == ' ')
        r->i++; /* (the delimiter) */
    if (negative)
        param = -param;
    if (group_start && skipped_destination(word, n)) {
        r->skip[level(r)] = true;
        return;
    }
    if ((n == 3 && memcmp(word, "par", 3) == 0) || (n == 4 && memcmp(word, "line", 4) == 0) ||
        (n == 3 && memcmp(word, "row", 3) == 0) || (n == 4 && memcmp(word, "sect", 4) == 0) ||
        (n == 4 && memcmp(word, "page", 4) == 0)) {
        if (shown(r))
            r->breaks++;
        return;
    }
    /* struck or deleted text (a revision's) is not the document's now;
     * "\strike0" and "\plain" (all character formatting off) end it */
    if ((n == 6 && memcmp(word, "strike", 6) == 0) || (n == 7 && memcmp(word, "striked", 7) == 0) ||
        (n == 7 && memcmp(word, "deleted", 7) == 0)) {
        r->struck[level(r)] = !(has_param && param == 0);
        return;
    }
    if (n == 5 && memcmp(word, "plain", 5) == 0) {
        r->struck[level(r)] = false;
        return;
    }
    if (n == 2 && memcmp(word, "uc", 2) == 0 && has_param) {
        r->fallback[level(r)] = param < 0 ? 0 : param > 4 ? 4 : (int)param;
        return;
    }
    if (n == 1 && word[0] == 'u' && has_param) {
        int32_t cp = (int32_t)(param < 0 ? param + 65536 : param);
        /* (a character past U+FFFF comes as two: "\u-10179?\u-8704?") */
        if (cp >= 0xD800 && cp <= 0xDBFF) {
            r->high = cp;
        } else {
            if (cp >= 0xDC00 && cp <= 0xDFFF && r->high)
                cp = 0x10000 + ((r->high - 0xD800) << 10) + (cp - 0xDC00);
            r->high = 0;
            put_char(r, cp);
        }
        r->pending = r->fallback[level(r)];
        return;
    }
    const char *text = symbol(word, n);
    if (text && shown(r) && r->pending == 0) {
        flush_breaks(r);
        ex_writer_str(&r->w, text);
    }
    else if (text && r->pending > 0)
        r->pending--;
}

bool ex_rtf(ex_text *t)
{
    rtf_reader *r = ex_malloc(t->mem, sizeof *r);
    if (!r)
        return false;
    memset(r, 0, sizeof *r);
    r->s = t->buf;
    r->len = t->len;
    r->line = 1;
    r->w.t = t;
    r->fallback[0] = 1;
    ex_writer_line(&r->w, 1);
    bool group_start = false; /* right after '{' (or "{\*") */
    while (r->i < r->len) {
        char c = r->s[r->i];
        if (c == '\n') {
            r->line++;
            r->i++;
            continue;
        }
        if (c == '{' || c == '}') {
            size_t from = level(r);
            if (c == '{') {
                r->depth++;
                r->skip[level(r)] = r->skip[from];
                r->struck[level(r)] = r->struck[from];
                r->fallback[level(r)] = r->fallback[from];
            } else if (r->depth > 0) {
                r->depth--;
            }
            r->pending = 0;
            group_start = c == '{';
            r->i++;
            continue;
        }
        if (c != '\\' || r->i + 1 >= r->len) {
            /* (a character typed as it is, in UTF-8: the whole of it) */
            utf8proc_int32_t cp = (unsigned char)c;
            utf8proc_ssize_t used = 1;
            if ((unsigned char)c >= 0x80) {
                used = utf8proc_iterate((const utf8proc_uint8_t *)r->s + r->i,
                                        (utf8proc_ssize_t)(r->len - r->i), &cp);
                if (used < 1) {
                    cp = 0xFFFD;
                    used = 1;
                }
            }
            put_char(r, c == '\t' ? ' ' : cp);
            r->i += (size_t)used;
            group_start = false;
            continue;
        }
        char e = r->s[r->i + 1];
        r->i += 2;
        if ((e >= 'a' && e <= 'z') || (e >= 'A' && e <= 'Z')) {
            r->i--;
            control_word(r, group_start);
        } else if (e == '*') {
            r->skip[level(r)] = true; /* "{\*\destination ...}" */
        } else if (e == '\'' && r->i + 2 <= r->len && hex_value(r->s[r->i]) >= 0 &&
                   hex_value(r->s[r->i + 1]) >= 0) {
            put_char(r, cp1252((unsigned)(hex_value(r->s[r->i]) * 16 + hex_value(r->s[r->i + 1]))));
            r->i += 2;
        } else if (e == '\n') {
            if (shown(r))
                r->breaks++; /* ("\" at a line's end: a paragraph) */
            r->line++;
        } else if (e == '~') {
            put_char(r, ' ');
        } else if (e == '_') {
            put_char(r, '-');
        } else if (e == '\\' || e == '{' || e == '}') {
            put_char(r, e);
        }
        group_start = e == '*' && group_start;
    }
    ex_writer w = r->w;
    ex_free(t->mem, r);
    return ex_writer_finish(&w, t);
}
