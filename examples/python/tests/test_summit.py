"""Tests of the summit Python package (unittest, standard library only).

Run from the repository root:
    SUMMIT_LIBRARY=build/lib/libsummit.so PYTHONPATH=examples/python \
        python3 -m unittest discover -s examples/python/tests
SUMMIT_DATASET may name the bundled dataset; by default it is found
relative to this file.
"""

from __future__ import annotations

import gc
import json
import os
import subprocess
import sys
import threading
import unittest
import weakref

import summit

HERE = os.path.dirname(os.path.abspath(__file__))
DATASET = os.environ.get("SUMMIT_DATASET") or os.path.join(
    HERE, "..", "..", "..", "data", "digital-nations.json"
)

SMALL = (
    '[{"id":"a-2020","series":"Alpha","start_date":"2020-05","edition":3,'
    '"location":{"country":"FR"},"topics":["open data"],'
    '"extra":{"n":1.50,"tags":["x","y"],"nested":{"k":null}}},'
    '{"id":"b-2021","series":"Beta","start_date":"2021","mode":"hybrid",'
    '"chair":{"title":"Minister"},'
    '"participants":[{"country":"DE","name":"Germany"},{"country":"US","role":"observer"}],'
    '"documents":[{"kind":"declaration","title":"Bonn Declaration","date":"2021-06-02"}],'
    '"media":[{"kind":"photo","url":"https://example.org/p.jpg","caption":"Family photo"}],'
    '"sources":[{"url":"https://example.org/","title":"Home","retrieved":"2024-01-02"}],'
    '"summary":["Café ministers met."]}]'
)


class DatasetTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls) -> None:
        cls.coll = summit.load(DATASET)

    @classmethod
    def tearDownClass(cls) -> None:
        cls.coll.close()

    def test_version(self) -> None:
        self.assertRegex(summit.library_version(), r"^0\.\d+\.\d+$")

    def test_len_and_iteration_order(self) -> None:
        ids = [r.id for r in self.coll]
        self.assertEqual(len(self.coll), len(ids))
        self.assertGreaterEqual(len(ids), 10)
        self.assertEqual(len(set(ids)), len(ids))
        self.assertIn("dn-2021-london", ids)
        self.assertEqual(ids[0], "dn-2014-london")
        self.assertEqual(self.coll.record(0).id, ids[0])
        self.assertEqual(self.coll.record(-1).id, ids[-1])
        with self.assertRaises(IndexError):
            self.coll.record(len(ids))

    def test_london_2021(self) -> None:
        r = self.coll["dn-2021-london"]
        self.assertIsInstance(r, summit.Record)
        self.assertEqual(r.id, "dn-2021-london")
        self.assertEqual(r.series, "Digital Nations Ministerial Summit")
        self.assertEqual(r.group, "Digital Nations")
        self.assertEqual(r.edition, 8)
        self.assertEqual(r.mode, "virtual")
        self.assertEqual(r.start_date, "2021-11-16")
        self.assertEqual(r.end_date, "2021-11-18")
        self.assertEqual(r.location, summit.Location("London", "GB"))
        self.assertEqual(r.chair.country, "GB")
        self.assertEqual(r.chair.name, "Chris Philp")
        self.assertEqual(len(r.participants), 10)
        chairs = [p for p in r.participants if p.role == "chair"]
        self.assertEqual([(p.country, p.name) for p in chairs], [("GB", "United Kingdom")])
        self.assertTrue(all(p.role in ("chair", "member") for p in r.participants))
        self.assertIn(summit.Participant("KR", "Republic of Korea", "member"), r.participants)
        self.assertIn("digital identity", r.topics)
        self.assertTrue(all(isinstance(t, str) for t in r.commitments + r.summary))
        self.assertGreater(len(r.commitments), 0)
        kinds = [d.kind for d in r.documents]
        self.assertIn("charter", kinds)
        self.assertEqual(r.documents[0].date, "2021-11")  # month precision kept
        self.assertEqual(r.media[0].kind, "photo")
        self.assertTrue(all(s.url.startswith("http") for s in r.sources))
        self.assertIsInstance(r.extra, dict)
        self.assertEqual(r.extra["ministerial_day"], "2021-11-18")
        self.assertIs(r.collection, self.coll)

    def test_missing_id(self) -> None:
        with self.assertRaises(KeyError):
            self.coll["no-such-summit"]
        self.assertIsNone(self.coll.get("no-such-summit"))
        self.assertNotIn("no-such-summit", self.coll)
        self.assertIn("dn-2021-london", self.coll)

    def test_search_digital_identity(self) -> None:
        hits = self.coll.search("digital identity")
        self.assertGreater(len(hits), 0)
        self.assertEqual(hits[0].record.id, "dn-2019-montevideo")
        self.assertEqual(hits.total, len(hits))
        scores = [h.score for h in hits]
        self.assertTrue(all(isinstance(s, float) and s > 0 for s in scores))
        self.assertEqual(scores, sorted(scores, reverse=True))
        one = self.coll.search("digital identity", limit=1)
        self.assertEqual(len(one), 1)
        self.assertEqual(one.total, hits.total)
        self.assertEqual(one[0], hits[0])

    def test_search_filters(self) -> None:
        hits = self.coll.search('country:"Republic of Korea" year:2015..2020')
        self.assertEqual(len(hits), 5)
        self.assertEqual(
            [h.record.id for h in hits],
            ["dn-2015-tallinn", "dn-2016-busan", "dn-2018-wellington",
             "dn-2018-jerusalem", "dn-2020-ottawa"],
        )
        for h in hits:
            self.assertEqual(h.score, 0.0)  # filter-only: chronological order
            self.assertIn("KR", [p.country for p in h.record.participants])
            self.assertTrue("2015" <= h.record.start_date[:4] <= "2020")
        self.assertEqual(len(self.coll.search("", limit=None)), len(self.coll))
        self.assertEqual(len(self.coll.search("", limit=0)), len(self.coll))
        self.assertEqual(self.coll.search("zzzznotaword"), [])
        with self.assertRaises(ValueError):
            self.coll.search("x", limit=-1)

    def test_bad_query(self) -> None:
        with self.assertRaises(summit.SummitError) as cm:
            self.coll.search("year:abc")
        e = cm.exception
        self.assertEqual(e.code, -8)
        self.assertEqual(e.line, 1)
        self.assertEqual(e.column, 6)
        self.assertIn("year", e.message)
        with self.assertRaises(summit.SummitError) as cm:
            self.coll.search("digital (identity")
        self.assertEqual(cm.exception.code, -8)
        self.assertGreater(cm.exception.column, 0)

    def test_to_json_round_trip(self) -> None:
        text = self.coll.to_json()
        self.assertTrue(text.startswith('{"schema":"summit-collection/1","records":['))
        self.assertTrue(text.endswith("\n"))
        with summit.loads(text) as again:
            self.assertEqual(again.to_json(), text)
            self.assertEqual(len(again), len(self.coll))
            self.assertEqual(list(again), list(self.coll))  # records compare by value
        pretty = self.coll.to_json(pretty=True)
        self.assertIn('\n  "records": [\n', pretty)
        self.assertEqual(json.loads(pretty), json.loads(text))
        with summit.loads(pretty.encode("utf-8")) as again:
            self.assertEqual(again.to_json(), text)

    def test_record_to_json(self) -> None:
        r = self.coll["dn-2021-london"]
        data = json.loads(r.to_json())
        self.assertEqual(data["id"], "dn-2021-london")
        self.assertEqual(data["start_date"], "2021-11-16")
        self.assertEqual(data["extra"], r.extra)

    def test_country_code(self) -> None:
        self.assertEqual(summit.country_code("Republic of Korea"), "KR")
        self.assertEqual(summit.country_code("UK"), "GB")
        self.assertEqual(summit.country_code("Côte d'Ivoire"), "CI")
        self.assertIsNone(summit.country_code("Atlantis"))
        self.assertIsNone(summit.country_code(""))

    def test_concurrent_searches(self) -> None:
        queries = ["digital identity", 'country:"Republic of Korea" year:2015..2020',
                   "open OR data", "mode:virtual", "digi*", ""]
        expected = {q: [(h.record.id, h.score) for h in self.coll.search(q, None)]
                    for q in queries}
        with summit.load(DATASET) as fresh:  # index built by the racing threads
            results = [None] * 8
            errors = []
            start = threading.Barrier(8)

            def work(n: int) -> None:
                try:
                    start.wait()
                    got = {}
                    for _ in range(25):
                        for q in queries:
                            got[q] = [(h.record.id, h.score) for h in fresh.search(q, None)]
                    results[n] = got
                except BaseException as e:  # reported below
                    errors.append(e)

            threads = [threading.Thread(target=work, args=(i,)) for i in range(8)]
            for t in threads:
                t.start()
            for t in threads:
                t.join()
            self.assertEqual(errors, [])
            for got in results:
                self.assertEqual(got, expected)


