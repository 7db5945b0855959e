/* A page's HTML source ("<!DOCTYPE html>" ...) read as its text: every tag
 * becomes spaces, and so do comments and the contents of <title>, <style>
 * and scripts other than JSON-LD (whose "startDate" and "attendee" lines
 * are the page's own statements). An <img>'s src is kept in the tag's
 * place, so that the photo's file is still a line of its own.
 *
 * It runs on the normalised text (entities decoded), in place: the text
 * keeps its length and its line breaks, so its lines stay the file's. */
#include <ctype.h>
#include <stdbool.h>
#include <string.h>

#include "extract_internal.h"

bool ex_starts_nocase(const char *s, size_t len, const char *prefix)
{
    size_t n = strlen(prefix);
    if (len < n)
        return false;
    for (size_t i = 0; i < n; i++)
        if (ex_ascii_lower(s[i]) != prefix[i])
            return false;
    return true;
}

bool ex_is_html(const char *buf, size_t len)
{
    size_t i = 0;
    while (i < len && (buf[i] == ' ' || buf[i] == '\n'))
        i++;
    /* (an XHTML page, an EPUB's chapter, opens with its XML declaration) */
    if (ex_starts_nocase(buf + i, len - i, "<?xml")) {
        while (i + 1 < len && !(buf[i] == '?' && buf[i + 1] == '>'))
            i++;
        if (i + 1 >= len)
            return false; /* (a declaration never closed) */
        i += 2;
        while (i < len && (buf[i] == ' ' || buf[i] == '\n'))
            i++;
    }
    return ex_starts_nocase(buf + i, len - i, "<!doctype html") ||
           ex_starts_nocase(buf + i, len - i, "<html");
}

void ex_blank_bytes(char *buf, size_t a, size_t b)
{
    for (size_t i = a; i < b; i++)
        if (buf[i] != '\n')
            buf[i] = ' ';
}

/* The end of the tag opening at buf[i] ('<'): one past its '>', or len. */
static size_t tag_end(const char *buf, size_t len, size_t i)
{
    char quote = 0;
    for (size_t k = i + 1; k < len; k++) {
        if (quote) {
            if (buf[k] == quote)
                quote = 0;
        } else if (buf[k] == '"' || buf[k] == '\'') {
            quote = buf[k];
        } else if (buf[k] == '>') {
            return k + 1;
        }
    }
    return len;
}

/* The first occurrence of `needle` (lower case) in buf[from, len), any
 * case; len when none. */
static size_t find_nocase(const char *buf, size_t len, size_t from, const char *needle)
{
    size_t n = strlen(needle);
    for (size_t k = from; k + n <= len; k++)
        if (ex_ascii_lower(buf[k]) == needle[0] && ex_starts_nocase(buf + k, len - k, needle))
            return k;
    return len;
}

/* In <img ... src="x.jpg" ...> at [a, b): the src value, written where the
 * tag began; the rest blanked. */
static void keep_image_source(char *buf, size_t a, size_t b)
{
    size_t src = find_nocase(buf, b, a, "src=");
    if (src + 4 >= b) {
        ex_blank_bytes(buf, a, b);
        return;
    }
    size_t from = src + 4, to;
    if (buf[from] == '"' || buf[from] == '\'') {
        char q = buf[from++];
        to = from;
        while (to < b && buf[to] != q && buf[to] != '\n')
            to++;
    } else { /* src=photo.jpg */
        to = from;
        while (to < b && buf[to] != ' ' && buf[to] != '>' && buf[to] != '\n')
            to++;
    }
    size_t n = to - from;
    memmove(buf + a, buf + from, n); /* (the value lies inside the tag, after a) */
    ex_blank_bytes(buf, a + n, b);
}

bool ex_is_feed(const char *buf, size_t len)
{
    size_t i = 0;
    while (i < len && (buf[i] == ' ' || buf[i] == '\n'))
        i++;
    if (ex_starts_nocase(buf + i, len - i, "<rss") || ex_starts_nocase(buf + i, len - i, "<feed"))
        return true;
    if (!ex_starts_nocase(buf + i, len - i, "<?xml"))
        return false;
    size_t head = len - i < 512 ? len : i + 512;
    return find_nocase(buf, head, i, "<rss") < head || find_nocase(buf, head, i, "<feed") < head;
}

