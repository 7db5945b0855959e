/* Searching a collection: the query tree is evaluated to a set of records
 * (a bitset), then the matches are ranked by BM25 (see search.h). */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "collection_internal.h"
#include "error_internal.h"
#include "fold.h"
#include "index.h"
#include "query.h"
#include "summit/search.h"

struct summit_results {
    summit_allocator alloc;
    const summit_record **records;
    double *scores;
    size_t count;
    size_t total;
};

/* ---- the index, built once, even when many threads search at once -------- */

static summit_status ensure_index(summit_collection *c, const summit_index **out)
{
    summit_index *ix = atomic_load_explicit(&c->index, memory_order_acquire);
    if (!ix) {
        pthread_mutex_lock(&c->index_lock);
        ix = atomic_load_explicit(&c->index, memory_order_relaxed);
        if (!ix) {
            ix = index_build((const summit_record *const *)c->records, c->count, &c->alloc);
            if (ix)
                atomic_store_explicit(&c->index, ix, memory_order_release);
        }
        pthread_mutex_unlock(&c->index_lock);
    }
    *out = ix;
    return ix ? SUMMIT_OK : SUMMIT_ERR_NOMEM;
}

summit_status summit_collection_index(summit_collection *c, summit_error *err)
{
    error_clear(err);
    if (!c) {
        error_set(err, SUMMIT_ERR_ARG, "", "summit_collection_index needs a collection");
        return SUMMIT_ERR_ARG;
    }
    const summit_index *ix;
    summit_status st = ensure_index(c, &ix);
    if (st != SUMMIT_OK)
        error_set(err, st, "", "out of memory building the index");
    return st;
}

/* ---- sets of records ----------------------------------------------------- */

typedef struct search {
    const summit_collection *c;
    const summit_index *ix;
    size_t n;     /* records */
    size_t words; /* 64-bit words of a set */
    const summit_allocator *alloc;
    bool failed;  /* out of memory */
    char *folded; /* scratch for checking phrases */
    size_t folded_cap;
} search;

static uint64_t *set_new(search *s, bool full)
{
    uint64_t *set = s->alloc->malloc_fn(s->alloc->user, (s->words ? s->words : 1) * sizeof *set);
    if (!set) {
        s->failed = true;
        return NULL;
    }
    memset(set, full ? 0xFF : 0, s->words * sizeof *set);
    if (full && s->n % 64) /* no bits past the last record */
        set[s->words - 1] = (UINT64_C(1) << (s->n % 64)) - 1;
    return set;
}

static void set_free(search *s, uint64_t *set)
{
    s->alloc->free_fn(s->alloc->user, set);
}

static bool set_has(const uint64_t *set, size_t i)
{
    return (set[i / 64] >> (i % 64)) & 1;
}

static void set_add(uint64_t *set, size_t i)
{
    set[i / 64] |= UINT64_C(1) << (i % 64);
}

static void set_postings(uint64_t *set, const term *t)
{
    for (uint32_t k = 0; k < t->count; k++)
        set_add(set, t->postings[k].doc);
}

/* Does a folded text hold the words `needle` (folded, space-separated) as
 * whole, consecutive words? */
static bool holds_words(const char *text, const char *needle, size_t len)
{
    for (const char *p = strstr(text, needle); p; p = strstr(p + 1, needle))
        if ((p == text || p[-1] == ' ') && (p[len] == '\0' || p[len] == ' '))
            return true;
    return false;
}

typedef struct phrase_check {
    search *s;
    const char *needle;
    size_t len;
    bool found;
} phrase_check;

static bool check_value(void *ctx, const char *text)
{
    phrase_check *pc = ctx;
    search *s = pc->s;
    size_t n = fold_words_growing(text, strlen(text), &s->folded, &s->folded_cap, s->alloc->realloc_fn,
                                  s->alloc->user);
    if (n == FOLD_TOO_SMALL)
        return s->failed = true, false;
    if (n != FOLD_INVALID && holds_words(s->folded, pc->needle, pc->len))
        pc->found = true;
    return !pc->found; /* stop at the first value that holds it */
}

/* Words in `fields`: the records holding every word (from the index), then,
 * for a phrase or a field filter, those where one value holds them in a row. */
