"""Coding posted text, storing it, and the token that guards storing."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from dragoman.api import create_app
from dragoman.config import Settings
from dragoman.store import EventStore
from dragoman.store.testing import KeywordCoder

TEXT = "Iran threatened Israel on Monday. Israel attacked Iran days later."


@pytest.fixture()
def store() -> EventStore:
    with EventStore(":memory:") as s:
        yield s


def test_code_returns_events_and_stores_nothing(store: EventStore) -> None:
    client = TestClient(create_app(store, KeywordCoder(), Settings()))
    body = client.post("/api/code", json={"text": TEXT, "published": "2024-04-15"}).json()
    assert [(e["event_type"], e["source"]["country"], e["target"]["country"]) for e in body["events"]] == [
        ("THREATEN", "IRN", "ISR"),
        ("ASSAULT", "ISR", "IRN"),
    ]
    assert body["events"][0]["date"] == "2024-04-15"
    assert store.counts()["documents"] == 0


def test_store_document_once(store: EventStore) -> None:
    client = TestClient(create_app(store, KeywordCoder(), Settings()))
    first = client.post("/api/documents", json={"text": TEXT, "title": "Strikes", "doc_id": "iran-1"})
    assert first.status_code == 201 and first.json() == {"doc_id": "iran-1", "stored": True, "events": 2}
    again = client.post("/api/documents", json={"text": TEXT, "title": "Strikes"})
    assert again.status_code == 200 and again.json()["stored"] is False and again.json()["doc_id"] == "iran-1"
    assert store.counts()["documents"] == 1 and store.counts()["events"] == 2
    doc = client.get("/api/documents/iran-1").json()
    assert doc["document"]["coder_version"] == KeywordCoder.coder_version
    clash = client.post("/api/documents", json={"text": "Another text.", "doc_id": "iran-1"})
    assert clash.status_code == 409 and clash.json()["error"]["code"] == "E409"


@pytest.mark.parametrize(
    ("headers", "status"),
    [
        ({}, 401),
        ({"Authorization": "Bearer wrong"}, 401),
        ({"Authorization": "Basic s3cret-token"}, 401),
        ({"Authorization": "Bearer s3cret-token"}, 201),
    ],
)
def test_token_guards_storing(store: EventStore, headers: dict[str, str], status: int) -> None:
    client = TestClient(create_app(store, KeywordCoder(), Settings(api_token="s3cret-token")))
    response = client.post("/api/documents", json={"text": TEXT}, headers=headers)
    assert response.status_code == status
    if status == 401:
        assert response.json()["error"]["code"] == "E401"
        assert store.counts()["documents"] == 0
    # coding without storing stays open
    assert client.post("/api/code", json={"text": TEXT}).status_code == 200
