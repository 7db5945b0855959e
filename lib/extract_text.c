/* The extractor's view of a text: normalised bytes, tokens, sentences and
 * lines, and the general word tables (months, weekdays, ordinals). */
#include <ctype.h>
#include <string.h>
#include <utf8proc.h>

#include "extract_internal.h"

#include "extract_words.inc"

/* --- memory ------------------------------------------------------------ */

void *ex_malloc(ex_mem *m, size_t size)
{
    void *p = m->failed ? NULL : m->alloc.malloc_fn(m->alloc.user, size ? size : 1);
    if (!p)
        m->failed = true;
    return p;
}

void *ex_realloc(ex_mem *m, void *p, size_t size)
{
    void *q = m->failed ? NULL : m->alloc.realloc_fn(m->alloc.user, p, size ? size : 1);
    if (!q)
        m->failed = true;
    return q;
}

void ex_free(ex_mem *m, void *p)
{
    if (p)
        m->alloc.free_fn(m->alloc.user, p);
}

bool ex_reserve(ex_mem *m, void **arr, size_t *cap, size_t need, size_t size)
{
    if (need <= *cap)
        return true;
    size_t n = *cap ? *cap : 16;
    while (n < need) {
        if (n > ((size_t)-1) / 2 / size) {
            m->failed = true;
            return false;
        }
        n *= 2;
    }
    void *p = ex_realloc(m, *arr, n * size);
    if (!p)
        return false;
    *arr = p;
    *cap = n;
    return true;
}

/* --- UTF-8 ------------------------------------------------------------- */

/* Decodes one valid sequence at s (already checked); returns its length. */
static size_t decode(const unsigned char *s, uint32_t *cp)
{
    if (s[0] < 0x80) {
        *cp = s[0];
        return 1;
    }
    if (s[0] < 0xE0) {
        *cp = ((uint32_t)(s[0] & 0x1F) << 6) | (s[1] & 0x3F);
        return 2;
    }
    if (s[0] < 0xF0) {
        *cp = ((uint32_t)(s[0] & 0x0F) << 12) | ((uint32_t)(s[1] & 0x3F) << 6) | (s[2] & 0x3F);
        return 3;
    }
    *cp = ((uint32_t)(s[0] & 0x07) << 18) | ((uint32_t)(s[1] & 0x3F) << 12) |
          ((uint32_t)(s[2] & 0x3F) << 6) | (s[3] & 0x3F);
    return 4;
}

bool ex_utf8_valid(const char *text, size_t len, size_t *bad_offset)
{
    const unsigned char *s = (const unsigned char *)text;
    size_t i = 0;
    while (i < len) {
        unsigned char c = s[i];
        size_t n;
        uint32_t min;
        if (c < 0x80) {
            i++;
            continue;
        }
        if (c >= 0xC2 && c <= 0xDF) {
            n = 2;
            min = 0x80;
        } else if (c >= 0xE0 && c <= 0xEF) {
            n = 3;
            min = 0x800;
        } else if (c >= 0xF0 && c <= 0xF4) {
            n = 4;
            min = 0x10000;
        } else {
            *bad_offset = i;
            return false;
        }
        if (len - i < n) {
            *bad_offset = i;
            return false;
        }
        for (size_t k = 1; k < n; k++)
            if ((s[i + k] & 0xC0) != 0x80) {
                *bad_offset = i;
                return false;
            }
        uint32_t cp;
        decode(s + i, &cp);
        if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) {
            *bad_offset = i;
            return false;
        }
        i += n;
    }
    return true;
}

/* Code points read as white space (no-break and thin spaces, zero-width
 * characters, a byte order mark inside the text). */
static bool is_space_cp(uint32_t cp)
{
    return cp == 0xA0 || (cp >= 0x2000 && cp <= 0x200B) || cp == 0x202F || cp == 0x205F ||
           cp == 0x3000 || cp == 0xFEFF || cp == 0x200C || cp == 0x200D || cp == 0x2060;
}

/* Non-ASCII code points that are punctuation, not letters. */
static bool is_punct_cp(uint32_t cp)
{
    /* letters, marks and digits make words; everything else (punctuation,
     * symbols, box drawing "────", emoji, spaces) stands alone */
    utf8proc_category_t k = utf8proc_category((utf8proc_int32_t)cp);
    return !((k >= UTF8PROC_CATEGORY_LU && k <= UTF8PROC_CATEGORY_LO) ||
             (k >= UTF8PROC_CATEGORY_MN && k <= UTF8PROC_CATEGORY_ME) ||
             (k >= UTF8PROC_CATEGORY_ND && k <= UTF8PROC_CATEGORY_NO));
}

static bool is_alnum(unsigned char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}

/* --- normalising --------------------------------------------------------- */

/* LF line ends (CRLF and lone CR too), every other control character and
 * every Unicode space a plain space, a leading byte order mark dropped.
 * Only shrinks the text, so `len + 1` bytes always suffice. */
/* An HTML character reference at s ("&ndash;", "&#8220;", "&#x2019;",
 * "&amp;"), as pages copied from a feed's source keep them: its code
 * point in *cp and its length, else 0. Named ones: the punctuation and
 * the accented letters of names that such pages use. */
static size_t html_entity(const unsigned char *s, size_t len, uint32_t *cp)
{
    static const struct {
        const char *name;
        uint32_t cp;
    } names[] = {
        { "amp", '&' },       { "lt", '<' },        { "gt", '>' },        { "quot", '"' },
        { "apos", '\'' },     { "nbsp", 0xA0 },     { "ndash", 0x2013 },  { "mdash", 0x2014 },
        { "lsquo", 0x2018 },  { "rsquo", 0x2019 },  { "ldquo", 0x201C },  { "rdquo", 0x201D },
        { "hellip", 0x2026 }, { "deg", 0xB0 },      { "middot", 0xB7 },   { "bull", 0x2022 },
        { "aacute", 0xE1 },   { "eacute", 0xE9 },   { "iacute", 0xED },   { "oacute", 0xF3 },
        { "uacute", 0xFA },   { "ntilde", 0xF1 },   { "ccedil", 0xE7 },   { "atilde", 0xE3 },
        { "otilde", 0xF5 },   { "ecirc", 0xEA },    { "ocirc", 0xF4 },    { "agrave", 0xE0 },
    };
    size_t e = 1;
    while (e < len && e < 12 && s[e] != ';' && s[e] != ' ' && s[e] != '&')
        e++;
    if (e >= len || s[e] != ';' || e < 3)
        return 0;
    uint32_t v = 0;
    if (s[1] == '#') {
        bool hex = s[2] == 'x' || s[2] == 'X';
        for (size_t k = hex ? 3 : 2; k < e; k++) {
            int d = isdigit(s[k]) ? s[k] - '0'
                    : hex && isxdigit(s[k]) ? (tolower(s[k]) - 'a' + 10)
                                             : -1;
            if (d < 0 || v > 0x10FFFF)
                return 0;
            v = v * (hex ? 16 : 10) + (uint32_t)d;
        }
        if (v == 0 || v > 0x10FFFF || (v >= 0xD800 && v <= 0xDFFF))
            return 0;
    } else {
        for (size_t k = 0; k < sizeof names / sizeof names[0] && !v; k++)
            if (strlen(names[k].name) == e - 1 && memcmp(s + 1, names[k].name, e - 1) == 0)
                v = names[k].cp;
        if (!v)
            return 0;
    }
    *cp = v;
    return e + 1;
}

/* The text as UTF-8 with '\n' line breaks, its entities decoded; t->buf
 * holds len + 1 bytes. An iCalendar export's folded lines are unfolded,
 * and then t->source_line maps the lines back to the input's. */
