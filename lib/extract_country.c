/* Countries named in a text: ISO short names (and the same turned round at
 * their comma), lib/country.c's aliases, and general demonyms and aliases
 * (extract_words.inc), matched word by word, longest first.
 *
 * The table is built once per extraction, folded and sorted, so that each
 * candidate costs one binary search instead of folding all ~250 ISO names
 * as summit_country_code() does per call. */
#include <stdlib.h>
#include <string.h>

#include "country.h"
#include "extract_internal.h"
#include "fold.h"
#include "summit/country.h"

/* Folds like fold_words (letters and digits lower-cased, other runs one
 * space, no space at the ends) into a new string; ASCII needs no utf8proc. */
static char *fold_new(ex_mem *m, const char *s, size_t len)
{
    bool ascii = true;
    for (size_t i = 0; i < len; i++)
        if ((unsigned char)s[i] >= 0x80)
            ascii = false;
    if (!ascii) {
        size_t cap = len * 4 + 32;
        char *out = ex_malloc(m, cap);
        if (!out)
            return NULL;
        size_t n = fold_words(s, len, out, cap);
        if (n >= FOLD_TOO_SMALL)
            out[0] = '\0';
        return out;
    }
    char *out = ex_malloc(m, len + 1);
    if (!out)
        return NULL;
    size_t o = 0;
    bool gap = false;
    for (size_t i = 0; i < len; i++) {
        char c = s[i];
        bool alnum = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z');
        if (!alnum) {
            gap = o > 0;
            continue;
        }
        if (gap)
            out[o++] = ' ';
        gap = false;
        out[o++] = ex_ascii_lower(c);
    }
    out[o] = '\0';
    return out;
}

static bool add_entry(ex_countries *c, size_t *cap, ex_mem *m, const char *name, size_t len,
                      const char *code, bool demonym)
{
    if (!ex_reserve(m, (void **)&c->e, cap, c->n + 1, sizeof *c->e))
        return false;
    char *f = fold_new(m, name, len);
    if (!f)
        return false;
    ex_country_entry *e = &c->e[c->n++];
    e->folded = f;
    memcpy(e->code, code, 3);
    e->demonym = demonym;
    size_t words = 1;
    for (const char *p = f; *p; p++)
        words += *p == ' ';
    if (words > c->max_words)
        c->max_words = words;
    return true;
}

static int compare_entries(const void *a, const void *b)
{
    return strcmp(((const ex_country_entry *)a)->folded, ((const ex_country_entry *)b)->folded);
}

bool ex_countries_build(ex_countries *c, ex_mem *m)
{
    memset(c, 0, sizeof *c);
    size_t cap = 0;
    const char *name, *code;
    for (size_t i = 0; country_name_at(i, &name, &code); i++) {
        size_t len = strlen(name);
        if (!add_entry(c, &cap, m, name, len, code, false))
            return false;
        /* "Korea, Republic of" is also "Republic of Korea" */
        const char *comma = strstr(name, ", ");
        if (comma) {
            char turned[160];
            size_t head = (size_t)(comma - name), tail = len - head - 2;
            if (head + tail + 1 < sizeof turned) {
                memcpy(turned, comma + 2, tail);
                turned[tail] = ' ';
                memcpy(turned + tail + 1, name, head);
                if (!add_entry(c, &cap, m, turned, head + tail + 1, code, false))
                    return false;
            }
        }
    }
    for (size_t i = 0; i < ex_demonym_count(); i++) {
        bool demonym;
        const char *n = ex_demonym_at(i, &code, &demonym);
        if (!add_entry(c, &cap, m, n, strlen(n), code, demonym))
            return false;
    }
    qsort(c->e, c->n, sizeof *c->e, compare_entries);
    return true;
}

void ex_countries_free(ex_countries *c, ex_mem *m)
{
    for (size_t i = 0; i < c->n; i++)
        ex_free(m, c->e[i].folded);
    ex_free(m, c->e);
    memset(c, 0, sizeof *c);
}

