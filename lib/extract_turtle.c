/* An RDF Turtle file (linked data with schema.org or Popolo terms) read
 * as a YAML list of the events it describes:
 *
 *   ex:summit-2019 a schema:Event ;                      - event: summit-2019
 *     schema:name "D9 Ministerial Summit"@en ;             title: D9 Ministerial Summit
 *     schema:startDate "2019-11-04"^^xsd:date ;      ->    start date: 2019-11-04
 *     schema:location [ schema:address [                   location:
 *         schema:addressLocality "Montevideo" ] ] ;          address:
 *     ex:previousSummit ex:summit-2018 .                       city: Montevideo
 *
 * Each subject typed as an event is a record, or only the one the file
 * says it is about ("schema:about", "foaf:primaryTopic"). A predicate is
 * written as its local name in words ("startDate" is "start date";
 * schema.org's "addressLocality" is "city", "addressCountry" "country",
 * "eventAttendanceMode" "mode"); an object that is another subject of the
 * file is written under it (two levels deep), as a document when it is
 * one ("documents:" / "- title: ..."), and not at all when it is another
 * event (the previous summit). A literal in another language than
 * English goes where the predicate has an English one. */
#include <stdbool.h>
#include <stdint.h>
#include <string.h>

#include "extract_internal.h"

enum { TERM_NONE, TERM_NAME, TERM_LITERAL, TERM_BLANK };
/* (a page's worth of statements: past it the file is not read, so that
 * the lookups below, each through all statements, stay cheap) */
enum { MAX_TRIPLES = 4096 };

typedef struct term {
    int kind;
    size_t off, len;     /* a name's text, or a literal's (quotes excluded) */
    size_t lang, lang_len; /* "@en" */
    size_t blank;        /* a blank node's number */
    uint32_t line;
} term;

typedef struct triple {
    term s, p, o;
} triple;

typedef struct graph {
    const char *buf;
    size_t len, i;
    uint32_t line;
    triple *t;
    size_t n, cap;
    size_t blanks;
    ex_mem *mem;
    int depth;
} graph;

static void skip_blank(graph *g)
{
    while (g->i < g->len) {
        char c = g->buf[g->i];
        if (c == '#') {
            while (g->i < g->len && g->buf[g->i] != '\n')
                g->i++;
        } else if (c == ' ' || c == '\t' || c == '\r' || c == '\n') {
            g->line += c == '\n';
            g->i++;
        } else {
            return;
        }
    }
}

static bool name_char(char c)
{
    return !(c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == ';' || c == ',' ||
             c == '[' || c == ']' || c == '(' || c == ')' || c == '"' || c == '\'' || c == '<' ||
             c == '#') &&
           c != '\0';
}

/* The term at the cursor: <iri>, prefix:name, "literal"@lang, 'literal',
 * """long""", a number, "a"; TERM_NONE at a sign. */
