"""The dashboard in headless Chromium: load, filter by an actor, open an event, read its evidence."""

from __future__ import annotations

import os
import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from dragoman.api import create_app
from dragoman.config import Settings
from dragoman.store.testing import KeywordCoder, sample_store

CHROMIUM = "/usr/bin/chromium"
ARTIFACTS = Path(__file__).resolve().parents[2] / "test-artifacts"
BROWSER_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(
        not os.path.exists(CHROMIUM),
        reason=f"Debian Chromium not installed at {CHROMIUM} (apt-get install chromium)",
    ),
]


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@pytest.fixture(scope="module")
def server_url() -> Iterator[str]:
    import uvicorn

    store = sample_store()
    port = _free_port()
    app = create_app(store, KeywordCoder(), Settings())
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not server.started and time.monotonic() < deadline:
        time.sleep(0.05)
    assert server.started, "the test server did not start"
    yield f"http://127.0.0.1:{port}"
    server.should_exit = True
    thread.join(timeout=10)
    store.close()


@pytest.fixture(scope="module")
def page(server_url: str) -> Iterator[object]:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=BROWSER_ARGS)
        context = browser.new_context(viewport={"width": 1280, "height": 1400})
        page = context.new_page()
        page.set_default_timeout(15_000)
        errors: list[str] = []
        page.on("pageerror", lambda exc: errors.append(str(exc)))
        page.errors = errors  # type: ignore[attr-defined]
        yield page
        browser.close()


def _ready(page) -> None:
    page.wait_for_selector("body[data-ready=true]")


def test_dashboard_draws_every_panel(page, server_url: str) -> None:
    requests: list[str] = []
    page.on("request", lambda req: requests.append(req.url))
    page.goto(server_url + "/")
    _ready(page)
    assert page.locator("#timeline svg rect").count() >= 4
    assert page.locator("#timeline polyline.goldstein").count() == 1
    assert page.locator("#network .node").count() >= 8
    assert page.locator("#network line.conflict").count() >= 1
    assert page.locator("#network line.cooperation").count() >= 1
    assert page.locator("#map path.country").count() > 100
    assert page.locator("#map circle.point").count() >= 5
    assert page.locator("#events tbody tr").count() == 14
    assert "14 events from 7 documents" in page.inner_text("#stats")
    assert all(url.startswith(server_url) for url in requests), "every asset comes from this server"
    assert page.errors == []  # type: ignore[attr-defined]


def test_filter_by_actor_open_event_and_document(page, server_url: str) -> None:
    page.goto(server_url + "/")
    _ready(page)
    page.evaluate("document.body.dataset.ready = 'false'")
    page.click("#network .node[data-actor='Germany']")
    _ready(page)
    assert "actor=Germany" in page.url
    rows = page.locator("#events tbody tr")
    assert rows.count() == 1
    assert page.input_value("input[name=actor]") == "Germany"

    rows.first.click()
    page.wait_for_selector("#detail:not([hidden]) #evidence")
    evidence = page.locator("#evidence")
    assert evidence.inner_text() == "Germany aided Ukraine with air defence."
    assert evidence.locator("mark.trigger").inner_text() == "aided"
    assert evidence.locator("mark.source").inner_text() == "Germany"
    assert evidence.locator("mark.target").inner_text() == "Ukraine"
    assert "event=" in page.url
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "dashboard-evidence.png"), full_page=True)

    page.click("#doc-link")
    page.wait_for_selector("#document:not([hidden]) .text mark")
    assert page.locator("#doc-body h2").inner_text() == "Night of shelling"
    assert page.locator("#doc-body .text mark").all_inner_texts() == ["shelled", "aided"]
    page.screenshot(path=str(ARTIFACTS / "dashboard-document.png"))


def test_filters_survive_a_reload_from_the_url(page, server_url: str) -> None:
    page.goto(server_url + "/?event_type=ASSAULT&start=2024-05-01&end=2024-05-10")
    _ready(page)
    assert page.input_value("select[name=event_type]") == "ASSAULT"
    assert page.input_value("input[name=start]") == "2024-05-01"
    assert page.locator("#events tbody tr").count() == 1
    page.fill("input[name=text]", "overnight")
    page.evaluate("document.body.dataset.ready = 'false'")
    page.click("button[type=submit]")
    _ready(page)
    assert "text=overnight" in page.url
    assert page.inner_text("#events tbody") == "No events match these filters."
    page.evaluate("document.body.dataset.ready = 'false'")
    page.go_back()
    _ready(page)
    assert page.input_value("input[name=text]") == ""
    assert "crossing" in page.inner_text("#events tbody")


def test_bad_url_filter_shows_the_api_error(page, server_url: str) -> None:
    page.goto(server_url + "/?country=not-a-code")
    _ready(page)
    assert "E041" in page.inner_text("#error")
