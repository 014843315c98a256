"""Progress of a long run, reported through a callback: library code never prints.

A ``ProgressTracker`` counts finished documents and hands a ``Progress`` snapshot (count,
documents per second, ETA when the total is known) to the callback at most every
``interval`` seconds, and once more at the end. The CLI turns snapshots into a bar on stderr.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass


@dataclass(frozen=True)
class Progress:
    done: int  # documents finished in this run (coded or failed)
    failed: int
    skipped: int  # documents a resumed run found already done
    total: int | None  # documents expected in this run, when known
    elapsed: float  # seconds since the run started
    final: bool = False

    @property
    def rate(self) -> float:
        """Documents per second so far."""
        return self.done / self.elapsed if self.elapsed > 0 else 0.0

    @property
    def eta(self) -> float | None:
        """Seconds left, when the total is known and something has been done."""
        if self.total is None or self.rate <= 0:
            return None
        return max(self.total - self.done, 0) / self.rate


ProgressCallback = Callable[[Progress], None]


class ProgressTracker:
    """Counts documents and calls ``callback`` with snapshots, throttled to ``interval`` seconds.

    >>> seen = []
    >>> tracker = ProgressTracker(seen.append, total=2, interval=0)
    >>> tracker.advance(); tracker.advance(failed=True); tracker.finish()
    >>> (seen[-1].done, seen[-1].failed, seen[-1].final)
    (2, 1, True)
    """

    def __init__(
        self,
        callback: ProgressCallback | None,
        total: int | None = None,
        interval: float = 0.25,
        skipped: int = 0,
    ) -> None:
        self.callback, self.total, self.interval = callback, total, interval
        self.done = self.failed = 0
        self.skipped = skipped
        self._start = self._last = time.monotonic()

    def advance(self, count: int = 1, *, failed: int = 0) -> None:
        """Count ``count`` more documents, ``failed`` of them failed (``True`` counts as 1)."""
        self.done += count
        self.failed += int(failed)
        if self.callback is not None and time.monotonic() - self._last >= self.interval:
            self._last = time.monotonic()
            self.callback(self.snapshot())

    def snapshot(self, final: bool = False) -> Progress:
        return Progress(
            self.done, self.failed, self.skipped, self.total, time.monotonic() - self._start, final=final
        )

    def finish(self) -> Progress:
        progress = self.snapshot(final=True)
        if self.callback is not None:
            self.callback(progress)
        return progress


def format_progress(progress: Progress, width: int = 30) -> str:
    """One line for a terminal: bar (when the total is known), count, rate and ETA.

    >>> format_progress(Progress(50, 1, 0, 100, 10.0), width=10)
    '[#####.....]  50/100 docs  5.0 docs/s  ETA 0:10  1 failed'
    """
    parts = []
    if progress.total:
        filled = int(width * min(progress.done / progress.total, 1.0))
        parts.append("[" + "#" * filled + "." * (width - filled) + "]")
        parts.append(f"{progress.done:>{len(str(progress.total))}}/{progress.total} docs")
    else:
        parts.append(f"{progress.done} docs")
    parts.append(f"{progress.rate:.1f} docs/s")
    if progress.eta is not None and not progress.final:
        parts.append(f"ETA {_clock(progress.eta)}")
    elif progress.final:
        parts.append(f"in {_clock(progress.elapsed)}")
    if progress.failed:
        parts.append(f"{progress.failed} failed")
    if progress.skipped:
        parts.append(f"{progress.skipped} already done")
    return "  ".join(parts)


def _clock(seconds: float) -> str:
    minutes, secs = divmod(round(seconds), 60)
    hours, minutes = divmod(minutes, 60)
    return f"{hours}:{minutes:02}:{secs:02}" if hours else f"{minutes}:{secs:02}"
