"""People a story describes before (or while) it names them, and the words that refer back to
them: a lead's "A British nurse", "the French engineers X and Y", "the pair", "the militants",
"she" and "his family". Our own sentences."""

from __future__ import annotations

from datetime import date

import pytest

import dragoman

PUBLISHED = "2018-06-01"


def _events(text: str) -> list[dragoman.Event]:
    return list(dragoman.code_text(text, published=PUBLISHED, doc_id="t"))


# -- the lead describes, the next sentence names ---------------------------------------------------
def test_the_person_named_after_the_lead_is_the_one_it_described(coded_sides) -> None:  # type: ignore[no-untyped-def]
    events = coded_sides(
        "A British nurse detained in Iran last year has returned home. Sarah Pellow, 41, was arrested by the "
        "Revolutionary Guards in Tehran in May. Iranian police questioned her for weeks and charged her with spying.",
        PUBLISHED,
    )
    assert ("COERCE", ("IRN", "MIL"), ("GBR", "CVL")) in events
    assert ("ACCUSE", ("IRN", "COP"), ("GBR", "CVL")) in events  # "her": the nurse, by pronoun


def test_a_definite_lead_describes_no_stranger(coded_sides) -> None:  # type: ignore[no-untyped-def]
    events = coded_sides(
        "The British embassy in Tehran said on Monday that it was concerned. Sarah Pellow, 41, was arrested by "
        "the Revolutionary Guards in May.",
        PUBLISHED,
    )
    arrests = [target for kind, _, target in events if kind == "COERCE"]
    assert arrests and all(target[0] != "GBR" for target in arrests)


def test_the_lead_describes_only_as_many_people_as_it_counts(coded_sides) -> None:  # type: ignore[no-untyped-def]
    events = coded_sides(
        "A Dutch journalist has been freed in Syria. Eva Smit, 35, was seized by rebels in Idlib in March. "
        "Karim Nasser, a local driver, was detained by the rebels too.",
        PUBLISHED,
    )
    targets = [target for kind, _, target in events if kind == "COERCE"]
    assert targets.count(("NLD", "MED")) == 1  # the journalist, and not the driver


# -- "she" is no one the story calls a man ----------------------------------------------------------
def test_a_female_pronoun_skips_the_man_named_after_her(coded_sides) -> None:  # type: ignore[no-untyped-def]
    events = coded_sides(
        "A British teacher working in Egypt has been freed. Emma Cole, 29, and her husband, Omar Haddad, were "
        "stopped at a checkpoint in Cairo in March. Egyptian police arrested her and charged her with espionage.",
        PUBLISHED,
    )
    assert ("COERCE", ("EGY", "COP"), ("GBR", "CVL")) in events


# -- one description for coordinated names -----------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("Militants kidnapped the French engineers Paul Girard and Luc Morel near Agadez.", "FRA"),
        ("Gunmen kidnapped the US journalists James Foley and Steven Sotloff in 2012.", "USA"),  # an apposition
    ],
)
def test_a_plural_title_describes_every_name_it_heads(text: str, country: str) -> None:
    events = _events(text)
    assert events and all(e.target is not None and e.target.country == country for e in events)


def test_the_pair_is_the_two_names_given_together() -> None:
    events = _events(
        "Two British men who joined Islamic State have been captured in Syria. The minister Tom Grant said Ali "
        "Khan and Omar Shah should be tried in Britain. The pair were detained by Kurdish forces in January."
    )
    held = {e.target.name for e in events if e.event_type == "COERCE" and e.target is not None}
    assert "Tom Grant" not in held and held & {"Ali Khan", "Omar Shah"}


# -- "the militants" are the armed group named before -------------------------------------------------
def test_the_militants_are_the_armed_group_named_before() -> None:
    events = _events("The Taliban seized the district of Musa Qala on Sunday. Afghan troops later besieged the "
                     "militants in the hills.")
    besieged = [e.target for e in events if e.event_type == "COERCE" and e.source.sector == "MIL"]
    assert besieged and besieged[0] is not None and besieged[0].org == "Taliban"


def test_militants_with_no_group_named_stay_a_sector() -> None:
    events = _events("Afghan troops besieged the militants in the hills.")
    besieged = [e.target for e in events if e.event_type == "COERCE"]
    assert besieged and besieged[0] is not None and besieged[0].org is None and besieged[0].sector == "REB"


# -- "his family" is not the person ---------------------------------------------------------------------
def test_a_persons_family_is_not_the_person() -> None:
    events = _events("Ben Ross, a Canadian aid worker, was detained in Syria in May. His family appealed for his "
                     "release.")
    appeals = [e for e in events if e.event_type == "REQUEST"]
    assert appeals and appeals[0].source.name != "Ben Ross"
    assert (appeals[0].source.country, appeals[0].source.sector) == ("CAN", "CVL")


