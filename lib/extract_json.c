/* A JSON document (a CMS's API response, say) read as its text:
 *
 *   "title": "Digital Nations ministers meet in Seoul",
 *   "subtitle": "under the theme \u201cAgile and Active\u201d",
 *
 * reads as
 *
 *    title:  Digital Nations ministers meet in Seoul
 *    subtitle:  under the theme “Agile and Active”
 *
 * Each string's escapes are decoded where it stands ("\u201c", "\"",
 * "\u003cp\u003e"; a "\n" is a space) and its quotes and the brackets and
 * commas around go: a key becomes a label. The decoded text is never
 * longer than the literal, so it is padded with spaces before the closing
 * quote's place: the text keeps its length and its lines. Markup inside
 * the strings ("<p>", "<img src=...>") is then blanked as HTML is, and
 * the values of keys such as "related" and "comments" (other pages'
 * teasers, readers' words) are blanked whole. */
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include <utf8proc.h>

#include "extract_internal.h"
#include "hex.h"

bool ex_is_json(const char *buf, size_t len)
{
    size_t i = 0;
    while (i < len && (buf[i] == ' ' || buf[i] == '\n'))
        i++;
    if (i == len || (buf[i] != '{' && buf[i] != '['))
        return false;
    /* an object's first member: '"key":' */
    size_t k = i + 1;
    while (k < len && (buf[k] == ' ' || buf[k] == '\n' || buf[k] == '[' || buf[k] == '{'))
        k++;
    if (k == len || buf[k] != '"')
        return false;
    for (k++; k < len && buf[k] != '"' && buf[k] != '\n'; k++)
        ;
    if (k == len || buf[k] != '"')
        return false;
    for (k++; k < len && buf[k] == ' '; k++) /* '"key" : ...' */
        ;
    return k < len && buf[k] == ':';
}

/* The code point of "\uXXXX" at s (6 bytes available), or -1. */
static int32_t unicode_escape(const char *s)
{
    int32_t v = 0;
    for (int k = 2; k < 6; k++) {
        int h = hex_value(s[k]);
        if (h < 0)
            return -1;
        v = v * 16 + h;
    }
    return v;
}

size_t ex_unicode_escape(const char *s, size_t n, int32_t *cp)
{
    if (n < 6 || s[0] != '\\' || s[1] != 'u' || (*cp = unicode_escape(s)) < 0)
        return 0;
    /* a surrogate pair: "\ud83c\udf89" */
    if (*cp >= 0xD800 && *cp <= 0xDBFF && n >= 12 && s[6] == '\\' && s[7] == 'u') {
        int32_t lo = unicode_escape(s + 6);
        if (lo >= 0xDC00 && lo <= 0xDFFF) {
            *cp = 0x10000 + ((*cp - 0xD800) << 10) + (lo - 0xDC00);
            return 12;
        }
    }
    return 6;
}

/* Decodes the string literal whose opening quote is at buf[i] in place;
 * returns the index after its closing quote (len when it does not close). */
static size_t decode_string(char *buf, size_t len, size_t i)
{
    size_t r = i + 1; /* read from r, write from o: never past r */
    size_t o = r;
    while (r < len && buf[r] != '"' && buf[r] != '\n') {
        if (buf[r] != '\\' || r + 1 >= len) {
            buf[o++] = buf[r++];
            continue;
        }
        char e = buf[r + 1];
        int32_t cp = -1;
        size_t used = 2;
        if (e == 'u' && r + 6 <= len) {
            used = ex_unicode_escape(buf + r, len - r, &cp);
            if (!used) {
                cp = -1;
                used = 6;
            }
            if (cp < 0x20 || (cp >= 0xD800 && cp <= 0xDFFF))
                cp = ' ';
        } else {
            cp = e == 'n' || e == 't' || e == 'r' || e == 'b' || e == 'f' ? ' ' : e;
        }
        o += (size_t)utf8proc_encode_char(cp, (utf8proc_uint8_t *)buf + o);
        r += used;
    }
    /* (every escape is at least as long as its UTF-8: o <= r) */
    memset(buf + o, ' ', r - o);
    buf[i] = ' ';
    if (r < len && buf[r] == '"') {
        buf[r] = ' ';
        r++;
    }
    return r;
}

