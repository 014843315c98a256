"""Every ``dragoman kb`` subcommand and option is documented in docs/knowledge-base.md."""

from __future__ import annotations

from pathlib import Path

import click
import pytest

from dragoman.cli.kb import kb

DOC = Path(__file__).resolve().parents[2] / "docs" / "knowledge-base.md"


@pytest.mark.parametrize("name", sorted(kb.commands))
def test_subcommand_and_options_documented(name):
    text = DOC.read_text(encoding="utf-8")
    assert f"dragoman kb {name}" in text, f"kb {name} is not in docs/knowledge-base.md"
    command = kb.commands[name]
    for param in command.params:
        if isinstance(param, click.Option):
            for opt in param.opts:
                assert opt in text, f"kb {name} {opt} is not documented"


def test_settings_used_by_the_knowledge_base_are_documented():
    text = DOC.read_text(encoding="utf-8")
    for setting in ("DRAGOMAN_KB", "DRAGOMAN_CACHE", "DRAGOMAN_DB"):
        assert setting in text
