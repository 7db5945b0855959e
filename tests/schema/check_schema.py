#!/usr/bin/python3
"""Check summit record files against data/summit-record.schema.json.

usage:
  check_schema.py SCHEMA FILE...
      Validate each FILE (one record, an array of records, a collection
      object, or NDJSON with one record a line) with JSON Schema 2020-12.
      Prints "FILE: ok" or every error with its location; exit 1 on any
      failure, 2 on a usage error or a broken schema.
  check_schema.py --self-test SCHEMA [DATASET]
      Feed documents that must be accepted and deliberately invalid ones
      that must be refused (bad country "UK", date "2021-13", an unknown
      member, an empty string, ...); exit 1 if the schema or this checker
      gets any of them wrong.
  check_schema.py --saved-outputs SUMMIT OUTDIR SCHEMA DATASET
      Convert DATASET with the summit CLI to compact JSON, pretty JSON and
      NDJSON in OUTDIR, then validate all three.
  check_schema.py --canonical SUMMIT DATASET
      `SUMMIT convert DATASET --pretty` must print DATASET byte for byte.

Needs Debian's python3-jsonschema (run with /usr/bin/python3).
"""
import copy
import json
import os
import re
import subprocess
import sys
import tempfile

import jsonschema
from jsonschema import Draft202012Validator, validators
from jsonschema.exceptions import ValidationError


# ECMA-262 WhiteSpace and LineTerminator: what \s means in a JSON Schema
# pattern. Python's \s differs (it has U+001C-U+001F and U+0085, lacks U+FEFF).
_ECMA_SPACE = "\\t\\n\\v\\f\\r \\u00a0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000\\ufeff"


def ecma_to_python(pattern):
    """Rewrites a JSON Schema (ECMA-262) pattern for Python's re: \\s and \\S
    get ECMA's white space, and '$' (outside a class) becomes \\Z, the end of
    the string (Python's '$' also matches before a final newline, so
    "dn-2021\\n" would match ^[a-z0-9-]+$)."""
    out, i, in_class = [], 0, False
    while i < len(pattern):
        c = pattern[i]
        if c == "\\" and i + 1 < len(pattern):
            nxt = pattern[i + 1]
            if nxt == "s":
                out.append(_ECMA_SPACE if in_class else "[" + _ECMA_SPACE + "]")
            elif nxt == "S" and not in_class:
                out.append("[^" + _ECMA_SPACE + "]")
            elif nxt == "S":
                raise ValueError(f"pattern {pattern!r}: \\S inside a class is not supported")
            else:
                out.append(pattern[i:i + 2])
            i += 2
            continue
        if c == "[" and not in_class:
            in_class = True
        elif c == "]" and in_class:
            in_class = False
        elif c == "$" and not in_class:
            c = r"\Z"
        out.append(c)
        i += 1
    return "".join(out)


def _ecma_pattern(validator, pattern, instance, schema):
    """'pattern' with ECMA-262 semantics, as JSON Schema specifies."""
    if not validator.is_type(instance, "string"):
        return
    if not re.search(ecma_to_python(pattern), instance):
        yield ValidationError(f"{instance!r} does not match {pattern!r}")


Validator = validators.extend(Draft202012Validator, {"pattern": _ecma_pattern})


class InputError(Exception):
    """The file is not JSON the schema can be applied to."""


def _refuse_constant(name):
    raise ValueError(f"{name} is not JSON")


def _no_duplicates(pairs):
    obj = {}
    for key, value in pairs:
        if key in obj:
            raise ValueError(f"duplicate member {key!r}")
        obj[key] = value
    return obj


def parse_json(text):
    """json.loads, but refusing what RFC 8259 parsers disagree on and the
    library refuses: duplicate member names and NaN/Infinity."""
    return json.loads(text, object_pairs_hook=_no_duplicates,
                      parse_constant=_refuse_constant)


def load_documents(path):
    """Returns [(label, document, is_ndjson_line)] for a file."""
    with open(path, "rb") as f:
        raw = f.read()
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as e:
        raise InputError(f"not UTF-8 (byte {e.start})") from None
    if text.startswith("\ufeff"):
        print(f"{path}: warning: UTF-8 byte order mark skipped", file=sys.stderr)
        text = text[1:]
    try:
        return [(path, parse_json(text), False)]
    except json.JSONDecodeError as e:
        if not e.msg.startswith("Extra data") or not text.lstrip().startswith("{"):
            raise InputError(f"{e.lineno}:{e.colno}: {e.msg}") from None
    except ValueError as e:
        raise InputError(str(e)) from None
    # NDJSON: one record a line, blank lines allowed.
    docs = []
    for lineno, line in enumerate(text.split("\n"), 1):
        if not line.strip():
            continue
        label = f"{path}:{lineno}"
        try:
            docs.append((label, parse_json(line), True))
        except json.JSONDecodeError as e:
            raise InputError(f"line {lineno}:{e.colno}: {e.msg}") from None
        except ValueError as e:
            raise InputError(f"line {lineno}: {e}") from None
    return docs


