"""Rules settled once actors are known, coded end to end on sentences written for these tests."""

from __future__ import annotations

import pytest

import dragoman


def _events(text: str) -> list[tuple[str, str | None, str | None]]:
    events = dragoman.code_text(text, published="2024-03-04", doc_id="t")
    return [(e.event_type, e.source.country, e.target.country if e.target else None) for e in events]


@pytest.mark.parametrize(
    "text",
    [
        "Hundreds of foreign fighters travelled to Syria to join the militants.",
        "Dozens of protesters arrived in Tbilisi from the western regions.",
        "In 2016 the young engineer travelled to Turkey with his cousin.",
        "After two years abroad, the family returned to Aleppo.",
    ],
)
def test_private_travellers_make_no_visit(text: str) -> None:
    assert _events(text) == []


def test_an_official_journey_is_a_visit() -> None:
    assert ("CONSULT", "IND", "JPN") in _events("Indian Prime Minister Narendra Modi travelled to Japan on Monday.")


def test_a_warning_about_civilians_is_no_threat() -> None:
    assert _events("The United Nations warned that 300 civilians needed urgent evacuation from the city.") == []


def test_a_warning_to_a_state_is_a_threat() -> None:
    assert ("THREATEN", "RUS", "MDA") in _events("Russia warned Moldova against joining NATO.")


def test_a_transnational_armed_group_acts_where_it_fights() -> None:
    events = _events("Al-Qaeda militants ambushed a Malian army convoy near Gao.")
    assert ("ASSAULT", "MLI", "MLI") in events


def test_an_agentless_arrest_has_an_unidentified_source() -> None:
    events = dragoman.code_text("The French journalist was arrested in Tehran on Monday.", published="2024-03-04")
    assert [(e.event_type, e.source.name, e.source.country, e.target.country) for e in events] == [
        ("COERCE", "unidentified", None, "FRA")
    ]


def test_a_swap_is_a_release_by_each_side() -> None:
    events = _events("Armenia and Azerbaijan exchanged prisoners of war on the border.")
    assert sorted(events) == [("RETREAT", "ARM", "AZE"), ("RETREAT", "AZE", "ARM")]


def test_a_place_and_a_leader_of_one_country_are_one_target() -> None:
    events = _events("Scholz landed in Tel Aviv on Tuesday and met Israeli Prime Minister Benjamin Netanyahu.")
    assert [e for e in events if e[0] == "CONSULT"] == [("CONSULT", "DEU", "ISR")]


def test_a_visit_belongs_to_its_possessor() -> None:
    events = _events("Russia and India signed an energy agreement during Putin's visit to New Delhi.")
    assert ("CONSULT", "RUS", "IND") in events and ("CONSULT", "IND", "IND") not in events


def test_a_village_struck_is_its_civilians() -> None:
    events = dragoman.code_text("Sudanese army aircraft bombed a village in North Darfur on Monday.",
                                published="2024-03-04")
    assert [(e.event_type, e.source.country, e.target.country, e.target.sector) for e in events
            if e.target is not None] == [("ASSAULT", "SDN", "SDN", "CVL")]


def test_leaving_a_village_at_home_is_a_withdrawal_without_target() -> None:
    assert _events("Ukrainian marines pulled out of the village of Krynky on Friday.") == [("RETREAT", "UKR", None)]


def test_expelling_each_other_s_diplomats_is_a_sanction_each_way() -> None:
    events = _events("Lithuania and Belarus expelled each other's diplomats on Friday.")
    assert sorted(events) == [("SANCTION", "BLR", "LTU"), ("SANCTION", "LTU", "BLR")]


def test_the_toll_of_an_attack_on_no_known_target_stands_for_it() -> None:
    events = _events("Gunmen opened fire at a wedding hall near Kabul, killing 40 Afghan civilians.")
    assert ("ASSAULT", "AFG") in [(e[0], e[2]) for e in events]


def test_a_concession_naming_no_one_is_made_to_the_public() -> None:
    events = _events("Kenya's government scrapped the planned tax increases on Wednesday.")
    assert events == [("CONCEDE", "KEN", "KEN")]
