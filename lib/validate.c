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
    if (c >= 'A' && c <= 'Z')
        return (char)(c + ('a' - 'A'));
    return c;
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

/* width decimal digits of v, zero-padded (v is taken modulo 10^width). */
static char *put_digits(char *out, uint32_t v, int width)
{
    for (int i = width - 1; i >= 0; i--) {
        out[i] = (char)('0' + v % 10);
        v /= 10;
    }
    return out + width;
}

size_t date_format(const summit_date *d, char out[11])
{
    char *p = out;
    if (d->year != 0) {
        p = put_digits(p, (uint32_t)d->year, 4);
        if (d->month != 0) {
            *p++ = '-';
            p = put_digits(p, (uint32_t)d->month, 2);
            if (d->day != 0) {
                *p++ = '-';
                p = put_digits(p, (uint32_t)d->day, 2);
            }
        }
    }
    *p = '\0';
    return (size_t)(p - out);
}

bool date_ends_before(const summit_date *end, const summit_date *start)
{
    /* Compare the last possible day of `end` with the first of `start`; 31
     * stands for "any day" since only the order matters. */
    int64_t last_end = (int64_t)end->year * 10000 + (int64_t)(end->month ? end->month : 12) * 100 +
                       (end->day ? end->day : 31);
    int64_t first_start = (int64_t)start->year * 10000 +
                          (int64_t)(start->month ? start->month : 1) * 100 + (start->day ? start->day : 1);
    return last_end < first_start;
}

/* ---- the record walk ----------------------------------------------------- */

/* Where a value is: "/member", "/list/index" or "/list/index/member". Kept
 * as parts and formatted into a JSON Pointer only when there is a problem,
 * since validation runs for every record loaded. */
typedef struct where {
    const char *list;   /* NULL for a top-level member */
    size_t index;
    const char *member; /* NULL for the list item itself */
} where;

static where at_member(const char *member)
{
    where w = { NULL, 0, member };
    return w;
}

static where at_item(const char *list, size_t index, const char *member)
{
    where w = { list, index, member };
    return w;
}

static void format_where(where w, char *out, size_t cap)
{
    if (w.list && w.member)
        snprintf(out, cap, "/%s/%zu/%s", w.list, w.index, w.member);
    else if (w.list)
        snprintf(out, cap, "/%s/%zu", w.list, w.index);
    else if (w.member)
        snprintf(out, cap, "/%s", w.member);
    else
        out[0] = '\0';
}

/* The object holding w's member: missing members are reported there. */
static where parent_of(where w)
{
    where p = { w.list, w.index, NULL };
    return p;
}

typedef struct checker {
    problem_sink *sink;
    unsigned flags;
    size_t problems;
    bool stop;
} checker;

static void report(checker *ck, where at, where subject, const char *message)
{
    if (ck->stop)
        return;
    char pointer[160], about[160];
    format_where(at, pointer, sizeof pointer);
    format_where(subject, about, sizeof about);
    ck->problems++;
    if (!ck->sink->report(ck->sink, SUMMIT_ERR_SCHEMA, pointer, about, message))
        ck->stop = true;
}

static void problem(checker *ck, where w, const char *fmt, ...) SUMMIT_PRINTF(3, 4);

static void problem(checker *ck, where w, const char *fmt, ...)
{
    char message[256];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(message, sizeof message, fmt, ap);
    va_end(ap);
    report(ck, w, w, message);
}

static void missing(checker *ck, where w)
{
    char message[128];
    snprintf(message, sizeof message, "missing required member \"%s\"", w.member);
    report(ck, parent_of(w), w, message);
}

/* Length of s, looking at no more than max + 1 bytes. */
static size_t bounded_strlen(const char *s, size_t max)
{
    const char *nul = memchr(s, '\0', max + 1);
    return nul ? (size_t)(nul - s) : max + 1;
}

/* The rules every string value shares. Returns false when s breaks one
 * (already reported). */
