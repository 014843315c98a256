"""Reading endpoints: events with filters, sorting and pages; documents; summaries."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from dragoman.api import create_app
from dragoman.config import Settings
from dragoman.store import EventStore
from dragoman.store.testing import KeywordCoder


@pytest.fixture()
def client(workbench_store: EventStore) -> TestClient:
    return TestClient(create_app(workbench_store, KeywordCoder(), Settings()))


def test_events_carry_evidence_and_highlights(client: TestClient) -> None:
    body = client.get("/api/events", params={"actor": "Germany"}).json()
    assert body["total"] == 1
    (event,) = body["events"]
    assert event["event_type"] == "AID" and event["target"]["country"] == "UKR"
    sentence = event["evidence"]["sentence"]
    assert sentence == "Germany aided Ukraine with air defence."
    marks = {m["role"]: sentence[m["start"] : m["end"]] for m in event["highlights"]}
    assert marks == {"trigger": "aided", "source": "Germany", "target": "Ukraine"}


@pytest.mark.parametrize(
    ("params", "expected"),
    [
        ({"country": "ukr"}, 3),
        ({"source_country": "RUS"}, 1),
        ({"target_country": "ISR"}, 3),
        ({"sector": "GOV"}, 14),
        ({"event_type": "ACCUSE"}, 3),
        ({"quad_class": "1,2"}, 7),
        ({"start": "2024-05-14", "end": "2024-05-15"}, 4),
        ({"location_country": "EGY"}, 3),
        ({"text": "50%"}, 1),
        ({"actor": "qatar", "event_type": "CONSULT"}, 2),
    ],
)
def test_event_filters(client: TestClient, params: dict[str, str], expected: int) -> None:
    body = client.get("/api/events", params=params).json()
    assert body["total"] == expected == len(body["events"])


def test_pagination_walks_every_event_once(client: TestClient) -> None:
    seen, offset = [], 0
    while offset is not None:
        page = client.get("/api/events", params={"limit": 4, "offset": offset, "sort": "date"}).json()
        assert len(page["events"]) <= 4
        seen.extend(e["event_id"] for e in page["events"])
        offset = page["next_offset"]
    assert len(seen) == len(set(seen)) == 14
    beyond = client.get("/api/events", params={"offset": 100}).json()
    assert beyond["events"] == [] and beyond["next_offset"] is None


def test_sorting(client: TestClient) -> None:
    days = [e["day"] for e in client.get("/api/events", params={"sort": "-date"}).json()["events"]]
    assert days == sorted(days, reverse=True)
    scores = [
        e["goldstein"] for e in client.get("/api/events", params={"sort": "goldstein"}).json()["events"]
    ]
    assert scores == sorted(scores)


def test_one_event_and_its_document(client: TestClient) -> None:
    listed = client.get("/api/events", params={"text": "overnight"}).json()["events"][0]
    event = client.get(f"/api/events/{listed['event_id']}").json()
    assert event["document"]["title"] == "Night of shelling"
    assert event["evidence"]["sentence_start"] == 0
    doc = client.get(f"/api/documents/{event['doc_id']}").json()
    assert doc["text"].startswith("Russia shelled Ukraine overnight.")
    assert "".join(s["text"] for s in doc["segments"]) == doc["text"]
    marked = {s["text"]: s["event_ids"] for s in doc["segments"] if s["event_ids"]}
    assert marked == {"shelled": [event["event_id"]], "aided": [doc["events"][1]["event_id"]]}


def test_document_list(client: TestClient) -> None:
    body = client.get("/api/documents", params={"limit": 3}).json()
    assert body["total"] == 7
    assert [d["published"] for d in body["documents"]] == ["2024-05-28", "2024-05-21", "2024-05-15"]


def test_actors(client: TestClient) -> None:
    actors = client.get("/api/actors").json()["actors"]
    egypt = next(a for a in actors if a["name"] == "Egypt")
    assert (egypt["as_source"], egypt["as_target"], egypt["country"]) == (2, 3, "EGY")
    only = client.get("/api/actors", params={"name": "germ"}).json()["actors"]
    assert [a["name"] for a in only] == ["Germany"]


def test_timeline_weeks_and_goldstein(client: TestClient) -> None:
    periods = client.get("/api/timeline").json()["periods"]
    assert [p["period"] for p in periods] == ["2024-05-06", "2024-05-13", "2024-05-20", "2024-05-27"]
    first = periods[0]
    assert sum(first["counts"].values()) == first["total"] == 6
    months = client.get("/api/timeline", params={"period": "month"}).json()["periods"]
    assert [p["total"] for p in months] == [14]


def test_dyads_per_period(client: TestClient) -> None:
    dyads = client.get("/api/dyads", params={"period": "week", "country": "ISR"}).json()["dyads"]
    pairs = {(d["source"], d["target"], d["period"]): d for d in dyads}
    assert pairs[("ISR", "EGY", "2024-05-06")]["goldstein_sum"] == -9.0
    assert pairs[("TUR", "ISR", "2024-05-27")]["count"] == 1


def test_network_edges_are_toned(client: TestClient) -> None:
    net = client.get("/api/network").json()
    edges = {(e["source"], e["target"]): e for e in net["edges"]}
    assert edges[("Russia", "Ukraine")]["tone"] == "conflict"
    assert edges[("Germany", "Ukraine")]["tone"] == "cooperation"
    ids = {n["id"] for n in net["nodes"]}
    assert all(e["source"] in ids and e["target"] in ids for e in net["edges"])
    by_country = client.get("/api/network", params={"by": "country", "actor": "Iran"}).json()
    assert {(e["source"], e["target"]) for e in by_country["edges"]} == {("FRA", "IRN"), ("IRN", "FRA")}


def test_locations(client: TestClient) -> None:
    body = client.get("/api/locations").json()
    cairo = next(p for p in body["points"] if p["name"] == "Cairo")
    assert cairo["count"] == 3 and cairo["country"] == "EGY"
    assert sum(c["count"] for c in body["countries"]) == 14


def test_stats_and_openapi(client: TestClient) -> None:
    stats = client.get("/api/stats").json()
    assert stats["counts"]["events"] == 14 and stats["first_day"] == "2024-05-06"
    paths = client.get("/openapi.json").json()["paths"]
    for path in (
        "/api/events",
        "/api/events/{event_id}",
        "/api/documents/{doc_id}",
        "/api/actors",
        "/api/dyads",
        "/api/timeline",
        "/api/network",
        "/api/code",
        "/api/documents",
    ):
        assert path in paths


def test_dyads_by_actor_name(client: TestClient) -> None:
    dyads = client.get("/api/dyads", params={"by": "actor", "period": "month", "actor": "Israel"}).json()[
        "dyads"
    ]
    assert {(d["source"], d["target"]) for d in dyads} == {
        ("Israel", "Egypt"),
        ("Egypt", "Israel"),
        ("Qatar", "Israel"),
        ("Turkey", "Israel"),
    }
    assert all(d["period"] == "2024-05-01" and d["count"] == 1 for d in dyads)
