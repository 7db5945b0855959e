/* A WhatsApp chat export read as the text of its messages:
 *
 *   [30/10/2023, 09:12] Ana created group "N5 desk"   Title: N5 desk
 *   [30/10/2023, 09:12] Ana added Tom                 (gone: the chat's events)
 *   [30/10/2023, 09:15] Ana: Morning all. ...         Posted on 30 October 2023
 *                                                     Ana: Morning all. ...
 *   [30/10/2023, 09:16] Tom: <Media omitted>          (gone)
 *   [30/10/2023, 10:05] Ana: "Open data" <This message was edited>
 *                                                     Ana: "Open data"
 *
 * A message's stamp is when it was sent, not a date it tells of: it goes,
 * and each day of messages opens with a "Posted on <date>" line, the
 * page's own date (a dateline) that "today" and "on Tuesday" in the
 * messages below are read against. Each message is a paragraph of its
 * own. Both export forms are read: "[30/10/2023, 09:12] Name: text"
 * (iOS) and "30/10/2023, 09:12 - Name: text" (Android); the order of day
 * and month is the one the stamps show ("13/11" is day first, "11/13"
 * month first; day first when none shows). Each line written keeps the
 * file line it came from (ex_writer). */
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include "extract_internal.h"

typedef struct stamp {
    int first, second, year; /* the date's fields as written */
    size_t rest;             /* where the sender (or the chat's event) starts */
} stamp;

/* Past the direction marks (U+200E, U+200F) and byte order mark at l.s[at]. */
static size_t marks_end(ex_bytes l, size_t at)
{
    while (at + 3 <= l.n && ((memcmp(l.s + at, "\xe2\x80", 2) == 0 &&
                              ((unsigned char)l.s[at + 2] == 0x8e || (unsigned char)l.s[at + 2] == 0x8f)) ||
                             memcmp(l.s + at, "\xef\xbb\xbf", 3) == 0))
        at += 3;
    return at;
}

/* Reads 1 to max digits at l.s[*at]; -1 if none. */
static int number_at(ex_bytes l, size_t *at, size_t max)
{
    int v = 0;
    size_t n = 0;
    while (*at < l.n && n < max && l.s[*at] >= '0' && l.s[*at] <= '9') {
        v = v * 10 + (l.s[*at] - '0');
        (*at)++;
        n++;
    }
    return n ? v : -1;
}

/* "[30/10/2023, 09:12] " or "30/10/2023, 09:12 - " (seconds and "AM"/"PM"
 * may follow the minutes) opening line l. */
static bool stamp_at(ex_bytes l, stamp *st)
{
    size_t at = marks_end(l, 0); /* (iOS marks some lines left-to-right) */
    bool bracket = at < l.n && l.s[at] == '[';
    at += bracket;
    st->first = number_at(l, &at, 2);
    if (st->first < 0 || at >= l.n || (l.s[at] != '/' && l.s[at] != '.'))
        return false;
    char sep = l.s[at++];
    st->second = number_at(l, &at, 2);
    if (st->second < 0 || at >= l.n || l.s[at] != sep)
        return false;
    at++;
    size_t y0 = at;
    st->year = number_at(l, &at, 4);
    if (st->year < 0 || (at - y0 != 2 && at - y0 != 4))
        return false;
    if (at - y0 == 2)
        st->year += 2000;
    if (at + 1 >= l.n || l.s[at] != ',' || l.s[at + 1] != ' ')
        return false;
    at += 2;
    if (number_at(l, &at, 2) < 0 || at >= l.n || l.s[at] != ':')
        return false;
    at++;
    size_t m0 = at;
    if (number_at(l, &at, 2) < 0 || at - m0 != 2)
        return false;
    if (at < l.n && l.s[at] == ':') {
        at++;
        if (number_at(l, &at, 2) < 0)
            return false;
    }
    /* (a narrow no-break space, or a space, before "AM"/"PM") */
    if (at + 3 < l.n && ex_bytes_starts(l, at, "\xe2\x80\xaf"))
        at += 3;
    else if (at + 2 < l.n && l.s[at] == ' ' && (l.s[at + 1] == 'A' || l.s[at + 1] == 'P'))
        at++;
    if (at + 1 < l.n && (l.s[at] == 'A' || l.s[at] == 'P') && l.s[at + 1] == 'M')
        at += 2;
    if (bracket) {
        if (at + 1 >= l.n || l.s[at] != ']' || l.s[at + 1] != ' ')
            return false;
        at += 2;
    } else {
        if (!ex_bytes_starts(l, at, " - "))
            return false;
        at += 3;
    }
    st->rest = at;
    return true;
}

bool ex_is_whatsapp(const char *buf, size_t len)
{
    size_t lines = 0, stamped = 0;
    bool first = true;
    for (size_t a = 0; a < len && lines < 200;) {
        ex_bytes l = ex_next_line(buf, len, &a);
        if (ex_bytes_indent(l) == l.n)
            continue;
        stamp st;
        bool ok = stamp_at(l, &st);
        if (first && !ok)
            return false; /* (an export opens with its first message) */
        first = false;
        lines++;
        stamped += ok;
    }
    return stamped >= 5 && stamped * 2 >= lines;
}

