/* A LaTeX source (a paper's section on a meeting) read as the text it
 * typesets:
 *
 *   \section{From Five to Seven: the Wellington Summit}   From Five to Seven: the Wellington Summit
 *   met in Wellington on 21--22 February 2018             met in Wellington on 21-22 February 2018
 *   signed the \emph{D7 Charter} \cite{mois2018}.    ->   signed the D7 Charter .
 *   New Zealand & Clare Curran & member (chair) \\        New Zealand | Clare Curran | member (chair)
 *   \item Canada and Uruguay joined                       - Canada and Uruguay joined
 *
 * Comments go; so do commands and their braces, keeping what the braces
 * hold ("\emph{...}", "\section{...}", "\footnote{...}"), except for the
 * commands whose argument is no text ("\cite", "\label", "\ref",
 * "\begin{tabular}{l l}"); a table's "&" is a "|" between cells; accents
 * ("\'e"), dashes ("--", "---"), quotes ("``...''") and "$\rightarrow$"
 * are the characters they typeset; and the bibliography goes whole (a
 * paper's sources, not its text). Each line is rewritten no longer than it
 * was and padded with spaces: the text keeps its length and its lines. */
#include <stdbool.h>
#include <stdint.h>
#include <string.h>

#include "extract_internal.h"

/* The name of the command at buf[i] ('\\'), its letters [i + 1, *end). */
static size_t command_end(const char *buf, size_t len, size_t i)
{
    size_t k = i + 1;
    while (k < len && ((buf[k] >= 'a' && buf[k] <= 'z') || (buf[k] >= 'A' && buf[k] <= 'Z')))
        k++;
    if (k < len && buf[k] == '*') /* "\section*" */
        k++;
    return k;
}

static bool command_is(const char *buf, size_t i, size_t end, const char *name)
{
    return end - i - 1 == strlen(name) && memcmp(buf + i + 1, name, end - i - 1) == 0;
}

static bool command_in(const char *buf, size_t i, size_t end, const char *const *names)
{
    for (size_t k = 0; names[k]; k++)
        if (command_is(buf, i, end, names[k]))
            return true;
    return false;
}

/* The end of the group opening at buf[i] ('{' or '['): past its closing
 * bracket, or len. */
static size_t group_end(const char *buf, size_t len, size_t i)
{
    char open = buf[i], close = open == '{' ? '}' : ']';
    size_t depth = 0;
    for (size_t k = i; k < len; k++) {
        if (buf[k] == '\\') {
            k++;
            continue;
        }
        if (buf[k] == open)
            depth++;
        else if (buf[k] == close && --depth == 0)
            return k + 1;
    }
    return len;
}

bool ex_is_latex(const char *buf, size_t len)
{
    static const char *const markers[] = { "\\section{", "\\subsection{", "\\begin{",
                                           "\\documentclass", "\\chapter{", "\\cite{",
                                           "\\emph{", "\\item ", NULL };
    size_t head = len < 8192 ? len : 8192, found = 0;
    for (size_t q = 0; markers[q]; q++) {
        size_t n = strlen(markers[q]);
        for (size_t k = 0; k + n <= head; k++)
            if (memcmp(buf + k, markers[q], n) == 0) {
                found++;
                break;
            }
    }
    return found >= 3;
}

/* The writer: bytes go to out (never past the input's read position), and
 * a line break pads the line written with spaces to the input's. */
typedef struct rewriter {
    char *buf;
    size_t o; /* written up to here */
} rewriter;

static void put(rewriter *w, char c)
{
    w->buf[w->o++] = c;
}

static void put_str(rewriter *w, const char *s)
{
    while (*s)
        put(w, *s++);
}

/* Blanks [a, b), keeping its line breaks: the writer catches up with b. */
static void skip(rewriter *w, size_t a, size_t b)
{
    for (size_t k = a; k < b; k++)
        if (w->buf[k] == '\n') {
            while (w->o < k)
                put(w, ' ');
            put(w, '\n');
        }
}

/* "\'e" -> "é": the accent of a character and its letter, in UTF-8 (two
 * bytes, as short as the three of the command), or NULL. */
static const char *accented(char accent, char letter)
{
    static const struct {
        char accent, letter;
        const char *utf8;
    } table[] = {
        { '\'', 'a', "\xc3\xa1" }, { '\'', 'e', "\xc3\xa9" }, { '\'', 'i', "\xc3\xad" },
        { '\'', 'o', "\xc3\xb3" }, { '\'', 'u', "\xc3\xba" }, { '\'', 'E', "\xc3\x89" },
        { '`', 'a', "\xc3\xa0" },  { '`', 'e', "\xc3\xa8" },  { '^', 'e', "\xc3\xaa" },
        { '^', 'o', "\xc3\xb4" },  { '^', 'a', "\xc3\xa2" },  { '~', 'n', "\xc3\xb1" },
        { '~', 'a', "\xc3\xa3" },  { '~', 'o', "\xc3\xb5" },  { '"', 'o', "\xc3\xb6" },
        { '"', 'u', "\xc3\xbc" },  { '"', 'a', "\xc3\xa4" },  { 'c', 'c', "\xc3\xa7" },
    };
    for (size_t k = 0; k < sizeof table / sizeof table[0]; k++)
        if (table[k].accent == accent && table[k].letter == letter)
            return table[k].utf8;
    return NULL;
}