static term read_term(graph *g)
{
    skip_blank(g);
    term t = { TERM_NONE, g->i, 0, 0, 0, 0, g->line };
    if (g->i >= g->len)
        return t;
    const char *b = g->buf;
    char c = b[g->i];
    if (c == '<') {
        size_t e = g->i + 1;
        while (e < g->len && b[e] != '>' && b[e] != '\n')
            e++;
        t = (term){ TERM_NAME, g->i, (e < g->len ? e + 1 : e) - g->i, 0, 0, 0, g->line };
        g->i = e < g->len ? e + 1 : e;
        return t;
    }
    if (c == '"' || c == '\'') {
        bool longq = g->i + 2 < g->len && b[g->i + 1] == c && b[g->i + 2] == c;
        size_t q = g->i + (longq ? 3 : 1), e = q;
        while (e < g->len) {
            if (b[e] == '\\') {
                e += 2;
                continue;
            }
            if (b[e] == c && (!longq || (e + 2 < g->len && b[e + 1] == c && b[e + 2] == c)))
                break;
            if (b[e] == '\n') {
                if (!longq)
                    break;
                g->line++;
            }
            e++;
        }
        if (e > g->len)
            e = g->len;
        t = (term){ TERM_LITERAL, q, e - q, 0, 0, 0, t.line };
        g->i = e < g->len && b[e] == c ? e + (longq ? 3 : 1) : e;
        if (g->i < g->len && b[g->i] == '@') { /* "@en" */
            size_t l = g->i + 1;
            while (l < g->len && (b[l] == '-' || (b[l] >= 'a' && b[l] <= 'z') ||
                                  (b[l] >= 'A' && b[l] <= 'Z')))
                l++;
            t.lang = g->i + 1;
            t.lang_len = l - g->i - 1;
            g->i = l;
        } else if (g->i + 1 < g->len && b[g->i] == '^' && b[g->i + 1] == '^') {
            g->i += 2;
            read_term(g); /* the datatype */
        }
        return t;
    }
    if (!name_char(c) || c == '.')
        return t;
    size_t e = g->i;
    /* (a name may hold dots, "ex:v1.2", but not end on one: the statement's) */
    while (e < g->len && name_char(b[e]) && !(b[e] == '.' && (e + 1 >= g->len || !name_char(b[e + 1]))))
        e++;
    t = (term){ TERM_NAME, g->i, e - g->i, 0, 0, 0, g->line };
    g->i = e;
    if (e - t.off >= 1 && (b[t.off] == '-' || (b[t.off] >= '0' && b[t.off] <= '9')))
        t.kind = TERM_LITERAL; /* a number: "5", "-1.5" */
    return t;
}

static bool at(graph *g, char c)
{
    skip_blank(g);
    return g->i < g->len && g->buf[g->i] == c;
}

static void add(graph *g, term s, term p, term o)
{
    if (g->n >= MAX_TRIPLES ||
        !ex_reserve(g->mem, (void **)&g->t, &g->cap, g->n + 1, sizeof *g->t))
        return;
    g->t[g->n++] = (triple){ s, p, o };
}

static term blank_node(graph *g);

/* predicate object, object ; predicate object ... for subject s. */
static void predicate_objects(graph *g, term s)
{
    while (g->i < g->len && !g->mem->failed) {
        term p = read_term(g);
        if (p.kind != TERM_NAME)
            return;
        do {
            term o;
            if (at(g, '[')) {
                o = blank_node(g);
            } else if (at(g, '(')) { /* a collection: its items are not read */
                while (g->i < g->len && g->buf[g->i] != ')')
                    g->line += g->buf[g->i++] == '\n';
                g->i += g->i < g->len;
                continue;
            } else {
                o = read_term(g);
            }
            if (o.kind == TERM_NONE)
                return;
            add(g, s, p, o);
        } while (at(g, ',') && ++g->i);
        if (!at(g, ';'))
            return;
        while (at(g, ';'))
            g->i++;
    }
}

/* "[ p o ; ... ]": a new blank node, its statements read. */
static term blank_node(graph *g)
{
    term b = { TERM_BLANK, g->i, 0, 0, 0, ++g->blanks, g->line };
    g->i++; /* '[' */
    if (g->depth < 32) {
        g->depth++;
        predicate_objects(g, b);
        g->depth--;
    }
    /* to its ']' (over what was not read) */
    int depth = 1;
    while (g->i < g->len && depth > 0) {
        char c = g->buf[g->i];
        if (c == '"' || c == '\'') {
            read_term(g);
            continue;
        }
        depth += (c == '[') - (c == ']');
        g->line += c == '\n';
        g->i++;
    }
    return b;
}

static void parse(graph *g)
{
    while (g->i < g->len && !g->mem->failed) {
        skip_blank(g);
        if (g->i >= g->len)
            return;
        const char *b = g->buf + g->i;
        size_t left = g->len - g->i;
        if ((left > 7 && memcmp(b, "@prefix", 7) == 0) || (left > 5 && memcmp(b, "@base", 5) == 0) ||
            (left > 7 && ex_starts_nocase(b, 7, "prefix ")) ||
            (left > 5 && ex_starts_nocase(b, 5, "base "))) {
            while (g->i < g->len && g->buf[g->i] != '\n')
                g->i++;
            continue;
        }
        size_t before = g->i;
        term s = at(g, '[') ? blank_node(g) : read_term(g);
        if (s.kind != TERM_NONE)
            predicate_objects(g, s);
        /* to the statement's end */
        while (g->i < g->len && g->buf[g->i] != '.' && g->buf[g->i] != '\n')
            g->i++;
        if (g->i < g->len)
            g->i++;
        if (g->i <= before)
            g->i = before + 1;
    }
}

