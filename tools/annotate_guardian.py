"""Helper for annotating sentences of the Guardian sample without storing their text.

The gold file keeps only an article index, character offsets and labels; the text is read
from ``../shared/data/ngec/guardian_sample.csv`` whenever it is needed.

Usage (from the repository root)::

    python tools/annotate_guardian.py show 20            # numbered sentences of article 20
    python tools/annotate_guardian.py find "expel|deport" # sentences matching a regex
    python tools/annotate_guardian.py build SPEC OUT      # resolve sentence numbers to offsets
    python tools/annotate_guardian.py check data/gold/guardian.jsonl

A SPEC line is ``{"article_index": "20", "sentence": 3, "events": [...], "tags": [...]}``;
``build`` replaces ``sentence`` with ``char_start``/``char_end`` and adds id and date.
"""

from __future__ import annotations

import csv
import json
import re
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
GUARDIAN_CSV = REPO / ".." / "shared" / "data" / "ngec" / "guardian_sample.csv"

# A boundary is sentence-final punctuation, optional closing quotes/brackets, whitespace, and
# an opening quote/bracket or an upper-case letter or digit.
_BOUNDARY = re.compile(r"[.!?][”’\"')\]]*(?=\s+[“‘\"'(\[]?[A-Z0-9])")
_ABBREVIATIONS = {"Mr", "Mrs", "Ms", "Dr", "St", "No", "Gen", "Lt", "Col", "Sgt", "Capt", "Prof", "vs"}


def load_articles(path: Path = GUARDIAN_CSV) -> dict[str, dict[str, str]]:
    """Articles keyed by their index (the CSV's unnamed first column).

    >>> load_articles()["3"]["date"]  # doctest: +SKIP
    '2019-04-10'
    """
    csv.field_size_limit(sys.maxsize)
    with open(path, newline="", encoding="utf-8") as handle:
        return {row[""]: row for row in csv.DictReader(handle)}


def split_sentences(text: str) -> list[tuple[int, int]]:
    """Character spans of the sentences of ``text`` (whitespace between them excluded).

    >>> split_sentences("Mr. Smith left. He came back!  Then: nothing.")
    [(0, 15), (16, 29), (31, 45)]
    """
    spans: list[tuple[int, int]] = []
    start = 0
    for match in _BOUNDARY.finditer(text):
        words = text[start : match.start()].split()
        last = words[-1] if words else ""
        if last in _ABBREVIATIONS or re.fullmatch(r"[A-Z]", last):
            continue
        spans.append((start, match.end()))
        start = match.end()
        while start < len(text) and text[start].isspace():
            start += 1
    if text[start:].strip():
        spans.append((start, len(text.rstrip())))
    return spans


def _show(articles: dict[str, dict[str, str]], index: str) -> None:
    text = articles[index]["text"]
    for number, (begin, end) in enumerate(split_sentences(text)):
        print(f"[{number}] {text[begin:end]}")


def _find(articles: dict[str, dict[str, str]], pattern: str) -> None:
    regex = re.compile(pattern, re.IGNORECASE)
    for index, row in articles.items():
        text = row["text"]
        for number, (begin, end) in enumerate(split_sentences(text)):
            if regex.search(text[begin:end]):
                print(f"{index}:{number} {text[begin:end]}")


def _build(articles: dict[str, dict[str, str]], spec: Path, out: Path) -> None:
    records = []
    for number, line in enumerate(spec.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip():
            continue
        item = json.loads(line)
        row = articles[item["article_index"]]
        begin, end = split_sentences(row["text"])[item["sentence"]]
        record = {"id": f"gu{number:03d}", "article_index": item["article_index"],
                  "char_start": begin, "char_end": end, "date": row["date"], "split": "test"}
        if item.get("tags"):
            record["tags"] = item["tags"]
        record["events"] = item["events"]
        records.append(record)
    with open(out, "w", encoding="utf-8") as handle:
        for record in records:
            handle.write(json.dumps(record, ensure_ascii=False) + "\n")


def _check(articles: dict[str, dict[str, str]], gold: Path) -> None:
    for line in gold.read_text(encoding="utf-8").splitlines():
        record = json.loads(line)
        text = articles[record["article_index"]]["text"]
        print(record["id"], text[record["char_start"] : record["char_end"]])
        for event in record["events"]:
            target = event["target"] and event["target"]["country"]
            print(f"    {event['event_type']}/{event['mode']} {event['source']['country']} -> {target}")


def main(argv: list[str]) -> None:
    """Dispatch the sub-commands described in the module docstring."""
    articles = load_articles()
    command, *rest = argv
    if command == "show":
        _show(articles, rest[0])
    elif command == "find":
        _find(articles, rest[0])
    elif command == "build":
        _build(articles, Path(rest[0]), Path(rest[1]))
    elif command == "check":
        _check(articles, Path(rest[0]))
    else:
        raise SystemExit(f"unknown command {command!r}; use show, find, build or check")


if __name__ == "__main__":
    main(sys.argv[1:])
