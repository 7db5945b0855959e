/* The reference search (see search_reference.h): straightforward scans,
 * written from include/summit/search.h only. */
#include "search_reference.h"

#include <limits.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <utf8proc.h>

static void *xmalloc(size_t n)
{
    void *p = malloc(n ? n : 1);
    if (!p) {
        fprintf(stderr, "search_reference: out of memory\n");
        abort();
    }
    return p;
}

static void *xrealloc(void *p, size_t n)
{
    p = realloc(p, n ? n : 1);
    if (!p) {
        fprintf(stderr, "search_reference: out of memory\n");
        abort();
    }
    return p;
}

static char *xstrndup(const char *s, size_t n)
{
    char *d = xmalloc(n + 1);
    memcpy(d, s, n);
    d[n] = '\0';
    return d;
}

/* ---- folding ------------------------------------------------------------ */

static int is_word_cp(utf8proc_int32_t cp)
{
    utf8proc_category_t c = utf8proc_category(cp);
    return (c >= UTF8PROC_CATEGORY_LU && c <= UTF8PROC_CATEGORY_LO) ||
           (c >= UTF8PROC_CATEGORY_ND && c <= UTF8PROC_CATEGORY_NO);
}

size_t ref_fold(const char *text, char ***words)
{
    utf8proc_uint8_t *m = NULL;
    utf8proc_ssize_t len =
        utf8proc_map((const utf8proc_uint8_t *)text, (utf8proc_ssize_t)strlen(text), &m,
                     (utf8proc_option_t)(UTF8PROC_COMPAT | UTF8PROC_COMPOSE | UTF8PROC_CASEFOLD |
                                         UTF8PROC_STRIPMARK));
    if (len < 0) {
        fprintf(stderr, "search_reference: cannot fold \"%s\": %s\n", text, utf8proc_errmsg(len));
        abort();
    }
    char **out = NULL;
    size_t n = 0, cap = 0;
    utf8proc_ssize_t i = 0, start = -1;
    while (i <= len) {
        utf8proc_int32_t cp = 0;
        utf8proc_ssize_t step = 1;
        if (i < len) {
            step = utf8proc_iterate(m + i, len - i, &cp);
            if (step <= 0)
                abort();
        }
        if (i < len && is_word_cp(cp)) {
            if (start < 0)
                start = i;
        } else if (start >= 0) {
            if (n == cap) {
                cap = cap ? cap * 2 : 8;
                out = xrealloc(out, cap * sizeof *out);
            }
            out[n++] = xstrndup((const char *)m + start, (size_t)(i - start));
            start = -1;
        }
        i += step;
    }
    free(m);
    *words = out;
    return n;
}

void ref_words_free(char **words, size_t n)
{
    for (size_t i = 0; i < n; i++)
        free(words[i]);
    free(words);
}

/* ---- the folded corpus ---------------------------------------------------- */

enum { F_OTHER, F_SERIES, F_GROUP, F_TITLE, F_THEME, F_TOPIC };

typedef struct ref_field {
    int kind;
    char **words;
    size_t n;
} ref_field;

typedef struct ref_doc {
    const summit_record *rec;
    ref_field *fields;
    size_t nfields, capfields;
    size_t dl;           /* words in all fields */
    char **uniq;         /* distinct words, sorted (pointers into fields) */
    size_t *uniq_tf;     /* occurrences of each */
    size_t nuniq;
} ref_doc;

typedef struct ref_term {
    const char *word;
    size_t df;
} ref_term;

struct ref_corpus {
    ref_doc *docs;
    size_t n;
    double avgdl;
    ref_term *terms; /* every distinct word of the corpus, sorted, with its df */
    size_t nterms;
};

static void add_field(ref_doc *d, int kind, const char *text)
{
    if (!text)
        return;
    if (d->nfields == d->capfields) {
        d->capfields = d->capfields ? d->capfields * 2 : 16;
        d->fields = xrealloc(d->fields, d->capfields * sizeof *d->fields);
    }
    ref_field *f = &d->fields[d->nfields++];
    f->kind = kind;
    f->n = ref_fold(text, &f->words);
    d->dl += f->n;
}

