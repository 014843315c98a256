"""The demo codes the bundled sample corpus with the real pipeline (slow: loads the model)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from dragoman.cli.demo import sample_corpus
from dragoman.cli.main import cli
from dragoman.store import EventStore


@pytest.mark.slow
def test_demo_stores_the_corpus_with_events(tmp_path: Path) -> None:
    db = tmp_path / "demo.duckdb"
    result = CliRunner().invoke(cli, ["demo", "--db", str(db), "--no-serve"])
    assert result.exit_code == 0, result.output
    articles = len(sample_corpus().read_text().splitlines())
    with EventStore(db) as store:
        counts = store.counts()
        failures = [f"{f['doc_id']}: {f['error']}" for f in store.failures()]
    # every article is accounted for: stored, or recorded with the reason it failed
    assert counts["documents"] + len(failures) == articles, json.dumps(failures)
    assert counts["documents"] >= 30, json.dumps(failures)
    assert counts["events"] >= counts["documents"]  # news of diplomacy and conflict: events in most articles
