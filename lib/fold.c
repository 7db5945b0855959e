/* Text folding with utf8proc, without allocating. */
#include "fold.h"

#include <stdbool.h>
#include <stdint.h>

#include <utf8proc.h>

static bool is_word_char(utf8proc_int32_t cp)
{
    utf8proc_category_t c = utf8proc_category(cp);
    return (c >= UTF8PROC_CATEGORY_LU && c <= UTF8PROC_CATEGORY_LO) ||
           (c >= UTF8PROC_CATEGORY_ND && c <= UTF8PROC_CATEGORY_NO);
}

size_t fold_words(const char *in, size_t len, char *out, size_t cap)
{
    const utf8proc_option_t options =
        UTF8PROC_COMPAT | UTF8PROC_DECOMPOSE | UTF8PROC_CASEFOLD | UTF8PROC_STRIPMARK;
    size_t o = 0;
    bool pending_space = false;
    if (cap == 0)
        return FOLD_TOO_SMALL;
    for (size_t i = 0; i < len;) {
        utf8proc_int32_t cp;
        utf8proc_ssize_t n = utf8proc_iterate((const utf8proc_uint8_t *)in + i, (utf8proc_ssize_t)(len - i), &cp);
        if (n <= 0)
            return FOLD_INVALID;
        i += (size_t)n;
        utf8proc_int32_t parts[32]; /* the longest decomposition is 18 */
        int last_boundclass = 0;
        utf8proc_ssize_t count = utf8proc_decompose_char(cp, parts, 32, options, &last_boundclass);
        if (count < 0 || count > 32)
            return FOLD_INVALID;
        for (utf8proc_ssize_t k = 0; k < count; k++) {
            if (!is_word_char(parts[k])) {
                pending_space = o > 0;
                continue;
            }
            if (pending_space) {
                if (o + 1 >= cap)
                    return FOLD_TOO_SMALL;
                out[o++] = ' ';
                pending_space = false;
            }
            utf8proc_uint8_t bytes[4];
            utf8proc_ssize_t b = utf8proc_encode_char(parts[k], bytes);
            if (o + (size_t)b >= cap)
                return FOLD_TOO_SMALL;
            for (utf8proc_ssize_t j = 0; j < b; j++)
                out[o++] = (char)bytes[j];
        }
    }
    out[o] = '\0';
    return o;
}

size_t fold_words_growing(const char *in, size_t len, char **buf, size_t *cap,
                          void *(*realloc_fn)(void *user, void *ptr, size_t size), void *user)
{
    if (*cap < len * 2 + 16) {
        char *p = realloc_fn(user, *buf, len * 2 + 16);
        if (!p)
            return FOLD_TOO_SMALL;
        *buf = p;
        *cap = len * 2 + 16;
    }
    for (;;) {
        size_t n = fold_words(in, len, *buf, *cap);
        if (n != FOLD_TOO_SMALL)
            return n;
        char *p = realloc_fn(user, *buf, *cap * 2);
        if (!p)
            return FOLD_TOO_SMALL;
        *buf = p;
        *cap *= 2;
    }
}
