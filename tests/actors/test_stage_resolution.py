"""How the actors stage reads argument phrases in their sentence, coded end to end on our own sentences."""

from __future__ import annotations

PUBLISHED = "2019-03-04"


def test_a_persons_surname_is_not_looked_up_as_a_place(coded_sides) -> None:
    # "Robinson" is also the name of towns; an unknown person stays without a country.
    events = coded_sides("Robinson was convicted of fraud in March.", PUBLISHED)
    assert events and all(target is not None and target[0] is None for _, _, target in events)


def test_a_place_in_a_relative_clause_does_not_place_the_person(coded_sides) -> None:
    events = coded_sides("Ngozi Adebayo, who has often visited Syria, accused the police of lying.", PUBLISHED)
    assert [source for kind, source, _ in events if kind == "ACCUSE"] == [(None, None)]


def test_a_country_written_with_the_acts_through_its_government(coded_sides) -> None:
    assert ("REJECT", ("USA", "GOV"), ("VEN", "GOV")) in coded_sides("The US refused to lift the sanctions on Venezuela.", PUBLISHED)


def test_a_country_as_possessor_of_the_act_is_its_government(coded_sides) -> None:
    assert [source for _, source, _ in coded_sides("Bangladesh's rejection of the plan surprised diplomats.", PUBLISHED)] == [
        ("BGD", "GOV")
    ]


def _object_pronoun_meaning(nlp, kb, text: str) -> str | None:  # type: ignore[no-untyped-def]
    from datetime import date

    from dragoman.actors.document import DocumentActors, clause_subjects
    from dragoman.actors.phrase import resolve_phrase

    doc = nlp(text)
    memory = DocumentActors(kb, lambda phrase, on: resolve_phrase(phrase, on, kb), date(2024, 3, 4))
    memory.read(doc)
    him = next(token for token in doc if token.lower_ == "him")
    actor = memory.pronoun("him", him.i, 0, clause_subjects(him))
    return actor.name if actor else None


def test_an_object_pronoun_is_not_the_subject_of_its_participle(spacy_nlp, actor_kb) -> None:
    text = "Joe Biden called Benjamin Netanyahu on Monday, urging him to agree to a ceasefire."
    assert _object_pronoun_meaning(spacy_nlp, actor_kb, text) == "Benjamin Netanyahu"


def test_an_object_pronoun_is_not_the_name_its_relative_clause_hangs_on(spacy_nlp, actor_kb) -> None:
    text = "Joe Biden said that Benjamin Netanyahu, who had called him on Sunday, would attend the summit."
    assert _object_pronoun_meaning(spacy_nlp, actor_kb, text) == "Joe Biden"


def test_a_noun_in_apposition_describes_an_unknown_person(coded_sides) -> None:
    events = coded_sides("Maria Petrova, 31, a Bulgarian national, was arrested in Izmir.", PUBLISHED)
    assert [target for kind, _, target in events if kind == "COERCE"] == [("BGR", "CVL")]
