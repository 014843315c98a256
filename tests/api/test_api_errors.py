"""Every failure answers with one JSON error shape; hostile input never reaches SQL as code."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from dragoman.api import create_app
from dragoman.config import Settings
from dragoman.store import EventStore
from dragoman.store.testing import KeywordCoder


def assert_error(response, status: int, code: str | None = None) -> str:
    """The pinned error shape: exactly {"error": {"status", "code", "message"}}."""
    assert response.status_code == status
    assert response.headers["content-type"].startswith("application/json")
    body = response.json()
    assert list(body) == ["error"]
    assert set(body["error"]) == {"status", "code", "message"}
    assert body["error"]["status"] == status
    assert body["error"]["code"].startswith("E")
    assert body["error"]["message"]
    if code:
        assert body["error"]["code"] == code
    return body["error"]["message"]


@pytest.fixture()
def client(workbench_store: EventStore) -> TestClient:
    return TestClient(create_app(workbench_store, KeywordCoder(), Settings()), raise_server_exceptions=False)


@pytest.mark.parametrize(
    ("params", "status"),
    [
        ({"country": "TUR' OR '1'='1"}, 400),
        ({"actor": "'; DROP TABLE events; --"}, 200),
        ({"text": "%' UNION SELECT * FROM documents --"}, 200),
        ({"event_type": "CONSULT) OR (1=1"}, 400),
        ({"quad_class": "1;DELETE FROM events"}, 400),
        ({"sort": "day; DROP TABLE events"}, 400),
        ({"sort": "evidence_sentence"}, 400),
        ({"limit": "99999999999999999999999999"}, 422),
        ({"limit": "-1"}, 422),
        ({"offset": "1e400"}, 422),
        ({"offset": "10000001"}, 422),
        ({"start": "2024-02-30"}, 400),
        ({"start": "yesterday"}, 400),
        ({"end": "99999-01-01"}, 400),
        ({"start": "2024-06-01", "end": "2024-05-01"}, 400),
        ({"actor": "x" * 201}, 422),
        ({"actor": "\x00\u202e\ud7ff"}, 200),
    ],
)
def test_hostile_filters(client: TestClient, params: dict[str, str], status: int) -> None:
    response = client.get("/api/events", params=params)
    if status == 200:
        assert response.status_code == 200 and response.json()["total"] == 0
    else:
        assert_error(response, status)
    assert client.get("/api/stats").json()["counts"]["events"] == 14  # nothing dropped or deleted


@pytest.mark.parametrize(
    "path", ["/api/timeline", "/api/network", "/api/dyads", "/api/actors", "/api/locations"]
)
def test_summaries_validate_filters_too(client: TestClient, path: str) -> None:
    assert_error(client.get(path, params={"country": "1=1"}), 400, "E041")
    assert_error(client.get(path, params={"start": "2024-13-01"}), 400, "E041")


@pytest.mark.parametrize(
    ("path", "params", "named"),
    [
        ("/api/timeline", {"period": "decade"}, "period"),
        ("/api/network", {"by": "x"}, "by"),
        ("/api/dyads", {"period": "1; --"}, "period"),
    ],
)
def test_bad_summary_options(client: TestClient, path: str, params: dict[str, str], named: str) -> None:
    assert assert_error(client.get(path, params=params), 422).startswith(f"{named}:")


def test_not_found_shapes(client: TestClient) -> None:
    assert "GET /api/events" in assert_error(client.get("/api/events/nope"), 404, "E044")
    assert_error(client.get("/api/documents/nope"), 404, "E044")
    assert_error(client.get("/api/nothing-here"), 404, "E044")
    assert_error(client.delete("/api/events"), 405)


def test_oversize_body_is_refused(workbench_store: EventStore) -> None:
    app = create_app(workbench_store, KeywordCoder(), Settings(), max_body_bytes=2_000)
    client = TestClient(app)
    message = assert_error(
        client.post("/api/code", json={"text": "Turkey hosted Qatar. " * 200}), 413, "E413"
    )
    assert "2,000 byte limit" in message

    def chunks():  # no Content-Length: the limit must hold while streaming
        for _ in range(10):
            yield b"x" * 500

    assert_error(
        client.post("/api/code", content=chunks(), headers={"content-type": "application/json"}), 413
    )
    assert client.post("/api/code", json={"text": "Turkey hosted Qatar."}).status_code == 200


def test_malformed_json_and_missing_text(client: TestClient) -> None:
    assert_error(
        client.post("/api/code", content=b"{not json", headers={"content-type": "application/json"}), 422
    )
    assert_error(client.post("/api/code", json={"title": "no text"}), 422)
    assert_error(client.post("/api/code", json={"text": ""}), 422)
    assert_error(
        client.post("/api/code", json={"text": "Turkey hosted Qatar.", "published": "May 5"}), 400, "E010"
    )


def test_internal_errors_use_the_same_shape(workbench_store: EventStore) -> None:
    class Broken:
        def run(self, article):
            raise RuntimeError("model exploded")

    client = TestClient(create_app(workbench_store, Broken(), Settings()), raise_server_exceptions=False)
    message = assert_error(client.post("/api/code", json={"text": "Turkey hosted Qatar."}), 500, "E500")
    assert "exploded" not in message  # internals stay in the server log


def test_coding_failure_is_reported(client: TestClient) -> None:
    assert_error(client.post("/api/code", json={"text": "FAIL please"}), 422, "E010")
