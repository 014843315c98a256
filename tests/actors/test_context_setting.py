"""Actors without a country take the country of the sentence's setting, coded end to end on our own sentences."""

from __future__ import annotations

PUBLISHED = "2019-03-04"


def test_the_authorities_belong_to_the_country_of_the_setting_not_to_the_foreigners_they_charge(coded_sides) -> None:
    events = coded_sides("The couple were on holiday in southern Turkey when the authorities charged the Dutch tourists with spying.", PUBLISHED)
    assert ("ACCUSE", ("TUR", "GOV"), ("NLD", "CVL")) in events


def test_a_place_in_another_clause_of_the_sentence_sets_it(coded_sides) -> None:
    events = coded_sides("Weeks after the bombing in Kabul, the authorities accused two Pakistani nationals of planning it.", PUBLISHED)
    assert [source for kind, source, _ in events if kind == "ACCUSE"] == [("AFG", "GOV")]


def test_pro_government_fighters_belong_to_the_setting(coded_sides) -> None:
    events = coded_sides("Violence flared again in the province of Idlib, where pro-government fighters attacked a convoy of civilians.", PUBLISHED)
    assert ("ASSAULT", ("SYR", "REB"), ("SYR", "CVL")) in events


def test_outsiders_are_not_given_the_setting(coded_sides) -> None:
    events = coded_sides("European leaders condemned the killing of civilians in Kharkiv.", PUBLISHED)
    assert events and all(source[0] is None for _, source, _ in events)


def test_protesters_rally_against_their_own_government_whatever_places_the_sentence_names(coded_sides) -> None:
    events = coded_sides("Thousands of Israelis took to the streets after six hostages were found dead in Gaza.", PUBLISHED)
    assert [target for kind, _, target in events if kind == "PROTEST"] == [("ISR", "GOV")]
