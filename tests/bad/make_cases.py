#!/usr/bin/env python3
"""Writes tests/bad/cases/: one input file per defect (issue 5).

Each file breaks exactly one rule of the summit record v1 or of strict JSON
and UTF-8; tests/bad/EXPECTED pins the exact status, line, column, JSON
Pointer and message the loader must give for it (tests/unit/test_bad_inputs.c).
Run this after changing a case; the files are checked in, so the test never
depends on Python. Cases are written from one valid record, pretty-printed
over several lines so that line numbers mean something."""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "cases")

BASE = {
    "id": "dn-2021-london",
    "series": "Digital Nations Ministerial Summit",
    "group": "Digital Nations",
    "edition": 8,
    "title": "Digital Nations Annual Summit comes to a close",
    "start_date": "2021-11-18",
    "mode": "virtual",
    "location": {"city": "London", "country": "GB"},
    "chair": {"country": "GB"},
    "participants": [{"country": "GB", "role": "chair"}, {"country": "CA", "name": "Canada"}],
    "topics": ["digital identity"],
    "documents": [{"kind": "joint-statement", "title": "Joint statement"}],
    "media": [{"kind": "photo", "file": "family-photo.jpg"}],
    "sources": [{"url": "https://example.org/summit", "retrieved": "2026-11-27"}],
}


def record(**changes):
    """BASE with members replaced; a value of None removes the member."""
    r = json.loads(json.dumps(BASE))
    for k, v in changes.items():
        k = k.rstrip("_")
        if v is None:
            r.pop(k, None)
        else:
            r[k] = v
    return r


def pretty(value):
    return (json.dumps(value, indent=2, ensure_ascii=False) + "\n").encode()


def with_raw(member, raw):
    """BASE with `member`'s value replaced by raw JSON text (bytes)."""
    marker = "@@RAW@@"
    text = pretty(record(**{member: marker}))
    return text.replace(json.dumps(marker).encode(), raw)


CASES = {}


def case(name, data):
    assert name not in CASES, name
    CASES[name] = data if isinstance(data, bytes) else pretty(data)


# ---- schema rules: the record ----------------------------------------------
case("schema-id-missing", record(id=None))
case("schema-id-empty", record(id=""))
case("schema-id-upper-case", record(id="DN-2021-London"))
case("schema-id-starts-with-dash", record(id="-dn-2021"))
case("schema-id-65-chars", record(id="a" * 65))
case("schema-id-not-a-string", record(id=2021))
case("schema-series-missing", record(series=None))
case("schema-series-empty", record(series=""))
case("schema-series-not-a-string", record(series=["Digital Nations"]))
case("schema-group-not-a-string", record(group=5))
case("schema-edition-zero", record(edition=0))
case("schema-edition-negative", record(edition=-8))
case("schema-edition-fraction", record(edition=8.5))
case("schema-edition-string", record(edition="8"))
case("schema-edition-too-large", record(edition=10**12))
case("schema-title-empty", record(title=""))
case("schema-theme-not-a-string", record(theme={"en": "Open societies"}))
case("schema-unknown-member", record(venue="Lancaster House"))
case("schema-member-twice", with_raw("series", b'"Digital Nations Ministerial Summit",\n  "series": "D9"'))
case("schema-extra-not-an-object", record(extra=["x"]))
case("schema-string-over-64-kib", record(title="x" * 65537))

# ---- dates -------------------------------------------------------------
case("date-start-missing", record(start_date=None))
case("date-slashes", record(start_date="2021/11/18"))
case("date-day-month-year", record(start_date="18-11-2021"))
case("date-february-30", record(start_date="2021-02-30"))
case("date-february-29-common-year", record(start_date="2021-02-29"))
case("date-month-13", record(start_date="2021-13"))
case("date-day-00", record(start_date="2021-11-00"))
case("date-month-00", record(start_date="2021-00"))
case("date-year-1899", record(start_date="1899"))
case("date-year-3000", record(start_date="3000-01-01"))
case("date-with-time", record(start_date="2021-11-18T09:00:00Z"))
case("date-not-a-string", record(start_date=20211118))
case("date-end-before-start", record(end_date="2021-11-17"))
case("date-end-month-before-start", record(end_date="2021-10"))