static uint64_t *eval_words(search *s, const qnode *q)
{
    uint64_t *set = NULL;
    for (size_t w = 0; w < q->word_count; w++) {
        const term *t = index_find(s->ix, q->words[w], strlen(q->words[w]));
        uint64_t *one = set_new(s, false);
        if (!one) {
            set_free(s, set);
            return NULL;
        }
        if (t)
            set_postings(one, t);
        if (set) {
            for (size_t i = 0; i < s->words; i++)
                set[i] &= one[i];
            set_free(s, one);
        } else
            set = one;
    }
    if (!set || (q->word_count == 1 && q->fields == FIELD_ALL))
        return set;
    /* The words joined as they stand in folded text. */
    size_t len = 0;
    for (size_t w = 0; w < q->word_count; w++)
        len += strlen(q->words[w]) + 1;
    char *needle = s->alloc->malloc_fn(s->alloc->user, len);
    if (!needle) {
        s->failed = true;
        set_free(s, set);
        return NULL;
    }
    needle[0] = '\0';
    for (size_t w = 0; w < q->word_count; w++) {
        if (w)
            strcat(needle, " ");
        strcat(needle, q->words[w]);
    }
    for (size_t i = 0; i < s->n && !s->failed; i++) {
        if (!set_has(set, i))
            continue;
        phrase_check pc = { s, needle, strlen(needle), false };
        each_text_value(s->c->records[i], q->fields, check_value, &pc);
        if (!pc.found)
            set[i / 64] &= ~(UINT64_C(1) << (i % 64));
    }
    s->alloc->free_fn(s->alloc->user, needle);
    return set;
}

static bool record_matches_filter(const summit_record *r, const qnode *q)
{
    switch (q->kind) {
    case Q_COUNTRY:
        for (size_t i = 0; i < r->participant_count; i++)
            if (strcmp(r->participants[i].country, q->text) == 0)
                return true;
        return false;
    case Q_HOST: return r->location.country && strcmp(r->location.country, q->text) == 0;
    case Q_YEAR: return r->start_date.year >= q->year_from && r->start_date.year <= q->year_to;
    case Q_MODE: return r->mode == q->mode;
    default: return strcmp(r->id, q->text) == 0; /* Q_ID */
    }
}

static uint64_t *eval(search *s, const qnode *q)
{
    switch (q->kind) {
    case Q_ALL: return set_new(s, true);
    case Q_WORDS: return eval_words(s, q);
    case Q_PREFIX: {
        uint64_t *set = set_new(s, false);
        size_t first, end;
        index_prefix_range(s->ix, q->words[0], strlen(q->words[0]), &first, &end);
        for (size_t t = first; set && t < end; t++)
            set_postings(set, s->ix->sorted[t]);
        return set;
    }
    case Q_NOT: {
        uint64_t *set = eval(s, q->kids[0]);
        if (!set)
            return NULL;
        for (size_t i = 0; i < s->words; i++)
            set[i] = ~set[i];
        if (s->n % 64)
            set[s->words - 1] &= (UINT64_C(1) << (s->n % 64)) - 1;
        return set;
    }
    case Q_AND:
    case Q_OR: {
        uint64_t *set = eval(s, q->kids[0]);
        for (size_t k = 1; set && k < q->kid_count; k++) {
            uint64_t *other = eval(s, q->kids[k]);
            if (!other) {
                set_free(s, set);
                return NULL;
            }
            for (size_t i = 0; i < s->words; i++)
                set[i] = q->kind == Q_AND ? set[i] & other[i] : set[i] | other[i];
            set_free(s, other);
        }
        return set;
    }
    default: {
        uint64_t *set = set_new(s, false);
        for (size_t i = 0; set && i < s->n; i++)
            if (record_matches_filter(s->c->records[i], q))
                set_add(set, i);
        return set;
    }
    }
}

/* ---- ranking --------------------------------------------------------------- */

typedef struct term_list {
    const term **items;
    size_t count, cap;
} term_list;

/* The scored words of the query: every free-text word (not a filter's,
 * topic:ai included) that is not under a NOT. */