static bool normalise(ex_text *t, const char *text, size_t len)
{
    const unsigned char *s = (const unsigned char *)text;
    char *out = t->buf;
    size_t i = 0, o = 0, n;
    uint32_t cp;
    if (len >= 3 && s[0] == 0xEF && s[1] == 0xBB && s[2] == 0xBF)
        i = 3;
    /* an iCalendar export folds long lines (a line break and a space go)
     * and escapes "\," "\;" "\n" */
    bool calendar = len - i >= 15 && memcmp(s + i, "BEGIN:VCALENDAR", 15) == 0;
    uint32_t *source = NULL, in_line = 1;
    size_t out_lines = 1;
    bool in_tag = false;      /* between a tag's '<' and its '>' */
    size_t quotes_in_tag = 0; /* quote entities read in it */
    if (calendar) {
        size_t breaks = 0;
        for (size_t k = i; k < len; k++)
            breaks += s[k] == '\n' || (s[k] == '\r' && (k + 1 == len || s[k + 1] != '\n')) ||
                      (s[k] == '\\' && k + 1 < len && (s[k + 1] == 'n' || s[k + 1] == 'N'));
        source = ex_malloc(t->mem, (breaks + 1) * sizeof *source);
        if (!source)
            return false;
        source[0] = 1;
    }
    while (i < len) {
        unsigned char c = s[i];
        size_t brk = c == '\r' && i + 1 < len && s[i + 1] == '\n' ? 2 : c == '\r' || c == '\n';
        in_line += brk > 0;
        if (calendar && brk && i + brk < len && (s[i + brk] == ' ' || s[i + brk] == '\t')) {
            i += brk + 1;
            continue;
        }
        if (calendar && brk)
            source[out_lines++] = in_line;
        if (calendar && c == '\\' && i + 1 < len && s[i + 1] && strchr(",;\\nN", s[i + 1])) {
            char escaped = text[i + 1];
            if (escaped == 'n' || escaped == 'N') {
                /* a line break in the value: "...\nChair: Lee Sang-min\, ..." */
                escaped = '\n';
                source[out_lines++] = in_line;
            }
            out[o++] = escaped;
            i += 2;
            continue;
        }
        if (c == '\r') {
            out[o++] = '\n';
            i += (i + 1 < len && s[i + 1] == '\n') ? 2 : 1;
        } else if (c == '\n') {
            out[o++] = '\n';
            i++;
        } else if (c == '\t') {
            out[o++] = '\t'; /* a separator, if the text is tab-separated */
            i++;
        } else if (c < 0x20 || c == 0x7F) {
            out[o++] = ' ';
            i++;
        } else if (c == '&' && (n = html_entity(s + i, len - i, &cp)) != 0) {
            /* (an entity is longer than its UTF-8: the text only shrinks) */
            /* a quote inside a tag's attribute ('text="Theme: &quot;Open
             * Data&quot;"') is a curly one, which does not end the value */
            if (in_tag && (cp == '"' || cp == '\''))
                cp = (quotes_in_tag++ % 2 == 0) ? (cp == '"' ? 0x201C : 0x2018)
                                                : (cp == '"' ? 0x201D : 0x2019);
            if (cp < 0x20 || is_space_cp(cp) || cp == 0x7F || (cp >= 0x80 && cp < 0xA0))
                out[o++] = ' ';
            else
                o += (size_t)utf8proc_encode_char((utf8proc_int32_t)cp, (utf8proc_uint8_t *)out + o);
            i += n;
        } else if (c < 0x80) {
            /* (a tag opens with '<' and a letter, '/', '?' or '!') */
            if (c == '<' && i + 1 < len &&
                (isalpha(s[i + 1]) || s[i + 1] == '/' || s[i + 1] == '?' || s[i + 1] == '!')) {
                in_tag = true;
                quotes_in_tag = 0;
            } else if (c == '>') {
                in_tag = false;
            }
            out[o++] = (char)c;
            i++;
        } else {
            n = decode(s + i, &cp);
            if (is_space_cp(cp) || (cp >= 0x80 && cp < 0xA0)) {
                out[o++] = ' ';
            } else {
                memcpy(out + o, s + i, n);
                o += n;
            }
            i += n;
        }
    }
    out[o] = '\0';
    t->len = o;
    t->source_line = source;
    return true;
}

/* --- a Markdown post's front matter --------------------------------------- */

/* Where the front matter of a Markdown post ends ("---" / "title: ..." /
 * "image: banner.jpg" / "---" at the top, half its lines or more "key:
 * value" or "  - item"): the offset of its closing fence, or 0 when the
 * text has none (a text that only opens with a rule). */
static size_t front_matter_end(const char *buf, size_t len)
{
    if (len < 4 || memcmp(buf, "---\n", 4) != 0)
        return 0;
    size_t line = 4, keys = 0, lines = 0;
    while (line < len && lines < 80) {
        size_t e = line;
        while (e < len && buf[e] != '\n')
            e++;
        if (e - line == 3 && memcmp(buf + line, "---", 3) == 0)
            return keys * 2 >= lines && keys > 0 ? e : 0;
        size_t k = line;
        while (k < e && (isalnum((unsigned char)buf[k]) || buf[k] == '_' || buf[k] == '-'))
            k++;
        keys += (k > line && k < e && buf[k] == ':') ||
                (e - line > 3 && buf[line] == ' ' && memchr(buf + line, '-', e - line));
        lines++;
        line = e + 1;
    }
    return 0;
}

/* A post's front matter: its fences are no rules between a digest's
 * items, and its fields but the title are the blog's (a banner, tags, an
 * excerpt). Blanked in place. */
static void blank_front_matter(char *buf, size_t len)
{
    size_t e = front_matter_end(buf, len);
    for (size_t a = 0; a < e;) {
        size_t b = a;
        while (b < e && buf[b] != '\n')
            b++;
        if (!ex_starts_nocase(buf + a, b - a, "title:"))
            ex_blank_bytes(buf, a, b);
        a = b + 1;
    }
}

/* "![Joyce Murray signs the charter](/img/signing.jpg)": a Markdown image
 * is its file (the alt text goes; a caption line usually follows).
 * Blanked in place. */
static void blank_markdown_images(char *buf, size_t len)
{
    for (size_t i = 0; i + 1 < len; i++) {
        if (buf[i] != '!' || buf[i + 1] != '[')
            continue;
        size_t k = i + 2;
        while (k + 1 < len && buf[k] != ']' && buf[k] != '\n')
            k++;
        /* (no "![" before k can do better: each scan starts past the last) */
        if (k + 1 >= len || buf[k] != ']' || buf[k + 1] != '(') {
            i = k;
            continue;
        }
        size_t open = k + 1, close = open + 1;
        while (close < len && buf[close] != ')' && buf[close] != '\n')
            close++;
        if (close == len || buf[close] != ')') {
            i = close - 1;
            continue;
        }
        ex_blank_bytes(buf, i, open + 1);
        buf[close] = ' ';
        i = close;
    }
}

/* A template's tags (Jekyll's Liquid): "{{ site.baseurl }}" goes, and so
 * does "{% include figure.html image="x.jpg" caption="..." %}" but for the
 * values of its image and caption, which read as a photo's line ("x.jpg -
 * Arriving ..."). Blanked in place, within a line. */
/* Blanks the tag at buf[i, e) but for the values of its image and
 * caption attributes ("image=", "src=", "caption=", ...) and its line
 * breaks. */
static void blank_tag(char *buf, size_t i, size_t e)
{
    static const char *const kept[] = { "image=", "src=", "file=", "caption=", "alt=", NULL };
    for (size_t k = i; k < e;) {
        size_t n = 0;
        for (size_t q = 0; kept[q] && !n; q++)
            if (k + strlen(kept[q]) + 1 < e && memcmp(buf + k, kept[q], strlen(kept[q])) == 0 &&
                buf[k + strlen(kept[q])] == '"')
                n = strlen(kept[q]);
        if (!n) {
            if (buf[k] != '\n')
                buf[k] = ' ';
            k++;
            continue;
        }
        /* the value stays, its name and quotes go; a caption after a
         * dash, as a photo's line writes it ("x.jpg - Arriving ...") */
        bool caption = buf[k] == 'c' || buf[k] == 'a';
        memset(buf + k, ' ', n + 1);
        if (caption)
            buf[k + n - 1] = '-';
        k += n + 1;
        while (k < e && buf[k] != '"')
            k++;
        if (k < e)
            buf[k++] = ' ';
    }
}

static void blank_template_tags(char *buf, size_t len)
{
    for (size_t i = 0; i + 1 < len; i++) {
        if (buf[i] != '{' || (buf[i + 1] != '%' && buf[i + 1] != '{'))
            continue;
        char close = buf[i + 1] == '%' ? '%' : '}';
        size_t e = i + 2; /* (a tag is read 2000 bytes at most) */
        while (e + 1 < len && e < i + 2000 && buf[e] != '\n' &&
               !(buf[e] == close && buf[e + 1] == '}'))
            e++;
        if (e + 1 >= len || buf[e] != close)
            continue;
        e += 2;
        blank_tag(buf, i, e);
        i = e - 1;
    }
}

/* MDX (Markdown with components, as Docusaurus writes it): "import X
 * from '...';" lines, a component's tag ("<CountryChip code="KR" />",
 * "<Figure src=... caption=... />" over several lines, "</TabItem>") and
 * HTML comments are blanked, but for an image's and a caption's values.
 * A tag is read 2000 bytes at most. In place. */
