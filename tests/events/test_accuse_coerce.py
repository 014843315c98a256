"""Accusations and restrictions that hang on the words around the verb: labels of blame, holding
responsible, criticism received, legal cases, encirclement, lost papers and travel bans.

Sentences written for these tests, coded end to end.
"""

from __future__ import annotations

import pytest

import dragoman


def _events(text: str) -> list[tuple[str, str | None, str | None, str | None]]:
    events = dragoman.code_text(text, published="2024-03-04", doc_id="t")
    return [(e.event_type, e.mode, e.source.country, e.target.country if e.target else None) for e in events]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a label of blame, whatever the verb of naming
        ("The Venezuelan president described the Colombian government as criminals on Sunday.",
         ("ACCUSE", "allege", "VEN", "COL")),
        ("Kenya's president called the Somali militants murderers after the attack.",
         ("ACCUSE", "allege", "KEN", "SOM")),
        ("The Pakistani government was branded a terrorist sponsor by India's foreign minister.",
         ("ACCUSE", "allege", "IND", "PAK")),
        # blame and disparagement
        ("Germany held Russia responsible for the cyberattack on its parliament.", ("ACCUSE", "allege", "DEU", "RUS")),
        ("The Argentine president has repeatedly ridiculed the IMF.", ("ACCUSE", "disapprove", "ARG", "IMF")),
        ("The Kenyan government said the Somali militants were betraying their own people.",
         ("ACCUSE", "allege", "KEN", "SOM")),
        # criticism received: the subject is the one criticised
        ("The Spanish foreign minister faced criticism from Moroccan officials over the border deal.",
         ("ACCUSE", "disapprove", "MAR", "ESP")),
        ("The Hungarian prime minister has come under fire for his decision to veto the aid package.",
         ("ACCUSE", "disapprove", None, "HUN")),
        # a legal case is a formal accusation; a state's protest is disapproval, not a demonstration
        ("The European Commission launched a legal case against Poland over its judicial reforms.",
         ("ACCUSE", "allege", "EU", "POL")),
        ("China protested to the United States over the arms sale.", ("ACCUSE", "disapprove", "CHN", "USA")),
        ("Two French nationals are accused of spying for Israel.", ("ACCUSE", "allege", None, "FRA")),
    ],
)
def test_accusations(text: str, expected: tuple[str, str, str | None, str]) -> None:
    assert expected in _events(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ethiopian troops encircled the Eritrean town of Senafe.", ("COERCE", "restrict", "ETH", "ERI")),
        ("Several opposition leaders captured by Sudanese soldiers were taken to Khartoum.",
         ("COERCE", "arrest", "SDN", "SDN")),
        ("Nicaragua revoked the passports of two opposition politicians.", ("COERCE", "restrict", "NIC", "NIC")),
        ("The Cuban writer has had her passport confiscated.", ("COERCE", "restrict", None, "CUB")),
        ("Two Australian journalists were barred from leaving China last week.",
         ("COERCE", "restrict", None, "AUS")),
        ("The Belarusian activist was not allowed to leave the country after her release.",
         ("COERCE", "restrict", None, "BLR")),
    ],
)
def test_restrictions(text: str, expected: tuple[str, str, str | None, str]) -> None:
    assert expected in _events(text)


@pytest.mark.parametrize(
    "text",
    [
        "Chinese warships encircled the Philippines coast guard vessel in drills.",  # a show of force, no siege
        "The opposition would not be allowed to leave the country if the law passed.",  # hypothetical
        "The Brazilian government did not hold Argentina responsible for the delays.",  # denied
        "The ministry described the talks with Egypt as constructive.",  # no blame in the label
        "Our correspondent described the streets of Kyiv as quiet.",
        "In her memoir, the former envoy describes the 1999 bombing of Belgrade as a mistake.",  # Belgrade not blamed
        "The Kurdish militia is listed as a terrorist organisation by Ankara.",  # a standing listing
        "The convoy came under fire near the border.",  # literal fire: no criticism
        "The summit was held at Camp David.",
    ],
)
def test_no_accusation_or_restriction(text: str) -> None:
    assert [e for e in _events(text) if e[0] in ("ACCUSE", "COERCE")] == []


def test_crowds_still_protest() -> None:
    assert [e[0] for e in _events("Thousands of students protested outside the Serbian parliament.")] == ["PROTEST"]


