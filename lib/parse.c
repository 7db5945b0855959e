/* Summit records from JSON text: the record's members with their types,
 * unknown and repeated members, lists, `extra`; each record checked by
 * validate_record() with its problems placed at their values; ids unique;
 * and the four file forms (one record, an array, a collection object,
 * NDJSON). The JSON text itself is read by reader.c. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "arena.h"
#include "collection_internal.h"
#include "json_reader.h"
#include "reader.h"
#include "validate.h"
#include "vocab.h"

/* ---- schema objects ------------------------------------------------------ */

/* The outcome of checking a value's type. */
typedef enum { TYPE_OK, TYPE_SKIPPED, TYPE_STOP } type_check;

/* Is the value at pos of the kind starting with `want`? If not, report
 * "expected <what>, got ..." as a schema problem and skip the value. */
static type_check want_value(reader *r, char want, const char *what)
{
    int c = peek(r);
    if (c == want || (want == '0' && (c == '-' || (c >= '0' && c <= '9'))))
        return TYPE_OK;
    const char *got = value_kind(c);
    if (!got) {
        fail_expected(r, "a JSON value");
        return TYPE_STOP;
    }
    if (!hole_problem(r, r->pos, "expected %s, got %s", what, got) || !skip_value(r))
        return TYPE_STOP;
    return TYPE_SKIPPED;
}

typedef struct member_table {
    const char *const *names;
    int count;
    const char *what; /* "a record", "a participant", ... for messages */
} member_table;

static int member_lookup(const member_table *t, const char *key, size_t len)
{
    for (int i = 0; i < t->count; i++) {
        const char *name = t->names[i];
        if (len > 0 && name[0] == key[0] && strncmp(name, key, len) == 0 && name[len] == '\0')
            return i;
    }
    return -1;
}

/* Reads one member value of a schema object into `target`. */
typedef bool (*member_reader)(reader *r, void *target, int member);

/* Reads a schema object: each known member once, through read_member;
 * unknown and repeated members are problems. *seen gets a bit per member. */
static bool read_schema_object(reader *r, const member_table *t, void *target,
                               member_reader read_member, uint32_t *seen)
{
    *seen = 0;
    if (!enter(r))
        return false;
    r->pos++;
    skip_ws(r);
    if (peek(r) != '}') {
        for (;;) {
            if (peek(r) != '"')
                return fail_expected(r, "a member name (a string in double quotes)");
            size_t key_at = r->pos;
            const char *key;
            size_t klen;
            r->in_key = true;
            bool key_ok = read_string_to_scratch(r, &key, &klen);
            r->in_key = false;
            if (!key_ok)
                return false;
            int m = member_lookup(t, key, klen);
            /* For a problem with this member: its pointer and quoted name. */
            char suffix[200] = "", shown[96] = "";
            if (m < 0 || (*seen & (1u << m))) {
                size_t o = 1;
                suffix[0] = '/';
                pointer_append(suffix, sizeof suffix, &o, key, klen);
                quote_for_message(shown, sizeof shown, key, klen);
            }
            skip_ws(r);
            if (peek(r) != ':')
                return fail_expected(r, "':' after the member name");
            r->pos++;
            skip_ws(r);
            bool ok;
            if (m < 0 || (*seen & (1u << m))) {
                if (m < 0)
                    ok = problem(r, key_at, suffix, "unknown member %s in %s%s", shown, t->what,
                                 t->count > 3 ? " (put other data under \"extra\")" : "");
                else
                    ok = problem(r, key_at, suffix, "duplicate member %s", shown);
                /* Skipped, but a syntax error inside still gets its pointer.
                 * (Skipping decodes no string, so `key` stays valid.) */
                path_push(r, SEG_NAME, key, klen, 0);
                ok = ok && skip_value(r);
                path_pop(r);
            } else {
                *seen |= 1u << m;
                path_push(r, SEG_NAME, t->names[m], strlen(t->names[m]), 0);
                ok = read_member(r, target, m);
                path_pop(r);
            }
            int next = ok ? container_next(r, '}', "',' or '}' after an object member", NULL) : -1;
            if (next < 0)
                return false;
            if (next == 0)
                break;
        }
    }
    r->pos++;
    r->depth--;
    return true;
}