/* The end of the JSON string whose opening quote is at buf[i]: one past
 * its closing quote, or the line's end. */
static size_t string_end(const char *buf, size_t len, size_t i)
{
    size_t k = i + 1;
    while (k < len && buf[k] != '"' && buf[k] != '\n')
        k += buf[k] == '\\' ? 2 : 1;
    /* (a text ending in a backslash ends the string at the text's end) */
    return k < len ? k + (buf[k] == '"') : len;
}

/* The end of the value starting at buf[i]: past its matching bracket for
 * an array or object, else the line's end. */
static size_t value_end(const char *buf, size_t len, size_t i)
{
    if (buf[i] != '[' && buf[i] != '{') {
        const char *nl = memchr(buf + i, '\n', len - i);
        return nl ? (size_t)(nl - buf) : len;
    }
    size_t depth = 0;
    for (size_t k = i; k < len;) {
        if (buf[k] == '"') {
            k = string_end(buf, len, k);
            continue;
        }
        if (buf[k] == '[' || buf[k] == '{')
            depth++;
        else if ((buf[k] == ']' || buf[k] == '}') && --depth == 0)
            return k + 1;
        k++;
    }
    return len;
}

/* Blanks the values of keys that hold other pages' content ("related":
 * [teasers of other articles], "comments", "ads"), before decoding. */
static void blank_other_content(char *buf, size_t len)
{
    static const char *const keys[] = { "related", "related_articles", "related_content",
                                         "recommended", "more_stories", "see_also", "comments",
                                         "ads", "advertisements", "navigation", "menu", "footer",
                                         NULL };
    for (size_t i = 0; i < len;) {
        if (buf[i] != '"') {
            i++;
            continue;
        }
        size_t e = string_end(buf, len, i);
        size_t v = e;
        while (v < len && buf[v] == ' ')
            v++;
        bool other = false;
        if (v < len && buf[v] == ':' && e >= i + 2) {
            for (size_t k = 0; keys[k] && !other; k++)
                other = strlen(keys[k]) == e - i - 2 && memcmp(buf + i + 1, keys[k], e - i - 2) == 0;
        }
        if (!other) {
            i = e;
            continue;
        }
        v++;
        while (v < len && (buf[v] == ' ' || buf[v] == '\n'))
            v++;
        size_t end = v < len ? value_end(buf, len, v) : len;
        for (size_t k = i; k < end; k++)
            if (buf[k] != '\n')
                buf[k] = ' ';
        i = end;
    }
}

/* Is the key whose string starts at buf[i] (ending at e) `key`? */
static bool key_is(const char *buf, size_t i, size_t e, const char *key)
{
    return e >= i + 2 && strlen(key) == e - i - 2 && memcmp(buf + i + 1, key, e - i - 2) == 0;
}

static void blank_range(char *buf, size_t a, size_t b)
{
    for (size_t k = a; k < b; k++)
        if (buf[k] != '\n')
            buf[k] = ' ';
}

/* The end of the member value starting at buf[v]: a string's, an array's
 * or object's, a number's or a word's (a minified file is one line: not
 * its end). */
static size_t member_end(const char *buf, size_t len, size_t v)
{
    if (buf[v] == '"')
        return string_end(buf, len, v);
    if (buf[v] == '[' || buf[v] == '{')
        return value_end(buf, len, v);
    while (v < len && buf[v] != ',' && buf[v] != '}' && buf[v] != ']' && buf[v] != '\n')
        v++;
    return v;
}

/* A Jupyter notebook ('"cells": [{"cell_type": "code", "source": [...]}]'):
 * a code cell's source is code, not text, and "metadata", "cell_type",
 * "id" and the like are the editor's; they are blanked, and so are all
 * keys, so that the markdown cells and the outputs (a table printed) read
 * as the text they are. An object's "cell_type" and "source" may come in
 * any order: each object's are noted until it closes. */
