"""Code a stream of articles on several processes, one pipeline per process.

``code_parallel`` reads the input lazily in chunks, keeps a bounded number of chunks in flight
(memory does not grow with the corpus) and yields one ``DocumentResult`` per article **in input
order**. Each worker process builds its pipeline once, from a picklable ``PipelineSpec``, and
loads its models on start-up. A document whose stage raises gets a result with ``error`` set;
a document that kills its worker process (a crash in native code) is isolated by rerunning its
chunk one document at a time in a fresh pool, and gets an error result. The run goes on.
"""

from __future__ import annotations

import logging
import multiprocessing
import signal
from collections import deque
from collections.abc import Generator, Iterable, Iterator
from concurrent.futures import CancelledError, Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field
from itertools import islice

from ..coding import DocumentResult
from ..pipeline import DEFAULT_STAGES, Pipeline, StageRegistry, StageSpec
from ..schemas import Article, CodedDocument, Event, PlaceMention

log = logging.getLogger(__name__)


@dataclass
class Outcome:
    """What a worker sends back for one article (the article itself stays in the parent)."""

    events: list[Event] = field(default_factory=list)
    places: list[PlaceMention] = field(default_factory=list)
    error: str | None = None

    @classmethod
    def of(cls, coded: CodedDocument) -> Outcome:
        if coded.error is not None:
            return cls(error=coded.error)
        return cls(list(coded.events), list(coded.places))


ChunkOutcome = list[Outcome]


@dataclass(frozen=True)
class PipelineSpec:
    """What a worker needs to build its own pipeline: picklable, model-free.

    >>> PipelineSpec(stages=("nlp.v1",)).build().specs[0].name
    'nlp.v1'
    """

    stages: tuple[str, ...] = DEFAULT_STAGES
    extra_stages: tuple[StageSpec, ...] = ()  # registered before the pipeline is built
    batch_size: int = 32

    def build(self) -> Pipeline:
        registry = StageRegistry()
        for spec in self.extra_stages:
            registry.add(spec)
        return Pipeline(stages=self.stages, registry=registry)


def code_chunk(pipeline: Pipeline, articles: list[Article], batch_size: int = 32) -> ChunkOutcome:
    """Code a list of articles; never raises for a bad document.

    If a stage's batched ``pipe`` raises, the chunk is recoded one document at a time so that
    only the guilty document carries the error.
    """
    try:
        return [Outcome.of(c) for c in pipeline.pipe(articles, batch_size=batch_size)]
    except Exception:  # noqa: BLE001 - isolate the document below
        log.warning("batched coding failed on a chunk of %d; coding one at a time", len(articles))
    outcome: ChunkOutcome = []
    for article in articles:
        try:
            outcome.append(Outcome.of(pipeline.run(article)))
        except Exception as exc:  # noqa: BLE001 - one bad document must not end the run
            outcome.append(
                Outcome(error=f"[E099] {article.doc_id}: coding failed: {type(exc).__name__}: {exc}")
            )
    return outcome


# One pipeline per worker process, built by the pool's initializer.
_worker_state: dict[str, object] = {}


def _init_worker(spec: PipelineSpec) -> None:
    # Ctrl-C goes to the whole process group; only the parent decides what to do with it.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    pipeline = spec.build()
    _ = pipeline.stages  # load models now, once, not inside the first chunk
    _worker_state["pipeline"] = pipeline
    _worker_state["batch_size"] = spec.batch_size


def _code_chunk_in_worker(articles: list[Article]) -> ChunkOutcome:
    pipeline = _worker_state["pipeline"]
    assert isinstance(pipeline, Pipeline)
    return code_chunk(pipeline, articles, int(_worker_state["batch_size"]))  # type: ignore[call-overload]


def _coded(chunk: list[Article], outcome: ChunkOutcome) -> Iterator[CodedDocument]:
    # Parsed docs are not sent between processes: ``doc`` stays None.
    for article, out in zip(chunk, outcome, strict=True):
        yield CodedDocument(article, events=out.events, places=out.places, error=out.error)


def _chunks(articles: Iterable[Article], size: int) -> Iterator[list[Article]]:
    it = iter(articles)
    while chunk := list(islice(it, size)):
        yield chunk


