"""Every command and option is documented: docs/cli.md is the rendered reference, kept current."""

from __future__ import annotations

from pathlib import Path

from dragoman.cli.main import COMMANDS
from dragoman.cli.reference import render_cli_reference

ROOT = Path(__file__).resolve().parents[2]


def test_cli_reference_is_current() -> None:
    documented = (ROOT / "docs" / "cli.md").read_text(encoding="utf-8")
    assert documented == render_cli_reference(), (
        "docs/cli.md is out of date: run `python -m dragoman.cli.reference > docs/cli.md`"
    )


def test_every_command_is_in_the_readme() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    for name in COMMANDS:
        assert f"dragoman {name}" in readme, f"README.md does not mention `dragoman {name}`"


def test_every_setting_is_documented() -> None:
    from dragoman import config

    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    for line in (config.__doc__ or "").splitlines():
        if line.startswith("| DRAGOMAN_"):
            variable = line.split("|")[1].strip()
            assert variable in readme, f"setting {variable} is not in README.md"
