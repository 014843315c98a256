"""Every dashboard asset is shipped in the package and served by the app; nothing from a CDN."""

from __future__ import annotations

import re

from fastapi.testclient import TestClient

from dragoman.api import create_app
from dragoman.config import Settings
from dragoman.store import EventStore
from dragoman.web.routes import STATIC

EXTERNAL = re.compile(
    r"""(src|href)\s*=\s*["']?(https?:)?//|import\s.*from\s+["']https?:|url\(\s*["']?https?:"""
)


def test_page_and_every_referenced_asset_are_served() -> None:
    client = TestClient(create_app(EventStore(":memory:"), settings=Settings()))
    page = client.get("/")
    assert page.status_code == 200 and "text/html" in page.headers["content-type"]
    referenced = re.findall(r'(?:src|href)="(/static/[^"]+)"', page.text)
    assert "/static/js/app.js" in referenced and "/static/style.css" in referenced
    modules = re.findall(r'from "\./([\w.]+)"', (STATIC / "js" / "app.js").read_text())
    for path in referenced + [f"/static/js/{m}" for m in modules] + ["/static/vendor/countries-110m.json"]:
        assert client.get(path).status_code == 200, path


def test_no_asset_loads_from_another_host() -> None:
    for path in STATIC.rglob("*"):
        if path.suffix in {".html", ".js", ".css"}:
            assert not EXTERNAL.search(path.read_text()), f"{path.name} refers to another host"


def test_world_outlines_carry_country_codes() -> None:
    import json

    world = json.loads((STATIC / "vendor" / "countries-110m.json").read_text())
    codes = {g.get("properties", {}).get("a3") for g in world["objects"]["countries"]["geometries"]}
    assert {"TUR", "ISR", "EGY", "QAT", "UKR", "RUS", "USA"} <= codes


def test_no_page_that_needs_a_cdn() -> None:
    client = TestClient(create_app(EventStore(":memory:"), settings=Settings()))
    for path in ("/docs", "/redoc"):
        assert client.get(path).status_code == 404
    assert client.get("/openapi.json").json()["info"]["title"] == "Dragoman"