/* Reads a JSON array whose items read_item stores in v (elements of elem
 * bytes), then moves them into the arena: *items and *count. */
typedef bool (*item_reader)(reader *r, void *item);

static bool read_list(reader *r, vec *v, size_t elem, char want, const char *what,
                      item_reader read_item, const void **items, size_t *count)
{
    type_check t = want_value(r, '[', "an array");
    if (t != TYPE_OK)
        return t == TYPE_SKIPPED;
    if (!enter(r))
        return false;
    r->pos++;
    size_t base = v->len; /* lists never nest in themselves, but stay safe */
    skip_ws(r);
    if (peek(r) != ']') {
        for (size_t i = 0;; i++) {
            path_push(r, SEG_INDEX, NULL, 0, i);
            if (i == r->opts->max_list_items)
                return fail(r, SUMMIT_ERR_LIMIT, r->pos, "more than max_list_items (%zu) items in a list",
                            r->opts->max_list_items);
            /* An item of the wrong type stays as an empty placeholder, so
             * later items keep their indexes (in pointers and positions);
             * the hole marked for it hides the placeholder's own problems,
             * and the record is not kept. */
            if (!vec_reserve(r, v, elem, 1))
                return fail_nomem(r);
            void *item = (char *)v->data + v->len * elem;
            memset(item, 0, elem);
            v->len++;
            bool ok;
            t = want_value(r, want, what);
            if (t == TYPE_OK)
                ok = read_item(r, (char *)v->data + (v->len - 1) * elem);
            else
                ok = t == TYPE_SKIPPED;
            path_pop(r);
            int next = ok ? container_next(r, ']', "',' or ']' after an array element", NULL) : -1;
            if (next < 0)
                return false;
            if (next == 0)
                break;
        }
    }
    r->pos++;
    r->depth--;
    size_t n = v->len - base;
    *items = NULL;
    *count = 0;
    if (n > 0) {
        void *copy = arena_alloc(&r->coll->arena, n * elem);
        if (!copy)
            return fail_nomem(r);
        memcpy(copy, (char *)v->data + base * elem, n * elem);
        *items = copy;
        *count = n;
    }
    v->len = base;
    return true;
}

/* ---- member values ------------------------------------------------------- */

static bool read_string_member(reader *r, const char **out)
{
    type_check t = want_value(r, '"', "a string");
    if (t != TYPE_OK)
        return t == TYPE_SKIPPED;
    return read_string_to_arena(r, out);
}

static bool read_string_item(reader *r, void *item)
{
    return read_string_to_arena(r, (const char **)item);
}

static bool read_string_list(reader *r, const char *const **items, size_t *count)
{
    return read_list(r, &r->strings, sizeof(const char *), '"', "a string", read_string_item,
                     (const void **)items, count);
}

static bool parse_digits(const char *s, size_t n, int32_t *out)
{
    int32_t v = 0;
    for (size_t i = 0; i < n; i++) {
        if (s[i] < '0' || s[i] > '9')
            return false;
        v = v * 10 + (s[i] - '0');
    }
    *out = v;
    return true;
}

/* "YYYY", "YYYY-MM" or "YYYY-MM-DD"; whether the date is real is for
 * validate_record to say. */
static bool read_date_member(reader *r, summit_date *d)
{
    type_check t = want_value(r, '"', "a date string");
    if (t != TYPE_OK)
        return t == TYPE_SKIPPED;
    size_t at = r->pos;
    const char *s;
    size_t n;
    if (!read_string_to_scratch(r, &s, &n))
        return false;
    summit_date parsed = { 0, 0, 0 };
    bool ok = (n == 4 || n == 7 || n == 10) && parse_digits(s, 4, &parsed.year);
    if (ok && n >= 7)
        ok = s[4] == '-' && parse_digits(s + 5, 2, &parsed.month);
    if (ok && n == 10)
        ok = s[7] == '-' && parse_digits(s + 8, 2, &parsed.day);
    if (!ok) {
        char shown[96];
        quote_for_message(shown, sizeof shown, s, n);
        return hole_problem(r, at, "expected a date as YYYY, YYYY-MM or YYYY-MM-DD, got %s", shown);
    }
    /* 0 means "not given" in the struct, so a written 00 (or year 0000)
     * must be refused here, or "2021-00" would come back as "2021". */
    if (parsed.year == 0 || (n >= 7 && parsed.month == 0) || (n == 10 && parsed.day == 0)) {
        char shown[96];
        quote_for_message(shown, sizeof shown, s, n);
        if (parsed.year == 0)
            return hole_problem(r, at, "expected a year from 1900 to 2999, got %s", shown);
        return hole_problem(r, at, "expected a real calendar date, got %s", shown);
    }
    *d = parsed;
    return true;
}

