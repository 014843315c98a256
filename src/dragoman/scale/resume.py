"""A resume journal kept next to a JSON-lines output, so a killed run can go on where it stopped.

The journal ``OUT.journal`` is an append-only JSON-lines file: one line per finished document
(doc id, content hash, number of events, error if any) carrying the byte length the output had
once that document's events were written. The order of writes makes output and journal agree:

1. the events of a batch of documents are appended to the output, which is flushed and fsync'd;
2. only then are the batch's journal lines appended, flushed and fsync'd.

On resume the output is cut back to the length named by the last complete journal line, which
drops events of documents that were written but never journaled (and any half-written line),
and journaled documents are skipped. A crash at any point therefore neither loses nor
duplicates a document.
"""

from __future__ import annotations

import json
import logging
import os
import time
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any

from ..errors import InputError
from ..schemas import Article

log = logging.getLogger(__name__)

JOURNAL_SUFFIX = ".journal"


def journal_path_for(output: Path) -> Path:
    """``events.jsonl`` -> ``events.jsonl.journal``."""
    return output.with_name(output.name + JOURNAL_SUFFIX)


@dataclass
class JournalEntry:
    doc_id: str
    content_hash: str
    events: int
    error: str | None
    offset: int  # output length once this document (and every earlier one) was written

    def to_json(self) -> str:
        return json.dumps(
            {
                "doc_id": self.doc_id,
                "hash": self.content_hash,
                "events": self.events,
                "error": self.error,
                "offset": self.offset,
            },
            ensure_ascii=False,
        )


@dataclass
class ResumeState:
    """What earlier runs finished: document ids with their content hashes, and the failures.

    A journal read at the start of a run; the documents of the run itself are only in the file.
    """

    done: dict[str, str] = field(default_factory=dict)  # doc_id -> content hash
    errors: dict[str, str] = field(default_factory=dict)  # doc_id -> error, for failed documents
    offset: int = 0  # committed length of the output


def read_journal(path: Path) -> tuple[ResumeState, int]:
    """Read a journal; return its state and the byte length of its complete lines.

    A last line cut short by a crash is ignored (and later cut off by ``Journal.open``).
    """
    state, good = ResumeState(), 0
    if not path.exists():
        return state, 0
    with path.open("rb") as fh:
        for raw in fh:
            if not raw.endswith(b"\n"):
                break
            try:
                entry = json.loads(raw)
            except json.JSONDecodeError:
                break
            state.done[entry["doc_id"]] = entry["hash"]
            if entry.get("error") is not None:
                state.errors[entry["doc_id"]] = entry["error"]
            state.offset = int(entry["offset"])
            good += len(raw)
    return state, good


class Journal:
    """Appends journal lines for documents whose output is durable.

    >>> journal = Journal.open(Path("events.jsonl"), resume=True)    # doctest: +SKIP
    >>> journal.state.done.get("doc-17")                               # doctest: +SKIP
    """

    def __init__(self, path: Path, state: ResumeState, handle: IO[str]) -> None:
        self.path, self.state, self._fh = path, state, handle
        self._pending: list[JournalEntry] = []

    @classmethod
    def open(cls, output: Path, *, resume: bool) -> Journal:
        """Open the journal of ``output``; with ``resume`` cut the output back to its last commit.

        Without ``resume`` the output and journal start empty.
        """
        path = journal_path_for(output)
        if not resume:
            output.write_bytes(b"")
            path.write_bytes(b"")
            return cls(path, ResumeState(), path.open("a", encoding="utf-8"))
        state, good = read_journal(path)
        size = output.stat().st_size if output.exists() else 0
        if size < state.offset:
            raise InputError(
                f"output {output} is shorter ({size} bytes) than its journal says ({state.offset}); "
                f"it was changed after the run stopped: start again without --resume"
            )
        with output.open("ab") as out:
            out.truncate(state.offset)
        if path.exists():
            with path.open("ab") as fh:
                fh.truncate(good)
        if size > state.offset:
            log.info("cut %d bytes of uncommitted events from %s", size - state.offset, output)
        return cls(path, state, path.open("a", encoding="utf-8"))

    def is_done(self, article: Article) -> bool:
        known = self.state.done.get(article.doc_id)
        if known is not None and known != article.content_hash:
            log.warning("%s changed since it was coded; keeping the earlier events", article.doc_id)
        return known is not None

    def record(self, article: Article, events: int, error: str | None, offset: int) -> None:
        # Only the journal file grows: documents of this run are not kept in memory, so that
        # memory stays flat over a long run (an input that repeats a doc_id codes it again).
        self._pending.append(JournalEntry(article.doc_id, article.content_hash, events, error, offset))

    @property
    def pending(self) -> int:
        return len(self._pending)

    def commit(self, output: IO[Any]) -> None:
        """Make the output durable, then the journal lines that point into it."""
        if not self._pending:
            return
        output.flush()
        os.fsync(output.fileno())
        self._fh.write("".join(entry.to_json() + "\n" for entry in self._pending))
        self._fh.flush()
        os.fsync(self._fh.fileno())
        self.state.offset = self._pending[-1].offset
        self._pending.clear()

    def close(self) -> None:
        self._fh.close()


def skip_done(articles: Iterable[Article], journal: Journal, counter: list[int]) -> Iterator[Article]:
    """Articles the journal does not list; ``counter[0]`` counts the ones skipped."""
    for article in articles:
        if journal.is_done(article):
            counter[0] += 1
        else:
            yield article


class CommitClock:
    """Says when to commit: every ``every`` documents or ``seconds`` seconds, whichever first."""

    def __init__(self, every: int = 256, seconds: float = 2.0) -> None:
        self.every, self.seconds = every, seconds
        self._last = time.monotonic()

    def due(self, pending: int) -> bool:
        if pending >= self.every or (pending and time.monotonic() - self._last >= self.seconds):
            self._last = time.monotonic()
            return True
        return False
