from __future__ import annotations

from collections.abc import Iterator

import pytest
from scale_fakes import FAKE_PIPELINE, make_articles

from dragoman.pipeline import Pipeline
from dragoman.scale.workers import code_chunk, code_parallel
from dragoman.schemas import Article


def _summary(results) -> list[tuple[str, list[dict], bool]]:
    return [(r.article.doc_id, [e.to_dict() for e in r.events], r.error is not None) for r in results]


def test_in_process_keeps_order_and_survives_a_failing_document() -> None:
    articles = make_articles(40, bad={7: "FAIL-RAISE"})
    results = list(code_parallel(articles, workers=1, spec=FAKE_PIPELINE))
    assert [r.article.doc_id for r in results] == [a.doc_id for a in articles]
    assert results[7].error is not None and "doc00007" in results[7].error and results[7].events == []
    assert all(len(r.events) == 1 and r.error is None for i, r in enumerate(results) if i != 7)


def test_two_workers_give_the_same_results_in_input_order() -> None:
    articles = make_articles(120, bad={3: "FAIL-RAISE"})
    single = _summary(code_parallel(articles, workers=1, spec=FAKE_PIPELINE))
    multi = _summary(code_parallel(articles, workers=2, spec=FAKE_PIPELINE, chunk_size=7))
    assert multi == single
    assert sum(failed for _, _, failed in multi) == 1


def test_a_document_that_kills_its_worker_is_isolated_and_the_run_goes_on() -> None:
    articles = make_articles(30, bad={11: "FAIL-CRASH"})
    results = list(code_parallel(articles, workers=2, spec=FAKE_PIPELINE, chunk_size=4))
    assert [r.article.doc_id for r in results] == [a.doc_id for a in articles]
    assert results[11].error is not None and "[E098]" in results[11].error
    assert [i for i, r in enumerate(results) if r.error] == [11]
    assert all(len(r.events) == 1 for i, r in enumerate(results) if i != 11)


def test_input_is_read_lazily_with_a_bounded_lookahead() -> None:
    consumed = 0

    def stream() -> Iterator[Article]:
        nonlocal consumed
        for article in make_articles(400):
            consumed += 1
            yield article

    results = code_parallel(stream(), workers=2, spec=FAKE_PIPELINE, chunk_size=5, max_in_flight=3)
    first = next(results)
    assert first.article.doc_id == "doc00000"
    assert consumed <= 5 * 3
    assert len(list(results)) == 399


class _PipeRaises:
    """A stage whose batched pipe raises on the whole batch while one-by-one calls work."""

    def __call__(self, coded):
        if "FAIL-RAISE" in coded.article.text:
            raise RuntimeError("bad document")
        return coded

    def pipe(self, stream, batch_size=32):
        for coded in stream:
            yield self(coded)


def test_code_chunk_falls_back_to_one_document_at_a_time() -> None:
    pipeline = FAKE_PIPELINE.build()
    pipeline._stages = [pipeline.stages[0], _PipeRaises(), pipeline.stages[1]]
    pipeline.specs = [pipeline.specs[0], pipeline.specs[0], pipeline.specs[1]]
    outcome = code_chunk(pipeline, make_articles(6, bad={2: "FAIL-RAISE"}))
    assert [out.error is not None for out in outcome] == [False, False, True, False, False, False]
    assert [len(out.events) for out in outcome] == [1, 1, 0, 1, 1, 1]


@pytest.mark.parametrize("workers", [1, 2])
def test_empty_input(workers: int) -> None:
    assert list(code_parallel([], workers=workers, spec=FAKE_PIPELINE)) == []


def test_workers_one_uses_the_given_pipeline() -> None:
    pipeline: Pipeline = FAKE_PIPELINE.build()
    results = list(code_parallel(make_articles(3), workers=1, pipeline=pipeline))
    assert pipeline._stages is not None and len(results) == 3


def test_parallel_coder_feeds_the_store_loader() -> None:
    from dragoman.scale.workers import ParallelCoder
    from dragoman.store import EventStore
    from dragoman.store.loader import load_documents

    with EventStore(":memory:") as store:
        report = load_documents(store, make_articles(20, bad={5: "FAIL-RAISE"}), ParallelCoder(2, FAKE_PIPELINE))
        events = store.counts()["events"]
    assert (report.stored, report.failed, events) == (19, 1, 19)
