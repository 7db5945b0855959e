/* Private: the strict JSON reader (RFC 8259 plus the schema's rules) that
 * builds records straight from the input text. */
#ifndef SUMMIT_JSON_READER_H
#define SUMMIT_JSON_READER_H

#include <stddef.h>

#include "sbuf.h"
#include "summit/collection.h"

/* Reads buf[0..len) in whichever of the four file forms it is and appends
 * its records to c (which must be empty). opts are resolved options (for
 * limits and callbacks). On failure c may hold some records: the caller
 * frees it. */
summit_status json_read_collection(const char *buf, size_t len, summit_collection *c,
                                   const summit_load_options *opts, summit_error *err);

/* Checks that text[0..len) is one JSON object (white space around it
 * allowed) and appends its canonical compact form to out, NUL-terminated.
 * Errors point below "/extra". */
summit_status json_canonical_object(const char *text, size_t len, const summit_load_options *opts,
                                    sbuf *out, summit_error *err);

#endif