# ---- values: mode, countries, roles, kinds, URLs ---------------------------
case("mode-unknown", record(mode="online"))
case("mode-upper-case", record(mode="Virtual"))
case("location-not-an-object", record(location="London"))
case("location-country-missing", record(location={"city": "London"}))
case("location-country-uk", record(location={"city": "London", "country": "UK"}))
case("location-country-lower-case", record(location={"city": "London", "country": "gb"}))
case("location-country-name", record(location={"country": "United Kingdom"}))
case("location-unknown-member", record(location={"country": "GB", "venue": "Whitehall"}))
case("chair-empty-object", record(chair={}))
case("chair-country-unknown", record(chair={"country": "XX"}))
case("participants-not-an-array", record(participants={"country": "GB"}))
case("participant-not-an-object", record(participants=[{"country": "GB"}, "CA"]))
case("participant-country-missing", record(participants=[{"country": "GB"}, {"name": "Canada"}]))
case("participant-country-twice", record(participants=[{"country": "GB"}, {"country": "CA"}, {"country": "GB"}]))
case("participant-role-unknown", record(participants=[{"country": "GB", "role": "host"}]))
case("participant-unknown-member", record(participants=[{"country": "GB", "minister": "X"}]))
case("topics-not-an-array", record(topics="digital identity"))
case("topic-not-a-string", record(topics=["digital identity", 5]))
case("topic-empty", record(topics=["digital identity", ""]))
case("document-kind-missing", record(documents=[{"title": "Joint statement"}]))
case("document-kind-unknown", record(documents=[{"kind": "statement", "title": "Joint statement"}]))
case("document-title-missing", record(documents=[{"kind": "charter"}]))
case("document-url-ftp", record(documents=[{"kind": "charter", "title": "C", "url": "ftp://example.org/c"}]))
case("document-date-bad", record(documents=[{"kind": "charter", "title": "C", "date": "2021-11-31"}]))
case("media-kind-missing", record(media=[{"file": "photo.jpg"}]))
case("media-kind-unknown", record(media=[{"kind": "image", "file": "photo.jpg"}]))
case("media-neither-file-nor-url", record(media=[{"kind": "photo", "caption": "Family photo"}]))
case("media-url-relative", record(media=[{"kind": "video", "url": "/videos/summit.mp4"}]))
case("source-url-missing", record(sources=[{"title": "Press release"}]))
case("source-url-not-http", record(sources=[{"url": "example.org/summit"}]))
case("source-retrieved-bad", record(sources=[{"url": "https://example.org", "retrieved": "yesterday"}]))

# ---- strings: escapes and UTF-8 ---------------------------------------------
case("string-escaped-nul", with_raw("title", b'"Summit\\u0000"'))
case("string-lone-high-surrogate", with_raw("title", b'"Summit \\ud83c"'))
case("string-lone-low-surrogate", with_raw("title", b'"Summit \\udf0d"'))
# Found by fuzzing: the second half of a pair was read without its backslash.
case("string-surrogate-pair-missing-backslash", with_raw("title", b'"Summit \\ud83dXude39"'))
case("string-bad-escape", with_raw("title", b'"Summit \\x41"'))
case("string-short-unicode-escape", with_raw("title", b'"Summit \\u12"'))
case("string-raw-tab", with_raw("title", b'"Summit\tLondon"'))
case("string-raw-newline", with_raw("title", b'"Summit\nLondon"'))
case("string-single-quotes", with_raw("title", b"'Summit'"))
case("string-unterminated", pretty(record())[:pretty(record()).rindex(b"2026-11-27") + 4])
case("utf8-stray-continuation-byte", with_raw("title", b'"Summit \x80"'))
case("utf8-overlong-slash", with_raw("title", b'"Summit \xc0\xaf"'))
case("utf8-overlong-three-bytes", with_raw("title", b'"Summit \xe0\x80\xaf"'))
case("utf8-encoded-surrogate", with_raw("title", b'"Summit \xed\xa0\x80"'))
case("utf8-above-u10ffff", with_raw("title", b'"Summit \xf4\x90\x80\x80"'))
case("utf8-truncated-sequence", with_raw("title", b'"Summit \xe2\x82"'))
case("utf8-five-byte-lead", with_raw("title", b'"Summit \xf8\x88\x80\x80\x80"'))
case("utf8-byte-ff", with_raw("title", b'"Summit \xff"'))
case("utf8-latin1-text", with_raw("title", "\"Cimeira em Lisboa, Portugal \u00e9\"".encode("latin-1")))
case("utf8-invalid-outside-strings", pretty(record()).replace(b"{", b"{\xc3", 1))

# ---- encodings and byte order marks --------------------------------------------
case("bom-utf8-then-schema-error",
     b"\xef\xbb\xbf" + json.dumps(record(mode="online"), separators=(",", ":")).encode() + b"\n")