def pointer(path):
    """A JSON Pointer (RFC 6901) for a jsonschema error path."""
    if not path:
        return "/"
    return "".join("/" + str(p).replace("~", "~0").replace("/", "~1") for p in path)


def message(error):
    if error.validator == "anyOf" and error.context and \
            all(e.validator == "required" for e in error.context):
        names = [n for e in error.context for n in e.validator_value]
        return "needs at least one of " + ", ".join(repr(n) for n in names)
    if error.validator == "enum" and len(error.validator_value) > 8:
        return f"{error.instance!r} is not one of the {len(error.validator_value)} allowed values"
    return error.message


def leaf_errors(error):
    """For anyOf/oneOf, the errors of the branch that came closest (the one
    whose errors reach deepest into the instance, then the fewest), so that
    a bad country in a collection is reported at /records/3/participants/0/
    country rather than as 'not valid under any of the given schemas'."""
    if error.validator not in ("anyOf", "oneOf") or not error.context:
        return [error]
    branches = {}
    for sub in error.context:
        branches.setdefault(sub.schema_path[0], []).append(sub)
    depth = len(error.absolute_path)

    def score(errs):
        deepest = max(len(e.absolute_path) for e in errs)
        type_miss = any(e.validator == "type" and len(e.absolute_path) == depth for e in errs)
        return (-deepest, type_miss, len(errs))

    ranked = sorted(branches.values(), key=score)
    best = ranked[0]
    if max(len(e.absolute_path) for e in best) == depth and len(ranked) > 1 \
            and score(ranked[1])[:2] == score(best)[:2] and error.absolute_path:
        return [error]  # no branch is clearly closer (e.g. media without file or url)
    out = []
    for sub in sorted(best, key=lambda e: list(map(str, e.absolute_path))):
        out.extend(leaf_errors(sub))
    return out


class Checker:
    def __init__(self, schema):
        Draft202012Validator.check_schema(schema)
        self.validator = Validator(schema)
        # The same document with the record as its root, for NDJSON lines:
        # every $ref stays inside it, so no resolver is needed.
        line_schema = copy.deepcopy(schema)
        del line_schema["anyOf"]
        line_schema["$ref"] = "#/$defs/record"
        Draft202012Validator.check_schema(line_schema)
        self.line_validator = Validator(line_schema)

    def errors(self, document, is_line=False):
        v = self.line_validator if is_line else self.validator
        found = []
        for error in sorted(v.iter_errors(document), key=lambda e: list(map(str, e.absolute_path))):
            for leaf in leaf_errors(error):
                found.append(f"{pointer(leaf.absolute_path)}: {message(leaf)}")
        return found

    def check_file(self, path, out=sys.stdout):
        """Prints the verdict on one file; returns True when valid."""
        try:
            docs = load_documents(path)
        except OSError as e:
            print(f"{path}: {e.strerror}", file=out)
            return False
        except InputError as e:
            print(f"{path}: invalid JSON: {e}", file=out)
            return False
        ok = True
        for label, doc, is_line in docs:
            for err in self.errors(doc, is_line):
                print(f"{label}: {err}", file=out)
                ok = False
        if ok:
            form = f"ndjson, {len(docs)} lines" if docs and docs[0][2] else None
            print(f"{path}: ok" + (f" ({form})" if form else ""), file=out)
        return ok


def load_schema(path):
    with open(path, encoding="utf-8") as f:
        return parse_json(f.read())


def check_files(schema_path, paths, out=sys.stdout):
    try:
        checker = Checker(load_schema(schema_path))
    except (OSError, ValueError, jsonschema.SchemaError) as e:
        print(f"{schema_path}: not a usable JSON Schema 2020-12: {e}", file=sys.stderr)
        return 2
    results = [checker.check_file(p, out) for p in paths]
    return 0 if all(results) else 1


# --- self-test ----------------------------------------------------------------

def _minimal():
    return {"id": "dn-2021-london", "series": "Digital Nations Ministerial Summit",
            "start_date": "2021-11-18"}


