/* A photo's metadata as exiftool prints it, read as a card per photo:
 *
 *   ======== selects/DSC_4471.jpg
 *   File Name                       : DSC_4471.jpg        file: DSC_4471.jpg
 *   Camera Model Name               : NIKON D750          headline: Minister addresses ...
 *   Headline                        : Minister ...   ->   Clare Curran ... addresses ...
 *   Caption-Abstract                : Clare Curran ...    event: 4th D5 Ministerial Summit, ...
 *   Event                           : 4th D5 ...          city: Wellington
 *
 * The IPTC and XMP fields that tell of the photo's event are kept, under
 * the labels the extractor reads (its headline is its caption, its
 * caption a paragraph of text); the camera's and the file system's are
 * not, nor are the XMP fields that repeat the IPTC ones. */
#include <stdbool.h>
#include <stdint.h>
#include <string.h>

#include "extract_internal.h"

/* The fields kept, and the label each is written with ("" : the value
 * alone, as a paragraph). */
static const struct {
    const char *key, *label;
} kept[] = {
    { "file name", "file: " },
    { "headline", "headline: " },
    { "caption-abstract", "" },
    { "event", "event: " },
    { "date created", "date created: " },
    { "city", "city: " },
    { "sub-location", "venue: " },
    { "country-primary location name", "country: " },
    { "keywords", "keywords: " },
    { "special instructions", "" },
};

/* A "Tag Name   : value" line buf[a, b): the tag's end (before its
 * padding) and where its value starts, or false. */
static bool tag_line(const char *buf, size_t a, size_t b, size_t *key_end, size_t *value)
{
    size_t k = a;
    while (k < b && ((buf[k] >= 'a' && buf[k] <= 'z') || (buf[k] >= 'A' && buf[k] <= 'Z') ||
                     (buf[k] >= '0' && buf[k] <= '9') || buf[k] == ' ' || buf[k] == '-' ||
                     buf[k] == '/' || buf[k] == '(' || buf[k] == ')'))
        k++;
    if (k == a || k + 1 >= b || buf[k] != ':' || buf[k + 1] != ' ' || buf[k - 1] != ' ' ||
        buf[a] == ' ')
        return false;
    *key_end = k;
    while (*key_end > a && buf[*key_end - 1] == ' ')
        (*key_end)--;
    *value = k + 2;
    return true;
}

bool ex_is_exif(const char *buf, size_t len)
{
    size_t tags = 0, lines = 0;
    bool file = false;
    for (size_t a = 0; a < len && lines < 300;) {
        const char *nl = memchr(buf + a, '\n', len - a);
        size_t b = nl ? (size_t)(nl - buf) : len, k, v;
        if (tag_line(buf, a, b, &k, &v)) {
            tags++;
            file |= k - a == 9 && ex_starts_nocase(buf + a, k - a, "file name");
        }
        lines++;
        a = b + 1;
    }
    /* (a "File Name" tag, and most lines tags: not a page of "Date : ..." labels) */
    return file && tags >= 8 && tags * 10 >= lines * 7;
}

bool ex_exif(ex_text *t)
{
    const char *s = t->buf;
    size_t len = t->len;
    uint32_t line = 1;
    ex_writer w = { .t = t };
    for (size_t a = 0; a < len; line++) {
        const char *nl = memchr(s + a, '\n', len - a);
        size_t b = nl ? (size_t)(nl - s) : len, k, v;
        const char *label = NULL;
        if (b - a >= 8 && memcmp(s + a, "========", 8) == 0) {
            label = ""; /* a photo's block opens: a blank line */
            v = b;
        } else if (tag_line(s, a, b, &k, &v)) {
            for (size_t q = 0; q < sizeof kept / sizeof kept[0] && !label; q++)
                if (strlen(kept[q].key) == k - a && ex_starts_nocase(s + a, k - a, kept[q].key))
                    label = kept[q].label;
        }
        if (label) {
            ex_writer_line(&w, line);
            ex_writer_str(&w, label);
            /* (a date's "2018:02:22" is "2018-02-22") */
            bool date = strcmp(label, "date created: ") == 0;
            for (size_t q = v; q < b; q++)
                ex_writer_put(&w, date && s[q] == ':' ? "-" : s + q, 1);
        }
        a = b + 1;
    }
    bool written = w.lines > 0;
    if (!ex_writer_finish(&w, t))
        return false;
    t->yaml = t->yaml || written;
    return true;
}
