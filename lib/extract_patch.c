/* A change log with its diffs ("git log -p", a patch file) read as the
 * text its changes leave:
 *
 *   commit 336d9d2...                     (blank)
 *   Author: ... / Date: ... / message     (blank)
 *   diff --git a/summits/2020.yaml ...    (blank)
 *   @@ -15,5 +15,6 @@ chair:              (blank)
 *      person: "Joyce Murray"                person: "Joyce Murray"
 *   -theme: null                          (blank: a value taken back)
 *   +theme: "Resilient ..."                theme: "Resilient ..."
 *
 * Only the file the log changes most is read (a log may touch another
 * record's file in passing), and a line taken back is no longer true. A
 * log lists its newest change first, so the first value read is the
 * latest. In place: the text keeps its length and its lines. */
#include <stdbool.h>
#include <stdint.h>
#include <string.h>

#include "extract_internal.h"

#define MAX_FILES 16

static bool starts(const char *buf, size_t a, size_t b, const char *prefix)
{
    size_t n = strlen(prefix);
    return b - a >= n && memcmp(buf + a, prefix, n) == 0;
}

bool ex_is_patch(const char *buf, size_t len)
{
    /* (a log or a patch from its first line: a page that quotes a diff
     * is a page) */
    static const char *const openings[] = { "commit ", "diff ", "From ", "--- ", "Index: ",
                                            "$ git ", NULL };
    size_t first = 0;
    while (first < len && (buf[first] == ' ' || buf[first] == '\n'))
        first++;
    const char *nl = memchr(buf + first, '\n', len - first);
    size_t first_end = nl ? (size_t)(nl - buf) : len;
    bool opens = false;
    for (size_t q = 0; openings[q] && !opens; q++)
        opens = starts(buf, first, first_end, openings[q]);
    if (!opens)
        return false;
    bool minus = false, plus = false;
    for (size_t a = 0; a < len;) {
        nl = memchr(buf + a, '\n', len - a);
        size_t b = nl ? (size_t)(nl - buf) : len;
        if (starts(buf, a, b, "diff --git "))
            return true;
        /* "--- a/x" over "+++ b/x" over "@@ -1,5 +1,5 @@" */
        if (plus && starts(buf, a, b, "@@ -"))
            return true;
        plus = minus && starts(buf, a, b, "+++ ");
        minus = starts(buf, a, b, "--- ");
        a = b + 1;
    }
    return false;
}

/* The file a "+++ b/path" line names: its path's bytes [*p, *e). */
static bool file_line(const char *buf, size_t a, size_t b, size_t *p, size_t *e)
{
    if (!starts(buf, a, b, "+++ "))
        return false;
    *p = a + 4 + (starts(buf, a + 4, b, "b/") ? 2 : 0);
    *e = b;
    while (*e > *p && buf[*e - 1] == ' ')
        (*e)--;
    return *e > *p;
}

typedef struct patch_files {
    size_t at[MAX_FILES], len[MAX_FILES], hunks[MAX_FILES];
    size_t n;
} patch_files;

/* The index of the file at buf[p, e) in fs (added when new and there is
 * room), or MAX_FILES. */
static size_t file_index(const char *buf, patch_files *fs, size_t p, size_t e)
{
    for (size_t k = 0; k < fs->n; k++)
        if (fs->len[k] == e - p && memcmp(buf + fs->at[k], buf + p, e - p) == 0)
            return k;
    if (fs->n == MAX_FILES)
        return MAX_FILES;
    fs->at[fs->n] = p;
    fs->len[fs->n] = e - p;
    fs->hunks[fs->n] = 0;
    return fs->n++;
}

void ex_blank_patch(char *buf, size_t len)
{
    /* the file with the most hunks (the first of equals) */
    patch_files fs = { .n = 0 };
    size_t file = MAX_FILES;
    for (size_t a = 0; a < len;) {
        const char *nl = memchr(buf + a, '\n', len - a);
        size_t b = nl ? (size_t)(nl - buf) : len, p, e;
        if (file_line(buf, a, b, &p, &e))
            file = file_index(buf, &fs, p, e);
        else if (starts(buf, a, b, "@@ ") && file < MAX_FILES)
            fs.hunks[file]++;
        a = b + 1;
    }
    size_t subject = 0;
    for (size_t k = 1; k < fs.n; k++)
        if (fs.hunks[k] > fs.hunks[subject])
            subject = k;
    /* (its name, kept apart: the lines that name it are blanked below) */
    char name[256];
    size_t name_len = fs.n ? fs.len[subject] : 0;
    memcpy(name, buf + (fs.n ? fs.at[subject] : 0), name_len < sizeof name ? name_len : sizeof name);
    /* then each line: a hunk's of that file keeps what it adds or leaves */
    bool in_hunk = false, in_subject = false;
    for (size_t a = 0; a < len;) {
        const char *nl = memchr(buf + a, '\n', len - a);
        size_t b = nl ? (size_t)(nl - buf) : len, p, e;
        char c = ' ';
        if (a < b)
            c = buf[a];
        if (file_line(buf, a, b, &p, &e)) {
            in_subject = e - p == name_len &&
                         memcmp(buf + p, name, name_len < sizeof name ? name_len : sizeof name) == 0;
            in_hunk = false;
        } else if (starts(buf, a, b, "@@ ")) {
            in_hunk = true;
        } else if (in_hunk && !(c == ' ' || c == '+' || c == '-' || c == '\\' || a == b)) {
            in_hunk = false; /* the next commit's header */
        }
        bool kept = a < b && in_hunk && in_subject && (c == ' ' || c == '+') &&
                    !starts(buf, a, b, "@@ ");
        if (kept)
            buf[a] = ' ';
        else
            ex_blank_bytes(buf, a, b);
        a = b + 1;
    }
}
