/* An XML export (an open-data portal's events, say) read as the YAML the
 * extractor knows:
 *
 *   <ev:eventos>
 *     <ev:evento id="EVT-0342" cimeira-ministerial="sim">
 *       <ev:tema>Better Data, Better Society</ev:tema>
 *       <ev:local><geo:cidade>Lisboa</geo:cidade></ev:local>
 *
 * becomes
 *
 *   eventos:
 *     - evento:
 *         id: EVT-0342
 *         cimeira-ministerial: sim
 *       tema: Better Data, Better Society
 *       local:
 *         cidade: Lisboa
 *
 * An element is its local name and a colon; one holding only text is a
 * "name: text" line; attributes are lines under their element; each element
 * under the root that holds others is an item ("- "), as a YAML list's
 * records are. Comments and the prolog go; the entities the document
 * declares ("<!ENTITY dn "Digital Nations">") are written out. Each line
 * written keeps the number of the line it starts on. */
#include <stdbool.h>
#include <stdint.h>
#include <string.h>

#include "extract_internal.h"

#define MAX_ENTITIES 32
#define MAX_DEPTH 64
#define MAX_INDENT 8

typedef struct entity {
    const char *name, *value;
    size_t name_len, value_len;
} entity;

typedef struct writer {
    char *out;
    size_t o, cap;
    uint32_t *source;
    size_t lines;
    const ex_text *t;
    bool full; /* something did not fit: nothing more is written */
    size_t source_cap;
} writer;

bool ex_is_xml(const char *buf, size_t len)
{
    size_t i = 0;
    while (i < len && (buf[i] == ' ' || buf[i] == '\n'))
        i++;
    return ex_starts_nocase(buf + i, len - i, "<?xml");
}

static bool name_char(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
           c == '-' || c == '_' || c == '.' || c == ':' || (unsigned char)c >= 0x80;
}

/* Bytes, written if they fit (the buffer is sized so that they do but
 * on a hostile document, whose rest is then left out). */
static void put(writer *w, const char *s, size_t n)
{
    if (w->full || w->o + n > w->cap) {
        w->full = true;
        return;
    }
    memcpy(w->out + w->o, s, n);
    w->o += n;
}

/* Opens a line at `depth`, from input line `from` (0-based). */
static void new_line(writer *w, size_t depth, size_t from)
{
    if (w->lines == w->source_cap)
        w->full = true;
    if (w->full)
        return;
    if (w->lines)
        put(w, "\n", 1);
    w->source[w->lines++] = ex_source_line(w->t, from);
    for (size_t k = 0; k < depth && k < MAX_INDENT; k++) /* (deeper is no clearer) */
        put(w, "  ", 2);
}

/* Writes text s[a, b): runs of white space one space, the ends trimmed,
 * declared entities written out. */
static void put_text(writer *w, const char *s, size_t a, size_t b, const entity *es, size_t nes)
{
    while (a < b && (s[a] == ' ' || s[a] == '\n'))
        a++;
    while (b > a && (s[b - 1] == ' ' || s[b - 1] == '\n'))
        b--;
    for (size_t i = a; i < b; i++) {
        if (s[i] == ' ' || s[i] == '\n') {
            if (s[i - 1] != ' ' && s[i - 1] != '\n')
                put(w, " ", 1);
            continue;
        }
        if (s[i] == '&') {
            size_t k = i + 1;
            while (k < b && name_char(s[k]))
                k++;
            size_t q = 0;
            while (k < b && s[k] == ';' && q < nes &&
                   !(es[q].name_len == k - i - 1 && memcmp(es[q].name, s + i + 1, k - i - 1) == 0))
                q++;
            if (k < b && s[k] == ';' && q < nes) {
                /* (its line breaks are spaces: a value opens no line) */
                for (size_t v = 0; v < es[q].value_len; v++)
                    put(w, es[q].value[v] == '\n' ? " " : es[q].value + v, 1);
                i = k;
                continue;
            }
        }
        put(w, s + i, 1);
    }
}

/* The local name of the element or attribute named at s[a, b): after its
 * prefix ("ev:tema" -> "tema"). */
static size_t local_name(const char *s, size_t a, size_t b)
{
    for (size_t k = b; k > a; k--)
        if (s[k - 1] == ':')
            return k;
    return a;
}

/* Reads the entities an internal DTD declares in s[a, b). */
static size_t read_entities(const char *s, size_t a, size_t b, entity *es)
{
    size_t n = 0;
    for (size_t i = a; i + 8 < b && n < MAX_ENTITIES; i++) {
        if (memcmp(s + i, "<!ENTITY", 8) != 0)
            continue;
        size_t k = i + 8;
        while (k < b && s[k] == ' ')
            k++;
        size_t name = k;
        while (k < b && name_char(s[k]))
            k++;
        size_t name_end = k;
        while (k < b && s[k] == ' ')
            k++;
        if (k >= b || (s[k] != '"' && s[k] != '\'') || name_end == name)
            continue;
        const char *close = memchr(s + k + 1, s[k], b - k - 1);
        if (!close)
            break;
        es[n++] = (entity){ s + name, s + k + 1, name_end - name, (size_t)(close - s) - k - 1 };
        i = (size_t)(close - s);
    }
    return n;
}

