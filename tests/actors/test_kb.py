"""The actor knowledge base: dated roles, name variants, demonyms, sector nouns, precedence, cache."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from dragoman.actors.entries import ActorEntry, Role, parse_end, parse_start
from dragoman.actors.index import KnowledgeBase
from dragoman.actors.kb import import_actor_file, load_knowledge_base, user_kb_dir
from dragoman.actors.normalize import name_key
from dragoman.config import Settings
from dragoman.errors import KnowledgeBaseError

DATA = Path(__file__).parent.parent / "data" / "actors"


@pytest.mark.parametrize(
    ("name", "on", "country", "sector"),
    [
        ("Blinken", date(2024, 5, 15), "USA", "GOV"),
        ("Blinken", date(2026, 3, 1), "USA", None),
        ("Rubio", date(2025, 6, 1), "USA", "GOV"),
        ("Rubio", date(2024, 6, 1), "USA", "LEG"),
        ("Rubio", date(2010, 6, 1), "USA", None),
        ("Fidan", date(2024, 1, 10), "TUR", "GOV"),
        ("Fidan", date(2021, 1, 10), "TUR", "SPY"),
        ("Haniyeh", date(2024, 5, 1), "PSE", "REB"),
        ("Haniyeh", date(2024, 8, 15), "PSE", None),
        ("Nasrallah", date(2024, 9, 1), "LBN", "REB"),
        ("Nasrallah", date(2024, 10, 1), "LBN", None),
        ("Netanyahu", date(2022, 1, 1), "ISR", None),
        ("Netanyahu", date(2023, 6, 1), "ISR", "GOV"),
        ("Shoigu", date(2023, 1, 1), "RUS", "GOV"),
        ("Guterres", date(2024, 1, 1), "UNO", "IGO"),
        ("Rutte", date(2023, 1, 1), "NLD", "GOV"),
        ("Rutte", date(2025, 1, 1), "NATO", "IGO"),
    ],
)
def test_people_have_the_role_of_the_date(actor_kb, name, on, country, sector):
    entry = actor_kb.lookup(name, on=on)
    assert entry is not None and entry.kind == "person"
    assert (entry.country, entry.sector) == (country, sector)


def test_role_of_the_date_carries_office_and_org(actor_kb):
    entry = actor_kb.lookup("Ismail Haniyeh", on=date(2024, 3, 1))
    assert entry.role is not None and "political bureau" in entry.role.office
    assert entry.org == "Hamas"
    assert actor_kb.lookup("Haniyeh", on=date(2025, 1, 1)).role is None


@pytest.mark.parametrize(
    ("name", "kb_id"),
    [
        ("Erdoğan", "person/recep-tayyip-erdogan"),
        ("ERDOGAN", "person/recep-tayyip-erdogan"),
        ("Erdogan's", "person/recep-tayyip-erdogan"),
        ("President Recep Tayyip Erdogan", "person/recep-tayyip-erdogan"),
        ("Tayyip Erdogan", "person/recep-tayyip-erdogan"),
        ("Zelensky", "person/volodymyr-zelensky"),
        ("Zelenskyy", "person/volodymyr-zelensky"),
        ("Zelenskiy", "person/volodymyr-zelensky"),
        ("Volodymyr Zelenskyy", "person/volodymyr-zelensky"),
        ("Antony J. Blinken", "person/antony-blinken"),
        ("Secretary of State Antony Blinken", "person/antony-blinken"),
        ("Sheikh Mohammed bin Abdulrahman Al Thani", "person/mohammed-bin-abdulrahman-al-thani"),
        ("Muhammad bin Salman", "person/mohammed-bin-salman"),
        ("al-Sisi", "person/abdel-fattah-el-sisi"),
        ("Mevlüt Çavuşoğlu", "person/mevlut-cavusoglu"),
        ("Türkiye", "TUR"),
        ("Turkiye", "TUR"),
        ("the Kremlin", "RUS/kremlin"),
        ("Kiev", "UKR/kiev"),
        ("U.S.", "USA"),
        ("Nato", "igo/NATO"),
        ("Ansar Allah", "group/houthis"),
        ("Daesh", "group/islamic-state"),
    ],
)
def test_name_variants_meet_on_one_entry(actor_kb, name, kb_id):
    entry = actor_kb.lookup(name)
    assert entry is not None
    assert entry.kb_id == kb_id


@pytest.mark.parametrize("word", ["us", "who", "it", "Who"])
def test_common_words_do_not_match_acronyms(actor_kb, word):
    assert actor_kb.lookup(word) is None


def test_capitals_and_seats_stand_for_government(actor_kb):
    for name, country, sector in [
        ("Ankara", "TUR", "GOV"),
        ("Downing Street", "GBR", "GOV"),
        ("the Pentagon", "USA", "MIL"),
        ("Elysee", "FRA", "GOV"),
        ("Zhongnanhai", "CHN", "GOV"),
        ("Foggy Bottom", "USA", "GOV"),
    ]:
        entry = actor_kb.lookup(name)
        assert (entry.kind, entry.country, entry.sector) == ("capital", country, sector), name


def test_surname_shared_by_two_people_resolves_by_date(actor_kb):
    assert actor_kb.lookup("Johnson", on=date(2021, 6, 1)).kb_id == "person/boris-johnson"
    assert actor_kb.lookup("Johnson", on=date(2024, 6, 1)).kb_id == "person/mike-johnson"


def test_surname_does_not_match_other_given_names(actor_kb):
    assert actor_kb.lookup("John Blinken") is None


@pytest.mark.parametrize(
    ("word", "country"),
    [
        ("Turkish", "TUR"),
        ("Qatari", "QAT"),
        ("US", "USA"),
        ("U.S.", "USA"),
        ("American", "USA"),
        ("Ukrainian", "UKR"),
        ("Israeli", "ISR"),
        ("Palestinian", "PSE"),
        ("Sudanese", "SDN"),
        ("South Sudanese", "SSD"),
        ("North Korean", "PRK"),
        ("Emirati", "ARE"),
        ("Congolese", "COD"),
    ],
)
def test_demonyms(actor_kb, word, country):
    assert actor_kb.lookup_adjective(word) == country


def test_lowercase_us_is_not_american(actor_kb):
    assert actor_kb.lookup_adjective("us") is None


@pytest.mark.parametrize(
    ("noun", "sector"),
    [
        ("minister", "GOV"),
        ("foreign minister", "GOV"),
        ("president", "GOV"),
        ("prime minister", "GOV"),
        ("diplomat", "GOV"),
        ("government", "GOV"),
        ("officials", "GOV"),
        ("spokesperson", "GOV"),
        ("army", "MIL"),
        ("troops", "MIL"),
        ("forces", "MIL"),
        ("military", "MIL"),
        ("soldiers", "MIL"),
        ("navy", "MIL"),
        ("air force", "MIL"),
        ("police", "COP"),
        ("intelligence", "SPY"),
        ("intelligence chief", "SPY"),
        ("spy agency", "SPY"),
        ("rebels", "REB"),
        ("militants", "REB"),
        ("insurgents", "REB"),
        ("fighters", "REB"),
        ("protesters", "CVL"),
        ("demonstrators", "CVL"),
        ("civilians", "CVL"),
        ("residents", "CVL"),
        ("opposition", "OPP"),
        ("parliament", "LEG"),
        ("lawmakers", "LEG"),
        ("court", "JUD"),
        ("judges", "JUD"),
        ("journalists", "MED"),
        ("spokesmen", "GOV"),
        ("militias", "REB"),
    ],
)
def test_sector_nouns(actor_kb, noun, sector):
    assert actor_kb.agent(noun) == sector


def test_built_in_coverage(actor_kb):
    kinds: dict[str, int] = {}
    for entry in actor_kb.entries:
        kinds[entry.kind] = kinds.get(entry.kind, 0) + 1
    assert kinds["country"] >= 196  # UN members, Palestine, Kosovo, Taiwan (and the Holy See)
    assert kinds["igo"] >= 60
    assert kinds["group"] + kinds["party"] >= 80
    assert kinds["person"] >= 300


def test_every_person_role_is_well_formed(actor_kb):
    for entry in actor_kb.entries:
        for role in entry.roles:
            assert role.start is None or role.end is None or role.start < role.end, entry.name
            assert role.country, entry.name


def test_periods_parse_to_first_and_exclusive_last_day():
    assert parse_start("2024") == date(2024, 1, 1)
    assert parse_end("2024-02") == date(2024, 3, 1)
    assert parse_end("2024-02-10") == date(2024, 2, 10)
    with pytest.raises(ValueError):
        parse_start("24-02")


def test_name_key_folds_variants():
    assert name_key("Erdoğan") == name_key("ERDOGAN") == name_key("Erdogan's")
    assert name_key("Mohammed") == name_key("Muhammad") == name_key("Mohamed")
    assert name_key("The Hague") == name_key("Hague")


def test_in_memory_kb_for_other_tests():
    kb = KnowledgeBase()
    kb.add(
        ActorEntry(
            "p/x",
            "Ana Example",
            "person",
            nationality="CHL",
            roles=(Role("CHL", "GOV", "Minister", date(2020, 1, 1), date(2022, 1, 1)),),
        )
    )
    assert kb.lookup("Example", on=date(2021, 1, 1)).sector == "GOV"
    assert kb.lookup("Example", on=date(2023, 1, 1)).country == "CHL"


def _settings(tmp_path: Path, *files: Path) -> Settings:
    return Settings(
        cache_dir=tmp_path / "cache", db_path=tmp_path / "data" / "events.duckdb", kb_files=list(files)
    )


def test_user_entries_take_precedence(tmp_path):
    settings = _settings(tmp_path, DATA / "analyst_actors.csv")
    kb = load_knowledge_base(settings)
    later = kb.lookup("Blinken", on=date(2026, 5, 1))
    assert later.source == "analyst_actors" and later.sector == "GOV"
    # where the user entry has no role on the date, the built-in role still answers
    assert kb.lookup("Blinken", on=date(2024, 5, 1)).source == "built-in"
    assert kb.lookup("Northern Front").country == "XYZ"
    jane = kb.lookup("Jane Example", on=date(2032, 1, 1))
    assert (jane.country, jane.sector) == ("GBR", "GOV")
    assert kb.lookup("Jane Example", on=date(2025, 1, 1)).sector == "LEG"


def test_compiled_cache_is_reused_and_invalidated(tmp_path):
    user = tmp_path / "mine.csv"
    user.write_text("name,kind,country,sector\nAlpha Brigade,group,XYZ,REB\n", encoding="utf-8")
    settings = _settings(tmp_path, user)
    load_knowledge_base(settings)
    cached = list((tmp_path / "cache" / "kb").glob("compiled-*.pickle"))
    assert len(cached) == 1
    assert load_knowledge_base(settings).lookup("Alpha Brigade").country == "XYZ"
    user.write_text("name,kind,country,sector\nAlpha Brigade,group,ABC,REB\n", encoding="utf-8")
    assert load_knowledge_base(settings).lookup("Alpha Brigade").country == "ABC"
    assert len(list((tmp_path / "cache" / "kb").glob("compiled-*.pickle"))) == 1


def test_import_persists_for_later_loads(tmp_path):
    settings = _settings(tmp_path)
    report = import_actor_file(DATA / "analyst_actors.yaml", settings)
    assert report.entries == 2 and report.stored_as.parent == user_kb_dir(settings)
    assert [p.line for p in report.problems] == [3]
    kb = load_knowledge_base(settings)
    assert kb.lookup("Southern Shield").country == "YEM"
    karim = kb.lookup("Karim Example", on=date(2024, 1, 1))
    assert (karim.country, karim.sector) == ("EGY", "GOV")
    assert kb.lookup("Karim Example", on=date(2025, 7, 1)).sector == "OPP"


def test_csv_problems_are_reported_by_line(tmp_path):
    report = import_actor_file(DATA / "analyst_actors.csv", _settings(tmp_path))
    assert {p.line for p in report.problems} == {6, 7}
    assert report.entries == 3


def test_import_of_an_unknown_format_or_an_empty_file_fails_clearly(tmp_path):
    with pytest.raises(KnowledgeBaseError, match="unknown actor file type"):
        import_actor_file(tmp_path / "actors.json", _settings(tmp_path))
    empty = tmp_path / "empty.csv"
    empty.write_text("name,kind\n", encoding="utf-8")
    with pytest.raises(KnowledgeBaseError, match="nothing imported"):
        import_actor_file(empty, _settings(tmp_path))


def test_missing_user_file_is_a_clear_error(tmp_path):
    with pytest.raises(KnowledgeBaseError, match="does not exist"):
        load_knowledge_base(_settings(tmp_path, tmp_path / "gone.csv"))


def test_an_entry_giving_only_a_country_yields_to_one_giving_the_sector(actor_kb, tmp_path):
    stale = tmp_path / "stale.actors.txt"
    stale.write_text("ANTONIO_GUTERRES_\n\t[PRTELI]\nANKARA_\n\t[TUR]\nQATAR_\n\t[QAT]\n", encoding="utf-8")
    kb = load_knowledge_base(_settings(tmp_path, stale))
    guterres = kb.lookup("Antonio Guterres", on=date(2024, 1, 1))
    assert (guterres.country, guterres.sector) == ("UNO", "IGO")
    assert kb.lookup("Ankara").sector == "GOV"
    assert kb.lookup("Qatar").source == "stale.actors"  # same answer, the user's entry is kept


def test_user_entry_with_a_sector_wins_over_built_in(tmp_path):
    mine = tmp_path / "mine.csv"
    mine.write_text("name,aliases,kind,country,sector\nAnkara,,capital,TUR,COP\n", encoding="utf-8")
    kb = load_knowledge_base(_settings(tmp_path, mine))
    assert kb.lookup("Ankara").sector == "COP"


def test_non_utf8_csv_is_a_clear_error(tmp_path):
    bad = tmp_path / "latin.csv"
    bad.write_bytes("name,kind\nJos\xe9 Ejemplo,person\n".encode("latin-1"))
    with pytest.raises(KnowledgeBaseError, match="not UTF-8"):
        import_actor_file(bad, _settings(tmp_path))


def test_every_code_is_a_known_country_or_organisation(actor_kb):
    pycountry = pytest.importorskip("pycountry")
    known = {e.country for e in actor_kb.entries if e.kind in ("country", "igo")}
    known |= {c.alpha_3 for c in pycountry.countries}
    for entry in actor_kb.entries:
        for code in (entry.country, entry.nationality, *(r.country for r in entry.roles)):
            assert code is None or code in known, (entry.name, code)