/* Is the date written day first? Yes unless a stamp's second field is no
 * month ("11/13/23") and none's first field is. */
static bool day_first(const char *buf, size_t len)
{
    bool first_over = false, second_over = false;
    for (size_t a = 0; a < len;) {
        ex_bytes l = ex_next_line(buf, len, &a);
        stamp st;
        if (!stamp_at(l, &st))
            continue;
        first_over = first_over || st.first > 12;
        second_over = second_over || st.second > 12;
    }
    return first_over || !second_over;
}

/* Does the message text (after "Name: ") say nothing: a file left out of
 * the export, a deleted message? */
static bool empty_message(ex_bytes m)
{
    static const char *const nothing[] = { "<Media omitted>", "This message was deleted",
                                           "You deleted this message", "image omitted",
                                           "video omitted", "sticker omitted", "audio omitted",
                                           "GIF omitted", "document omitted", NULL };
    for (size_t k = 0; nothing[k]; k++)
        if (m.n == strlen(nothing[k]) && memcmp(m.s, nothing[k], m.n) == 0)
            return true;
    /* a file the export named but left out ("<attached: 0012-PHOTO-....jpg>",
     * "IMG-20210312-WA0001.jpg (file attached)"), the chat's notice */
    static const char attached[] = " (file attached)";
    size_t an = sizeof attached - 1;
    return ex_bytes_starts(m, 0, "<attached: ") ||
           (m.n > an && memcmp(m.s + m.n - an, attached, an) == 0) ||
           ex_bytes_starts(m, 0, "Messages and calls are end-to-end encrypted");
}

/* The message's text without an edit's mark at its end. */
static ex_bytes without_edit_mark(ex_bytes m)
{
    static const char mark[] = " <This message was edited>";
    size_t n = sizeof mark - 1;
    if (m.n >= n && memcmp(m.s + m.n - n, mark, n) == 0)
        m.n -= n;
    return m;
}

/* The sender's name ends at ": " within the first 60 bytes; a line
 * without one is an event of the chat ("Ana added Tom"). */
static size_t sender_end(ex_bytes l, size_t from)
{
    for (size_t k = from; k + 1 < l.n && k < from + 60; k++)
        if (l.s[k] == ':' && l.s[k + 1] == ' ')
            return k;
    return SIZE_MAX;
}

bool ex_whatsapp(ex_text *t)
{
    static const char *const months[] = { "January", "February", "March",     "April",
                                          "May",     "June",     "July",      "August",
                                          "September", "October", "November", "December" };
    bool dmy = day_first(t->buf, t->len);
    ex_writer w = { .t = t };
    int day = 0, month = 0, year = 0; /* the day of the messages so far */
    uint32_t no = 0;
    for (size_t a = 0; a < t->len;) {
        ex_bytes l = ex_next_line(t->buf, t->len, &a);
        no++;
        stamp st;
        if (!stamp_at(l, &st)) {
            ex_bytes rest = without_edit_mark(l); /* a message's next line (its last has the mark) */
            ex_writer_line(&w, no);
            ex_writer_put(&w, rest.s, rest.n);
            continue;
        }
        int d = dmy ? st.first : st.second, m = dmy ? st.second : st.first;
        size_t colon = sender_end(l, st.rest);
        if (colon == SIZE_MAX) {
            /* 'Ana created group "N5 desk"' (or “N5 desk”): the chat's
             * name, its title */
            static const char created[] = " created group ";
            size_t cn = sizeof created - 1;
            for (size_t k = st.rest; k + cn < l.n; k++) {
                if (memcmp(l.s + k, created, cn) != 0)
                    continue;
                size_t from = k + cn;
                bool curly = ex_bytes_starts(l, from, "\xe2\x80\x9c");
                if (!curly && l.s[from] != '"')
                    break;
                from += curly ? 3 : 1;
                size_t to = from;
                while (to < l.n && (curly ? !ex_bytes_starts(l, to, "\xe2\x80\x9d") : l.s[to] != '"'))
                    to++;
                ex_writer_line(&w, no);
                ex_writer_str(&w, "Title: ");
                ex_writer_put(&w, l.s + from, to - from);
                ex_writer_line(&w, no);
                break;
            }
            continue;
        }
        ex_bytes text = without_edit_mark((ex_bytes){ l.s + colon + 2, l.n - colon - 2 });
        size_t lead = marks_end(text, 0);
        text.s += lead;
        text.n -= lead;
        if (empty_message(text))
            continue;
        if (m >= 1 && m <= 12 && d >= 1 && d <= 31 && (d != day || m != month || st.year != year)) {
            char line[64];
            int n = snprintf(line, sizeof line, "Posted on %d %s %d", d, months[m - 1], st.year);
            ex_writer_line(&w, no);
            ex_writer_line(&w, no);
            ex_writer_put(&w, line, (size_t)n);
            day = d;
            month = m;
            year = st.year;
        }
        ex_writer_line(&w, no);
        ex_writer_line(&w, no);
        ex_writer_put(&w, l.s + st.rest, colon + 2 - st.rest);
        ex_writer_put(&w, text.s, text.n);
    }
    return ex_writer_finish(&w, t);
}