static bool read_enum_member(reader *r, const vocab *v, int32_t *out)
{
    type_check t = want_value(r, '"', "a string");
    if (t != TYPE_OK)
        return t == TYPE_SKIPPED;
    size_t at = r->pos;
    const char *s;
    size_t n;
    if (!read_string_to_scratch(r, &s, &n))
        return false;
    int32_t value = vocab_lookup(v, s, n);
    if (value < 0) {
        char shown[96];
        quote_for_message(shown, sizeof shown, s, n);
        return hole_problem(r, at, "expected one of %s, got %s", v->expected, shown);
    }
    *out = value;
    return true;
}

/* The value of a JSON number (grammar already checked) when it is an
 * integer from 1 to INT32_MAX, written any way: 8, 8.0, 80e-1 and 0.8e1 are
 * all 8, as JSON Schema's "integer" has it; 8.5 is not. Decided on the
 * digits themselves, exactly (no strtod: no rounding, no locale). */
static bool number_as_edition(const char *text, size_t n, int32_t *out)
{
    size_t i = 0;
    if (text[i] == '-')
        return false; /* zero or negative */
    size_t int_start = i;
    while (i < n && text[i] >= '0' && text[i] <= '9')
        i++;
    size_t int_len = i - int_start, frac_start = i, frac_len = 0;
    if (i < n && text[i] == '.') {
        frac_start = ++i;
        while (i < n && text[i] >= '0' && text[i] <= '9')
            i++;
        frac_len = i - frac_start;
    }
    long exp = 0;
    if (i < n && (text[i] == 'e' || text[i] == 'E')) {
        bool negative = text[++i] == '-';
        if (text[i] == '+' || text[i] == '-')
            i++;
        for (; i < n; i++)
            if (exp < 100000) /* far beyond any int32 either way */
                exp = exp * 10 + (text[i] - '0');
        if (negative)
            exp = -exp;
    }
    /* The digits d[0..len) with the decimal point after `point` of them. */
    size_t len = int_len + frac_len;
#define DIGIT(k) ((k) < int_len ? text[int_start + (k)] : text[frac_start + (k) - int_len])
    size_t first = 0;
    while (first < len && DIGIT(first) == '0')
        first++;
    long point = (long)int_len + exp - (long)first; /* integer digits from `first` on */
    if (first == len || point <= 0 || point > 10)
        return false; /* zero, below 1, or more than ten digits */
    uint64_t v = 0;
    for (long k = 0; k < point; k++) {
        size_t at = first + (size_t)k; /* past the digits: zeros from the exponent */
        v = v * 10 + (at < len ? (uint64_t)(DIGIT(at) - '0') : 0);
    }
    for (size_t k = first + (size_t)point; k < len; k++)
        if (DIGIT(k) != '0')
            return false; /* a fraction */
#undef DIGIT
    if (v > INT32_MAX)
        return false;
    *out = (int32_t)v;
    return true;
}

static bool read_edition(reader *r, int32_t *out)
{
    type_check t = want_value(r, '0', "an integer");
    if (t != TYPE_OK)
        return t == TYPE_SKIPPED;
    size_t at = r->pos;
    bool integer_syntax;
    if (!scan_number(r, &integer_syntax))
        return false;
    size_t n = r->pos - at;
    if (!number_as_edition(r->buf + at, n, out)) {
        char text[64];
        copy_truncated(text, sizeof text, r->buf + at, n);
        return hole_problem(r, at, "expected an integer from 1 to 2147483647, got %s%s", text,
                            n < sizeof text ? "" : "...");
    }
    return true;
}

static const char *const place_members[] = { "city", "country" };
static const member_table place_table = { place_members, 2, "a location" };

static bool read_place_member(reader *r, void *target, int m)
{
    summit_place *p = target;
    return read_string_member(r, m == 0 ? &p->city : &p->country);
}