/* Writes the attributes of the tag s[n, e) (past its name) as lines
 * "name: value" at `depth`, from input line `from`. */
static void put_attributes(writer *w, const char *s, size_t n, size_t e, size_t depth,
                           size_t from, const entity *es, size_t nes, bool skip_lang)
{
    for (size_t k = n; k < e;) {
        while (k < e && !name_char(s[k]))
            k++;
        size_t an = k;
        while (k < e && name_char(s[k]))
            k++;
        size_t ae = k;
        if (k >= e || s[k] != '=' || k + 1 >= e || (s[k + 1] != '"' && s[k + 1] != '\''))
            continue;
        const char *close = memchr(s + k + 2, s[k + 1], e - k - 2);
        if (!close)
            break;
        size_t al = local_name(s, an, ae);
        /* (namespace declarations are no data: "xmlns:ev") */
        bool lang = skip_lang && ae - al == 4 && memcmp(s + al, "lang", 4) == 0;
        if (!(ae - an >= 5 && memcmp(s + an, "xmlns", 5) == 0) && !lang) {
            new_line(w, depth, from);
            put(w, s + al, ae - al);
            put(w, ": ", 2);
            put_text(w, s, k + 2, (size_t)(close - s), es, nes);
        }
        k = (size_t)(close - s) + 1;
    }
}

/* The value of attribute `name` in the tag s[n, e), in s[*a, *b); false
 * if the tag has none. */
static bool attribute(const char *s, size_t n, size_t e, const char *name, size_t *a, size_t *b)
{
    size_t len = strlen(name);
    for (size_t k = n; k + len + 2 < e; k++) {
        if (s[k - 1] != ' ' || memcmp(s + k, name, len) != 0 || s[k + len] != '=' ||
            (s[k + len + 1] != '"' && s[k + len + 1] != '\''))
            continue;
        const char *close = memchr(s + k + len + 2, s[k + len + 1], e - k - len - 2);
        if (!close)
            return false;
        *a = k + len + 2;
        *b = (size_t)(close - s);
        return true;
    }
    return false;
}

/* The language the tag s[n, e) gives its text (xml:lang="pt" or
 * lang="pt-BR": "pt"), or NULL. */
static const char *tag_language(const char *s, size_t n, size_t e)
{
    for (size_t k = n; k + 9 <= e; k++)
        if (memcmp(s + k, "lang=", 5) == 0 && (s[k - 1] == ':' || s[k - 1] == ' ') &&
            (s[k + 5] == '"' || s[k + 5] == '\'') && s[k + 6] >= 'a' && s[k + 6] <= 'z' &&
            s[k + 7] >= 'a' && s[k + 7] <= 'z' && (s[k + 8] == s[k + 5] || s[k + 8] == '-'))
            return s + k + 6;
    return NULL;
}

