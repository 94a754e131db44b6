#!/usr/bin/env python3
"""The `newsdex` Python module: articles indexed from dicts, searched, the answers checked
against docs/newsdex.schema.json and against what newsdex-search --format json prints;
filters, errors, the Index's context manager and lock, remove and replace.

Usage: python_module_test.py --search BIN --source DIR [unittest args]
With NEWSDEX_TEST_INSTALLED=PREFIX in the environment (and PYTHONPATH pointing there), the
module imported must be the one under PREFIX, and so must the libnewsdex.so.0 it loads.
Exit 0 pass, 1 fail.
"""

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import threading
import unittest

ARGS = None
newsdex = None
contract = None

ARTICLES = [
    {"id": "energy-talks", "title": "Energy talks", "date": "2024-03-01", "source": "Baku Daily",
     "url": "https://example.org/energy", "kind": "news", "language": "en",
     "topics": ["diplomacy"], "desk": "foreign", "tags": ["gas", "eu"],
     "text": 'Ilham Aliyev said: "Energy security matters for Europe, and gas flows will '
             'grow."\n\nThe talks in Baku lasted two days.'},
    {"id": 7, "title": "Grid link", "date": "2023-06-10", "source": "Kyiv Post",
     "paragraphs": ['Volodymyr Zelensky said: "The interconnector brings energy to Ukraine."',
                    "Engineers finished the line in June."]},
    {"id": "harvest", "title": "Harvest up", "date": "2022-08-01", "source": "Farm News",
     "text": "The wheat harvest grew by a tenth this year."},
]


def search_contract():
    """Validators for the published schema made strict, as json_contract_test.py builds them;
    None where this interpreter has no jsonschema (the schema checks then skip, saying so)."""
    try:
        import jsonschema  # noqa: F401
    except ImportError:
        return None
    sys.path.insert(0, os.path.join(ARGS.source, "tests"))
    import json_contract_test  # the schema's strict copy, shared with the tools' contract test
    return json_contract_test.Contract(os.path.join(ARGS.source, "docs", "newsdex.schema.json"))


class NewsdexTest(unittest.TestCase):
    def setUp(self):
        self.tmp = tempfile.mkdtemp(prefix="newsdex-python-")
        self.db = os.path.join(self.tmp, "db")

    def tearDown(self):
        shutil.rmtree(self.tmp)

    def index_three(self):
        with newsdex.Index(self.db) as ix:
            writes = [ix.add(dict(a)) for a in ARTICLES]
        return writes

    def assertValid(self, doc, kind):
        if contract is None:
            self.skipTest(f"jsonschema is not installed for {sys.executable}")
        errors = contract.errors(doc, kind)
        errors += [e.message for e in contract.whole().iter_errors(doc)]
        self.assertEqual(errors, [], json.dumps(doc)[:500])


