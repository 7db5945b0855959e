/* Private: folding text for matching what people type (country names now;
 * search words later): Unicode compatibility decomposition, case folding
 * and accents stripped (utf8proc), so "CÔTE D’IVOIRE" and "cote d'ivoire"
 * fold alike. The result is in decomposed form (NFKD, case-folded, marks
 * removed): fine for comparing folded text with folded text, which is all
 * it is for; it is never shown. */
#ifndef SUMMIT_FOLD_H
#define SUMMIT_FOLD_H

#include <stddef.h>

/* Folds in[0..len) into out (cap bytes, NUL-terminated): letters and
 * digits folded, every run of anything else one space, no space at either
 * end. Returns the length, or (size_t)-1 when out is too small or the
 * input is not valid UTF-8. */
size_t fold_words(const char *in, size_t len, char *out, size_t cap);

#endif
