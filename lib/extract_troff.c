/* A troff source (a man page, an ms memo) read as the text it typesets:
 *
 *   .\" Last regenerated on 2021-03-12            (gone: a comment)
 *   .TH DN-2019 7 "12 March 2021" "dnrec 0.9"     (gone: the page's header)
 *   .SH NAME                                      NAME
 *   dn-2019 \- D9 Summit, Montevideo              Title: D9 Summit, Montevideo
 *   held in                                       held in Montevideo, Uruguay
 *   .B Montevideo, Uruguay                        from 4 November 2019.
 *   from 4 November 2019.
 *   .TP                                           theme: "Holistic ..."
 *   .B theme
 *   "Holistic approach to data in government"
 *   .IP \(bu 3                                    - Roballo spoke on ...
 *
 * Text is filled as troff fills it: the lines of a paragraph, and the
 * words of font requests (.B, .I, .BR, ...), make one line; a paragraph
 * request (.PP, .SH, .TP, .IP, .br, .sp, a blank line) starts another,
 * and so does every line between .nf and .fi. A .TP's tag line leads its
 * text as "tag: text", an .IP's mark as "- "; .SH and .SS headings are
 * lines of their own, the NAME section's line after its "\-" the title,
 * an ms memo's .TL the title. Escapes become characters (\(em, \(bu,
 * \('e, \-) or go (font changes, \&, comments). Each line written keeps
 * the file line it came from (ex_writer). */
#include <stdbool.h>
#include <stdint.h>
#include <string.h>

#include "extract_internal.h"

/* ".XX" at line l's start: a request's name (one to three letters), its
 * length, 0 when l is text. */
static size_t request(ex_bytes l)
{
    if (l.n < 2 || (l.s[0] != '.' && l.s[0] != '\''))
        return 0;
    size_t k = 1;
    while (k < l.n && k <= 3 && ((l.s[k] >= 'A' && l.s[k] <= 'Z') || (l.s[k] >= 'a' && l.s[k] <= 'z')))
        k++;
    return k > 1 && (k == l.n || l.s[k] == ' ' || l.s[k] == '\\') ? k - 1 : 0;
}

static bool is_request(ex_bytes l, const char *name)
{
    size_t n = request(l);
    return n == strlen(name) && memcmp(l.s + 1, name, n) == 0;
}

/* A line of control that shows nothing: ".    ds -- \\-" (spaces after
 * the dot, as pod2man writes its preamble), ".\\}", ".." (not ".\\" ...",
 * a comment, read apart). */
static bool control_line(ex_bytes l)
{
    return l.n >= 1 && (l.s[0] == '.' || l.s[0] == '\'') &&
           (l.n == 1 || l.s[1] == ' ' || l.s[1] == '.' || (l.s[1] == '\\' && (l.n < 3 || l.s[2] != '"')));
}

/* ".de XX", ".am XX", ".ig": a macro's definition, or text ignored, to "..". */
static bool opens_definition(ex_bytes l)
{
    return is_request(l, "de") || is_request(l, "am") || is_request(l, "ig");
}

bool ex_is_troff(const char *buf, size_t len)
{
    size_t a = 0, lines = 0, requests = 0, sections = 0;
    while (a < len && lines < 400) {
        ex_bytes l = ex_next_line(buf, len, &a);
        lines++;
        requests += request(l) > 0 || ex_bytes_starts(l, 0, ".\\\"");
        sections += is_request(l, "TH") || is_request(l, "SH") || is_request(l, "NH") ||
                    is_request(l, "TL");
    }
    return sections >= 2 && requests >= 8 && requests * 5 >= lines;
}