# -- leaders of the last decade --------------------------------------------------------------------------
def test_a_former_president_is_still_of_his_country(country_sector) -> None:  # type: ignore[no-untyped-def]
    assert country_sector("Barack Obama", date(2014, 5, 1)) == ("USA", "GOV")
    assert country_sector("Obama", date(2019, 5, 1))[0] == "USA"


# -- "the pair", sentences after the story named them ------------------------------------------------------
LEAD = "Two Canadian aid workers held in Mali for a year have been freed."
BETWEEN = ("Their charity had worked in the region for a decade. Officials in Bamako gave no details of the release. "
           "The United Nations welcomed the news on Friday.")


def test_the_pair_far_from_their_names_are_the_people_the_lead_described(coded_sides) -> None:  # type: ignore[no-untyped-def]
    text = f"{LEAD} Anne Dubois and Marc Tremblay were abducted near Gao last May. {BETWEEN} The pair were seized by gunmen."
    targets = [target for kind, _, target in coded_sides(text, PUBLISHED) if kind == "COERCE"]
    assert targets == [("CAN", "CVL")]


def test_the_pair_is_no_one_when_the_story_names_no_one(coded_sides) -> None:  # type: ignore[no-untyped-def]
    text = f"{LEAD} {BETWEEN} The pair were seized by gunmen."
    assert not [kind for kind, _, _ in coded_sides(text, PUBLISHED) if kind == "COERCE"]


# -- "the resort of Sochi": a kind of place and its name --------------------------------------------------
def test_a_place_named_after_its_kind_is_the_target(coded_sides) -> None:  # type: ignore[no-untyped-def]
    events = coded_sides("The presidents of Iran and Turkey arrived in the Black Sea resort of Sochi on Wednesday.",
                         PUBLISHED)
    assert {(kind, source[0], target) for kind, source, target in events} == {
        ("CONSULT", "IRN", ("RUS", None)), ("CONSULT", "TUR", ("RUS", None))}


# -- a known person the parser did not label a person is still the "he" -------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "Rouhani met the Iraqi prime minister in Tehran, but he later criticised Washington.",  # no label
        "Rouhani said talks were possible but he accused Washington of bad faith.",  # labelled a body
    ],
)
def test_a_known_surname_the_parser_missed_is_the_pronouns_person(coded_sides, text) -> None:  # type: ignore[no-untyped-def]
    accusers = [source for kind, source, _ in coded_sides(text, PUBLISHED) if kind == "ACCUSE"]
    assert accusers == [("IRN", "GOV")]


# -- the Kurds are where the story is set, not where the state acting on them is ------------------------------
def test_a_community_is_placed_where_the_story_happens_not_by_who_acts(coded_sides) -> None:  # type: ignore[no-untyped-def]
    events = coded_sides("Turkey shelled Kurdish positions in Afrin. Turkey said its jets hit the Kurds near Jinderes "
                         "and Rajo. Turkey vowed to press on.", PUBLISHED)
    struck = [target for kind, _, target in events if kind == "ASSAULT"]
    assert struck and all(target is not None and target[0] == "SYR" for target in struck)


# -- a story's own country for victims no sentence places ---------------------------------------------------
def test_victims_with_no_place_of_their_own_are_of_the_country_the_story_is_set_in(coded_sides) -> None:  # type: ignore[no-untyped-def]
    events = coded_sides("Rebels shelled Aleppo and Hama on Monday. Shelling also hit Homs, Idlib and Latakia. "
                         "Hospitals were targeted repeatedly.", PUBLISHED)
    assert ("ASSAULT", (None, None), ("SYR", "HLH")) in events


def test_a_sentence_alone_gives_no_story_setting(coded_sides) -> None:  # type: ignore[no-untyped-def]
    assert coded_sides("Hospitals were targeted repeatedly.", PUBLISHED) == [("ASSAULT", (None, None), (None, "HLH"))]


# -- "the country": where the story is set ---------------------------------------------------------------------
def test_the_country_is_the_one_the_story_is_set_in(coded_sides) -> None:  # type: ignore[no-untyped-def]
    events = coded_sides("Rebels lost Aleppo, Homs and Hama in 2016. Russian jets have destroyed much of the country.",
                         PUBLISHED)
    assert ("ASSAULT", ("RUS", "MIL"), ("SYR", None)) in events


def test_the_country_of_a_story_that_names_no_place_is_no_one(coded_sides) -> None:  # type: ignore[no-untyped-def]
    # the attack is kept, but "the country" names no country when the story is set nowhere
    assert coded_sides("Russian jets have destroyed much of the country.", PUBLISHED) == [
        ("ASSAULT", ("RUS", "MIL"), None)]


# -- "Rebels say they ...": the speakers themselves -----------------------------------------------------------------
def test_a_plural_speaker_is_the_they_of_what_it_says(coded_sides) -> None:  # type: ignore[no-untyped-def]
    events = coded_sides("Turkish jets bombed Afrin on Sunday. Rebels say they captured two villages near Hama.", PUBLISHED)
    assert ("ASSAULT", ("SYR", "REB"), ("SYR", "CVL")) in events
