"""PETRARCH/Phoenix actor dictionaries: dates, codes, malformed lines, the shipped files, the CLI."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from click.testing import CliRunner

from dragoman.actors.petrarch import parse_date, parse_petrarch, read_petrarch_file, split_code
from dragoman.cli.main import cli

DATA = Path(__file__).parent.parent / "data" / "actors"
SHARED = Path(__file__).resolve().parents[2].parent / "shared" / "data" / "petrarch"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("090120", date(2009, 1, 20)),
        ("300101", date(2030, 1, 1)),
        ("310101", date(1931, 1, 1)),
        ("000101", date(2000, 1, 1)),
        ("19820101", date(1982, 1, 1)),
        ("20061201", date(2006, 12, 1)),
    ],
)
def test_dates(text, expected):
    assert parse_date(text) == expected


@pytest.mark.parametrize("text", ["2004017", "201005011", "1920030320", "1301", "991301", "9a0101"])
def test_malformed_dates_raise(text):
    with pytest.raises(ValueError):
        parse_date(text)


@pytest.mark.parametrize(
    ("code", "expected"),
    [
        ("USAGOV", ("USA", "GOV", None)),
        ("PSEREBHMS", ("PSE", "REB", "HMS")),
        ("TUR", ("TUR", None, None)),
        ("IGOUNOKID", ("UNO", "IGO", "KID")),
        ("IGOWSTNAT", ("NATO", "IGO", None)),
        ("USAELI", ("USA", None, None)),
        ("NGOHRI", (None, "NGO", None)),
        ("AFGINS", ("AFG", "REB", None)),
    ],
)
def test_codes_split_into_country_sector_org(code, expected):
    assert split_code(code) == expected


@pytest.fixture(scope="module")
def sample():
    return read_petrarch_file(DATA / "sample_petrarch.actors.txt")


def test_malformed_lines_are_reported_with_their_numbers(sample):
    assert [p.line for p in sample.problems] == [12, 13, 14, 20, 22, 26]
    assert "2004017" in str(sample.problems[0])


def test_entries_keep_their_valid_roles_in_file_order(sample):
    by_name = {e.name: e for e in sample.entries}
    vellani = by_name["Marta Vellani"]
    assert [(r.country, r.sector, r.start, r.end) for r in vellani.roles] == [
        ("RUS", None, date(1990, 1, 1), date(2015, 1, 1)),
        ("RUS", "GOV", date(2015, 1, 1), None),
    ]
    assert "M. Vellani" in vellani.aliases
    kempe = by_name["Jonas Kempe"]
    assert [(r.sector, r.start) for r in kempe.roles] == [
        ("OPP", date(2014, 1, 1))
    ]  # the bad lines are dropped
    assert "Orphan Synonym Ok" in kempe.aliases
    assert by_name["Priya Nadar"].roles[0].start == date(1999, 12, 31)


def test_inline_codes_and_several_codes_on_one_line(sample):
    by_name = {e.name: e for e in sample.entries}
    front = by_name["Orland Front"]
    assert (front.kind, front.country, front.sector, front.org) == ("group", "XYZ", "REB", "Orland Front")
    riel = by_name["Tomas Riel"]
    assert riel.on(date(2005, 1, 1)).country == "UNO"
    assert riel.on(date(2015, 1, 1)).country == "NATO"


def test_names_without_codes_are_counted_not_imported(sample):
    assert sample.without_code == 1
    assert all(e.name != "Nocode Person" for e in sample.entries)


def test_lines_after_a_broken_name_do_not_join_the_previous_entry():
    result = parse_petrarch(
        ["GOOD_NAME_", "\t[USAGOV]", "BAD]_NAME_", "+BAD_SYNONYM", "\t[RUSMIL]", "NEXT_", "\t[FRAGOV]"]
    )
    assert [p.line for p in result.problems] == [3]
    good = result.entries[0]
    assert [r.country for r in good.roles] == ["USA"] and good.aliases == ()
    assert [e.name for e in result.entries] == ["Good Name", "Next"]


def test_earlier_lines_win_for_a_shared_name():
    result = parse_petrarch(["ALPHA_", "+SHARED_NAME", "\t[AAAGOV]", "BETA_", "+SHARED_NAME", "\t[BBBGOV]"])
    from dragoman.actors.index import KnowledgeBase

    kb = KnowledgeBase()
    for entry in result.entries:
        kb.add(entry, short_names=False)
    assert kb.lookup("Shared Name").country == "AAA"


def test_synonym_or_code_before_any_name_is_reported():
    result = parse_petrarch(["+LOST_SYNONYM", "\t[USAGOV]", "REAL_NAME", "\t[USAGOV]"])
    assert [p.line for p in result.problems] == [1, 2]
    assert len(result.entries) == 1


@pytest.mark.skipif(not SHARED.is_dir(), reason="../shared/data/petrarch is not available")
def test_shipped_phoenix_files_import():
    found = {}
    for path in sorted(SHARED.glob("Phoenix.*.actors.txt")):
        result = read_petrarch_file(path)
        assert len(result.entries) > 500, path.name
        found[path.name] = result
    international = found["Phoenix.International.actors.txt"]
    assert any("2004017" in str(p) for p in international.problems)
    obama = next(e for e in found["Phoenix.Countries.actors.txt"].entries if e.name == "Barack Obama")
    assert obama.on(date(2010, 6, 1)).sector == "GOV"
    assert obama.on(date(1990, 6, 1)).sector is None


@pytest.fixture()
def cli_env(tmp_path, monkeypatch):
    monkeypatch.setenv("DRAGOMAN_CACHE", str(tmp_path / "cache"))
    monkeypatch.setenv("DRAGOMAN_DB", str(tmp_path / "data" / "events.duckdb"))
    monkeypatch.delenv("DRAGOMAN_KB", raising=False)
    return tmp_path


def test_cli_import_reports_lines_and_search_shows_roles(cli_env):
    runner = CliRunner()
    result = runner.invoke(cli, ["kb", "import", str(DATA / "sample_petrarch.actors.txt")])
    assert result.exit_code == 0, result.output
    assert "line 12" in result.output and "2004017" in result.output
    search = runner.invoke(cli, ["kb", "search", "Vellani"])
    assert search.exit_code == 0, search.output
    assert "RUS GOV" in search.output and "2015-01-01 .. open" in search.output
    show = runner.invoke(cli, ["kb", "show", "person/antony-blinken"])
    assert "Secretary of State" in show.output and "2021-01-26" in show.output
    missing = runner.invoke(cli, ["kb", "show", "no/such-id"])
    assert missing.exit_code != 0


def test_cli_resolve(cli_env):
    result = CliRunner().invoke(cli, ["kb", "resolve", "the Sudanese army", "--date", "2024-05-15"])
    assert result.exit_code == 0, result.output
    assert "SDN" in result.output and "MIL" in result.output


@pytest.mark.skipif(not SHARED.is_dir(), reason="../shared/data/petrarch is not available")
@pytest.mark.slow
def test_cli_import_of_shipped_files_then_search_obama(cli_env):
    runner = CliRunner()
    files = [str(p) for p in sorted(SHARED.glob("Phoenix.*.actors.txt"))]
    result = runner.invoke(cli, ["kb", "import", *files])
    assert result.exit_code == 0, result.output
    assert "2004017" in result.output
    search = runner.invoke(cli, ["kb", "search", "Obama"])
    assert "Barack Obama" in search.output and "USA GOV" in search.output and "2009-01-20" in search.output


def test_parentheses_give_an_alias_only_when_they_are_an_acronym():
    result = parse_petrarch(["ANIMAL_LIBERATION_FRONT_(ALF)_ [INTREB]", "E-HOUSE_(CHINA)_HOLDINGS_ [MNC]"])
    front, company = result.entries
    assert "Alf" in front.aliases
    assert "China" not in company.aliases


def test_country_entries_with_successor_codes_stay_countries():
    result = parse_petrarch(["UKRAINE_", "+UKRAINIAN_", "\t[USRUKR <910824]", "\t[UKR >910824]"])
    assert result.entries[0].kind == "country"
