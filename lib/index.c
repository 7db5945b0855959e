/* The full-text index: folded words -> (record, frequency) postings. */
#include "index.h"

#include <stdlib.h>
#include <string.h>

#include "fold.h"
#include "hash.h"
#include "query.h"

bool each_text_value(const summit_record *r, unsigned fields, text_value_fn fn, void *ctx)
{
#define VALUE(bit, s) \
    if ((fields & (bit)) && (s) && !fn(ctx, (s))) \
        return false
    VALUE(FIELD_SERIES, r->series);
    VALUE(FIELD_GROUP, r->group);
    VALUE(FIELD_TITLE, r->title);
    VALUE(FIELD_THEME, r->theme);
    VALUE(FIELD_CITY, r->location.city);
    VALUE(FIELD_CHAIR, r->chair.name);
    VALUE(FIELD_CHAIR, r->chair.title);
    for (size_t i = 0; i < r->participant_count; i++)
        VALUE(FIELD_PARTICIPANTS, r->participants[i].name);
    for (size_t i = 0; i < r->topic_count; i++)
        VALUE(FIELD_TOPICS, r->topics[i]);
    for (size_t i = 0; i < r->commitment_count; i++)
        VALUE(FIELD_COMMITMENTS, r->commitments[i]);
    for (size_t i = 0; i < r->document_count; i++)
        VALUE(FIELD_DOCUMENTS, r->documents[i].title);
    for (size_t i = 0; i < r->media_count; i++)
        VALUE(FIELD_MEDIA, r->media[i].caption);
    for (size_t i = 0; i < r->summary_count; i++)
        VALUE(FIELD_SUMMARY, r->summary[i]);
#undef VALUE
    return true;
}

const term *index_find(const summit_index *ix, const char *word, size_t len)
{
    if (ix->slot_count == 0)
        return NULL;
    size_t mask = ix->slot_count - 1;
    for (size_t i = (size_t)hash_bytes(word, len) & mask;; i = (i + 1) & mask) {
        uint32_t slot = ix->slots[i];
        if (slot == 0)
            return NULL;
        const term *t = &ix->terms[slot - 1];
        if (t->len == len && memcmp(t->text, word, len) == 0)
            return t;
    }
}

/* ---- building ---------------------------------------------------------- */

typedef struct builder {
    summit_index *ix;
    uint32_t doc;
    uint32_t words;
    char *folded; /* scratch for one folded value */
    size_t folded_cap;
    bool failed;
} builder;

static bool grow_slots(summit_index *ix)
{
    size_t n = ix->slot_count ? ix->slot_count * 2 : 1024;
    uint32_t *slots = ix->alloc->malloc_fn(ix->alloc->user, n * sizeof *slots);
    if (!slots)
        return false;
    memset(slots, 0, n * sizeof *slots);
    for (size_t t = 0; t < ix->term_count; t++) {
        size_t i = (size_t)hash_bytes(ix->terms[t].text, ix->terms[t].len) & (n - 1);
        while (slots[i])
            i = (i + 1) & (n - 1);
        slots[i] = (uint32_t)t + 1;
    }
    ix->alloc->free_fn(ix->alloc->user, ix->slots);
    ix->slots = slots;
    ix->slot_count = n;
    return true;
}

/* The term for word, created when new; NULL when out of memory. */
static term *intern(summit_index *ix, const char *word, size_t len)
{
    if (ix->slot_count < 2 * (ix->term_count + 1) && !grow_slots(ix))
        return NULL;
    size_t mask = ix->slot_count - 1, i = (size_t)hash_bytes(word, len) & mask;
    for (; ix->slots[i]; i = (i + 1) & mask) {
        term *t = &ix->terms[ix->slots[i] - 1];
        if (t->len == len && memcmp(t->text, word, len) == 0)
            return t;
    }
    if (ix->term_count == ix->term_cap) {
        size_t cap = ix->term_cap ? ix->term_cap * 2 : 1024;
        term *terms = ix->alloc->realloc_fn(ix->alloc->user, ix->terms, cap * sizeof *terms);
        if (!terms)
            return NULL;
        ix->terms = terms;
        ix->term_cap = cap;
    }
    term *t = &ix->terms[ix->term_count];
    memset(t, 0, sizeof *t);
    if (!(t->text = arena_strndup(&ix->strings, word, len)))
        return NULL;
    t->len = (uint32_t)len;
    ix->slots[i] = (uint32_t)++ix->term_count;
    return t;
}

