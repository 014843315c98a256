"""Helpers shared by the benchmark scripts: a pipeline that can be built today, RSS, medians."""

from __future__ import annotations

import os
import statistics
from collections.abc import Sequence

import psutil

from dragoman.pipeline import DEFAULT_STAGES, Pipeline
from dragoman.scale.workers import PipelineSpec


def buildable_spec(stages: Sequence[str] = DEFAULT_STAGES) -> tuple[PipelineSpec, str | None]:
    """The longest prefix of ``stages`` whose factories build here, and why it is shorter if so.

    Stages under construction may not build yet; the benchmark then says which ran.
    """
    stages = tuple(stages)
    for end in range(len(stages), 0, -1):
        spec = PipelineSpec(stages=stages[:end])
        try:
            pipeline = spec.build()
            _ = pipeline.stages
        except Exception as exc:  # noqa: BLE001 - report and try a shorter pipeline
            reason = f"{stages[end - 1]} could not be built ({type(exc).__name__}: {exc})"
            continue
        return spec, (None if end == len(stages) else reason)
    raise SystemExit("not even the nlp stage builds: is the spaCy model installed?")


def warm(pipeline: Pipeline, articles) -> None:
    """Load every model and lazy resource before timing."""
    for _ in pipeline.pipe(articles[:3]):
        pass


def rss_mb(pid: int | None = None) -> float:
    return psutil.Process(pid or os.getpid()).memory_info().rss / 2**20


def children_rss_mb() -> list[float]:
    out = []
    for child in psutil.Process().children(recursive=True):
        try:
            out.append(child.memory_info().rss / 2**20)
        except psutil.Error:
            pass
    return out


def median(values: Sequence[float]) -> float:
    return statistics.median(values)


def machine_note() -> str:
    """Cores and load average, printed with every result: a busy machine skews timings."""
    load = ", ".join(f"{v:.1f}" for v in os.getloadavg())
    return f"{os.cpu_count()} cores, load average {load} (1/5/15 min) at the end"
