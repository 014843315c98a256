"""Code documents into the store (ingest) and re-code stored ones (recode).

A coder is anything with ``pipe(articles, batch_size=...)`` yielding coded documents that have
``article``, ``events``, ``places`` and ``error`` (``dragoman.pipeline.Pipeline`` does); tests
pass a small fake. Documents already stored (same content hash) are skipped before coding, so
re-running an interrupted ingest only codes what is missing.
"""

from __future__ import annotations

import dataclasses
import logging
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from itertools import islice
from typing import Any, Protocol

from .. import __version__
from ..schemas import Article
from .store import EventStore, StoredDocument

log = logging.getLogger(__name__)

Progress = Callable[["LoadReport"], None]


class Coder(Protocol):
    def pipe(self, articles: Iterable[Article], batch_size: int = 32) -> Iterator[Any]: ...


@dataclass
class LoadReport:
    """What an ingest or recode run did."""

    seen: int = 0
    stored: int = 0
    skipped: int = 0  # already stored (same content hash)
    failed: int = 0
    events: int = 0

    def summary(self) -> str:
        return (
            f"{self.seen} documents read: {self.stored} stored, {self.skipped} already stored, "
            f"{self.failed} failed; {self.events} events"
        )


def coder_version(coder: object) -> str:
    """The version recorded with what ``coder`` produced."""
    return str(getattr(coder, "coder_version", None) or __version__)


def _chunks(items: Iterable[Article], size: int) -> Iterator[list[Article]]:
    iterator = iter(items)
    while chunk := list(islice(iterator, size)):
        yield chunk


def _new_articles(
    store: EventStore, articles: Iterable[Article], report: LoadReport, batch_size: int
) -> Iterator[Article]:
    """Articles not stored yet, each with a doc_id unused in the store and this run."""
    seen_hashes: set[str] = set()
    used_ids: set[str] = set()
    for chunk in _chunks(articles, batch_size):
        known = store.known_hashes(a.content_hash for a in chunk)
        for article in chunk:
            report.seen += 1
            digest = article.content_hash
            if digest in known or digest in seen_hashes:
                report.skipped += 1
                continue
            seen_hashes.add(digest)
            if article.doc_id in used_ids or store.doc_id_taken(article.doc_id):
                # another text already has this id (e.g. "doc0" from two folders): keep both
                article = dataclasses.replace(article, doc_id=f"{article.doc_id}-{digest[:8]}")
            used_ids.add(article.doc_id)
            yield article


def load_documents(
    store: EventStore,
    articles: Iterable[Article],
    coder: Coder,
    *,
    batch_size: int = 16,
    progress: Progress | None = None,
    on_problem: Callable[[str], None] | None = None,
) -> LoadReport:
    """Code new articles and store them, ``batch_size`` whole documents per transaction.

    >>> load_documents(store, [Article("a1", "Turkey hosted talks.")], pipeline).stored  # doctest: +SKIP
    1
    """
    report = LoadReport()
    version = coder_version(coder)
    pending: list[StoredDocument] = []

    def flush() -> None:
        if pending:
            report.stored += store.add_documents(pending)
            report.events += sum(len(d.events) for d in pending)
            pending.clear()
            if progress:
                progress(report)

    for coded in coder.pipe(_new_articles(store, articles, report, batch_size), batch_size=batch_size):
        if coded.error:
            log.info("could not code %s: %s", coded.article.doc_id, coded.error)
            store.add_failure(coded.article, coded.error)
            report.failed += 1
            if on_problem:
                on_problem(f"{coded.article.origin or coded.article.doc_id}: {coded.error}")
            continue
        pending.append(StoredDocument(coded.article, list(coded.events), list(coded.places or []), version))
        if len(pending) >= batch_size:
            flush()
    flush()
    store.sort_word_index()
    return report


def recode_documents(
    store: EventStore, coder: Coder, *, batch_size: int = 16, progress: Progress | None = None
) -> LoadReport:
    """Re-code every stored document with ``coder``, replacing its events (one transaction each)."""
    report = LoadReport()
    version = coder_version(coder)
    articles = list(store.iter_articles())
    store.maintain_words = False  # every sentence changes: rebuild the word index once, at the end
    try:
        for coded in coder.pipe(iter(articles), batch_size=batch_size):
            report.seen += 1
            if coded.error:
                store.add_failure(coded.article, coded.error)
                report.failed += 1
            else:
                store.replace_events(
                    coded.article.doc_id, list(coded.events), version, list(coded.places or [])
                )
                report.stored += 1
                report.events += len(coded.events)
            if progress and report.seen % batch_size == 0:
                progress(report)
    finally:
        store.maintain_words = True
        store.rebuild_word_index()
    return report


def ingest_paths(
    store: EventStore,
    paths: Iterable[str],
    coder: Coder,
    *,
    published: Any = None,
    batch_size: int = 16,
    on_problem: Callable[[str], None] | None = None,
    progress: Progress | None = None,
) -> LoadReport:
    """Read files and folders with ``dragoman.ingest.read_documents``, code and store them.

    Files or records that cannot be read are recorded as failures and reported to ``on_problem``.
    """
    from ..ingest import InputProblem, read_documents

    unreadable = 0

    def articles() -> Iterator[Article]:
        nonlocal unreadable
        for item in read_documents(paths, published=published):
            if isinstance(item, InputProblem):
                unreadable += 1
                store.record_failure(item.doc_id, item.message, origin=item.origin)
                if on_problem:
                    on_problem(str(item))
            else:
                yield item

    report = load_documents(
        store, articles(), coder, batch_size=batch_size, progress=progress, on_problem=on_problem
    )
    report.failed += unreadable
    report.seen += unreadable
    return report