static void blank_code_cells(char *buf, size_t len)
{
    struct cell {
        bool code;
        size_t source, source_end;
    } stack[32];
    size_t depth = 0; /* objects open (deeper ones are not cells' own) */
    for (size_t i = 0; i < len;) {
        char ch = buf[i];
        if (ch == '{') {
            if (depth < 32)
                stack[depth] = (struct cell){ false, 0, 0 };
            depth++;
        } else if (ch == '}' && depth > 0) {
            depth--;
            if (depth < 32 && stack[depth].code)
                blank_range(buf, stack[depth].source, stack[depth].source_end);
        } else if (ch == '"') {
            size_t e = string_end(buf, len, i), v = e;
            while (v < len && buf[v] == ' ')
                v++;
            if (v >= len || buf[v] != ':' || depth == 0 || depth > 32) {
                i = e;
                continue;
            }
            v++;
            while (v < len && (buf[v] == ' ' || buf[v] == '\n'))
                v++;
            struct cell *cell = &stack[depth - 1];
            static const char *const furniture[] = { "metadata", "cell_type", "id",
                                                     "execution_count", "output_type", "name",
                                                     "nbformat", "nbformat_minor", NULL };
            bool other = false;
            for (size_t k = 0; furniture[k] && !other; k++)
                other = key_is(buf, i, e, furniture[k]);
            if (key_is(buf, i, e, "cell_type"))
                cell->code = v + 6 <= len && memcmp(buf + v, "\"code\"", 6) == 0;
            else if (key_is(buf, i, e, "source") && v < len) {
                cell->source = v;
                cell->source_end = member_end(buf, len, v);
            }
            /* the key goes (the text reads as the cells' own), and the
             * value too of the editor's keys */
            size_t end = other && v < len ? member_end(buf, len, v) : v;
            blank_range(buf, i, end);
            i = end;
            continue;
        }
        i++;
    }
}

/* A notebook: '"cells"' and '"cell_type"' among its first keys. */
static bool is_notebook(const char *buf, size_t len)
{
    size_t head = len < 4096 ? len : 4096;
    bool cells = false, cell_type = false;
    for (size_t k = 0; k + 11 <= head; k++) {
        cells = cells || memcmp(buf + k, "\"cells\"", 7) == 0;
        cell_type = cell_type || memcmp(buf + k, "\"cell_type\"", 11) == 0;
    }
    return cells && cell_type;
}

/* Each line's indent moved to its end: a notebook's cells lose the JSON's
 * indent, so that "# Title" and "- **When:** ..." read as Markdown. */
static void left_align_lines(char *buf, size_t len)
{
    for (size_t a = 0; a < len;) {
        const char *nl = memchr(buf + a, '\n', len - a);
        size_t b = nl ? (size_t)(nl - buf) : len, k = a;
        while (k < b && buf[k] == ' ')
            k++;
        if (k > a && k < b) {
            memmove(buf + a, buf + k, b - k);
            memset(buf + a + (b - k), ' ', k - a);
        }
        a = b + 1;
    }
}

/* The number at buf[v] ('12' or '"12"'), or -1; *end is past it. */
static long number_member(const char *buf, size_t len, size_t v, size_t *end)
{
    bool quoted = v < len && buf[v] == '"';
    size_t k = v + quoted;
    long n = 0;
    size_t digits = 0;
    for (; k < len && buf[k] >= '0' && buf[k] <= '9' && digits < 5; k++, digits++)
        n = n * 10 + (buf[k] - '0');
    if (digits == 0 || (quoted && (k >= len || buf[k++] != '"')))
        return -1;
    *end = k;
    return n;
}

static const char *const month_names[] = { "January", "February", "March",     "April",
                                           "May",     "June",     "July",      "August",
                                           "September", "October", "November", "December" };

/* Reads the members from buf[k] on while they are a date's parts
 * ('"year": 2014, "month": 12, "day": 9', and with `companions` a
 * timeline's "display_date" and the like, dropped); year, month and day
 * stay -1 when not read. Returns the index past the last one read. */