static bool read_location(reader *r, summit_place *p)
{
    type_check t = want_value(r, '{', "an object");
    if (t != TYPE_OK)
        return t == TYPE_SKIPPED;
    size_t at = r->pos;
    uint32_t seen;
    if (!read_schema_object(r, &place_table, p, read_place_member, &seen))
        return false;
    if (!(seen & 2u)) {
        return hole_problem(r, at, "missing required member \"country\"");
    }
    return true;
}

static const char *const chair_members[] = { "name", "title", "country" };
static const member_table chair_table = { chair_members, 3, "a chair" };

static bool read_chair_member(reader *r, void *target, int m)
{
    summit_chair *c = target;
    return read_string_member(r, m == 0 ? &c->name : m == 1 ? &c->title : &c->country);
}

static bool read_chair(reader *r, summit_chair *c)
{
    type_check t = want_value(r, '{', "an object");
    if (t != TYPE_OK)
        return t == TYPE_SKIPPED;
    size_t at = r->pos;
    uint32_t seen;
    if (!read_schema_object(r, &chair_table, c, read_chair_member, &seen))
        return false;
    if (seen == 0)
        return problem(r, at, "", "expected at least one of \"name\", \"title\" and \"country\"");
    return true;
}

static const char *const participant_members[] = { "country", "name", "role" };
static const member_table participant_table = { participant_members, 3, "a participant" };

static bool read_participant_member(reader *r, void *target, int m)
{
    summit_participant *p = target;
    if (m == 2)
        return read_enum_member(r, &vocab_role, &p->role);
    return read_string_member(r, m == 0 ? &p->country : &p->name);
}

static bool read_participant(reader *r, void *item)
{
    uint32_t seen;
    return read_schema_object(r, &participant_table, item, read_participant_member, &seen);
}

static const char *const document_members[] = { "kind", "title", "date", "url" };
static const member_table document_table = { document_members, 4, "a document" };

static bool read_document_member(reader *r, void *target, int m)
{
    summit_document *d = target;
    switch (m) {
    case 0: return read_enum_member(r, &vocab_document_kind, &d->kind);
    case 1: return read_string_member(r, &d->title);
    case 2: return read_date_member(r, &d->date);
    default: return read_string_member(r, &d->url);
    }
}

static bool read_document(reader *r, void *item)
{
    uint32_t seen;
    return read_schema_object(r, &document_table, item, read_document_member, &seen);
}

static const char *const media_members[] = { "kind", "file", "url", "caption" };
static const member_table media_table = { media_members, 4, "a media item" };

static bool read_media_member(reader *r, void *target, int m)
{
    summit_media *x = target;
    switch (m) {
    case 0: return read_enum_member(r, &vocab_media_kind, &x->kind);
    case 1: return read_string_member(r, &x->file);
    case 2: return read_string_member(r, &x->url);
    default: return read_string_member(r, &x->caption);
    }
}

static bool read_media(reader *r, void *item)
{
    uint32_t seen;
    return read_schema_object(r, &media_table, item, read_media_member, &seen);
}

static const char *const source_members[] = { "url", "title", "retrieved" };
static const member_table source_table = { source_members, 3, "a source" };

static bool read_source_member(reader *r, void *target, int m)
{
    summit_source *s = target;
    switch (m) {
    case 0: return read_string_member(r, &s->url);
    case 1: return read_string_member(r, &s->title);
    default: return read_date_member(r, &s->retrieved);
    }
}

static bool read_source(reader *r, void *item)
{
    uint32_t seen;
    return read_schema_object(r, &source_table, item, read_source_member, &seen);
}

static bool read_extra(reader *r, const char **out)
{
    type_check t = want_value(r, '{', "an object");
    if (t != TYPE_OK)
        return t == TYPE_SKIPPED;
    r->extra_out.len = 0;
    if (!parse_value(r, &r->extra_out))
        return false;
    if (r->extra_out.failed)
        return fail_nomem(r);
    if (r->extra_out.len <= 2) { /* "{}" holds nothing: same as absent */
        *out = NULL;
        return true;
    }
    *out = arena_strndup(&r->coll->arena, r->extra_out.data, r->extra_out.len);
    return *out ? true : fail_nomem(r);
}

