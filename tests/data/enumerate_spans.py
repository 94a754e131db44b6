#!/usr/bin/env python3
"""Lists the quote spans of BBC articles by the definitions in README.md.

Usage: enumerate_spans.py FILE...   (prints file, paragraph, quote, offset, span text)
Also importable: paragraphs(path) and spans(paragraph).
"""
import re
import sys


def paragraphs(path):
    """Blocks split on blank lines, empty ones dropped, each stripped; block 0 is the title."""
    with open(path, encoding="utf-8", errors="replace") as f:
        text = f.read()
    blocks = re.split(r"\n[ \t\r\f\v]*\n", text)
    return [b.strip() for b in blocks if b.strip()]


def spans(paragraph):
    """(offset, end) code-point ranges: straight quotes alternate, curly ones open/close,
    an unclosed opener runs to the paragraph end."""
    out = []
    start = None
    for i, c in enumerate(paragraph):
        if start is None:
            if c in '"\u201c':
                start = i
        elif c in '"\u201d':
            out.append((start, i + 1))
            start = None
    if start is not None:
        out.append((start, len(paragraph)))
    return out


def article_spans(path):
    """(paragraph, quote, offset, text) for every span of the body paragraphs."""
    rows = []
    for p, text in enumerate(paragraphs(path)):
        if p == 0:
            continue
        for q, (a, b) in enumerate(spans(text), 1):
            rows.append((p, q, a, text[a:b]))
    return rows


if __name__ == "__main__":
    for path in sys.argv[1:]:
        for p, q, a, t in article_spans(path):
            print(f"{path}\t{p}\t{q}\t{a}\t{t}")
