/* Private: folding text for matching what people type (country names now;
 * search words later): Unicode compatibility decomposition, case folding
 * and accents stripped (utf8proc), so "CÔTE D’IVOIRE" and "cote d'ivoire"
 * fold alike. The result is in decomposed form (NFKD, case-folded, marks
 * removed): fine for comparing folded text with folded text, which is all
 * it is for; it is never shown. */
#ifndef SUMMIT_FOLD_H
#define SUMMIT_FOLD_H

#include <stddef.h>

#define FOLD_INVALID ((size_t)-1)   /* the input is not valid UTF-8 */
#define FOLD_TOO_SMALL ((size_t)-2) /* out is too small: retry with more */

/* Folds in[0..len) into out (cap bytes, NUL-terminated): letters and
 * digits folded, every run of anything else one space, no space at either
 * end. Returns the length, FOLD_INVALID or FOLD_TOO_SMALL. Folding may
 * lengthen text a lot (U+FDFA, 3 bytes, becomes 18 letters). */
size_t fold_words(const char *in, size_t len, char *out, size_t cap);

/* fold_words into *buf (*cap bytes, realloc'ed through `realloc_fn` as
 * needed). Returns the length or FOLD_INVALID; FOLD_TOO_SMALL means out of
 * memory. */
size_t fold_words_growing(const char *in, size_t len, char **buf, size_t *cap,
                          void *(*realloc_fn)(void *user, void *ptr, size_t size), void *user);

#endif
