/* Pages converted from PDF with their layout kept (pdftotext -layout):
 *
 * - two columns printed side by side, so that each line of the text holds
 *   a piece of each ("BUSAN — The third Ministerial Summit of      Some 60
 *   experts from the five member"). Read straight across, every sentence
 *   is cut in two and mixed with another;
 * - words broken at a line's end with a hyphen ("govern-" / "ments",
 *   "Decem-" / "ber 2014").
 *
 * ex_layout() rewrites the normalised text so that each column is read
 * whole, the left one first, and broken words are whole again. For every
 * line it writes it keeps the number of the input line it came from, so
 * that --explain still names the file's line.
 *
 * A region is two columns when at least four of its lines have a gap of
 * three or more spaces ending at the same column (give or take a few, for
 * indented lists), the pieces either side are prose-long, and no line in
 * it runs across that column. Tables, whose cells are short, are not. */
#include <string.h>

#include "extract_internal.h"

#define MIN_GAP 3          /* spaces between the columns */
#define MIN_RIGHT_COLUMN 30 /* a right column starts at least this far in */
#define MIN_SPLIT_LINES 4
#define MIN_HYPHEN_BREAKS 3 /* outside columns, this many broken words make a PDF */

/* A piece of a line: bytes of the normalised text, and the input line. */
typedef struct piece {
    const char *s;
    size_t len;
    const char *tail; /* the rest of a broken word, joined to the end */
    size_t tail_len;
    uint32_t source;
    bool gone; /* all of it went to the line before: no line of its own */
} piece;

typedef struct line_shape {
    size_t off, len;
    size_t indent;          /* column of the first character, or SIZE_MAX when blank */
    size_t end_col;         /* column after the last character */
    size_t split_off;       /* byte offset (in the line) of the right piece, 0 when none */
    size_t split_col;       /* its column */
    size_t left_end;        /* bytes of the left piece, spaces trimmed */
} line_shape;

static bool continuation(unsigned char c)
{
    return (c & 0xC0) == 0x80;
}

/* The first gap of MIN_GAP spaces or more, after some text, whose right
 * piece starts at a column in [lo, hi]: fills split_off, split_col and
 * left_end. */
static bool find_gap(const char *s, line_shape *ls, size_t lo, size_t hi)
{
    size_t col = 0, run = 0, last_text = 0;
    bool text = false;
    for (size_t i = 0; i < ls->len; i++) {
        unsigned char c = (unsigned char)s[i];
        if (continuation(c))
            continue;
        if (c == ' ') {
            run++;
        } else {
            if (text && run >= MIN_GAP && col >= lo && col <= hi) {
                ls->split_off = i;
                ls->split_col = col;
                ls->left_end = last_text;
                return true;
            }
            text = true;
            run = 0;
            last_text = i + 1;
            while (last_text < ls->len && continuation((unsigned char)s[last_text]))
                last_text++;
        }
        col++;
    }
    return false;
}

static void measure(const char *s, line_shape *ls)
{
    size_t col = 0;
    ls->indent = SIZE_MAX;
    ls->end_col = 0;
    for (size_t i = 0; i < ls->len; i++) {
        unsigned char c = (unsigned char)s[i];
        if (continuation(c))
            continue;
        if (c != ' ') {
            if (ls->indent == SIZE_MAX)
                ls->indent = col;
            ls->end_col = col + 1;
        }
        col++;
    }
}

/* The column most gaps end at (give or take one), or 0 when fewer than
 * MIN_SPLIT_LINES lines have one there. */
static size_t right_column(const char *buf, line_shape *ls, size_t n)
{
    enum { MAX_COL = 160 };
    size_t hist[MAX_COL + 2] = { 0 };
    for (size_t i = 0; i < n; i++) {
        line_shape probe = ls[i];
        if (find_gap(buf + probe.off, &probe, MIN_RIGHT_COLUMN, MAX_COL))
            hist[probe.split_col]++;
    }
    size_t best = 0, best_n = 0;
    for (size_t c = MIN_RIGHT_COLUMN; c < MAX_COL; c++) {
        size_t k = hist[c - 1] + hist[c] + hist[c + 1];
        if (k > best_n) {
            best_n = k;
            best = c;
        }
    }
    return best_n >= MIN_SPLIT_LINES ? best : 0;
}

