/* The canonical JSON writer (record-schema.md, "Canonical form"). Writes
 * straight into one growing buffer; no tree is built. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "collection_internal.h"
#include "error_internal.h"
#include "json_reader.h"
#include "sbuf.h"
#include "summit/json.h"
#include "validate.h"
#include "vocab.h"

typedef struct writer {
    sbuf b;
    bool pretty;
    unsigned indent; /* current depth, pretty layout only */
    bool first;      /* no member/element written yet in the open container */
} writer;

static void newline(writer *w)
{
    if (!w->pretty)
        return;
    size_t n = 1 + 2 * (size_t)w->indent;
    if (!sbuf_reserve(&w->b, n))
        return;
    w->b.data[w->b.len] = '\n';
    memset(w->b.data + w->b.len + 1, ' ', n - 1);
    w->b.len += n;
}

static void open_container(writer *w, char c)
{
    sbuf_putc(&w->b, c);
    w->indent++;
    w->first = true;
}

static void close_container(writer *w, char c)
{
    w->indent--;
    if (!w->first)
        newline(w);
    sbuf_putc(&w->b, c);
    w->first = false;
}

/* Separator and indentation before a member or element. */
static void next_item(writer *w)
{
    if (!w->first)
        sbuf_putc(&w->b, ',');
    w->first = false;
    newline(w);
}

/* A member name; `quoted` is the name with its quotes and colon, e.g.
 * "\"id\":" (see the KEY macro), written with one copy. */
static void key_literal(writer *w, const char *quoted, size_t len)
{
    next_item(w);
    sbuf_put(&w->b, quoted, len);
    if (w->pretty)
        sbuf_putc(&w->b, ' ');
}

#define KEY(w, name) key_literal((w), "\"" name "\":", sizeof("\"" name "\":") - 1)

static void string_value(writer *w, const char *s)
{
    sbuf_put_json_string(&w->b, s, strlen(s));
}

#define STRING_MEMBER(w, name, s) string_member((w), "\"" name "\":", sizeof("\"" name "\":") - 1, (s))

static void string_member(writer *w, const char *quoted, size_t len, const char *s)
{
    if (!s)
        return;
    key_literal(w, quoted, len);
    string_value(w, s);
}

#define DATE_MEMBER(w, name, d) date_member((w), "\"" name "\":", sizeof("\"" name "\":") - 1, (d))

static void date_member(writer *w, const char *quoted, size_t len, const summit_date *d)
{
    if (d->year == 0)
        return;
    char text[13];
    text[0] = '"';
    size_t n = date_format(d, text + 1);
    text[n + 1] = '"';
    key_literal(w, quoted, len);
    sbuf_put(&w->b, text, n + 2);
}

#define ENUM_MEMBER(w, name, v, value) \
    enum_member((w), "\"" name "\":", sizeof("\"" name "\":") - 1, (v), (value))

static void enum_member(writer *w, const char *quoted, size_t len, const vocab *v, int32_t value)
{
    const char *s = vocab_name(v, value);
    if (s)
        string_member(w, quoted, len, s);
}

#define STRING_LIST(w, name, items, n) \
    string_list((w), "\"" name "\":", sizeof("\"" name "\":") - 1, (items), (n))

static void string_list(writer *w, const char *quoted, size_t len, const char *const *items, size_t n)
{
    if (n == 0)
        return;
    key_literal(w, quoted, len);
    open_container(w, '[');
    for (size_t i = 0; i < n; i++) {
        next_item(w);
        string_value(w, items[i]);
    }
    close_container(w, ']');
}

/* `extra` is stored as canonical compact text; the pretty layout re-indents
 * it the same way as the rest of the record. */
static void raw_json(writer *w, const char *text)
{
    if (!w->pretty) {
        sbuf_put(&w->b, text, strlen(text));
        return;
    }
    for (const char *p = text; *p; p++) {
        char c = *p;
        switch (c) {
        case '"': {
            const char *q = p + 1;
            while (*q != '"')
                q += *q == '\\' ? 2 : 1;
            sbuf_put(&w->b, p, (size_t)(q - p + 1));
            p = q;
            w->first = false;
            break;
        }
        case '{':
        case '[':
            if (p[1] == (c == '{' ? '}' : ']')) {
                sbuf_putc(&w->b, c);
                sbuf_putc(&w->b, p[1]);
                p++;
                w->first = false;
            } else {
                open_container(w, c);
                w->first = false;
                newline(w);
            }
            break;
        case '}':
        case ']':
            w->first = false;
            close_container(w, c);
            break;
        case ',':
            sbuf_putc(&w->b, ',');
            newline(w);
            break;
        case ':':
            sbuf_put(&w->b, ": ", 2);
            break;
        default:
            sbuf_putc(&w->b, c);
        }
    }
}

