/* The schema's value rules (record-schema.md, "Record" and "Values"). */
#include "validate.h"

#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include "country.h"
#include "error_internal.h"
#include "vocab.h"

bool id_is_valid(const char *s, size_t len)
{
    if (len < 1 || len > 64)
        return false;
    for (size_t i = 0; i < len; i++) {
        char c = s[i];
        bool ok = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || (c == '-' && i > 0);
        if (!ok)
            return false;
    }
    return true;
}

static char ascii_lower(char c)
{
    return c >= 'A' && c <= 'Z' ? (char)(c - 'A' + 'a') : c;
}

/* Length of a leading "http://" or "https://" (scheme in any case), else 0. */
static size_t http_scheme_length(const char *s, size_t len)
{
    static const char *const schemes[] = { "https://", "http://" };
    for (size_t k = 0; k < 2; k++) {
        size_t n = strlen(schemes[k]), j = 0;
        while (j < n && j < len && ascii_lower(s[j]) == schemes[k][j])
            j++;
        if (j == n)
            return n;
    }
    return 0;
}

/* C1 control characters, and white space and line terminators outside
 * ASCII as ECMA-262 (and so JSON Schema's `\s`) counts them: a URL holding
 * one was mangled on its way. */
static bool is_unicode_space_or_control(unsigned long cp)
{
    return (cp >= 0x80 && cp <= 0x9F) || cp == 0xA0 || cp == 0x1680 || (cp >= 0x2000 && cp <= 0x200A) ||
           cp == 0x2028 || cp == 0x2029 || cp == 0x202F || cp == 0x205F || cp == 0x3000 ||
           cp == 0xFEFF;
}

/* The code point of the (valid) UTF-8 sequence at s, and its length. */
static unsigned long decode_utf8(const unsigned char *s, size_t *len)
{
    if (s[0] < 0xE0) {
        *len = 2;
        return ((unsigned long)(s[0] & 0x1F) << 6) | (s[1] & 0x3F);
    }
    if (s[0] < 0xF0) {
        *len = 3;
        return ((unsigned long)(s[0] & 0x0F) << 12) | ((unsigned long)(s[1] & 0x3F) << 6) | (s[2] & 0x3F);
    }
    *len = 4;
    return ((unsigned long)(s[0] & 0x07) << 18) | ((unsigned long)(s[1] & 0x3F) << 12) |
           ((unsigned long)(s[2] & 0x3F) << 6) | (s[3] & 0x3F);
}

/* http:// or https://, a non-empty authority, and no white space or control
 * character anywhere (the JSON Schema's url pattern says the same). s must
 * be valid UTF-8. */
bool url_is_valid(const char *s, size_t len)
{
    size_t i = http_scheme_length(s, len);
    if (i == 0)
        return false;
    size_t host_start = i;
    while (i < len && s[i] != '/' && s[i] != '?' && s[i] != '#')
        i++;
    if (i == host_start)
        return false;
    for (i = host_start; i < len;) {
        unsigned char c = (unsigned char)s[i];
        if (c <= 0x20 || c == 0x7F)
            return false;
        if (c < 0x80) {
            i++;
            continue;
        }
        size_t n;
        if (len - i < 2 || is_unicode_space_or_control(decode_utf8((const unsigned char *)s + i, &n)))
            return false;
        i += n;
    }
    return true;
}

size_t utf8_sequence_length(const unsigned char *s, size_t avail)
{
    unsigned char c = s[0];
    if (c < 0x80)
        return 1;
    size_t need;
    unsigned char lo = 0x80, hi = 0xBF; /* allowed range of the second byte */
    if (c >= 0xC2 && c <= 0xDF)
        need = 1;
    else if (c >= 0xE0 && c <= 0xEF) {
        need = 2;
        if (c == 0xE0)
            lo = 0xA0; /* no overlongs */
        else if (c == 0xED)
            hi = 0x9F; /* no surrogates */
    } else if (c >= 0xF0 && c <= 0xF4) {
        need = 3;
        if (c == 0xF0)
            lo = 0x90; /* no overlongs */
        else if (c == 0xF4)
            hi = 0x8F; /* nothing above U+10FFFF */
    } else
        return 0;
    if (avail <= need || s[1] < lo || s[1] > hi)
        return 0;
    for (size_t k = 2; k <= need; k++)
        if ((s[k] & 0xC0) != 0x80)
            return 0;
    return need + 1;
}

bool utf8_is_valid(const char *str, size_t len, size_t *bad_at)
{
    const unsigned char *s = (const unsigned char *)str;
    for (size_t i = 0; i < len;) {
        size_t n = utf8_sequence_length(s + i, len - i);
        if (n == 0) {
            if (bad_at)
                *bad_at = i;
            return false;
        }
        i += n;
    }
    return true;
}