class Searching(NewsdexTest):
    def setUp(self):
        super().setUp()
        self.writes = self.index_three()
        self.searcher = newsdex.Searcher(self.db)

    def ids(self, response):
        return [hit["article_id"] for hit in response["results"]]

    def test_writes_report_passages(self):
        self.assertEqual([w["replaced"] for w in self.writes], [False] * 3)
        self.assertEqual([w["warnings"] for w in self.writes], [[]] * 3)
        self.assertGreaterEqual(self.writes[0]["passages"], 2)  # two paragraphs and a quote
        self.assertEqual(self.writes[2]["passages"], 1)

    def test_answers_are_the_json_contract(self):
        r = self.searcher.search("energy", facets=["speaker", "year"], explain=True)
        self.assertValid(r, "search_response")
        self.assertEqual(r["json_schema_version"], 1)
        self.assertEqual(r["query"], "energy")
        self.assertEqual(set(self.ids(r)), {"energy-talks", "7"})
        self.assertEqual(list(r["facets"]), ["speaker", "year"])
        for hit in r["results"]:
            self.assertTrue(hit["explanation"], hit)
            self.assertIn("<mark>", hit["snippet"])
        top = r["results"][0]
        self.assertEqual(top["rank"], 1)
        self.assertIsInstance(top["score"], float)
        self.assertIsInstance(top["topics"], list)

    def test_answers_are_what_the_cli_prints(self):
        for args, kw in [(["energy"], {}),
                         (["--speaker", "aliyev", "--facets", "speaker,year", "energy"],
                          {"speaker": "aliyev", "facets": "speaker,year"}),
                         (["--sort", "-date", "--kind", "paragraph", "-n", "2", "the"],
                          {"sort": "-date", "kind": "paragraph", "limit": 2})]:
            cli = subprocess.run([ARGS.search, "--db", self.db, "--format", "json"] + args,
                                 capture_output=True, text=True)
            self.assertEqual(cli.returncode, 0, cli.stderr)
            self.assertEqual(self.searcher.search(args[-1], **kw), json.loads(cli.stdout), args)

    def test_one_shot_search(self):
        r = newsdex.search(self.db, "wheat harvest")
        self.assertEqual(self.ids(r), ["harvest"])
        self.assertEqual(r["results"][0]["title"], "Harvest up")

    def test_speaker_filter(self):
        r = self.searcher.search("energy", speaker="aliyev")
        self.assertTrue(r["results"])
        self.assertEqual({h["speaker"] for h in r["results"]}, {"Ilham Aliyev"})
        both = self.searcher.search("energy", speaker=["aliyev", "zelensky"], kind="quote")
        self.assertEqual({h["speaker"] for h in both["results"]},
                         {"Ilham Aliyev", "Volodymyr Zelensky"})

    def test_passages_that_name_the_speaker(self):
        with newsdex.Index(self.db) as ix:
            ix.add({"id": "visit", "title": "Visit",
                    "text": "Engineers showed Volodymyr Zelensky the new energy line."})
        r = self.searcher.search("energy", speaker="zelensky")
        self.assertValid(r, "search_response")
        self.assertEqual({h["speaker"] for h in r["results"]}, {"Volodymyr Zelensky"})
        self.assertEqual([h["article_id"] for h in r["also"]], ["visit"])
        self.assertEqual(r["also"][0]["rank"], 1)
        self.assertEqual(r["also_names"], ["zelensky"])
        off = self.searcher.search("energy", speaker="zelensky", also=False)
        self.assertNotIn("also", off)
        self.assertEqual(off["results"], r["results"])

    def test_kind_filter(self):
        quotes = self.searcher.search("energy", kind="quote")
        self.assertTrue(quotes["results"])
        self.assertEqual({h["kind"] for h in quotes["results"]}, {"quote"})
        either = self.searcher.search("energy OR engineers", kind=("quote", "paragraph"))
        self.assertEqual({h["kind"] for h in either["results"]}, {"quote", "paragraph"})

    def test_date_filters_and_sorting(self):
        since = self.searcher.search("energy", since="2024")
        self.assertEqual(set(self.ids(since)), {"energy-talks"})
        until = self.searcher.search("energy", until="2023-12")
        self.assertEqual(set(self.ids(until)), {"7"})
        # A filter alone, with no query words, as the CLI allows.
        newest = self.searcher.search(since="2000", sort="-date", per_article=1)
        self.assertEqual(self.ids(newest), ["energy-talks", "7", "harvest"])
        oldest = self.searcher.search(since="2000", sort="date", per_article=1)
        self.assertEqual(self.ids(oldest), ["harvest", "7", "energy-talks"])

    def test_topic_filter(self):
        r = self.searcher.search("energy", topic="diplomacy")
        self.assertEqual(set(self.ids(r)), {"energy-talks"})

    def test_paging(self):
        query = "energy OR talks OR engineers"
        everything = self.searcher.search(query)["results"]
        self.assertEqual(len(everything), 4)
        first = self.searcher.search(query, limit=1)["results"]
        self.assertEqual([h["passage_id"] for h in first], [everything[0]["passage_id"]])
        second = self.searcher.search(query, limit=1, offset=1)["results"]
        self.assertEqual(second[0]["rank"], 2)
        self.assertEqual(second[0]["passage_id"], everything[1]["passage_id"])
        per = self.searcher.search(query, per_article=1)["results"]
        self.assertEqual(sorted(self.ids({"results": per})), ["7", "energy-talks"])
        self.assertTrue(all(h["more_in_article"] >= 1 for h in per), per)

    def test_prose_reads_operators_as_words(self):
        with self.assertRaises(newsdex.QueryError):
            self.searcher.search("title:( energy")
        r = self.searcher.search("title:( energy", prose=True)
        self.assertTrue(r["results"])

    def test_metadata_and_numeric_ids(self):
        r = self.searcher.search("interconnector")
        self.assertEqual(self.ids(r)[0], "7")

    def test_stats(self):
        stats = self.searcher.stats()
        self.assertValid(stats, "database_stats")
        self.assertEqual(stats["articles"], 3)
        self.assertEqual(stats["first_date"], "2022-08-01")
        self.assertEqual(stats["last_date"], "2024-03-01")

    def test_threads_share_a_searcher(self):
        expected = self.searcher.search("energy")
        answers, errors = [], []

        def run():
            try:
                for _ in range(5):
                    answers.append(self.searcher.search("energy"))
            except Exception as e:  # reported below, not lost in the thread
                errors.append(e)

        threads = [threading.Thread(target=run) for _ in range(4)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        self.assertEqual(errors, [])
        self.assertEqual(len(answers), 20)
        for a in answers:
            self.assertEqual(a, expected)

    def test_bad_queries_and_arguments(self):
        s = self.searcher
        with self.assertRaises(newsdex.QueryError) as caught:
            s.search("title:(")
        self.assertIn("(", str(caught.exception))
        self.assertIsInstance(caught.exception, newsdex.Error)
        with self.assertRaises(newsdex.QueryError):
            s.search("energy", limit=10**6)
        with self.assertRaises(newsdex.QueryError):
            s.search("   ")
        with self.assertRaises(ValueError):
            s.search("energy", sort="newest")
        with self.assertRaises(ValueError):
            s.search("energy", kind="essay")
        with self.assertRaises(ValueError):
            s.search("energy", limit=-1)
        with self.assertRaises(TypeError):
            s.search("energy", speaker=5)
        with self.assertRaises(TypeError):
            s.search("energy", unknown=1)


class Errors(NewsdexTest):
    def test_missing_database(self):
        missing = os.path.join(self.tmp, "nothing")
        for attempt in (lambda: newsdex.Searcher(missing),
                        lambda: newsdex.search(missing, "energy")):
            with self.assertRaises(newsdex.DatabaseError) as caught:
                attempt()
            self.assertIn(missing, str(caught.exception))
            self.assertIsInstance(caught.exception, newsdex.Error)
        self.assertTrue(issubclass(newsdex.Error, Exception))
        self.assertFalse(os.path.exists(missing))

    def test_bad_articles(self):
        with newsdex.Index(self.db) as ix:
            ix.add({"id": "ok", "text": "A fine article."})
            cases = [
                ({"id": "a", "title": 5, "text": "x"}, TypeError, "'title'"),
                ({"id": "a", "speakers": [1], "text": "x"}, TypeError, "'speakers'"),
                ({"id": 1.5, "text": "x"}, TypeError, "'id'"),
                ({"id": "a", "text": "x", "when": object()}, TypeError, "'when'"),
                ({"id": "a", "text": "x", "paragraphs": ["y"]}, ValueError, "'paragraphs'"),
                ({"id": "a", "text": "x", "big": 2**70}, ValueError, "'big'"),
                ({"id": "a"}, newsdex.InputError, "no text"),
                ({"text": "x"}, newsdex.InputError, "id"),
                ({"id": "a", "text": "x", "kind": "poem"}, newsdex.InputError, "poem"),
                ({"id": "ok", "text": "again"}, newsdex.InputError, "already"),
            ]
            for article, error, named in cases:
                with self.assertRaises(error, msg=article) as caught:
                    ix.add(article)
                self.assertIn(named, str(caught.exception))
            with self.assertRaises(TypeError):
                ix.add(["id", "text"])
            with self.assertRaises(TypeError):
                ix.add({1: "x"})
        self.assertEqual(newsdex.Searcher(self.db).stats()["articles"], 1)

    def test_unreadable_date_is_a_warning(self):
        with newsdex.Index(self.db) as ix:
            w = ix.add({"id": "d", "date": "the other day", "text": "Some text."})
        self.assertEqual(len(w["warnings"]), 1)
        self.assertIn("date", w["warnings"][0])


class Writing(NewsdexTest):
    def test_context_manager_commits_on_normal_exit(self):
        with newsdex.Index(self.db) as ix:
            ix.add(dict(ARTICLES[2]))
        self.assertTrue(ix.closed)
        with self.assertRaises(ValueError):
            ix.add(dict(ARTICLES[0]))
        self.assertEqual(newsdex.search(self.db, "wheat")["results"][0]["article_id"], "harvest")

    def test_context_manager_drops_on_exception(self):
        self.index_three()
        with self.assertRaises(RuntimeError):
            with newsdex.Index(self.db) as ix:
                ix.add({"id": "dropped", "text": "A submarine surfaced."})
                ix.remove("harvest")
                raise RuntimeError("stop")
        self.assertTrue(ix.closed)
        self.assertEqual(newsdex.search(self.db, "submarine")["results"], [])
        self.assertEqual(len(newsdex.search(self.db, "wheat")["results"]), 1)
        # The lock went with it: another writer opens at once.
        with newsdex.Index(self.db) as again:
            again.add({"id": "kept", "text": "A submarine surfaced."})
        self.assertEqual(len(newsdex.search(self.db, "submarine")["results"]), 1)

    def test_one_writer_at_a_time(self):
        ix = newsdex.Index(self.db)
        with self.assertRaises(newsdex.DatabaseError):
            newsdex.Index(self.db)
        ix.close()
        ix.close()  # closing twice is harmless
        newsdex.Index(self.db).close()

    def test_changes_show_after_commit(self):
        self.index_three()
        searcher = newsdex.Searcher(self.db)
        ix = newsdex.Index(self.db)
        ix.add({"id": "late", "title": "Late", "text": "A glacier melted."})
        self.assertEqual(searcher.search("glacier")["results"], [])
        ix.commit()
        self.assertEqual(searcher.search("glacier")["results"][0]["article_id"], "late")
        ix.add({"id": "uncommitted", "text": "Another glacier."})
        ix.close()
        self.assertEqual(len(searcher.search("glacier")["results"]), 1)

    def test_remove_and_replace(self):
        self.index_three()
        with newsdex.Index(self.db) as ix:
            self.assertTrue(ix.remove("harvest"))
            self.assertFalse(ix.remove("harvest"))
            self.assertFalse(ix.remove("never-indexed"))
            w = ix.replace({"id": 7, "title": "Grid link", "text": "The cable carries power."})
            self.assertTrue(w["replaced"])
            self.assertFalse(ix.replace({"id": "new", "text": "Brand new."})["replaced"])
        self.assertEqual(newsdex.search(self.db, "wheat")["results"], [])
        self.assertEqual(newsdex.search(self.db, "interconnector")["results"], [])
        self.assertEqual([h["article_id"] for h in newsdex.search(self.db, "cable")["results"]],
                         ["7"])
        self.assertEqual(newsdex.Searcher(self.db).stats()["articles"], 3)

    def test_tables_can_be_named(self):
        speakers = os.path.join(ARGS.source, "corpora", "speakers.yaml")
        with newsdex.Index(self.db, speakers=speakers) as ix:
            self.assertEqual(ix.speakers_path, speakers)
        with self.assertRaises(newsdex.Error):
            newsdex.Index(self.db, topics=os.path.join(self.tmp, "no-such-topics.yaml"))


class Installed(unittest.TestCase):
    @unittest.skipUnless(os.environ.get("NEWSDEX_TEST_INSTALLED"), "not the installed tree")
    def test_module_and_library_come_from_the_prefix(self):
        prefix = os.path.realpath(os.environ["NEWSDEX_TEST_INSTALLED"])
        self.assertTrue(os.path.realpath(newsdex.__file__).startswith(prefix + os.sep),
                        newsdex.__file__)
        with open("/proc/self/maps") as maps:
            libs = {line.split()[-1] for line in maps if "libnewsdex.so" in line}
        self.assertTrue(libs)
        for lib in libs:
            self.assertTrue(os.path.realpath(lib).startswith(prefix + os.sep), lib)
        # The tables installed with it, though the prefix is not the configured one.
        with tempfile.TemporaryDirectory() as tmp:
            with newsdex.Index(os.path.join(tmp, "db")) as ix:
                tables = os.path.join(prefix, "share", "newsdex")
                self.assertEqual(os.path.realpath(ix.speakers_path),
                                 os.path.join(tables, "speakers.yaml"))
                self.assertEqual(os.path.realpath(ix.topics_path),
                                 os.path.join(tables, "topics.yaml"))


def main():
    global ARGS, newsdex, contract
    parser = argparse.ArgumentParser()
    parser.add_argument("--search", required=True)
    parser.add_argument("--source", required=True)
    ARGS, rest = parser.parse_known_args()
    import newsdex as module
    newsdex = module
    contract = search_contract()
    print(f"newsdex module: {newsdex.__file__} (Python {sys.version.split()[0]}, "
          f"{sys.executable})")
    unittest.main(argv=[sys.argv[0]] + rest, verbosity=2)


if __name__ == "__main__":
    main()