enum { SHAPE_BLANK, SHAPE_SPLIT, SHAPE_RIGHT, SHAPE_LEFT, SHAPE_ACROSS };

static int shape_of(const char *buf, line_shape *ls, size_t col)
{
    if (ls->indent == SIZE_MAX)
        return SHAPE_BLANK;
    /* "| 1 | 2014 | 9–10 December     | London": a table's row */
    size_t bars = 0;
    for (size_t i = 0; i < ls->len; i++)
        bars += buf[ls->off + i] == '|';
    if (bars >= 2)
        return SHAPE_ACROSS;
    size_t lo = col - 3, hi = col + 5;
    if (ls->indent >= lo && ls->indent <= hi)
        return SHAPE_RIGHT;
    if (ls->end_col + 1 < col)
        return SHAPE_LEFT;
    if (ls->indent < lo && find_gap(buf + ls->off, ls, lo, hi))
        return SHAPE_SPLIT;
    return SHAPE_ACROSS;
}

/* Does the left piece of a split line have a gap of its own, past its
 * indent ("0   KR  Republic of Korea   chair")? A table's row does; a
 * column of prose does not. */
static bool gap_inside(const char *buf, const line_shape *ls)
{
    const char *s = buf + ls->off;
    size_t i = 0, run = 0;
    while (i < ls->left_end && s[i] == ' ')
        i++;
    for (; i < ls->left_end; i++) {
        run = s[i] == ' ' ? run + 1 : 0;
        if (run >= MIN_GAP)
            return true;
    }
    return false;
}

/* Lines [a, b) are two columns: enough split lines, prose-long pieces,
 * most of them no table's rows. */
static bool two_columns(const char *buf, const line_shape *ls, const int *shape, size_t a,
                        size_t b)
{
    size_t splits = 0, left = 0, right = 0, rows = 0;
    for (size_t i = a; i < b; i++)
        if (shape[i] == SHAPE_SPLIT) {
            splits++;
            left += ls[i].split_col;
            right += ls[i].end_col - ls[i].split_col;
            rows += gap_inside(buf, &ls[i]);
        }
    return splits >= MIN_SPLIT_LINES && left >= 20 * splits && right >= 15 * splits &&
           2 * rows < splits;
}

static void add_piece(piece *p, size_t *n, const char *s, size_t len, uint32_t source)
{
    while (len && s[len - 1] == ' ')
        len--;
    p[*n] = (piece){ s, len, NULL, 0, source, false };
    (*n)++;
}

static bool is_ascii_lower(char c)
{
    return c >= 'a' && c <= 'z';
}

static bool letter(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (unsigned char)c >= 0x80;
}

/* Does piece a end in a word broken by a hyphen that piece b goes on with
 * ("govern-" / "ments")? */
static bool broken_word(const piece *a, const piece *b)
{
    size_t k = 0;
    while (k < b->len && b->s[k] == ' ')
        k++;
    return a->len >= 2 && a->s[a->len - 1] == '-' && letter(a->s[a->len - 2]) &&
           k < b->len && is_ascii_lower(b->s[k]);
}

/* Moves the rest of the word (and the signs after it) from the start of b
 * to the end of a. */
static void join_word(piece *a, piece *b)
{
    size_t k = 0;
    while (k < b->len && b->s[k] == ' ')
        k++;
    size_t e = k; /* "ments," of "govern-" / "ments, was held" */
    while (e < b->len && b->s[e] != ' ')
        e++;
    a->len--; /* the hyphen */
    a->tail = b->s + k;
    a->tail_len = e - k;
    b->s += e;
    b->len -= e;
    /* ("Char-" / "ter;": no blank line where "ter;" was, which would end
     * the paragraph) */
    b->gone = b->len == 0;
}

