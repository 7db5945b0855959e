/* An Emacs Org-mode file (someone's notes on a meeting) read as the text
 * it shows:
 *
 *   #+TITLE: D9 Ministerial (notes)            Title: D9 Ministerial (notes)
 *   * DONE Summit: Montevideo        :summit:  Summit: Montevideo
 *     DEADLINE: <2019-10-18 Fri>               (gone)
 *     :PROPERTIES:                             (gone)
 *     :LOCATION: Montevideo, Uruguay           Location: Montevideo, Uruguay
 *     :END:                                    (gone)
 *     <2019-11-04 Mon>--<2019-11-06 Wed>       4-6 November 2019
 *     - [X] [[file:~/p/family.jpg][family.jpg]]  - family.jpg
 *
 * Headings lose their stars, their TODO keyword and their tags; the
 * "#+" settings but the title and date ("Title:", "Date:" lines),
 * planning lines, comments, table
 * rules and drawers go (a PROPERTIES drawer's properties become "Key:
 * value" lines); a timestamp is the date it names; a link is its
 * description (or its target); checkboxes and emphasis marks go, and
 * struck-through text with them. Each line written keeps the file line it
 * came from (ex_writer). */
#include <stdbool.h>
#include <stdint.h>
#include <string.h>

#include "extract_internal.h"

static bool upper(char c)
{
    return c >= 'A' && c <= 'Z';
}

static bool digit(char c)
{
    return c >= '0' && c <= '9';
}

bool ex_is_org(const char *buf, size_t len)
{
    size_t settings = 0, drawers = 0, lines = 0;
    for (size_t a = 0; a < len && lines < 400; lines++) {
        ex_bytes l = ex_next_line(buf, len, &a);
        size_t ind = ex_bytes_indent(l);
        settings += ex_bytes_starts(l, 0, "#+") && l.n > 3 && upper(l.s[2]) && memchr(l.s, ':', l.n);
        drawers += ex_bytes_starts(l, ind, ":PROPERTIES:") || ex_bytes_starts(l, ind, ":END:");
    }
    return settings >= 2 || drawers >= 2;
}

/* "2019-11-04" at s[0, n): *y, *m, *d; false when it is none. */
static bool iso_day(const char *s, size_t n, int *y, int *m, int *d)
{
    if (n < 10 || !digit(s[0]) || !digit(s[1]) || !digit(s[2]) || !digit(s[3]) || s[4] != '-' ||
        !digit(s[5]) || !digit(s[6]) || s[7] != '-' || !digit(s[8]) || !digit(s[9]))
        return false;
    *y = (s[0] - '0') * 1000 + (s[1] - '0') * 100 + (s[2] - '0') * 10 + (s[3] - '0');
    *m = (s[5] - '0') * 10 + (s[6] - '0');
    *d = (s[8] - '0') * 10 + (s[9] - '0');
    return *m >= 1 && *m <= 12 && *d >= 1 && *d <= 31;
}

/* A timestamp "<2019-11-04 Mon>" or "[2019-10-31 Thu 17:05]" at s[k]:
 * its day, and the index of its closing bracket. */
static bool timestamp(const char *s, size_t n, size_t k, int day[3], size_t *close)
{
    char shut = 0;
    if (s[k] == '<')
        shut = '>';
    else if (s[k] == '[')
        shut = ']';
    if (!shut || !iso_day(s + k + 1, n - k - 1, &day[0], &day[1], &day[2]))
        return false;
    for (size_t e = k + 11; e < n && e < k + 40; e++)
        if (s[e] == shut) {
            *close = e;
            return true;
        }
    return false;
}

static void put_day(ex_writer *w, const int day[3], bool month, bool year)
{
    static const char *const months[] = { "January", "February", "March",     "April",
                                           "May",     "June",     "July",      "August",
                                           "September", "October", "November", "December" };
    char buf[32];
    size_t n = 0;
    if (day[2] >= 10)
        buf[n++] = (char)('0' + day[2] / 10);
    buf[n++] = (char)('0' + day[2] % 10);
    ex_writer_put(w, buf, n);
    if (month) {
        ex_writer_put(w, " ", 1);
        ex_writer_str(w, months[day[1] - 1]);
    }
    if (year) {
        buf[0] = ' ';
        for (int q = 0, y = day[0]; q < 4; q++, y /= 10)
            buf[4 - q] = (char)('0' + y % 10);
        ex_writer_put(w, buf, 5);
    }
}