static size_t date_members(const char *buf, size_t len, size_t k, bool companions, long *year,
                           long *month, long *day)
{
    *year = *month = *day = -1;
    size_t end = k;
    for (;;) {
        while (k < len && (buf[k] == ' ' || buf[k] == ','))
            k++;
        if (k >= len || buf[k] != '"')
            return end;
        size_t e = string_end(buf, len, k), v = e;
        while (v < len && buf[v] == ' ')
            v++;
        if (v >= len || buf[v] != ':')
            return end;
        for (v++; v < len && buf[v] == ' '; v++)
            ;
        long *field = key_is(buf, k, e, "year")    ? year
                      : key_is(buf, k, e, "month") ? month
                      : key_is(buf, k, e, "day")   ? day
                                                   : NULL;
        bool companion = companions &&
                         (key_is(buf, k, e, "display_date") || key_is(buf, k, e, "hour") ||
                          key_is(buf, k, e, "minute") || key_is(buf, k, e, "second") ||
                          key_is(buf, k, e, "millisecond") || key_is(buf, k, e, "format"));
        if (field && *field >= 0)
            return end; /* (a part seen twice: no one date; and each run is read once) */
        bool read;
        if (field) {
            read = (*field = number_member(buf, len, v, &k)) >= 0;
        } else if (companion && v < len && buf[v] == '"') {
            k = string_end(buf, len, v);
            read = true;
        } else {
            read = companion && number_member(buf, len, v, &k) >= 0;
        }
        if (!read) {
            if (field)
                *field = -1;
            return end;
        }
        end = k;
    }
}

/* Writes "[label]9 December 2014" (or "December 2014") over buf[a, b),
 * spaces around; false (nothing written) when the parts are no date or
 * the span is too short. */
static bool put_date(char *buf, size_t a, size_t b, const char *label, long year, long month,
                     long day)
{
    if (year < 1000 || year > 9999 || month < 1 || month > 12 || day == 0 || day > 31)
        return false;
    char out[48];
    int n = day > 0 ? snprintf(out, sizeof out, "%s%ld %s %ld", label, day, month_names[month - 1],
                               year)
                    : snprintf(out, sizeof out, "%s%s %ld", label, month_names[month - 1], year);
    if (n < 0 || (size_t)n + 2 > b - a)
        return false;
    memset(buf + a, ' ', b - a);
    memcpy(buf + a + 1, out, (size_t)n);
    return true;
}

/* A date object ('{"year": 2014, "month": 12, "day": 9}', as a timeline's
 * events give their dates) written out in its place as "9 December 2014"
 * (or "December 2014"). Returns its end, or i when it is not one. */
static size_t write_date_object(char *buf, size_t len, size_t i)
{
    long year, month, day;
    size_t k = date_members(buf, len, i + 1, true, &year, &month, &day);
    while (k < len && (buf[k] == ' ' || buf[k] == ','))
        k++;
    if (k >= len || buf[k] != '}' || !put_date(buf, i, k + 1, "", year, month, day))
        return i;
    return k + 1;
}

/* A record's date given flat among its members ('"city": "Oslo",
 * "year": 2019, "month": 11, "day": 4'): the parts from the first at
 * buf[i] on become "date: 4 November 2019". Returns their end, or i. */
static size_t write_date_members(char *buf, size_t len, size_t i)
{
    long year, month, day;
    size_t e = date_members(buf, len, i, false, &year, &month, &day);
    size_t ke = string_end(buf, len, i);
    /* (in any order: "day", "month", "year" too) */
    if (e == i ||
        !(key_is(buf, i, ke, "year") || key_is(buf, i, ke, "month") || key_is(buf, i, ke, "day")) ||
        memchr(buf + i, '\n', e - i) ||
        !put_date(buf, i, e, "date: ", year, month, day))
        return i;
    return e;
}

/* Is the string at buf[i] (ending at e) a key, one of `keys`? */
static bool key_among(const char *buf, size_t len, size_t i, size_t e, const char *const *keys)
{
    size_t v = e;
    while (v < len && buf[v] == ' ')
        v++;
    if (v >= len || buf[v] != ':')
        return false;
    for (size_t k = 0; keys[k]; k++)
        if (key_is(buf, i, e, keys[k]))
            return true;
    return false;
}