/* The record's members, in the schema's (and the canonical) order. */
enum {
    M_ID, M_SERIES, M_GROUP, M_EDITION, M_TITLE, M_THEME, M_START_DATE, M_END_DATE, M_MODE,
    M_LOCATION, M_CHAIR, M_PARTICIPANTS, M_TOPICS, M_COMMITMENTS, M_DOCUMENTS, M_MEDIA,
    M_SUMMARY, M_SOURCES, M_EXTRA
};
static const char *const record_members[] = {
    "id", "series", "group", "edition", "title", "theme", "start_date", "end_date", "mode",
    "location", "chair", "participants", "topics", "commitments", "documents", "media",
    "summary", "sources", "extra",
};
static const member_table record_table = { record_members, 19, "a record" };

static bool read_record_member(reader *r, void *target, int m)
{
    summit_record *rec = target;
    switch (m) {
    case M_ID: return read_string_member(r, &rec->id);
    case M_SERIES: return read_string_member(r, &rec->series);
    case M_GROUP: return read_string_member(r, &rec->group);
    case M_EDITION: return read_edition(r, &rec->edition);
    case M_TITLE: return read_string_member(r, &rec->title);
    case M_THEME: return read_string_member(r, &rec->theme);
    case M_START_DATE: return read_date_member(r, &rec->start_date);
    case M_END_DATE: return read_date_member(r, &rec->end_date);
    case M_MODE: return read_enum_member(r, &vocab_mode, &rec->mode);
    case M_LOCATION: return read_location(r, &rec->location);
    case M_CHAIR: return read_chair(r, &rec->chair);
    case M_PARTICIPANTS:
        return read_list(r, &r->participants, sizeof(summit_participant), '{', "an object",
                         read_participant, (const void **)&rec->participants,
                         &rec->participant_count);
    case M_TOPICS: return read_string_list(r, &rec->topics, &rec->topic_count);
    case M_COMMITMENTS: return read_string_list(r, &rec->commitments, &rec->commitment_count);
    case M_DOCUMENTS:
        return read_list(r, &r->documents, sizeof(summit_document), '{', "an object",
                         read_document, (const void **)&rec->documents, &rec->document_count);
    case M_MEDIA:
        return read_list(r, &r->media, sizeof(summit_media), '{', "an object", read_media,
                         (const void **)&rec->media, &rec->media_count);
    case M_SUMMARY: return read_string_list(r, &rec->summary, &rec->summary_count);
    case M_SOURCES:
        return read_list(r, &r->sources, sizeof(summit_source), '{', "an object", read_source,
                         (const void **)&rec->sources, &rec->source_count);
    default: return read_extra(r, &rec->extra_json);
    }
}

/* ---- records ------------------------------------------------------------- */

/* The offset of the value at `pointer` (relative, as validate_record gives
 * it) inside the record starting at `start`, which has been read without
 * syntax errors. Falls back to the deepest value found. */
static size_t locate(reader *r, size_t start, const char *pointer)
{
    size_t saved_pos = r->pos, saved_path = r->path_len;
    uint32_t saved_depth = r->depth;
    bool saved_fatal = r->fatal, saved_bad = r->record_bad;
    r->muted = true;
    r->pos = start;
    const char *p = pointer;
    while (*p == '/') {
        const char *seg = p + 1;
        const char *end = strchr(seg, '/');
        size_t seg_len = end ? (size_t)(end - seg) : strlen(seg);
        skip_ws(r);
        size_t here = r->pos;
        bool found = false;
        if (peek(r) == '{') {
            r->pos++;
            skip_ws(r);
            while (peek(r) == '"') {
                const char *key;
                size_t klen;
                if (!read_string_to_scratch(r, &key, &klen))
                    break;
                skip_ws(r);
                r->pos++; /* ':' */
                skip_ws(r);
                if (klen == seg_len && memcmp(key, seg, klen) == 0) {
                    found = true;
                    break;
                }
                if (!skip_value(r))
                    break;
                skip_ws(r);
                if (peek(r) == ',')
                    r->pos++;
                skip_ws(r);
            }
        } else if (peek(r) == '[') {
            size_t index = (size_t)strtoul(seg, NULL, 10);
            r->pos++;
            skip_ws(r);
            found = true;
            for (size_t i = 0; i < index && found; i++) {
                found = skip_value(r);
                skip_ws(r);
                if (peek(r) == ',')
                    r->pos++;
                skip_ws(r);
            }
        }
        if (!found) {
            r->pos = here;
            break;
        }
        p = end ? end : seg + seg_len;
    }
    skip_ws(r);
    size_t at = r->pos;
    r->pos = saved_pos;
    r->path_len = saved_path;
    r->depth = saved_depth;
    r->muted = false;
    r->fatal = saved_fatal;
    r->record_bad = saved_bad;
    return at;
}

