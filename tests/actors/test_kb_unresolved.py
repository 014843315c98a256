"""``dragoman kb unresolved``: the named actors coding could not resolve, from JSONL or a store."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from dragoman.actors.unresolved import count_unresolved
from dragoman.cli.main import cli
from dragoman.schemas import Actor, Article, Event, Evidence


def _event(number: int, source: Actor, target: Actor | None) -> Event:
    return Event(
        event_id=f"e{number}",
        doc_id="d1",
        sentence_index=number,
        event_type="ASSAULT",
        mode=None,
        contexts=[],
        date="2024-05-15",
        date_text=None,
        source=source,
        target=target,
        location=None,
        evidence=Evidence("A sentence.", "attacked", 2, 10),
        negated=False,
        confidence=0.7,
        cameo="18",
        quad_class=4,
        goldstein=-9.0,
    )


def _events() -> list[Event]:
    unknown = Actor(name="General Tarek Salim", text="General Tarek Salim")
    militia = Actor(name="the Free Valley Militia", text="the Free Valley Militia")
    known = Actor(name="Hamas", country="PSE", sector="REB", org="Hamas", kb_id="group/hamas", text="Hamas")
    protesters = Actor(name="protesters", sector="CVL", text="protesters")
    return [
        _event(1, unknown, known),
        _event(2, militia, protesters),
        _event(3, unknown, None),
        _event(4, known, unknown),
        _event(5, protesters, None),
    ]


def test_counts_only_named_unresolved_actors(actor_kb):
    counts = count_unresolved(_events(), actor_kb)
    assert counts == {"General Tarek Salim": 3, "the Free Valley Militia": 1}


def test_placed_adds_unknown_people_the_document_placed(actor_kb):
    placed = Actor(name="Colonel Amir Dagan", country="ISR", sector="MIL", text="Colonel Amir Dagan")
    troops = Actor(name="Israeli troops", country="ISR", sector="MIL", text="Israeli troops")
    events = [_event(9, placed, troops)]
    assert count_unresolved(events, actor_kb) == {}
    assert count_unresolved(events, actor_kb, placed=True) == {"Colonel Amir Dagan": 1}


def test_cli_reads_jsonl(tmp_path, monkeypatch):
    monkeypatch.setenv("DRAGOMAN_CACHE", str(tmp_path / "cache"))
    monkeypatch.setenv("DRAGOMAN_DB", str(tmp_path / "events.duckdb"))
    path = tmp_path / "events.jsonl"
    path.write_text("".join(json.dumps(e.to_dict()) + "\n" for e in _events()), encoding="utf-8")
    result = CliRunner().invoke(cli, ["kb", "unresolved", str(path)])
    assert result.exit_code == 0, result.output
    lines = result.output.strip().splitlines()
    assert lines[0].split() == ["3", "General", "Tarek", "Salim"]
    assert "Free Valley Militia" in lines[1]


def test_cli_reads_a_store(tmp_path, monkeypatch):
    from dragoman.store import EventStore

    monkeypatch.setenv("DRAGOMAN_CACHE", str(tmp_path / "cache"))
    db = tmp_path / "events.duckdb"
    with EventStore(db) as store:
        store.add_document(Article("d1", "A sentence."), _events())
    result = CliRunner().invoke(cli, ["kb", "unresolved", "--db", str(db)])
    assert result.exit_code == 0, result.output
    assert "General Tarek Salim" in result.output


def test_cli_bad_jsonl_is_one_clear_error(tmp_path, monkeypatch):
    monkeypatch.setenv("DRAGOMAN_CACHE", str(tmp_path / "cache"))
    path: Path = tmp_path / "bad.jsonl"
    path.write_text('{"not": "an event"}\n', encoding="utf-8")
    result = CliRunner().invoke(cli, ["kb", "unresolved", str(path)])
    assert result.exit_code != 0
    assert "bad.jsonl:1" in str(result.exception) or "bad.jsonl:1" in result.output