/* The character a "\(xx" special names, or NULL. */
static const char *special(const char *s, size_t n)
{
    static const struct {
        const char *name, *text;
    } specials[] = {
        { "em", "\xe2\x80\x94" }, { "en", "\xe2\x80\x93" }, { "bu", "\xe2\x80\xa2" },
        { "de", "\xc2\xb0" },     { "lq", "\xe2\x80\x9c" }, { "rq", "\xe2\x80\x9d" },
        { "oq", "\xe2\x80\x98" }, { "cq", "\xe2\x80\x99" }, { "hy", "-" },
        { "co", "\xc2\xa9" },     { "rg", "\xc2\xae" },     { "mu", "\xc3\x97" },
        { "'e", "\xc3\xa9" },     { "'a", "\xc3\xa1" },     { "'i", "\xc3\xad" },
        { "'o", "\xc3\xb3" },     { "'u", "\xc3\xba" },     { "'E", "\xc3\x89" },
        { "`e", "\xc3\xa8" },     { "`a", "\xc3\xa0" },     { ":u", "\xc3\xbc" },
        { ":o", "\xc3\xb6" },     { ":a", "\xc3\xa4" },     { "~n", "\xc3\xb1" },
        { "~a", "\xc3\xa3" },     { "~o", "\xc3\xb5" },     { ",c", "\xc3\xa7" },
        { "aq", "'" },            { "dq", "\"" },
    };
    for (size_t k = 0; k < sizeof specials / sizeof specials[0]; k++)
        if (n == 2 && memcmp(specials[k].name, s, 2) == 0)
            return specials[k].text;
    return NULL;
}

/* Writes text s[0, n) with its escapes read. */
static void put_text(ex_writer *w, const char *s, size_t n)
{
    for (size_t k = 0; k < n; k++) {
        if (s[k] != '\\' || k + 1 >= n) {
            ex_writer_put(w, s + k, 1);
            continue;
        }
        char e = s[++k];
        if (e == '"')
            return; /* a comment to the line's end */
        if (e == '(' && k + 2 < n) { /* "\(em" */
            const char *c = special(s + k + 1, 2);
            if (c)
                ex_writer_str(w, c);
            k += 2;
        } else if (e == '[') { /* "\[em]" */
            const char *close = memchr(s + k, ']', n - k);
            size_t end = close ? (size_t)(close - s) : n - 1;
            const char *c = end - k - 1 == 2 ? special(s + k + 1, 2) : NULL;
            if (c)
                ex_writer_str(w, c);
            k = end;
        } else if (e == 'f' || e == '*' || e == 'n') { /* "\fB", "\f(CW", "\*(Tm" */
            if (k + 1 < n && s[k + 1] == '(')
                k += 3;
            else if (k + 1 < n && s[k + 1] == '[') {
                const char *close = memchr(s + k, ']', n - k);
                k = close ? (size_t)(close - s) : n - 1;
            } else
                k += 1;
        } else if (e == 's') { /* "\s-2", "\s0" */
            k++;
            if (k < n && (s[k] == '+' || s[k] == '-'))
                k++;
        } else if (e == '-' || e == 'e' || e == ' ' || e == '~') {
            ex_writer_put(w, e == 'e' ? "\\" : e == '-' ? "-" : " ", 1);
        } else if (e == '\\') {
            ex_writer_put(w, "\\", 1);
        }
        /* (others: "\&", "\c", "\|", "\^", "\/", "\,": nothing shown) */
        /* (an escape read over part of a character takes all of it: the
         * text stays UTF-8) */
        while (k + 1 < n && ((unsigned char)s[k + 1] & 0xC0) == 0x80)
            k++;
    }
}

/* Where the first character shown in s[a, e) is: past a quote and font
 * escapes ("\fB", "\f(CW", "\&"). */
static size_t first_shown(const char *s, size_t a, size_t e)
{
    size_t k = a < e && s[a] == '"' ? a + 1 : a;
    while (k + 1 < e && s[k] == '\\') {
        if (s[k + 1] == 'f')
            k += k + 2 < e && s[k + 2] == '(' ? 5 : 3;
        else if (s[k + 1] == '&')
            k += 2;
        else
            break;
    }
    return k;
}