static bool check_string(checker *ck, where w, const char *s)
{
    size_t len = bounded_strlen(s, SUMMIT_MAX_FIELD_BYTES);
    if (len == 0) {
        problem(ck, w, "expected a non-empty string");
        return false;
    }
    if (len > SUMMIT_MAX_FIELD_BYTES) {
        problem(ck, w, "string is longer than the %zu bytes allowed", SUMMIT_MAX_FIELD_BYTES);
        return false;
    }
    size_t bad;
    if ((ck->flags & VALIDATE_UTF8) && !utf8_is_valid(s, len, &bad)) {
        problem(ck, w, "invalid UTF-8 at byte %zu of the string", bad);
        return false;
    }
    return true;
}

static void check_optional_string(checker *ck, where w, const char *s)
{
    if (s)
        check_string(ck, w, s);
}

static void check_required_string(checker *ck, where w, const char *s)
{
    if (!s)
        missing(ck, w);
    else
        check_string(ck, w, s);
}

static void check_country(checker *ck, where w, const char *code)
{
    if (!check_string(ck, w, code))
        return;
    size_t len = strlen(code);
    if (!country_code_is_valid(code, len)) {
        char shown[96];
        quote_for_message(shown, sizeof shown, code, len);
        problem(ck, w, "expected an ISO 3166-1 alpha-2 code, got %s", shown);
    }
}

static void check_url(checker *ck, where w, const char *url)
{
    if (!check_string(ck, w, url))
        return;
    size_t len = strlen(url);
    if (!url_is_valid(url, len)) {
        char shown[96];
        quote_for_message(shown, sizeof shown, url, len);
        problem(ck, w, "expected an http or https URL, got %s", shown);
    }
}

static void check_date(checker *ck, where w, const summit_date *d)
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
        problem(ck, w, "expected a year from 1900 to 2999, got \"%s\"", shown);
    else
        problem(ck, w, "expected a real calendar date, got \"%s\"", shown);
}

/* An enum-valued member: one of the vocabulary's constants; 0 means absent
 * where the vocabulary has no name for it (kinds), which is a problem only
 * when the member is required. */
static void check_enum(checker *ck, where w, const vocab *v, int32_t value, bool required)
{
    if (vocab_name(v, value))
        return;
    if (value == 0 && !required)
        return;
    if (value == 0)
        missing(ck, w);
    else
        problem(ck, w, "expected one of %s, got the value %d", v->expected, (int)value);
}

/* A list's count with no items is a caller's bug; report it once. */
static bool check_list_pointer(checker *ck, const char *name, const void *items, size_t count)
{
    if (count > 0 && !items) {
        problem(ck, at_member(NULL), "\"%s\" has a count of %zu but no items", name, count);
        return false;
    }
    return true;
}

static void check_string_list(checker *ck, const char *name, const char *const *items, size_t count)
{
    if (!check_list_pointer(ck, name, items, count))
        return;
    for (size_t i = 0; i < count && !ck->stop; i++) {
        if (!items[i])
            problem(ck, at_item(name, i, NULL), "expected a string, got NULL");
        else
            check_string(ck, at_item(name, i, NULL), items[i]);
    }
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
        check_enum(ck, at_item("participants", i, "role"), &vocab_role, p->role, false);
        check_optional_string(ck, at_item("participants", i, "name"), p->name);
        where country = at_item("participants", i, "country");
        if (!p->country) {
            missing(ck, country);
            continue;
        }
        size_t before = ck->problems;
        check_country(ck, country, p->country);
        if (ck->problems != before)
            continue;
        size_t slot = (size_t)(p->country[0] - 'A') * 26 + (size_t)(p->country[1] - 'A');
        if (first_seen[slot])
            problem(ck, country, "country \"%s\" is listed twice: participant %zu has it already",
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
        check_enum(ck, at_item("documents", i, "kind"), &vocab_document_kind, d->kind, true);
        check_required_string(ck, at_item("documents", i, "title"), d->title);
        check_date(ck, at_item("documents", i, "date"), &d->date);
        if (d->url)
            check_url(ck, at_item("documents", i, "url"), d->url);
    }
}

