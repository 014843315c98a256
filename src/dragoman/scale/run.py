"""What ``--workers``, ``--resume`` and progress add to a batch, as pieces a batch loop plugs in.

A ``ScaledRun`` gives a batch (``dragoman.batch.code_stream``) three things:

* ``open_output(path)``: the output stream, journaled (``PATH.journal``) so the run can resume;
* ``coder(articles, pipeline)``: results for the articles not finished by an earlier run, coded
  in this process or on ``workers`` processes, in input order;
* ``on_document(result)``: called once a document's events are written: journals it and
  advances the progress tracker.

    run = ScaledRun(workers=2, resume=True, on_progress=show)
    with run.open_output(Path("events.jsonl")) as stream:
        writer = run.writer(JsonlWriter, stream)
        code_stream(items, writer, coder=run.coder, on_document=run.on_document)
    run.finish()
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import TextIO, TypeVar

from ..coding import DocumentResult, code_documents
from ..pipeline import Pipeline
from ..schemas import Article
from .job import ResumableOutput
from .progress import Progress, ProgressCallback, ProgressTracker
from .workers import PipelineSpec, code_parallel

log = logging.getLogger(__name__)

W = TypeVar("W")


@dataclass
class ScaledRun:
    """Workers, resume journal and progress for one batch run.

    >>> run = ScaledRun(workers=1)
    >>> [r.article.doc_id for r in run.coder([], pipeline=None)]
    []
    """

    workers: int = 1
    resume: bool = False
    on_progress: ProgressCallback | None = None
    total: int | None = None  # documents expected, for the ETA
    spec: PipelineSpec = field(default_factory=PipelineSpec)
    output: ResumableOutput | None = None
    tracker: ProgressTracker = field(init=False)

    def __post_init__(self) -> None:
        self.tracker = ProgressTracker(self.on_progress, total=self.total)

    @contextmanager
    def open_output(self, path: Path) -> Iterator[TextIO]:
        """The output file's stream, journaled; with ``resume`` positioned after the last commit."""
        with ResumableOutput(path, resume=self.resume) as output:
            self.output = output
            if self.total is not None:
                self.tracker.total = max(self.total - len(output.journal.state.done), 0)
            yield output.stream

    def writer(self, make: Callable[[TextIO], W], stream: TextIO) -> W:
        """Build a writer on ``stream``; on a resumed file its header is not written twice."""
        if self.output is not None and stream is self.output.stream:
            return self.output.writer(make)
        return make(stream)

    def coder(self, articles: Iterable[Article], pipeline: Pipeline | None) -> Iterator[DocumentResult]:
        """Results for the articles an earlier run did not finish, in input order."""
        todo = self.output.todo(articles) if self.output is not None else articles
        if self.workers <= 1:
            # In this process, exactly as without scaling options.
            return code_documents(todo, pipeline=pipeline, batch_size=self.spec.batch_size)
        return code_parallel(todo, self.workers, spec=self.spec)

    def on_document(self, result: DocumentResult) -> None:
        if self.output is not None:
            self.output.record(result)
            self.tracker.skipped = self.output.skipped[0]
        self.tracker.advance(failed=result.error is not None)

    @property
    def skipped(self) -> int:
        """Documents an earlier run had finished."""
        return self.output.skipped[0] if self.output is not None else 0

    def earlier_failures(self) -> list[tuple[str, str]]:
        """(doc_id, error) of documents that failed in the runs this one resumes."""
        if self.output is None:
            return []
        return list(self.output.journal.state.errors.items())

    def finish(self) -> Progress:
        self.tracker.skipped = self.skipped
        return self.tracker.finish()