case("bom-utf8-twice", b"\xef\xbb\xbf\xef\xbb\xbf" + pretty(record()))
case("bom-utf16-le", b"\xff\xfe" + pretty(record()).decode().encode("utf-16-le"))
case("bom-utf16-be", b"\xfe\xff" + pretty(record()).decode().encode("utf-16-be"))
case("utf16-le-without-bom", pretty(record()).decode().encode("utf-16-le"))
case("utf16-be-without-bom", pretty(record()).decode().encode("utf-16-be"))
case("bom-utf32-le", b"\xff\xfe\x00\x00" + pretty(record()).decode().encode("utf-32-le"))

# ---- JSON pitfalls ------------------------------------------------------------
case("json-empty-file", b"")
case("json-only-white-space", b" \n\t\n")
case("json-trailing-comma-object", pretty(record())[:-3] + b",\n}\n")
case("json-trailing-comma-array", with_raw("topics", b'["digital identity",]'))
case("json-missing-comma", with_raw("topics", b'["a" "b"]'))
case("json-missing-colon", with_raw("title", b'"Summit",\n  "theme" "Open"'))
case("json-unquoted-key", pretty(record()).replace(b'"mode"', b"mode", 1))
case("json-single-quoted-key", pretty(record()).replace(b'"mode"', b"'mode'", 1))
case("json-line-comment", pretty(record()).replace(b'  "mode"', b'  // how\n  "mode"', 1))
case("json-block-comment", pretty(record()).replace(b'  "mode"', b'  /* how */ "mode"', 1))
case("json-number-leading-zero", with_raw("edition", b"08"))
case("json-number-plus", with_raw("edition", b"+8"))
case("json-number-hex", with_raw("edition", b"0x8"))
case("json-number-dot-first", with_raw("edition", b".8"))
case("json-number-dot-last", with_raw("edition", b"8."))
case("json-number-nan", with_raw("edition", b"NaN"))
case("json-number-infinity", with_raw("edition", b"Infinity"))
case("json-number-exponent-empty", with_raw("edition", b"8e"))
case("json-literal-capitalised", with_raw("title", b"True"))
case("json-literal-truncated", with_raw("title", b"nul"))
case("json-unclosed-object", pretty(record())[:-2] + b"\n")
case("json-unclosed-array", with_raw("topics", b'["a"\n}'))
case("json-mismatched-brackets", with_raw("topics", b'["a"}'))
case("json-data-after-value", pretty(record()) + b"{}\n")
case("json-nul-byte", pretty(record()).replace(b'"mode"', b'\x00"mode"', 1))
case("json-nesting-past-max-depth", record(extra={"x": json.loads("[" * 63 + "]" * 63)}))
case("json-duplicate-key-in-extra", with_raw("extra", b'{"a": 1, "a": 2}'))

# ---- limits (defaults) ---------------------------------------------------------
case("limit-4097-topics", record(topics=["t%d" % i for i in range(4097)]))

# ---- file forms ---------------------------------------------------------------
case("form-top-level-number", b"2021\n")
case("form-top-level-string", b'"dn-2021-london"\n')
case("form-array-of-numbers", b"[1, 2]\n")
case("form-collection-wrong-schema", {"schema": "summit-collection/2", "records": [record()]})
case("form-collection-records-not-array", {"schema": "summit-collection/1", "records": record()})
case("form-collection-records-missing", {"schema": "summit-collection/1"})
case("form-collection-unknown-member", {"schema": "summit-collection/1", "records": [], "count": 0})
case("form-duplicate-id", pretty([record(), record(title="Again")]))
case("form-ndjson-bad-third-line",
     b"\n".join(json.dumps(r, separators=(",", ":")).encode()
                for r in [record(id="a"), record(id="b"), record(id="c", mode="online")]) + b"\n")
case("form-ndjson-duplicate-id",
     b"\n".join(json.dumps(r, separators=(",", ":")).encode()
                for r in [record(id="a"), record(id="b"), record(id="a")]) + b"\n")
case("form-ndjson-record-over-two-lines",
     json.dumps(record(id="a"), separators=(",", ":")).encode() + b"\n"
     + json.dumps(record(id="b"), separators=(",", ":")).encode().replace(b',"series"', b',\n"series"') + b"\n")


def main():
    os.makedirs(OUT, exist_ok=True)
    for old in os.listdir(OUT):
        os.remove(os.path.join(OUT, old))
    for name, data in sorted(CASES.items()):
        with open(os.path.join(OUT, name + ".json"), "wb") as f:
            f.write(data)
    # The valid record every case starts from, for the truncation test.
    with open(os.path.join(HERE, "valid-record.json"), "wb") as f:
        f.write(pretty(record()))
    print(f"{len(CASES)} cases written to {OUT}", file=sys.stderr)


if __name__ == "__main__":
    main()
