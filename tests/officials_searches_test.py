#!/usr/bin/env python3
"""The officials judged searches end to end.

../shared/datasets/news/officials/queries.tsv holds searches a journalist would type
(`query<TAB>must_appear_in_top5<TAB>note`; each must-appear item is `FILE::SNIPPET`, items
separated by ` || `, the snippet a few words from inside one passage of articles/FILE).
The articles are indexed with newsdex-index, each query is run with newsdex-search --format
json, and an item is found when a passage of its file among the first five the user reads
(`results`, then `also`) contains the snippet, compared on words: lower-cased, punctuation
and quotation marks ignored (a quote passage drops its paragraph's quotation marks, a turn
its speaker's label: a snippet `Label Name: words` is found in Name's turn beginning with
the words).

A query is blind when any of its items is in an article whose number is a multiple of
three (the attribution split's blind third): for the blind queries only aggregates are
printed, never a query or its results, and nothing is tuned on them. Each split must reach
its floors (queries with every item found, items found). NEWSDEX_SHOW_ERRORS=1 lists the
development queries with a missed item. Skipped (exit 77) when ../shared is absent.
"""

import argparse
import json
import os
import re
import subprocess
import sys
import tempfile

TOP = 5


def words(text):
    """Lower-cased words, punctuation and quotation marks dropped."""
    return re.findall(r"[0-9a-z]+", text.lower().replace("\u2019", "").replace("'", ""))


def contains(passage, snippet, speaker=None):
    hay, needle = words(passage), words(snippet)
    n = len(needle)
    if n > 0 and any(hay[i:i + n] == needle for i in range(len(hay) - n + 1)):
        return True
    # A turn passage drops its label (`Rep. Eli Crane: “The free ride is over.”` is the text
    # `The free ride is over.` of Eli Crane's turn): the snippet's words after the speaker's
    # name then begin the passage.
    name = words(speaker or "")
    for i in range(len(needle) - len(name)):
        if name and needle[i:i + len(name)] == name:
            rest = needle[i + len(name):]
            return bool(rest) and hay[:len(rest)] == rest
    return False


def load_queries(path):
    queries = []
    with open(path, encoding="utf-8") as f:
        for number, line in enumerate(f):
            cols = line.rstrip("\n").split("\t")
            if number == 0 or len(cols) < 2 or not cols[0].strip():
                continue
            items = []
            for item in cols[1].split(" || "):
                file, _, snippet = item.strip().partition("::")
                items.append((file.strip(), snippet.strip()))
            queries.append((cols[0].strip(), items))
    return queries


def blind(items):
    return any(int(re.match(r"\d+", file).group()) % 3 == 0 for file, _ in items)


def search(binary, db, query):
    out = subprocess.run([binary, "--db", db, "--format", "json", query],
                         capture_output=True, text=True, check=False)
    if out.returncode not in (0, 1):
        sys.exit(f"newsdex-search failed ({out.returncode}) on a query: {out.stderr.strip()}")
    doc = json.loads(out.stdout)
    return (doc.get("results", []) + doc.get("also", []))[:TOP]


class Tally:
    def __init__(self):
        self.queries = self.all_found = self.items = self.found = 0
        self.reciprocal = 0.0

    def line(self, name):
        mrr = self.reciprocal / self.queries if self.queries else 0.0
        return (f"{name:<12} queries all found {self.all_found:2d} / {self.queries:2d}   "
                f"items found {self.found:2d} / {self.items:2d}   MRR first item {mrr:.3f}")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--index", required=True)
    ap.add_argument("--search", required=True)
    ap.add_argument("--source", required=True)
    ap.add_argument("--floor-dev", default="0/0", help="QUERIES/ITEMS the development split reaches")
    ap.add_argument("--floor-blind", default="0/0", help="QUERIES/ITEMS the blind split reaches")
    args = ap.parse_args()

    officials = os.path.join(args.source, "..", "shared", "datasets", "news", "officials")
    if not os.path.isfile(os.path.join(officials, "queries.tsv")):
        print(f"skipped: {officials}/queries.tsv is not there")
        return 77
    queries = load_queries(os.path.join(officials, "queries.tsv"))
    if not queries:
        sys.exit("no queries read from queries.tsv")

    show = os.environ.get("NEWSDEX_SHOW_ERRORS") == "1"
    tallies = {"development": Tally(), "blind": Tally()}
    with tempfile.TemporaryDirectory() as tmp:
        db = os.path.join(tmp, "db")
        subprocess.run([args.index, "--db", db, "--quiet", os.path.join(officials, "articles")],
                       check=True)
        for query, items in queries:
            is_blind = blind(items)
            t = tallies["blind" if is_blind else "development"]
            hits = search(args.search, db, query)
            found = []
            for file, snippet in items:
                rank = next((r for r, hit in enumerate(hits, 1)
                             if os.path.basename(hit.get("path", "")) == file
                             and contains(hit.get("text", ""), snippet,
                                             hit.get("speaker"))), None)
                found.append(rank)
            t.queries += 1
            t.items += len(items)
            t.found += sum(r is not None for r in found)
            t.all_found += all(r is not None for r in found)
            t.reciprocal += 1.0 / found[0] if found[0] else 0.0
            if show and not is_blind and None in found:
                print(f"  missed: {query}   ranks {found}")
                for r, hit in enumerate(hits, 1):
                    print(f"      {r} {os.path.basename(hit.get('path', ''))} "
                          f"[{hit.get('speaker')}] {hit.get('text', '')[:90]}")

    failed = False
    for name, floor in (("development", args.floor_dev), ("blind", args.floor_blind)):
        t = tallies[name]
        print(t.line(name))
        want_queries, want_items = (int(x) for x in floor.split("/"))
        if t.all_found < want_queries or t.found < want_items:
            print(f"{name}: below the floor {floor} (queries/items)")
            failed = True
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
