"""Building and opening the index, on a handful of records written here."""

from __future__ import annotations

from pathlib import Path

import pytest

from dragoman.config import Settings
from dragoman.geo import build, gazetteer
from dragoman.geo.sources import PlaceRecord, read_table


def _records() -> list[PlaceRecord]:
    return [
        PlaceRecord("Springfield", "USA", "Illinois", 39.8, -89.6, 1, "city", 114_000, names={"Springfield"}),
        PlaceRecord("Springfield", "GBR", "England", 52.6, -1.1, 2, "city", 60_000, names={"Springfield"}),
        PlaceRecord(
            "Nowa Wieś",
            "POL",
            None,
            50.0,
            20.0,
            3,
            "city",
            400_000,
            names={"Nowa Wieś"},
            alternates={"Springfield"},
        ),
        PlaceRecord("Ruritania", "RUR", None, 45.0, 15.0, 4, "country", 2_000_000, names={"Ruritania"}),
        PlaceRecord(
            "Strelsau", "RUR", None, 45.1, 15.1, 5, "city", 300_000, capital=True, names={"Strelsau"}
        ),
    ]


@pytest.fixture()
def tiny(tmp_path):  # type: ignore[no-untyped-def]
    path = build.build_index(tmp_path / "tiny.sqlite", _records())
    return gazetteer.Gazetteer(path)


def test_population_decides_without_context(tiny) -> None:  # type: ignore[no-untyped-def]
    assert tiny.resolve("Springfield").country == "USA"


def test_context_decides_between_readings(tiny) -> None:  # type: ignore[no-untyped-def]
    assert tiny.resolve("Springfield", ["GBR"]).country == "GBR"


def test_secondary_spellings_rank_below_names(tiny) -> None:  # type: ignore[no-untyped-def]
    readings = tiny.candidates("Springfield")
    assert [m.alternate for m in readings][-1] is True
    assert readings[-1].location.name == "Nowa Wieś"


def test_diacritics_insensitive(tiny) -> None:  # type: ignore[no-untyped-def]
    assert tiny.resolve("NOWA WIES").geonameid == 3


def test_priors() -> None:
    country, capital, town = _records()[3], _records()[4], _records()[1]
    assert build.prior(country) > build.prior(capital) > build.prior(town)


def test_load_builds_once_and_drops_stale_versions(tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    calls = []

    def fake_gather() -> list[PlaceRecord]:
        calls.append(1)
        return _records()

    monkeypatch.setattr(build, "gather_records", fake_gather)
    stale = tmp_path / "geo" / "gazetteer-oldversion.sqlite"
    stale.parent.mkdir(parents=True)
    stale.write_bytes(b"old")
    settings = Settings(cache_dir=tmp_path)
    first = gazetteer.load_gazetteer(settings)
    second = gazetteer.load_gazetteer(settings)
    assert len(calls) == 1 and first.path == second.path
    assert not stale.exists()
    assert first.resolve("Strelsau").country == "RUR"


def test_version_changes_the_index_file(tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    before = build.index_path(tmp_path)
    monkeypatch.setattr(build, "INDEX_VERSION", build.INDEX_VERSION + "-next")
    assert build.index_path(tmp_path) != before


def test_unwritable_cache_is_a_clear_error(tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from dragoman.errors import ConfigError

    blocker = tmp_path / "file"
    blocker.write_text("not a directory")
    monkeypatch.setattr(build, "gather_records", _records)
    with pytest.raises(ConfigError, match="DRAGOMAN_CACHE"):
        gazetteer.load_gazetteer(Settings(cache_dir=blocker))


def test_curated_table_is_well_formed() -> None:
    rows = read_table("regions.tsv")
    assert len(rows) >= 60
    for row in rows:
        assert -90 <= float(row["lat"]) <= 90 and -180 <= float(row["lon"]) <= 180, row["name"]
        assert row["feature"] in {"region", "water", "facility", "admin1"}, row["name"]
        assert not row["country"] or len(row["country"]) == 3, row["name"]


@pytest.mark.slow
def test_every_place_alias_finds_its_place(caplog) -> None:  # type: ignore[no-untyped-def]
    import logging

    from dragoman.geo.sources import gather_records

    with caplog.at_level(logging.WARNING, logger="dragoman.geo.sources"):
        gather_records()
    assert not [r for r in caplog.records if "place alias" in r.getMessage()]


def _load_in_child(cache: str) -> str:
    return gazetteer.load_gazetteer(Settings(cache_dir=Path(cache))).resolve("Strelsau").country  # type: ignore[union-attr]


def test_processes_starting_together_build_once(tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    import multiprocessing
    import time

    marks = tmp_path / "builds"

    def slow_gather() -> list[PlaceRecord]:
        with open(marks, "a") as handle:
            handle.write("x")
        time.sleep(0.5)
        return _records()

    monkeypatch.setattr(build, "gather_records", slow_gather)
    with multiprocessing.get_context("fork").Pool(3) as pool:
        countries = pool.map(_load_in_child, [str(tmp_path / "cache")] * 3)
    assert countries == ["RUR"] * 3
    assert marks.read_text() == "x"