static bool collect_terms(search *s, const qnode *q, term_list *out)
{
    if (q->kind == Q_NOT || (q->kind == Q_WORDS && q->fields != FIELD_ALL))
        return true;
    size_t first = 0, end = 0;
    const term *single = NULL;
    if (q->kind == Q_PREFIX)
        index_prefix_range(s->ix, q->words[0], strlen(q->words[0]), &first, &end);
    for (size_t w = 0; q->kind == Q_WORDS && w < q->word_count; w++)
        if ((single = index_find(s->ix, q->words[w], strlen(q->words[w]))) != NULL) {
            if (out->count == out->cap) {
                size_t cap = out->cap ? out->cap * 2 : 16;
                const term **p = s->alloc->realloc_fn(s->alloc->user, (void *)out->items, cap * sizeof *p);
                if (!p)
                    return false;
                out->items = p;
                out->cap = cap;
            }
            out->items[out->count++] = single;
        }
    for (size_t t = first; t < end; t++) {
        if (out->count == out->cap) {
            size_t cap = out->cap ? out->cap * 2 : 16;
            while (cap < out->count + (end - t))
                cap *= 2;
            const term **p = s->alloc->realloc_fn(s->alloc->user, (void *)out->items, cap * sizeof *p);
            if (!p)
                return false;
            out->items = p;
            out->cap = cap;
        }
        out->items[out->count++] = s->ix->sorted[t];
    }
    for (size_t k = 0; k < q->kid_count; k++)
        if (!collect_terms(s, q->kids[k], out))
            return false;
    return true;
}

static int compare_pointers(const void *a, const void *b)
{
    const term *x = *(const term *const *)a, *y = *(const term *const *)b;
    return x < y ? -1 : x > y;
}

/* BM25 of every matching record, summed over the distinct scored words. */
static double *score(search *s, const qnode *q, const uint64_t *matches)
{
    term_list terms = { NULL, 0, 0 };
    double *scores = s->alloc->malloc_fn(s->alloc->user, (s->n ? s->n : 1) * sizeof *scores);
    if (!scores || !collect_terms(s, q, &terms)) {
        s->failed = true;
        s->alloc->free_fn(s->alloc->user, (void *)terms.items);
        s->alloc->free_fn(s->alloc->user, scores);
        return NULL;
    }
    for (size_t i = 0; i < s->n; i++)
        scores[i] = 0;
    if (terms.count)
        qsort((void *)terms.items, terms.count, sizeof *terms.items, compare_pointers);
    const double k1 = 1.2, b = 0.75, N = (double)s->ix->doc_count;
    const double avg = s->ix->average_words > 0 ? s->ix->average_words : 1;
    for (size_t k = 0; k < terms.count; k++) {
        if (k > 0 && terms.items[k] == terms.items[k - 1])
            continue; /* distinct words */
        const term *t = terms.items[k];
        double n = (double)t->count;
        double idf = log(1 + (N - n + 0.5) / (n + 0.5));
        for (uint32_t p = 0; p < t->count; p++) {
            uint32_t doc = t->postings[p].doc;
            if (!set_has(matches, doc))
                continue;
            double tf = (double)t->postings[p].tf;
            double norm = k1 * (1 - b + b * (double)s->ix->doc_words[doc] / avg);
            scores[doc] += idf * tf * (k1 + 1) / (tf + norm);
        }
    }
    s->alloc->free_fn(s->alloc->user, (void *)terms.items);
    return scores;
}

typedef struct hit {
    const summit_record *record;
    double score;
} hit;

static int compare_dates(const summit_date *a, const summit_date *b)
{
    if (a->year != b->year)
        return a->year < b->year ? -1 : 1;
    if (a->month != b->month)
        return a->month < b->month ? -1 : 1;
    if (a->day != b->day)
        return a->day < b->day ? -1 : 1;
    return 0;
}

/* Best first: higher score, then earlier start_date, then id. */
static int compare_hits(const void *a, const void *b)
{
    const hit *x = a, *y = b;
    if (x->score != y->score)
        return x->score > y->score ? -1 : 1;
    int by_date = compare_dates(&x->record->start_date, &y->record->start_date);
    return by_date ? by_date : strcmp(x->record->id, y->record->id);
}

/* Keeps the best `limit` of hits[0..n) in hits[0..limit), sorted: a heap
 * whose root is the worst kept hit. */
static void keep_best(hit *hits, size_t n, size_t limit)
{
#define WORSE(i, j) (compare_hits(&hits[i], &hits[j]) > 0)
    for (size_t i = 1; i < limit; i++) /* build: sift up */
        for (size_t c = i; c > 0 && WORSE(c, (c - 1) / 2); c = (c - 1) / 2) {
            hit tmp = hits[c];
            hits[c] = hits[(c - 1) / 2];
            hits[(c - 1) / 2] = tmp;
        }
    for (size_t i = limit; i < n; i++) {
        if (!WORSE(0, i))
            continue;
        hits[0] = hits[i];
        for (size_t c = 0;;) { /* sift down */
            size_t l = 2 * c + 1, r = l + 1, w = c;
            if (l < limit && WORSE(l, w))
                w = l;
            if (r < limit && WORSE(r, w))
                w = r;
            if (w == c)
                break;
            hit tmp = hits[c];
            hits[c] = hits[w];
            hits[w] = tmp;
            c = w;
        }
    }
#undef WORSE
    qsort(hits, limit, sizeof *hits, compare_hits);
}