static const ex_country_entry *find(const ex_countries *c, const char *folded)
{
    size_t lo = 0, hi = c->n;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        int order = strcmp(c->e[mid].folded, folded);
        if (order == 0)
            return &c->e[mid];
        if (order < 0)
            lo = mid + 1;
        else
            hi = mid;
    }
    return NULL;
}

/* Appends token i's folded text to buf (cap bytes); false when it does not fit. */
static bool append_folded(const ex_text *t, size_t i, char *buf, size_t cap, size_t *len)
{
    const ex_token *tk = &t->tok[i];
    const char *s = t->buf + tk->off;
    char tmp[128];
    size_t n;
    bool ascii = true;
    for (size_t k = 0; k < tk->len; k++)
        if ((unsigned char)s[k] >= 0x80)
            ascii = false;
    if (ascii) {
        if (tk->len >= sizeof tmp)
            return false;
        for (n = 0; n < tk->len; n++)
            tmp[n] = ex_ascii_lower(s[n]);
        tmp[n] = '\0';
    } else {
        if (tk->len > 64)
            return false;
        n = fold_words(s, tk->len, tmp, sizeof tmp);
        if (n >= FOLD_TOO_SMALL)
            return false;
    }
    size_t need = *len + (*len ? 1 : 0) + n + 1;
    if (need > cap)
        return false;
    if (*len)
        buf[(*len)++] = ' ';
    memcpy(buf + *len, tmp, n + 1);
    *len += n;
    return true;
}

bool ex_country_at(const ex_text *t, const ex_countries *c, size_t i, bool allow_code,
                   ex_country_hit *hit)
{
    if (i >= t->ntok || t->tok[i].kind != TOK_WORD || !t->tok[i].upper || ex_is(t, i, "the"))
        return false;
    /* "Latin American", "South American": a region's, not the US's */
    static const char *const regions[] = { "latin", "south", "north", "central", NULL };
    if (ex_is(t, i, "american") && i > 0 && ex_in_list(t, i - 1, regions))
        return false;
    const ex_token *tk = &t->tok[i];
    const char *s = t->buf + tk->off;
    if (tk->len == 2 && s[0] >= 'A' && s[0] <= 'Z' && s[1] >= 'A' && s[1] <= 'Z') {
        /* "IT", "AI", "IN" in prose are not countries: a two-letter code
         * counts only where the caller expects one ("Seoul, KR"); "UK" and
         * "US" are what people write for those two */
        char two[3] = { s[0], s[1], '\0' };
        bool alias = strcmp(two, "UK") == 0 || strcmp(two, "US") == 0;
        const char *code = (alias || allow_code) ? summit_country_code(two) : NULL;
        if (!code)
            return false;
        hit->code = code;
        hit->toks.first = i;
        hit->toks.end = i + 1;
        hit->demonym = false;
        return true;
    }
    char buf[256];
    size_t len = 0;
    bool found = false;
    size_t j = i, words = 0;
    while (j < t->ntok && words < c->max_words) {
        if (t->tok[j].kind == TOK_PUNCT)
            break;
        /* a name may wrap onto the next line of its paragraph ("the United
         * / Kingdom"), never across a blank line */
        if (words > 0 && t->tok[j].line != t->tok[j - 1].line &&
            (t->tok[j].line != t->tok[j - 1].line + 1 || t->tok[j].sentence != t->tok[j - 1].sentence))
            break;
        if (!append_folded(t, j, buf, sizeof buf, &len))
            break;
        words++;
        const ex_country_entry *e = find(c, buf);
        if (e) {
            hit->code = summit_country_code(e->code);
            hit->toks.first = i;
            hit->toks.end = j + 1;
            hit->demonym = e->demonym;
            found = hit->code != NULL;
        }
        j++;
        /* names go on over a hyphen, an apostrophe or "&" ("Guinea-Bissau") */
        if (j + 1 < t->ntok && t->tok[j].kind == TOK_PUNCT && !t->tok[j].space_before &&
            (t->tok[j].ch == '-' || t->tok[j].ch == '\'' || t->tok[j].ch == 0x2019))
            j++;
    }
    return found;
}
