"""A person the knowledge base does not know is placed by where the story says they are from, and a
surname said again is that person, not a town of that name. Articles written for these tests."""

from __future__ import annotations

import dragoman


def _targets(text: str, event_type: str) -> list[tuple[str, str | None, str | None]]:
    events = dragoman.code_text(text, published="2019-03-20", doc_id="t")
    return [(e.target.name, e.target.country, e.target.sector) for e in events
            if e.event_type == event_type and e.target is not None]


def test_a_volunteer_from_a_town_is_a_civilian_of_its_country() -> None:
    text = "Maria Keller, a nurse from Freiburg, was killed by a Russian drone in Kherson on Monday."
    assert ("Maria Keller", "DEU", "CVL") in _targets(text, "ASSAULT")


def test_a_surname_said_again_is_the_person_not_a_town() -> None:
    text = ("Tom Hull, 31, from Leeds, volunteered with a demining charity in Mosul. "
            "Hull was killed by a booby trap laid by Islamic State fighters on Sunday.")
    assert ("Tom Hull", "GBR", "CVL") in _targets(text, "ASSAULT")


def test_a_person_from_a_country_named_in_words() -> None:
    text = "Jonas Berg, a journalist from Norway, was detained by police in Minsk."
    assert ("Jonas Berg", "NOR", "MED") in _targets(text, "COERCE")


def test_a_surname_said_again_is_the_person_named_not_a_namesake_the_knowledge_base_knows() -> None:
    text = ("Boris Johnson met the French president in Paris on Monday. "
            "Johnson later praised Germany for its support.")
    events = dragoman.code_text(text, published="2019-03-20", doc_id="t")
    praise = [e for e in events if e.event_type == "SUPPORT"]
    assert praise, "the praise is coded"
    assert {(e.source.name, e.source.country) for e in praise} == {("Boris Johnson", "GBR")}
