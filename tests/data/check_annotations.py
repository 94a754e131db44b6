#!/usr/bin/env python3
"""Checks the BBC annotation files against the selection rule and the span enumeration:
the chosen and annotated file sets are equal, every span is annotated exactly once at its
offset, types are valid, scare/title rows have speaker `-`, notes are at most 60 characters."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from enumerate_spans import article_spans  # noqa: E402
from select_articles import ROOT, SECTIONS, choose  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
SETS = [
    ("bbc_quotes.tsv", 1, SECTIONS, []),
    ("bbc_quotes_heldout.tsv", 16, SECTIONS, []),
    ("bbc_quotes_dev2.tsv", 8, ["politics", "sport"], ["bbc_quotes.tsv", "bbc_quotes_heldout.tsv"]),
    ("bbc_quotes_dev3.tsv", 23, ["business", "entertainment", "tech"],
     ["bbc_quotes.tsv", "bbc_quotes_heldout.tsv", "bbc_quotes_dev2.tsv"]),
]
TYPES = {"full", "fragment", "scare", "title"}


def check(tsv, start, sections, exclude):
    problems = []
    with open(os.path.join(HERE, tsv), encoding="utf-8") as f:
        rows = [line.rstrip("\n").split("\t") for line in list(f)[1:] if line.strip()]
    chosen = set(choose(start, sections, [os.path.join(HERE, e) for e in exclude]))
    annotated = {r[0] for r in rows}
    if chosen != annotated:
        problems.append(f"file sets differ: {sorted(chosen ^ annotated)}")
    seen = {}
    for r in rows:
        r += [""] * (7 - len(r))
        key = (r[0], int(r[1]), int(r[2]), int(r[3]))
        seen[key] = seen.get(key, 0) + 1
        if r[5] not in TYPES:
            problems.append(f"bad type {r}")
        if r[5] in ("scare", "title") and r[4] != "-":
            problems.append(f"scare/title with speaker {r}")
        if len(r[6]) > 60:
            problems.append(f"note too long {r}")
    expected = set()
    for f in annotated:
        for p, q, a, _ in article_spans(os.path.join(ROOT, f)):
            expected.add((f, p, q, a))
    for k in expected - seen.keys():
        problems.append(f"span not annotated {k}")
    for k in seen.keys() - expected:
        problems.append(f"row is no span {k}")
    for k, n in seen.items():
        if n > 1:
            problems.append(f"span annotated {n} times {k}")
    print(f"{tsv}: {len(rows)} rows, {len(annotated)} articles, {len(problems)} problems")
    for p in problems:
        print("  " + p)
    return not problems


if __name__ == "__main__":
    ok = all([check(*s) for s in SETS])
    sys.exit(0 if ok else 1)
