"""Phrases that name an actor by an office, a party seat, a community or a nationality."""

from __future__ import annotations

from datetime import date

import pytest

DAY = date(2019, 2, 20)


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        ("the home secretary", ("GBR", "GOV")),
        ("Britain's foreign secretary", ("GBR", "GOV")),
        ("the chancellor of the exchequer", ("GBR", "GOV")),
        ("the Home Office", ("GBR", "GOV")),
        ("the secretary of state", ("USA", "GOV")),
        ("the defense secretary", ("USA", "GOV")),
        ("the taoiseach", ("IRL", "GOV")),
    ],
)
def test_a_title_of_one_countrys_office_names_that_country(country_sector, phrase, expected):
    assert country_sector(phrase, DAY) == expected


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        ("the Indian foreign secretary", ("IND", "GOV")),
        ("Pakistan's foreign secretary", ("PAK", "GOV")),
        ("the US defence secretary", ("USA", "GOV")),
    ],
)
def test_a_named_country_outweighs_the_title(country_sector, phrase, expected):
    assert country_sector(phrase, DAY) == expected


def test_a_former_office_holder_keeps_only_the_country(country_sector):
    assert country_sector("the former home secretary", DAY) == ("GBR", None)


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        ("the shadow home secretary", ("GBR", "OPP")),
        ("the shadow chancellor", ("GBR", "OPP")),
        ("the shadow justice minister", (None, "OPP")),
    ],
)
def test_a_shadow_minister_is_in_opposition(country_sector, phrase, expected):
    assert country_sector(phrase, DAY) == expected


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        ("the Labour MP", ("GBR", "LEG")),
        ("a Tory MP", ("GBR", "LEG")),
        ("a Tory minister", ("GBR", "GOV")),
        ("the Labour leader", ("GBR", "PTY")),
        ("the Conservative MP Phillip Lee", ("GBR", "LEG")),
        ("a Canadian Conservative MP", ("CAN", "LEG")),
    ],
)
def test_a_partys_member_of_parliament_is_a_legislator(country_sector, phrase, expected):
    assert country_sector(phrase, DAY) == expected


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        ("Kurdish forces", (None, "REB")),
        ("Kurdish-led forces", (None, "REB")),
        ("the Syrian Kurdish troops", ("SYR", "REB")),
        ("Sunni tribal fighters", (None, "REB")),
        ("Druze militiamen", (None, "REB")),
        ("Tigrayan forces", ("ETH", "REB")),
        ("Western forces", (None, "MIL")),
        ("Kurdish officials", (None, "GOV")),
    ],
)
def test_a_communitys_forces_are_a_non_state_group(country_sector, phrase, expected):
    assert country_sector(phrase, DAY) == expected


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        ("a Bulgarian national", ("BGR", "CVL")),
        ("three Dutch nationals", ("NLD", "CVL")),
        ("British jihadis", ("GBR", "REB")),
        ("a French al-Qaida member", ("FRA", "REB")),
    ],
)
def test_a_nationality_places_a_person_outside_the_knowledge_base(country_sector, phrase, expected):
    assert country_sector(phrase, DAY) == expected


def test_a_transnational_groups_own_fighters_have_no_country(country_sector):
    assert country_sector("Islamic State fighters", DAY) == (None, "REB")


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [("Islamic State fighters in eastern Syria", ("SYR", "REB")), ("al-Qaida militants in Mali", ("MLI", "REB"))],
)
def test_a_transnational_group_takes_the_country_where_the_phrase_places_it(country_sector, phrase, expected):
    assert country_sector(phrase, DAY) == expected


def test_a_group_with_a_home_keeps_it_wherever_it_is_placed(country_sector):
    assert country_sector("Hamas officials in Qatar", DAY) == ("PSE", "REB")


@pytest.mark.parametrize("phrase", ["Salih Muslim", "Russell-Moyle", "Erdogan Ozturk"])
def test_a_surname_before_another_name_is_a_given_name(country_sector, phrase):
    assert country_sector(phrase, DAY) is None


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [("Erdogan", ("TUR", "GOV")), ("Erdogan's government", ("TUR", "GOV")), ("President Salih", ("IRQ", "GOV"))],
)
def test_a_surname_alone_or_before_its_possessive_still_names_the_person(country_sector, phrase, expected):
    assert country_sector(phrase, DAY) == expected


@pytest.mark.parametrize(
    ("phrase", "on", "expected"),
    [
        ("Tillerson", date(2017, 6, 1), ("USA", "GOV")),
        ("Pompeo", date(2018, 6, 1), ("USA", "GOV")),
        ("Bolton", date(2019, 1, 10), ("USA", "GOV")),
        ("Bolton", date(2021, 1, 10), ("USA", None)),
        ("the foreign secretary, Jeremy Hunt", date(2019, 2, 1), ("GBR", "GOV")),
        ("Javid", date(2018, 12, 1), ("GBR", "GOV")),
        ("Abbott", date(2019, 2, 1), ("GBR", "OPP")),
    ],
)
def test_us_and_uk_office_holders_before_2020_have_their_dated_roles(country_sector, phrase, on, expected):
    assert country_sector(phrase, on) == expected


def test_another_countrys_congress_is_that_countrys_legislature(country_sector):  # type: ignore[no-untyped-def]
    assert country_sector("Brazil's Congress", DAY) == ("BRA", "LEG")
    assert country_sector("Congress", DAY) == ("USA", "LEG")
