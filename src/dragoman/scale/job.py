"""A resumable batch job: articles in, events as JSON lines out, on one or more processes.

``code_to_jsonl`` is what ``dragoman code --workers N --resume`` runs. It streams the input
through ``code_parallel``, appends each document's events to the output, journals documents
once their events are durable (see ``resume``), and reports progress through a callback.
On Ctrl-C it commits every document already written before it stops.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from ..coding import DocumentResult
from ..pipeline import Pipeline
from ..schemas import Article
from .progress import ProgressCallback, ProgressTracker
from .resume import CommitClock, Journal, journal_path_for, skip_done
from .workers import PipelineSpec, code_parallel

log = logging.getLogger(__name__)


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


def event_lines(result: DocumentResult) -> bytes:
    """A document's events as JSON lines, in one blob so it is written with one call."""
    return "".join(json.dumps(e.to_dict(), ensure_ascii=False) + "\n" for e in result.events).encode("utf-8")


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
    output = Path(output)
    journal = Journal.open(output, resume=resume)
    skipped = [0]
    todo = skip_done(articles, journal, skipped)
    tracker = ProgressTracker(
        on_progress, total=None if total is None else max(total - len(journal.state.done), 0)
    )
    clock = CommitClock(every=commit_every)
    events = 0
    try:
        with output.open("ab") as out:
            try:
                results = code_parallel(todo, workers, spec=spec, pipeline=pipeline)
                for result in results:
                    out.write(event_lines(result))
                    journal.record(result.article, len(result.events), result.error, out.tell())
                    events += len(result.events)
                    tracker.advance(failed=result.error is not None)
                    tracker.skipped = skipped[0]
                    if clock.due(journal.pending):
                        journal.commit(out)
            finally:
                results.close()  # stop the workers now, also on Ctrl-C
                # Every document recorded so far has all its events written; keep them, and
                # cut anything after them (a document interrupted half-way through writing).
                journal.commit(out)
                out.flush()
                out.truncate(journal.state.offset)
    finally:
        journal.close()
    tracker.skipped = skipped[0]
    tracker.finish()
    return JobSummary(tracker.done, events, tracker.failed, skipped[0], output, journal_path_for(output))