/* Keys that date a record, that place it, and that name a list of
 * records. */
static const char *const date_keys[] = { "date", "dates", "start", "start_date", "startDate",
                                          "startdate", "begin", "begins", "when", "from",
                                          "starts", "starts_at", "start_at", "starts_on",
                                          "start_on", "held_on", "date_from", NULL };
static const char *const place_keys[] = { "city", "location", "venue", "place", "country",
                                          "address", "where", NULL };
static const char *const list_keys[] = { "events", "features", "records", "items", "summits",
                                         "meetings", "entries", "data", "results", "rows",
                                         "timeline", "conferences", NULL };

/* Does the array opening at buf[i] ('[') stand as the value of a key
 * that names a list of records ('"events": [')? */
static bool records_list(const char *buf, size_t i)
{
    size_t k = i;
    while (k > 0 && (buf[k - 1] == ' ' || buf[k - 1] == '\n'))
        k--;
    if (k == 0 || buf[k - 1] != ':')
        return false;
    k--;
    while (k > 0 && buf[k - 1] == ' ')
        k--;
    if (k == 0 || buf[k - 1] != '"')
        return false;
    size_t close = k - 1, open = close;
    while (open > 0 && close - open < 40 && buf[open - 1] != '"')
        open--;
    if (open == 0 || buf[open - 1] != '"')
        return false;
    for (size_t q = 0; list_keys[q]; q++)
        if (strlen(list_keys[q]) == close - open && memcmp(buf + open, list_keys[q], close - open) == 0)
            return true;
    return false;
}

/* Marks the items of an array of records: two or more objects, each with
 * a date's key somewhere inside, in a list named so ('"events":
 * [{"start_date": ...}, ...]', a GeoJSON file's features), at the top,
 * or placed as well as dated ('{"date": ..., "city": ...}'). Not a chat's
 * messages or a feed's posts ('{"ts": ..., "text": ...}'), nor a page's
 * "revisions" ('{"editor": ..., "date": ...}'). Each record's '{' becomes
 * ITEM_MARK, so that its first key will read as a data file's "- key:"
 * item. Date objects are written out first. */
#define ITEM_MARK '\x01'
enum { MAX_DEPTH = 64 };
static void mark_items(char *buf, size_t len)
{
    struct level {
        bool array, listed;    /* an array's: named a list of records, or at the top */
        size_t records, first; /* an array's: its records, the first's '{' */
        size_t open, dates_at, places_at; /* an object's '{', and the keys seen before it */
    } stack[MAX_DEPTH];
    size_t depth = 0, dates = 0, places = 0;
    for (size_t i = 0; i < len;) {
        char ch = buf[i];
        if (ch == '"') {
            size_t e = write_date_members(buf, len, i);
            if (e > i) {
                dates++;
                i = e;
                continue;
            }
            e = string_end(buf, len, i);
            dates += key_among(buf, len, i, e, date_keys);
            places += key_among(buf, len, i, e, place_keys);
            i = e;
            continue;
        }
        if (ch == '{') {
            size_t e = write_date_object(buf, len, i);
            if (e > i) {
                i = e;
                continue;
            }
        }
        if (ch == '{' || ch == '[') {
            if (depth < MAX_DEPTH)
                stack[depth] = (struct level){ ch == '[', ch == '[' && (depth == 0 || records_list(buf, i)),
                                               0, 0, i, dates, places };
            depth++;
        } else if ((ch == '}' || ch == ']') && depth > 0) {
            depth--;
            /* an object closes: a record, if an element of an array and dated */
            struct level *parent = depth > 0 && depth <= MAX_DEPTH ? &stack[depth - 1] : NULL;
            if (ch == '}' && depth < MAX_DEPTH && parent && parent->array &&
                dates > stack[depth].dates_at &&
                (parent->listed || places > stack[depth].places_at)) {
                size_t n = ++parent->records;
                if (n == 1)
                    parent->first = stack[depth].open;
                else
                    buf[stack[depth].open] = ITEM_MARK;
                if (n == 2)
                    buf[parent->first] = ITEM_MARK;
            }
        }
        i++;
    }
}

