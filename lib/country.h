/* Private: the ISO 3166-1 alpha-2 list the schema checks country codes against. */
#ifndef SUMMIT_COUNTRY_LIST_H
#define SUMMIT_COUNTRY_LIST_H

#include <stdbool.h>
#include <stddef.h>

/* True when s[0..len) is an assigned ISO 3166-1 alpha-2 code, in upper case. */
bool country_code_is_valid(const char *s, size_t len);

/* The English short name of a valid code, or NULL. */
const char *country_name(const char *code);

/* For the text extractor: the i-th name a country goes by, ISO short names
 * first, then the common aliases (already folded); false past the end. */
bool country_name_at(size_t i, const char **name, const char **code);

#endif