def _full():
    return {
        "id": "x-1", "series": "S", "group": "G", "edition": 2147483647, "title": "T",
        "theme": "Th", "start_date": "1900", "end_date": "2999-12-31", "mode": "hybrid",
        "location": {"city": "C", "country": "GB"},
        "chair": {"name": "N", "title": "T", "country": "KR"},
        "participants": [{"country": "GB", "name": "United Kingdom", "role": "chair"},
                         {"country": "US", "role": "observer"}, {"country": "UY"}],
        "topics": ["a"], "commitments": ["b"],
        "documents": [{"kind": "joint-statement", "title": "J", "date": "2021-11",
                       "url": "https://example.org/a?b#c"}],
        "media": [{"kind": "photo", "file": "f.jpg", "caption": "c"},
                  {"kind": "video", "url": "HTTP://example.org"}],
        "summary": ["p"],
        "sources": [{"url": "http://example.org/x", "title": "t", "retrieved": "2024-02-29"}],
        "extra": {"anything": [None, 1.5, {"": ""}], "inferred": []},
    }


def _with(path, value):
    """A copy of the full record with the member at path set (or, with
    value DELETE, removed)."""
    doc = _full()
    target = doc
    for key in path[:-1]:
        target = target[key]
    if value is DELETE:
        del target[path[-1]]
    else:
        target[path[-1]] = value
    return doc


DELETE = object()


