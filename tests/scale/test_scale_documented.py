"""Every scaling option of ``dragoman code`` and every option of ``dragoman dedup`` is in docs/scale.md."""

from __future__ import annotations

from pathlib import Path

import click
import pytest

from dragoman.cli.main import cli

DOC = Path(__file__).resolve().parents[2] / "docs" / "scale.md"
SCALE_OPTIONS = ["--workers", "--resume", "--engine", "--scheduler", "--progress", "--no-progress"]


def _options(name: str) -> list[str]:
    command = cli.get_command(click.Context(cli), name)
    assert command is not None
    return [o for p in command.params for o in (*p.opts, *p.secondary_opts) if o.startswith("--")]


def test_the_scaling_options_of_code_are_documented() -> None:
    text = DOC.read_text()
    assert set(SCALE_OPTIONS) <= set(_options("code"))
    for option in SCALE_OPTIONS:
        assert f"`{option}" in text, f"code {option} is not in docs/scale.md"


@pytest.mark.parametrize("name", ["dedup"])
def test_every_option_of_the_command_is_documented(name: str) -> None:
    text = DOC.read_text()
    assert f"dragoman {name}" in text
    for option in _options(name):
        assert option in text, f"{name} {option} is not in docs/scale.md"