static int cmp_str_ptr(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

static int cmp_term(const void *a, const void *b)
{
    return strcmp(((const ref_term *)a)->word, ((const ref_term *)b)->word);
}

ref_corpus *ref_corpus_new(const summit_collection *c)
{
    ref_corpus *rc = xmalloc(sizeof *rc);
    memset(rc, 0, sizeof *rc);
    rc->n = summit_collection_count(c);
    rc->docs = xmalloc(rc->n * sizeof *rc->docs);
    memset(rc->docs, 0, rc->n * sizeof *rc->docs);
    size_t total_words = 0;
    for (size_t i = 0; i < rc->n; i++) {
        const summit_record *r = summit_collection_get(c, i);
        ref_doc *d = &rc->docs[i];
        d->rec = r;
        /* the full-text fields of search.h, nothing else */
        add_field(d, F_SERIES, r->series);
        add_field(d, F_GROUP, r->group);
        add_field(d, F_TITLE, r->title);
        add_field(d, F_THEME, r->theme);
        add_field(d, F_OTHER, r->location.city);
        add_field(d, F_OTHER, r->chair.name);
        add_field(d, F_OTHER, r->chair.title);
        for (size_t k = 0; k < r->participant_count; k++)
            add_field(d, F_OTHER, r->participants[k].name);
        for (size_t k = 0; k < r->topic_count; k++)
            add_field(d, F_TOPIC, r->topics[k]);
        for (size_t k = 0; k < r->commitment_count; k++)
            add_field(d, F_OTHER, r->commitments[k]);
        for (size_t k = 0; k < r->document_count; k++)
            add_field(d, F_OTHER, r->documents[k].title);
        for (size_t k = 0; k < r->media_count; k++)
            add_field(d, F_OTHER, r->media[k].caption);
        for (size_t k = 0; k < r->summary_count; k++)
            add_field(d, F_OTHER, r->summary[k]);
        total_words += d->dl;

        char **all = xmalloc(d->dl * sizeof *all);
        size_t m = 0;
        for (size_t f = 0; f < d->nfields; f++)
            for (size_t w = 0; w < d->fields[f].n; w++)
                all[m++] = d->fields[f].words[w];
        qsort(all, m, sizeof *all, cmp_str_ptr);
        d->uniq = xmalloc(m * sizeof *d->uniq);
        d->uniq_tf = xmalloc(m * sizeof *d->uniq_tf);
        for (size_t k = 0; k < m; k++) {
            if (d->nuniq > 0 && strcmp(d->uniq[d->nuniq - 1], all[k]) == 0) {
                d->uniq_tf[d->nuniq - 1]++;
            } else {
                d->uniq[d->nuniq] = all[k];
                d->uniq_tf[d->nuniq] = 1;
                d->nuniq++;
            }
        }
        free(all);
    }
    rc->avgdl = rc->n ? (double)total_words / (double)rc->n : 0.0;

    size_t nall = 0;
    for (size_t i = 0; i < rc->n; i++)
        nall += rc->docs[i].nuniq;
    ref_term *all = xmalloc(nall * sizeof *all);
    size_t m = 0;
    for (size_t i = 0; i < rc->n; i++)
        for (size_t k = 0; k < rc->docs[i].nuniq; k++) {
            all[m].word = rc->docs[i].uniq[k];
            all[m].df = 1;
            m++;
        }
    qsort(all, m, sizeof *all, cmp_term);
    rc->terms = xmalloc(m * sizeof *rc->terms);
    for (size_t k = 0; k < m; k++) {
        if (rc->nterms > 0 && strcmp(rc->terms[rc->nterms - 1].word, all[k].word) == 0)
            rc->terms[rc->nterms - 1].df++;
        else
            rc->terms[rc->nterms++] = all[k];
    }
    free(all);
    return rc;
}

void ref_corpus_free(ref_corpus *rc)
{
    if (!rc)
        return;
    for (size_t i = 0; i < rc->n; i++) {
        ref_doc *d = &rc->docs[i];
        for (size_t f = 0; f < d->nfields; f++)
            ref_words_free(d->fields[f].words, d->fields[f].n);
        free(d->fields);
        free(d->uniq);
        free(d->uniq_tf);
    }
    free(rc->docs);
    free(rc->terms);
    free(rc);
}

static size_t df_of(const ref_corpus *rc, const char *word)
{
    ref_term key = { word, 0 };
    const ref_term *t = bsearch(&key, rc->terms, rc->nterms, sizeof key, cmp_term);
    return t ? t->df : 0;
}

/* ---- the query language ------------------------------------------------------ */

enum { N_ALL, N_NONE, N_AND, N_OR, N_NOT, N_WORD, N_PREFIX, N_PHRASE, N_FIELD, N_COUNTRY,
       N_HOST, N_YEAR, N_MODE, N_ID };

typedef struct node {
    int type;
    struct node *a, *b;
    char **words; /* N_WORD (1), N_PREFIX (1), N_PHRASE, N_FIELD */
    size_t nwords;
    int field;       /* N_FIELD: F_* */
    const char *code; /* N_COUNTRY, N_HOST */
    long y0, y1;     /* N_YEAR, inclusive */
    int32_t mode;    /* N_MODE */
    char *text;      /* N_ID */
} node;

enum { T_END, T_LP, T_RP, T_AND, T_OR, T_NOT, T_MINUS, T_PHRASE, T_BARE };

typedef struct token {
    int kind;
    size_t start, end;   /* bytes of the whole token */
    size_t vstart, vend; /* T_PHRASE: inside the quotes; T_BARE: the token */
} token;

typedef struct parser {
    const char *q;
    size_t pos;
    int failed;
    size_t fail_pos; /* byte offset of the error */
    int ambiguous;
    node **nodes;
    size_t nnodes, capnodes;
} parser;

static node *new_node(parser *p, int type)
{
    node *e = xmalloc(sizeof *e);
    memset(e, 0, sizeof *e);
    e->type = type;
    if (p->nnodes == p->capnodes) {
        p->capnodes = p->capnodes ? p->capnodes * 2 : 16;
        p->nodes = xrealloc(p->nodes, p->capnodes * sizeof *p->nodes);
    }
    p->nodes[p->nnodes++] = e;
    return e;
}

static void free_nodes(parser *p)
{
    for (size_t i = 0; i < p->nnodes; i++) {
        ref_words_free(p->nodes[i]->words, p->nodes[i]->nwords);
        free(p->nodes[i]->text);
        free(p->nodes[i]);
    }
    free(p->nodes);
}

static node *fail(parser *p, size_t at)
{
    if (!p->failed) {
        p->failed = 1;
        p->fail_pos = at;
    }
    return NULL;
}

static int is_space(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

/* The next token, without consuming it (p->pos = t->end does). 0 on error. */
static int lex(parser *p, token *t)
{
    const char *q = p->q;
    size_t i = p->pos;
    while (is_space(q[i]))
        i++;
    memset(t, 0, sizeof *t);
    t->start = i;
    char c = q[i];
    if (c == '\0') {
        t->kind = T_END;
        t->end = i;
    } else if (c == '(' || c == ')') {
        t->kind = c == '(' ? T_LP : T_RP;
        t->end = i + 1;
    } else if (c == '"') {
        const char *close = strchr(q + i + 1, '"');
        if (!close) {
            fail(p, i);
            return 0;
        }
        t->kind = T_PHRASE;
        t->vstart = i + 1;
        t->vend = (size_t)(close - q);
        t->end = t->vend + 1;
    } else if (c == '-' && q[i + 1] != '\0' && !is_space(q[i + 1]) && q[i + 1] != ')') {
        t->kind = T_MINUS;
        t->end = i + 1;
    } else {
        size_t j = i;
        while (q[j] != '\0' && !is_space(q[j]) && q[j] != '(' && q[j] != ')' && q[j] != '"')
            j++;
        if (j > i && q[j - 1] == ':' && q[j] == '"') { /* field:"quoted value" */
            const char *close = strchr(q + j + 1, '"');
            if (!close) {
                fail(p, j);
                return 0;
            }
            j = (size_t)(close - q) + 1;
        }
        t->kind = T_BARE;
        t->vstart = i;
        t->vend = j;
        t->end = j;
        size_t len = j - i;
        if (len == 3 && memcmp(q + i, "AND", 3) == 0)
            t->kind = T_AND;
        else if (len == 2 && memcmp(q + i, "OR", 2) == 0)
            t->kind = T_OR;
        else if (len == 3 && memcmp(q + i, "NOT", 3) == 0)
            t->kind = T_NOT;
    }
    return 1;
}

static int starts_unary(int kind)
{
    return kind == T_LP || kind == T_PHRASE || kind == T_BARE || kind == T_MINUS || kind == T_NOT;
}

static node *parse_or(parser *p);

static node *text_node(parser *p, int type, const char *s, size_t len)
{
    char *copy = xstrndup(s, len);
    node *e = new_node(p, type);
    e->nwords = ref_fold(copy, &e->words);
    free(copy);
    if (e->nwords == 0) {
        p->ambiguous = 1; /* folds to nothing: not specified */
        e->type = N_ALL;
    } else if (type == N_PHRASE && e->nwords == 1) {
        e->type = N_WORD;
    } else if (type == N_WORD && e->nwords > 1) {
        e->type = N_PHRASE; /* values-driven */
    } else if (type == N_PREFIX && e->nwords > 1) {
        p->ambiguous = 1; /* dr-iv*: not specified */
        e->type = N_PHRASE;
    }
    return e;
}

static int all_digits(const char *s, size_t n)
{
    if (n == 0 || n > 9)
        return 0;
    for (size_t i = 0; i < n; i++)
        if (s[i] < '0' || s[i] > '9')
            return 0;
    return 1;
}

static node *field_node(parser *p, const token *t, size_t name_len)
{
    const char *q = p->q;
    const char *name = q + t->vstart;
    size_t vpos = t->vstart + name_len + 1;
    size_t vlen = t->vend - vpos;
    const char *v = q + vpos;
    if (vlen >= 2 && v[0] == '"') { /* the lexer saw the closing quote */
        v++;
        vlen -= 2;
    }
    char *value = xstrndup(v, vlen);
    node *e = NULL;
#define IS(s) (name_len == strlen(s) && memcmp(name, s, name_len) == 0)
    if (vlen == 0) {
        e = fail(p, vpos);
    } else if (IS("country") || IS("host")) {
        const char *code = summit_country_code(value);
        if (!code) {
            e = fail(p, vpos);
        } else {
            e = new_node(p, IS("country") ? N_COUNTRY : N_HOST);
            e->code = code;
        }
    } else if (IS("year")) {
        const char *dots = strstr(value, "..");
        long y0, y1;
        if (!dots) {
            if (!all_digits(value, vlen)) {
                e = fail(p, vpos);
                goto done;
            }
            y0 = y1 = strtol(value, NULL, 10);
        } else {
            size_t l = (size_t)(dots - value), r = vlen - l - 2;
            if ((l == 0 && r == 0) || (l > 0 && !all_digits(value, l)) ||
                (r > 0 && !all_digits(dots + 2, r))) {
                e = fail(p, vpos);
                goto done;
            }
            y0 = l ? strtol(value, NULL, 10) : LONG_MIN;
            y1 = r ? strtol(dots + 2, NULL, 10) : LONG_MAX;
            if (y0 > y1)
                p->ambiguous = 1; /* a reversed range: not specified */
        }
        e = new_node(p, N_YEAR);
        e->y0 = y0;
        e->y1 = y1;
    } else if (IS("mode")) {
        int32_t mode = strcmp(value, "in-person") == 0 ? SUMMIT_MODE_IN_PERSON
                       : strcmp(value, "virtual") == 0 ? SUMMIT_MODE_VIRTUAL
                       : strcmp(value, "hybrid") == 0  ? SUMMIT_MODE_HYBRID
                                                        : SUMMIT_MODE_UNKNOWN;
        if (mode == SUMMIT_MODE_UNKNOWN) {
            e = fail(p, vpos);
        } else {
            e = new_node(p, N_MODE);
            e->mode = mode;
        }
    } else if (IS("id")) {
        e = new_node(p, N_ID);
        e->text = value;
        value = NULL;
    } else if (IS("topic") || IS("series") || IS("group") || IS("title") || IS("theme")) {
        int field = IS("topic") ? F_TOPIC : IS("series") ? F_SERIES : IS("group") ? F_GROUP
                  : IS("title") ? F_TITLE : F_THEME;
        e = new_node(p, N_FIELD);
        e->field = field;
        e->nwords = ref_fold(value, &e->words);
        if (e->nwords == 0)
            e = fail(p, vpos);
    } else {
        e = fail(p, t->vstart); /* unknown field */
    }
#undef IS
done:
    free(value);
    return e;
}

static node *bare_node(parser *p, const token *t)
{
    const char *s = p->q + t->vstart;
    size_t len = t->vend - t->vstart;
    size_t k = 0;
    while (k < len && ((s[k] >= 'a' && s[k] <= 'z') || (s[k] >= 'A' && s[k] <= 'Z')))
        k++;
    if (k > 0 && k < len && s[k] == ':')
        return field_node(p, t, k);
    if (len > 1 && s[len - 1] == '*')
        return text_node(p, N_PREFIX, s, len - 1);
    return text_node(p, N_WORD, s, len);
}

static node *parse_primary(parser *p)
{
    token t, u;
    if (!lex(p, &t))
        return NULL;
    switch (t.kind) {
    case T_LP: {
        p->pos = t.end;
        if (!lex(p, &u))
            return NULL;
        if (u.kind == T_RP)
            return fail(p, t.start); /* () */
        node *e = parse_or(p);
        if (!e)
            return NULL;
        if (!lex(p, &u))
            return NULL;
        if (u.kind != T_RP)
            return fail(p, t.start); /* never closed */
        p->pos = u.end;
        return e;
    }
    case T_PHRASE:
        p->pos = t.end;
        return text_node(p, N_PHRASE, p->q + t.vstart, t.vend - t.vstart);
    case T_BARE:
        p->pos = t.end;
        return bare_node(p, &t);
    default:
        return fail(p, t.start);
    }
}

static node *parse_unary(parser *p)
{
    token t, u;
    if (!lex(p, &t))
        return NULL;
    if (t.kind == T_NOT || t.kind == T_MINUS) {
        p->pos = t.end;
        if (!lex(p, &u))
            return NULL;
        if (!starts_unary(u.kind) || (t.kind == T_MINUS && (u.kind == T_NOT || u.kind == T_MINUS)))
            return fail(p, t.start);
        node *a = t.kind == T_NOT ? parse_unary(p) : parse_primary(p);
        if (!a)
            return NULL;
        node *e = new_node(p, N_NOT);
        e->a = a;
        return e;
    }
    return parse_primary(p);
}

static node *parse_and(parser *p)
{
    node *a = parse_unary(p);
    while (a) {
        token t, u;
        if (!lex(p, &t))
            return NULL;
        if (t.kind == T_AND) {
            p->pos = t.end;
            if (!lex(p, &u))
                return NULL;
            if (!starts_unary(u.kind))
                return fail(p, t.start);
        } else if (!starts_unary(t.kind)) {
            return a;
        }
        node *b = parse_unary(p);
        if (!b)
            return NULL;
        node *e = new_node(p, N_AND);
        e->a = a;
        e->b = b;
        a = e;
    }
    return NULL;
}

static node *parse_or(parser *p)
{
    node *a = parse_and(p);
    while (a) {
        token t, u;
        if (!lex(p, &t))
            return NULL;
        if (t.kind != T_OR)
            return a;
        p->pos = t.end;
        if (!lex(p, &u))
            return NULL;
        if (!starts_unary(u.kind))
            return fail(p, t.start);
        node *b = parse_and(p);
        if (!b)
            return NULL;
        node *e = new_node(p, N_OR);
        e->a = a;
        e->b = b;
        a = e;
    }
    return NULL;
}

static node *parse_query(parser *p)
{
    token t;
    if (!lex(p, &t))
        return NULL;
    if (t.kind == T_END)
        return new_node(p, N_ALL);
    node *e = parse_or(p);
    if (!e)
        return NULL;
    if (!lex(p, &t))
        return NULL;
    if (t.kind != T_END)
        return fail(p, t.start); /* a stray ")" */
    return e;
}

/* ---- matching -------------------------------------------------------------------- */

static int field_has(const ref_field *f, char *const *w, size_t n)
{
    for (size_t i = 0; i + n <= f->n; i++) {
        size_t k = 0;
        while (k < n && strcmp(f->words[i + k], w[k]) == 0)
            k++;
        if (k == n)
            return 1;
    }
    return 0;
}

static int doc_has(const ref_doc *d, int kind, char *const *w, size_t n)
{
    for (size_t f = 0; f < d->nfields; f++)
        if ((kind < 0 || d->fields[f].kind == kind) && field_has(&d->fields[f], w, n))
            return 1;
    return 0;
}

static int starts_with(const char *word, const char *prefix)
{
    return strncmp(word, prefix, strlen(prefix)) == 0;
}

static int eval(const node *e, const ref_doc *d)
{
    const summit_record *r = d->rec;
    switch (e->type) {
    case N_ALL:
        return 1;
    case N_NONE:
        return 0;
    case N_AND:
        return eval(e->a, d) && eval(e->b, d);
    case N_OR:
        return eval(e->a, d) || eval(e->b, d);
    case N_NOT:
        return !eval(e->a, d);
    case N_WORD:
    case N_PHRASE:
        return doc_has(d, -1, e->words, e->nwords);
    case N_PREFIX:
        for (size_t k = 0; k < d->nuniq; k++)
            if (starts_with(d->uniq[k], e->words[0]))
                return 1;
        return 0;
    case N_FIELD:
        return doc_has(d, e->field, e->words, e->nwords);
    case N_COUNTRY:
        for (size_t k = 0; k < r->participant_count; k++)
            if (strcmp(r->participants[k].country, e->code) == 0)
                return 1;
        return 0;
    case N_HOST:
        return r->location.country && strcmp(r->location.country, e->code) == 0;
    case N_YEAR:
        return r->start_date.year >= e->y0 && r->start_date.year <= e->y1;
    case N_MODE:
        return r->mode == e->mode;
    case N_ID:
        return strcmp(r->id, e->text) == 0;
    default:
        abort();
    }
}

/* ---- scoring --------------------------------------------------------------------- */

typedef struct keys {
    const char **words, **prefixes;
    size_t nwords, nprefixes, cap_w, cap_p;
} keys;

static void push(const char ***list, size_t *n, size_t *cap, const char *s)
{
    for (size_t i = 0; i < *n; i++)
        if (strcmp((*list)[i], s) == 0)
            return;
    if (*n == *cap) {
        *cap = *cap ? *cap * 2 : 8;
        *list = xrealloc(*list, *cap * sizeof **list);
    }
    (*list)[(*n)++] = s;
}

static void collect(parser *p, const node *e, int negated, keys *pos, keys *neg)
{
    keys *k = negated ? neg : pos;
    switch (e->type) {
    case N_NOT:
        if (negated)
            p->ambiguous = 1; /* NOT inside NOT: are its words scored? not specified */
        collect(p, e->a, 1, pos, neg);
        break;
    case N_AND:
    case N_OR:
        collect(p, e->a, negated, pos, neg);
        collect(p, e->b, negated, pos, neg);
        break;
    case N_WORD:
    case N_PHRASE:
        for (size_t i = 0; i < e->nwords; i++)
            push(&k->words, &k->nwords, &k->cap_w, e->words[i]);
        break;
    case N_PREFIX:
        push(&k->prefixes, &k->nprefixes, &k->cap_p, e->words[0]);
        break;
    default:
        break; /* filters are not scored */
    }
}

/* Could a word or prefix of `a` and one of `b` stand for the same word? */
static int keys_overlap(const keys *a, const keys *b)
{
    for (size_t i = 0; i < a->nwords; i++) {
        for (size_t j = 0; j < b->nwords; j++)
            if (strcmp(a->words[i], b->words[j]) == 0)
                return 1;
        for (size_t j = 0; j < b->nprefixes; j++)
            if (starts_with(a->words[i], b->prefixes[j]))
                return 1;
    }
    for (size_t i = 0; i < a->nprefixes; i++) {
        for (size_t j = 0; j < b->nwords; j++)
            if (starts_with(b->words[j], a->prefixes[i]))
                return 1;
        for (size_t j = 0; j < b->nprefixes; j++)
            if (starts_with(b->prefixes[j], a->prefixes[i]) ||
                starts_with(a->prefixes[i], b->prefixes[j]))
                return 1;
    }
    return 0;
}

static double score_doc(const ref_corpus *rc, const ref_doc *d, const keys *pos)
{
    const double k1 = 1.2, b = 0.75;
    double score = 0.0;
    for (size_t u = 0; u < d->nuniq; u++) {
        const char *w = d->uniq[u];
        int scored = 0;
        for (size_t i = 0; i < pos->nwords && !scored; i++)
            scored = strcmp(pos->words[i], w) == 0;
        for (size_t i = 0; i < pos->nprefixes && !scored; i++)
            scored = starts_with(w, pos->prefixes[i]);
        if (!scored)
            continue;
        double N = (double)rc->n, n = (double)df_of(rc, w), tf = (double)d->uniq_tf[u];
        double idf = log(1.0 + (N - n + 0.5) / (n + 0.5));
        score += idf * tf * (k1 + 1.0) / (tf + k1 * (1.0 - b + b * (double)d->dl / rc->avgdl));
    }
    return score;
}

int ref_chrono_cmp(const summit_record *a, const summit_record *b)
{
    const summit_date *x = &a->start_date, *y = &b->start_date;
    if (x->year != y->year)
        return x->year < y->year ? -1 : 1;
    if (x->month != y->month)
        return x->month < y->month ? -1 : 1;
    if (x->day != y->day)
        return x->day < y->day ? -1 : 1;
    return strcmp(a->id, b->id);
}

typedef struct hit {
    const summit_record *rec;
    double score;
} hit;

static int cmp_hit(const void *pa, const void *pb)
{
    const hit *a = pa, *b = pb;
    if (a->score != b->score)
        return a->score > b->score ? -1 : 1;
    return ref_chrono_cmp(a->rec, b->rec);
}

static uint32_t column_of(const char *q, size_t pos)
{
    uint32_t col = 1;
    for (size_t i = 0; i < pos; i++)
        if (((unsigned char)q[i] & 0xC0) != 0x80)
            col++;
    return col;
}

int ref_search(const ref_corpus *rc, const char *query, size_t limit, ref_hits *out,
               uint32_t *column)
{
    parser p;
    memset(&p, 0, sizeof p);
    p.q = query;
    memset(out, 0, sizeof *out);
    node *root = parse_query(&p);
    if (!root) {
        if (column)
            *column = column_of(query, p.fail_pos);
        free_nodes(&p);
        return -1;
    }
    keys pos, neg;
    memset(&pos, 0, sizeof pos);
    memset(&neg, 0, sizeof neg);
    collect(&p, root, 0, &pos, &neg);
    if (keys_overlap(&pos, &neg))
        p.ambiguous = 1;

    hit *hits = xmalloc(rc->n * sizeof *hits);
    size_t n = 0;
    for (size_t i = 0; i < rc->n; i++) {
        const ref_doc *d = &rc->docs[i];
        if (!eval(root, d))
            continue;
        hits[n].rec = d->rec;
        hits[n].score = score_doc(rc, d, &pos);
        n++;
    }
    qsort(hits, n, sizeof *hits, cmp_hit);
    out->total = n;
    out->count = limit && limit < n ? limit : n;
    out->records = xmalloc(out->count * sizeof *out->records);
    out->scores = xmalloc(out->count * sizeof *out->scores);
    for (size_t i = 0; i < out->count; i++) {
        out->records[i] = hits[i].rec;
        out->scores[i] = hits[i].score;
    }
    out->ambiguous = p.ambiguous;
    free(hits);
    free(pos.words);
    free(pos.prefixes);
    free(neg.words);
    free(neg.prefixes);
    free_nodes(&p);
    return 0;
}

void ref_hits_free(ref_hits *h)
{
    free(h->records);
    free(h->scores);
    memset(h, 0, sizeof *h);
}

double ref_score_of(const ref_corpus *rc, const char *query, const summit_record *rec)
{
    ref_hits h;
    if (ref_search(rc, query, 0, &h, NULL) != 0)
        return -1.0;
    double s = 0.0;
    for (size_t i = 0; i < h.count; i++)
        if (h.records[i] == rec)
            s = h.scores[i];
    ref_hits_free(&h);
    return s;
}

/* ---- generators ------------------------------------------------------------------ */

uint64_t ref_rand(ref_rng *r)
{
    uint64_t z = (r->state += 0x9E3779B97F4A7C15ull);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
    return z ^ (z >> 31);
}

size_t ref_below(ref_rng *r, size_t n)
{
    return n ? (size_t)(ref_rand(r) % n) : 0;
}

#define COUNT(a) (sizeof(a) / sizeof((a)[0]))
#define PICK(r, a) ((a)[ref_below((r), COUNT(a))])

/* Words as records write them: cases, accents, ligatures, other scripts. */
static const char *const vocab[] = {
    "digital", "Digital", "DIGITAL", "data", "Data", "datasets", "dataflow", "cyber",
    "cybersecurity", "security", "open", "Open", "openness", "identity", "identities",
    "government", "governance", "values", "driven", "charter", "charters", "summit",
    "ministers", "ministerial", "network", "networks", "inclusion", "finance",
    "\xEF\xAC\x81nance" /* the fi ligature */, "Bras\xC3\xADlia", "S\xC3\xA3o", "Paulo",
    "Z\xC3\xBCrich", "Stra\xC3\x9F\x65", "caf\xC3\xA9", "\xCE\x95\xCE\xBB\xCE\xBB\xCE\xAC\xCE\xB4\xCE\xB1" /* Ελλάδα */,
    "\xD0\x9C\xD0\xBE\xD1\x81\xD0\xBA\xD0\xB2\xD0\xB0" /* Москва */, "\xE6\x9D\xB1\xE4\xBA\xAC" /* 東京 */,
    "ai", "AI", "2030", "G20", "e-government", "values-driven", "co-operation", "health",
    "trade", "climate", "skills", "standards", "research", "the", "of", "and",
    "\xEF\xBC\xA4\xEF\xBC\xA1\xEF\xBC\xB4\xEF\xBC\xA1" /* fullwidth DATA */,
};

static const char *const stock_phrases[] = {
    "digital identity", "open data", "values-driven", "values driven", "cyber security",
    "S\xC3\xA3o Paulo", "digital government", "data ministers", "Digital Identity",
};

static const char *const separators[] = { " ", " ", " ", " ", ", ", " \xE2\x80\x94 ", "; ", "/", ". ", " (", ") " };

typedef struct sbuf_ {
    char *s;
    size_t n, cap;
} sbuf_;

static void sb_put(sbuf_ *b, const char *s)
{
    size_t l = strlen(s);
    if (b->n + l + 1 > b->cap) {
        b->cap = (b->n + l + 1) * 2;
        b->s = xrealloc(b->s, b->cap);
    }
    memcpy(b->s + b->n, s, l + 1);
    b->n += l;
}

/* Strings handed to one summit_collection_add, freed after it. */
typedef struct pool {
    char **s;
    size_t n, cap;
} pool;

static char *keep(pool *p, char *s)
{
    if (p->n == p->cap) {
        p->cap = p->cap ? p->cap * 2 : 64;
        p->s = xrealloc(p->s, p->cap * sizeof *p->s);
    }
    p->s[p->n++] = s;
    return s;
}

static char *text(ref_rng *r, pool *p, size_t lo, size_t hi)
{
    size_t n = lo + ref_below(r, hi - lo + 1);
    sbuf_ b = { NULL, 0, 0 };
    sb_put(&b, "");
    for (size_t i = 0; i < n; i++) {
        if (i > 0)
            sb_put(&b, PICK(r, separators));
        sb_put(&b, ref_below(r, 8) == 0 ? PICK(r, stock_phrases) : PICK(r, vocab));
    }
    if (ref_below(r, 4) == 0)
        sb_put(&b, ".");
    return keep(p, b.s);
}

/* prefix, the number, suffix */
static char *fmt(pool *p, const char *prefix, unsigned long v, const char *suffix)
{
    char buf[128];
    snprintf(buf, sizeof buf, "%s%lu%s", prefix, v, suffix);
    return keep(p, xstrndup(buf, strlen(buf)));
}

typedef struct country_names {
    const char *code;
    const char *names[3];
} country_names;

static const country_names countries[] = {
    { "GB", { "United Kingdom", "UK", NULL } },
    { "KR", { "Republic of Korea", "South Korea", "Korea" } },
    { "EE", { "Estonia", "Eesti", NULL } },
    { "IL", { "Israel", NULL, NULL } },
    { "NZ", { "New Zealand", "Aotearoa", NULL } },
    { "CA", { "Canada", NULL, NULL } },
    { "UY", { "Uruguay", NULL, NULL } },
    { "MX", { "M\xC3\xA9xico", NULL, NULL } },
    { "PT", { "Portugal", NULL, NULL } },
    { "BR", { "Brasil", "Brazil", NULL } },
    { "DE", { "Deutschland", NULL, NULL } },
    { "CI", { "C\xC3\xB4te d'Ivoire", NULL, NULL } },
    { "US", { "United States", NULL, NULL } },
    { "JP", { "\xE6\x97\xA5\xE6\x9C\xAC", NULL, NULL } },
};

static const char *const cities[] = {
    "London", "Tallinn", "Bras\xC3\xADlia", "Z\xC3\xBCrich", "\xD0\x9C\xD0\xBE\xD1\x81\xD0\xBA\xD0\xB2\xD0\xB0",
    "\xE6\x9D\xB1\xE4\xBA\xAC", "S\xC3\xA3o Paulo", "Busan", "Montevideo", "Open City",
};

static const char *const series_names[] = {
    "Digital Nations", "Open Data Forum", "Cyber Council", "S\xC3\xA3o Paulo Talks", "G20 Digital",
    "\xCE\x95\xCE\xBB\xCE\xBB\xCE\xAC\xCE\xB4\xCE\xB1 Summit", "Digital Nations",
};

static const char *const groups[] = { "D5", "D7", "D9", "DN", "Open Group", "Cyber 7" };
static const char *const chair_names[] = { "Ingrid Quill", "Francis Maude", "Jos\xC3\xA9 N\xC3\xBA\xC3\xB1\x65z",
                                           "\xD0\x90\xD0\xB4\xD0\xB0 Lovelace" };
static const char *const chair_titles[] = { "Prime Minister", "Minister for Digital", "Secretary of State" };

summit_collection *ref_make_corpus(uint64_t seed, size_t n)
{
    ref_rng rr = { seed }, *r = &rr;
    summit_collection *c = summit_collection_new(NULL);
    if (!c)
        return NULL;
    for (size_t i = 0; i < n; i++) {
        pool p = { NULL, 0, 0 };
        summit_record rec;
        memset(&rec, 0, sizeof rec);
        rec.id = fmt(&p, i < 10 ? "r00" : i < 100 ? "r0" : "r", (unsigned long)i, "");
        rec.series = PICK(r, series_names);
        if (ref_below(r, 2))
            rec.group = PICK(r, groups);
        if (ref_below(r, 3))
            rec.edition = (int32_t)(1 + ref_below(r, 9));
        if (ref_below(r, 10) < 7)
            rec.title = text(r, &p, 1, 5);
        if (ref_below(r, 10) < 4)
            rec.theme = text(r, &p, 1, 4);
        rec.start_date.year = (int32_t)(2000 + ref_below(r, 25));
        if (ref_below(r, 5)) {
            rec.start_date.month = (int32_t)(1 + ref_below(r, 12));
            if (ref_below(r, 10) < 7)
                rec.start_date.day = (int32_t)(1 + ref_below(r, 28));
        }
        rec.mode = (int32_t)ref_below(r, 4);
        if (ref_below(r, 10) < 6) {
            rec.location.country = PICK(r, countries).code;
            if (ref_below(r, 10) < 7)
                rec.location.city = PICK(r, cities);
        }
        if (ref_below(r, 10) < 4) {
            rec.chair.name = PICK(r, chair_names);
            if (ref_below(r, 2))
                rec.chair.title = PICK(r, chair_titles);
            if (ref_below(r, 2))
                rec.chair.country = PICK(r, countries).code;
        }
        summit_participant parts[8];
        size_t np = ref_below(r, 7);
        int used[COUNT(countries)] = { 0 };
        for (size_t k = 0; k < np; k++) {
            size_t ci = ref_below(r, COUNT(countries));
            if (used[ci])
                continue;
            used[ci] = 1;
            summit_participant *pp = &parts[rec.participant_count++];
            pp->country = countries[ci].code;
            pp->role = (int32_t)(ref_below(r, 4) == 0 ? SUMMIT_ROLE_GUEST
                                 : ref_below(r, 3) == 0 ? SUMMIT_ROLE_OBSERVER
                                                        : SUMMIT_ROLE_MEMBER);
            pp->name = NULL;
            if (ref_below(r, 10) < 6) {
                const char *nm;
                do
                    nm = countries[ci].names[ref_below(r, 3)];
                while (!nm);
                pp->name = nm;
            }
        }
        rec.participants = parts;
        const char *topics[4], *commitments[3], *summary[3];
        rec.topic_count = ref_below(r, 4);
        for (size_t k = 0; k < rec.topic_count; k++)
            topics[k] = ref_below(r, 4) == 0 ? PICK(r, stock_phrases) : text(r, &p, 1, 3);
        rec.topics = topics;
        rec.commitment_count = ref_below(r, 3);
        for (size_t k = 0; k < rec.commitment_count; k++)
            commitments[k] = text(r, &p, 3, 8);
        rec.commitments = commitments;
        summit_document docs[2];
        rec.document_count = ref_below(r, 3);
        for (size_t k = 0; k < rec.document_count; k++) {
            memset(&docs[k], 0, sizeof docs[k]);
            docs[k].kind = (int32_t)(1 + ref_below(r, 6));
            docs[k].title = text(r, &p, 1, 4);
            if (ref_below(r, 2))
                docs[k].url = fmt(&p, "https://example.org/walrus-digital/", (unsigned long)i, "");
            if (ref_below(r, 2))
                docs[k].date = rec.start_date;
        }
        rec.documents = docs;
        summit_media media[2];
        rec.media_count = ref_below(r, 3);
        for (size_t k = 0; k < rec.media_count; k++) {
            memset(&media[k], 0, sizeof media[k]);
            media[k].kind = (int32_t)(1 + ref_below(r, 3));
            if (ref_below(r, 10) < 6)
                media[k].file = fmt(&p, "quokka-digital-", (unsigned long)i, ".jpg");
            if (!media[k].file || ref_below(r, 2))
                media[k].url = fmt(&p, "https://example.org/open/data/identity-", (unsigned long)i, "");
            if (ref_below(r, 10) < 6)
                media[k].caption = text(r, &p, 1, 4);
        }
        rec.media = media;
        rec.summary_count = ref_below(r, 3);
        for (size_t k = 0; k < rec.summary_count; k++)
            summary[k] = text(r, &p, 5, 15);
        rec.summary = summary;
        summit_source src;
        memset(&src, 0, sizeof src);
        if (ref_below(r, 2)) {
            src.url = fmt(&p, "https://example.org/digital/summit/", (unsigned long)i, "");
            src.title = "Walrus digital archive";
            rec.sources = &src;
            rec.source_count = 1;
        }
        if (ref_below(r, 10) < 3)
            rec.extra_json = "{\"note\":\"quokka walrus digital identity\",\"n\":[1,2]}";
        summit_error err;
        if (summit_collection_add(c, &rec, &err) != SUMMIT_OK) {
            fprintf(stderr, "ref_make_corpus: record %zu refused: %s %s\n", i, err.pointer, err.message);
            abort();
        }
        for (size_t k = 0; k < p.n; k++)
            free(p.s[k]);
        free(p.s);
    }
    return c;
}

/* ---- random queries ---------------------------------------------------------------- */

static const char *const q_words[] = {
    "digital", "DIGITAL", "Digital", "data", "datasets", "dataflow", "cyber", "cybersecurity",
    "security", "open", "openness", "identity", "identities", "government", "governance", "values",
    "driven", "charter", "charters", "summit", "ministers", "network", "inclusion", "finance",
    "\xEF\xAC\x81nance", "brasilia", "BRAS\xC3\x8DLIA", "sao", "S\xC3\x83O", "paulo", "zurich", "Z\xC3\x9CRICH",
    "strasse", "Stra\xC3\x9F\x65", "cafe", "caf\xC3\xA9",
    "\xCE\xB5\xCE\xBB\xCE\xBB\xCE\xB1\xCE\xB4\xCE\xB1" /* ελλαδα */,
    "\xCE\x95\xCE\x9B\xCE\x9B\xCE\x86\xCE\x94\xCE\x91" /* ΕΛΛΆΔΑ */,
    "\xD0\xBC\xD0\xBE\xD1\x81\xD0\xBA\xD0\xB2\xD0\xB0" /* москва */, "\xE6\x9D\xB1\xE4\xBA\xAC",
    "ai", "AI", "2030", "g20", "health", "trade", "climate", "skills", "the", "of", "walrus",
    "quokka", "london", "tallinn", "quill", "maude", "minister", "prime", "kingdom", "korea",
    "estonia", "uruguay", "r001", "example", "https", "jpg", "nations", "forum", "council", "group",
    "d5", "dn", "7", "mexico", "ivoire", "aotearoa", "\xEF\xBD\x84\xEF\xBD\x81\xEF\xBD\x94\xEF\xBD\x81" /* fullwidth data */,
};

static const char *const q_hyphenated[] = {
    "values-driven", "e-government", "co-operation", "open-data", "digital-identity",
    "cyber-security", "S\xC3\xA3o-Paulo", "data.ministers", "d'ivoire",
};

static const char *const q_prefixes[] = {
    "dig*", "DAT*", "data*", "cyber*", "open*", "ident*", "gov*", "charter*", "minist*", "net*",
    "bras*", "\xCE\xB5\xCE\xBB\xCE\xBB*", "\xD0\x9C\xD0\x9E\xD0\xA1*", "\xE6\x9D\xB1*", "s*",
    "co*", "val*", "fin*", "\xEF\xAC\x81n*", "zur*", "walr*", "2*", "d*", "identities*",
};

static const char *const q_phrases[] = {
    "\"digital identity\"", "\"open data\"", "\"values driven\"", "\"cyber security\"",
    "\"s\xC3\xA3o paulo\"", "\"SAO PAULO\"", "\"digital government\"", "\"data ministers\"",
    "\"identity digital\"", "\"prime minister\"", "\"united kingdom\"", "\"republic of korea\"",
    "\"digital nations\"", "\"open  data\"", "\"Values-Driven\"", "\"open, data\"",
};

static const char *const q_countries[] = {
    "GB", "gb", "UK", "\"United Kingdom\"", "KR", "\"Republic of Korea\"", "\"South Korea\"", "Korea",
    "EE", "Estonia", "IL", "Israel", "\"New Zealand\"", "nz", "CA", "Canada", "Uruguay", "UY", "Mexico",
    "Portugal", "Brazil", "BR", "Germany", "de", "\"C\xC3\xB4te d'Ivoire\"", "CI", "USA", "US", "Japan", "FR",
};

static const char *const q_text_fields[] = { "topic", "series", "group", "title", "theme" };
static const char *const q_modes[] = { "in-person", "virtual", "hybrid" };

static void put(char *buf, size_t cap, const char *s)
{
    size_t n = strlen(buf);
    snprintf(buf + n, cap - n, "%s", s);
}

static void random_atom(ref_rng *r, char *buf, size_t cap)
{
    char tmp[160];
    size_t k = ref_below(r, 100);
    if (k < 30) {
        put(buf, cap, PICK(r, q_words));
    } else if (k < 40) {
        put(buf, cap, PICK(r, q_prefixes));
    } else if (k < 50) {
        put(buf, cap, PICK(r, q_phrases));
    } else if (k < 54) {
        const char *w1 = PICK(r, q_words); /* one call at a time: argument order is unspecified */
        const char *w2 = PICK(r, q_words);
        snprintf(tmp, sizeof tmp, "\"%s %s\"", w1, w2);
        put(buf, cap, tmp);
    } else if (k < 58) {
        put(buf, cap, PICK(r, q_hyphenated));
    } else if (k < 66) {
        const char *field = ref_below(r, 3) ? "country" : "host";
        snprintf(tmp, sizeof tmp, "%s:%s", field, PICK(r, q_countries));
        put(buf, cap, tmp);
    } else if (k < 74) {
        unsigned long a = 2000 + (unsigned long)ref_below(r, 26), b = a + (unsigned long)ref_below(r, 8);
        switch (ref_below(r, 4)) {
        case 0: snprintf(tmp, sizeof tmp, "year:%lu", a); break;
        case 1: snprintf(tmp, sizeof tmp, "year:%lu..%lu", a, b); break;
        case 2: snprintf(tmp, sizeof tmp, "year:%lu..", a); break;
        default: snprintf(tmp, sizeof tmp, "year:..%lu", a); break;
        }
        put(buf, cap, tmp);
    } else if (k < 78) {
        snprintf(tmp, sizeof tmp, "mode:%s", PICK(r, q_modes));
        put(buf, cap, tmp);
    } else if (k < 82) {
        snprintf(tmp, sizeof tmp, "id:r%03lu", (unsigned long)ref_below(r, 350));
        put(buf, cap, tmp);
    } else {
        const char *f = PICK(r, q_text_fields);
        size_t v = ref_below(r, 3);
        if (v == 0)
            snprintf(tmp, sizeof tmp, "%s:%s", f, PICK(r, q_words));
        else if (v == 1)
            snprintf(tmp, sizeof tmp, "%s:%s", f, PICK(r, q_phrases));
        else
            snprintf(tmp, sizeof tmp, "%s:%s", f, ref_below(r, 2) ? PICK(r, q_hyphenated) : PICK(r, groups));
        /* a group name with a space is two words: quote it */
        if (strchr(tmp, ' ') && !strchr(tmp, '"')) {
            const char *colon = strchr(tmp, ':');
            char q2[200];
            snprintf(q2, sizeof q2, "%.*s\"%s\"", (int)(colon - tmp + 1), tmp, colon + 1);
            put(buf, cap, q2);
        } else {
            put(buf, cap, tmp);
        }
    }
}

static void random_or(ref_rng *r, char *buf, size_t cap, int depth);

static void random_unit(ref_rng *r, char *buf, size_t cap, int depth)
{
    size_t k = ref_below(r, 100);
    if (k < 8) {
        put(buf, cap, "-");
        random_atom(r, buf, cap);
    } else if (k < 12) {
        put(buf, cap, "NOT ");
        if (depth > 0 && ref_below(r, 2)) {
            put(buf, cap, "(");
            random_or(r, buf, cap, depth - 1);
            put(buf, cap, ")");
        } else {
            random_atom(r, buf, cap);
        }
    } else if (k < 22 && depth > 0) {
        put(buf, cap, ref_below(r, 3) ? "(" : "( ");
        random_or(r, buf, cap, depth - 1);
        put(buf, cap, ref_below(r, 3) ? ")" : " )");
    } else {
        random_atom(r, buf, cap);
    }
}

static void random_and(ref_rng *r, char *buf, size_t cap, int depth)
{
    size_t n = 1 + ref_below(r, 3);
    for (size_t i = 0; i < n; i++) {
        if (i > 0)
            put(buf, cap, ref_below(r, 4) == 0 ? " AND " : ref_below(r, 5) == 0 ? "  " : " ");
        random_unit(r, buf, cap, depth);
    }
}

static void random_or(ref_rng *r, char *buf, size_t cap, int depth)
{
    size_t n = ref_below(r, 3) == 0 ? 2 + ref_below(r, 2) : 1;
    for (size_t i = 0; i < n; i++) {
        if (i > 0)
            put(buf, cap, " OR ");
        random_and(r, buf, cap, depth);
    }
}

void ref_random_query(ref_rng *r, char *buf, size_t cap)
{
    buf[0] = '\0';
    if (ref_below(r, 60) == 0)
        return; /* the empty query */
    random_or(r, buf, cap, 2);
}
