"""Every endpoint, workbench command option, filter and export format is documented."""

from __future__ import annotations

import re
from pathlib import Path

import click
import pytest

from dragoman.api import create_app
from dragoman.config import Settings
from dragoman.exports import FORMATS
from dragoman.store import EventStore
from dragoman.store.query import SORT_COLUMNS

DOCS = Path(__file__).resolve().parents[2] / "docs"


def _docs() -> str:
    return (DOCS / "workbench.md").read_text() + (DOCS / "exports.md").read_text()


def test_every_endpoint_is_documented() -> None:
    paths = create_app(EventStore(":memory:"), settings=Settings()).openapi()["paths"]
    text = _docs()
    routes = [(method.upper(), path) for path, item in paths.items() for method in item]
    assert len(routes) >= 12
    for method, path in routes:
        assert f"{method} {path}" in text, f"{method} {path} is not in docs/workbench.md"


@pytest.mark.parametrize("name", ["ingest", "recode", "serve", "export", "demo"])
def test_every_command_option_is_documented(name: str) -> None:
    from dragoman.cli.main import cli

    command = cli.get_command(click.Context(cli), name)
    assert command is not None
    text = _docs()
    assert f"dragoman {name}" in text
    for param in command.params:
        for opt in param.opts:
            if opt.startswith("--"):
                assert opt in text, f"{name} {opt} is not documented"


def test_filters_sort_keys_and_formats_are_documented() -> None:
    from dragoman.api.deps import event_filter

    text = _docs()
    for param in event_filter.__annotations__:
        if param != "return":
            assert re.search(rf"`{param}`", text), f"filter {param} is not documented"
    for key in SORT_COLUMNS:
        assert f"`{key}`" in text
    for fmt in FORMATS:
        assert f"`{fmt}`" in text