class LoadsTest(unittest.TestCase):
    def test_small(self) -> None:
        with summit.loads(SMALL) as c:
            self.assertEqual(len(c), 2)
            a, b = list(c)
            self.assertEqual((a.id, b.id), ("a-2020", "b-2021"))
            self.assertEqual(a.edition, 3)
            self.assertIsNone(b.edition)
            self.assertEqual(a.start_date, "2020-05")
            self.assertEqual(b.start_date, "2021")
            self.assertIsNone(a.end_date)
            self.assertIsNone(a.mode)
            self.assertEqual(b.mode, "hybrid")
            self.assertEqual(a.location, summit.Location(None, "FR"))
            self.assertIsNone(b.location)
            self.assertIsNone(a.chair)
            self.assertEqual(b.chair, summit.Chair(None, "Minister", None))
            self.assertIsNone(a.group)
            self.assertIsNone(a.title)
            self.assertEqual(a.participants, [])
            self.assertEqual(
                b.participants,
                [summit.Participant("DE", "Germany", "member"),
                 summit.Participant("US", None, "observer")],
            )
            self.assertEqual(a.topics, ["open data"])
            self.assertEqual(b.topics, [])
            self.assertEqual(b.documents,
                             [summit.Document("declaration", "Bonn Declaration", "2021-06-02", None)])
            self.assertEqual(b.media,
                             [summit.Media("photo", None, "https://example.org/p.jpg", "Family photo")])
            self.assertEqual(b.sources, [summit.Source("https://example.org/", "Home", "2024-01-02")])
            self.assertEqual(b.summary, ["Café ministers met."])
            self.assertEqual(a.extra, {"n": 1.5, "tags": ["x", "y"], "nested": {"k": None}})
            self.assertEqual(b.extra, {})
            self.assertIn('"extra":{"n":1.50,', c.to_json())  # exact digits kept
            hits = c.search("cafe")
            self.assertEqual([h.record.id for h in hits], ["b-2021"])

    def test_bytes_and_single_record(self) -> None:
        with summit.loads(b'{"id":"x","series":"S","start_date":"1999-12-31"}') as c:
            self.assertEqual(c["x"].start_date, "1999-12-31")

    def test_schema_error(self) -> None:
        text = '{"id":"a","series":"S","start_date":"2021","mode":"online"}'
        with self.assertRaises(summit.SummitError) as cm:
            summit.loads(text)
        e = cm.exception
        self.assertEqual(e.code, -3)
        self.assertEqual(e.line, 1)
        self.assertEqual(e.column, text.index('"online"') + 1)  # 51, 1-based
        self.assertEqual(e.column, 51)
        self.assertEqual(e.offset, 50)
        self.assertEqual(e.pointer, "/mode")
        self.assertIn("online", e.message)
        self.assertIn("1:51: /mode: ", str(e))

    def test_syntax_error_position(self) -> None:
        with self.assertRaises(summit.SummitError) as cm:
            summit.loads('[\n  {"id": "é",\n   "series": tru}]')
        e = cm.exception
        self.assertEqual(e.code, -2)
        self.assertEqual(e.line, 3)
        self.assertEqual(e.column, 14)

    def test_io_error(self) -> None:
        with self.assertRaises(summit.SummitError) as cm:
            summit.load(os.path.join(HERE, "no-such-file.json"))
        self.assertEqual(cm.exception.code, -1)
        self.assertEqual(cm.exception.pointer, "")

    def test_duplicate_id(self) -> None:
        with self.assertRaises(summit.SummitError) as cm:
            summit.loads('[{"id":"a","series":"S","start_date":"2021"},'
                         '{"id":"a","series":"S","start_date":"2022"}]')
        self.assertEqual(cm.exception.code, -4)
        self.assertEqual(cm.exception.pointer, "/1/id")