def test_losing_citizenship_expels() -> None:
    assert ("SANCTION", "expel", "NIC", "NIC") in _events(
        "Nicaragua revoked the citizenship of two exiled opposition politicians."
    )


def test_even_if_grants_rather_than_supposes() -> None:
    events = _events("Brussels backs the trade deal, even if it criticises Brazil's record on deforestation.")
    assert [e for e in events if e[0] == "ACCUSE"] == [("ACCUSE", "disapprove", "EU", "BRA")]


def test_conjoined_verbs_share_their_object() -> None:
    events = _events("Turkish police arrested and charged two German tourists.")
    assert ("COERCE", "arrest", "TUR", "DEU") in events and ("ACCUSE", "allege", "TUR", "DEU") in events


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("The Labour leader said the home secretary had behaved shamefully.", "GBR"),
        ("“The silence of the Arab League is unacceptable,” the Lebanese foreign minister said.", "ARL"),
    ],
)
def test_blame_in_reported_words(text: str, target: str) -> None:
    assert [e[3] for e in _events(text) if e[0] == "ACCUSE"] == [target]


def test_people_captured_are_arrested() -> None:
    assert ("COERCE", "arrest", "UKR", "RUS") in _events("Ukrainian soldiers captured two Russian pilots near Kupiansk.")


def test_an_allegation_about_another_party_accuses_it() -> None:
    events = _events("Venezuela's government alleged that Guyana was preparing an attack on its oil fields.")
    assert ("ACCUSE", "allege", "VEN", "GUY") in events


@pytest.mark.parametrize(
    "text",
    [
        "The ministry did not claim that Kenya had violated the deal.",  # the claim itself is denied
        "Russia claimed that its forces had captured the village of Krynky.",  # its own side: no accusation
        "The Danish sailor claims he was only delivering medicine.",  # about himself
    ],
)
def test_claims_that_accuse_no_one(text: str) -> None:
    assert [e for e in _events(text) if e[0] == "ACCUSE"] == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the subject of a passive is the object that decides the event
        ("Its border crossings with Serbia were closed by the Kosovo police on Monday.",
         ("COERCE", "restrict", "XKX", "SRB")),
        ("The Guinean government shut down the internet during the protests.", ("COERCE", "censor", "GIN", None)),
        ("Peru's president declared a state of emergency in Lima.", ("COERCE", "curfew", "PER", None)),
        ("The Senate opened an inquiry into the Pentagon's handling of the withdrawal.",
         ("ACCUSE", "investigate", None, "USA")),
    ],
)
def test_restrictions_named_by_their_object(text: str, expected: tuple[str, str, str | None, str | None]) -> None:
    assert expected in _events(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The former Pakistani prime minister was placed under house arrest on Tuesday.",
         ("COERCE", "arrest", None, "PAK")),
        ("Two French journalists went on trial in Moscow on Monday.", ("ACCUSE", "allege", None, "FRA")),
        ("Russian investigators opened a criminal case against the Ukrainian commander.",
         ("ACCUSE", "allege", "RUS", "UKR")),
    ],
)
def test_custody_and_trial(text: str, expected: tuple[str, str, str | None, str]) -> None:
    assert expected in _events(text)


def test_every_demanded_act_is_folded_into_the_demand() -> None:
    events = _events("The European Union urged Serbia to arrest the suspects and jail them.")
    assert [e[0] for e in events] == ["REQUEST"]


def test_condemnation_of_names_the_condemned() -> None:
    assert [e for e in _events("Spain voiced its condemnation of Israel at the UN.") if e[0] == "ACCUSE"] == [
        ("ACCUSE", "disapprove", "ESP", "ISR")
    ]


def test_the_concerns_of_others_are_no_accusation() -> None:
    assert _events("The minister voiced the concerns of farmers in Brussels.") == []


def test_a_label_in_reported_words_accuses() -> None:
    assert ("ACCUSE", "allege", "KEN", "SOM") in _events("Kenya's president said the Somali militants were thugs.")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The former Peruvian president faces charges of corruption.", ("ACCUSE", "allege", None, "PER")),
        ("The Hungarian minister is facing an investigation by the European anti-fraud office.",
         ("ACCUSE", "investigate", None, "HUN")),
    ],
)
def test_accusations_faced(text: str, expected: tuple[str, str, str | None, str]) -> None:
    assert expected in _events(text)


def test_a_fee_is_no_charge() -> None:
    assert _events("The Dutch company faces a charge for every late delivery.") == []
