"""The Python API: code one text, or stream many documents through one pipeline."""

from __future__ import annotations

import threading
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date

from .errors import InputError
from .pipeline import Pipeline
from .schemas import Article, Event

_default_pipeline: Pipeline | None = None
_lock = threading.Lock()


def default_pipeline() -> Pipeline:
    """The process-wide pipeline; its model and resources load on first use."""
    global _default_pipeline
    with _lock:
        if _default_pipeline is None:
            _default_pipeline = Pipeline()
    return _default_pipeline


def parse_date(value: date | str | None) -> date | None:
    if value is None or isinstance(value, date):
        return value
    try:
        return date.fromisoformat(value.strip()[:10])
    except ValueError:
        raise InputError(f"date '{value}' is not YYYY-MM-DD") from None


@dataclass
class DocumentResult:
    """What coding one document produced: its events, or the error that stopped it."""

    article: Article
    events: list[Event]
    error: str | None = None


def code_text(
    text: str,
    published: date | str | None = None,
    *,
    doc_id: str = "doc",
    title: str | None = None,
    pipeline: Pipeline | None = None,
) -> list[Event]:
    """Code one text into events.

    >>> [e.event_type for e in code_text("Russian forces shelled Kyiv.", "2024-05-15")]  # doctest: +SKIP
    ['ASSAULT']
    """
    from .ingest.text import article_from_text

    article = article_from_text(text, doc_id=doc_id, published=parse_date(published), title=title)
    coded = (pipeline or default_pipeline()).run(article)
    if coded.error:
        raise InputError(coded.error)
    return coded.events


def code_documents(
    documents: Iterable[Article | str], *, pipeline: Pipeline | None = None, batch_size: int = 32
) -> Iterator[DocumentResult]:
    """Stream documents (``Article`` records or plain strings) through the pipeline.

    A document that fails yields a result with ``error`` set; the stream goes on.
    """
    from .ingest.text import article_from_text

    def as_articles() -> Iterator[Article]:
        for i, doc in enumerate(documents):
            yield doc if isinstance(doc, Article) else article_from_text(doc, doc_id=f"doc{i}")

    for coded in (pipeline or default_pipeline()).pipe(as_articles(), batch_size=batch_size):
        yield DocumentResult(coded.article, coded.events if coded.error is None else [], coded.error)
