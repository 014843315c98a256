"""Read gold annotations (JSON lines, see docs/evaluation.md).

A record carries its text, or, for real-news annotations that may not store text, an
``article_index`` with ``char_start``/``char_end`` into ``../shared/data/ngec/guardian_sample.csv``.
Such records are resolved when the CSV is found and skipped (with a count) when it is not.
"""

from __future__ import annotations

import csv
import json
import logging
import sys
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..errors import InputError
from .matching import EventRef

log = logging.getLogger(__name__)

GUARDIAN_CSV = Path("ngec") / "guardian_sample.csv"


@dataclass
class GoldDocument:
    """One annotated document (usually one sentence)."""

    doc_id: str
    text: str
    events: list[EventRef]
    date: str | None = None
    split: str | None = None
    tags: list[str] = field(default_factory=list)
    triggers: list[str | None] = field(default_factory=list)  # per event, when annotated
    article: str | None = None  # for a sentence of a stored article: its key in ``GoldSet.articles``
    start: int = 0  # the sentence's character span in that article
    end: int = 0

    @property
    def is_non_event(self) -> bool:
        return not self.events


@dataclass
class GoldSet:
    """The documents read from one or more gold files, and what could not be read."""

    documents: list[GoldDocument]
    skipped: int = 0  # offset records whose source text was not available
    skip_reason: str | None = None
    articles: dict[str, str] = field(default_factory=dict)  # article key -> full text, for offset records


def find_shared_data(start: Path) -> Path | None:
    """The ``shared/data`` folder beside the repository holding ``start`` (or the working directory).

    >>> find_shared_data(Path("data/gold/train.jsonl"))  # doctest: +SKIP
    PosixPath('/.../shared/data')
    """
    seen: set[Path] = set()
    for base in [start.resolve(), Path.cwd().resolve()]:
        for folder in [base, *base.parents]:
            candidate = folder.parent / "shared" / "data"
            if candidate in seen:
                continue
            seen.add(candidate)
            if (candidate / GUARDIAN_CSV).exists():
                return candidate
    return None


def _read_guardian_texts(shared: Path) -> dict[str, str]:
    csv.field_size_limit(sys.maxsize)
    with open(shared / GUARDIAN_CSV, newline="", encoding="utf-8") as handle:
        return {row[""]: row["text"] for row in csv.DictReader(handle)}


def parse_record(record: dict[str, Any], text: str) -> GoldDocument:
    """Turn one JSON record (with its text already resolved) into a ``GoldDocument``."""
    raw_events = record.get("events")
    if raw_events is None:
        raise InputError(f"gold record {record.get('id')!r} has no 'events' list; use [] for no event")
    return GoldDocument(
        doc_id=str(record["id"]),
        text=text,
        events=[EventRef.from_gold(e) for e in raw_events],
        date=record.get("date"),
        split=record.get("split"),
        tags=list(record.get("tags") or []),
        triggers=[e.get("trigger") for e in raw_events],
    )


def load_gold(paths: Path | Iterable[Path], shared_data: Path | None = None) -> GoldSet:
    """Read gold documents from JSONL files.

    >>> gold = load_gold(Path("data/gold/test.jsonl"))  # doctest: +SKIP
    >>> len(gold.documents) > 0                          # doctest: +SKIP
    True
    """
    files = [paths] if isinstance(paths, Path) else list(paths)
    documents: list[GoldDocument] = []
    articles: dict[str, str] = {}
    skipped = 0
    reason: str | None = None
    guardian: dict[str, str] | None = None
    for path in files:
        if not path.exists():
            raise InputError(f"gold file {path} does not exist")
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if not line.strip():
                continue
            try:
                record = json.loads(line)
            except json.JSONDecodeError as exc:
                raise InputError(f"{path}:{number}: not valid JSON ({exc.msg})") from None
            if "text" in record:
                documents.append(parse_record(record, record["text"]))
                continue
            if guardian is None:
                shared = shared_data or find_shared_data(path)
                if shared is None or not (shared / GUARDIAN_CSV).exists():
                    skipped += 1
                    reason = "../shared/data/ngec/guardian_sample.csv not found; offset records skipped"
                    continue
                guardian = _read_guardian_texts(shared)
            article = guardian.get(str(record.get("article_index")))
            if article is None:
                raise InputError(
                    f"{path}:{number}: article {record.get('article_index')!r} not in the Guardian CSV"
                )
            document = parse_record(record, article[record["char_start"] : record["char_end"]])
            document.article = f"guardian:{record['article_index']}"
            document.start, document.end = record["char_start"], record["char_end"]
            articles[document.article] = article
            documents.append(document)
    if skipped:
        log.warning("%d gold records skipped: %s", skipped, reason)
    return GoldSet(documents, skipped, reason, articles)