bool ex_xml(ex_text *t)
{
    const char *s = t->buf;
    size_t len = t->len;
    entity es[MAX_ENTITIES];
    size_t nes = 0;
    /* (each byte is written at most once, with at most a line's indent
     * and a colon per tag, and each entity may grow it: generous) */
    writer w = { NULL, 0, 8 * len + 64, NULL, 0, t, false, len + 2 };
    w.out = ex_malloc(t->mem, w.cap + 1);
    w.source = ex_malloc(t->mem, (len + 2) * sizeof *w.source);
    if (!w.out || !w.source) {
        ex_free(t->mem, w.out);
        ex_free(t->mem, w.source);
        return false;
    }
    size_t depth = 0, deeper = 0, line = 0; /* (deeper: elements open past MAX_DEPTH) */
    bool outline = false; /* an OPML outline's: a nested list, not data */
    for (size_t i = 0; i < len;) {
        if (s[i] != '<') { /* text between elements: a line of its own */
            size_t e = i;
            while (e < len && s[e] != '<')
                e++;
            size_t a = i;
            while (a < e && (s[a] == ' ' || s[a] == '\n'))
                line += s[a++] == '\n';
            if (a < e) {
                new_line(&w, depth, line);
                put_text(&w, s, a, e, es, nes);
            }
            for (size_t k = a; k < e; k++)
                line += s[k] == '\n';
            i = e;
            continue;
        }
        /* "<![CDATA[...]]>": its text, as text */
        if (ex_starts_nocase(s + i, len - i, "<![cdata[")) {
            size_t a = i + 9, e = a;
            while (e + 3 <= len && memcmp(s + e, "]]>", 3) != 0)
                e++;
            new_line(&w, depth, line);
            put_text(&w, s, a, e < len ? e : len, es, nes);
            for (size_t k = i; k < e && k < len; k++)
                line += s[k] == '\n';
            i = e + 3 <= len ? e + 3 : len;
            continue;
        }
        /* markup that is no element: the prolog, comments, the DTD (to its
         * "]>" if it declares anything, else to its ">") */
        bool subset = false;
        for (size_t k = i; ex_starts_nocase(s + i, len - i, "<!doctype") && k < len && s[k] != '>';
             k++)
            subset |= s[k] == '[';
        const char *end_mark = ex_starts_nocase(s + i, len - i, "<?") ? "?>"
                               : ex_starts_nocase(s + i, len - i, "<!--") ? "-->"
                               : ex_starts_nocase(s + i, len - i, "<!doctype") ? (subset ? "]>" : ">")
                               : NULL;
        if (end_mark) {
            size_t e = i + 2;
            while (e + strlen(end_mark) <= len && memcmp(s + e, end_mark, strlen(end_mark)) != 0)
                e++;
            e = e + strlen(end_mark) <= len ? e + strlen(end_mark) : len;
            if (end_mark[0] == ']')
                nes = read_entities(s, i, e, es);
            for (size_t k = i; k < e; k++)
                line += s[k] == '\n';
            i = e;
            continue;
        }
        size_t e = ex_tag_end(s, len, i); /* the tag's end, past its '>' */
        e = e < len ? e + 1 : len;
        size_t tag_line = line;
        for (size_t k = i; k < e; k++)
            line += s[k] == '\n';
        if (i + 1 < len && s[i + 1] == '/') { /* a closing tag */
            if (deeper)
                deeper--;
            else
                depth -= depth > 0;
            i = e;
            continue;
        }
        size_t n = i + 1;
        while (n < e && name_char(s[n]))
            n++;
        size_t ln = local_name(s, i + 1, n);
        bool empty = e >= 2 && s[e - 2] == '/';
        /* an element holding only text: "name: text" */
        size_t text_end = e;
        while (text_end < len && s[text_end] != '<')
            text_end++;
        if (!empty && text_end + 1 < len && s[text_end + 1] == '/') {
            new_line(&w, depth, tag_line);
            put(&w, s + ln, n - ln);
            /* (a text's language is its name's, as a YAML export writes
             * it: "<dc:title xml:lang="pt">" is "title_pt") */
            const char *lang = tag_language(s, n, e);
            if (lang) {
                put(&w, "_", 1);
                put(&w, lang, 2);
            }
            put(&w, ": ", 2);
            put_text(&w, s, e, text_end, es, nes);
            /* (its attributes under it: "pessoa: Mário Campolargo" over
             * "  cargo: Secretário de Estado ...") */
            put_attributes(&w, s, n, e, depth + 1, tag_line, es, nes, lang != NULL);
            for (size_t k = e; k < text_end; k++)
                line += s[k] == '\n';
            size_t c = text_end; /* past the closing tag */
            while (c < len && s[c] != '>')
                c++;
            i = c < len ? c + 1 : len;
            continue;
        }
        /* an outline's node (OPML): its text a list's item, its note a
         * line under it, its children items under it */
        size_t ta, tb;
        if (n - ln == 7 && memcmp(s + ln, "outline", 7) == 0 && attribute(s, n, e, "text", &ta, &tb)) {
            outline = true;
            new_line(&w, depth, tag_line);
            put(&w, "- ", 2);
            put_text(&w, s, ta, tb, es, nes);
            if (attribute(s, n, e, "_note", &ta, &tb) && tb > ta) {
                /* (indented past the item's text: no tail of its field) */
                new_line(&w, depth + 2, tag_line);
                put_text(&w, s, ta, tb, es, nes);
            }
            if (!empty && depth < MAX_DEPTH)
                depth++;
            else if (!empty)
                deeper++;
            i = e;
            continue;
        }
        /* an element holding others: its name, and its attributes under it;
         * under the root, an item of a list */
        new_line(&w, depth, tag_line);
        if (depth == 1)
            put(&w, "- ", 2);
        put(&w, s + ln, n - ln);
        put(&w, ":", 1);
        put_attributes(&w, s, n, e, depth + 1 + (depth == 1), tag_line, es, nes, false);
        if (!empty && depth < MAX_DEPTH)
            depth++;
        else if (!empty)
            deeper++;
        i = e;
    }
    /* (a document cut short ends at its last whole line: no character
     * is cut in two) */
    while (w.full && w.o > 0 && w.out[w.o - 1] != '\n')
        w.o--;
    w.out[w.o] = '\0';
    ex_blank_translations(w.out, w.o);
    ex_text_replace(t, w.out, w.o, w.source);
    t->yaml = !outline;
    return true;
}