bool ex_is_turtle(const char *buf, size_t len)
{
    /* "@prefix" or "PREFIX" opening two lines in the first 16 KB */
    size_t head = len < 16384 ? len : 16384, n = 0;
    for (size_t i = 0; i + 7 < head && n < 2; i++)
        if ((i == 0 || buf[i - 1] == '\n') &&
            (memcmp(buf + i, "@prefix", 7) == 0 || memcmp(buf + i, "PREFIX ", 7) == 0))
            n++;
    return n >= 2;
}

/* --- reading the graph ---------------------------------------------------- */

static bool same(const graph *g, term a, term b)
{
    if (a.kind != b.kind)
        return false;
    if (a.kind == TERM_BLANK)
        return a.blank == b.blank;
    return a.len == b.len && memcmp(g->buf + a.off, g->buf + b.off, a.len) == 0;
}

/* The local name of a name: "schema:startDate" -> "startDate",
 * "<https://x/y#z>" -> "z". */
static void local_name(const graph *g, term t, size_t *off, size_t *len)
{
    size_t a = t.off, e = t.off + t.len;
    if (e > a && g->buf[e - 1] == '>')
        e--;
    size_t k = e;
    while (k > a && g->buf[k - 1] != ':' && g->buf[k - 1] != '/' && g->buf[k - 1] != '#' &&
           g->buf[k - 1] != '<')
        k--;
    *off = k;
    *len = e - k;
}

static bool local_is(const graph *g, term t, const char *name)
{
    size_t off, len;
    local_name(g, t, &off, &len);
    return len == strlen(name) && memcmp(g->buf + off, name, len) == 0;
}

/* Does the local name end with `tail` ("Event", "Declaration")? */
static bool local_ends(const graph *g, term t, const char *tail)
{
    size_t off, len, n = strlen(tail);
    local_name(g, t, &off, &len);
    return len >= n && memcmp(g->buf + off + len - n, tail, n) == 0;
}

static bool is_type(const graph *g, const triple *x)
{
    return (x->p.len == 1 && g->buf[x->p.off] == 'a') || local_is(g, x->p, "type");
}

/* Is subject s typed with a name ending in `tail`? */
static bool typed(const graph *g, term s, const char *tail)
{
    for (size_t k = 0; k < g->n; k++)
        if (same(g, g->t[k].s, s) && is_type(g, &g->t[k]) && local_ends(g, g->t[k].o, tail))
            return true;
    return false;
}

static bool is_subject(const graph *g, term o)
{
    for (size_t k = 0; k < g->n; k++)
        if (same(g, g->t[k].s, o))
            return true;
    return false;
}

/* A predicate's key: schema.org's own, else its local name in words
 * ("groupLabelAtEvent" -> "group label at event"). */
static void write_key(ex_writer *w, const graph *g, term p, bool top)
{
    static const struct {
        const char *name, *key;
    } keys[] = {
        { "addressLocality", "city" }, { "addressCountry", "country" },
        { "eventAttendanceMode", "mode" }, { "about", "topics" }, { "keywords", "topics" },
        { "startDate", "start date" }, { "endDate", "end date" }, { "prefLabel", "name" },
        { "label", "name" }, { "comment", "note" }, { "description", "note" },
    };
    for (size_t k = 0; k < sizeof keys / sizeof keys[0]; k++)
        if (local_is(g, p, keys[k].name)) {
            ex_writer_str(w, keys[k].key);
            return;
        }
    if (top && (local_is(g, p, "name") || local_is(g, p, "title"))) {
        ex_writer_str(w, "title"); /* the event's name is its record's title */
        return;
    }
    size_t off, len;
    local_name(g, p, &off, &len);
    if (top && len >= 5 && memcmp(g->buf + off, "group", 5) == 0) {
        ex_writer_str(w, "group"); /* "groupLabelAtEvent": the group's name then */
        return;
    }
    for (size_t k = off; k < off + len; k++) {
        char c = g->buf[k];
        if (c >= 'A' && c <= 'Z' && k > off) {
            ex_writer_put(w, " ", 1);
            c = (char)(c - 'A' + 'a');
        }
        ex_writer_put(w, c == '_' || c == '-' ? " " : &c, 1);
    }
}

