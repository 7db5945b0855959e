/* A Twitter/X archive's tweets.js read as the posts it holds, each under
 * the day it was posted, as a feed prints them:
 *
 *   window.YTD.tweets.part0 = [                     (gone)
 *     { "tweet" : {
 *         "entities" : { ... },                      (gone)
 *         "created_at" : "Mon Nov 02 13:31:07 +0000 2020",
 *         "full_text" : "Day 1 of #N5Summit in Oslo ..."
 *
 * becomes
 *
 *   Posted on 2 November 2020
 *   Day 1 of N5 Summit in Oslo ...
 *
 * The text's JSON escapes are read ("\u2013" a dash, "\n" a line break)
 * and a hashtag is the words it runs together ("#DigitalNations" is
 * "Digital Nations", "#N5Summit" "N5 Summit"); ids, counts, entities and links' records go. Each
 * line written keeps the line of its tweet's text. */
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include "extract_internal.h"

bool ex_is_tweets(const char *buf, size_t len)
{
    size_t a = 0;
    while (a < len && (buf[a] == ' ' || buf[a] == '\n'))
        a++;
    return ex_starts_nocase(buf + a, len - a, "window.ytd.tweet");
}

/* The value of the member `key` ('"key" : "value"') at or after buf[from]
 * and before `end`: its first byte in *v and its end (the closing quote)
 * in *ve; false if there is none. */
static bool member(const char *buf, size_t from, size_t end, const char *key, size_t *v,
                   size_t *ve)
{
    size_t n = strlen(key);
    for (size_t k = from; k + n + 2 < end; k++) {
        if (buf[k] != '"' || memcmp(buf + k + 1, key, n) != 0 || buf[k + n + 1] != '"')
            continue;
        size_t q = k + n + 2;
        while (q < end && (buf[q] == ' ' || buf[q] == ':'))
            q++;
        if (q >= end || buf[q] != '"')
            return false;
        size_t e = q + 1;
        while (e < end && buf[e] != '"' && buf[e] != '\n')
            e += buf[e] == '\\' ? 2 : 1;
        if (e >= end || buf[e] != '"')
            return false;
        *v = q + 1;
        *ve = e;
        return true;
    }
    return false;
}

static bool is_lower(char c)
{
    return c >= 'a' && c <= 'z';
}

static bool is_upper(char c)
{
    return c >= 'A' && c <= 'Z';
}

/* Writes the JSON string text buf[a, b) of file line `line`: escapes
 * read ("\n" a line break), a hashtag as its words. (Twitter's "&amp;"
 * was read with the rest of the text, before any reader.) */
static void put_text(ex_writer *w, const char *buf, size_t a, size_t b, uint32_t line)
{
    bool hashtag = false;
    for (size_t k = a; k < b; k++) {
        char ch = buf[k];
        if (ch == '#' && k + 1 < b && (is_upper(buf[k + 1]) || is_lower(buf[k + 1]))) {
            hashtag = true; /* "#DigitalNations": "Digital Nations" */
            continue;
        }
        if (hashtag && !(is_upper(ch) || is_lower(ch) || (ch >= '0' && ch <= '9') ||
                         (unsigned char)ch >= 0x80))
            hashtag = false;
        /* ("#DigitalNations" and "#N5Summit": a capital after a small
         * letter or a digit starts a word) */
        if (hashtag && is_upper(ch) && k > a && (is_lower(buf[k - 1]) || (buf[k - 1] >= '0' &&
                                                                         buf[k - 1] <= '9')))
            ex_writer_put(w, " ", 1);
        if (ch != '\\' || k + 1 >= b) {
            ex_writer_put(w, &buf[k], 1);
            continue;
        }
        int32_t cp;
        size_t used = ex_unicode_escape(buf + k, b - k, &cp); /* ("\u2013", a pair) */
        if (used && cp > 0 && !(cp >= 0xD800 && cp <= 0xDFFF)) {
            ex_writer_code_point(w, (uint32_t)cp);
            k += used - 1;
            continue;
        }
        char e = buf[++k];
        if (e == 'n') {
            ex_writer_line(w, line);
        } else {
            ex_writer_put(w, e == 'r' || e == 't' ? " " : &buf[k], 1);
        }
    }
}

/* "Mon Nov 02 13:31:07 +0000 2020": writes "Posted on 2 November 2020";
 * false if the stamp is not of that form. */
static bool put_posted(ex_writer *w, const char *s, size_t n)
{
    static const char *const months[] = { "Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                          "Jul", "Aug", "Sep", "Oct", "Nov", "Dec" };
    static const char *const names[] = { "January", "February", "March",     "April",
                                         "May",     "June",     "July",      "August",
                                         "September", "October", "November", "December" };
    if (n != 30 || s[3] != ' ' || s[7] != ' ' || s[10] != ' ')
        return false;
    int m = 0;
    while (m < 12 && memcmp(s + 4, months[m], 3) != 0)
        m++;
    int day = (s[8] - '0') * 10 + (s[9] - '0');
    int year = 0;
    for (size_t k = 26; k < 30; k++)
        year = year * 10 + (s[k] >= '0' && s[k] <= '9' ? s[k] - '0' : -10000);
    if (m == 12 || day < 1 || day > 31 || year < 1000)
        return false;
    char line[48];
    int len = snprintf(line, sizeof line, "Posted on %d %s %d", day, names[m], year);
    ex_writer_put(w, line, (size_t)len);
    return true;
}

/* The first "\"tweet\"" at or after buf[from], or len. */
static size_t next_tweet(const char *buf, size_t len, size_t from)
{
    static const char opening[] = "\"tweet\"";
    for (size_t k = from; k + sizeof opening - 1 <= len; k++)
        if (buf[k] == '"' && memcmp(buf + k, opening, sizeof opening - 1) == 0)
            return k;
    return len;
}

bool ex_tweets(ex_text *t)
{
    const char *buf = t->buf;
    size_t len = t->len;
    ex_writer w = { .t = t };
    /* each tweet: from its '"tweet"' to the next one's */
    uint32_t line = 1;
    size_t counted = 0; /* buf[0, counted) has line - 1 line breaks */
    for (size_t at = next_tweet(buf, len, 0); at < len;) {
        size_t from = at + 7, end = next_tweet(buf, len, from);
        size_t v, ve, tv, tve;
        if (member(buf, from, end, "full_text", &tv, &tve)) {
            for (; counted < tv; counted++)
                line += buf[counted] == '\n';
            ex_writer_line(&w, line);
            if (!member(buf, from, end, "created_at", &v, &ve) || !put_posted(&w, buf + v, ve - v))
                ex_writer_str(&w, "Posted");
            ex_writer_line(&w, line);
            put_text(&w, buf, tv, tve, line);
            ex_writer_line(&w, line);
        }
        at = end;
    }
    return ex_writer_finish(&w, t);
}
