"""Exports carry the stored events, with CAMEO codes, quad classes and Goldstein from codes.py."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from dragoman.cli.main import cli
from dragoman.codes import EventType, cameo_for
from dragoman.errors import InputError
from dragoman.exports import export_events
from dragoman.exports.tables import CSV_COLUMNS, GDELT_COLUMNS, ICEWS_COLUMNS
from dragoman.store import EventFilter, EventStore
from dragoman.store.testing import sample_store


def _text(store: EventStore, fmt: str, **filters: str) -> str:
    buffer = io.StringIO()
    export_events(store, fmt, buffer, EventFilter.from_params(**filters))
    return buffer.getvalue()


def _table(text: str, delimiter: str) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(text), delimiter=delimiter))


def test_plover_json_lines(workbench_store: EventStore) -> None:
    lines = _text(workbench_store, "plover-json", country="UKR").splitlines()
    records = [json.loads(line) for line in lines]
    assert len(records) == 3
    shelling = next(r for r in records if r["event"] == "ASSAULT")
    assert shelling["mode"] == "aerial" and shelling["context"] == []
    assert shelling["source"]["country"] == "RUS" and shelling["target"]["actor"] == "Ukraine"
    assert shelling["text"] == "Russia shelled Ukraine overnight."
    assert shelling["date"] == "2024-05-14" and shelling["story"]["title"] == "Night of shelling"
    code, goldstein, quad = cameo_for(EventType.ASSAULT, "aerial")
    assert shelling["cameo"] == {"code": code, "quad_class": int(quad), "goldstein": goldstein}


def test_gdelt_table(workbench_store: EventStore) -> None:
    rows = _table(_text(workbench_store, "gdelt", source_country="ISR"), "\t")
    assert list(rows[0]) == GDELT_COLUMNS and len(GDELT_COLUMNS) == 58
    (row,) = rows
    code, goldstein, quad = cameo_for(EventType.ASSAULT, None)
    assert (row["EventCode"], row["EventRootCode"], row["QuadClass"]) == (code, code[:2], str(int(quad)))
    assert float(row["GoldsteinScale"]) == goldstein
    assert (row["SQLDATE"], row["MonthYear"], row["Year"]) == ("20240507", "202405", "2024")
    assert row["Actor1Code"] == "ISRGOV" and row["Actor2CountryCode"] == "EGY"
    assert row["ActionGeo_CountryCode"] == "EG"  # GDELT 1.0 geography uses FIPS codes
    assert row["ActionGeo_FullName"] == "Cairo, Egypt" and row["ActionGeo_Type"] == "4"
    assert row["GLOBALEVENTID"].isdigit() and row["SOURCEURL"] == "https://example.org/news/1"


def test_icews_table(workbench_store: EventStore) -> None:
    rows = _table(_text(workbench_store, "icews", event_type="SANCTION,THREATEN"), "\t")
    assert list(rows[0]) == ICEWS_COLUMNS
    by_type = {r["PLOVER Event"]: r for r in rows}
    sanction = by_type["SANCTION"]
    code, goldstein, quad = cameo_for(EventType.SANCTION, None)
    assert (sanction["CAMEO Code"], float(sanction["Intensity"])) == (code, goldstein)
    assert sanction["Quad Class"] == str(int(quad))
    assert (sanction["Source Name"], sanction["Source Country"], sanction["Target Country"]) == (
        "France",
        "France",
        "Iran",
    )
    assert sanction["Event Text"] == "Reduce relations"
    assert by_type["THREATEN"]["Event Text"] == "Threaten" and by_type["THREATEN"]["City"] == "Paris"


def test_csv_has_every_stored_field(workbench_store: EventStore) -> None:
    rows = _table(_text(workbench_store, "csv"), ",")
    assert len(rows) == 14 and list(rows[0]) == CSV_COLUMNS
    assert {r["doc_title"] for r in rows} >= {"Talks in Doha", "Truce hopes"}


def test_parquet_round_trip(workbench_store: EventStore, tmp_path: Path) -> None:
    import pyarrow.parquet as pq

    path = tmp_path / "events.parquet"
    assert export_events(workbench_store, "parquet", path, EventFilter.from_params(quad_class="4")) == 3
    table = pq.read_table(path)
    assert table.num_rows == 3 and set(table.column("quad_class").to_pylist()) == {4}
    assert "doc_title" in table.column_names


def test_unknown_format_and_parquet_to_a_stream(workbench_store: EventStore) -> None:
    with pytest.raises(InputError, match="unknown export format"):
        export_events(workbench_store, "xml", io.StringIO())
    with pytest.raises(InputError, match="-o FILE"):
        export_events(workbench_store, "parquet", io.StringIO())


def test_export_command(tmp_path: Path) -> None:
    db = tmp_path / "events.duckdb"
    sample_store(str(db)).close()
    runner = CliRunner()
    result = runner.invoke(cli, ["export", "--format", "icews", "--db", str(db), "--actor", "Germany"])
    assert result.exit_code == 0, result.output
    rows = _table(result.stdout, "\t")
    assert [r["Source Name"] for r in rows] == ["Germany"]
    assert "exported 1 events as icews" in result.stderr

    out = tmp_path / "all.jsonl"
    result = runner.invoke(cli, ["export", "--format", "plover-json", "--db", str(db), "-o", str(out)])
    assert result.exit_code == 0 and len(out.read_text().splitlines()) == 14

    result = runner.invoke(cli, ["export", "--format", "parquet", "--db", str(db)])
    assert result.exit_code == 2 and "-o FILE" in result.output
    result = runner.invoke(cli, ["export", "--format", "csv", "--db", str(tmp_path / "missing.duckdb")])
    assert result.exit_code == 2 and "dragoman ingest" in result.output
