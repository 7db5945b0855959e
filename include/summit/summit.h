/** libsummit — load, validate, search and write records of intergovernmental
 * summits (schema "summit record v1").
 *
 * Include this umbrella header; it includes every public module header.
 * All functions and types start with summit_, all macros and constants with
 * SUMMIT_. See README.md for a tour. */
#ifndef SUMMIT_H
#define SUMMIT_H

#include "export.h"
#include "version.h"
#include "error.h"
#include "record.h"
#include "collection.h"
#include "json.h"
#include "country.h"
#include "search.h"
#include "extract.h"

#endif /* SUMMIT_H */