def self_test(schema_path, dataset=None):
    checker = Checker(load_schema(schema_path))
    failures = []

    def expect(name, doc, valid, is_line=False, where=None):
        errs = checker.errors(doc, is_line)
        if valid and errs:
            failures.append(f"{name}: should be accepted, got {errs}")
        elif not valid and not errs:
            failures.append(f"{name}: should be refused, was accepted")
        elif not valid and where is not None and not any(e.startswith(where + ":") for e in errs):
            failures.append(f"{name}: refused, but not at {where}: {errs}")

    coll = lambda *recs: {"schema": "summit-collection/1", "records": list(recs)}

    # Must be accepted.
    expect("minimal record", _minimal(), True)
    expect("full record", _full(), True)
    expect("array of records", [_minimal(), _full()], True)
    expect("empty array", [], True)
    expect("collection", coll(_minimal(), _full()), True)
    expect("NDJSON line", _full(), True, is_line=True)
    for c in ("GB", "KR", "UY", "AX", "ZW"):
        expect(f"country {c}", _with(["location", "country"], c), True)
    for d in ("2021", "2021-11", "2021-11-18", "1900-01-01", "2999-12-31"):
        expect(f"date {d}", _with(["start_date"], d), True)
    expect("64-char id", _with(["id"], "a" * 64), True)
    expect("65536-char string", _with(["title"], "é" * 65536), True)
    expect("chair with only a country", _with(["chair"], {"country": "EE"}), True)
    expect("anything under extra", _with(["extra"], {"x": {"y": [1, "", None, True]}}), True)

    # Must be refused, at the right place.
    bad = [
        ("country 'UK'", _with(["location", "country"], "UK"), "/location/country"),
        ("participant country 'UK'", _with(["participants", 1, "country"], "UK"), "/participants/1/country"),
        ("lower-case country", _with(["chair", "country"], "gb"), "/chair/country"),
        ("date 2021-13", _with(["start_date"], "2021-13"), "/start_date"),
        ("date 2021-11-32", _with(["end_date"], "2021-11-32"), "/end_date"),
        ("date 1899", _with(["start_date"], "1899"), "/start_date"),
        ("date 3000", _with(["start_date"], "3000"), "/start_date"),
        ("date 18/11/2021", _with(["start_date"], "18/11/2021"), "/start_date"),
        ("date 2021-1-5", _with(["start_date"], "2021-1-5"), "/start_date"),
        ("document date 2021-00", _with(["documents", 0, "date"], "2021-00"), "/documents/0/date"),
        ("unknown member", _with(["venue"], "Westin"), "/"),
        ("unknown member in location", _with(["location", "venue"], "x"), "/location"),
        ("unknown member in participant", _with(["participants", 0, "title"], "x"), "/participants/0"),
        ("empty series", _with(["series"], ""), "/series"),
        ("empty topic", _with(["topics"], ["ok", ""]), "/topics/1"),
        ("empty caption", _with(["media", 0, "caption"], ""), "/media/0/caption"),
        ("empty source title", _with(["sources", 0, "title"], ""), "/sources/0/title"),
        ("string over 65536 chars", _with(["theme"], "x" * 65537), "/theme"),
        ("missing id", _with(["id"], DELETE), "/"),
        ("missing series", _with(["series"], DELETE), "/"),
        ("missing start_date", _with(["start_date"], DELETE), "/"),
        ("upper-case id", _with(["id"], "DN-2021"), "/id"),
        ("id starting with '-'", _with(["id"], "-dn"), "/id"),
        ("65-char id", _with(["id"], "a" * 65), "/id"),
        ("id with a space", _with(["id"], "dn 2021"), "/id"),
        ("id with a trailing newline", _with(["id"], "dn-2021\n"), "/id"),
        ("date with a trailing newline", _with(["start_date"], "2021\n"), "/start_date"),
        ("url with a trailing newline", _with(["sources", 0, "url"], "https://example.org\n"), "/sources/0/url"),
        ("edition 0", _with(["edition"], 0), "/edition"),
        ("edition 2^31", _with(["edition"], 2147483648), "/edition"),
        ("edition '8'", _with(["edition"], "8"), "/edition"),
        ("edition 8.5", _with(["edition"], 8.5), "/edition"),
        ("mode 'online'", _with(["mode"], "online"), "/mode"),
        ("role 'host'", _with(["participants", 0, "role"], "host"), "/participants/0/role"),
        ("participant without country", _with(["participants", 2], {"name": "Uruguay"}), "/participants/2"),
        ("location without country", _with(["location"], {"city": "London"}), "/location"),
        ("empty chair", _with(["chair"], {}), "/chair"),
        ("document kind 'treaty'", _with(["documents", 0, "kind"], "treaty"), "/documents/0/kind"),
        ("document without title", _with(["documents", 0, "title"], DELETE), "/documents/0"),
        ("media without file or url", _with(["media", 0, "file"], DELETE), "/media/0"),
        ("media kind 'audio'", _with(["media", 1, "kind"], "audio"), "/media/1/kind"),
        ("source without url", _with(["sources", 0, "url"], DELETE), "/sources/0"),
        ("ftp url", _with(["sources", 0, "url"], "ftp://example.org/"), "/sources/0/url"),
        ("url without host", _with(["documents", 0, "url"], "https:///x"), "/documents/0/url"),
        ("url with a space", _with(["media", 1, "url"], "https://example.org/a b"), "/media/1/url"),
        ("url with a no-break space", _with(["media", 1, "url"], "https://example.org/a\u00a0b"), "/media/1/url"),
        ("url with U+FEFF", _with(["media", 1, "url"], "https://exa\ufeffmple.org/"), "/media/1/url"),
        ("topics not an array", _with(["topics"], "ai"), "/topics"),
        ("topic not a string", _with(["topics"], [1]), "/topics/0"),
        ("extra not an object", _with(["extra"], ["x"]), "/extra"),
        ("null group", _with(["group"], None), "/group"),
    ]
    for name, doc, where in bad:
        expect(name, doc, False, where=where)
        expect(name + " (in a collection)", coll(_minimal(), doc), False,
               where="/records/1" + (where if where != "/" else ""))
        expect(name + " (NDJSON line)", doc, False, is_line=True, where=where)
    expect("wrong collection schema", {"schema": "summit-collection/2", "records": []}, False)
    expect("collection with an extra member", dict(coll(_minimal()), name="x"), False)
    expect("collection without records", {"schema": "summit-collection/1"}, False)
    expect("a bare string", "dn-2021-london", False)
    expect("an array with a non-record", [_minimal(), 3], False)
    expect("a collection as an NDJSON line", coll(_minimal()), False, is_line=True)

    # The file-level checker: exit status and NDJSON detection.
    with tempfile.TemporaryDirectory() as tmp:
        def write(name, text):
            p = os.path.join(tmp, name)
            with open(p, "w", encoding="utf-8") as f:
                f.write(text)
            return p

        line = lambda d: json.dumps(d, ensure_ascii=False)
        files = [
            ("good.ndjson", "\n" + line(_minimal()) + "\n\n" + line(_full()) + "\n", True),
            ("good.json", json.dumps(coll(_full()), indent=2), True),
            ("bad-line.ndjson", line(_minimal()) + "\n" + line(_with(["mode"], "online")) + "\n", False),
            ("broken.json", '{"id": "x", "series": "S",', False),
            ("broken-line.ndjson", line(_minimal()) + "\n{\n", False),
            ("duplicate.json", '{"id": "a", "id": "b", "series": "S", "start_date": "2021"}', False),
            ("nan.json", '{"id": "a", "series": "S", "start_date": "2021", "extra": {"x": NaN}}', False),
            ("two-arrays.json", "[]\n[]\n", False),
        ]
        for name, text, valid in files:
            p = write(name, text)
            with open(os.devnull, "w") as sink:
                got = checker.check_file(p, out=sink)
            if got != valid:
                failures.append(f"file {name}: expected {'ok' if valid else 'refused'}, got the opposite")
        with open(os.devnull, "w") as sink:
            rc = check_files(schema_path, [write("a.json", line(_minimal())), write("b.json", "{}")], sink)
        if rc != 1:
            failures.append(f"check_files with one bad file returned {rc}, expected 1")

    if dataset is not None:
        docs = load_documents(dataset)
        for label, doc, is_line in docs:
            for err in checker.errors(doc, is_line):
                failures.append(f"{label}: {err}")
        # Break the real dataset in the four named ways; each must be refused.
        base = docs[0][1]
        for name, path, value in [
            ("dataset with country UK", ["records", 0, "location", "country"], "UK"),
            ("dataset with date 2021-13", ["records", 0, "start_date"], "2021-13"),
            ("dataset with an unknown member", ["records", 0, "venue"], "x"),
            ("dataset with an empty string", ["records", 0, "series"], ""),
        ]:
            doc = copy.deepcopy(base)
            target = doc
            for key in path[:-1]:
                target = target[key]
            target[path[-1]] = value
            expect(name, doc, False, where=pointer(path[:-1] if name.endswith("member") else path))

    if failures:
        for f in failures:
            print("FAIL " + f)
        print(f"self-test: {len(failures)} failure(s)")
        return 1
    print(f"self-test: ok ({len(bad)} invalid records refused in 3 forms each, "
          f"{len(files)} files, schema {schema_path})")
    return 0


