/** libsummit — version information.
 *
 * The macros give the version of the headers you compiled against; the
 * functions give the version of the library you are running with. A binding
 * compares summit_version_number() against the version it was written for. */
#ifndef SUMMIT_VERSION_H
#define SUMMIT_VERSION_H

#include <stdint.h>

#include "export.h"

#ifdef __cplusplus
extern "C" {
#endif

#define SUMMIT_VERSION_MAJOR 0
#define SUMMIT_VERSION_MINOR 1
#define SUMMIT_VERSION_PATCH 0
#define SUMMIT_VERSION_STRING "0.1.0"
/** (MAJOR << 16) | (MINOR << 8) | PATCH, e.g. 0x000100 for 0.1.0. */
#define SUMMIT_VERSION_NUMBER 0x000100

/** The library's version as "MAJOR.MINOR.PATCH". Static storage; never free.
 * Thread-safe. */
SUMMIT_API const char *summit_version(void);

/** The library's version as (MAJOR << 16) | (MINOR << 8) | PATCH.
 * Thread-safe. */
SUMMIT_API uint32_t summit_version_number(void);

#ifdef __cplusplus
}
#endif

#endif /* SUMMIT_VERSION_H */
