"""libsummit from Python: load, validate, search and write summit records.

A pure-Python package over ctypes (no compile step). The library is found
through the environment variable ``SUMMIT_LIBRARY`` (a path to
``libsummit.so``), else as the installed ``libsummit.so.0``; importing
checks that its major version is the one this package was written for and
raises ImportError otherwise.

>>> import summit
>>> with summit.load("data/digital-nations.json") as coll:
...     rec = coll["dn-2021-london"]
...     hits = coll.search('country:"Republic of Korea" year:2015..2020')
>>> rec.start_date, rec.mode, rec.chair.country
('2021-11-16', 'virtual', 'GB')

Records are converted to plain Python objects (dataclasses) when you get
them; each keeps its collection alive, so a record stays usable after the
last other reference to its collection is gone. ``Collection.close()`` (or
leaving a ``with`` block, or garbage collection) frees the C collection
exactly once; any later operation on it raises ValueError.
"""

from __future__ import annotations

import ctypes
import json
import os
import threading
from dataclasses import dataclass, field
from typing import Any, Callable, Dict, Iterator, List, Optional, Union

from . import _native as _n

__all__ = [
    "Chair",
    "Collection",
    "Document",
    "Hit",
    "Hits",
    "Location",
    "Media",
    "Participant",
    "Record",
    "Source",
    "SummitError",
    "country_code",
    "extract_text",
    "library_version",
    "load",
    "loads",
]

__version__ = "0.1.0"

_lib = _n.lib


def library_version() -> str:
    """The version of the libsummit in use, as "MAJOR.MINOR.PATCH"."""
    return _n.version


# --- errors --------------------------------------------------------------------


class SummitError(Exception):
    """A libsummit call failed.

    Attributes mirror ``summit_error``: ``code`` (a negative summit_status,
    e.g. -2 syntax, -3 schema, -8 query), ``line`` and ``column`` (1-based,
    0 when unknown; the column counts characters), ``offset`` (bytes),
    ``pointer`` (the JSON Pointer of the offending value, "" when none) and
    ``message``.
    """

    code: int
    line: int
    column: int
    offset: int
    pointer: str
    message: str

    def __init__(self, code: int, line: int = 0, column: int = 0, offset: int = 0,
                 pointer: str = "", message: str = "") -> None:
        self.code = code
        self.line = line
        self.column = column
        self.offset = offset
        self.pointer = pointer
        self.message = message
        super().__init__(str(self))

    @property
    def status(self) -> str:
        """The library's short description of ``code`` ("syntax error")."""
        return _lib.summit_status_string(self.code).decode("utf-8", "replace")

    def __str__(self) -> str:
        where = "%d:%d: " % (self.line, self.column) if self.line else ""
        ptr = self.pointer + ": " if self.pointer else ""
        return "%s%s%s" % (where, ptr, self.message or self.status)

    @classmethod
    def _from(cls, status: int, err: _n.summit_error) -> "SummitError":
        return cls(
            int(status),
            int(err.line),
            int(err.column),
            int(err.offset),
            err.pointer.decode("utf-8", "replace"),
            err.message.decode("utf-8", "replace"),
        )


# --- records -------------------------------------------------------------------


@dataclass(frozen=True)
class Location:
    """Where the summit took place."""

    city: Optional[str]
    country: str  # ISO 3166-1 alpha-2


@dataclass(frozen=True)
class Chair:
    """Who chaired it (at least one field is set)."""

    name: Optional[str]
    title: Optional[str]
    country: Optional[str]


@dataclass(frozen=True)
class Participant:
    """A participating country."""

    country: str  # ISO 3166-1 alpha-2
    name: Optional[str]  # as the source wrote it
    role: str  # "member", "chair", "guest" or "observer"


@dataclass(frozen=True)
class Document:
    """A document the summit adopted or published."""

    kind: str  # "joint-statement", "charter", "declaration", "framework", "report", "other"
    title: str
    date: Optional[str]
    url: Optional[str]


@dataclass(frozen=True)
class Media:
    """A photo, video or document file about the summit."""

    kind: str  # "photo", "video", "document"
    file: Optional[str]
    url: Optional[str]
    caption: Optional[str]


@dataclass(frozen=True)
class Source:
    """Where the facts came from."""

    url: str
    title: Optional[str]
    retrieved: Optional[str]


