"""Events and documents as Parquet, partitioned by day, and loading them into the store.

Layout under a root directory (local path, or any URI pyarrow can write, e.g. ``s3://``)::

    ROOT/events/day=2024-05-13/part-00012-0.parquet   events of input partition 12 on that day
    ROOT/events/day=__HIVE_DEFAULT_PARTITION__/...     events with no date at all
    ROOT/documents/part-00012.parquet                  its documents (with their errors)

Event columns are the store's flat columns (``dragoman.store.schema.EVENT_COLUMNS``), ``day``
being the event date or else the publication date. A partition's documents file is written
last, under a temporary name renamed into place, so it marks the partition as complete.
"""

from __future__ import annotations

import glob
import logging
import os
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pyarrow as pa
import pyarrow.dataset as ds
import pyarrow.parquet as pq

from ..schemas import Article, Event
from ..store.arrow import arrow_table
from ..store.schema import DOCUMENT_COLUMNS, EVENT_COLUMNS, event_to_row, row_to_event
from ..store.store import EventStore, StoredDocument

log = logging.getLogger(__name__)

PARTITION_COLUMN = "day"
DOCUMENT_FILE_COLUMNS = {
    **{k: v for k, v in DOCUMENT_COLUMNS.items() if k != "ingested_at"},
    "error": "VARCHAR",
}


@dataclass
class PartitionResult:
    """What coding one input partition produced."""

    index: int
    documents: int
    events: int
    errors: list[tuple[str, str]]  # (doc_id, error)


def documents_file(root: str, index: int) -> str:
    return f"{root.rstrip('/')}/documents/part-{index:05}.parquet"


def partition_done(root: str, index: int) -> bool:
    """True when partition ``index`` was completely written (local roots only)."""
    return os.path.exists(documents_file(root, index))


def write_partition(
    root: str,
    index: int,
    articles: list[Article],
    events: list[list[Event]],
    errors: list[str | None],
    version: str,
) -> None:
    """Write one partition's events (by day) and then its documents file."""
    rows: list[dict[str, object]] = []
    for article, doc_events in zip(articles, events, strict=True):
        published = article.published.isoformat() if article.published else None
        rows.extend(event_to_row(e, published) for e in doc_events)
    if rows:
        ds.write_dataset(
            arrow_table(rows, EVENT_COLUMNS),
            f"{root.rstrip('/')}/events",
            format="parquet",
            partitioning=ds.partitioning(pa.schema([(PARTITION_COLUMN, pa.string())]), flavor="hive"),
            basename_template=f"part-{index:05}-{{i}}.parquet",
            existing_data_behavior="overwrite_or_ignore",
        )
    doc_rows = [
        _document_row(a, len(e), err, version) for a, e, err in zip(articles, events, errors, strict=True)
    ]
    target = documents_file(root, index)
    Path(target).parent.mkdir(parents=True, exist_ok=True)
    pq.write_table(arrow_table(doc_rows, DOCUMENT_FILE_COLUMNS), target + ".tmp")
    os.replace(target + ".tmp", target)


def _document_row(article: Article, n_events: int, error: str | None, version: str) -> dict[str, object]:
    return {
        "doc_id": article.doc_id, "content_hash": article.content_hash, "title": article.title, "url": article.url,
        "source": article.source, "published": article.published, "dateline": article.dateline,
        "origin": article.origin, "text": article.text, "coder_version": version, "n_events": n_events,
        "error": error,
    }  # fmt: skip


def read_events(root: str) -> Iterator[Event]:
    """Every event under ``ROOT/events``, as ``Event`` records (in no particular order)."""
    events_dir = f"{root.rstrip('/')}/events"
    if not os.path.isdir(events_dir):
        return
    dataset = ds.dataset(events_dir, format="parquet", partitioning="hive")
    for batch in dataset.to_batches():
        for row in batch.to_pylist():
            yield row_to_event(row)


def read_documents(root: str, index: int) -> list[dict[str, object]]:
    return pq.read_table(documents_file(root, index)).to_pylist()


def partition_indexes(root: str) -> list[int]:
    """Indexes of the complete partitions under ``root``."""
    names = glob.glob(documents_file(root, 0).replace("part-00000", "part-*"))
    return sorted(int(Path(n).stem.split("-")[1]) for n in names)


def partition_events(root: str, index: int) -> list[Event]:
    """The events of one input partition, from every day directory."""
    files = sorted(glob.glob(f"{root.rstrip('/')}/events/{PARTITION_COLUMN}=*/part-{index:05}-*.parquet"))
    return [row_to_event(row) for f in files for row in pq.read_table(f).to_pylist()]


@dataclass
class StoreLoad:
    documents: int = 0  # newly stored
    events: int = 0
    failures: int = 0
    already: int = 0  # documents the store had already


def _article(row: dict[str, object]) -> Article:
    keys = ("doc_id", "text", "title", "published", "url", "source", "dateline", "origin")
    return Article(**{k: row.get(k) for k in keys})  # type: ignore[arg-type]


def load_into_store(root: str, store: EventStore) -> StoreLoad:
    """Add the documents, events and failures of a Parquet run to the event store.

    Documents the store already holds (same content hash) are left as they are, so loading
    twice adds nothing. Memory holds one input partition at a time.

    >>> with EventStore("events.duckdb") as store:            # doctest: +SKIP
    ...     load_into_store("run-2024-05", store).documents
    20000
    """
    report = StoreLoad()
    for index in partition_indexes(root):
        by_doc: dict[str, list[Event]] = defaultdict(list)
        for event in partition_events(root, index):
            by_doc[event.doc_id].append(event)
        batch = []
        for row in read_documents(root, index):
            article = _article(row)
            if row.get("error"):
                store.add_failure(article, str(row["error"]))
                report.failures += 1
                continue
            events = by_doc.get(article.doc_id, [])
            batch.append(StoredDocument(article, events, [], str(row.get("coder_version") or "")))
        added = store.add_documents(batch)
        report.documents += added
        report.already += len(batch) - added
        report.events += sum(len(d.events) for d in batch)
    return report