typedef struct located_sink {
    problem_sink base;
    reader *r;
} located_sink;

/* Reports a validate_record problem at the position of its value, unless
 * it is about a value the reader already reported (a hole). */
static bool report_located(problem_sink *sink, summit_status code, const char *pointer,
                           const char *subject, const char *message)
{
    reader *r = ((located_sink *)sink)->r;
    if (in_hole(r, subject))
        return true;
    return record_problem(r, code, locate(r, r->record_start, pointer), pointer, message);
}

static void report_progress(reader *r)
{
    if (!r->opts->progress_fn || r->pos < r->progress_next)
        return;
    r->opts->progress_fn(r->pos, r->len, r->opts->progress_user);
    size_t step = r->len / 100 > ((size_t)1 << 18) ? r->len / 100 : ((size_t)1 << 18);
    r->progress_next = r->pos + step;
}

/* The line of the index-th appended record. Records come in input order,
 * so one finder walking forward serves every duplicate-id message. */
static bool record_line(reader *r, size_t index, uint32_t *line)
{
    if (index >= r->record_lines.len &&
        !vec_reserve(r, &r->record_lines, sizeof(uint32_t), index + 1 - r->record_lines.len))
        return false;
    uint32_t *lines = r->record_lines.data;
    const size_t *offsets = r->record_offsets.data;
    for (uint32_t column; r->record_lines.len <= index; r->record_lines.len++)
        position_find(&r->record_pf, offsets[r->record_lines.len], &lines[r->record_lines.len], &column);
    *line = lines[index];
    return true;
}

static bool report_duplicate_id(reader *r, const summit_record *rec)
{
    uint32_t line;
    if (!record_line(r, collection_find_index(r->coll, rec->id, strlen(rec->id)), &line))
        return fail_nomem(r);
    char message[256];
    snprintf(message, sizeof message, "duplicate id \"%s\": the record at line %u has it already",
             rec->id, (unsigned)line);
    return record_problem(r, SUMMIT_ERR_DUPLICATE_ID, locate(r, r->record_start, "/id"), "/id", message);
}

/* Reads the record object at pos, checks it, and appends it to the
 * collection. A record with problems is appended too when its id is
 * usable, so that its own duplicate id is found and a later record with
 * the same id is reported (the load fails anyway, so it is never handed
 * out): the same problems, in the same order, with or without error_fn. */
static bool read_record(reader *r)
{
    r->record_start = r->pos;
    r->record_path_len = r->path_len;
    r->record_bad = false;
    r->hole_count = 0;
    r->holes_overflowed = false;
    bool ok = false;
    arena_mark mark = arena_get_mark(&r->coll->arena);
    summit_record *rec = arena_calloc(&r->coll->arena, sizeof *rec);
    uint32_t seen;
    if (!rec)
        fail_nomem(r);
    else if (read_schema_object(r, &record_table, rec, read_record_member, &seen)) {
        if (!r->holes_overflowed) {
            located_sink sink = { { report_located }, r };
            validate_record(rec, 0, &sink.base);
        }
        ok = !r->fatal;
    }
    bool keep = ok && (!r->record_bad || (rec->id && id_is_valid(rec->id, strlen(rec->id))));
    /* Only good records count against max_records; bad ones are kept
     * (with error_fn) just to find duplicate ids. */
    if (keep && !r->record_bad && r->coll->count - r->bad_records_kept >= r->opts->max_records) {
        ok = fail(r, SUMMIT_ERR_LIMIT, r->record_start, "more than max_records (%zu) records",
                  r->opts->max_records);
        keep = false;
    }
    if (keep) {
        summit_status st = vec_reserve(r, &r->record_offsets, sizeof(size_t), 1)
                               ? collection_append(r->coll, rec)
                               : SUMMIT_ERR_NOMEM;
        if (st == SUMMIT_OK) {
            ((size_t *)r->record_offsets.data)[r->record_offsets.len++] = r->record_start;
            r->bad_records_kept += r->record_bad;
        }
        else if (st == SUMMIT_ERR_DUPLICATE_ID)
            ok = report_duplicate_id(r, rec);
        else
            ok = fail_nomem(r);
        keep = st == SUMMIT_OK;
    }
    if (!keep)
        arena_rewind(&r->coll->arena, mark);
    flush_pending(r);
    r->record_start = SIZE_MAX; /* between records: reports go out at once */
    if (ok && r->record_bad && !r->collect) { /* the first problem ends the load */
        r->fatal = true;
        ok = false;
    }
    if (ok)
        report_progress(r);
    return ok;
}