/* Is the tag buf[i, e) an <aside> of other pages' teasers ('<aside
 * class="sidebar" aria-label="Related">': the next event, the archive)?
 * (An aside of the page's own facts, an infobox, stays.) */
static bool other_pages_aside(const char *buf, size_t i, size_t e)
{
    /* (not "sidebar": '<aside class="event-sidebar">' may hold the event's
     * own date and venue) */
    static const char *const marks[] = { "related", "teaser", "recommend", "promo", "archive",
                                         NULL };
    if (!ex_starts_nocase(buf + i, e - i, "<aside"))
        return false;
    for (size_t k = 0; marks[k]; k++)
        if (find_nocase(buf, e, i, marks[k]) < e)
            return true;
    return false;
}

/* The end of the element whose opening tag buf[i, e) says
 * 'aria-hidden="true"' (a book's running head, an icon: no text a reader
 * hears), past its closing tag, counting elements of its name inside it
 * (an empty element's or one never closed: e); 0 when the tag says no
 * such thing. */
static size_t hidden_element_end(const char *buf, size_t len, size_t i, size_t e)
{
    if (find_nocase(buf, e, i, "aria-hidden=\"true\"") >= e || buf[e - 1] == '/' ||
        (e >= 2 && buf[e - 2] == '/'))
        return 0;
    char name[16];
    size_t n = 0;
    while (n + 1 < sizeof name && i + 1 + n < e && isalnum((unsigned char)buf[i + 1 + n])) {
        name[n] = ex_ascii_lower(buf[i + 1 + n]);
        n++;
    }
    if (n == 0 || n + 1 >= sizeof name)
        return 0;
    name[n] = '\0';
    /* (an element that has no content, "<hr aria-hidden="true">", is
     * its tag alone) */
    static const char *const empty[] = { "area", "base", "br", "col", "embed", "hr", "img",
                                         "input", "link", "meta", "source", "track", "wbr",
                                         NULL };
    for (size_t q = 0; empty[q]; q++)
        if (strcmp(name, empty[q]) == 0)
            return e;
    size_t depth = 1;
    for (size_t k = e; k + n + 1 < len; k++) {
        if (buf[k] != '<')
            continue;
        bool closing = buf[k + 1] == '/';
        size_t at = k + 1 + (closing ? 1 : 0);
        if (at + n >= len || !ex_starts_nocase(buf + at, len - at, name) ||
            isalnum((unsigned char)buf[at + n]))
            continue;
        if (!closing)
            depth++;
        else if (--depth == 0)
            return tag_end(buf, len, k);
    }
    return e; /* (never closed: the tag alone, not the rest of the page) */
}

/* Blanks the markup of an HTML page or (feed) of an RSS or Atom feed,
 * whose <title>s are its items' headlines, whose "<item>" and "<entry>"
 * tags stay to mark the items, and whose CDATA sections hold HTML. */
/* A definition list's term ("<dt>Theme</dt>") waiting for its
 * description's text: the term is written before that text, in the room
 * its tags leave on the line ("<dd itemprop=\"about\">Agile ..." reads
 * "Theme: Agile ..."), so that it reads as a field. */
typedef struct term {
    size_t open, close; /* the term's text, buf[open, close); close 0: none */
    bool described;     /* its <dd> has opened */
} term;

static void describe(char *buf, term *tm, size_t text)
{
    size_t n = tm->close - tm->open, room = 0;
    while (room < text && buf[text - room - 1] == ' ')
        room++;
    if (n > 0 && n <= 40 && room >= n + 1 && !memchr(buf + tm->open, '\n', n)) {
        size_t at = text - (room >= n + 2 ? n + 2 : n + 1);
        memmove(buf + at, buf + tm->open, n);
        buf[at + n] = ':';
        ex_blank_bytes(buf, tm->open, tm->open + n < at ? tm->open + n : at);
    }
    tm->close = 0;
}

