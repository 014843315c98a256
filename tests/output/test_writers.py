"""Event writers: JSON lines round-trip, flat CSV columns, a readable table."""

from __future__ import annotations

import csv
import io
import json
from dataclasses import replace

import pytest

from dragoman.output.writers import (
    CsvWriter,
    JsonlWriter,
    TableWriter,
    csv_columns,
    flatten_event,
    make_writer,
    read_jsonl_events,
    sample_event,
)
from dragoman.schemas import Actor, Event


@pytest.fixture()
def events() -> list[Event]:
    first = sample_event()
    second = replace(
        first,
        event_id="1111111111111111",
        event_type="CONSULT",
        mode="phone",
        contexts=["diplomacy", "ceasefire"],
        source=Actor(name="Hakan Fidan", country="TUR", sector="GOV", text="Fidan"),
        target=None,
        location=None,
        date=None,
    )
    return [first, second]


def test_jsonl_round_trip(events: list[Event]) -> None:
    out = io.StringIO()
    with JsonlWriter(out) as writer:
        for event in events:
            writer.write(event)
    lines = out.getvalue().splitlines()
    assert len(lines) == 2
    assert json.loads(lines[1])["source"]["country"] == "TUR"
    assert list(read_jsonl_events(lines)) == events
    assert writer.count == 2


def test_jsonl_keeps_non_ascii_text_readable() -> None:
    event = replace(sample_event(), source=Actor(name="Recep Tayyip Erdoğan", country="TUR"))
    out = io.StringIO()
    JsonlWriter(out).write(event)
    assert "Erdoğan" in out.getvalue()


def test_csv_header_and_flat_rows(events: list[Event]) -> None:
    out = io.StringIO()
    writer = CsvWriter(out)
    for event in events:
        writer.write(event)
    writer.close()
    rows = list(csv.DictReader(io.StringIO(out.getvalue())))
    assert list(rows[0]) == csv_columns()
    for column in ("source_name", "source_country", "target_sector", "location_lat", "evidence_sentence"):
        assert column in rows[0]
    assert rows[0]["target_name"] == "Kyiv"
    assert rows[0]["evidence_char_start"] == "15"
    assert rows[1]["contexts"] == "diplomacy;ceasefire"
    assert rows[1]["target_name"] == "" and rows[1]["location_name"] == "" and rows[1]["date"] == ""


def test_csv_columns_cover_every_field_of_the_record() -> None:
    flat = flatten_event(sample_event())
    assert list(flat) == csv_columns()
    nested = {"source", "target", "location", "evidence"}
    for key in sample_event().to_dict():
        assert key in flat or (key in nested and any(c.startswith(f"{key}_") for c in flat))


def test_table_rows(events: list[Event]) -> None:
    out = io.StringIO()
    writer = TableWriter(out, width=140)
    for event in events:
        writer.write(event)
    writer.close()
    header, rule, first, second = out.getvalue().splitlines()
    assert header.split() == ["DATE", "TYPE", "MODE", "SOURCE", "TARGET", "LOCATION", "TRIGGER"]
    assert set(rule.replace(" ", "")) == {"-"}
    assert first.split()[:3] == ["2024-05-13", "ASSAULT", "aerial"]
    assert "Russia (RUS MIL)" in first and "Kyiv (UKR GOV)" in first and first.endswith("shelled")
    assert second.startswith("-") and "Hakan Fidan (TUR GOV)" in second and "phone" in second


def test_table_truncates_long_cells() -> None:
    event = replace(
        sample_event(), source=Actor(name="The Ministry of Foreign Affairs of the Republic", country="XYZ")
    )
    out = io.StringIO()
    writer = TableWriter(out, width=100)
    writer.write(event)
    row = out.getvalue().splitlines()[2]
    assert "The Ministry of Foreign…  Kyiv" in row  # 24 columns wide
    assert "Republic" not in row


def test_table_says_when_there_are_no_events() -> None:
    out = io.StringIO()
    TableWriter(out).close()
    assert out.getvalue() == "(no events)\n"


def test_make_writer() -> None:
    assert isinstance(make_writer("jsonl", io.StringIO()), JsonlWriter)
    assert isinstance(make_writer("table", io.StringIO()), TableWriter)
    with pytest.raises(ValueError, match="choose one of jsonl, csv, table"):
        make_writer("xml", io.StringIO())
