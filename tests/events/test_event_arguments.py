"""Who acts and who undergoes a verb event: passive agents of papers taken away, the holder of the papers
as target, and people moved (not aid given). Sentences written for these tests, coded end to end through
the ``coded_sides`` fixture."""

from __future__ import annotations

from typing import Any

import pytest

DAY = "2024-03-04"


def _countries(coded_sides: Any, text: str) -> list[tuple[str, str | None, str | None]]:
    return [(kind, source[0], target[0] if target else None) for kind, source, target in coded_sides(text, DAY)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the "by" phrase of a passive names who took the papers away (citizenship: an expulsion)
        ("The activist was stripped of her Canadian citizenship by the Canadian government.", ("SANCTION", "CAN", "CAN")),
        ("Two Egyptian activists were stripped of their passports by the Egyptian interior ministry.",
         ("COERCE", "EGY", "EGY")),
        # the holder of the papers is the target, also in the active voice
        ("The Bahraini government revoked the citizenship of 20 Bahraini activists.", ("SANCTION", "BHR", "BHR")),
        ("The Egyptian interior ministry cancelled the passports of six Egyptian lawyers on Monday.",
         ("COERCE", "EGY", "EGY")),
        ("The Bahraini government revoked the Bahraini journalists' citizenship in March.", ("SANCTION", "BHR", "BHR")),
    ],
)
def test_papers_taken_away(coded_sides: Any, text: str, expected: tuple[str, str, str]) -> None:
    assert expected in _countries(coded_sides, text)


def test_papers_revoked_after_have_name_the_holder(coded_sides: Any) -> None:
    """"had his citizenship revoked": the tagger may read "revoked" as a past tense; the holder still loses it."""
    coded = _countries(coded_sides, "The Bahraini activist Nabeel Hussain had his citizenship revoked.")
    assert [(kind, target) for kind, _source, target in coded] == [("SANCTION", "BHR")]


def test_revoking_other_things_takes_no_papers(coded_sides: Any) -> None:
    """A decree revoked takes no one's citizenship: no expulsion."""
    coded = _countries(coded_sides, "The Bahraini government revoked the decree on fishing licences.")
    assert all(kind != "SANCTION" for kind, *_ in coded)


@pytest.mark.parametrize(
    "text",
    [
        "The Iraqi guards transferred the detainees to a prison near Basra.",
        "Syrian Kurdish fighters later transferred her to a camp in the north-east.",
    ],
)
def test_people_moved_is_no_aid(coded_sides: Any, text: str) -> None:
    assert all(kind != "AID" for kind, *_ in _countries(coded_sides, text))


def test_money_transferred_is_still_aid(coded_sides: Any) -> None:
    assert ("AID", "DEU", "JOR") in _countries(coded_sides, "Germany transferred 50 million euros to Jordan.")


@pytest.mark.parametrize(
    ("text", "backer"),
    [
        ("Backed by Russian warplanes, Syrian troops shelled the rebel-held town on Monday.", "RUS"),
        ("Iraqi soldiers, backed by American air support, fought Isis militants in the old city.", "USA"),
    ],
)
def test_force_backing_an_attack_takes_part(coded_sides: Any, text: str, backer: str) -> None:
    """"backed by Russian warplanes": the backing force attacks too, alongside the named attacker."""
    sources = {source for kind, source, _target in _countries(coded_sides, text) if kind == "ASSAULT"}
    assert backer in sources and len(sources) == 2


def test_state_backing_is_no_attack(coded_sides: Any) -> None:
    """"backed by the United States" names help, not a force in the fight."""
    coded = _countries(coded_sides, "Ethiopian forces, backed by the United States, attacked the Somali militants.")
    assert ("ASSAULT", "ETH", "SOM") in coded
    assert all(source != "USA" for kind, source, _t in coded if kind == "ASSAULT")


def test_second_by_phrase_is_a_second_agent(coded_sides: Any) -> None:
    """"contradicted by her own generals and by French ministers": each "by" phrase names one who acts."""
    coded = _countries(coded_sides, "The Italian premier was sharply criticised by her own ministers and by "
                                    "the French president.")
    assert {source for kind, source, _t in coded if kind == "ACCUSE"} == {"ITA", "FRA"}


def test_by_phrase_of_place_or_time_is_no_agent(coded_sides: Any) -> None:
    coded = _countries(coded_sides, "The Egyptian activist was arrested by Egyptian police at the airport and "
                                    "by nightfall was in a cell.")
    assert ("COERCE", "EGY", "EGY") in coded and len(coded) == 1