/* An object's value: a literal's text (escapes undone, one line), a
 * name's local name in words ("OfflineEventAttendanceMode" -> "in person"). */
static void write_value(ex_writer *w, const graph *g, term o)
{
    if (o.kind == TERM_NAME) {
        static const struct {
            const char *name, *value;
        } modes[] = { { "OfflineEventAttendanceMode", "in person" },
                      { "OnlineEventAttendanceMode", "online" },
                      { "MixedEventAttendanceMode", "hybrid" } };
        for (size_t k = 0; k < sizeof modes / sizeof modes[0]; k++)
            if (local_is(g, o, modes[k].name)) {
                ex_writer_str(w, modes[k].value);
                return;
            }
        size_t off, len;
        local_name(g, o, &off, &len);
        ex_writer_put(w, g->buf + off, len);
        return;
    }
    for (size_t k = o.off; k < o.off + o.len; k++) {
        char c = g->buf[k];
        if (c == '\\' && k + 1 < o.off + o.len) {
            c = g->buf[++k];
            if (c == 'n' || c == 't' || c == 'r')
                c = ' ';
        }
        ex_writer_put(w, c == '\n' || c == '\r' ? " " : &c, 1);
    }
}

/* Is the literal at triple k in another language than English, where the
 * subject has the same predicate in English? */
static bool translation(const graph *g, size_t k)
{
    const triple *x = &g->t[k];
    if (x->o.kind != TERM_LITERAL || !x->o.lang_len ||
        (x->o.lang_len >= 2 && ex_starts_nocase(g->buf + x->o.lang, 2, "en")))
        return false;
    for (size_t q = 0; q < g->n; q++)
        if (same(g, g->t[q].s, x->s) && same(g, g->t[q].p, x->p) && g->t[q].o.lang_len >= 2 &&
            ex_starts_nocase(g->buf + g->t[q].o.lang, 2, "en"))
            return true;
    return false;
}

/* A country's code ("identifier": "UY"), else its English name; false
 * when o is no country of the file. */
static bool write_country(ex_writer *w, const graph *g, term o)
{
    if (!typed(g, o, "Country"))
        return false;
    size_t name = SIZE_MAX;
    for (size_t q = 0; q < g->n; q++) {
        if (!same(g, g->t[q].s, o))
            continue;
        if (local_is(g, g->t[q].p, "identifier")) {
            write_value(w, g, g->t[q].o);
            return true;
        }
        if (local_is(g, g->t[q].p, "name") && !translation(g, q) && name == SIZE_MAX)
            name = q;
    }
    if (name != SIZE_MAX)
        write_value(w, g, g->t[name].o);
    else
        write_value(w, g, o);
    return true;
}

static void indent(ex_writer *w, size_t n)
{
    for (size_t k = 0; k < n; k++)
        ex_writer_put(w, " ", 1);
}

/* The statements of subject s, at indent `pad`, `depth` levels of the
 * subjects its objects are written under it. */