/* A record where the schema wants one: an object, else a problem. */
static bool read_record_or_skip(reader *r)
{
    type_check t = want_value(r, '{', "a record (an object)");
    if (t != TYPE_OK)
        return t == TYPE_SKIPPED;
    return read_record(r);
}

static bool read_record_array(reader *r)
{
    if (!enter(r))
        return false;
    r->pos++;
    skip_ws(r);
    if (peek(r) != ']') {
        for (size_t i = 0;; i++) {
            path_push(r, SEG_INDEX, NULL, 0, i);
            bool ok = read_record_or_skip(r);
            path_pop(r);
            int next = ok ? container_next(r, ']', "',' or ']' after a record", NULL) : -1;
            if (next < 0)
                return false;
            if (next == 0)
                break;
        }
    }
    r->pos++;
    r->depth--;
    return true;
}

/* ---- the four file forms ------------------------------------------------- */

#define COLLECTION_SCHEMA "summit-collection/1"

static const char *const collection_members[] = { "schema", "records" };
static const member_table collection_table = { collection_members, 2, "a collection object" };

static bool read_collection_member(reader *r, void *target, int m)
{
    (void)target;
    if (m == 1) {
        type_check t = want_value(r, '[', "an array of records");
        if (t != TYPE_OK)
            return t == TYPE_SKIPPED;
        return read_record_array(r);
    }
    type_check t = want_value(r, '"', "a string");
    if (t != TYPE_OK)
        return t == TYPE_SKIPPED;
    size_t at = r->pos;
    const char *s;
    size_t n;
    if (!read_string_to_scratch(r, &s, &n))
        return false;
    if (n != strlen(COLLECTION_SCHEMA) || memcmp(s, COLLECTION_SCHEMA, n) != 0) {
        char shown[96];
        quote_for_message(shown, sizeof shown, s, n);
        return problem(r, at, "", "expected \"" COLLECTION_SCHEMA "\", got %s", shown);
    }
    return true;
}

static bool read_collection_object(reader *r)
{
    size_t at = r->pos;
    uint32_t seen;
    if (!read_schema_object(r, &collection_table, NULL, read_collection_member, &seen))
        return false;
    for (int m = 0; m < 2; m++)
        if (!(seen & (1u << m)) &&
            !problem(r, at, "", "missing required member \"%s\" in the collection object",
                     collection_members[m]))
            return false;
    return true;
}

/* Is the object at pos a collection object? Yes when its first member is
 * "schema" or "records": a record has neither. */
static bool object_is_collection(reader *r)
{
    size_t saved = r->pos;
    bool saved_fatal = r->fatal, saved_bad = r->record_bad;
    r->pos++;
    skip_ws(r);
    bool yes = false;
    if (peek(r) == '"') {
        r->muted = true;
        const char *key;
        size_t n;
        if (read_string_to_scratch(r, &key, &n))
            yes = (n == 6 && memcmp(key, "schema", 6) == 0) || (n == 7 && memcmp(key, "records", 7) == 0);
        r->muted = false;
    }
    r->pos = saved;
    r->fatal = saved_fatal;
    r->record_bad = saved_bad;
    return yes;
}

/* After a record in NDJSON: only blanks up to the end of the line. */
static bool end_ndjson_line(reader *r)
{
    while (r->pos < r->len && (r->buf[r->pos] == ' ' || r->buf[r->pos] == '\t' || r->buf[r->pos] == '\r'))
        r->pos++;
    if (r->pos < r->len && r->buf[r->pos] != '\n')
        return fail_expected(r, "the end of the line after the record (NDJSON holds one record a line)");
    return true;
}

