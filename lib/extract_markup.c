/* Wiki and forum markup blanked in place to the text it shows:
 *
 *   MediaWiki wikitext                          reads as
 *   {{Infobox event                             (blank)
 *   | location = [[Busan]], [[South Korea]]       location : Busan, South Korea
 *   held in [[Busan]].<ref>{{cite web |...}}</ref>   held in Busan.
 *   the '''2016 D5 Summit'''                    the 2016 D5 Summit
 *   [[File:x.jpg|thumb|Delegates]]              x.jpg Delegates
 *
 *   BBCode (a forum post)
 *   [quote="kiwi_dev"]...[/quote]               ...
 *   [url=https://...]the release[/url]          the release
 *   [b]Wellington[/b], [img]a.jpg[/img]         Wellington, a.jpg
 *
 * References (<ref>...</ref>, which cite other pages and their dates),
 * comments and templates that are no infobox go whole; a link shows its
 * label; an infobox's "| key = value" line is a "key : value" field. A
 * construct is read 4000 bytes at most. The text keeps its length and its
 * lines. */
#include <stdbool.h>
#include <stdint.h>
#include <string.h>

#include "extract_internal.h"

#define REACH 4000

static bool starts_at(const char *buf, size_t len, size_t i, const char *p)
{
    size_t n = strlen(p);
    return i <= len && len - i >= n && memcmp(buf + i, p, n) == 0;
}

/* Where `close` next starts after i within REACH, or SIZE_MAX. */
static size_t find(const char *buf, size_t len, size_t i, const char *close)
{
    size_t n = strlen(close);
    for (size_t k = i; k + n <= len && k < i + REACH; k++)
        if (memcmp(buf + k, close, n) == 0)
            return k;
    return SIZE_MAX;
}

/* Blanks [a, b) but for its line breaks. */
static void blank_keeping_lines(char *buf, size_t a, size_t b)
{
    for (size_t k = a; k < b; k++)
        if (buf[k] != '\n')
            buf[k] = ' ';
}

bool ex_is_wikitext(const char *buf, size_t len)
{
    size_t head = len < 8192 ? len : 8192, marks = 0;
    static const char *const signs[] = { "{{Infobox", "[[", "<ref", "{{cite", "'''", "\n== ",
                                         NULL };
    for (size_t q = 0; signs[q]; q++)
        marks += find(buf, head, 0, signs[q]) != SIZE_MAX;
    return marks >= 3;
}

bool ex_is_bbcode(const char *buf, size_t len)
{
    size_t head = len < 8192 ? len : 8192, marks = 0;
    static const char *const signs[] = { "[quote", "[/quote]", "[b]", "[url", "[img]", "[list]",
                                         "[/b]", NULL };
    for (size_t q = 0; signs[q]; q++)
        marks += find(buf, head, 0, signs[q]) != SIZE_MAX;
    return marks >= 3;
}