static void blank_components(char *buf, size_t len)
{
    for (size_t i = 0; i + 1 < len; i++) {
        bool line_start = i == 0 || buf[i - 1] == '\n';
        if (line_start && (len - i > 7 && (memcmp(buf + i, "import ", 7) == 0 ||
                                           memcmp(buf + i, "export ", 7) == 0))) {
            const char *nl = memchr(buf + i, '\n', len - i);
            size_t e = nl ? (size_t)(nl - buf) : len;
            ex_blank_bytes(buf, i, e);
            i = e;
            continue;
        }
        if (buf[i] != '<')
            continue;
        bool comment = len - i > 4 && memcmp(buf + i, "<!--", 4) == 0;
        size_t n = buf[i + 1] == '/' ? i + 2 : i + 1;
        if (!comment && !(n < len && buf[n] >= 'A' && buf[n] <= 'Z'))
            continue;
        /* its end: the '>' outside quotes and braces */
        size_t e = i + 1, depth = 0;
        char quote = 0;
        for (; e < len && e < i + 2000; e++) {
            if (quote) {
                if (buf[e] == quote)
                    quote = 0;
            } else if (!comment && (buf[e] == '"' || buf[e] == '\'')) {
                quote = buf[e];
            } else if (buf[e] == '{') {
                depth++;
            } else if (buf[e] == '}' && depth) {
                depth--;
            } else if (buf[e] == '>' && !depth &&
                       (!comment || (e >= i + 6 && buf[e - 1] == '-' && buf[e - 2] == '-'))) {
                break;
            }
        }
        if (e >= len || buf[e] != '>')
            continue;
        blank_tag(buf, i, e + 1);
        i = e;
    }
}

/* Is the text Markdown: front matter, or two "## " headings or more? */
static bool is_markdown(const char *buf, size_t len)
{
    if (front_matter_end(buf, len))
        return true;
    size_t headings = 0;
    for (size_t i = 0; i + 2 < len && headings < 2; i++)
        headings += (i == 0 || buf[i - 1] == '\n') && buf[i] == '#' &&
                    (buf[i + 1] == ' ' || (buf[i + 1] == '#' && buf[i + 2] == ' '));
    return headings >= 2;
}

/* "**fourth Ministerial Summit**", "*Canada's Joyce Murray signs ...*": in
 * Markdown, asterisks against a word are emphasis, not text (a bullet's
 * "* " is kept). Blanked in place. */
static void blank_emphasis(char *buf, size_t len)
{
    for (size_t i = 0; i < len; i++) {
        if (buf[i] != '*')
            continue;
        size_t e = i;
        while (e < len && buf[e] == '*')
            e++;
        bool word_before = i > 0 && buf[i - 1] != ' ' && buf[i - 1] != '\n';
        bool word_after = e < len && buf[e] != ' ' && buf[e] != '\n';
        if (word_before || word_after)
            ex_blank_bytes(buf, i, e);
        i = e - 1;
    }
}

/* --- a word processor's tracked changes ---------------------------------- */

/* Marks bytes [a, b) to go: squeeze_marked() closes the gap, so that a
 * line keeps its words together ("the D5 (becoming the D7), Wellington",
 * not columns of spaces). Control characters are gone by now. */
#define GONE '\x02'
static void mark_gone(char *buf, size_t a, size_t b)
{
    for (size_t k = a; k < b; k++)
        if (buf[k] != '\n')
            buf[k] = GONE;
}

/* Each line without its GONE bytes, spaces after its end in their
 * stead: the lines stay. */
static void squeeze_marked(char *buf, size_t len)
{
    size_t out = 0;
    for (size_t i = 0; i <= len; i++) {
        if (i == len || buf[i] == '\n') {
            while (out < i)
                buf[out++] = ' ';
            out = i + 1;
        } else if (buf[i] != GONE) {
            buf[out++] = buf[i];
        }
    }
}

/* A document exported with its suggestions open ('[Suggested deletion:
 * "8-9 December"][Suggested insertion: "9-10 December"]'): read as if
 * accepted, so the insertion's text stays without its quotes; the index
 * of the end of the suggestion at buf[i], or i if there is none.
 * *unclosed_to: where the last search for a closing '"]' failed. */
static size_t blank_suggestion(char *buf, size_t len, size_t i, size_t *unclosed_to)
{
    bool deleted = ex_starts_nocase(buf + i, len - i, "[suggested deletion: \"");
    bool inserted = ex_starts_nocase(buf + i, len - i, "[suggested insertion: \"");
    if ((!deleted && !inserted) || i < *unclosed_to)
        return i; /* (none, or no '"]' closes one before the line's end) */
    size_t open = i + (deleted ? 21 : 22), e = open + 1;
    while (e + 1 < len && buf[e] != '\n' && !(buf[e] == '"' && buf[e + 1] == ']'))
        e++;
    if (e + 1 >= len || buf[e] == '\n') {
        *unclosed_to = e;
        return i;
    }
    mark_gone(buf, i, deleted ? e + 2 : open + 1);
    if (inserted)
        mark_gone(buf, e, e + 2);
    return e + 1;
}

/* A comment's anchor ("...the D5[a], Wellington"): one or two lower-case
 * letters in brackets against what is before (a word, or a suggestion:
 * `attached`); the length, or 0. */
static size_t comment_anchor(const char *buf, size_t len, size_t i, bool attached)
{
    size_t e = i + 1;
    while (e < len && e < i + 4 && buf[e] >= 'a' && buf[e] <= 'z')
        e++;
    attached = attached || (i > 0 && buf[i - 1] != ' ' && buf[i - 1] != '\n');
    return e > i + 1 && e < i + 4 && e < len && buf[e] == ']' && attached ? e + 1 - i : 0;
}

/* A comment listed under the document ("[a]Sophie Lindqvist: The group
 * is ..."): at a line's start, its anchor, then a capital; its end (the
 * line's), or i. */
static size_t listed_comment(const char *buf, size_t len, size_t i)
{
    size_t e = i + 1;
    while (e < len && e < i + 4 && buf[e] >= 'a' && buf[e] <= 'z')
        e++;
    if ((i > 0 && buf[i - 1] != '\n') || e == i + 1 || e >= len || buf[e] != ']' ||
        e + 1 >= len || !(buf[e + 1] >= 'A' && buf[e + 1] <= 'Z'))
        return i;
    const char *nl = memchr(buf + e, '\n', len - e);
    return nl ? (size_t)(nl - buf) : len;
}

/* A document converted with its tracked changes and comments shown:
 * "[deleted: 8-9 December][inserted: 9-10 December]" reads as "9-10
 * December", and "[Comment JB1]: check date ..." goes to the next
 * bracket or the paragraph's end; so do open suggestions, comments'
 * anchors and the comments listed at the end. Blanked in place: lines
 * stay. */
static void blank_revisions(char *buf, size_t len)
{
    size_t suggestion_end = SIZE_MAX; /* (a comment's anchor may follow one) */
    bool marked = false;
    size_t unclosed_to = 0;
    for (size_t i = 0; i < len; i++) {
        if (buf[i] != '[')
            continue;
        size_t e = blank_suggestion(buf, len, i, &unclosed_to);
        size_t anchor = comment_anchor(buf, len, i, i == suggestion_end);
        if (e > i)
            suggestion_end = e + 1;
        else if ((e = listed_comment(buf, len, i)) > i)
            ex_blank_bytes(buf, i, e);
        else if (anchor)
            mark_gone(buf, i, e = i + anchor);
        marked = marked || (e > i && buf[i] == GONE);
        if (e > i) {
            i = e - 1;
            continue;
        }
        bool deleted = ex_starts_nocase(buf + i, len - i, "[deleted:");
        bool inserted = ex_starts_nocase(buf + i, len - i, "[inserted:");
        if (deleted || inserted) {
            e = i + 1;
            while (e < len && buf[e] != ']' && buf[e] != '[')
                e++;
            if (e == len || buf[e] != ']')
                continue;
            if (deleted) {
                ex_blank_bytes(buf, i, e + 1);
            } else {
                ex_blank_bytes(buf, i, i + 10);
                buf[e] = ' ';
            }
            i = e;
        } else if (ex_starts_nocase(buf + i, len - i, "[comment ")) {
            e = i + 1;
            while (e < len && buf[e] != '[' &&
                   !(buf[e] == '\n' && e + 1 < len && buf[e + 1] == '\n'))
                e++;
            ex_blank_bytes(buf, i, e);
            i = e - 1;
        }
    }
    if (marked)
        squeeze_marked(buf, len);
}

/* --- an automatic transcript --------------------------------------------- */