@dataclass(frozen=True)
class Record:
    """One summit, with the schema's member names.

    Dates are strings in the record's own precision ("2021", "2021-11",
    "2021-11-16"); absent optional members are None (lists: empty, extra:
    {}). The record holds a reference to its Collection.
    """

    id: str
    series: str
    group: Optional[str]
    edition: Optional[int]
    title: Optional[str]
    theme: Optional[str]
    start_date: str
    end_date: Optional[str]
    mode: Optional[str]
    location: Optional[Location]
    chair: Optional[Chair]
    participants: List[Participant]
    topics: List[str]
    commitments: List[str]
    documents: List[Document]
    media: List[Media]
    summary: List[str]
    sources: List[Source]
    extra: Dict[str, Any]
    collection: "Collection" = field(repr=False, compare=False)

    def to_json(self, pretty: bool = False) -> str:
        """This record as canonical JSON (with a trailing newline)."""
        return self.collection._record_json(self.id, pretty)


def _s(p: Optional[bytes]) -> Optional[str]:
    return None if p is None else p.decode("utf-8")


def _date(d: _n.summit_date) -> Optional[str]:
    if d.year == 0:
        return None
    if d.month == 0:
        return "%04d" % d.year
    if d.day == 0:
        return "%04d-%02d" % (d.year, d.month)
    return "%04d-%02d-%02d" % (d.year, d.month, d.day)


def _strings(arr: Any, count: int) -> List[str]:
    return [arr[i].decode("utf-8") for i in range(count)]


def _convert(r: _n.summit_record, coll: "Collection") -> Record:
    """Copies everything out of the C record (called while it is valid)."""
    loc = r.location
    location = Location(_s(loc.city), _s(loc.country)) if loc.country is not None else None
    ch = r.chair
    chair = (
        Chair(_s(ch.name), _s(ch.title), _s(ch.country))
        if (ch.name is not None or ch.title is not None or ch.country is not None)
        else None
    )
    participants = []
    for i in range(r.participant_count):
        p = r.participants[i]
        participants.append(Participant(_s(p.country), _s(p.name), _n.ROLES.get(p.role, str(p.role))))
    documents = []
    for i in range(r.document_count):
        d = r.documents[i]
        documents.append(Document(_n.DOCUMENT_KINDS.get(d.kind, str(d.kind)), _s(d.title),
                                  _date(d.date), _s(d.url)))
    media = []
    for i in range(r.media_count):
        m = r.media[i]
        media.append(Media(_n.MEDIA_KINDS.get(m.kind, str(m.kind)), _s(m.file), _s(m.url),
                           _s(m.caption)))
    sources = []
    for i in range(r.source_count):
        s = r.sources[i]
        sources.append(Source(_s(s.url), _s(s.title), _date(s.retrieved)))
    extra = json.loads(r.extra_json.decode("utf-8")) if r.extra_json is not None else {}
    return Record(
        id=_s(r.id),
        series=_s(r.series),
        group=_s(r.group),
        edition=r.edition if r.edition != 0 else None,
        title=_s(r.title),
        theme=_s(r.theme),
        start_date=_date(r.start_date),
        end_date=_date(r.end_date),
        mode=_n.MODES.get(r.mode),
        location=location,
        chair=chair,
        participants=participants,
        topics=_strings(r.topics, r.topic_count),
        commitments=_strings(r.commitments, r.commitment_count),
        documents=documents,
        media=media,
        summary=_strings(r.summary, r.summary_count),
        sources=sources,
        extra=extra,
        collection=coll,
    )


# --- search results --------------------------------------------------------------


@dataclass(frozen=True)
class Hit:
    """One search result: the record and its BM25 score (0.0 for queries
    without scored words)."""

    record: Record
    score: float


class Hits(list):  # list of Hit
    """The hits of a search, best first (a list), plus ``total``: how many
    records matched before the limit."""

    total: int

    def __init__(self, hits: List[Hit], total: int) -> None:
        super().__init__(hits)
        self.total = total


# --- collections -----------------------------------------------------------------