/* --- folded JSON ----------------------------------------------------------- */

/* Is the string at buf[k, e) a date's part ("year", "month", "day")? */
static bool date_part(const char *buf, size_t k, size_t e)
{
    return key_is(buf, k, e, "year") || key_is(buf, k, e, "month") || key_is(buf, k, e, "day");
}

/* The key (a string and a colon) at or after buf[i], past spaces and line
 * breaks: its opening quote in *k and its end in *e; false if none. */
static bool key_after(const char *buf, size_t len, size_t i, size_t *k, size_t *e)
{
    while (i < len && (buf[i] == ' ' || buf[i] == '\n'))
        i++;
    if (i >= len || buf[i] != '"')
        return false;
    *k = i;
    *e = string_end(buf, len, i);
    size_t c = *e;
    while (c < len && buf[c] == ' ')
        c++;
    return c < len && buf[c] == ':';
}

/* Does a line hold a dated record: two members or more besides a date's
 * parts, and a date's key? (JSON written a record a line, or all on one
 * line, "minified"; not a pretty file's small objects, '{"type":
 * "Hashtag", "name": "#dn"}') */
static bool folded(const char *buf, size_t len)
{
    size_t members = 0;
    bool dated = false;
    for (size_t i = 0; i < len;) {
        if (buf[i] == '\n') {
            members = 0;
            dated = false;
            i++;
            continue;
        }
        size_t k, e;
        if (buf[i] == '"' && key_after(buf, len, i, &k, &e)) {
            bool part = date_part(buf, k, e);
            dated = dated || part || key_among(buf, len, k, e, date_keys);
            members += !part;
            if (members >= 2 && dated)
                return true;
            i = e;
            continue;
        }
        i = buf[i] == '"' ? string_end(buf, len, i) : i + 1;
    }
    return false;
}

/* The end of the date object ('{"year": 2014, "month": 12, "day": 9}') at
 * buf[i], kept on its line as write_date_object() reads it; i if none. */
static size_t date_object_end(const char *buf, size_t len, size_t i)
{
    long year, month, day;
    size_t k = date_members(buf, len, i + 1, true, &year, &month, &day);
    while (k < len && (buf[k] == ' ' || buf[k] == ','))
        k++;
    return k > i + 1 && k < len && buf[k] == '}' && year >= 0 ? k + 1 : i;
}

static void new_line(ex_writer *w, uint32_t no, size_t depth)
{
    ex_writer_line(w, no);
    for (size_t d = 0; d < depth && d < 32; d++)
        ex_writer_put(w, "  ", 2);
}

static bool key_at(const char *buf, size_t len, size_t i);

/* Counts the "\n" escapes of the string buf[a, e). */
static size_t escaped_breaks(const char *buf, size_t a, size_t e)
{
    size_t n = 0;
    for (size_t k = a; k + 1 < e; k++)
        if (buf[k] == '\\') {
            n += buf[k + 1] == 'n';
            k++;
        }
    return n;
}

/* Writes a line of a text value, buf[a, b) of a JSON string, as a string
 * of its own, without its Markdown ("## ", "> ", "**", "__"; "~~struck~~"
 * goes with its text); nothing if nothing is left. */
static void put_text_line(ex_writer *w, const char *buf, size_t a, size_t b)
{
    while (a < b && (buf[a] == ' ' || buf[a] == '#' || buf[a] == '>'))
        a++;
    if (a == b)
        return;
    ex_writer_put(w, "\"", 1);
    for (size_t k = a; k < b; k++) {
        if (k + 1 < b && buf[k] == '~' && buf[k + 1] == '~') {
            size_t e = k + 2;
            while (e + 1 < b && !(buf[e] == '~' && buf[e + 1] == '~'))
                e++;
            k = e + 1 < b ? e + 1 : k + 1; /* (unclosed: the marks alone go) */
            continue;
        }
        if (k + 1 < b && ((buf[k] == '*' && buf[k + 1] == '*') || (buf[k] == '_' && buf[k + 1] == '_'))) {
            k++;
            continue;
        }
        if (buf[k] == '\\' && k + 1 < b) {
            ex_writer_put(w, buf + k, 2);
            k++;
            continue;
        }
        ex_writer_put(w, buf + k, 1);
    }
    ex_writer_put(w, "\"", 1);
}

