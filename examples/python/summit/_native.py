"""The ctypes layer: finding libsummit, mirroring its structs, declaring its
functions. Private; use the ``summit`` package instead.

Every struct below mirrors ``include/summit/record.h`` and ``error.h`` field
for field (same order, same C types). The layout is part of libsummit's ABI
and changes only with its SOVERSION, which is why the import checks the
library's major version.
"""

from __future__ import annotations

import ctypes
import os
from ctypes import (
    POINTER,
    Structure,
    c_char,
    c_char_p,
    c_double,
    c_int,
    c_int32,
    c_size_t,
    c_uint32,
    c_void_p,
)

#: The library major version (SOVERSION) these declarations were written for.
ABI_MAJOR = 0
#: The file name of the installed library with that major version.
SONAME = "libsummit.so.0"


def _open_library() -> ctypes.CDLL:
    path = os.environ.get("SUMMIT_LIBRARY")
    name = path if path else SONAME
    try:
        return ctypes.CDLL(name)
    except OSError as e:
        where = "SUMMIT_LIBRARY=%r" % path if path else "%s (set SUMMIT_LIBRARY to its path)" % SONAME
        raise ImportError("summit: cannot load libsummit from %s: %s" % (where, e)) from e


lib = _open_library()

# --- structs (record.h, error.h) -------------------------------------------


class summit_error(Structure):
    _fields_ = [
        ("code", c_int32),
        ("line", c_uint32),
        ("column", c_uint32),
        ("offset", c_size_t),
        ("pointer", c_char * 256),
        ("message", c_char * 256),
    ]


class summit_date(Structure):
    _fields_ = [("year", c_int32), ("month", c_int32), ("day", c_int32)]


class summit_place(Structure):
    _fields_ = [("city", c_char_p), ("country", c_char_p)]


class summit_chair(Structure):
    _fields_ = [("name", c_char_p), ("title", c_char_p), ("country", c_char_p)]


class summit_participant(Structure):
    _fields_ = [("country", c_char_p), ("name", c_char_p), ("role", c_int32)]


class summit_document(Structure):
    _fields_ = [
        ("kind", c_int32),
        ("title", c_char_p),
        ("date", summit_date),
        ("url", c_char_p),
    ]


class summit_media(Structure):
    _fields_ = [
        ("kind", c_int32),
        ("file", c_char_p),
        ("url", c_char_p),
        ("caption", c_char_p),
    ]


class summit_source(Structure):
    _fields_ = [("url", c_char_p), ("title", c_char_p), ("retrieved", summit_date)]


class summit_record(Structure):
    _fields_ = [
        ("id", c_char_p),
        ("series", c_char_p),
        ("group", c_char_p),
        ("edition", c_int32),
        ("title", c_char_p),
        ("theme", c_char_p),
        ("start_date", summit_date),
        ("end_date", summit_date),
        ("mode", c_int32),
        ("location", summit_place),
        ("chair", summit_chair),
        ("participants", POINTER(summit_participant)),
        ("participant_count", c_size_t),
        ("topics", POINTER(c_char_p)),
        ("topic_count", c_size_t),
        ("commitments", POINTER(c_char_p)),
        ("commitment_count", c_size_t),
        ("documents", POINTER(summit_document)),
        ("document_count", c_size_t),
        ("media", POINTER(summit_media)),
        ("media_count", c_size_t),
        ("summary", POINTER(c_char_p)),
        ("summary_count", c_size_t),
        ("sources", POINTER(summit_source)),
        ("source_count", c_size_t),
        ("extra_json", c_char_p),
    ]


# include/summit/extract.h (options version 1); `load` is left NULL (defaults).
EXPLAIN_FN = ctypes.CFUNCTYPE(None, c_char_p, c_char_p, c_char_p, c_size_t, c_void_p)


class summit_extract_options(Structure):
    _fields_ = [
        ("version", c_uint32),
        ("flags", c_uint32),
        ("reference_date", summit_date),
        ("source_url", c_char_p),
        ("source_title", c_char_p),
        ("retrieved", summit_date),
        ("max_input_bytes", c_size_t),
        ("explain_fn", EXPLAIN_FN),
        ("explain_user", c_void_p),
        ("load", c_void_p),
    ]


# Opaque handles.
collection_p = c_void_p
results_p = c_void_p
record_p = POINTER(summit_record)
error_p = POINTER(summit_error)

# --- functions ---------------------------------------------------------------


def _declare(name: str, restype, argtypes) -> None:
    fn = getattr(lib, name)
    fn.restype = restype
    fn.argtypes = argtypes


_declare("summit_version", c_char_p, [])
_declare("summit_version_number", c_uint32, [])
_declare("summit_status_string", c_char_p, [c_int])
_declare(
    "summit_collection_load_file",
    c_int,
    [c_char_p, c_void_p, POINTER(collection_p), error_p],
)
_declare(
    "summit_collection_load_buffer",
    c_int,
    [c_char_p, c_size_t, c_void_p, POINTER(collection_p), error_p],
)
_declare("summit_collection_free", None, [collection_p])
_declare("summit_collection_count", c_size_t, [collection_p])
_declare("summit_collection_get", record_p, [collection_p, c_size_t])
_declare("summit_collection_find", record_p, [collection_p, c_char_p])
_declare(
    "summit_collection_to_json",
    c_int,
    [collection_p, c_uint32, POINTER(c_void_p), POINTER(c_size_t), error_p],
)
_declare(
    "summit_record_to_json",
    c_int,
    [record_p, c_uint32, POINTER(c_void_p), POINTER(c_size_t), error_p],
)
_declare("summit_free", None, [c_void_p])
_declare("summit_collection_index", c_int, [collection_p, error_p])
_declare(
    "summit_search",
    c_int,
    [collection_p, c_char_p, c_size_t, POINTER(results_p), error_p],
)
_declare("summit_results_count", c_size_t, [results_p])
_declare("summit_results_total", c_size_t, [results_p])
_declare("summit_results_record", record_p, [results_p, c_size_t])
_declare("summit_results_score", c_double, [results_p, c_size_t])
_declare("summit_results_free", None, [results_p])
_declare("summit_country_code", c_char_p, [c_char_p])
_declare("summit_extract_options_init", None, [POINTER(summit_extract_options)])
_declare(
    "summit_extract_text",
    c_int,
    [c_char_p, c_size_t, POINTER(summit_extract_options), POINTER(collection_p), error_p],
)

# --- constants (error.h, json.h, record.h) ------------------------------------

SUMMIT_OK = 0
SUMMIT_JSON_COMPACT = 0
SUMMIT_JSON_PRETTY = 1

MODES = {1: "in-person", 2: "virtual", 3: "hybrid"}
ROLES = {0: "member", 1: "chair", 2: "guest", 3: "observer"}
DOCUMENT_KINDS = {
    1: "joint-statement",
    2: "charter",
    3: "declaration",
    4: "framework",
    5: "report",
    6: "other",
}
MEDIA_KINDS = {1: "photo", 2: "video", 3: "document"}

# --- version check -----------------------------------------------------------

version_number: int = lib.summit_version_number()
if version_number >> 16 != ABI_MAJOR:
    raise ImportError(
        "summit: libsummit %s (major %d) is not supported; this package needs major %d"
        % (lib.summit_version().decode("ascii", "replace"), version_number >> 16, ABI_MAJOR)
    )
version: str = lib.summit_version().decode("ascii")