static void check_media(checker *ck, const summit_record *r)
{
    if (!check_list_pointer(ck, "media", r->media, r->media_count))
        return;
    for (size_t i = 0; i < r->media_count && !ck->stop; i++) {
        const summit_media *m = &r->media[i];
        check_enum(ck, at_item("media", i, "kind"), &vocab_media_kind, m->kind, true);
        if (!m->file && !m->url)
            report(ck, at_item("media", i, NULL), at_item("media", i, "url"),
                   "a media item needs \"file\" or \"url\"");
        check_optional_string(ck, at_item("media", i, "file"), m->file);
        if (m->url)
            check_url(ck, at_item("media", i, "url"), m->url);
        check_optional_string(ck, at_item("media", i, "caption"), m->caption);
    }
}

static void check_sources(checker *ck, const summit_record *r)
{
    if (!check_list_pointer(ck, "sources", r->sources, r->source_count))
        return;
    for (size_t i = 0; i < r->source_count && !ck->stop; i++) {
        const summit_source *s = &r->sources[i];
        if (!s->url)
            missing(ck, at_item("sources", i, "url"));
        else
            check_url(ck, at_item("sources", i, "url"), s->url);
        check_optional_string(ck, at_item("sources", i, "title"), s->title);
        check_date(ck, at_item("sources", i, "retrieved"), &s->retrieved);
    }
}

size_t validate_record(const summit_record *r, unsigned flags, problem_sink *sink)
{
    checker ck = { sink, flags, 0, false };

    if (!r->id)
        missing(&ck, at_member("id"));
    else if (check_string(&ck, at_member("id"), r->id) && !id_is_valid(r->id, strlen(r->id))) {
        char shown[96];
        quote_for_message(shown, sizeof shown, r->id, strlen(r->id));
        problem(&ck, at_member("id"),
                "expected an id of 1-64 characters from a-z, 0-9 and \"-\", "
                "not starting with \"-\", got %s", shown);
    }
    check_required_string(&ck, at_member("series"), r->series);
    check_optional_string(&ck, at_member("group"), r->group);
    if (r->edition < 0)
        problem(&ck, at_member("edition"), "expected an integer of at least 1, got %d", (int)r->edition);
    check_optional_string(&ck, at_member("title"), r->title);
    check_optional_string(&ck, at_member("theme"), r->theme);

    if (r->start_date.year == 0 && r->start_date.month == 0 && r->start_date.day == 0)
        missing(&ck, at_member("start_date"));
    else
        check_date(&ck, at_member("start_date"), &r->start_date);
    check_date(&ck, at_member("end_date"), &r->end_date);
    if (r->end_date.year != 0 && r->start_date.year != 0 && date_is_valid(&r->end_date) &&
        date_is_valid(&r->start_date) && date_ends_before(&r->end_date, &r->start_date)) {
        char end[11], start[11];
        date_format(&r->end_date, end);
        date_format(&r->start_date, start);
        problem(&ck, at_member("end_date"), "end_date \"%s\" is before start_date \"%s\"", end, start);
    }
    check_enum(&ck, at_member("mode"), &vocab_mode, r->mode, false);

    if (r->location.city || r->location.country) {
        check_optional_string(&ck, at_member("location/city"), r->location.city);
        if (!r->location.country)
            report(&ck, at_member("location"), at_member("location/country"),
                   "missing required member \"country\"");
        else
            check_country(&ck, at_member("location/country"), r->location.country);
    }
    check_optional_string(&ck, at_member("chair/name"), r->chair.name);
    check_optional_string(&ck, at_member("chair/title"), r->chair.title);
    if (r->chair.country)
        check_country(&ck, at_member("chair/country"), r->chair.country);

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
                               const char *subject, const char *message)
{
    (void)subject;
    first_problem_sink *s = (first_problem_sink *)sink;
    error_set(s->err, code, pointer, "%s", message);
    return false;
}

summit_status record_check(const summit_record *r, summit_error *err)
{
    first_problem_sink sink = { { keep_first_problem }, err };
    return validate_record(r, VALIDATE_UTF8, &sink.base) ? SUMMIT_ERR_SCHEMA : SUMMIT_OK;
}