class ExtractTest(unittest.TestCase):
    SEED = os.path.join(HERE, "..", "..", "..", "tests", "extract", "pages", "uk-2021-seed.txt")

    def test_seed_page(self) -> None:
        with open(self.SEED, encoding="utf-8") as f:
            text = f.read()
        seen = []
        coll = summit.extract_text(text, source_url="https://www.example.org/dn-2021",
                                   explain=lambda p, v, e, line: seen.append((p, v, line)))
        self.assertEqual(len(coll), 1)
        r = coll.record(0)
        self.assertEqual(r.id, "dn-2021-london")
        self.assertEqual(r.edition, 8)
        self.assertEqual(r.start_date, "2021-11-18")
        self.assertEqual(r.mode, "virtual")
        self.assertEqual(r.location.city, "London")
        self.assertEqual(r.chair.country, "GB")
        self.assertEqual(len(r.participants), 10)
        self.assertEqual(r.sources[0].url, "https://www.example.org/dn-2021")
        self.assertIn(("/start_date", "2021-11-18", 8), seen)
        # The record is valid: it round-trips through the loader.
        self.assertEqual(len(summit.loads(coll.to_json())), 1)

    def test_nothing_found(self) -> None:
        with self.assertRaises(summit.SummitError) as cm:
            summit.extract_text("Nothing about any meeting here.")
        self.assertEqual(cm.exception.code, -9)  # SUMMIT_ERR_NOT_FOUND

    def test_reference_date_and_bad_utf8(self) -> None:
        coll = summit.extract_text("The Digital Nations summit was held on 3 November in Ottawa, Canada.",
                                   reference_date="2020-01-01")
        self.assertEqual(coll.record(0).start_date, "2020-11-03")
        with self.assertRaises(summit.SummitError) as cm:
            summit.extract_text(b"Summit on 3 November 2020 \xff")
        self.assertEqual((cm.exception.code, cm.exception.line), (-2, 1))  # SUMMIT_ERR_SYNTAX
        with self.assertRaises(ValueError):
            summit.extract_text("x", reference_date="yesterday")

    def test_explain_exception_is_raised_not_unwound(self) -> None:
        def boom(*_args: object) -> None:
            raise RuntimeError("from the callback")
        with open(self.SEED, encoding="utf-8") as f:
            text = f.read()
        with self.assertRaises(RuntimeError):
            summit.extract_text(text, explain=boom)


class ImportTest(unittest.TestCase):
    def test_missing_library_is_import_error(self) -> None:
        env = dict(os.environ, SUMMIT_LIBRARY=os.path.join(HERE, "no-such-libsummit.so"),
                   PYTHONDONTWRITEBYTECODE="1")
        code = ("try:\n    import summit\nexcept ImportError as e:\n"
                "    print('ImportError', e)\nelse:\n    print('imported')\n")
        out = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True,
                             text=True, check=True).stdout
        self.assertTrue(out.startswith("ImportError summit: cannot load libsummit"), out)


class LifetimeTest(unittest.TestCase):
    def test_close_idempotent_and_use_after_close(self) -> None:
        c = summit.loads(SMALL)
        c.close()
        c.close()
        self.assertTrue(c.closed)
        for op in (lambda: len(c), lambda: c["a-2020"], lambda: list(c),
                   lambda: c.search("x"), lambda: c.to_json(), lambda: c.get("a"),
                   lambda: c.record(0)):
            with self.assertRaises(ValueError):
                op()
        with self.assertRaises(ValueError):
            with c:
                pass

    def test_context_manager(self) -> None:
        with summit.loads(SMALL) as c:
            r = c["a-2020"]
        self.assertTrue(c.closed)
        self.assertEqual(r.id, "a-2020")  # records are copies
        with self.assertRaises(ValueError):
            r.to_json()

    def test_record_outlives_collection(self) -> None:
        c = summit.load(DATASET)
        ref = weakref.ref(c)
        r = c["dn-2021-london"]
        hit = c.search("digital identity")[0]
        del c
        gc.collect()
        self.assertIsNotNone(ref())  # kept alive by the record
        self.assertEqual(r.participants[0].country, "GB")
        self.assertEqual(r.extra["ministerial_day"], "2021-11-18")
        self.assertEqual(json.loads(r.to_json())["edition"], 8)
        self.assertEqual(hit.record.id, "dn-2019-montevideo")
        del r, hit
        gc.collect()
        self.assertIsNone(ref())  # and freed once nothing refers to it

    def test_many_collections_freed(self) -> None:
        refs = []
        for _ in range(200):
            c = summit.loads(SMALL)
            c.search("open")
            refs.append(weakref.ref(c))
            del c
        gc.collect()
        self.assertTrue(all(r() is None for r in refs))


if __name__ == "__main__":
    unittest.main()