bool ex_json_text_lines(ex_text *t)
{
    const char *buf = t->buf;
    size_t len = t->len;
    /* (only a file with such a text is written anew) */
    bool any = false;
    for (size_t i = 0; i < len && !any;) {
        if (buf[i] != '"') {
            i++;
            continue;
        }
        size_t e = string_end(buf, len, i);
        any = escaped_breaks(buf, i + 1, e) >= 2 && !key_at(buf, len, i);
        i = e > i ? e : i + 1;
    }
    if (!any)
        return true;
    ex_writer w = { .t = t };
    uint32_t no = 1;
    ex_writer_line(&w, 1);
    for (size_t i = 0; i < len;) {
        if (buf[i] == '\n') {
            ex_writer_line(&w, ++no);
            i++;
            continue;
        }
        size_t e = buf[i] == '"' ? string_end(buf, len, i) : i + 1;
        if (e <= i)
            e = i + 1;
        if (buf[i] != '"' || escaped_breaks(buf, i + 1, e) < 2 || key_at(buf, len, i)) {
            ex_writer_put(&w, buf + i, e - i);
            i = e;
            continue;
        }
        /* a text of lines: "a\n\n**B:** c" is "a" over "B: c" */
        size_t close = e > i + 1 && buf[e - 1] == '"' ? e - 1 : e, from = i + 1;
        bool first = true;
        for (size_t k = from; k <= close; k++) {
            bool brk = k + 1 < close && buf[k] == '\\' && buf[k + 1] == 'n';
            if (k < close && !brk) {
                k += buf[k] == '\\';
                continue;
            }
            if (!first)
                ex_writer_line(&w, no);
            put_text_line(&w, buf, from, k);
            first = false;
            from = k + 2;
            k++;
        }
        i = e;
    }
    return ex_writer_finish(&w, t);
}

bool ex_json_unfold(ex_text *t)
{
    const char *buf = t->buf;
    size_t len = t->len;
    if (!folded(buf, len))
        return true;
    ex_writer w = { .t = t };
    uint32_t no = 1;
    size_t depth = 0;
    bool date_key = false; /* the last key was a date's part */
    ex_writer_line(&w, 1);
    for (size_t i = 0; i < len;) {
        char ch = buf[i];
        if (ch == '\n') {
            no++;
            i++;
            continue;
        }
        if (ch == ' ' || ch == '\r') {
            i++;
            continue;
        }
        if (ch == '"') {
            size_t e = string_end(buf, len, i), k, ke;
            if (key_after(buf, len, i, &k, &ke) && k == i)
                date_key = date_part(buf, k, ke);
            ex_writer_put(&w, buf + i, e - i);
            i = e;
            continue;
        }
        if (ch == '{' && date_object_end(buf, len, i) > i) {
            size_t e = date_object_end(buf, len, i); /* (a date object stays whole) */
            ex_writer_put(&w, buf + i, e - i);
            i = e;
            continue;
        }
        if (ch == '{' || ch == '[') {
            ex_writer_put(&w, &ch, 1);
            new_line(&w, no, ++depth);
        } else if (ch == '}' || ch == ']') {
            depth -= depth > 0;
            new_line(&w, no, depth);
            ex_writer_put(&w, &ch, 1);
        } else if (ch == ',') {
            /* (a date's parts stay together: '"year": 2019, "month": 11') */
            size_t k, e;
            bool together = date_key && key_after(buf, len, i + 1, &k, &e) && date_part(buf, k, e);
            ex_writer_put(&w, ",", 1);
            if (together)
                ex_writer_put(&w, " ", 1);
            else
                new_line(&w, no, depth);
        } else if (ch == ':') {
            ex_writer_put(&w, ": ", 2);
        } else {
            ex_writer_put(&w, &ch, 1);
        }
        i++;
    }
    ex_writer_put(&w, "\n", 1);
    return ex_writer_finish(&w, t);
}

