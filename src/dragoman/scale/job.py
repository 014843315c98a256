"""Resumable batch output: events written per document, journaled once durable.

``ResumableOutput`` owns the output file and its journal. A batch writes a document's events
through any writer that takes a text stream (JSON lines, CSV...), then calls ``record``; the
journal is committed every few hundred documents or seconds, and on ``close`` (also after
Ctrl-C). ``code_to_jsonl`` puts it together with ``code_parallel`` for library users; the
``dragoman code`` command does the same around its own writers.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from types import TracebackType
from typing import Self, TextIO, TypeVar

from ..coding import DocumentResult
from ..pipeline import Pipeline
from ..schemas import Article
from .progress import ProgressCallback, ProgressTracker
from .resume import CommitClock, Journal, journal_path_for, skip_done
from .workers import PipelineSpec, code_parallel

log = logging.getLogger(__name__)

W = TypeVar("W")


class ResumableOutput:
    """An output file whose finished documents are journaled, so a killed run can resume.

    >>> with ResumableOutput(Path("events.jsonl"), resume=True) as out:   # doctest: +SKIP
    ...     for result in code_parallel(out.todo(articles), workers=2):
    ...         write_events(out.stream, result.events)
    ...         out.record(result)
    """

    def __init__(
        self, output: Path, *, resume: bool, commit_every: int = 256, commit_seconds: float = 2.0
    ) -> None:
        self.path = Path(output)
        self.journal = Journal.open(self.path, resume=resume)
        self.start = self.journal.state.offset
        self.stream: TextIO = self.path.open("r+", encoding="utf-8", newline="")
        self.stream.seek(self.start)
        self.clock = CommitClock(commit_every, commit_seconds)
        self.skipped = [0]

    @property
    def journal_path(self) -> Path:
        return journal_path_for(self.path)

    def writer(self, make: Callable[[TextIO], W]) -> W:
        """Build a writer on the stream; a header it writes is kept only at the top of the file."""
        writer = make(self.stream)
        if self.start > 0:
            self.stream.flush()
            self.stream.seek(self.start)
            self.stream.truncate()
        return writer

    def todo(self, articles: Iterable[Article]) -> Iterator[Article]:
        """The articles a previous run did not finish; ``skipped`` counts the others."""
        return skip_done(articles, self.journal, self.skipped)

    def record(self, result: DocumentResult) -> None:
        """Journal a document whose events have all been written to ``stream``."""
        self.stream.flush()
        self.journal.record(result.article, len(result.events), result.error, self.stream.tell())
        if self.clock.due(self.journal.pending):
            self.journal.commit(self.stream)

    def close(self) -> None:
        """Commit what is recorded and cut anything written after it (a half-written document)."""
        try:
            self.stream.flush()
            self.journal.commit(self.stream)
            self.stream.seek(self.journal.state.offset)
            self.stream.truncate()
        finally:
            self.stream.close()
            self.journal.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self, kind: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()


@dataclass
class JobSummary:
    documents: int  # coded in this run (including failures)
    events: int
    failed: int  # failures in this run
    skipped: int  # already done by an earlier run
    output: Path
    journal: Path

    def describe(self) -> str:
        """One line for the end of a run.

        >>> JobSummary(10, 31, 1, 5, Path("ev.jsonl"), Path("ev.jsonl.journal")).describe()
        '10 documents coded, 31 events, 5 already done, 1 failed (errors listed in ev.jsonl.journal)'
        """
        text = f"{self.documents} documents coded, {self.events} events"
        if self.skipped:
            text += f", {self.skipped} already done"
        if self.failed:
            text += f", {self.failed} failed (errors listed in {self.journal})"
        return text


def code_to_jsonl(
    articles: Iterable[Article],
    output: Path,
    *,
    workers: int = 1,
    resume: bool = False,
    spec: PipelineSpec | None = None,
    pipeline: Pipeline | None = None,
    on_progress: ProgressCallback | None = None,
    total: int | None = None,
    commit_every: int = 256,
) -> JobSummary:
    """Code ``articles`` into ``output`` (JSON lines); with ``resume`` skip what a killed run finished.

    Failed documents are listed with their error in the journal ``OUTPUT.journal``.

    >>> code_to_jsonl(read_articles("news.jsonl"), Path("events.jsonl"), workers=2)  # doctest: +SKIP
    JobSummary(documents=249, events=812, failed=0, skipped=0, ...)
    """
    events = 0
    with ResumableOutput(Path(output), resume=resume, commit_every=commit_every) as out:
        done_before = len(out.journal.state.done)
        tracker = ProgressTracker(on_progress, total=None if total is None else max(total - done_before, 0))
        results = code_parallel(out.todo(articles), workers, spec=spec, pipeline=pipeline)
        try:
            for result in results:
                out.stream.write(
                    "".join(json.dumps(e.to_dict(), ensure_ascii=False) + "\n" for e in result.events)
                )
                out.record(result)
                events += len(result.events)
                tracker.skipped = out.skipped[0]
                tracker.advance(failed=result.error is not None)
        finally:
            results.close()  # stop the workers now, also on Ctrl-C
    tracker.skipped = out.skipped[0]
    tracker.finish()
    return JobSummary(tracker.done, events, tracker.failed, out.skipped[0], out.path, out.journal_path)