class Collection:
    """A set of validated records with unique ids, in input order.

    Get one from :func:`load` or :func:`loads`. Supports ``len()``,
    iteration, ``coll[id]``, ``id in coll``, :meth:`get`, :meth:`search`
    and :meth:`to_json`, from many threads at once. Use it as a context
    manager or call :meth:`close` to free the C memory early; otherwise it
    is freed when the collection and every record from it are garbage.
    """

    def __init__(self, handle: int) -> None:
        # Use Collection via load()/loads(); `handle` is an owned
        # summit_collection*.
        self._handle: Optional[int] = handle
        self._cond = threading.Condition(threading.Lock())
        self._active = 0  # calls into C in progress on other threads

    # The C collection may be read by many threads at once but freed only
    # when nobody reads it: every call goes through _acquire/_release, and
    # close() waits for the calls in progress.
    def _acquire(self) -> int:
        with self._cond:
            if self._handle is None:
                raise ValueError("operation on a closed summit.Collection")
            self._active += 1
            return self._handle

    def _release(self) -> None:
        with self._cond:
            self._active -= 1
            if self._active == 0:
                self._cond.notify_all()

    def close(self) -> None:
        """Frees the C collection. Idempotent; later operations raise
        ValueError. Records already obtained stay readable (they are
        copies)."""
        cond = getattr(self, "_cond", None)
        if cond is None:  # __init__ did not run
            return
        with cond:
            handle = self._handle
            if handle is None:
                return
            self._handle = None
            while self._active:
                cond.wait()
        _lib.summit_collection_free(handle)

    @property
    def closed(self) -> bool:
        """True once :meth:`close` was called."""
        return self._handle is None

    def __enter__(self) -> "Collection":
        if self._handle is None:
            raise ValueError("operation on a closed summit.Collection")
        return self

    def __exit__(self, *exc: Any) -> None:
        self.close()

    def __del__(self) -> None:
        try:
            self.close()
        except Exception:  # interpreter shutdown: nothing sensible to do
            pass

    def __repr__(self) -> str:
        if self._handle is None:
            return "<summit.Collection (closed)>"
        return "<summit.Collection of %d records>" % len(self)

    def __len__(self) -> int:
        h = self._acquire()
        try:
            return int(_lib.summit_collection_count(h))
        finally:
            self._release()

    def __iter__(self) -> Iterator[Record]:
        i = 0
        while True:
            h = self._acquire()
            try:
                p = _lib.summit_collection_get(h, i)
                if not p:
                    return
                rec = _convert(p.contents, self)
            finally:
                self._release()
            yield rec
            i += 1

    def record(self, index: int) -> Record:
        """The record at ``index`` (input order; negative counts from the
        end). IndexError when out of range."""
        h = self._acquire()
        try:
            n = _lib.summit_collection_count(h)
            if index < 0:
                index += n
            if not 0 <= index < n:
                raise IndexError("summit.Collection index out of range")
            return _convert(_lib.summit_collection_get(h, index).contents, self)
        finally:
            self._release()

    def get(self, id: str, default: Optional[Record] = None) -> Optional[Record]:
        """The record with this id, or ``default``."""
        h = self._acquire()
        try:
            p = _lib.summit_collection_find(h, id.encode("utf-8"))
            return _convert(p.contents, self) if p else default
        finally:
            self._release()

    def __getitem__(self, id: str) -> Record:
        if not isinstance(id, str):
            raise TypeError("summit.Collection keys are record ids (str)")
        rec = self.get(id)
        if rec is None:
            raise KeyError(id)
        return rec

    def __contains__(self, id: object) -> bool:
        return isinstance(id, str) and self.get(id) is not None

    def search(self, query: str, limit: Optional[int] = 10) -> Hits:
        """Runs a query (README, "Searching") and returns at most ``limit``
        hits, best first (``None`` or 0: all). A bad query raises
        SummitError with code -8 and the column of the offending part."""
        if limit is None:
            limit = 0
        if limit < 0:
            raise ValueError("limit must be >= 0")
        q = query.encode("utf-8")
        err = _n.summit_error()
        res = _n.results_p()
        h = self._acquire()
        try:
            st = _lib.summit_search(h, q, limit, ctypes.byref(res), ctypes.byref(err))
            try:
                if st != _n.SUMMIT_OK:
                    raise SummitError._from(st, err)
                hits = []
                for i in range(_lib.summit_results_count(res)):
                    rec = _convert(_lib.summit_results_record(res, i).contents, self)
                    hits.append(Hit(rec, float(_lib.summit_results_score(res, i))))
                return Hits(hits, int(_lib.summit_results_total(res)))
            finally:
                _lib.summit_results_free(res)
        finally:
            self._release()

    def index(self) -> None:
        """Builds the search index now (optional; the first search does)."""
        err = _n.summit_error()
        h = self._acquire()
        try:
            st = _lib.summit_collection_index(h, ctypes.byref(err))
        finally:
            self._release()
        if st != _n.SUMMIT_OK:
            raise SummitError._from(st, err)

    def to_json(self, pretty: bool = False) -> str:
        """The collection as canonical JSON: a collection object
        ``{"schema":"summit-collection/1","records":[...]}`` and a newline."""
        flags = _n.SUMMIT_JSON_PRETTY if pretty else _n.SUMMIT_JSON_COMPACT
        h = self._acquire()
        try:
            return _json_call(_lib.summit_collection_to_json, h, flags)
        finally:
            self._release()

    def _record_json(self, id: str, pretty: bool) -> str:
        flags = _n.SUMMIT_JSON_PRETTY if pretty else _n.SUMMIT_JSON_COMPACT
        h = self._acquire()
        try:
            p = _lib.summit_collection_find(h, id.encode("utf-8"))
            if not p:
                raise KeyError(id)
            return _json_call(_lib.summit_record_to_json, p, flags)
        finally:
            self._release()