/* Is buf[i] the first non-space character of its line? */
static bool line_opens_at(const char *buf, size_t i)
{
    while (i > 0 && buf[i - 1] == ' ')
        i--;
    return i == 0 || buf[i - 1] == '\n';
}

/* Blanks the members whose value is null ('"theme": null'): nothing said. */
static void blank_nulls(char *buf, size_t len)
{
    for (size_t i = 0; i < len;) {
        if (buf[i] != '"') {
            i++;
            continue;
        }
        size_t e = string_end(buf, len, i), v = e;
        while (v < len && buf[v] == ' ')
            v++;
        if (v < len && buf[v] == ':') {
            for (v++; v < len && buf[v] == ' '; v++)
                ;
            if (v + 4 <= len && memcmp(buf + v, "null", 4) == 0 &&
                (v + 4 == len || strchr(" ,}]\n", buf[v + 4]))) {
                blank_range(buf, i, v + 4);
                i = v + 4;
                continue;
            }
        }
        i = e;
    }
}

/* Is the string at buf[i] a key (a colon after it)? */
static bool key_at(const char *buf, size_t len, size_t i)
{
    size_t e = string_end(buf, len, i);
    while (e < len && buf[e] == ' ')
        e++;
    return e < len && buf[e] == ':';
}

bool ex_blank_json(char *buf, size_t len, bool *items)
{
    blank_nulls(buf, len);
    bool notebook = is_notebook(buf, len);
    if (notebook)
        blank_code_cells(buf, len);
    blank_other_content(buf, len);
    if (!notebook)
        mark_items(buf, len);
    bool mark = false; /* an item opened: its first key is marked */
    bool value = false; /* the last thing read was a string, not a key */
    *items = false;
    for (size_t i = 0; i < len;) {
        char ch = buf[i];
        if (ch == ITEM_MARK) {
            buf[i++] = ' ';
            mark = true;
            continue;
        }
        /* (an item whose first member is its date, written " date: ...") */
        if (mark && ch == 'd' && i > 0 && buf[i - 1] == ' ' && i + 6 <= len &&
            memcmp(buf + i, "date: ", 6) == 0) {
            size_t dash = i >= 2 && buf[i - 2] == ' ' ? i - 2 : i - 1; /* ("- date:") */
            buf[dash] = '-';
            *items = *items || line_opens_at(buf, dash);
            mark = false;
        }
        if (ch == '"') {
            size_t start = i;
            i = decode_string(buf, len, i);
            /* a key: its colon right after it ("title:", also from
             * '"title" : ...'), so that it reads as a label */
            size_t colon = i;
            while (colon < len && buf[colon] == ' ')
                colon++;
            size_t end = i;
            while (end > start && buf[end - 1] == ' ')
                end--;
            if (colon < len && buf[colon] == ':' && end > start && end < colon) {
                buf[end] = ':';
                buf[colon] = ' ';
                if (mark) { /* ("- key:", the dash on the key's quote or before it) */
                    size_t dash = start > 0 && buf[start - 1] == ' ' ? start - 1 : start;
                    buf[dash] = '-';
                    *items = *items || line_opens_at(buf, dash);
                    mark = false;
                }
            }
            value = !(colon < len && buf[colon] == ' ' && end < colon);
            continue;
        }
        /* (strings of a list on one line stay apart: '["Open markets",
         * "Teaching children to code"]' is "Open markets, Teaching ...") */
        size_t next = i + 1;
        while (ch == ',' && next < len && buf[next] == ' ')
            next++;
        bool between_items = ch == ',' && value && next < len && buf[next] == '"' &&
                             !key_at(buf, len, next); /* (the comma stays) */
        if (!between_items && (ch == '{' || ch == '}' || ch == '[' || ch == ']' || ch == ','))
            buf[i] = ' ';
        value = value && ch == ' ';
        i++;
    }
    if (notebook)
        left_align_lines(buf, len);
    ex_blank_html(buf, len);
    ex_blank_keys(buf, len); /* ("start_date:" is "start date:", as in YAML) */
    return notebook;
}