bool ex_layout(ex_text *t)
{
    if (t->yaml)
        return true; /* (a data file's aligned values are no column: "city:      Oslo") */
    size_t n = 1;
    for (size_t i = 0; i < t->len; i++)
        n += t->buf[i] == '\n';
    line_shape *ls = ex_malloc(t->mem, n * sizeof *ls);
    int *shape = ex_malloc(t->mem, n * sizeof *shape);
    piece *p = ex_malloc(t->mem, (2 * n + 1) * sizeof *p);
    bool ok = ls && shape && p;
    if (!ok)
        goto done;
    size_t off = 0;
    for (size_t i = 0; i < n; i++) {
        const char *nl = memchr(t->buf + off, '\n', t->len - off);
        size_t end = nl ? (size_t)(nl - t->buf) : t->len;
        ls[i] = (line_shape){ off, end - off, 0, 0, 0, 0, 0 };
        measure(t->buf + off, &ls[i]);
        off = end + 1;
    }
    size_t col = right_column(t->buf, ls, n);
    for (size_t i = 0; i < n; i++)
        shape[i] = col ? shape_of(t->buf, &ls[i], col) : SHAPE_ACROSS;

    /* the pieces, each column of a region read whole */
    size_t np = 0, columns = 0;
    for (size_t i = 0; i < n;) {
        size_t b = i;
        while (b < n && shape[b] != SHAPE_ACROSS)
            b++;
        if (b > i && two_columns(t->buf, ls, shape, i, b)) {
            columns++;
            for (size_t k = i; k < b; k++) {
                size_t len = shape[k] == SHAPE_SPLIT ? ls[k].left_end
                           : shape[k] == SHAPE_RIGHT ? 0
                                                     : ls[k].len;
                add_piece(p, &np, t->buf + ls[k].off, len, (uint32_t)k + 1);
            }
            for (size_t k = i; k < b; k++) {
                size_t from = shape[k] == SHAPE_SPLIT ? ls[k].split_off
                            : shape[k] == SHAPE_RIGHT ? 0
                                                      : ls[k].len;
                const char *s = t->buf + ls[k].off + from;
                size_t len = ls[k].len - from;
                while (len && *s == ' ') {
                    s++;
                    len--;
                }
                add_piece(p, &np, s, len, (uint32_t)k + 1);
            }
            i = b;
        } else {
            size_t e = b > i ? b : i + 1;
            for (size_t k = i; k < e; k++)
                add_piece(p, &np, t->buf + ls[k].off, ls[k].len, (uint32_t)k + 1);
            i = e;
        }
    }
    size_t breaks = 0;
    for (size_t k = 0; k + 1 < np; k++)
        breaks += broken_word(&p[k], &p[k + 1]);
    if (!columns && breaks < MIN_HYPHEN_BREAKS)
        goto done; /* the text stays as it is */
    for (size_t k = 0; k + 1 < np; k++)
        if (broken_word(&p[k], &p[k + 1]))
            join_word(&p[k], &p[k + 1]);

    size_t len = 0;
    for (size_t k = 0; k < np; k++)
        len += p[k].len + p[k].tail_len + 1;
    char *buf = ex_malloc(t->mem, len + 1);
    uint32_t *source = ex_malloc(t->mem, np * sizeof *source);
    if (!buf || !source) {
        ex_free(t->mem, buf);
        ex_free(t->mem, source);
        ok = false;
        goto done;
    }
    size_t o = 0, lines = 0;
    for (size_t k = 0; k < np; k++) {
        if (p[k].gone)
            continue;
        if (lines)
            buf[o++] = '\n';
        if (p[k].len)
            memcpy(buf + o, p[k].s, p[k].len);
        o += p[k].len;
        if (p[k].tail_len) {
            memcpy(buf + o, p[k].tail, p[k].tail_len);
            o += p[k].tail_len;
        }
        /* (a calendar's or a subtitle file's lines were mapped already) */
        source[lines++] = ex_source_line(t, p[k].source - 1);
    }
    buf[o] = '\0';
    ex_text_replace(t, buf, o, source);
    t->column_width = columns ? col - MIN_GAP : 0;
done:
    ex_free(t->mem, ls);
    ex_free(t->mem, shape);
    ex_free(t->mem, p);
    return ok;
}
