"""The store keeps whole documents, once each, and gives back the events it was given."""

from __future__ import annotations

from datetime import date

import pytest

from dragoman.codes import EventType
from dragoman.errors import StoreError
from dragoman.schemas import Article
from dragoman.store import EventFilter, EventStore, StoredDocument
from dragoman.store.loader import load_documents, recode_documents
from dragoman.store.testing import KeywordCoder, make_event

TEXTS = [
    "Turkey hosted Qatar for talks on Gaza. Israel attacked Egypt near the border crossing.",
    "France sanctioned Iran over drones. Russia shelled Ukraine overnight.",
    "Germany aided Ukraine with air defence. China praised Russia at the summit.",
]


def articles(texts: list[str] = TEXTS) -> list[Article]:
    return [
        Article(f"a{i}", text, title=f"Story {i}", published=date(2024, 5, 6 + i))
        for i, text in enumerate(texts)
    ]


@pytest.fixture()
def store() -> EventStore:
    with EventStore(":memory:") as s:
        yield s


def test_round_trip_keeps_every_event_field(store: EventStore) -> None:
    event = make_event(
        "d1", 2, "Turkey", EventType.CONSULT, "Qatar", mode="host", place="Qatar", trigger="hosted"
    )
    event.contexts = ["diplomatic"]
    assert store.add_document(Article("d1", "Turkey hosted Qatar."), [event])
    (back,) = list(store.iter_events())
    assert back.to_dict() == event.to_dict()


def test_event_without_target_or_location_round_trips(store: EventStore) -> None:
    event = make_event("d1", 0, "Iran", EventType.THREATEN, None, day=None)
    store.add_document(Article("d1", "Iran threatened reporters."), [event])
    (back,) = list(store.iter_events())
    assert back.target is None and back.location is None and back.date is None


def test_same_document_twice_changes_nothing(store: EventStore) -> None:
    coder = KeywordCoder()
    first = load_documents(store, articles(), coder)
    before = store.counts()
    second = load_documents(store, articles(), coder)
    assert first.stored == 3 and first.events == 6
    assert second.stored == 0 and second.skipped == 3
    assert store.counts() == before


def test_same_id_different_text_keeps_both(store: EventStore) -> None:
    docs = [Article("doc0", TEXTS[0]), Article("doc0", TEXTS[1])]
    report = load_documents(store, docs, KeywordCoder())
    assert report.stored == 2
    ids = sorted(r["doc_id"] for r in store.fetch("SELECT doc_id FROM documents"))
    assert ids[0] == "doc0" and ids[1].startswith("doc0-")
    assert {e.doc_id for e in store.iter_events()} == set(ids)


def test_failed_document_is_recorded_and_batch_goes_on(store: EventStore) -> None:
    docs = articles([TEXTS[0], "FAIL this one. Turkey hosted Qatar.", TEXTS[2]])
    report = load_documents(store, docs, KeywordCoder())
    assert (report.stored, report.failed) == (2, 1)
    (failure,) = store.failures()
    assert failure["doc_id"] == "a1" and "E099" in failure["error"]


def test_failure_is_cleared_once_the_document_is_stored(store: EventStore) -> None:
    article = Article("x", "Turkey hosted Qatar.")
    store.add_failure(article, "[E099] flaky")
    store.add_document(article, [])
    assert store.failures() == []


def test_a_failing_batch_writes_nothing(store: EventStore) -> None:
    store.add_document(Article("d1", "Turkey hosted Qatar."), [])
    clash = Article("d1", "A different text under the same id.")  # violates the documents key
    event = make_event("d1", 0, "Iran", EventType.ACCUSE, "Israel")
    fresh = Article("d2", "Another text.")
    with pytest.raises(StoreError, match="nothing was written"):
        store.add_documents([StoredDocument(fresh, []), StoredDocument(clash, [event])])
    assert store.counts()["documents"] == 1 and store.counts()["events"] == 0


def test_places_and_actors_are_stored(store: EventStore) -> None:
    load_documents(store, articles()[:1], KeywordCoder())
    counts = store.counts()
    assert counts["places"] == 4  # Turkey, Qatar, Israel, Egypt
    assert counts["actors"] == 4  # two events, each with a source and a target


def test_recode_replaces_events_and_records_version(store: EventStore) -> None:
    load_documents(store, articles(), KeywordCoder())

    class Stricter(KeywordCoder):
        coder_version = "keyword-test-2"

        def run(self, article: Article):  # keeps only conflict events
            coded = super().run(article)
            coded.events = [e for e in coded.events if e.quad_class >= 3]
            return coded

    report = recode_documents(store, Stricter())
    assert report.stored == 3
    versions = {r["coder_version"] for r in store.fetch("SELECT coder_version FROM documents")}
    assert versions == {"keyword-test-2"}
    assert all(e.quad_class >= 3 for e in store.iter_events())
    assert store.counts()["events"] == 3
    assert store.counts()["actors"] == 6


def test_filters_select_matching_events(store: EventStore) -> None:
    load_documents(store, articles(), KeywordCoder())

    def types(**params: str) -> list[str]:
        return sorted(e.event_type for e in store.iter_events(EventFilter.from_params(**params)))

    assert types(country="UKR") == ["AID", "ASSAULT"]
    assert types(source_country="RUS") == ["ASSAULT"]
    assert types(actor="qat") == ["CONSULT"]
    assert types(quad_class="4") == ["ASSAULT", "ASSAULT", "SANCTION"]
    assert types(start="2024-05-07", end="2024-05-07") == ["ASSAULT", "SANCTION"]
    assert types(text="air defence") == ["AID"]
    assert types(location_country="EGY") == ["ASSAULT"]
    assert types(event_type="consult,support") == ["CONSULT", "SUPPORT"]


def test_text_filter_treats_wildcards_literally(store: EventStore) -> None:
    load_documents(store, articles(), KeywordCoder())
    assert list(store.iter_events(EventFilter.from_params(text="%"))) == []
    assert list(store.iter_events(EventFilter.from_params(text="_"))) == []


def test_query_pages_and_totals(store: EventStore) -> None:
    load_documents(store, articles(), KeywordCoder())
    page1, total = store.query_events(sort="goldstein", limit=4, offset=0)
    page2, _ = store.query_events(sort="goldstein", limit=4, offset=4)
    assert total == 6 and len(page1) == 4 and len(page2) == 2
    scores = [r["goldstein"] for r in page1 + page2]
    assert scores == sorted(scores)
    assert {r["event_id"] for r in page1}.isdisjoint(r["event_id"] for r in page2)


def test_store_on_disk_survives_reopening(tmp_path) -> None:
    path = tmp_path / "sub" / "events.duckdb"
    with EventStore(path) as store:
        load_documents(store, articles(), KeywordCoder())
    with EventStore(path) as store:
        assert store.counts()["documents"] == 3


def test_text_query_pages_and_totals(store: EventStore) -> None:
    load_documents(store, articles(), KeywordCoder())
    flt = EventFilter.from_params(text="ukraine")
    first, total = store.query_events(flt, limit=1)
    second, again = store.query_events(flt, limit=1, offset=1)
    beyond, still = store.query_events(flt, limit=1, offset=5)
    assert (total, again, still) == (2, 2, 2)
    assert len(first) == len(second) == 1 and first[0]["event_id"] != second[0]["event_id"]
    assert beyond == []
