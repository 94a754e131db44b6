#!/usr/bin/env python3
"""Chooses BBC articles by the fixed rule in README.md: per section, the files in sorted
name order that are valid UTF-8 and have at least 2 quote spans, then every 30th of that list
from a start position (1-based), leaving out files already in the given TSVs.

  select_articles.py --start 1                     the development set (bbc_quotes.tsv)
  select_articles.py --start 16                    the held-out set
  select_articles.py --start 8 --sections politics sport \
      --exclude bbc_quotes.tsv bbc_quotes_heldout.tsv     the second development set
  select_articles.py --start 23 --sections business entertainment tech \
      --exclude bbc_quotes.tsv bbc_quotes_heldout.tsv bbc_quotes_dev2.tsv   the third
"""
import argparse
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from enumerate_spans import article_spans  # noqa: E402

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "../../../shared/datasets/news/bbc")
SECTIONS = ["business", "entertainment", "politics", "sport", "tech"]


def eligible(section, root=ROOT):
    out = []
    for name in sorted(os.listdir(os.path.join(root, section))):
        path = os.path.join(root, section, name)
        try:
            with open(path, encoding="utf-8") as f:
                f.read()
        except UnicodeDecodeError:
            continue
        if len(article_spans(path)) >= 2:
            out.append(f"{section}/{name}")
    return out


def choose(start, sections=SECTIONS, exclude=(), root=ROOT):
    taken = set()
    for tsv in exclude:
        with open(tsv, encoding="utf-8") as f:
            taken |= {line.split("\t")[0] for line in list(f)[1:]}
    chosen = []
    for s in sections:
        files = eligible(s, root)
        chosen += [f for f in files[start - 1::30] if f not in taken]
    return chosen


if __name__ == "__main__":
    ap = argparse.ArgumentParser()
    ap.add_argument("--start", type=int, default=1)
    ap.add_argument("--sections", nargs="+", default=SECTIONS)
    ap.add_argument("--exclude", nargs="*", default=[])
    ap.add_argument("--root", default=ROOT)
    a = ap.parse_args()
    for f in choose(a.start, a.sections, a.exclude, a.root):
        print(f)