static int32_t days_in_month(int32_t year, int32_t month)
{
    static const int32_t days[] = { 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 };
    bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    return month == 2 && leap ? 29 : days[month - 1];
}

bool date_is_valid(const summit_date *d)
{
    if (d->year == 0)
        return d->month == 0 && d->day == 0;
    if (d->year < 1900 || d->year > 2999)
        return false;
    if (d->month == 0)
        return d->day == 0;
    if (d->month < 1 || d->month > 12)
        return false;
    return d->day == 0 || (d->day >= 1 && d->day <= days_in_month(d->year, d->month));
}

size_t date_format(const summit_date *d, char out[11])
{
    int n;
    if (d->year == 0)
        n = 0, out[0] = '\0';
    else if (d->month == 0)
        n = snprintf(out, 11, "%04d", (int)(d->year % 10000));
    else if (d->day == 0)
        n = snprintf(out, 11, "%04d-%02d", (int)(d->year % 10000), (int)(d->month % 100));
    else
        n = snprintf(out, 11, "%04d-%02d-%02d", (int)(d->year % 10000), (int)(d->month % 100),
                     (int)(d->day % 100));
    return n > 0 ? (size_t)n : 0;
}

bool date_ends_before(const summit_date *end, const summit_date *start)
{
    /* Compare the last possible day of `end` with the first of `start`; 31
     * stands for "any day" since only the order matters. */
    int64_t last_end = (int64_t)end->year * 10000 + (end->month ? end->month : 12) * 100 +
                       (end->day ? end->day : 31);
    int64_t first_start = (int64_t)start->year * 10000 + (start->month ? start->month : 1) * 100 +
                          (start->day ? start->day : 1);
    return last_end < first_start;
}

/* ---- the record walk ----------------------------------------------------- */

typedef struct checker {
    problem_sink *sink;
    unsigned flags;
    size_t problems;
    bool stop;
} checker;

static void problem(checker *ck, const char *pointer, const char *fmt, ...) SUMMIT_PRINTF(3, 4);

static void problem(checker *ck, const char *pointer, const char *fmt, ...)
{
    if (ck->stop)
        return;
    char message[256];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(message, sizeof message, fmt, ap);
    va_end(ap);
    ck->problems++;
    if (!ck->sink->report(ck->sink, SUMMIT_ERR_SCHEMA, pointer, message))
        ck->stop = true;
}

/* Length of s, looking at no more than max + 1 bytes. */
static size_t bounded_strlen(const char *s, size_t max)
{
    const char *nul = memchr(s, '\0', max + 1);
    return nul ? (size_t)(nul - s) : max + 1;
}

/* The rules every string value shares. Returns false when s breaks one
 * (already reported). */
static bool check_string(checker *ck, const char *pointer, const char *s)
{
    size_t len = bounded_strlen(s, SUMMIT_MAX_FIELD_BYTES);
    if (len == 0) {
        problem(ck, pointer, "expected a non-empty string");
        return false;
    }
    if (len > SUMMIT_MAX_FIELD_BYTES) {
        problem(ck, pointer, "string is longer than the %zu bytes allowed", SUMMIT_MAX_FIELD_BYTES);
        return false;
    }
    size_t bad;
    if ((ck->flags & VALIDATE_UTF8) && !utf8_is_valid(s, len, &bad)) {
        problem(ck, pointer, "invalid UTF-8 at byte %zu of the string", bad);
        return false;
    }
    return true;
}

static void check_optional_string(checker *ck, const char *pointer, const char *s)
{
    if (s)
        check_string(ck, pointer, s);
}

static void check_required_string(checker *ck, const char *object_pointer, const char *member,
                                  const char *s)
{
    char pointer[128];
    snprintf(pointer, sizeof pointer, "%s/%s", object_pointer, member);
    if (!s)
        problem(ck, object_pointer, "missing required member \"%s\"", member);
    else
        check_string(ck, pointer, s);
}

static void check_country(checker *ck, const char *pointer, const char *code)
{
    if (!check_string(ck, pointer, code))
        return;
    size_t len = strlen(code);
    if (!country_code_is_valid(code, len)) {
        char shown[96];
        quote_for_message(shown, sizeof shown, code, len);
        problem(ck, pointer, "expected an ISO 3166-1 alpha-2 code, got %s", shown);
    }
}

static void check_url(checker *ck, const char *pointer, const char *url)
{
    if (!check_string(ck, pointer, url))
        return;
    size_t len = strlen(url);
    if (!url_is_valid(url, len)) {
        char shown[96];
        quote_for_message(shown, sizeof shown, url, len);
        problem(ck, pointer, "expected an http or https URL, got %s", shown);
    }
}

