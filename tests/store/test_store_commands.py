"""The ingest, recode and demo commands, with the test coder standing in for the language model."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
from click.testing import CliRunner

from dragoman.cli.demo import sample_corpus
from dragoman.cli.main import cli
from dragoman.store import EventStore
from dragoman.store.testing import KeywordCoder


@pytest.fixture()
def fake_coder(monkeypatch: pytest.MonkeyPatch) -> type[KeywordCoder]:
    for module in ("ingest", "recode", "demo"):
        monkeypatch.setattr(f"dragoman.cli.{module}.default_pipeline", KeywordCoder)
    return KeywordCoder


def _folder(tmp_path: Path) -> Path:
    folder = tmp_path / "news"
    folder.mkdir()
    (folder / "one.txt").write_text("Talks\n\nTurkey hosted Qatar on Monday. Egypt praised Qatar.\n")
    (folder / "two.txt").write_text("Strikes\n\nRussia shelled Ukraine overnight.\n")
    (folder / "wires.jsonl").write_text(
        json.dumps({"id": "w1", "text": "France sanctioned Iran over drones.", "date": "2024-05-09"})
        + "\n"
        + json.dumps({"id": "w2", "text": "", "date": "2024-05-09"})
        + "\n"
    )
    return folder


def _counts(db: Path) -> dict[str, int]:
    with EventStore(db) as store:
        return store.counts()


def test_ingesting_a_folder_twice_leaves_the_same_counts(tmp_path: Path, fake_coder: object) -> None:
    db, folder = tmp_path / "events.duckdb", _folder(tmp_path)
    runner = CliRunner()
    first = runner.invoke(cli, ["ingest", str(folder), "--db", str(db)])
    assert first.exit_code == 0, first.output
    assert "4 documents read: 3 stored, 0 already stored, 1 failed; 4 events" in first.stderr
    assert "wires.jsonl:2" in first.stderr  # the record without text is named
    counts = _counts(db)
    assert (counts["documents"], counts["events"], counts["failures"]) == (3, 4, 1)

    second = runner.invoke(cli, ["ingest", str(folder), "--db", str(db)])
    assert second.exit_code == 0 and "0 stored, 3 already stored" in second.stderr
    assert _counts(db) == counts


def test_ingest_of_nothing_readable_fails(tmp_path: Path, fake_coder: object) -> None:
    result = CliRunner().invoke(
        cli, ["ingest", str(tmp_path / "nowhere"), "--db", str(tmp_path / "e.duckdb")]
    )
    assert result.exit_code == 1 and "no such file or folder" in result.stderr


def test_recode_records_the_coder_version(tmp_path: Path, fake_coder: object, monkeypatch) -> None:
    db = tmp_path / "events.duckdb"
    runner = CliRunner()
    runner.invoke(cli, ["ingest", str(_folder(tmp_path)), "--db", str(db)])

    class Newer(KeywordCoder):
        coder_version = "keyword-test-9"

    monkeypatch.setattr("dragoman.cli.recode.default_pipeline", Newer)
    result = runner.invoke(cli, ["recode", "--db", str(db)])
    assert result.exit_code == 0 and "re-coded 3 documents with coder keyword-test-9" in result.stderr
    with EventStore(db) as store:
        assert {r["coder_version"] for r in store.fetch("SELECT coder_version FROM documents")} == {
            "keyword-test-9"
        }


def test_demo_codes_the_sample_corpus_once(tmp_path: Path, fake_coder: object) -> None:
    db = tmp_path / "demo.duckdb"
    runner = CliRunner()
    first = runner.invoke(cli, ["demo", "--db", str(db), "--no-serve"])
    assert first.exit_code == 0, first.output
    articles = len(sample_corpus().read_text().splitlines())
    assert f"{articles} documents read: {articles} stored" in first.stderr
    again = runner.invoke(cli, ["demo", "--db", str(db), "--no-serve"])
    assert f"0 stored, {articles} already stored" in again.stderr
    assert _counts(db)["documents"] == articles


def test_sample_corpus_is_marked_and_readable() -> None:
    from dragoman.ingest import InputProblem, read_documents

    records = [json.loads(line) for line in sample_corpus().read_text().splitlines()]
    assert len(records) >= 30 and len({r["id"] for r in records}) == len(records)
    assert all(r["note"].startswith("SAMPLE TEXT") for r in records)
    assert all("SAMPLE" not in r["text"] for r in records)  # the mark is metadata, not body text
    assert all(r["text"].startswith(f"{r['dateline']} — ") for r in records)
    days = sorted(date.fromisoformat(r["date"]) for r in records)
    assert (days[-1] - days[0]).days >= 21  # a few weeks of news
    read = list(read_documents([sample_corpus()]))
    assert not [p for p in read if isinstance(p, InputProblem)]
    assert all(a.published is not None and a.title for a in read)
