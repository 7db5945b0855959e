/* Private: the schema's enumerated values, name <-> constant. */
#ifndef SUMMIT_VOCAB_H
#define SUMMIT_VOCAB_H

#include <stddef.h>
#include <stdint.h>

/* Each table maps a constant (the index) to its JSON name; NULL marks a
 * constant with no name (0 for kinds, which are required). */
typedef struct vocab {
    const char *const *names;
    int32_t count;
    const char *expected; /* for messages: "\"in-person\", \"virtual\" or \"hybrid\"" */
} vocab;

extern const vocab vocab_mode;
extern const vocab vocab_role;
extern const vocab vocab_document_kind;
extern const vocab vocab_media_kind;

/* The constant named s[0..len), or -1. */
int32_t vocab_lookup(const vocab *v, const char *s, size_t len);
/* The name of constant `value`, or NULL when it has none. */
const char *vocab_name(const vocab *v, int32_t value);

#endif
