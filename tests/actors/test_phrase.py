"""Rules of context-free phrase resolution, one behaviour per test."""

from __future__ import annotations

from datetime import date

import pytest

from dragoman.actors.phrase import resolve_phrase

DAY = date(2024, 5, 15)


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        ("Turkey's foreign minister", ("TUR", "GOV")),
        ("the Sudanese army", ("SDN", "MIL")),
        ("Russian forces", ("RUS", "MIL")),
        ("Hamas officials", ("PSE", "REB")),
        ("the Kremlin", ("RUS", "GOV")),
        ("Ankara", ("TUR", "GOV")),
        ("NATO", ("NATO", "IGO")),
        ("US State Department spokesperson Matthew Miller", ("USA", "GOV")),
        ("the head of Turkey's National Intelligence Organization", ("TUR", "SPY")),
        ("Israeli police", ("ISR", "COP")),
        ("protesters in Tbilisi", ("GEO", "CVL")),
        ("protesters", (None, "CVL")),
        ("Turkey", ("TUR", None)),
    ],
)
def test_brief_examples(country_sector, phrase, expected):
    assert country_sector(phrase, DAY) == expected


def test_actor_fields(actor_kb):
    hamas = resolve_phrase("Hamas officials", DAY, actor_kb)
    assert (hamas.name, hamas.org, hamas.kb_id, hamas.text) == (
        "Hamas",
        "Hamas",
        "group/hamas",
        "Hamas officials",
    )
    country = resolve_phrase("Turkey", DAY, actor_kb)
    assert country.name == "Turkey" and country.kb_id == "TUR"
    person = resolve_phrase("Foreign Minister Hakan Fidan", DAY, actor_kb)
    assert person.name == "Hakan Fidan" and person.kb_id == "person/hakan-fidan"


def test_unknown_person_keeps_the_phrase_evidence(actor_kb):
    actor = resolve_phrase("the head of Sudan's army, General Mohamed Osman", DAY, actor_kb)
    assert (actor.country, actor.sector, actor.name, actor.kb_id) == ("SDN", "MIL", "Mohamed Osman", None)


def test_unknown_names_alone_are_unresolved(actor_kb):
    assert resolve_phrase("John Smithson", DAY, actor_kb) is None
    assert resolve_phrase("", DAY, actor_kb) is None


def test_person_role_depends_on_the_date(country_sector):
    assert country_sector("Blinken", date(2024, 5, 15)) == ("USA", "GOV")
    assert country_sector("Blinken", date(2026, 2, 1)) == ("USA", None)


def test_former_removes_the_sector(country_sector):
    assert country_sector("former president Donald Trump", date(2023, 1, 1)) == ("USA", None)
    assert country_sector("a former army officer", DAY) is None


def test_rightmost_strong_noun_is_the_head(country_sector):
    assert country_sector("Russian military intelligence", DAY) == ("RUS", "SPY")
    assert country_sector("an Israeli army spokesman", DAY) == ("ISR", "MIL")
    assert country_sector("Iraqi government forces", DAY) == ("IRQ", "MIL")


def test_qualifying_hyphen_words_give_no_country(country_sector):
    assert country_sector("pro-Russian separatists", DAY) == (None, "REB")
    assert country_sector("Iran-backed Houthi rebels", DAY) == ("YEM", "REB")
    assert country_sector("London-based activists", DAY) == (None, "CVL")


def test_words_after_to_or_with_are_ignored(country_sector):
    assert country_sector("the Turkish ambassador to Israel", DAY) == ("TUR", "GOV")
    assert country_sector("Qatari mediators working with Egypt", DAY) == ("QAT", "GOV")


def test_location_only_supplies_a_missing_country(country_sector):
    assert country_sector("residents of Kharkiv", DAY) == ("UKR", "CVL")
    assert country_sector("Israeli troops in Gaza", DAY) == ("ISR", "MIL")


def test_igo_yields_to_a_country_written_before_it(country_sector):
    assert country_sector("Russia's UN envoy", DAY) == ("RUS", "GOV")
    assert country_sector("the UN envoy for Syria", DAY) == ("UNO", "IGO")
    assert country_sector("UN peacekeepers", DAY) == ("UNO", "MIL")


def test_a_possessive_person_places_what_follows(actor_kb, country_sector):
    assert country_sector("Erdogan's ruling AK Party", DAY) == ("TUR", "PTY")
    assert country_sector("Putin's spokesman", DAY) == ("RUS", "GOV")
    assert resolve_phrase("Netanyahu's office", DAY, actor_kb).kb_id == "person/benjamin-netanyahu"


def test_coordinated_modifiers_share_the_head_noun(country_sector):
    assert country_sector("US and British warplanes", DAY) == ("USA", "MIL")


def test_regional_descriptors_are_not_names(actor_kb):
    western = resolve_phrase("Western officials", DAY, actor_kb)
    assert (western.country, western.sector, western.name) == (None, "GOV", "Western officials")
    assert resolve_phrase("Arab states", DAY, actor_kb) is None


def test_cameroon_is_not_cameron(country_sector):
    assert country_sector("Cameron", date(2024, 1, 10)) == ("GBR", "GOV")
    assert country_sector("Cameroon", DAY) == ("CMR", None)


def test_cached_results_are_copies(actor_kb):
    first = resolve_phrase("Russian forces", DAY, actor_kb)
    first.country = "XXX"
    assert resolve_phrase("Russian forces", DAY, actor_kb).country == "RUS"