/* ---- the call -------------------------------------------------------------- */

summit_status summit_search(const summit_collection *c, const char *query, size_t limit,
                            summit_results **out, summit_error *err)
{
    error_clear(err);
    if (out)
        *out = NULL;
    if (!c || !query || !out) {
        error_set(err, SUMMIT_ERR_ARG, "", "summit_search needs a collection, a query and out");
        return SUMMIT_ERR_ARG;
    }
    const summit_index *ix;
    /* The index is built on first use; building it does not change what
     * the collection holds, only what it has prepared. */
    summit_status st = ensure_index((summit_collection *)c, &ix);
    if (st != SUMMIT_OK) {
        error_set(err, st, "", "out of memory building the index");
        return st;
    }
    arena a;
    arena_init(&a, &c->alloc);
    qnode *root;
    st = query_parse(query, &c->opts, &a, &root, err);
    if (st != SUMMIT_OK) {
        arena_release(&a);
        return st;
    }

    search s = { c, ix, c->count, (c->count + 63) / 64, &c->alloc, false, NULL, 0 };
    uint64_t *matches = eval(&s, root);
    double *scores = matches ? score(&s, root, matches) : NULL;
    summit_results *r = NULL;
    hit *hits = NULL;
    if (!s.failed && scores) {
        size_t total = 0;
        for (size_t i = 0; i < s.words; i++)
            total += (size_t)__builtin_popcountll(matches[i]);
        hits = c->alloc.malloc_fn(c->alloc.user, (total ? total : 1) * sizeof *hits);
        r = c->alloc.malloc_fn(c->alloc.user, sizeof *r);
        if (r) /* before anything can fail: the cleanup below reads it */
            memset(r, 0, sizeof *r);
        if (hits && r) {
            size_t k = 0;
            for (size_t i = 0; i < s.n; i++)
                if (set_has(matches, i)) {
                    hits[k].record = c->records[i];
                    hits[k++].score = scores[i];
                }
            size_t keep = limit && limit < total ? limit : total;
            if (keep < total)
                keep_best(hits, total, keep);
            else
                qsort(hits, total, sizeof *hits, compare_hits);
            r->alloc = c->alloc;
            r->total = total;
            r->count = keep;
            r->records = c->alloc.malloc_fn(c->alloc.user, (keep ? keep : 1) * sizeof *r->records);
            r->scores = c->alloc.malloc_fn(c->alloc.user, (keep ? keep : 1) * sizeof *r->scores);
            if (r->records && r->scores)
                for (size_t i = 0; i < keep; i++) {
                    r->records[i] = hits[i].record;
                    r->scores[i] = hits[i].score;
                }
            else
                s.failed = true;
        } else
            s.failed = true;
    }
    c->alloc.free_fn(c->alloc.user, hits);
    c->alloc.free_fn(c->alloc.user, scores);
    set_free(&s, matches);
    c->alloc.free_fn(c->alloc.user, s.folded);
    arena_release(&a);
    if (s.failed || !r) {
        if (r) {
            c->alloc.free_fn(c->alloc.user, (void *)r->records);
            c->alloc.free_fn(c->alloc.user, r->scores);
            c->alloc.free_fn(c->alloc.user, r);
        }
        error_set(err, SUMMIT_ERR_NOMEM, "", "out of memory while searching");
        return SUMMIT_ERR_NOMEM;
    }
    *out = r;
    return SUMMIT_OK;
}

size_t summit_results_count(const summit_results *r)
{
    return r ? r->count : 0;
}

size_t summit_results_total(const summit_results *r)
{
    return r ? r->total : 0;
}

const summit_record *summit_results_record(const summit_results *r, size_t i)
{
    return r && i < r->count ? r->records[i] : NULL;
}

double summit_results_score(const summit_results *r, size_t i)
{
    return r && i < r->count ? r->scores[i] : 0;
}

void summit_results_free(summit_results *r)
{
    if (!r)
        return;
    summit_allocator alloc = r->alloc;
    alloc.free_fn(alloc.user, (void *)r->records);
    alloc.free_fn(alloc.user, r->scores);
    alloc.free_fn(alloc.user, r);
}