def _json_call(fn: Any, obj: Any, flags: int) -> str:
    out = ctypes.c_void_p()
    n = ctypes.c_size_t()
    err = _n.summit_error()
    st = fn(obj, flags, ctypes.byref(out), ctypes.byref(n), ctypes.byref(err))
    try:
        if st != _n.SUMMIT_OK:
            raise SummitError._from(st, err)
        return ctypes.string_at(out.value, n.value).decode("utf-8")
    finally:
        _lib.summit_free(out)  # NULL on failure; summit_free accepts it


# --- loading and helpers ------------------------------------------------------------


def load(path: Union[str, bytes, "os.PathLike[str]"]) -> Collection:
    """Reads and validates a file in any of the schema's four forms (one
    record, an array, a collection object, NDJSON). Raises SummitError
    (code -1 when the file cannot be read)."""
    out = _n.collection_p()
    err = _n.summit_error()
    st = _lib.summit_collection_load_file(os.fsencode(path), None, ctypes.byref(out),
                                          ctypes.byref(err))
    if st != _n.SUMMIT_OK:
        raise SummitError._from(st, err)
    return Collection(out.value)


def loads(text: Union[str, bytes, bytearray, memoryview]) -> Collection:
    """As :func:`load`, from a str (encoded as UTF-8) or bytes."""
    data = text.encode("utf-8") if isinstance(text, str) else bytes(text)
    out = _n.collection_p()
    err = _n.summit_error()
    st = _lib.summit_collection_load_buffer(data, len(data), None, ctypes.byref(out),
                                            ctypes.byref(err))
    if st != _n.SUMMIT_OK:
        raise SummitError._from(st, err)
    return Collection(out.value)


def _parse_date(text: Optional[str], what: str) -> _n.summit_date:
    d = _n.summit_date()
    if text:
        parts = text.split("-")
        if not 1 <= len(parts) <= 3 or not all(p.isdigit() for p in parts):
            raise ValueError(f"{what} must be YYYY, YYYY-MM or YYYY-MM-DD, got {text!r}")
        d.year = int(parts[0])
        d.month = int(parts[1]) if len(parts) > 1 else 0
        d.day = int(parts[2]) if len(parts) > 2 else 0
    return d


def extract_text(
    text: Union[str, bytes],
    source_url: Optional[str] = None,
    source_title: Optional[str] = None,
    reference_date: Optional[str] = None,
    explain: Optional[Callable[[str, str, str, int], None]] = None,
) -> Collection:
    """Extracts summit records from the text of a page (a press release, a
    list page of several summits): one record per summit the text
    describes, each valid against the schema. `source_url` (and
    `source_title`) become every record's source; `reference_date`
    ("2021-11-18") gives the year of dates written without one. `explain`,
    if given, is called for every field set with (pointer, value, evidence,
    line). Raises SummitError (code -9, NOT_FOUND, when the text describes
    no summit with a date)."""
    data = text.encode("utf-8") if isinstance(text, str) else bytes(text)
    opts = _n.summit_extract_options()
    _lib.summit_extract_options_init(ctypes.byref(opts))
    keep = []  # the encoded strings must outlive the call
    if source_url is not None:
        keep.append(source_url.encode("utf-8"))
        opts.source_url = keep[-1]
    if source_title is not None:
        keep.append(source_title.encode("utf-8"))
        opts.source_title = keep[-1]
    opts.reference_date = _parse_date(reference_date, "reference_date")
    raised: List[BaseException] = []
    if explain is not None:
        def on_explain(pointer: bytes, value: bytes, evidence: bytes, line: int, _user: Any) -> None:
            if raised:
                return
            try:  # an exception must not unwind through C
                explain(pointer.decode("utf-8"), value.decode("utf-8"), evidence.decode("utf-8"), line)
            except BaseException as e:  # noqa: B902 - re-raised after the call
                raised.append(e)
        callback = _n.EXPLAIN_FN(on_explain)
        opts.explain_fn = callback
    out = _n.collection_p()
    err = _n.summit_error()
    st = _lib.summit_extract_text(data, len(data), ctypes.byref(opts), ctypes.byref(out),
                                  ctypes.byref(err))
    if st != _n.SUMMIT_OK:
        raise SummitError._from(st, err)
    coll = Collection(out.value)
    if raised:
        coll.close()
        raise raised[0]
    return coll


def country_code(name: str) -> Optional[str]:
    """The ISO 3166-1 alpha-2 code for a code, ISO name or common alias as
    people type it ("Republic of Korea" -> "KR", "UK" -> "GB"), or None."""
    p = _lib.summit_country_code(name.encode("utf-8"))
    return None if p is None else p.decode("ascii")