/* Is buf a speech recogniser's transcript: eight lines or more that open
 * on a time ("[00:01:23]"), or under one (YouTube's SBV captions, "0:00:
 * 06.475,0:00:10.368"), their words nearly all in lower case and hardly a
 * full stop among them ("hi everyone it's dana and um ...")? Its names,
 * dates and sentences are not written as text writes them. */
static bool automatic_transcript(const char *buf, size_t len)
{
    size_t timed = 0, letters = 0, upper = 0, words = 0, stops = 0;
    bool under_timing = false; /* the line above was an SBV timing */
    for (size_t a = 0; a < len;) {
        const char *nl = memchr(buf + a, '\n', len - a);
        size_t b = nl ? (size_t)(nl - buf) : len;
        size_t text = SIZE_MAX; /* where the line's timed words start, if it has any */
        if (under_timing) {
            text = a; /* (the whole line is the cue's) */
        } else if (b - a > 6 && buf[a] == '[' && buf[a + 1] >= '0' && buf[a + 1] <= '9') {
            size_t k = a;
            while (k < b && buf[k] != ']')
                k++;
            bool time = k < b && k - a >= 6;
            for (size_t q = a + 1; q < k && time; q++)
                time = (buf[q] >= '0' && buf[q] <= '9') || buf[q] == ':' || buf[q] == '.';
            if (time)
                text = k + 1;
        }
        under_timing = ex_sbv_timing(buf + a, b - a);
        if (text != SIZE_MAX) {
            timed++;
            for (size_t q = text; q < b; q++) {
                char ch = buf[q];
                letters += (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z');
                upper += ch >= 'A' && ch <= 'Z';
                words += ch == ' ';
                stops += (ch == '.' || ch == '?' || ch == '!') && (q + 1 == b || buf[q + 1] == ' ');
            }
        }
        a = b + 1;
    }
    return timed >= 8 && upper * 50 <= letters && stops * 40 <= words;
}

/* --- a page in two languages, side by side ------------------------------- */

/* The column (in characters) of the '|' on buf[a, b) at or after byte
 * `from`, or SIZE_MAX; *at gets its byte. */
static size_t bar_column(const char *buf, size_t a, size_t b, size_t *at)
{
    size_t col = 0;
    for (size_t k = a; k < b; k++) {
        if (buf[k] == '|') {
            *at = k;
            return col;
        }
        col += ((unsigned char)buf[k] & 0xC0) != 0x80;
    }
    return SIZE_MAX;
}

/* Is the text of buf[a, b) (trimmed) a language's name? English is 1,
 * another 2, none 0. */
static int language_name(const char *buf, size_t a, size_t b)
{
    /* (with the capitals of their accented letters: "ESPAÑOL") */
    static const char *const others[] = { "espa\xc3\xb1ol", "espa\xc3\x91ol", "spanish",
                                          "portugu\xc3\xaas", "portugu\xc3\x8as", "portuguese",
                                          "fran\xc3\xa7\x61is", "fran\xc3\x87\x61is", "french",
                                          "deutsch", "german", "m\xc4\x81ori", "m\xc4\x80ori",
                                          "eesti", "estonian", "dansk", "danish", "hebrew",
                                          "korean", NULL };
    while (a < b && buf[a] == ' ')
        a++;
    while (b > a && buf[b - 1] == ' ')
        b--;
    if (b - a == 7 && ex_starts_nocase(buf + a, 7, "english"))
        return 1;
    for (size_t q = 0; others[q]; q++)
        if (b - a == strlen(others[q]) && ex_starts_nocase(buf + a, b - a, others[q]))
            return 2;
    return 0;
}

/* A page printed in two columns, English beside a translation ("ENGLISH
 * | ESPAÑOL" over a rule, then each line's two halves at that '|'):
 * the translation is the same page again, so its column is blanked. In
 * place: lines stay. */
static void blank_translation_column(char *buf, size_t len)
{
    size_t a = 0;
    while (a < len && (buf[a] == ' ' || buf[a] == '\n'))
        a++;
    const char *nl = memchr(buf + a, '\n', len - a);
    size_t b = nl ? (size_t)(nl - buf) : len, bar;
    size_t col = bar_column(buf, a, b, &bar);
    if (col == SIZE_MAX || memchr(buf + bar + 1, '|', b - bar - 1))
        return;
    int left = language_name(buf, a, bar), right = language_name(buf, bar + 1, b);
    if (left + right != 3)
        return;
    for (size_t l = b + 1; l < len;) {
        nl = memchr(buf + l, '\n', len - l);
        size_t e = nl ? (size_t)(nl - buf) : len, at;
        if (bar_column(buf, l, e, &at) == col) {
            if (left == 1)
                ex_blank_bytes(buf, at, e);
            else
                ex_blank_bytes(buf, l, at + 1);
        }
        l = e + 1;
    }
}

/* --- site chrome ----------------------------------------------------------- */

/* A line that opens the comments under an article: "Comments", "Leave a
 * comment", "1 comment", "41 comments • 17 reposts". They run to the end
 * of the page. */
static bool comment_thread(const char *s, size_t n)
{
    if ((n == 8 && memcmp(s, "comments", 8) == 0) ||
        (n == 15 && memcmp(s, "leave a comment", 15) == 0) ||
        (n == 20 && memcmp(s, "sharing and comments", 20) == 0))
        return true;
    size_t d = 0;
    while (d < n && s[d] >= '0' && s[d] <= '9')
        d++;
    if (d == 0 || d >= 6 || n - d < 8 || memcmp(s + d, " comment", 8) != 0)
        return false;
    size_t e = d + 8;
    if (e < n && s[e] == 's')
        e++;
    return e == n || s[e] == ' ' || s[e] == ',';
}

/* A line (folded to ASCII lower case, trimmed, without a final ':') that
 * starts a block of site chrome: the block runs to the next blank line. */
static bool chrome_heading(const char *s, size_t n)
{
    static const char *const heads[] = {
        "related", "related content", "related links", "related articles", "related news",
        "related pages", "related stories", "see also", "associated links", "more news",
        "read more", "explore the topic", "contents", "footer", "you may also like",
        "you might also like", "more like this", "most read", "popular", "latest news",
        "follow us",
        /* Portuguese and Spanish (octal: a hex escape runs on into "c") */
        "veja tamb\303\251m", "leia tamb\303\251m", "ver tamb\303\251m",
        "ver tambi\303\251n", "lea tambi\303\251n", "not\303\255cias relacionadas",
        "noticias relacionadas", NULL,
    };
    for (size_t k = 0; heads[k]; k++)
        if (strlen(heads[k]) == n && memcmp(heads[k], s, n) == 0)
            return true;
    /* "Related publications", "Related reading": one more word after "related" */
    if (n > 8 && memcmp(s, "related ", 8) == 0 && !memchr(s + 8, ' ', n - 8))
        return true;
    return false;
}

/* A single line of site chrome: cookie banners, skip links, share and tag
 * lines, breadcrumbs' "You are here", page-feedback questions, copyright. */
static bool chrome_line(const char *s, size_t n, const char *line, size_t len)
{
    static const char *const starts[] = {
        "skip to ", "tags:", "tags :", "share this", "share:", "share on", "follow us",
        "etiquetas:", "compartir:", "partilhar:", "you are here", "was this page helpful",
        "is this page useful", "subscribe to", "search for related information",
        "crown copyright", "copyright", "\xc2\xa9", "back to top", "print this page",
        "bottom of page", "top of page", NULL,
    };
    for (size_t k = 0; starts[k]; k++) {
        size_t m = strlen(starts[k]);
        if (n >= m && memcmp(starts[k], s, m) == 0)
            return true;
    }
    for (size_t i = 0; i + 6 <= len; i++)
        if ((i == 0 || line[i - 1] == ' ') && ex_ascii_lower(line[i]) == 'c' &&
            ex_ascii_lower(line[i + 1]) == 'o' && ex_ascii_lower(line[i + 2]) == 'o' &&
            ex_ascii_lower(line[i + 3]) == 'k' && ex_ascii_lower(line[i + 4]) == 'i' &&
            ex_ascii_lower(line[i + 5]) == 'e')
            return true;
    return false;
}

/* Blanks site chrome out of the normalised text (line numbers stay). */
static void blank_chrome(char *buf, size_t len)
{
    char low[64];
    size_t off = 0;
    bool block = false, comments = false;
    while (off < len) {
        const char *nl = memchr(buf + off, '\n', len - off);
        size_t end = nl ? (size_t)(nl - buf) : len;
        size_t a = off, b = end;
        while (a < b && buf[a] == ' ')
            a++;
        while (b > a && buf[b - 1] == ' ')
            b--;
        if (a == b) {
            block = comments;
        } else {
            size_t n = 0;
            for (size_t i = a; i < b && n < sizeof low; i++)
                low[n++] = ex_ascii_lower(buf[i]);
            size_t h = n;
            while (h > 0 && (low[h - 1] == ':' || low[h - 1] == ' '))
                h--;
            if (b - a <= sizeof low && chrome_heading(low, h))
                block = true;
            if (b - a <= sizeof low && comment_thread(low, h))
                comments = block = true;
            if (block || chrome_line(low, n, buf + a, b - a))
                memset(buf + a, ' ', b - a);
        }
        off = end + 1;
    }
}

/* --- tokens -------------------------------------------------------------- */

static bool push_token(ex_text *t, size_t *cap, const ex_token *tk)
{
    if (!ex_reserve(t->mem, (void **)&t->tok, cap, t->ntok + 1, sizeof *t->tok))
        return false;
    t->tok[t->ntok++] = *tk;
    return true;
}

/* A run of letters and digits: a number, an ordinal number or a word. */
static void classify_word(const char *s, size_t len, ex_token *tk)
{
    size_t digits = 0;
    while (digits < len && s[digits] >= '0' && s[digits] <= '9')
        digits++;
    tk->kind = TOK_WORD;
    tk->num = -1;
    unsigned char c0 = (unsigned char)s[0];
    tk->upper = (c0 >= 'A' && c0 <= 'Z') || c0 >= 0x80;
    if (digits == 0)
        return;
    int32_t v = 0;
    for (size_t k = 0; k < digits && k < 6; k++)
        v = v * 10 + (s[k] - '0');
    if (digits > 6)
        v = 999999;
    if (digits == len) {
        tk->kind = TOK_NUM;
        tk->num = v;
        return;
    }
    if (len - digits == 2) {
        char a = (char)(s[digits] | 0x20), b = (char)(s[digits + 1] | 0x20);
        if ((a == 's' && b == 't') || (a == 'n' && b == 'd') || (a == 'r' && b == 'd') ||
            (a == 't' && b == 'h')) {
            tk->kind = TOK_NUM;
            tk->num = v;
            tk->ordinal = true;
        }
    }
}

static bool tokenize(ex_text *t)
{
    const unsigned char *s = (const unsigned char *)t->buf;
    size_t i = 0, cap = 0;
    uint32_t line = 1;
    bool space = true;
    while (i < t->len) {
        unsigned char c = s[i];
        if (c == ' ' || c == '\n') {
            if (c == '\n')
                line++;
            space = true;
            i++;
            continue;
        }
        ex_token tk;
        memset(&tk, 0, sizeof tk);
        tk.off = i;
        tk.line = line;
        tk.space_before = space;
        tk.num = -1;
        uint32_t cp = c;
        size_t n = c < 0x80 ? 1 : decode(s + i, &cp);
        if (is_alnum(c) || (c >= 0x80 && !is_punct_cp(cp))) {
            size_t j = i;
            while (j < t->len) {
                unsigned char d = s[j];
                if (d < 0x80) {
                    if (!is_alnum(d))
                        break;
                    j++;
                } else {
                    uint32_t dcp;
                    size_t dn = decode(s + j, &dcp);
                    if (is_punct_cp(dcp))
                        break;
                    j += dn;
                }
            }
            tk.len = j - i;
            classify_word(t->buf + i, tk.len, &tk);
            i = j;
        } else {
            tk.kind = TOK_PUNCT;
            tk.len = n;
            tk.ch = cp == 0x2010 || cp == 0x2011 ? '-' : cp;
            i += n;
        }
        space = false;
        if (!push_token(t, &cap, &tk))
            return false;
    }
    return true;
}

/* --- lines and sentences ------------------------------------------------- */

static const char *const abbreviations[] = {
    "mr", "mrs", "ms", "dr", "st", "hon", "no", "gov", "prof", "sen", "rep", "jr", "sr",
    "inc", "ltd", "co", "vs", "etc", "e", "i", "g", "a", "u", "s", "rt", "nos", NULL,
};

/* The upper quartile of the lengths of the lines of 40 bytes or more:
 * about the wrap width of hard-wrapped prose (72), far more where each
 * paragraph is a line, however many short lines of site chrome. */
static size_t typical_width(const ex_text *t)
{
    enum { CAP = 512 };
    size_t count[CAP] = { 0 }, n = 0;
    size_t least = t->column_width ? t->column_width / 2 : 40;
    for (size_t i = 0; i < t->nlines; i++)
        if (t->lines[i].len >= least) {
            count[t->lines[i].len < CAP ? t->lines[i].len : CAP - 1]++;
            n++;
        }
    for (size_t w = 0, seen = 0; w < CAP; w++)
        if ((seen += count[w]) * 4 > 3 * n)
            return w;
    return 0;
}

static bool build_lines(ex_text *t)
{
    size_t cap = 0, tk = 0;
    size_t off = 0;
    uint32_t no = 1;
    for (;;) {
        const char *nl = memchr(t->buf + off, '\n', t->len - off);
        size_t end = nl ? (size_t)(nl - t->buf) : t->len;
        if (!ex_reserve(t->mem, (void **)&t->lines, &cap, t->nlines + 1, sizeof *t->lines))
            return false;
        ex_line *l = &t->lines[t->nlines++];
        l->off = off;
        l->len = end - off;
        l->no = no;
        l->toks.first = tk;
        while (tk < t->ntok && t->tok[tk].off < end)
            tk++;
        l->toks.end = tk;
        if (!nl)
            break;
        off = end + 1;
        no++;
    }
    t->line_width = typical_width(t);
    return true;
}

/* The end of a reference mark opening at token j, written against the
 * text before it ("[8]", "[b]", "[citation needed]"), else j. */
static size_t past_reference_mark(const ex_text *t, size_t j, size_t end)
{
    if (j >= end || !ex_is_punct(t, j, '[') || t->tok[j].space_before)
        return j;
    for (size_t k = j + 1; k < end && k <= j + 3; k++) {
        if (ex_is_punct(t, k, ']'))
            return k > j + 1 ? k + 1 : j;
        if (t->tok[k].kind == TOK_PUNCT)
            return j;
    }
    return j;
}

size_t ex_line_end(const ex_text *t, const ex_line *l)
{
    /* a mark is at most "[", two words, "]" */
    size_t from = l->toks.end > l->toks.first + 5 ? l->toks.end - 4 : l->toks.first + 1;
    for (size_t k = from; k + 1 < l->toks.end; k++)
        if (past_reference_mark(t, k, l->toks.end) == l->toks.end)
            return k;
    return l->toks.end;
}

/* Is the line break after line li inside a sentence, as in hard-wrapped
 * prose? A line near the page's width that does not end a sentence,
 * followed by text that is not a list item. */
static bool wrapped(const ex_text *t, size_t li)
{
    const ex_line *l = &t->lines[li];
    if (li + 1 >= t->nlines || l->toks.first == l->toks.end)
        return false;
    const ex_line *next = &t->lines[li + 1];
    if (t->flowing) /* a subtitle's cue lines, however short */
        return next->toks.first < next->toks.end;
    /* "Participants: ... / Chair: ...": the next line is a field of its own */
    ex_span label;
    ex_line_body(t, next, &label);
    if (label.first < label.end && label.first == next->toks.first)
        return false;
    /* "- Canada, Estonia, Israel," over "  Republic of Korea, ...": a list
     * item goes on in the next line indented to its text, however short */
    const ex_token *bullet = &t->tok[l->toks.first];
    if (bullet->kind == TOK_PUNCT && (bullet->ch == '-' || bullet->ch == '*' || bullet->ch == 0x2022) &&
        next->toks.first < next->toks.end && t->tok[next->toks.first].kind != TOK_PUNCT) {
        size_t body = bullet->off - l->off + bullet->len;
        while (body < l->len && t->buf[l->off + body] == ' ')
            body++;
        size_t next_indent = 0;
        while (next_indent < next->len && t->buf[next->off + next_indent] == ' ')
            next_indent++;
        const ex_token *end = &t->tok[l->toks.end - 1];
        bool ends = end->kind == TOK_PUNCT && (end->ch == '.' || end->ch == ':' || end->ch == '!' ||
                                               end->ch == '?');
        if (next_indent == body && !ends)
            return true;
    }
    /* a line of three words or more ending in a small word in lower case
     * that cannot end one ("is the", "Minister of") goes on, however short
     * (no heading ends so; "Annex A" and "Who we are" may) */
    static const char *const joining[] = { "the", "a", "an", "of", "and", "to", "for", "by",
                                           "with", "from", "between", NULL };
    const ex_token *opening_tok = &t->tok[next->toks.first];
    const ex_token *last_tok = &t->tok[l->toks.end - 1];
    if (next->toks.first < next->toks.end && ex_in_list(t, l->toks.end - 1, joining) &&
        !last_tok->upper && ex_words(t, l->toks) >= 3 &&
        !(opening_tok->kind == TOK_PUNCT && (opening_tok->ch == '-' || opening_tok->ch == '*' ||
                                             opening_tok->ch == 0x2022)))
        return true;
    /* a short line among long ones is a heading above its standfirst (in
     * a PDF's column, short is against the column's width) */
    size_t short_line = t->column_width ? t->column_width / 2 : 60;
    if (next->toks.first == next->toks.end || l->len < short_line ||
        4 * l->len < 3 * t->line_width)
        return false;
    /* a centred line (a PDF's headline over its dateline) is set apart by
     * its indent, which the next line does not share; so is a line whose
     * next one starts much further in (an HTML heading over its byline,
     * their tags blanked) */
    size_t indent = 0, next_indent = 0;
    while (indent < l->len && t->buf[l->off + indent] == ' ')
        indent++;
    while (next_indent < next->len && t->buf[next->off + next_indent] == ' ')
        next_indent++;
    /* (but a line going on in lower case, "thematic working / group, led
     * by", is a paragraph whose opening tag was blanked: "<li>Ministers") */
    bool goes_on = next_indent < indent && opening_tok->kind == TOK_WORD && !opening_tok->upper;
    if ((indent >= 8 && indent != next_indent && !goes_on) || next_indent >= indent + 8)
        return false;
    /* "- 2018 – Jerusalem ...": the next line is a list item */
    const ex_token *opening = &t->tok[next->toks.first];
    if (opening->kind == TOK_PUNCT && next->toks.first + 1 < next->toks.end &&
        (opening->ch == '-' || opening->ch == '*' || opening->ch == 0x2022))
        return false;
    /* "... the tenth member.[citation needed]": read without its mark */
    const ex_token *last = &t->tok[ex_line_end(t, l) - 1];
    if (last->kind == TOK_PUNCT && (last->ch == '.' || last->ch == '!' || last->ch == '?' ||
                                    last->ch == ':' || last->ch == 0x201D || last->ch == '"'))
        return false;
    /* a file name line (photo.jpg) is never part of prose, nor is a line
     * of fields set apart by "|" ("By A. Writer | 12 December 2022") */
    for (size_t i = next->toks.first; i < next->toks.end; i++)
        if (ex_is_punct(t, i, '|'))
            return false;
    return !(last->kind == TOK_WORD && l->toks.end - l->toks.first >= 2 &&
             ex_is_punct(t, l->toks.end - 2, '.'));
}

static bool build_sentences(ex_text *t)
{
    size_t cap = 0;
    size_t start = 0;
    for (size_t li = 0; li < t->nlines; li++) {
        const ex_line *l = &t->lines[li];
        for (size_t i = l->toks.first; i < l->toks.end; i++) {
            bool end = false;
            const ex_token *tk = &t->tok[i];
            if (tk->kind == TOK_PUNCT && (tk->ch == '.' || tk->ch == '!' || tk->ch == '?' ||
                                          tk->ch == 0x2026)) {
                size_t j = i + 1;
                /* a closing quote after the full stop belongs to the sentence */
                while (j < l->toks.end && t->tok[j].kind == TOK_PUNCT && !t->tok[j].space_before &&
                       (t->tok[j].ch == '"' || t->tok[j].ch == 0x201D || t->tok[j].ch == 0x2019 ||
                        t->tok[j].ch == ')'))
                    j++;
                /* and so does a reference mark: "... Digital Nations.[6] The chair" */
                j = past_reference_mark(t, j, l->toks.end);
                /* the next sentence may open with a quote: ... intact,” he said. “And ... */
                size_t next = j;
                if (next + 1 < l->toks.end && t->tok[next].space_before &&
                    (ex_is_punct(t, next, 0x201C) || ex_is_punct(t, next, '"')) &&
                    !t->tok[next + 1].space_before)
                    next++;
                /* (nor after initials: "James G.R. Bridges") */
                bool initials = tk->ch == '.' && i >= l->toks.first + 2 && t->tok[i - 1].len == 1 &&
                                t->tok[i - 1].kind == TOK_WORD && !t->tok[i - 1].space_before &&
                                ex_is_punct(t, i - 2, '.');
                if (j < l->toks.end && t->tok[j].space_before && t->tok[next].upper && !initials &&
                    !(tk->ch == '.' && i > l->toks.first && ex_in_list(t, i - 1, abbreviations))) {
                    end = true;
                    i = j - 1;
                }
            }
            /* a table's cell is read on its own: "16/11/2015 - 22/11/2015 |
             * Tallinn, Estonia | To lead the delegation at the summit, 19-20
             * November 2015" */
            end |= tk->kind == TOK_PUNCT && tk->ch == '|' && i > l->toks.first;
            if (end || (i + 1 == l->toks.end && !wrapped(t, li))) {
                if (!ex_reserve(t->mem, (void **)&t->sentences, &cap, t->nsentences + 1,
                                sizeof *t->sentences))
                    return false;
                t->sentences[t->nsentences].first = start;
                t->sentences[t->nsentences].end = i + 1;
                for (size_t k = start; k <= i; k++)
                    t->tok[k].sentence = (uint32_t)t->nsentences;
                t->nsentences++;
                start = i + 1;
            }
        }
    }
    return true;
}

uint32_t ex_source_line(const ex_text *t, size_t k)
{
    return t->source_line ? t->source_line[k] : (uint32_t)k + 1;
}

void ex_writer_put(ex_writer *w, const char *p, size_t n)
{
    if (w->failed || !ex_reserve(w->t->mem, (void **)&w->buf, &w->cap, w->o + n + 1, 1)) {
        w->failed = true;
        return;
    }
    memcpy(w->buf + w->o, p, n);
    w->o += n;
}

void ex_writer_str(ex_writer *w, const char *s)
{
    ex_writer_put(w, s, strlen(s));
}

void ex_writer_code_point(ex_writer *w, uint32_t cp)
{
    utf8proc_uint8_t u[4];
    utf8proc_ssize_t n = utf8proc_encode_char((utf8proc_int32_t)cp, u);
    if (n > 0)
        ex_writer_put(w, (const char *)u, (size_t)n);
}

void ex_writer_line(ex_writer *w, uint32_t line)
{
    if (w->lines)
        ex_writer_put(w, "\n", 1);
    if (w->failed || !ex_reserve(w->t->mem, (void **)&w->source, &w->source_cap, w->lines + 1,
                                 sizeof *w->source)) {
        w->failed = true;
        return;
    }
    w->source[w->lines++] = ex_source_line(w->t, line - 1);
}

bool ex_writer_finish(ex_writer *w, ex_text *t)
{
    ex_writer_put(w, "", 0); /* (room for the NUL) */
    bool ok = !w->failed;
    if (ok && w->o) {
        w->buf[w->o] = '\0';
        ex_text_replace(t, w->buf, w->o, w->source);
        w->buf = NULL;
        w->source = NULL;
    }
    ex_free(t->mem, w->buf);
    ex_free(t->mem, w->source);
    w->buf = NULL;
    w->source = NULL;
    return ok;
}

void ex_text_replace(ex_text *t, char *buf, size_t len, uint32_t *source_line)
{
    ex_free(t->mem, t->buf);
    ex_free(t->mem, t->source_line);
    t->buf = buf;
    t->len = len;
    t->source_line = source_line;
}

/* Is the text written in capitals, two lines in three or more of those
 * with two words or more (a telegram)? */
static bool mostly_capitals(const ex_text *t)
{
    size_t lines = 0, caps = 0;
    for (size_t k = 0; k < t->nlines; k++) {
        const ex_line *l = &t->lines[k];
        if (ex_words(t, l->toks) < 2)
            continue;
        lines++;
        caps += ex_all_caps(t, l->toks);
    }
    return lines > 0 && caps * 3 >= lines * 2;
}

bool ex_text_build(ex_text *t, ex_mem *m, const char *text, size_t len)
{
    memset(t, 0, sizeof *t);
    t->mem = m;
    /* (a raw e-mail is decoded first: its body may be any of the shapes below) */
    char *mail = NULL;
    uint32_t *mail_lines = NULL;
    if (ex_is_mime(text, len)) {
        if (!ex_mime_decode(m, text, len, &mail, &len, &mail_lines))
            return false;
        text = mail;
    }
    t->buf = ex_malloc(m, len + 1);
    bool normalised = t->buf && normalise(t, text, len);
    ex_free(m, mail);
    if (!normalised) {
        ex_free(m, mail_lines);
        return false;
    }
    if (mail_lines) {
        ex_free(m, t->source_line);
        t->source_line = mail_lines;
    }
    t->automatic = automatic_transcript(t->buf, t->len);
    if (!ex_tab_separated(t->buf, t->len))
        for (size_t k = 0; k < t->len; k++)
            if (t->buf[k] == '\t')
                t->buf[k] = ' ';
    /* (a patch's kept lines are read as the file they are: YAML, say) */
    if ((t->patch = ex_is_patch(t->buf, t->len)))
        ex_blank_patch(t->buf, t->len);
    bool notebook = false;
    if (ex_is_whatsapp(t->buf, t->len)) {
        if (!ex_whatsapp(t))
            return false;
    } else if (ex_is_tweets(t->buf, t->len)) {
        if (!ex_tweets(t))
            return false;
    } else if (ex_is_rtf(t->buf, t->len)) {
        if (!ex_rtf(t))
            return false;
    } else if (ex_is_wordml(t->buf, t->len)) {
        if (!ex_wordml(t))
            return false;
    } else if (ex_is_python(t->buf, t->len)) { /* (read as the JSON it holds) */
        if (!ex_python(t) || !ex_json_unfold(t))
            return false;
        ex_blank_json(t->buf, t->len, &t->yaml);
    } else if (ex_is_php(t->buf, t->len)) { /* (read as the JSON it holds) */
        if (!ex_php(t) || !ex_json_unfold(t))
            return false;
        ex_blank_json(t->buf, t->len, &t->yaml);
    } else if (ex_is_json(t->buf, t->len)) {
        if (!ex_json_text_lines(t) || !ex_json_unfold(t))
            return false;
        notebook = ex_blank_json(t->buf, t->len, &t->yaml);
    } else if (ex_is_html(t->buf, t->len))
        ex_blank_html(t->buf, t->len);
    else if (ex_is_feed(t->buf, t->len))
        ex_blank_feed(t->buf, t->len);
    else if (ex_is_latex(t->buf, t->len))
        ex_blank_latex(t->buf, t->len);
    else if (ex_is_sql(t->buf, t->len)) {
        if (!ex_sql(t))
            return false;
    } else if (ex_is_turtle(t->buf, t->len)) {
        if (!ex_turtle(t))
            return false;
    } else if (ex_is_wiki(t->buf, t->len)) {
        if (!ex_wiki(t))
            return false;
    } else if (ex_is_wikitext(t->buf, t->len)) {
        ex_blank_wikitext(t->buf, t->len);
    } else if (ex_is_bbcode(t->buf, t->len)) {
        ex_blank_bbcode(t->buf, t->len);
    } else if (ex_is_troff(t->buf, t->len)) {
        if (!ex_troff(t))
            return false;
    } else if (ex_is_asciidoc(t->buf, t->len)) {
        if (!ex_asciidoc(t))
            return false;
    } else if (ex_is_po(t->buf, t->len)) {
        if (!ex_po(t))
            return false;
    } else if (ex_is_org(t->buf, t->len)) {
        if (!ex_org(t))
            return false;
    } else if (ex_is_register(t->buf, t->len)) {
        if (!ex_register(t))
            return false;
    } else if (ex_is_rst(t->buf, t->len)) {
        if (!ex_rst(t))
            return false;
    } else if (ex_is_properties(t->buf, t->len)) {
        if (!ex_properties(t))
            return false;
    } else if (ex_is_hcl(t->buf, t->len)) {
        if (!ex_hcl(t))
            return false;
    } else if ((t->yaml = ex_is_yaml(t->buf, t->len)))
        ex_blank_yaml(t->buf, t->len);
    else if ((t->yaml = t->toml = ex_is_toml(t->buf, t->len)))
        ex_blank_toml(t->buf, t->len);
    else if (ex_is_spreadsheetml(t->buf, t->len)) {
        if (!ex_spreadsheetml(t))
            return false;
    } else if (ex_is_xml(t->buf, t->len)) {
        if (!ex_xml(t))
            return false;
    } else if (ex_is_exif(t->buf, t->len)) {
        if (!ex_exif(t))
            return false;
    }
    blank_revisions(t->buf, t->len);
    blank_translation_column(t->buf, t->len);
    /* (before its front matter goes) */
    bool markdown = t->markdown = notebook || is_markdown(t->buf, t->len);
    blank_front_matter(t->buf, t->len);
    blank_markdown_images(t->buf, t->len);
    blank_template_tags(t->buf, t->len);
    if (markdown) {
        blank_emphasis(t->buf, t->len);
        blank_components(t->buf, t->len);
    }
    if (!ex_subtitles(t) || !ex_csv(t) || !ex_wrapped_rows(t) || !ex_layout(t))
        return false;
    blank_chrome(t->buf, t->len);
    if (!tokenize(t) || !build_lines(t) || !build_sentences(t))
        return false;
    t->telegram = mostly_capitals(t);
    return true;
}

void ex_text_free(ex_text *t)
{
    if (!t->mem)
        return;
    ex_free(t->mem, t->buf);
    ex_free(t->mem, t->tok);
    ex_free(t->mem, t->sentences);
    ex_free(t->mem, t->lines);
    ex_free(t->mem, t->source_line);
    memset(t, 0, sizeof *t);
}

/* --- token helpers ------------------------------------------------------- */

size_t ex_tag_end(const char *s, size_t len, size_t i)
{
    size_t e = i + 1;
    char quote = 0;
    while (e < len && (quote || s[e] != '>')) {
        if (quote && s[e] == quote)
            quote = 0;
        else if (!quote && (s[e] == '"' || s[e] == '\''))
            quote = s[e];
        e++;
    }
    return e;
}

ex_bytes ex_next_line(const char *buf, size_t len, size_t *at)
{
    const char *nl = memchr(buf + *at, '\n', len - *at);
    size_t b = nl ? (size_t)(nl - buf) : len;
    ex_bytes l = { buf + *at, b - *at };
    *at = b + 1;
    return l;
}

size_t ex_bytes_indent(ex_bytes l)
{
    size_t k = 0;
    while (k < l.n && l.s[k] == ' ')
        k++;
    return k;
}

bool ex_bytes_starts(ex_bytes l, size_t at, const char *p)
{
    size_t n = strlen(p);
    return l.n >= at + n && memcmp(l.s + at, p, n) == 0;
}

size_t ex_bytes_quote_end(ex_bytes l, size_t k)
{
    size_t i = k + 1;
    while (i < l.n && l.s[i] != l.s[k])
        i += l.s[i] == '\\' ? 2 : 1;
    return i < l.n ? i + 1 : l.n;
}

bool ex_closes_word(char c)
{
    return c == ',' || c == '.' || c == ';' || c == ':' || c == ')' || c == '!' || c == '?';
}

char ex_ascii_lower(char c)
{
    if (c >= 'A' && c <= 'Z')
        return (char)(c - 'A' + 'a');
    return c;
}

bool ex_is(const ex_text *t, size_t i, const char *word)
{
    if (i >= t->ntok || t->tok[i].kind == TOK_PUNCT)
        return false;
    size_t n = strlen(word);
    if (t->tok[i].len != n)
        return false;
    const char *s = t->buf + t->tok[i].off;
    for (size_t k = 0; k < n; k++) {
        char c = s[k];
        if (c >= 'A' && c <= 'Z')
            c = (char)(c - 'A' + 'a');
        if (c != word[k])
            return false;
    }
    return true;
}

bool ex_is_punct(const ex_text *t, size_t i, uint32_t ch)
{
    return i < t->ntok && t->tok[i].kind == TOK_PUNCT && t->tok[i].ch == ch;
}

bool ex_is_dash(const ex_text *t, size_t i)
{
    return ex_is_punct(t, i, '-') || ex_is_punct(t, i, 0x2013) || ex_is_punct(t, i, 0x2014);
}

bool ex_is_open_quote(const ex_text *t, size_t i, uint32_t *close)
{
    if (i >= t->ntok || t->tok[i].kind != TOK_PUNCT)
        return false;
    switch (t->tok[i].ch) {
    case '"': *close = '"'; return true;
    case 0x201C: *close = 0x201D; return true;
    case 0x201E: *close = 0x201C; return true;
    case 0x2018: *close = 0x2019; return true;
    case 0xAB: *close = 0xBB; return true;
    case '\'': *close = '\''; return true;
    default: return false;
    }
}

int32_t ex_year(const ex_text *t, size_t i)
{
    if (i >= t->ntok)
        return 0;
    const ex_token *tk = &t->tok[i];
    return tk->kind == TOK_NUM && !tk->ordinal && tk->len == 4 && tk->num >= 1900 &&
                   tk->num <= 2999
               ? tk->num
               : 0;
}

bool ex_all_caps(const ex_text *t, ex_span s)
{
    for (size_t k = s.first; k < s.end; k++) {
        const ex_token *tk = &t->tok[k];
        for (size_t b = 0; tk->kind == TOK_WORD && b < tk->len; b++)
            if (t->buf[tk->off + b] >= 'a' && t->buf[tk->off + b] <= 'z')
                return false;
    }
    return true;
}

size_t ex_words(const ex_text *t, ex_span s)
{
    size_t n = 0;
    for (size_t i = s.first; i < s.end; i++)
        n += t->tok[i].kind != TOK_PUNCT;
    return n;
}

bool ex_is_sentence_end(const ex_text *t, size_t i)
{
    return ex_is_punct(t, i, '.') || ex_is_punct(t, i, '!') || ex_is_punct(t, i, '?') ||
           ex_is_punct(t, i, ';');
}

bool ex_in_list(const ex_text *t, size_t i, const char *const *words)
{
    for (; *words; words++)
        if (ex_is(t, i, *words))
            return true;
    return false;
}

int ex_month(const ex_text *t, size_t i, size_t *used)
{
    for (int m = 0; m < 12; m++)
        for (int k = 0; k < 6; k++) {
            if (!month_names[m][k] || !ex_is(t, i, month_names[m][k]))
                continue;
            /* "May" the verb and "March" the noun are months only when
             * written with a capital; Spanish and Portuguese months are
             * written in lower case */
            if (k < EX_MONTH_ENGLISH && !t->tok[i].upper)
                return 0;
            *used = (k > 0 && k < EX_MONTH_ENGLISH && ex_is_punct(t, i + 1, '.')) ? 2 : 1;
            return m + 1;
        }
    return 0;
}

int ex_weekday(const ex_text *t, size_t i)
{
    if (i >= t->ntok)
        return -1;
    bool upper = t->tok[i].upper;
    /* a Spanish weekday is written in lower case, or opens a date
     * ("Lunes 4 de noviembre"): "Domingo" alone may be a surname */
    bool spanish = !upper || (i + 1 < t->ntok && t->tok[i + 1].kind == TOK_NUM);
    for (int w = 0; w < 7; w++) {
        for (int k = 0; upper && k < 3 && weekday_names[w][k]; k++)
            if (ex_is(t, i, weekday_names[w][k]))
                return w;
        if (spanish && ex_is(t, i, spanish_weekdays[w]))
            return w;
    }
    return -1;
}

int ex_ordinal(const ex_text *t, size_t i)
{
    if (i >= t->ntok)
        return 0;
    if (t->tok[i].kind == TOK_NUM && t->tok[i].ordinal)
        return t->tok[i].num > 0 && t->tok[i].num < 1000 ? t->tok[i].num : 0;
    for (size_t k = 0; k < sizeof ordinal_words / sizeof ordinal_words[0]; k++)
        if (ex_is(t, i, ordinal_words[k]))
            return (int)k + 1;
    if (ex_is(t, i, "inaugural"))
        return 1;
    return 0;
}

ex_span ex_sentence_of(const ex_text *t, size_t i)
{
    ex_span none = { 0, 0 };
    if (i >= t->ntok)
        return none;
    return t->sentences[t->tok[i].sentence];
}

bool ex_span_has(const ex_text *t, ex_span s, const char *const *words)
{
    for (size_t i = s.first; i < s.end; i++)
        if (ex_in_list(t, i, words))
            return true;
    return false;
}

void ex_span_bytes(const ex_text *t, ex_span s, size_t *off, size_t *end)
{
    if (s.first >= s.end || s.end > t->ntok) {
        *off = *end = 0;
        return;
    }
    *off = t->tok[s.first].off;
    *end = t->tok[s.end - 1].off + t->tok[s.end - 1].len;
}

ex_span ex_line_body(const ex_text *t, const ex_line *l, ex_span *label)
{
    ex_span b = l->toks, none = { l->toks.first, l->toks.first };
    if (label)
        *label = none;
    /* bullets and brackets: - * • ▲ [ (eight at most: a line of them is
     * no list item, and each reading of it stays short) */
    while (b.first < b.end && b.first < l->toks.first + 8 && t->tok[b.first].kind == TOK_PUNCT &&
           (t->tok[b.first].ch == '-' || t->tok[b.first].ch == '*' ||
            t->tok[b.first].ch == 0x2022 || t->tok[b.first].ch == 0x25B2 ||
            t->tok[b.first].ch == '[' || t->tok[b.first].ch == 0xB7))
        b.first++;
    /* "Host:", "Key dates:", "Registration date :", "HOST/CHAIR COUNTRY:"
     * (four words at most, a "/" joining two) */
    for (size_t k = b.first, words = 0; k < b.end && words < 4; k++) {
        if (ex_is_punct(t, k, '/') && k > b.first && !t->tok[k].space_before && k + 1 < b.end &&
            !t->tok[k + 1].space_before && t->tok[k + 1].kind == TOK_WORD)
            continue;
        words++;
        if (ex_is_punct(t, k, ':')) {
            if (k > b.first && k + 1 < b.end) {
                if (label) {
                    label->first = b.first;
                    label->end = k;
                }
                b.first = k + 1;
            }
            break;
        }
        if (t->tok[k].kind != TOK_WORD)
            break;
    }
    if (b.first < b.end && (ex_is_punct(t, b.end - 1, ']') || ex_is_punct(t, b.end - 1, '.')))
        b.end--;
    /* a closing remark: "(held virtually)" */
    if (b.first < b.end && ex_is_punct(t, b.end - 1, ')'))
        for (size_t k = b.end - 1; k > b.first && k + 12 > b.end; k--)
            if (ex_is_punct(t, k - 1, '(')) {
                if (k - 1 > b.first)
                    b.end = k - 1;
                break;
            }
    return b;
}

bool ex_in_event_card(const ex_text *t, const ex_line *l)
{
    static const char *const places[] = { "venue", "venues", "location", "place", "city",
                                          "cities", "where", "lugar", "local", NULL };
    static const char *const dates[] = { "date", "dates", "when", "fecha", "data", NULL };
    bool place = false, date = false;
    for (const ex_line *n = l > t->lines + 2 ? l - 2 : t->lines;
         n < t->lines + t->nlines && n <= l + 2; n++) {
        ex_span label;
        ex_line_body(t, n, &label);
        if (label.end != label.first + 1)
            continue;
        place = place || ex_in_list(t, label.first, places);
        date = date || ex_in_list(t, label.first, dates);
    }
    return place && date;
}

const ex_line *ex_line_of(const ex_text *t, size_t i)
{
    uint32_t no = i < t->ntok ? t->tok[i].line : 1;
    return &t->lines[no - 1];
}

bool ex_looked_up(const ex_text *t, size_t i)
{
    static const char *const words[] = { "accessed", "retrieved", "consulted", NULL };
    return ex_in_list(t, i, words);
}

bool ex_line_blank(const ex_line *l)
{
    return l->toks.first == l->toks.end;
}

bool ex_paragraph_start(const ex_text *t, size_t i)
{
    const ex_line *l = ex_line_of(t, i);
    return l->toks.first == i && (l->no == 1 || ex_line_blank(l - 1));
}

const char *ex_capital_country(const char *city)
{
    if (!city)
        return NULL;
    for (size_t i = 0; i < sizeof capitals / sizeof capitals[0]; i++) {
        const char *a = city, *b = capitals[i].city;
        while (*a && *b && ex_ascii_lower(*a) == *b) {
            a++;
            b++;
        }
        if (!*a && !*b)
            return capitals[i].code;
    }
    return NULL;
}

size_t ex_demonym_count(void)
{
    return sizeof demonyms / sizeof demonyms[0] + sizeof extra_aliases / sizeof extra_aliases[0];
}

const char *ex_demonym_at(size_t i, const char **code, bool *is_demonym)
{
    size_t nd = sizeof demonyms / sizeof demonyms[0];
    if (i < nd) {
        *code = demonyms[i].code;
        *is_demonym = true;
        return demonyms[i].folded;
    }
    *code = extra_aliases[i - nd].code;
    *is_demonym = false;
    return extra_aliases[i - nd].folded;
}