static void write_subject(ex_writer *w, const graph *g, term s, size_t pad, int depth, bool top)
{
    for (size_t k = 0; k < g->n; k++) {
        const triple *x = &g->t[k];
        if (!same(g, x->s, s) || is_type(g, x) || translation(g, k))
            continue;
        bool nested = x->o.kind == TERM_BLANK || (x->o.kind == TERM_NAME && is_subject(g, x->o));
        if (nested && ((x->o.kind == TERM_NAME && typed(g, x->o, "Event")) || depth == 0))
            continue; /* another event (not a part, "[ a schema:Event ]"); or too deep */
        if (nested && (typed(g, x->o, "Declaration") || typed(g, x->o, "Charter") ||
                       typed(g, x->o, "CreativeWork"))) {
            /* a document: "documents:" / "- title: its name" */
            ex_writer_line(w, x->p.line);
            indent(w, pad);
            ex_writer_str(w, "documents:");
            for (size_t q = 0; q < g->n; q++)
                if (same(g, g->t[q].s, x->o) && local_is(g, g->t[q].p, "name") &&
                    !translation(g, q)) {
                    ex_writer_line(w, g->t[q].o.line);
                    indent(w, pad + 2);
                    ex_writer_str(w, "- title: ");
                    write_value(w, g, g->t[q].o);
                    break;
                }
            continue;
        }
        ex_writer_line(w, x->p.line);
        indent(w, pad);
        /* "ex:chairCountry cty:UY": a block "chair:" over "country: UY" */
        size_t off, len;
        local_name(g, x->p, &off, &len);
        if (len > 5 && memcmp(g->buf + off, "chair", 5) == 0 && g->buf[off + 5] >= 'A' &&
            g->buf[off + 5] <= 'Z') {
            ex_writer_str(w, "chair:");
            ex_writer_line(w, x->p.line);
            indent(w, pad + 2);
            char c = (char)(g->buf[off + 5] - 'A' + 'a');
            ex_writer_put(w, &c, 1);
            ex_writer_put(w, g->buf + off + 6, len - 6);
        } else {
            write_key(w, g, x->p, top);
        }
        ex_writer_str(w, ":");
        if (nested && x->o.kind == TERM_NAME) {
            ex_writer_str(w, " ");
            if (write_country(w, g, x->o))
                continue;
            w->o--; /* (no country: the subject goes under it) */
        }
        if (nested) {
            write_subject(w, g, x->o, pad + 2, depth - 1, false);
        } else {
            ex_writer_str(w, " ");
            write_value(w, g, x->o);
        }
    }
}

bool ex_turtle(ex_text *text)
{
    graph g = { .buf = text->buf, .len = text->len, .line = 1, .mem = text->mem };
    parse(&g);
    bool ok = !text->mem->failed;
    /* the events: those the file is about, else all */
    size_t about = 0;
    for (size_t k = 0; k < g.n; k++)
        about += (local_is(&g, g.t[k].p, "about") || local_is(&g, g.t[k].p, "primaryTopic")) &&
                 typed(&g, g.t[k].o, "Event") && !typed(&g, g.t[k].s, "Event");
    ex_writer w = { .t = text };
    size_t events = 0;
    for (size_t k = 0; ok && k < g.n && events < 64; k++) {
        const triple *x = &g.t[k];
        if (!is_type(&g, x) || !local_ends(&g, x->o, "Event") || x->s.kind == TERM_BLANK)
            continue;
        bool seen = false;
        for (size_t q = 0; q < k && !seen; q++)
            seen = same(&g, g.t[q].s, x->s) && is_type(&g, &g.t[q]) &&
                   local_ends(&g, g.t[q].o, "Event");
        bool chosen = !about;
        for (size_t q = 0; q < g.n && !chosen; q++)
            chosen = (local_is(&g, g.t[q].p, "about") || local_is(&g, g.t[q].p, "primaryTopic")) &&
                     same(&g, g.t[q].o, x->s);
        if (seen || !chosen)
            continue;
        ex_writer_line(&w, x->s.line);
        ex_writer_str(&w, "- event: ");
        write_value(&w, &g, x->s);
        write_subject(&w, &g, x->s, 2, 2, true);
        ex_writer_line(&w, x->s.line);
        events++;
    }
    bool written = w.o > 0;
    ok = ex_writer_finish(&w, text) && ok;
    text->yaml = text->yaml || (ok && written);
    ex_free(text->mem, g.t);
    return ok;
}
