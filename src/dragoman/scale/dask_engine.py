"""Code a corpus on a Dask cluster, writing events as Parquet partitioned by day.

The client reads the input lazily and cuts it into partitions of ``partition_size`` articles,
keeping a bounded number of tasks in flight. Each task codes its partition on a worker with a
pipeline built once per worker process (cached by ``PipelineSpec``) and writes its Parquet
files itself (see ``dragoman.scale.parquet``), so results never travel back through the client.
The output root must be reachable from every worker: a shared file system or an object store.

``scheduler="local"`` starts a ``LocalCluster`` on this machine; any other value is the address
of a running scheduler (``tcp://host:8786``).
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from itertools import islice
from typing import Any

from .. import __version__
from ..pipeline import Pipeline
from ..schemas import Article
from .parquet import PartitionResult, partition_done, write_partition
from .progress import ProgressCallback, ProgressTracker
from .workers import PipelineSpec, code_chunk

log = logging.getLogger(__name__)

_pipelines: dict[PipelineSpec, tuple[Pipeline, threading.Lock]] = {}
_pipelines_lock = threading.Lock()


def worker_pipeline(spec: PipelineSpec) -> tuple[Pipeline, threading.Lock]:
    """This process's pipeline for ``spec``, built (and its models loaded) on first use.

    The lock serialises coding when a worker runs several threads: one spaCy pipeline per
    process keeps memory per worker at one model.
    """
    with _pipelines_lock:
        if spec not in _pipelines:
            pipeline = spec.build()
            _ = pipeline.stages
            _pipelines[spec] = (pipeline, threading.Lock())
        return _pipelines[spec]


def _build_here(spec: PipelineSpec) -> None:
    worker_pipeline(spec)


def preload(client: Any, spec: PipelineSpec) -> None:
    """Build the pipeline (load the models) on every worker now rather than in the first task."""
    client.run(_build_here, spec)


def code_partition(spec: PipelineSpec, root: str, index: int, articles: list[Article]) -> PartitionResult:
    """The task run on a worker: code one partition and write it under ``root``."""
    pipeline, lock = worker_pipeline(spec)
    with lock:
        outcome = code_chunk(pipeline, articles, spec.batch_size)
    errors = [o.error for o in outcome]
    write_partition(root, index, articles, [o.events for o in outcome], errors, __version__)
    return PartitionResult(
        index,
        len(articles),
        sum(len(o.events) for o in outcome),
        [(a.doc_id, e) for a, e in zip(articles, errors, strict=True) if e is not None],
    )


@dataclass
class DaskSummary:
    documents: int = 0
    events: int = 0
    partitions: int = 0
    skipped_partitions: int = 0  # complete from an earlier run (resume)
    errors: list[tuple[str, str]] = field(default_factory=list)

    def describe(self, root: str) -> str:
        text = f"{self.documents} documents coded in {self.partitions} partitions, {self.events} events"
        if self.skipped_partitions:
            text += f", {self.skipped_partitions} partitions already done"
        if self.errors:
            text += f", {len(self.errors)} failed (listed in {root}/documents, column error)"
        return f"{text}; Parquet written to {root}"


@contextmanager
def dask_client(scheduler: str = "local", n_workers: int = 2, processes: bool = True) -> Iterator[Any]:
    """A ``distributed.Client``: on a fresh LocalCluster, or connected to ``scheduler``."""
    from distributed import Client, LocalCluster

    if scheduler != "local":
        with Client(scheduler) as client:
            yield client
        return
    with (
        LocalCluster(
            n_workers=n_workers, threads_per_worker=1, processes=processes, dashboard_address=None
        ) as cluster,
        Client(cluster) as client,
    ):
        yield client


def _partitions(articles: Iterable[Article], size: int) -> Iterator[tuple[int, list[Article]]]:
    it = iter(articles)
    index = 0
    while chunk := list(islice(it, size)):
        yield index, chunk
        index += 1


def code_on_dask(
    articles: Iterable[Article],
    root: str,
    client: Any,
    *,
    spec: PipelineSpec | None = None,
    partition_size: int = 200,
    resume: bool = False,
    on_progress: ProgressCallback | None = None,
    max_in_flight: int | None = None,
) -> DaskSummary:
    """Code ``articles`` on the cluster behind ``client``; Parquet goes under ``root``.

    With ``resume``, partitions whose documents file exists are not coded again (the input must
    be the same, in the same order, for partitions to line up).

    >>> with dask_client("local", n_workers=2) as client:             # doctest: +SKIP
    ...     code_on_dask(read_articles("news.jsonl"), "out/parquet", client).events
    812
    """
    from distributed import as_completed

    spec = spec or PipelineSpec()
    summary = DaskSummary()
    tracker = ProgressTracker(on_progress)
    limit = max_in_flight or 2 * max(sum(client.nthreads().values()), 1)
    running = as_completed()
    for index, chunk in _partitions(articles, partition_size):
        if resume and partition_done(root, index):
            summary.skipped_partitions += 1
            continue
        running.add(client.submit(code_partition, spec, root, index, chunk, pure=False))
        while running.count() >= limit:
            _take(next(running), summary, tracker)
    for future in running:
        _take(future, summary, tracker)
    tracker.finish()
    return summary


def _take(future: Any, summary: DaskSummary, tracker: ProgressTracker) -> None:
    result: PartitionResult = future.result()
    summary.partitions += 1
    summary.documents += result.documents
    summary.events += result.events
    summary.errors.extend(result.errors)
    tracker.advance(result.documents, failed=len(result.errors))
    future.release()
