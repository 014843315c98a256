from __future__ import annotations

import json
from pathlib import Path

import pytest

from dragoman.scale.dedup import deduplicate, evidence_terms, group_key
from dragoman.schemas import Actor, Event, Evidence, Location

RUS_MIL = Actor("Russian forces", country="RUS", sector="MIL")
UKR_GOV = Actor("Ukraine", country="UKR", sector="GOV")
KYIV = Location("Kyiv", country="UKR", admin1="Kyiv City")
ODESA = Location("Odesa", country="UKR", admin1="Odesa Oblast")


def ev(
    event_id: str,
    doc_id: str,
    sentence: str,
    *,
    event_type: str = "ASSAULT",
    day: str | None = "2024-05-13",
    source: Actor = RUS_MIL,
    target: Actor | None = UKR_GOV,
    location: Location | None = None,
    confidence: float = 0.7,
    mode: str | None = None,
) -> Event:
    return Event(
        event_id=event_id,
        doc_id=doc_id,
        sentence_index=0,
        event_type=event_type,
        mode=mode,
        contexts=[],
        date=day,
        date_text=None,
        source=source,
        target=target,
        location=location,
        evidence=Evidence(sentence, "x", 0, 1),
        negated=False,
        confidence=confidence,
        cameo="19",
        quad_class=4,
        goldstein=-10.0,
    )


def test_reports_of_one_event_in_different_words_merge() -> None:
    events = [
        ev("e1", "wire-1", "Russian forces shelled Kyiv overnight, killing three civilians.", location=KYIV),
        ev(
            "e2",
            "paper-7",
            "Three people died when Russian artillery hit the capital Kyiv.",
            day="2024-05-14",
        ),
        ev(
            "e3",
            "blog-2",
            "Kyiv was shelled by Russia's army on Monday night, officials said.",
            confidence=0.9,
        ),
    ]
    sources = {"wire-1": "Reuters", "paper-7": "Guardian", "blog-2": "Reuters"}
    [merged] = deduplicate(events, doc_sources=sources)
    record = merged.to_dict()
    assert (record["num_mentions"], record["num_articles"], record["num_sources"]) == (3, 3, 2)
    assert sorted(record["event_ids"]) == ["e1", "e2", "e3"]
    assert record["doc_ids"] == ["blog-2", "paper-7", "wire-1"]
    assert record["evidence"]["sentence"].startswith("Kyiv was shelled")  # the most confident mention
    assert record["event_id"] not in {"e1", "e2", "e3"}


def test_a_repeated_mention_in_one_article_counts_one_article() -> None:
    events = [
        ev("e1", "a", "Russian forces shelled Kyiv on Monday."),
        ev("e2", "a", "The shelling of Kyiv by Russian forces lasted hours."),
    ]
    [merged] = deduplicate(events)
    assert (merged.to_dict()["num_mentions"], merged.num_articles, merged.num_sources) == (2, 1, 1)


@pytest.mark.parametrize(
    ("first", "second", "why"),
    [
        ({}, {"day": "2024-05-16"}, "three days apart"),
        ({}, {"event_type": "COERCE"}, "another type"),
        ({}, {"mode": "threaten"}, "another mode"),
        ({}, {"target": Actor("Poland", country="POL", sector="GOV")}, "another target"),
        ({"location": KYIV}, {"location": ODESA}, "another place"),
        ({}, {"day": None}, "one undated"),
    ],
)
def test_look_alike_events_stay_apart(first: dict, second: dict, why: str) -> None:
    events = [
        ev("e1", "a", "Russian forces shelled Ukrainian positions near the city.", **first),
        ev("e2", "b", "Russian forces shelled Ukrainian positions near the city.", **second),
    ]
    assert len(deduplicate(events)) == 2, why


def test_unrelated_evidence_keeps_same_dyad_same_day_apart() -> None:
    events = [
        ev("e1", "a", "Russian forces shelled Kyiv overnight."),
        ev("e2", "b", "A cyberattack disabled Ukrainian banks, Moscow was blamed."),
    ]
    assert len(deduplicate(events)) == 2


def test_consult_is_one_meeting_whichever_side_is_named_first() -> None:
    fra = Actor("France", country="FRA", sector="GOV")
    deu = Actor("Germany", country="DEU", sector="GOV")
    a = ev("e1", "a", "Macron met Scholz in Berlin for talks.", event_type="CONSULT", source=fra, target=deu)
    b = ev(
        "e2", "b", "Scholz hosted Macron in Berlin for talks.", event_type="CONSULT", source=deu, target=fra
    )
    assert group_key(a) == group_key(b)
    assert len(deduplicate([a, b])) == 1
    c = ev("e3", "c", "France accused Germany.", event_type="ACCUSE", source=fra, target=deu)
    d = ev("e4", "d", "Germany accused France.", event_type="ACCUSE", source=deu, target=fra)
    assert group_key(c) != group_key(d)


def test_actors_without_a_country_are_matched_by_name() -> None:
    hamas = Actor("Hamas", sector="REB")
    a = ev("e1", "a", "Hamas fired rockets at Israel.", source=hamas, target=Actor("Israel", country="ISR"))
    b = ev(
        "e2",
        "b",
        "Rockets fired by Hamas hit southern Israel.",
        source=Actor("hamas"),
        target=Actor("Israel", country="ISR"),
    )
    other = ev(
        "e3",
        "c",
        "Rockets fired by Hezbollah hit northern Israel.",
        source=Actor("Hezbollah"),
        target=Actor("Israel", country="ISR"),
    )
    assert sorted(m.num_mentions for m in deduplicate([a, b, other])) == [1, 2]


def test_evidence_terms_ignore_function_words_and_weekdays() -> None:
    assert evidence_terms("The troops were shelling it on Monday") == frozenset({"troop", "shell"})


def test_dedup_command_writes_merged_events(tmp_path: Path) -> None:
    from click.testing import CliRunner

    from dragoman.cli.dedup import dedup

    raw = tmp_path / "events.jsonl"
    docs = tmp_path / "docs.jsonl"
    out = tmp_path / "merged.jsonl"
    events = [
        ev("e1", "a", "Russian forces shelled Kyiv overnight."),
        ev("e2", "b", "Kyiv came under Russian shelling overnight."),
        ev("e3", "c", "Russian forces shelled Kyiv again.", day="2024-05-20"),
    ]
    raw.write_text("".join(json.dumps(e.to_dict()) + "\n" for e in events))
    docs.write_text("".join(json.dumps({"doc_id": d, "source": "AP"}) + "\n" for d in "abc"))
    result = CliRunner().invoke(dedup, [str(raw), "-o", str(out), "--documents", str(docs)])
    assert result.exit_code == 0, result.output
    records = [json.loads(line) for line in out.read_text().splitlines()]
    assert [(r["num_articles"], r["num_sources"]) for r in records] == [(2, 1), (1, 1)]
    assert "3 events -> 2" in result.output
