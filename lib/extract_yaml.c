/* A YAML document (an open-data portal's export, say) read as its text:
 *
 *   theme_en: "Resilient and Responsive Service"   # official wording
 *   theme_fr: "Un service résilient et réactif"
 *   dates:
 *     start: 2020-11-02
 *
 * reads as
 *
 *   theme   : "Resilient and Responsive Service"
 *
 *   dates:
 *     start: 2020-11-02
 *
 * Comments go, and so do a value's quotes and a null value ("null",
 * "~"); a key's underscores are spaces ("start_date" names a Start
 * field), and its English suffix goes
 * ("theme_en" is "theme"); where the document writes a key in English, the
 * key in another language ("theme_fr") goes with its value, so that a
 * translation is not a second theme. Blanked in
 * place: the text keeps its length and its lines. */
#include <stdbool.h>
#include <stdint.h>
#include <string.h>

#include "extract_internal.h"

/* Where the key of the line at buf[a, b) ends (its ':'), after any indent
 * and "- "; 0 when the line is no "key:" line. *key gets its start. */
static size_t key_end(const char *buf, size_t a, size_t b, size_t *key)
{
    size_t i = a;
    while (i < b && buf[i] == ' ')
        i++;
    if (i + 1 < b && buf[i] == '-' && buf[i + 1] == ' ')
        i += 2;
    *key = i;
    size_t k = i;
    while (k < b && ((buf[k] >= 'a' && buf[k] <= 'z') || (buf[k] >= 'A' && buf[k] <= 'Z') ||
                     (buf[k] >= '0' && buf[k] <= '9') || buf[k] == '_' || buf[k] == '-'))
        k++;
    /* (an INI file's "city=Oslo" is "city:Oslo"; but "https://..." is no key) */
    if (k == i || k >= b || buf[k] != ':' || (k + 1 < b && buf[k + 1] == '/'))
        return 0;
    return k;
}

/* A line that is a comment, blank, a "key:" line or a "- item"; *key
 * gets where its key starts, or SIZE_MAX when it has none. */
static bool yaml_line(const char *buf, size_t a, size_t b, size_t *key)
{
    size_t i = a;
    while (i < b && buf[i] == ' ')
        i++;
    if (!key_end(buf, a, b, key))
        *key = SIZE_MAX;
    return i == b || buf[i] == '#' || *key != SIZE_MAX ||
           (i + 1 < b && buf[i] == '-' && buf[i + 1] == ' ');
}

bool ex_is_yaml(const char *buf, size_t len)
{
    size_t lines = 0, yaml = 0, keys = 0, lower = 0;
    for (size_t a = 0; a < len && lines < 200;) {
        const char *nl = memchr(buf + a, '\n', len - a);
        size_t b = nl ? (size_t)(nl - buf) : len, key;
        yaml += yaml_line(buf, a, b, &key);
        lines++;
        keys += key != SIZE_MAX;
        lower += key != SIZE_MAX && buf[key] >= 'a' && buf[key] <= 'z';
        a = b + 1;
    }
    /* (nearly every line, and many keys, most in lower case as data files
     * write them: not a page of "Event:", "City:" labels) */
    return keys >= 8 && yaml * 10 >= lines * 9 && lower * 10 >= keys * 7;
}

/* Is the key at buf[k, e) suffixed with a language ("_en", "_fr")? */
static bool language_suffix(const char *buf, size_t k, size_t e)
{
    static const char *const languages[] = { "en", "fr", "es", "pt", "de", "it", "nl", "da",
                                             "et", "he", "ko", "ja", "zh", "sv", "fi", "no",
                                             "lv", "lt", "pl", "mi", NULL };
    if (e - k <= 3 || buf[e - 3] != '_')
        return false; /* ("held_in", "city_id" are no languages) */
    for (size_t q = 0; languages[q]; q++)
        if (buf[e - 2] == languages[q][0] && buf[e - 1] == languages[q][1])
            return true;
    return false;
}

/* The keys a document writes in English: "theme" of "theme_en". */
#define MAX_ENGLISH 64
typedef struct english_keys {
    size_t at[MAX_ENGLISH], len[MAX_ENGLISH];
    size_t n; /* (may pass MAX_ENGLISH: then any key counts as one) */
} english_keys;