/* Writes s[0, n) as shown: timestamps as dates, links as their text,
 * without checkboxes, emphasis marks or struck-through text. */
static void put_shown(ex_writer *w, const char *s, size_t n)
{
    /* (a link's "]]" is searched for only where one is left: each search
     * that succeeds moves past what it read, so the line is read once) */
    size_t last_close = 0;
    for (size_t k = n; k > 1 && !last_close; k--)
        if (s[k - 1] == ']' && s[k - 2] == ']')
            last_close = k;
    for (size_t k = 0; k < n; k++) {
        int a[3], b[3];
        size_t close, close2;
        if (timestamp(s, n, k, a, &close)) {
            /* "<2019-11-04 Mon>--<2019-11-06 Wed>": "4-6 November 2019" */
            if (close + 3 < n && s[close + 1] == '-' && s[close + 2] == '-' &&
                timestamp(s, n, close + 3, b, &close2)) {
                bool same_year = a[0] == b[0], same_month = same_year && a[1] == b[1];
                put_day(w, a, !same_month, !same_year);
                ex_writer_str(w, same_month ? "-" : " - ");
                put_day(w, b, true, true);
                k = close2;
            } else {
                put_day(w, a, true, true);
                k = close;
            }
            continue;
        }
        /* "[[https://...][briefing binder]]", "[[file:~/p/family.jpg]]" */
        if (s[k] == '[' && k + 4 <= last_close && s[k + 1] == '[') {
            const char *end = NULL;
            for (size_t e = k + 2; e + 1 < n && !end; e++)
                if (s[e] == ']' && s[e + 1] == ']')
                    end = s + e;
            if (end) {
                const char *in = s + k + 2;
                size_t len = (size_t)(end - in);
                const char *mid = NULL;
                for (size_t e = 0; e + 1 < len && !mid; e++)
                    if (in[e] == ']' && in[e + 1] == '[')
                        mid = in + e;
                if (mid)
                    ex_writer_put(w, mid + 2, (size_t)(in + len - mid - 2));
                else
                    ex_writer_put(w, in, len);
                k = (size_t)(end - s) + 1;
                continue;
            }
        }
        /* "- [X] ", "- [ ] ", "- [-] " */
        if (s[k] == '[' && k + 2 < n && s[k + 2] == ']' &&
            (s[k + 1] == 'X' || s[k + 1] == ' ' || s[k + 1] == '-') && k >= 2 &&
            s[k - 1] == ' ' && s[k - 2] == '-') {
            k += k + 3 < n && s[k + 3] == ' ' ? 3 : 2;
            continue;
        }
        /* "+struck through+": its words go; "*bold*", "=code=", "~verb~":
         * their marks */
        bool opens = k + 1 < n && s[k + 1] != ' ' && (k == 0 || s[k - 1] == ' ' || s[k - 1] == '(');
        bool closes = k > 0 && s[k - 1] != ' ' &&
                      (k + 1 == n || s[k + 1] == ' ' || ex_closes_word(s[k + 1]));
        if (s[k] == '+' && opens) {
            const char *end = memchr(s + k + 1, '+', n - k - 1);
            if (end && end[-1] != ' ' &&
                (end + 1 == s + n || end[1] == ' ' || ex_closes_word(end[1]))) {
                k = (size_t)(end - s);
                continue;
            }
        }
        if ((s[k] == '*' || s[k] == '=' || s[k] == '~') && (opens || closes))
            continue;
        ex_writer_put(w, s + k, 1);
    }
}