void ex_blank_wikitext(char *buf, size_t len)
{
    size_t infobox_end = 0; /* the infobox's fields are before it */
    for (size_t i = 0; i < len; i++) {
        /* references and comments go whole */
        if (starts_at(buf, len, i, "<ref")) {
            size_t e = find(buf, len, i, ">");
            if (e == SIZE_MAX)
                continue;
            if (buf[e - 1] != '/') { /* (not "<ref name=x />") */
                size_t c = find(buf, len, e, "</ref>");
                e = c == SIZE_MAX ? e : c + 5;
            }
            blank_keeping_lines(buf, i, e + 1);
            i = e;
        } else if (starts_at(buf, len, i, "<!--")) {
            size_t e = find(buf, len, i, "-->");
            if (e != SIZE_MAX) {
                blank_keeping_lines(buf, i, e + 3);
                i = e + 2;
            }
        } else if (starts_at(buf, len, i, "{{")) {
            /* an infobox's braces go, its fields stay; "{{hlist|a|b}}" shows
             * its items; other templates ("{{cite ...}}", "{{Use dmy
             * dates}}") go whole */
            bool infobox = starts_at(buf, len, i + 2, "Infobox");
            bool list = starts_at(buf, len, i + 2, "hlist") || starts_at(buf, len, i + 2, "flatlist");
            size_t depth = 0, e = i;
            for (; e + 1 < len && e < i + REACH; e++) {
                if (buf[e] == '{' && buf[e + 1] == '{') {
                    depth++;
                    e++;
                } else if (buf[e] == '}' && buf[e + 1] == '}' && --depth == 0) {
                    break;
                }
            }
            if (depth != 0 || e + 1 >= len)
                continue;
            if (infobox) {
                const char *nl = memchr(buf + i, '\n', e - i);
                blank_keeping_lines(buf, i, nl ? (size_t)(nl - buf) : i + 2);
                buf[e] = buf[e + 1] = ' ';
                infobox_end = e;
                continue; /* (its fields are read on) */
            }
            if (list) {
                const char *bar = memchr(buf + i, '|', e - i);
                size_t from = bar ? (size_t)(bar - buf) + 1 : e;
                blank_keeping_lines(buf, i, from);
                for (size_t k = from; k < e; k++)
                    if (buf[k] == '|')
                        buf[k] = ',';
                buf[e] = buf[e + 1] = ' ';
                continue;
            }
            blank_keeping_lines(buf, i, e + 2);
            i = e + 1;
        } else if (buf[i] == '[' && i + 1 < len && buf[i + 1] == '[') {
            /* "[[target|label]]" shows its label; "[[Busan]]" its target;
             * "[[File:x.jpg|thumb|caption]]" its file and caption */
            size_t e = find(buf, len, i, "]]");
            if (e == SIZE_MAX)
                continue;
            bool file = starts_at(buf, len, i + 2, "File:") || starts_at(buf, len, i + 2, "Image:");
            /* ("[[Category:November 2016 events]]" files the page) */
            if (starts_at(buf, len, i + 2, "Category:")) {
                blank_keeping_lines(buf, i, e + 2);
                i = e + 1;
                continue;
            }
            size_t bar = SIZE_MAX;
            for (size_t k = i + 2; k < e && !file; k++)
                if (buf[k] == '|')
                    bar = k;
            if (bar != SIZE_MAX)
                blank_keeping_lines(buf, i, bar + 1);
            else
                buf[i] = buf[i + 1] = ' ';
            if (file) {
                memset(buf + i, ' ', buf[i + 2] == 'F' ? 7 : 8);
                for (size_t k = i; k < e; k++)
                    if (buf[k] == '|')
                        buf[k] = ' ';
            }
            buf[e] = buf[e + 1] = ' ';
        } else if (buf[i] == '\'' && i + 1 < len && buf[i + 1] == '\'') {
            size_t e = i;
            while (e < len && buf[e] == '\'')
                e++;
            memset(buf + i, ' ', e - i); /* "'''bold'''", "''italic''" */
            i = e - 1;
        } else if (i < infobox_end && buf[i] == '|' && (i == 0 || buf[i - 1] == '\n')) {
            /* an infobox's "| key = value": "  key : value" */
            size_t e = i + 1;
            while (e < len && buf[e] != '\n' && buf[e] != '=' && e < i + 40)
                e++;
            if (e < len && buf[e] == '=') {
                buf[i] = ' ';
                buf[e] = ':';
                /* "| image = x.jpg" is a card's "file"; the next or previous
                 * summit's fields and the image's size tell nothing */
                if (starts_at(buf, len, i + 2, "image ")) {
                    static const char file[] = "file ";
                    for (size_t q = 0; q < 5; q++)
                        buf[i + 2 + q] = file[q];
                }
                static const char *const furniture[] = { "image_size", "previous", "next",
                                                         "website", "native_name", NULL };
                const char *nl = memchr(buf + e, '\n', len - e);
                size_t end = nl ? (size_t)(nl - buf) : len;
                for (size_t q = 0; furniture[q]; q++)
                    if (starts_at(buf, len, i + 2, furniture[q]))
                        blank_keeping_lines(buf, e + 1, end);
            }
        } else if (buf[i] == '=' && (i == 0 || buf[i - 1] == '\n')) {
            /* "== Background ==": the heading's words */
            const char *nl = memchr(buf + i, '\n', len - i);
            size_t e = nl ? (size_t)(nl - buf) : len;
            for (size_t k = i; k < e; k++)
                if (buf[k] == '=')
                    buf[k] = ' ';
            i = e;
        }
    }
}

void ex_blank_bbcode(char *buf, size_t len)
{
    for (size_t i = 0; i < len; i++) {
        if (buf[i] != '[')
            continue;
        size_t e = i + 1;
        while (e < len && e < i + 300 && buf[e] != ']' && buf[e] != '\n' && buf[e] != '[')
            e++;
        if (e >= len || buf[e] != ']')
            continue;
        size_t n = i + 1 + (buf[i + 1] == '/');
        /* a tag: [b], [/b], [quote="x"], [url=...], [*] (an item: "- ") */
        size_t k = n;
        while (k < e && ((buf[k] >= 'a' && buf[k] <= 'z') || (buf[k] >= 'A' && buf[k] <= 'Z') ||
                         buf[k] == '*'))
            k++;
        if (k == n || (k < e && buf[k] != '=' && buf[k] != ' '))
            continue;
        memset(buf + i, ' ', e + 1 - i);
        if (k == n + 1 && buf[n] == '*')
            buf[i] = '-';
        i = e;
    }
}