# --- CLI-based checks ----------------------------------------------------------

def run(cmd):
    proc = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    if proc.returncode != 0:
        sys.stderr.write(proc.stderr.decode("utf-8", "replace"))
        raise SystemExit(f"FAIL: {' '.join(cmd)} exited with {proc.returncode}")
    return proc.stdout


def saved_outputs(summit, outdir, schema_path, dataset):
    os.makedirs(outdir, exist_ok=True)
    outputs = []
    for name, args in [("saved-compact.json", ["--to", "json"]),
                       ("saved-pretty.json", ["--to", "json", "--pretty"]),
                       ("saved.ndjson", ["--to", "ndjson"])]:
        out = os.path.join(outdir, name)
        if os.path.exists(out):
            os.remove(out)
        run([summit, "convert", dataset, *args, "-o", out])
        if not os.path.isfile(out) or os.path.getsize(out) == 0:
            raise SystemExit(f"FAIL: {out} was not written")
        outputs.append(out)
    rc = check_files(schema_path, outputs)
    # The three forms must hold the same records.
    loaded = [[d for _, d, _ in load_documents(p)] for p in outputs]
    records = [docs[0]["records"] for docs in loaded[:2]] + [loaded[2]]
    if not (records[0] == records[1] == records[2]):
        print("FAIL: compact, pretty and NDJSON outputs hold different records")
        rc = 1
    with open(dataset, encoding="utf-8") as f:
        if parse_json(f.read()) != loaded[1][0]:
            print("FAIL: the saved records differ from the dataset")
            rc = 1
    return rc


def canonical(summit, dataset):
    got = run([summit, "convert", dataset, "--pretty"])
    with open(dataset, "rb") as f:
        want = f.read()
    if got == want:
        print(f"{dataset}: byte-identical to `summit convert --pretty`")
        return 0
    got_lines = got.decode("utf-8", "replace").splitlines(True)
    want_lines = want.decode("utf-8", "replace").splitlines(True)
    import difflib
    sys.stdout.writelines(list(difflib.unified_diff(want_lines, got_lines, dataset,
                                                    "summit convert --pretty"))[:80])
    print(f"FAIL: {dataset} is not in canonical form ({len(want)} bytes, convert gave {len(got)})")
    return 1


def main(argv):
    if len(argv) >= 3 and argv[1] == "--self-test" and len(argv) <= 4:
        return self_test(argv[2], argv[3] if len(argv) == 4 else None)
    if len(argv) == 6 and argv[1] == "--saved-outputs":
        return saved_outputs(*argv[2:])
    if len(argv) == 4 and argv[1] == "--canonical":
        return canonical(*argv[2:])
    if len(argv) >= 3 and not argv[1].startswith("--"):
        return check_files(argv[1], argv[2:])
    sys.stderr.write(__doc__)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv))