static bool has_english(const char *buf, const english_keys *en, size_t k, size_t len)
{
    if (en->n > MAX_ENGLISH)
        return true;
    for (size_t q = 0; q < en->n; q++)
        if (en->len[q] == len && memcmp(buf + en->at[q], buf + k, len) == 0)
            return true;
    return false;
}

void ex_blank_translations(char *buf, size_t len)
{
    english_keys en = { .n = 0 };
    for (size_t a = 0; a < len;) {
        const char *nl = memchr(buf + a, '\n', len - a);
        size_t b = nl ? (size_t)(nl - buf) : len, k;
        size_t e = key_end(buf, a, b, &k);
        if (e && language_suffix(buf, k, e) && buf[e - 2] == 'e' && buf[e - 1] == 'n' &&
            !has_english(buf, &en, k, e - 3 - k)) {
            if (en.n < MAX_ENGLISH) {
                en.at[en.n] = k;
                en.len[en.n] = e - 3 - k;
            }
            en.n++;
        }
        a = b + 1;
    }
    for (size_t a = 0; a < len;) {
        const char *nl = memchr(buf + a, '\n', len - a);
        size_t b = nl ? (size_t)(nl - buf) : len, k;
        size_t e = key_end(buf, a, b, &k);
        if (e && language_suffix(buf, k, e)) {
            bool english = buf[e - 2] == 'e' && buf[e - 1] == 'n';
            if (!english && has_english(buf, &en, k, e - 3 - k))
                ex_blank_bytes(buf, a, b); /* a translation */
            else
                ex_blank_bytes(buf, e - 3, e);
        }
        a = b + 1;
    }
}

void ex_blank_yaml(char *buf, size_t len)
{
    for (size_t a = 0; a < len;) {
        const char *nl = memchr(buf + a, '\n', len - a);
        size_t b = nl ? (size_t)(nl - buf) : len, k;
        /* a comment: "#" at the line's start or after a space, outside quotes */
        char quote = 0;
        for (size_t i = a; i < b; i++) {
            if (quote) {
                if (buf[i] == quote)
                    quote = 0;
            } else if ((buf[i] == '"' || buf[i] == '\'') && (i == a || buf[i - 1] == ' ')) {
                quote = buf[i]; /* (an apostrophe inside a word opens nothing) */
            } else if (buf[i] == '#' && (i == a || buf[i - 1] == ' ')) {
                ex_blank_bytes(buf, i, b);
                break;
            }
        }
        size_t e = key_end(buf, a, b, &k);
        /* a quoted value: the quotes go ("file: "DN Family Photo.png"", a
         * list's item "- "DN Family Photo.png"") */
        size_t v = e + 1, w = b;
        if (!e) {
            v = a;
            while (v < b && buf[v] == ' ')
                v++;
            v = v + 1 < b && buf[v] == '-' && buf[v + 1] == ' ' ? v + 2 : b;
        }
        while (v < b && buf[v] == ' ')
            v++;
        while (w > v && buf[w - 1] == ' ')
            w--;
        /* "person: null", "venue: ~": no value (but "null" in quotes is one) */
        if ((w - v == 4 && (memcmp(buf + v, "null", 4) == 0 || memcmp(buf + v, "Null", 4) == 0 ||
                            memcmp(buf + v, "NULL", 4) == 0)) ||
            (w - v == 1 && buf[v] == '~'))
            ex_blank_bytes(buf, v, w);
        else if (w > v + 1 && (buf[v] == '"' || buf[v] == '\'') && buf[w - 1] == buf[v] &&
            !memchr(buf + v + 1, buf[v], w - v - 2)) {
            buf[v] = ' ';
            buf[w - 1] = ' ';
        }
        a = b + 1;
    }
    ex_blank_keys(buf, len);
}

void ex_blank_keys(char *buf, size_t len)
{
    ex_blank_translations(buf, len);
    for (size_t a = 0; a < len;) { /* (after the suffixes: "start_date" is "start date") */
        const char *nl = memchr(buf + a, '\n', len - a);
        size_t b = nl ? (size_t)(nl - buf) : len, k;
        size_t e = key_end(buf, a, b, &k);
        for (size_t i = k; e && i < e; i++)
            if (buf[i] == '_')
                buf[i] = ' ';
        a = b + 1;
    }
}
