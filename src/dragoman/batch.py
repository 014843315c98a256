"""Batch coding: a stream of documents in, events out to a writer, failures counted and kept.

``code_stream`` is the core: it takes what ingest yields (``Article`` records and
``InputProblem`` records), codes the articles through a pipeline with
``dragoman.coding.code_documents``, hands each event to a sink (any object with
``write(event)``, such as the writers in ``dragoman.output.writers``) and returns a
``BatchSummary``. One bad document never stops the batch: it becomes an ``InputProblem``
(what ingest yields for unreadable input, and also what a document the pipeline failed on
becomes), reported at once through ``on_failure`` and listed in the summary. ``code_files`` adds reading files
and folders in front. Progress reporting, worker processes or resumable runs go around the
same pieces: they take the article iterator and a sink.

Example (reads ``articles/`` and loads the language model, so not run as a doctest)::

    from dragoman.output.writers import JsonlWriter
    with open("events.jsonl", "w") as out:
        summary = code_files(["articles/"], JsonlWriter(out))
    print(summary.describe())  # 12 documents coded, 31 events, 1 failed
"""

from __future__ import annotations

import json
import logging
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date
from itertools import chain
from pathlib import Path
from typing import Protocol

from .coding import DocumentResult, code_documents, default_pipeline
from .ingest.problems import InputProblem
from .ingest.sources import read_documents
from .pipeline import Pipeline
from .schemas import Article, Event

log = logging.getLogger(__name__)


class EventSink(Protocol):
    def write(self, event: Event) -> None: ...


@dataclass
class BatchSummary:
    """What a batch did: documents coded (with or without events), events written, failures."""

    coded: int = 0
    events: int = 0
    failures: list[InputProblem] = field(default_factory=list)

    @property
    def failed(self) -> int:
        return len(self.failures)

    def describe(self) -> str:
        """One line for the end of a run.

        >>> BatchSummary(coded=3, events=7, failures=[InputProblem("a.pdf", "not text")]).describe()
        '3 documents coded, 7 events, 1 failed'
        """
        noun = "document" if self.coded == 1 else "documents"
        text = f"{self.coded} {noun} coded, {self.events} event{'s' if self.events != 1 else ''}"
        return f"{text}, {self.failed} failed" if self.failures else text


FailureCallback = Callable[[InputProblem], None]
# How results are made from the articles and the chosen pipeline (e.g. on worker processes,
# skipping documents a resumed run finished: ``dragoman.scale.run.ScaledRun.coder``).
Coder = Callable[[Iterable[Article], Pipeline], Iterable[DocumentResult]]


def code_stream(
    items: Iterable[Article | InputProblem],
    sink: EventSink,
    *,
    pipeline: Pipeline | None = None,
    on_failure: FailureCallback | None = None,
    batch_size: int = 32,
    coder: Coder | None = None,
    on_document: Callable[[DocumentResult], None] | None = None,
) -> BatchSummary:
    """Code every article in ``items`` and write its events to ``sink``; problems are counted.

    ``pipeline`` defaults to ``dragoman.coding.default_pipeline()``; ``coder`` (default:
    ``code_documents`` in this process) turns articles into results; ``on_document`` is called
    with each result once its events are written.
    """
    summary = BatchSummary()

    def fail(failure: InputProblem) -> None:
        summary.failures.append(failure)
        log.info("not coded: %s", failure)
        if on_failure is not None:
            on_failure(failure)

    def articles() -> Iterator[Article]:
        for item in items:
            if isinstance(item, InputProblem):
                fail(item)
            else:
                yield item

    stream = articles()
    first = next(stream, None)
    if first is None:  # nothing readable: do not load the model for nothing
        return summary
    chosen = pipeline or default_pipeline()
    results: Iterable[DocumentResult]
    if coder is None:
        results = code_documents(chain([first], stream), pipeline=chosen, batch_size=batch_size)
    else:
        results = coder(chain([first], stream), chosen)
    for result in results:
        article = result.article
        if result.error is not None:
            fail(InputProblem(article.origin or article.doc_id, result.error, article.doc_id))
        else:
            for event in result.events:
                sink.write(event)
            summary.coded += 1
            summary.events += len(result.events)
        if on_document is not None:
            on_document(result)
    return summary


def code_files(
    paths: Iterable[str | Path],
    sink: EventSink,
    *,
    published: date | None = None,
    pipeline: Pipeline | None = None,
    on_failure: FailureCallback | None = None,
    coder: Coder | None = None,
    on_document: Callable[[DocumentResult], None] | None = None,
) -> BatchSummary:
    """Read files and folders (see ``dragoman.ingest.sources``) and code them into ``sink``."""
    return code_stream(
        read_documents(paths, published=published), sink, pipeline=pipeline, on_failure=on_failure,
        coder=coder, on_document=on_document,
    )


def failures_path_for(output: Path) -> Path:
    """Where the failures of a run writing ``output`` are listed.

    >>> failures_path_for(Path("out/events.jsonl")).as_posix()
    'out/events.failures.jsonl'
    """
    return output.with_name(f"{output.stem}.failures.jsonl")


def write_failures(failures: Iterable[InputProblem], path: Path) -> int:
    """Write failures as JSON lines (origin, message, doc_id); returns how many."""
    count = 0
    with path.open("w", encoding="utf-8") as stream:
        for failure in failures:
            stream.write(json.dumps(failure.to_dict(), ensure_ascii=False) + "\n")
            count += 1
    return count