/* Writes a request's arguments, their quotes out; with `joined` (.BR,
 * .IR, ...) without spaces between them. */
static void put_arguments(ex_writer *w, const char *s, size_t n, bool joined)
{
    size_t k = 0;
    bool first = true;
    while (k < n) {
        while (k < n && s[k] == ' ')
            k++;
        if (k >= n)
            break;
        size_t a = k, b;
        if (s[k] == '"') {
            a = k + 1;
            b = a;
            while (b < n && s[b] != '"')
                b++;
            k = b < n ? b + 1 : n;
        } else {
            b = k;
            while (b < n && s[b] != ' ')
                b++;
            k = b;
        }
        if (!first && !joined)
            ex_writer_put(w, " ", 1);
        put_text(w, s + a, b - a);
        first = false;
    }
}

bool ex_troff(ex_text *t)
{
    static const char *const fonts[] = { "B", "I", "R", "SM", "SB", "BR", "BI", "IB", "IR",
                                         "RB", "RI", "CW", NULL };
    static const char *const breaks[] = { "PP", "LP", "P", "sp", "br", "HP", "QP", "bp", NULL };
    ex_writer w = { .t = t };
    bool open = false;     /* an output line is being filled */
    bool fill = true;      /* between .nf and .fi: each line its own */
    bool tag = false;      /* the next line is a .TP's tag */
    bool name = false;     /* in the NAME section: its line is the title */
    bool skip = false;     /* an ms memo's .AU or .AI lines */
    bool defining = false;  /* inside a ".de" macro's body (or ".ig"), to ".." */
    uint32_t no = 0;
    for (size_t a = 0; a < t->len; no++) {
        ex_bytes l = ex_next_line(t->buf, t->len, &a);
        size_t n = request(l);
        if (defining) {
            defining = !(l.n >= 2 && l.s[0] == '.' && l.s[1] == '.');
            continue;
        }
        if (opens_definition(l)) {
            defining = true;
            continue;
        }
        if (ex_bytes_starts(l, 0, ".\\\"") || ex_bytes_starts(l, 0, "'\\\"") ||
            ex_bytes_starts(l, 0, "\\\"") || (!n && control_line(l)))
            continue;
        if (n) {
            const char *r = l.s + 1;
            size_t arg = 1 + n;
            while (arg < l.n && l.s[arg] == ' ')
                arg++;
            bool is_font = false;
            for (size_t q = 0; fonts[q] && !is_font; q++)
                is_font = strlen(fonts[q]) == n && memcmp(fonts[q], r, n) == 0;
            if (is_font && !skip) {
                if (!open || !fill || tag) {
                    ex_writer_line(&w, no + 1);
                    open = true;
                } else {
                    ex_writer_put(&w, " ", 1);
                }
                /* (a tag that is a file's path: "/srv/media/x.jpg" is "x.jpg") */
                size_t from = arg;
                for (size_t k = arg; tag && k < l.n && l.s[k] != ' '; k++)
                    if (l.s[k] == '/')
                        from = k + 1;
                if (from < l.n && memchr(l.s + from, ' ', l.n - from))
                    from = arg;
                /* (".BR name (7)": alternating fonts join their arguments) */
                bool alternating = n == 2 && strchr("BIR", r[0]) && strchr("BIR", r[1]) &&
                                   r[0] != r[1];
                put_arguments(&w, l.s + from, l.n - from, alternating);
                if (tag && from > arg) { /* (a file: its caption on the next line) */
                    ex_writer_line(&w, no + 1);
                    tag = false;
                } else if (tag) { /* (a .TP's tag: its text follows) */
                    ex_writer_put(&w, ":", 1);
                    tag = false;
                }
                continue;
            }
            open = false;
            skip = false;
            bool is_break = false;
            for (size_t q = 0; breaks[q] && !is_break; q++)
                is_break = strlen(breaks[q]) == n && memcmp(breaks[q], r, n) == 0;
            if (is_request(l, "SH") || is_request(l, "SS") || is_request(l, "NH")) {
                ex_writer_line(&w, no + 1); /* (a blank line, then the heading) */
                if (arg < l.n) {
                    ex_writer_line(&w, no + 1);
                    put_arguments(&w, l.s + arg, l.n - arg, false);
                }
                /* (".SH NAME", or pod2man's quoted ".SH "NAME"") */
                size_t q = arg < l.n && l.s[arg] == '"' ? 1 : 0;
                name = is_request(l, "SH") && l.n - arg == 4 + 2 * q &&
                       memcmp(l.s + arg + q, "NAME", 4) == 0;
            } else if (is_request(l, "TP")) {
                tag = true;
            } else if (is_request(l, "IP")) {
                /* ".IP \(bu 3" is a bullet, ".IP 1. 4" a number, ".IP
                 * Chair 10" a tag, as a .TP's */
                ex_writer_line(&w, no + 1);
                size_t e = arg;
                if (e < l.n && l.s[e] == '"') { /* ('.IP "\fBChair\fR" 4': quoted) */
                    e++;
                    while (e < l.n && l.s[e] != '"')
                        e++;
                    e += e < l.n;
                } else {
                    while (e < l.n && l.s[e] != ' ')
                        e++;
                }
                size_t v = first_shown(l.s, arg, e);
                bool word = v < e && ((l.s[v] >= 'A' && l.s[v] <= 'Z') ||
                                      (l.s[v] >= 'a' && l.s[v] <= 'z'));
                if (word) {
                    put_arguments(&w, l.s + arg, e - arg, false);
                    ex_writer_put(&w, ":", 1);
                } else {
                    ex_writer_str(&w, "-");
                }
                open = true; /* (its text follows after a space) */
            } else if (is_request(l, "nf")) {
                fill = false;
            } else if (is_request(l, "fi")) {
                fill = true;
            } else if (is_request(l, "TL")) {
                ex_writer_line(&w, no + 1);
                ex_writer_str(&w, "Title: ");
                open = true;
            } else if (is_request(l, "AU") || is_request(l, "AI")) {
                skip = true;
            } else if (is_break) {
                ex_writer_line(&w, no + 1);
            }
            continue; /* (.TH, .RS, .RE, .in, .ft, ...: nothing shown) */
        }
        if (skip)
            continue;
        if (l.n == 0 || ex_bytes_indent(l) == l.n) {
            ex_writer_line(&w, no + 1); /* (a blank line: a paragraph) */
            open = false;
            continue;
        }
        if (name) { /* "dn\-2019 \- D9 Summit, Montevideo": the title */
            /* (after the spaced " \-"; a name may hold one: "ssh\-keygen") */
            size_t k = 0;
            while (k + 2 < l.n && !(l.s[k] == ' ' && l.s[k + 1] == '\\' && l.s[k + 2] == '-'))
                k++;
            if (k + 2 < l.n)
                k++;
            else
                for (k = 0; k + 1 < l.n && !(l.s[k] == '\\' && l.s[k + 1] == '-');)
                    k++;
            ex_writer_line(&w, no + 1);
            ex_writer_str(&w, "Title: ");
            size_t from = k + 1 < l.n ? k + 2 : 0;
            while (from < l.n && l.s[from] == ' ')
                from++;
            put_text(&w, l.s + from, l.n - from);
            name = false;
            continue;
        }
        if (open && fill && !tag) {
            ex_writer_put(&w, " ", 1);
        } else {
            ex_writer_line(&w, no + 1);
            open = true;
        }
        put_text(&w, l.s, l.n);
        if (tag) {
            ex_writer_put(&w, ":", 1);
            tag = false;
        }
    }
    return ex_writer_finish(&w, t);
}