static void check_date(checker *ck, const char *pointer, const summit_date *d)
{
    if (date_is_valid(d))
        return;
    char shown[48];
    if (d->month == 0 && d->day == 0)
        snprintf(shown, sizeof shown, "%d", (int)d->year);
    else if (d->day == 0)
        snprintf(shown, sizeof shown, "%d-%02d", (int)d->year, (int)d->month);
    else
        snprintf(shown, sizeof shown, "%d-%02d-%02d", (int)d->year, (int)d->month, (int)d->day);
    if (d->year < 1900 || d->year > 2999)
        problem(ck, pointer, "expected a year from 1900 to 2999, got \"%s\"", shown);
    else
        problem(ck, pointer, "expected a real calendar date, got \"%s\"", shown);
}

static void check_enum(checker *ck, const char *pointer, const vocab *v, int32_t value,
                       bool required, const char *member_for_missing, const char *object_pointer)
{
    if (vocab_name(v, value))
        return;
    if (value == 0 && !required)
        return;
    if (value == 0)
        problem(ck, object_pointer, "missing required member \"%s\"", member_for_missing);
    else
        problem(ck, pointer, "expected one of %s, got the value %d", v->expected, (int)value);
}

static void check_string_list(checker *ck, const char *name, const char *const *items, size_t count)
{
    if (count > 0 && !items) {
        problem(ck, "", "\"%s\" has a count of %zu but no items", name, count);
        return;
    }
    for (size_t i = 0; i < count && !ck->stop; i++) {
        char pointer[64];
        snprintf(pointer, sizeof pointer, "/%s/%zu", name, i);
        if (!items[i])
            problem(ck, pointer, "expected a string, got NULL");
        else
            check_string(ck, pointer, items[i]);
    }
}

static bool check_list_pointer(checker *ck, const char *name, const void *items, size_t count)
{
    if (count > 0 && !items) {
        problem(ck, "", "\"%s\" has a count of %zu but no items", name, count);
        return false;
    }
    return true;
}

static void check_participants(checker *ck, const summit_record *r)
{
    if (!check_list_pointer(ck, "participants", r->participants, r->participant_count))
        return;
    /* Index + 1 of the participant that first named each code, for the
     * "listed twice" message; codes are two letters A-Z, so 26 * 26 slots. */
    size_t first_seen[26 * 26] = { 0 };
    for (size_t i = 0; i < r->participant_count && !ck->stop; i++) {
        const summit_participant *p = &r->participants[i];
        char base[64], pointer[96];
        snprintf(base, sizeof base, "/participants/%zu", i);
        check_enum(ck, (snprintf(pointer, sizeof pointer, "%s/role", base), pointer), &vocab_role,
                   p->role, false, NULL, base);
        snprintf(pointer, sizeof pointer, "%s/name", base);
        check_optional_string(ck, pointer, p->name);
        snprintf(pointer, sizeof pointer, "%s/country", base);
        if (!p->country) {
            problem(ck, base, "missing required member \"country\"");
            continue;
        }
        size_t before = ck->problems;
        check_country(ck, pointer, p->country);
        if (ck->problems != before)
            continue;
        size_t slot = (size_t)(p->country[0] - 'A') * 26 + (size_t)(p->country[1] - 'A');
        if (first_seen[slot])
            problem(ck, pointer, "country \"%s\" is listed twice (first at /participants/%zu)",
                    p->country, first_seen[slot] - 1);
        else
            first_seen[slot] = i + 1;
    }
}

static void check_documents(checker *ck, const summit_record *r)
{
    if (!check_list_pointer(ck, "documents", r->documents, r->document_count))
        return;
    for (size_t i = 0; i < r->document_count && !ck->stop; i++) {
        const summit_document *d = &r->documents[i];
        char base[64], pointer[96];
        snprintf(base, sizeof base, "/documents/%zu", i);
        snprintf(pointer, sizeof pointer, "%s/kind", base);
        check_enum(ck, pointer, &vocab_document_kind, d->kind, true, "kind", base);
        check_required_string(ck, base, "title", d->title);
        snprintf(pointer, sizeof pointer, "%s/date", base);
        check_date(ck, pointer, &d->date);
        if (d->url) {
            snprintf(pointer, sizeof pointer, "%s/url", base);
            check_url(ck, pointer, d->url);
        }
    }
}