static void write_record(writer *w, const summit_record *r, const char *extra)
{
    open_container(w, '{');
    STRING_MEMBER(w, "id", r->id);
    STRING_MEMBER(w, "series", r->series);
    STRING_MEMBER(w, "group", r->group);
    if (r->edition > 0) {
        char digits[12];
        size_t n = 0;
        for (uint32_t v = (uint32_t)r->edition; v; v /= 10)
            digits[sizeof digits - 1 - n++] = (char)('0' + v % 10);
        KEY(w, "edition");
        sbuf_put(&w->b, digits + sizeof digits - n, n);
    }
    STRING_MEMBER(w, "title", r->title);
    STRING_MEMBER(w, "theme", r->theme);
    DATE_MEMBER(w, "start_date", &r->start_date);
    DATE_MEMBER(w, "end_date", &r->end_date);
    ENUM_MEMBER(w, "mode", &vocab_mode, r->mode);
    if (r->location.country) {
        KEY(w, "location");
        open_container(w, '{');
        STRING_MEMBER(w, "city", r->location.city);
        STRING_MEMBER(w, "country", r->location.country);
        close_container(w, '}');
    }
    if (r->chair.name || r->chair.title || r->chair.country) {
        KEY(w, "chair");
        open_container(w, '{');
        STRING_MEMBER(w, "name", r->chair.name);
        STRING_MEMBER(w, "title", r->chair.title);
        STRING_MEMBER(w, "country", r->chair.country);
        close_container(w, '}');
    }
    if (r->participant_count) {
        KEY(w, "participants");
        open_container(w, '[');
        for (size_t i = 0; i < r->participant_count; i++) {
            const summit_participant *p = &r->participants[i];
            next_item(w);
            open_container(w, '{');
            STRING_MEMBER(w, "country", p->country);
            STRING_MEMBER(w, "name", p->name);
            ENUM_MEMBER(w, "role", &vocab_role, p->role);
            close_container(w, '}');
        }
        close_container(w, ']');
    }
    STRING_LIST(w, "topics", r->topics, r->topic_count);
    STRING_LIST(w, "commitments", r->commitments, r->commitment_count);
    if (r->document_count) {
        KEY(w, "documents");
        open_container(w, '[');
        for (size_t i = 0; i < r->document_count; i++) {
            const summit_document *d = &r->documents[i];
            next_item(w);
            open_container(w, '{');
            ENUM_MEMBER(w, "kind", &vocab_document_kind, d->kind);
            STRING_MEMBER(w, "title", d->title);
            DATE_MEMBER(w, "date", &d->date);
            STRING_MEMBER(w, "url", d->url);
            close_container(w, '}');
        }
        close_container(w, ']');
    }
    if (r->media_count) {
        KEY(w, "media");
        open_container(w, '[');
        for (size_t i = 0; i < r->media_count; i++) {
            const summit_media *m = &r->media[i];
            next_item(w);
            open_container(w, '{');
            ENUM_MEMBER(w, "kind", &vocab_media_kind, m->kind);
            STRING_MEMBER(w, "file", m->file);
            STRING_MEMBER(w, "url", m->url);
            STRING_MEMBER(w, "caption", m->caption);
            close_container(w, '}');
        }
        close_container(w, ']');
    }
    STRING_LIST(w, "summary", r->summary, r->summary_count);
    if (r->source_count) {
        KEY(w, "sources");
        open_container(w, '[');
        for (size_t i = 0; i < r->source_count; i++) {
            const summit_source *s = &r->sources[i];
            next_item(w);
            open_container(w, '{');
            STRING_MEMBER(w, "url", s->url);
            STRING_MEMBER(w, "title", s->title);
            DATE_MEMBER(w, "retrieved", &s->retrieved);
            close_container(w, '}');
        }
        close_container(w, ']');
    }
    if (extra) {
        KEY(w, "extra");
        raw_json(w, extra);
    }
    close_container(w, '}');
}

static summit_status check_flags(uint32_t flags, summit_error *err)
{
    if ((flags & ~(SUMMIT_JSON_PRETTY | SUMMIT_JSON_NDJSON)) != 0) {
        error_set(err, SUMMIT_ERR_ARG, "", "unknown JSON flags 0x%x", (unsigned)flags);
        return SUMMIT_ERR_ARG;
    }
    if ((flags & SUMMIT_JSON_PRETTY) && (flags & SUMMIT_JSON_NDJSON)) {
        error_set(err, SUMMIT_ERR_ARG, "", "SUMMIT_JSON_PRETTY and SUMMIT_JSON_NDJSON exclude each other");
        return SUMMIT_ERR_ARG;
    }
    return SUMMIT_OK;
}

