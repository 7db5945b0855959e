/* A Word document's body (the word/document.xml of a .docx) read as the
 * text Word shows:
 *
 *   <w:p><w:r><w:t>The summit was to </w:t></w:r>       The summit was to be held in Ottawa.
 *        <w:r><w:t>be held in Ottawa.</w:t></w:r></w:p>
 *   <w:tr><w:tc>...Dates...</w:tc><w:tc>               Dates: 2-4 November 2020
 *     <w:del>...3-4 November...</w:del>
 *     <w:ins>...2-4 November 2020...</w:ins></w:tc></w:tr>
 *
 * A paragraph is a line: its runs' text joined, a tab or a break a space.
 * Tracked deletions go and insertions stay (the document as accepted),
 * and so do field codes ("PAGE"). A table's row is a line: "label:
 * value" ("label: value | more" past two cells). A title or heading
 * paragraph stands apart, with a blank line after it. Each line written
 * keeps the file line it starts on
 * (ex_writer). */
#include <stdbool.h>
#include <stdint.h>
#include <string.h>

#include "extract_internal.h"

bool ex_is_wordml(const char *buf, size_t len)
{
    size_t head = len < 4096 ? len : 4096;
    bool document = false, body = false;
    for (size_t k = 0; k + 11 <= head && !(document && body); k++) {
        document |= memcmp(buf + k, "<w:document", 11) == 0;
        body |= memcmp(buf + k, "<w:body", 7) == 0;
    }
    return document && body;
}

/* Is the tag at s[i, e) (its '<' to its '>') named `name` ("w:t"),
 * opening ("<w:t>", "<w:t xml:space=...>") or, with close, closing? */
static bool tag_is(const char *s, size_t i, size_t e, const char *name, bool close)
{
    size_t n = strlen(name), a = i + 1 + close;
    if (close != (s[i + 1] == '/') || a + n > e)
        return false;
    char after = s[a + n];
    return memcmp(s + a, name, n) == 0 && (after == '>' || after == ' ' || after == '/');
}

/* Writes the text s[a, b), a line break a space. (Its entities were
 * written out when the text was normalised.) */
static void put_text(ex_writer *w, const char *s, size_t a, size_t b)
{
    for (size_t k = a; k < b; k++)
        ex_writer_put(w, s[k] == '\n' ? " " : s + k, 1);
}

bool ex_wordml(ex_text *t)
{
    const char *s = t->buf;
    size_t len = t->len;
    ex_writer w = { .t = t };
    uint32_t line = 1;       /* the file line at i */
    bool text = false;       /* inside a <w:t> */
    size_t deleted = 0;      /* inside a <w:del> (nested depth) */
    bool field_code = false; /* inside a <w:instrText> */
    bool in_row = false;     /* inside a table row: its paragraphs are cells */
    size_t cells = 0;        /* the row's cells so far */
    bool started = false;    /* the paragraph or row has a line */
    bool heading = false;    /* the paragraph is a title or heading */
    for (size_t i = 0; i < len;) {
        if (s[i] != '<') {
            size_t e = i;
            while (e < len && s[e] != '<')
                e++;
            if (text && !deleted && !field_code) {
                if (!started)
                    ex_writer_line(&w, line);
                started = true;
                put_text(&w, s, i, e);
            }
            for (size_t k = i; k < e; k++)
                line += s[k] == '\n';
            i = e;
            continue;
        }
        size_t e = ex_tag_end(s, len, i);
        if (e >= len)
            break;
        bool empty = s[e - 1] == '/';
        if (tag_is(s, i, e, "w:t", false))
            text = !empty;
        else if (tag_is(s, i, e, "w:t", true))
            text = false;
        else if (tag_is(s, i, e, "w:del", false) && !empty)
            deleted++;
        else if (tag_is(s, i, e, "w:del", true) && deleted)
            deleted--;
        else if (tag_is(s, i, e, "w:instrText", false))
            field_code = !empty;
        else if (tag_is(s, i, e, "w:instrText", true))
            field_code = false;
        else if ((tag_is(s, i, e, "w:tab", false) || tag_is(s, i, e, "w:br", false)) && started)
            ex_writer_put(&w, " ", 1);
        else if (tag_is(s, i, e, "w:pStyle", false)) {
            /* <w:pStyle w:val="Title"/>, "Heading1" */
            const char *v = memchr(s + i, '"', e - i);
            heading = v && ((size_t)(s + e - v) > 6 && (memcmp(v + 1, "Title", 5) == 0 ||
                                                        memcmp(v + 1, "Heading", 7) == 0));
        } else if (tag_is(s, i, e, "w:tr", false)) {
            in_row = true;
            cells = 0;
            started = false;
        } else if (tag_is(s, i, e, "w:tc", false) && in_row) {
            if (!started)
                ex_writer_line(&w, line);
            started = true;
            ex_writer_str(&w, cells == 1 ? ": " : cells > 1 ? " | " : "");
            cells++;
        } else if (tag_is(s, i, e, "w:tr", true)) {
            in_row = false;
            started = false;
        } else if (tag_is(s, i, e, "w:p", false) && !in_row) {
            started = false;
            heading = false;
        } else if (tag_is(s, i, e, "w:p", true) && !in_row) {
            if (started && heading)
                ex_writer_line(&w, line); /* (a blank line after a heading) */
            started = false;
        }
        for (size_t k = i; k <= e; k++)
            line += s[k] == '\n';
        i = e + 1;
    }
    return ex_writer_finish(&w, t);
}