void ex_blank_latex(char *buf, size_t len)
{
    /* commands whose arguments are no text: all of it goes */
    static const char *const dropped[] = {
        "cite", "citep", "citet", "label", "ref", "eqref", "pageref", "input", "include",
        "bibitem", "bibliography", "bibliographystyle", "textsuperscript", "usepackage",
        "documentclass", "hline", "centering", "footnotesize", "small", "large", "newpage",
        "maketitle", "vspace", "hspace", "toprule", "midrule", "bottomrule", "cline", NULL,
    };
    rewriter w = { buf, 0 };
    size_t i = 0;
    while (i < len) {
        char c = buf[i];
        if (c == '\n') {
            skip(&w, i, i + 1);
            i++;
            continue;
        }
        if (c == '%') { /* a comment, to the line's end */
            size_t e = i;
            while (e < len && buf[e] != '\n')
                e++;
            i = e;
            continue;
        }
        if (c == '\\' && i + 1 < len) {
            char n = buf[i + 1];
            if (n == '\\') { /* a table row's end, a forced line break */
                i += 2;
                continue;
            }
            if (strchr("&%$#_{}", n)) {
                put(&w, n);
                i += 2;
                continue;
            }
            if (n == ',' || n == ' ' || n == ';' || n == '!') {
                put(&w, ' ');
                i += 2;
                continue;
            }
            /* "\'e", "\'{e}", "\c{c}" */
            if (strchr("'`^~\"c", n) && i + 2 < len) {
                size_t at = i + 2, after = i + 3;
                if (buf[at] == '{' && i + 4 < len && buf[i + 4] == '}') {
                    at = i + 3;
                    after = i + 5;
                }
                const char *u = accented(n, buf[at]);
                if (u && (n != 'c' || buf[i + 2] == '{' || buf[i + 2] == ' ')) {
                    put_str(&w, u);
                    i = after;
                    continue;
                }
            }
            size_t e = command_end(buf, len, i);
            if (e == i + 1) { /* "\" and a sign of no meaning here */
                i++;
                continue;
            }
            if (command_is(buf, i, e, "begin") && e < len && buf[e] == '{' &&
                len - e > 17 && memcmp(buf + e, "{thebibliography}", 17) == 0) {
                /* the bibliography: to its end */
                size_t k = e;
                while (k + 22 < len && memcmp(buf + k, "\\end{thebibliography}", 21) != 0)
                    k++;
                size_t end = k + 21 <= len ? k + 21 : len;
                skip(&w, i, end);
                i = end;
                continue;
            }
            if (command_is(buf, i, e, "item")) {
                put(&w, '-');
                i = e;
                continue;
            }
            if (command_is(buf, i, e, "footnote"))
                put(&w, ' '); /* (its text reads on after the sentence it notes) */
            if (command_is(buf, i, e, "rightarrow") || command_is(buf, i, e, "to")) {
                put_str(&w, "\xe2\x86\x92");
                i = e;
                continue;
            }
            bool drop = command_in(buf, i, e, dropped) || command_is(buf, i, e, "begin") ||
                        command_is(buf, i, e, "end");
            bool multicolumn = command_is(buf, i, e, "multicolumn");
            /* its options go; so do the arguments of a dropped command
             * ("\begin{tabular}{l l}") and the first two of "\multicolumn"
             * (its third is the cell's text); a kept command's braces hold
             * text ("\emph{...}"), and only they go */
            size_t k = e, groups = 0;
            while (k < len && (buf[k] == '{' || buf[k] == '[')) {
                bool optional = buf[k] == '[';
                if (!optional && !drop && !(multicolumn && groups < 2))
                    break;
                size_t g = group_end(buf, len, k);
                skip(&w, k, g);
                k = g;
                groups += !optional;
            }
            i = k;
            continue;
        }
        if (c == '{' || c == '}' || c == '$') {
            i++;
            continue;
        }
        if (c == '~') {
            put(&w, ' ');
            i++;
            continue;
        }
        if (c == '&') {
            put(&w, '|');
            i++;
            continue;
        }
        if (c == '-' && i + 1 < len && buf[i + 1] == '-') {
            if (i + 2 < len && buf[i + 2] == '-') {
                put_str(&w, "\xe2\x80\x94"); /* "---": an em dash */
                i += 3;
            } else {
                put(&w, '-'); /* "--": a range's dash */
                i += 2;
            }
            continue;
        }
        if ((c == '`' && i + 1 < len && buf[i + 1] == '`') ||
            (c == '\'' && i + 1 < len && buf[i + 1] == '\'')) {
            put(&w, '"');
            i += 2;
            continue;
        }
        put(&w, c);
        i++;
    }
    while (w.o < len)
        put(&w, ' ');
}
