/** libsummit — country names for user input.
 *
 * Records hold ISO 3166-1 alpha-2 codes only; tools that take input from
 * people (queries, extractors) use this to turn what was typed into a code. */
#ifndef SUMMIT_COUNTRY_H
#define SUMMIT_COUNTRY_H

#include "export.h"

#ifdef __cplusplus
extern "C" {
#endif

/** The ISO 3166-1 alpha-2 code (static storage, upper case) for a code in
 * any case ("gb"), an ISO short name ("United Kingdom", "Korea, Republic
 * of"), that name turned round at its comma ("Republic of Korea"), or a
 * common alias ("UK", "South Korea", "Korea", "USA", "Turkey"). Matching
 * ignores case, accents, punctuation and a leading "the" ("Côte d'Ivoire",
 * "cote d ivoire"). NULL when nothing matches (also for NULL, "", "EU" and
 * user-assigned codes such as "XK"). Thread-safe. */
SUMMIT_API const char *summit_country_code(const char *name_or_code);

#ifdef __cplusplus
}
#endif

#endif /* SUMMIT_COUNTRY_H */
