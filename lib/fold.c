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

/* How fold_words treats an ASCII byte: 0 separates words, anything else
 * is the folded byte (letters lower-cased, digits kept). ASCII is most
 * text, so it skips utf8proc (same result, a fraction of the cost). */
static const char ascii_fold[128] = {
    ['0'] = '0', ['1'] = '1', ['2'] = '2', ['3'] = '3', ['4'] = '4',
    ['5'] = '5', ['6'] = '6', ['7'] = '7', ['8'] = '8', ['9'] = '9',
    ['A'] = 'a', ['B'] = 'b', ['C'] = 'c', ['D'] = 'd', ['E'] = 'e', ['F'] = 'f', ['G'] = 'g',
    ['H'] = 'h', ['I'] = 'i', ['J'] = 'j', ['K'] = 'k', ['L'] = 'l', ['M'] = 'm', ['N'] = 'n',
    ['O'] = 'o', ['P'] = 'p', ['Q'] = 'q', ['R'] = 'r', ['S'] = 's', ['T'] = 't', ['U'] = 'u',
    ['V'] = 'v', ['W'] = 'w', ['X'] = 'x', ['Y'] = 'y', ['Z'] = 'z',
    ['a'] = 'a', ['b'] = 'b', ['c'] = 'c', ['d'] = 'd', ['e'] = 'e', ['f'] = 'f', ['g'] = 'g',
    ['h'] = 'h', ['i'] = 'i', ['j'] = 'j', ['k'] = 'k', ['l'] = 'l', ['m'] = 'm', ['n'] = 'n',
    ['o'] = 'o', ['p'] = 'p', ['q'] = 'q', ['r'] = 'r', ['s'] = 's', ['t'] = 't', ['u'] = 'u',
    ['v'] = 'v', ['w'] = 'w', ['x'] = 'x', ['y'] = 'y', ['z'] = 'z',
};

size_t fold_words(const char *in, size_t len, char *out, size_t cap)
{
    const utf8proc_option_t options =
        UTF8PROC_COMPAT | UTF8PROC_DECOMPOSE | UTF8PROC_CASEFOLD | UTF8PROC_STRIPMARK;
    size_t o = 0;
    bool pending_space = false;
    if (cap == 0)
        return FOLD_TOO_SMALL;
    for (size_t i = 0; i < len;) {
        unsigned char byte = (unsigned char)in[i];
        if (byte < 0x80) {
            i++;
            char folded = ascii_fold[byte];
            if (!folded) {
                pending_space = o > 0;
                continue;
            }
            if (o + (pending_space ? 2 : 1) >= cap) /* and the final NUL */
                return FOLD_TOO_SMALL;
            if (pending_space) {
                out[o++] = ' ';
                pending_space = false;
            }
            out[o++] = folded;
            continue;
        }
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
