"""The time stage on hand-made documents (publication date 2024-05-15, a Wednesday)."""

from __future__ import annotations

from datetime import date

import pytest

from dragoman.resources import Resources
from dragoman.schemas import Span
from dragoman.time.stage import make_time_stage

PUBLISHED = date(2024, 5, 15)

CASES = [
    # sentence, trigger, expected date, date_text, precision
    (
        "On Wednesday the Turkish foreign minister spoke with his Qatari counterpart.",
        "spoke",
        "2024-05-15",
        "On Wednesday",
        "day",
    ),
    (
        "The intelligence chief met Hamas officials in Doha on Sunday, according to state media.",
        "met",
        "2024-05-12",
        "on Sunday",
        "day",
    ),
    (
        "Speaking in Kyiv on Tuesday, the secretary of state criticised the offensive.",
        "criticised",
        "2024-05-14",
        "on Tuesday",
        "day",
    ),
    (
        "Last month, the president compared the group to freedom fighters.",
        "compared",
        "2024-04-01",
        "Last month",
        "month",
    ),
    ("The minister criticised the deal reached in March.", "criticised", "2024-05-15", None, "day"),
    ("Last week's talks in Cairo collapsed.", "talks", "2024-05-06", "Last week's", "week"),
    (
        "Israeli aircraft struck the camp yesterday, killing nine people.",
        "struck",
        "2024-05-14",
        "yesterday",
        "day",
    ),
    (
        "The two governments signed the agreement in Ankara on 3 April 2024.",
        "signed",
        "2024-04-03",
        "on 3 April 2024",
        "day",
    ),
    ("The ministers will meet in Brussels on Friday.", "meet", "2024-05-17", "on Friday", "day"),
    ("The envoy plans to visit Beijing next week.", "visit", "2024-05-20", "next week", "week"),
    (
        "Officials said on Tuesday that Russian forces had shelled the town.",
        "shelled",
        "2024-05-14",
        "on Tuesday",
        "day",
    ),
    ("Hamas said it would answer the proposal by Friday.", "answer", "2024-05-15", None, "day"),
    (
        "The truce, which was agreed in March, collapsed on Sunday.",
        "collapsed",
        "2024-05-12",
        "on Sunday",
        "day",
    ),
    (
        "The truce, which was agreed in March, collapsed on Sunday.",
        "agreed",
        "2024-03-01",
        "in March",
        "month",
    ),
    (
        "Protesters rallied outside parliament earlier this month.",
        "rallied",
        "2024-05-01",
        "earlier this month",
        "month",
    ),
    ("The army has occupied the region since 2014.", "occupied", "2024-05-15", None, "day"),
    ("The rebels fought for three days.", "fought", "2024-05-15", None, "day"),
    (
        "France on Tuesday announced it would accept the returnees.",
        "accept",
        "2024-05-14",
        "on Tuesday",
        "day",
    ),
    (
        "A summit to be held in Tehran on Friday will discuss the offensive.",
        "summit",
        "2024-05-17",
        "on Friday",
        "day",
    ),
    ("The two presidents agreed to meet on Monday.", "meet", "2024-05-13", "on Monday", "day"),
    ("The talks, which began in Doha on Sunday, stalled.", "talks", "2024-05-12", "on Sunday", "day"),
    ("The summit that Iran hosted in March ended.", "summit", "2024-05-15", None, "day"),
    ("The two sides held talks in Geneva on Monday.", "talks", "2024-05-13", "on Monday", "day"),
]


@pytest.mark.parametrize(("sentence", "trigger", "expected", "text", "precision"), CASES)
def test_event_dates(hand_coded, sentence, trigger, expected, text, precision) -> None:  # type: ignore[no-untyped-def]
    coded = make_time_stage(Resources())(hand_coded(sentence, trigger, published=PUBLISHED))
    candidate = coded.candidates[0]
    assert (candidate.date.isoformat(), candidate.date_text, candidate.date_precision) == (
        expected,
        text,
        precision,
    )


def test_date_phrase_from_the_events_stage_wins(hand_coded) -> None:  # type: ignore[no-untyped-def]
    sentence = "The ministers met on Monday and agreed to talk again."
    start = sentence.index("on Monday")
    coded = hand_coded(
        sentence,
        "agreed",
        published=PUBLISHED,
        date_phrase=Span(start, start + len("on Monday"), "on Monday"),
    )
    candidate = make_time_stage(Resources())(coded).candidates[0]
    assert (candidate.date, candidate.date_text) == (date(2024, 5, 13), "on Monday")


def test_no_phrase_falls_back_to_publication_date(hand_coded) -> None:  # type: ignore[no-untyped-def]
    coded = make_time_stage(Resources())(
        hand_coded("Turkey condemned the raid.", "condemned", published=PUBLISHED)
    )
    candidate = coded.candidates[0]
    assert (candidate.date, candidate.date_text, candidate.date_precision) == (PUBLISHED, None, "day")


def test_no_publication_date_means_no_relative_date(hand_coded) -> None:  # type: ignore[no-untyped-def]
    stage = make_time_stage(Resources())
    relative = stage(hand_coded("Turkey condemned the raid on Sunday.", "condemned")).candidates[0]
    assert (relative.date, relative.date_precision) == (None, None)
    absolute = stage(hand_coded("Turkey condemned the raid on 3 April 2024.", "condemned")).candidates[0]
    assert absolute.date == date(2024, 4, 3)


def test_a_date_already_set_is_kept(hand_coded) -> None:  # type: ignore[no-untyped-def]
    coded = hand_coded(
        "Turkey condemned the raid on Sunday.", "condemned", published=PUBLISHED, date=date(2020, 1, 1)
    )
    assert make_time_stage(Resources())(coded).candidates[0].date == date(2020, 1, 1)


def test_date_search_stops_at_a_nominal_root(spacy_nlp) -> None:  # type: ignore[no-untyped-def]
    """Regression: a headline without a verb made the head walk loop forever."""
    from spacy.tokens import Doc

    from dragoman.time.phrases import _steps_to, find_date_phrase

    doc = Doc(
        spacy_nlp.vocab,
        words=["Talks", "Monday"],
        heads=[0, 0],
        deps=["ROOT", "npadvmod"],
        pos=["NOUN", "PROPN"],
        ents=["O", "B-DATE"],
    )
    assert _steps_to(doc[1], {99}) is None
    assert find_date_phrase(doc[0]).text == "Monday"  # type: ignore[union-attr]