static void blank_markup(char *buf, size_t len, bool feed)
{
    size_t i = 0;
    term tm = { 0, 0, false };
    while (i < len) {
        if (tm.close && buf[i] != ' ' && buf[i] != '\n' && buf[i] != '<') {
            if (tm.described)
                describe(buf, &tm, i);
            else
                tm.close = 0; /* (text between the term and its description) */
        }
        if (feed && buf[i] == ']' && i + 2 < len && buf[i + 1] == ']' && buf[i + 2] == '>') {
            ex_blank_bytes(buf, i, i + 3); /* a CDATA section's end */
            i += 3;
            continue;
        }
        /* a tag opens with a letter, '/', '!' or '?' ("fewer than <10" is
         * text: an entity "&lt;" decoded) */
        int next = i + 1 < len ? ex_ascii_lower(buf[i + 1]) : 0;
        if (buf[i] != '<' ||
            !((next >= 'a' && next <= 'z') || next == '/' || next == '!' || next == '?')) {
            i++;
            continue;
        }
        /* a feed's "<![CDATA[": only the marker goes, its text stays (up
         * to the "]]>" blanked above) */
        if (feed && ex_starts_nocase(buf + i, len - i, "<![cdata[")) {
            ex_blank_bytes(buf, i, i + 9);
            i += 9;
            continue;
        }
        if (ex_starts_nocase(buf + i, len - i, "<!--")) {
            size_t e = find_nocase(buf, len, i + 4, "-->");
            e = e < len ? e + 3 : len;
            ex_blank_bytes(buf, i, e);
            i = e;
            continue;
        }
        size_t e = tag_end(buf, len, i);
        /* contents that are no text of the page */
        const char *closing = !feed && ex_starts_nocase(buf + i, len - i, "<title") ? "</title"
                              : ex_starts_nocase(buf + i, len - i, "<style") ? "</style"
                              : ex_starts_nocase(buf + i, len - i, "<script") &&
                                      find_nocase(buf, e, i, "ld+json") == e
                                  ? "</script"
                              : ex_starts_nocase(buf + i, len - i, "<nav") ? "</nav"
                              : other_pages_aside(buf, i, e) ? "</aside"
                                                             : NULL;
        size_t hidden = 0;
        bool item = feed && (ex_starts_nocase(buf + i, len - i, "<item>") ||
                             ex_starts_nocase(buf + i, len - i, "<entry>") ||
                             ex_starts_nocase(buf + i, len - i, "<entry "));
        /* "<dt>Theme</dt>" and its "<dd>" */
        if (ex_starts_nocase(buf + i, len - i, "<dt>")) {
            tm = (term){ e, 0, false };
        } else if (ex_starts_nocase(buf + i, len - i, "</dt")) {
            /* (a short term only, read once: its tags are blanked already) */
            tm.close = tm.open < i && i - tm.open <= 40 ? i : 0;
            tm.open = tm.close ? tm.open : i;
        } else if (tm.close && ex_starts_nocase(buf + i, len - i, "<dd")) {
            tm.described = true;
        } else if (ex_starts_nocase(buf + i, len - i, "</dd") ||
                   ex_starts_nocase(buf + i, len - i, "</dl")) {
            tm.close = 0; /* (an empty description: the term goes with nothing) */
        }
        if (item) {
            ex_blank_bytes(buf, i + 1 + (buf[i + 1] == 'e' || buf[i + 1] == 'E' ? 5 : 4), e - 1);
        } else if (ex_starts_nocase(buf + i, len - i, "<img")) {
            keep_image_source(buf, i, e);
        } else if (!feed && (hidden = hidden_element_end(buf, len, i, e)) != 0) {
            ex_blank_bytes(buf, i, hidden);
            e = hidden;
        } else if (closing) {
            size_t c = find_nocase(buf, len, e, closing);
            size_t ce = c < len ? tag_end(buf, len, c) : len;
            ex_blank_bytes(buf, i, ce);
            e = ce;
        } else {
            ex_blank_bytes(buf, i, e);
        }
        i = e;
    }
}

void ex_blank_html(char *buf, size_t len)
{
    blank_markup(buf, len, false);
}

void ex_blank_feed(char *buf, size_t len)
{
    blank_markup(buf, len, true);
}