static void check_media(checker *ck, const summit_record *r)
{
    if (!check_list_pointer(ck, "media", r->media, r->media_count))
        return;
    for (size_t i = 0; i < r->media_count && !ck->stop; i++) {
        const summit_media *m = &r->media[i];
        char base[64], pointer[96];
        snprintf(base, sizeof base, "/media/%zu", i);
        snprintf(pointer, sizeof pointer, "%s/kind", base);
        check_enum(ck, pointer, &vocab_media_kind, m->kind, true, "kind", base);
        if (!m->file && !m->url)
            problem(ck, base, "a media item needs \"file\" or \"url\"");
        snprintf(pointer, sizeof pointer, "%s/file", base);
        check_optional_string(ck, pointer, m->file);
        if (m->url) {
            snprintf(pointer, sizeof pointer, "%s/url", base);
            check_url(ck, pointer, m->url);
        }
        snprintf(pointer, sizeof pointer, "%s/caption", base);
        check_optional_string(ck, pointer, m->caption);
    }
}

static void check_sources(checker *ck, const summit_record *r)
{
    if (!check_list_pointer(ck, "sources", r->sources, r->source_count))
        return;
    for (size_t i = 0; i < r->source_count && !ck->stop; i++) {
        const summit_source *s = &r->sources[i];
        char base[64], pointer[96];
        snprintf(base, sizeof base, "/sources/%zu", i);
        snprintf(pointer, sizeof pointer, "%s/url", base);
        if (!s->url)
            problem(ck, base, "missing required member \"url\"");
        else
            check_url(ck, pointer, s->url);
        snprintf(pointer, sizeof pointer, "%s/title", base);
        check_optional_string(ck, pointer, s->title);
        snprintf(pointer, sizeof pointer, "%s/retrieved", base);
        check_date(ck, pointer, &s->retrieved);
    }
}

size_t validate_record(const summit_record *r, unsigned flags, problem_sink *sink)
{
    checker ck = { sink, flags, 0, false };

    if (!r->id)
        problem(&ck, "", "missing required member \"id\"");
    else if (check_string(&ck, "/id", r->id) && !id_is_valid(r->id, strlen(r->id))) {
        char shown[96];
        quote_for_message(shown, sizeof shown, r->id, strlen(r->id));
        problem(&ck, "/id",
                "expected an id of 1-64 characters from a-z, 0-9 and \"-\", "
                "not starting with \"-\", got %s", shown);
    }
    check_required_string(&ck, "", "series", r->series);
    check_optional_string(&ck, "/group", r->group);
    if (r->edition < 0)
        problem(&ck, "/edition", "expected an integer of at least 1, got %d", (int)r->edition);
    check_optional_string(&ck, "/title", r->title);
    check_optional_string(&ck, "/theme", r->theme);

    if (r->start_date.year == 0 && r->start_date.month == 0 && r->start_date.day == 0)
        problem(&ck, "", "missing required member \"start_date\"");
    else
        check_date(&ck, "/start_date", &r->start_date);
    check_date(&ck, "/end_date", &r->end_date);
    if (r->end_date.year != 0 && date_is_valid(&r->end_date) && date_is_valid(&r->start_date) &&
        r->start_date.year != 0 && date_ends_before(&r->end_date, &r->start_date)) {
        char end[11], start[11];
        date_format(&r->end_date, end);
        date_format(&r->start_date, start);
        problem(&ck, "/end_date", "end_date \"%s\" is before start_date \"%s\"", end, start);
    }
    check_enum(&ck, "/mode", &vocab_mode, r->mode, false, NULL, "");

    if (r->location.city || r->location.country) {
        check_optional_string(&ck, "/location/city", r->location.city);
        if (!r->location.country)
            problem(&ck, "/location", "missing required member \"country\"");
        else
            check_country(&ck, "/location/country", r->location.country);
    }
    check_optional_string(&ck, "/chair/name", r->chair.name);
    check_optional_string(&ck, "/chair/title", r->chair.title);
    if (r->chair.country)
        check_country(&ck, "/chair/country", r->chair.country);

    check_participants(&ck, r);
    check_string_list(&ck, "topics", r->topics, r->topic_count);
    check_string_list(&ck, "commitments", r->commitments, r->commitment_count);
    check_documents(&ck, r);
    check_media(&ck, r);
    check_string_list(&ck, "summary", r->summary, r->summary_count);
    check_sources(&ck, r);
    return ck.problems;
}

typedef struct first_problem_sink {
    problem_sink base;
    summit_error *err;
} first_problem_sink;

static bool keep_first_problem(problem_sink *sink, summit_status code, const char *pointer,
                               const char *message)
{
    first_problem_sink *s = (first_problem_sink *)sink;
    error_set(s->err, code, pointer, "%s", message);
    return false;
}

summit_status record_check(const summit_record *r, summit_error *err)
{
    first_problem_sink sink = { { keep_first_problem }, err };
    return validate_record(r, VALIDATE_UTF8, &sink.base) ? SUMMIT_ERR_SCHEMA : SUMMIT_OK;
}