static bool add_word(builder *b, const char *word, size_t len)
{
    term *t = intern(b->ix, word, len);
    if (!t)
        return false;
    b->words++;
    if (t->count > 0 && t->postings[t->count - 1].doc == b->doc) {
        t->postings[t->count - 1].tf++;
        return true;
    }
    if (t->count == t->cap) {
        uint32_t cap = t->cap ? t->cap * 2 : 2;
        posting *p = b->ix->alloc->realloc_fn(b->ix->alloc->user, t->postings, cap * sizeof *p);
        if (!p)
            return false;
        t->postings = p;
        t->cap = cap;
    }
    t->postings[t->count].doc = b->doc;
    t->postings[t->count].tf = 1;
    t->count++;
    return true;
}

static bool index_value(void *ctx, const char *text)
{
    builder *b = ctx;
    size_t n = fold_words_growing(text, strlen(text), &b->folded, &b->folded_cap,
                                  b->ix->alloc->realloc_fn, b->ix->alloc->user);
    if (n == FOLD_TOO_SMALL)
        return b->failed = true, false;
    if (n == FOLD_INVALID)
        return true; /* records hold valid UTF-8; nothing to index otherwise */
    for (char *s = b->folded; *s;) {
        char *space = strchr(s, ' ');
        size_t word_len = space ? (size_t)(space - s) : strlen(s);
        if (!add_word(b, s, word_len))
            return b->failed = true, false;
        if (!space)
            break;
        s = space + 1;
    }
    return true;
}

static int compare_terms(const void *a, const void *b)
{
    const term *x = *(const term *const *)a, *y = *(const term *const *)b;
    return strcmp(x->text, y->text);
}

void index_free(summit_index *ix)
{
    if (!ix)
        return;
    const summit_allocator *alloc = ix->alloc;
    for (size_t t = 0; t < ix->term_count; t++)
        alloc->free_fn(alloc->user, ix->terms[t].postings);
    alloc->free_fn(alloc->user, ix->terms);
    alloc->free_fn(alloc->user, ix->slots);
    alloc->free_fn(alloc->user, (void *)ix->sorted);
    alloc->free_fn(alloc->user, ix->doc_words);
    arena_release(&ix->strings);
    alloc->free_fn(alloc->user, ix);
}

summit_index *index_build(const summit_record *const *records, size_t count, const summit_allocator *alloc)
{
    if (count > UINT32_MAX)
        return NULL;
    summit_index *ix = alloc->malloc_fn(alloc->user, sizeof *ix);
    if (!ix)
        return NULL;
    memset(ix, 0, sizeof *ix);
    ix->alloc = alloc;
    arena_init(&ix->strings, alloc);
    ix->doc_count = count;
    builder b = { ix, 0, 0, NULL, 0, false };
    if (count && !(ix->doc_words = alloc->malloc_fn(alloc->user, count * sizeof *ix->doc_words)))
        goto fail;
    double total_words = 0;
    for (size_t d = 0; d < count; d++) {
        b.doc = (uint32_t)d;
        b.words = 0;
        each_text_value(records[d], FIELD_ALL, index_value, &b);
        if (b.failed)
            goto fail;
        ix->doc_words[d] = b.words;
        total_words += b.words;
    }
    ix->average_words = count ? total_words / (double)count : 0;
    /* Postings grew by doubling; give back the slack (up to half of them). */
    for (size_t t = 0; t < ix->term_count; t++) {
        term *tm = &ix->terms[t];
        posting *p = alloc->realloc_fn(alloc->user, tm->postings, tm->count * sizeof *p);
        if (p) {
            tm->postings = p;
            tm->cap = tm->count;
        }
    }
    if (ix->term_count) {
        ix->sorted = alloc->malloc_fn(alloc->user, ix->term_count * sizeof *ix->sorted);
        if (!ix->sorted)
            goto fail;
        for (size_t t = 0; t < ix->term_count; t++)
            ix->sorted[t] = &ix->terms[t];
        qsort((void *)ix->sorted, ix->term_count, sizeof *ix->sorted, compare_terms);
    }
    alloc->free_fn(alloc->user, b.folded);
    return ix;
fail:
    alloc->free_fn(alloc->user, b.folded);
    index_free(ix);
    return NULL;
}

void index_prefix_range(const summit_index *ix, const char *prefix, size_t len, size_t *first, size_t *end)
{
    size_t lo = 0, hi = ix->term_count;
    while (lo < hi) { /* first word >= prefix */
        size_t mid = lo + (hi - lo) / 2;
        if (strncmp(ix->sorted[mid]->text, prefix, len) < 0)
            lo = mid + 1;
        else
            hi = mid;
    }
    *first = lo;
    while (lo < ix->term_count && strncmp(ix->sorted[lo]->text, prefix, len) == 0)
        lo++;
    *end = lo;
}