/* A heading's "* DONE Title   :tag:tag:": writes its title. */
static void put_heading(ex_writer *w, ex_bytes l)
{
    static const char *const keywords[] = { "TODO", "DONE", "WAITING", "CANCELLED", "CANCELED",
                                            "NEXT", "HOLD", "STARTED", NULL };
    size_t k = 0;
    while (k < l.n && l.s[k] == '*')
        k++;
    while (k < l.n && l.s[k] == ' ')
        k++;
    for (size_t q = 0; keywords[q]; q++) {
        size_t n = strlen(keywords[q]);
        if (ex_bytes_starts(l, k, keywords[q]) && (k + n == l.n || l.s[k + n] == ' ')) {
            k += n;
            break;
        }
    }
    while (k < l.n && l.s[k] == ' ')
        k++;
    size_t e = l.n;
    while (e > k && l.s[e - 1] == ' ')
        e--;
    /* (the tags: ":summit:" at the end after spaces) */
    if (e > k + 2 && l.s[e - 1] == ':') {
        size_t t = e - 1;
        while (t > k && l.s[t - 1] != ' ')
            t--;
        if (t > k && l.s[t] == ':')
            e = t;
    }
    while (e > k && l.s[e - 1] == ' ')
        e--;
    put_shown(w, l.s + k, e - k);
}

bool ex_org(ex_text *t)
{
    ex_writer w = { .t = t };
    bool drawer = false, properties = false;
    uint32_t no = 0;
    for (size_t a = 0; a < t->len; no++) {
        ex_bytes l = ex_next_line(t->buf, t->len, &a);
        size_t ind = ex_bytes_indent(l);
        ex_bytes body = { l.s + ind, l.n - ind };
        /* a drawer, ":PROPERTIES:" to ":END:" */
        if (drawer) {
            if (ex_bytes_starts(body, 0, ":END:")) {
                drawer = false;
            } else if (properties && body.n > 2 && body.s[0] == ':') {
                /* ":LOCATION: Montevideo" -> "Location: Montevideo" */
                const char *colon = memchr(body.s + 1, ':', body.n - 1);
                if (colon) {
                    ex_writer_line(&w, no + 1);
                    ex_writer_put(&w, body.s + 1, 1);
                    for (const char *p = body.s + 2; p <= colon; p++) {
                        char c = ex_ascii_lower(*p);
                        ex_writer_put(&w, c == '_' ? " " : &c, 1);
                    }
                    put_shown(&w, colon + 1, (size_t)(body.s + body.n - colon - 1));
                }
            }
            continue;
        }
        if (body.n > 2 && body.s[0] == ':' && upper(body.s[1]) && body.s[body.n - 1] == ':' &&
            !memchr(body.s + 1, ' ', body.n - 2)) {
            drawer = true;
            properties = ex_bytes_starts(body, 0, ":PROPERTIES:");
            continue;
        }
        if (ex_bytes_starts(l, 0, "#+")) {
            /* "#+TITLE: ...", "#+DATE: <2019-10-25 Fri>" are shown */
            const char *colon = memchr(l.s, ':', l.n);
            size_t v = colon ? (size_t)(colon - l.s) + 1 : l.n;
            while (v < l.n && l.s[v] == ' ')
                v++;
            if (ex_bytes_starts(l, 2, "TITLE:") || ex_bytes_starts(l, 2, "title:")) {
                ex_writer_line(&w, no + 1);
                ex_writer_str(&w, "Title: ");
                put_shown(&w, l.s + v, l.n - v);
            } else if (ex_bytes_starts(l, 2, "DATE:") || ex_bytes_starts(l, 2, "date:")) {
                ex_writer_line(&w, no + 1);
                ex_writer_str(&w, "Date: ");
                put_shown(&w, l.s + v, l.n - v);
            }
            continue;
        }
        if (ex_bytes_starts(body, 0, "# ") || (body.n == 1 && body.s[0] == '#'))
            continue; /* a comment */
        if (ex_bytes_starts(body, 0, "CLOSED:") || ex_bytes_starts(body, 0, "DEADLINE:") ||
            ex_bytes_starts(body, 0, "SCHEDULED:"))
            continue; /* planning: when the writer means to do something */
        if (ex_bytes_starts(body, 0, "|-"))
            continue; /* a table's rule */
        ex_writer_line(&w, no + 1);
        if (ind == 0 && body.n > 1 && body.s[0] == '*' &&
            (body.s[1] == ' ' || body.s[1] == '*'))
            put_heading(&w, body);
        else
            put_shown(&w, body.s, body.n);
    }
    return ex_writer_finish(&w, t);
}
