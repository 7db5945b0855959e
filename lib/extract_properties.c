/* A Java .properties file (a site's resource bundle) read as the YAML
 * the extractor knows:
 *
 *   # home page                                  (gone: comments)
 *   summit.title=N5 Ministerial Summit 2019      summit:
 *   summit.city=Oslo                               title: N5 Ministerial Summit 2019
 *   summit.when.detail=Two days, closing on \     city: Oslo
 *       the Tuesday.                               when detail: Two days, closing on the Tuesday.
 *   chair.name=Ola Nordmann                      chair:
 *   chair.role=Minister of Digitalisation          name: Ola Nordmann
 *   nb.summit.title=N5-ministermøtet 2019          role: Minister of Digitalisation
 *                                                (gone: a translation's keys)
 *
 * A key's first part heads its group, the rest is its label; a line
 * ending in a backslash goes on with the next; "\u00e9" is "é" and
 * "\:" ":". Keys under a language's code ("pt.summit.title") are the
 * page again in that language, and go. Each line written keeps the line
 * its key is on (ex_writer). */
#include <stdbool.h>
#include <stdint.h>
#include <string.h>

#include "extract_internal.h"

static bool key_char(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
           c == '_' || c == '-' || c == '.';
}

/* "summit.city=Oslo" (or ':', or " = "): the key's end in *ke and the
 * value's start in *v; false if the line is no dotted key's. */
static bool dotted_setting(ex_bytes l, size_t *ke, size_t *v)
{
    size_t k = 0, dots = 0;
    while (k < l.n && key_char(l.s[k]))
        dots += l.s[k++] == '.';
    if (k == 0 || dots == 0 || l.s[0] == '.' || l.s[k - 1] == '.')
        return false;
    size_t e = k;
    while (k < l.n && l.s[k] == ' ')
        k++;
    if (k >= l.n || (l.s[k] != '=' && l.s[k] != ':'))
        return false;
    for (k++; k < l.n && l.s[k] == ' ';)
        k++;
    *ke = e;
    *v = k;
    return true;
}

bool ex_is_properties(const char *buf, size_t len)
{
    size_t a = 0, lines = 0, settings = 0, quoted = 0, other = 0;
    while (a < len && lines < 400) {
        ex_bytes l = ex_next_line(buf, len, &a);
        lines++;
        size_t ke, v;
        if (l.n == 0 || l.s[0] == '#' || l.s[0] == '!' || l.s[0] == ' ')
            continue; /* (comments, continuations) */
        if (dotted_setting(l, &ke, &v)) {
            settings++;
            quoted += v < l.n && (l.s[v] == '"' || l.s[v] == '[' || l.s[v] == '{');
        } else {
            other++;
        }
    }
    /* (TOML's dotted keys have quoted values; YAML's keys no dots) */
    return settings >= 8 && other * 4 <= settings && quoted * 5 <= settings;
}

/* Does line l end in a backslash that is no escaped one: does its value
 * go on? */
static bool continues(ex_bytes l)
{
    size_t n = 0;
    while (n < l.n && l.s[l.n - 1 - n] == '\\')
        n++;
    return n % 2 == 1;
}

/* Is the key's first part a language's code ("pt" of "pt.summit.title")? */
static bool translation_key(ex_bytes l, size_t ke)
{
    static const char *const codes[] = { "pt", "es", "fr", "de", "it", "nl", "da", "et", "he",
                                         "ko", "nb", "no", "sv", "fi", "lv", "lt", "pl", NULL };
    const char *dot = memchr(l.s, '.', ke);
    size_t n = dot ? (size_t)(dot - l.s) : 0;
    for (size_t q = 0; codes[q] && n == 2; q++)
        if (memcmp(l.s, codes[q], 2) == 0)
            return true;
    return false;
}

/* Writes value bytes l.s[v, end) unescaped ("\u00e9" as UTF-8, "\:" as
 * ":", "\t" a space); true if it ends in a lone backslash (it goes on). */
static bool put_value(ex_writer *w, ex_bytes l, size_t v)
{
    for (size_t k = v; k < l.n; k++) {
        if (l.s[k] != '\\') {
            ex_writer_put(w, l.s + k, 1);
            continue;
        }
        if (k + 1 == l.n)
            return true;
        char next = l.s[k + 1];
        int32_t cp;
        size_t used = ex_unicode_escape(l.s + k, l.n - k, &cp); /* ("\u00e9", a pair) */
        if (used && cp > 0 && !(cp >= 0xD800 && cp <= 0xDFFF)) {
            ex_writer_code_point(w, (uint32_t)cp);
            k += used - 1;
            continue;
        }
        ex_writer_put(w, next == 't' || next == 'n' || next == 'r' ? " " : &l.s[k + 1], 1);
        k++;
    }
    return false;
}

bool ex_properties(ex_text *t)
{
    ex_writer w = { .t = t };
    char group[64] = ""; /* the first part of the keys being written */
    bool continued = false, skipping = false;
    uint32_t no = 0;
    for (size_t a = 0; a < t->len;) {
        ex_bytes l = ex_next_line(t->buf, t->len, &a);
        no++;
        if (continued) { /* (a value's next line, its indent gone) */
            size_t k = 0;
            while (k < l.n && l.s[k] == ' ')
                k++;
            continued = skipping ? continues(l) : put_value(&w, l, k);
            continue;
        }
        size_t ke, v;
        if (l.n == 0 || l.s[0] == '#' || l.s[0] == '!' || !dotted_setting(l, &ke, &v))
            continue;
        skipping = translation_key(l, ke);
        if (skipping) {
            continued = continues(l);
            continue;
        }
        size_t first = (size_t)((const char *)memchr(l.s, '.', ke) - l.s);
        if (first >= sizeof group || strlen(group) != first || memcmp(group, l.s, first) != 0) {
            size_t n = first < sizeof group - 1 ? first : sizeof group - 1;
            memcpy(group, l.s, n);
            group[n] = '\0';
            ex_writer_line(&w, no);
            ex_writer_line(&w, no);
            ex_writer_put(&w, l.s, first);
            ex_writer_put(&w, ":", 1);
        }
        ex_writer_line(&w, no);
        ex_writer_put(&w, "  ", 2);
        for (size_t k = first + 1; k < ke; k++) /* "when.detail" is "when detail" */
            ex_writer_put(&w, l.s[k] == '.' || l.s[k] == '_' ? " " : &l.s[k], 1);
        ex_writer_put(&w, ": ", 2);
        continued = put_value(&w, l, v);
    }
    if (!ex_writer_finish(&w, t))
        return false;
    t->yaml = true;
    return true;
}