class _Pool:
    """A process pool with its queue of chunks in flight, rebuilt when a worker dies."""

    def __init__(self, workers: int, spec: PipelineSpec, start_method: str) -> None:
        self.workers, self.spec = workers, spec
        self.context = multiprocessing.get_context(start_method)
        self.executor = self._new(workers)
        self.pending: deque[tuple[list[Article], Future[ChunkOutcome]]] = deque()

    def _new(self, workers: int) -> ProcessPoolExecutor:
        return ProcessPoolExecutor(
            workers, mp_context=self.context, initializer=_init_worker, initargs=(self.spec,)
        )

    def submit(self, chunk: list[Article]) -> None:
        try:
            self.pending.append((chunk, self.executor.submit(_code_chunk_in_worker, chunk)))
        except BrokenProcessPool:
            self.pending.append((chunk, Future()))
            self.restart()

    def collect(self) -> Iterator[CodedDocument]:
        """Wait for the oldest chunk and yield its results."""
        chunk, future = self.pending[0]
        try:
            outcome = future.result()
            self.pending.popleft()
        except (BrokenProcessPool, CancelledError):
            self.pending.popleft()
            self.restart()
            outcome = self.isolate(chunk)
        yield from _coded(chunk, outcome)

    def restart(self) -> None:
        """Replace a broken pool; chunks that went down with it are sent again."""
        log.warning("a worker process died; starting a fresh pool")
        self.executor.shutdown(wait=False, cancel_futures=True)
        self.executor = self._new(self.workers)
        chunks = [chunk for chunk, _ in self.pending]
        self.pending.clear()
        for chunk in chunks:
            self.pending.append((chunk, self.executor.submit(_code_chunk_in_worker, chunk)))

    def isolate(self, chunk: list[Article]) -> ChunkOutcome:
        """Recode a chunk whose pool died, one document at a time in a pool of its own.

        A separate pool means a death here is the document's own doing, not a neighbour's.
        """
        outcome: ChunkOutcome = []
        executor = self._new(1)
        try:
            for article in chunk:
                try:
                    outcome.extend(executor.submit(_code_chunk_in_worker, [article]).result())
                except BrokenProcessPool:
                    log.error("%s: the worker process died while coding it", article.doc_id)
                    outcome.append(
                        Outcome(error=f"[E098] {article.doc_id}: the worker process died while coding it")
                    )
                    executor.shutdown(wait=False)
                    executor = self._new(1)
        finally:
            executor.shutdown(wait=True)
        return outcome

    def close(self, *, cancel: bool) -> None:
        if cancel:
            # Ctrl-C or an error in the consumer: do not wait for chunks nobody will read.
            for process in list((self.executor._processes or {}).values()):
                process.terminate()
        self.executor.shutdown(wait=not cancel, cancel_futures=True)


def code_parallel(
    articles: Iterable[Article],
    workers: int = 1,
    *,
    spec: PipelineSpec | None = None,
    pipeline: Pipeline | None = None,
    chunk_size: int | None = None,
    max_in_flight: int | None = None,
    start_method: str = "spawn",
) -> Generator[DocumentResult, None, None]:
    """Code articles on ``workers`` processes; yield one result per article, in input order.

    With ``workers=1`` everything runs in this process (``pipeline`` or ``spec.build()``).
    At most ``max_in_flight`` chunks of ``chunk_size`` articles are read ahead, so memory stays
    flat however long the input is.

    >>> results = code_parallel(articles, workers=2)            # doctest: +SKIP
    >>> sum(len(r.events) for r in results)                     # doctest: +SKIP
    412
    """
    coded_stream = pipe_parallel(
        articles,
        workers,
        spec=spec,
        pipeline=pipeline,
        chunk_size=chunk_size,
        max_in_flight=max_in_flight,
        start_method=start_method,
    )
    try:
        for coded in coded_stream:
            yield DocumentResult(coded.article, coded.events, coded.error)
    finally:
        coded_stream.close()


def pipe_parallel(
    articles: Iterable[Article],
    workers: int = 1,
    *,
    spec: PipelineSpec | None = None,
    pipeline: Pipeline | None = None,
    chunk_size: int | None = None,
    max_in_flight: int | None = None,
    start_method: str = "spawn",
) -> Generator[CodedDocument, None, None]:
    """Like ``code_parallel`` but yields ``CodedDocument`` records (events, places, error; no parse)."""
    spec = spec or PipelineSpec()
    if workers <= 1:
        yield from _code_in_process(articles, pipeline or spec.build(), spec.batch_size)
        return
    chunk_size = chunk_size or spec.batch_size
    max_in_flight = max_in_flight or 2 * workers
    pool = _Pool(workers, spec, start_method)
    finished = False
    try:
        for chunk in _chunks(articles, chunk_size):
            pool.submit(chunk)
            while len(pool.pending) >= max_in_flight:
                yield from pool.collect()
        while pool.pending:
            yield from pool.collect()
        finished = True
    finally:
        pool.close(cancel=not finished)


@dataclass
class ParallelCoder:
    """A coder with the pipeline's ``pipe`` interface that codes on several processes.

    Hand it to code that takes a pipeline-like coder, e.g. the store's ``load_documents``.

    >>> load_documents(store, articles, ParallelCoder(workers=2))  # doctest: +SKIP
    """

    workers: int = 2
    spec: PipelineSpec = field(default_factory=PipelineSpec)

    def pipe(self, articles: Iterable[Article], batch_size: int = 32) -> Iterator[CodedDocument]:
        return pipe_parallel(articles, self.workers, spec=self.spec, chunk_size=batch_size)


def _code_in_process(
    articles: Iterable[Article], pipeline: Pipeline, batch_size: int
) -> Iterator[CodedDocument]:
    # Chunks keep the failure isolation of code_chunk without giving up nlp.pipe batching.
    for chunk in _chunks(articles, max(batch_size, 1) * 4):
        yield from _coded(chunk, code_chunk(pipeline, chunk, batch_size))