/* The records after the first line of an NDJSON file. */
static bool read_ndjson_rest(reader *r)
{
    for (;;) {
        if (!end_ndjson_line(r))
            return false;
        skip_ws(r); /* blank lines are allowed */
        if (r->pos >= r->len)
            return true;
        size_t start = r->pos;
        if (!read_record_or_skip(r))
            return false;
        const char *nl = memchr(r->buf + start, '\n', r->pos - start);
        if (nl)
            return fail(r, SUMMIT_ERR_SYNTAX, (size_t)(nl - r->buf),
                        "a record in NDJSON must stand on one line");
    }
}

static bool read_input(reader *r)
{
    skip_ws(r);
    int c = peek(r);
    if (c < 0)
        return fail(r, SUMMIT_ERR_SYNTAX, r->pos,
                    "empty input: expected a summit record, an array of records or a collection object");
    if (c == '[') {
        if (!read_record_array(r))
            return false;
    } else if (c == '{' && object_is_collection(r)) {
        if (!read_collection_object(r))
            return false;
    } else if (c == '{') {
        size_t start = r->pos;
        if (!read_record(r))
            return false;
        size_t end = r->pos;
        skip_ws(r);
        if (r->pos < r->len && !memchr(r->buf + start, '\n', end - start)) {
            r->pos = end; /* a one-line record followed by more: NDJSON */
            return read_ndjson_rest(r);
        }
    } else {
        const char *kind = value_kind(c);
        if (!kind)
            return fail_expected(r, "a JSON value");
        size_t at = r->pos;
        if (!skip_value(r))
            return false;
        if (!problem(r, at, "", "expected a summit record (an object), an array of records or a "
                                "collection object, got %s", kind))
            return false;
    }
    skip_ws(r);
    if (r->pos < r->len)
        return fail(r, SUMMIT_ERR_SYNTAX, r->pos, "unexpected data after the end of the JSON value");
    return true;
}

/* After a schema problem stopped the reading: is the rest of the input JSON,
 * in one of the file forms, at all? A syntax error outranks the schema
 * problem (as with any tool that parses first and validates after), so the
 * status is the same with or without error_fn. The form rules of
 * read_input(), on values only: no records are built. */
static void syntax_pass(reader *r)
{
    r->pos = r->pf.bom;
    r->depth = 0;
    r->path_len = 0;
    r->fatal = false;
    r->syntax_only = true;
    skip_ws(r);
    size_t start = r->pos;
    bool one_line_record = peek(r) == '{' && !object_is_collection(r);
    if (!skip_value(r))
        return;
    size_t end = r->pos;
    skip_ws(r);
    if (r->pos >= r->len)
        return;
    if (!one_line_record || memchr(r->buf + start, '\n', end - start)) {
        fail(r, SUMMIT_ERR_SYNTAX, r->pos, "unexpected data after the end of the JSON value");
        return;
    }
    r->pos = end;
    for (;;) { /* NDJSON */
        if (!end_ndjson_line(r))
            return;
        skip_ws(r);
        if (r->pos >= r->len)
            return;
        start = r->pos;
        if (!skip_value(r))
            return;
        const char *nl = memchr(r->buf + start, '\n', r->pos - start);
        if (nl) {
            fail(r, SUMMIT_ERR_SYNTAX, (size_t)(nl - r->buf), "a record in NDJSON must stand on one line");
            return;
        }
    }
}

summit_status json_read_collection(const char *buf, size_t len, summit_collection *c,
                                   const summit_load_options *opts, summit_error *err)
{
    reader r;
    if (!reader_init(&r, buf, len, opts, &c->alloc, c, err)) {
        reader_finish(&r);
        error_set(err, SUMMIT_ERR_NOMEM, "", "out of memory");
        return SUMMIT_ERR_NOMEM;
    }
    if (check_encoding(&r))
        read_input(&r);
    if (!r.collect && r.error_count > 0 && !stops_reading(r.first_status))
        syntax_pass(&r);
    if (opts->progress_fn && r.error_count == 0)
        opts->progress_fn(len, len, opts->progress_user);
    return reader_finish(&r);
}