/* Hands the buffer to the caller, NUL-terminated. */
/* Every buffer handed out starts with a copy of the allocator that made it,
 * so that summit_free() can give it back the same way: the output of a
 * collection comes from the collection's allocator (and fails like the
 * rest when it does), with no other way to free it. */
#define OUT_HEADER ((sizeof(summit_allocator) + 15u) & ~(size_t)15u)

static summit_status finish(writer *w, char **out, size_t *out_len, summit_error *err)
{
    if (!sbuf_terminate(&w->b) || w->b.failed) {
        sbuf_release(&w->b);
        error_set(err, SUMMIT_ERR_NOMEM, "", "out of memory");
        return SUMMIT_ERR_NOMEM;
    }
    memcpy(w->b.data, w->b.alloc, sizeof(summit_allocator));
    *out = w->b.data + OUT_HEADER;
    if (out_len)
        *out_len = w->b.len - OUT_HEADER;
    return SUMMIT_OK;
}

static void writer_init(writer *w, const summit_allocator *alloc, uint32_t flags)
{
    static const char room[OUT_HEADER] = { 0 };
    sbuf_init(&w->b, alloc);
    sbuf_put(&w->b, room, OUT_HEADER); /* filled by finish() */
    w->pretty = (flags & SUMMIT_JSON_PRETTY) != 0;
    w->indent = 0;
    w->first = true;
}

summit_status summit_record_to_json(const summit_record *r, uint32_t flags, char **out,
                                    size_t *out_len, summit_error *err)
{
    error_clear(err);
    if (out)
        *out = NULL;
    if (!r || !out) {
        error_set(err, SUMMIT_ERR_ARG, "", "summit_record_to_json needs a record and out");
        return SUMMIT_ERR_ARG;
    }
    summit_status st = check_flags(flags, err);
    if (st != SUMMIT_OK)
        return st;
    /* A record may be hand-made: check it, and put its extra in canonical form. */
    st = record_check(r, err);
    if (st != SUMMIT_OK)
        return st;
    sbuf extra;
    sbuf_init(&extra, &summit_default_allocator);
    if (r->extra_json) {
        summit_load_options defaults;
        summit_load_options_init(&defaults);
        st = json_canonical_object(r->extra_json, strlen(r->extra_json), &defaults, &extra, err);
        if (st != SUMMIT_OK) {
            sbuf_release(&extra);
            return st;
        }
    }
    writer w;
    writer_init(&w, &summit_default_allocator, flags);
    write_record(&w, r, extra.len > 2 ? extra.data : NULL);
    sbuf_putc(&w.b, '\n');
    sbuf_release(&extra);
    return finish(&w, out, out_len, err);
}

summit_status summit_collection_to_json(const summit_collection *c, uint32_t flags, char **out,
                                        size_t *out_len, summit_error *err)
{
    error_clear(err);
    if (out)
        *out = NULL;
    if (!c || !out) {
        error_set(err, SUMMIT_ERR_ARG, "", "summit_collection_to_json needs a collection and out");
        return SUMMIT_ERR_ARG;
    }
    summit_status st = check_flags(flags, err);
    if (st != SUMMIT_OK)
        return st;
    writer w;
    writer_init(&w, &c->alloc, flags);
    if (flags & SUMMIT_JSON_NDJSON) {
        for (size_t i = 0; i < c->count; i++) {
            write_record(&w, c->records[i], c->records[i]->extra_json);
            sbuf_putc(&w.b, '\n');
        }
        return finish(&w, out, out_len, err);
    }
    open_container(&w, '{');
    STRING_MEMBER(&w, "schema", "summit-collection/1");
    KEY(&w, "records");
    open_container(&w, '[');
    for (size_t i = 0; i < c->count; i++) {
        next_item(&w);
        write_record(&w, c->records[i], c->records[i]->extra_json);
    }
    close_container(&w, ']');
    close_container(&w, '}');
    sbuf_putc(&w.b, '\n');
    return finish(&w, out, out_len, err);
}

void summit_free(void *p)
{
    if (!p)
        return;
    char *base = (char *)p - OUT_HEADER;
    summit_allocator a;
    memcpy(&a, base, sizeof a);
    a.free_fn(a.user, base);
}
