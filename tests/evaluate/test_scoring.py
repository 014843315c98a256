"""Matching and scoring on hand-made predictions (no model needed)."""

from __future__ import annotations

import pytest

from dragoman.evaluate.matching import ActorRef, EventRef, actor_matches, match_document
from dragoman.evaluate.scoring import NONE_LABEL, score


def ev(
    event_type: str, src: str | None, tgt: str | None, mode: str | None = None, sector: str | None = None
) -> EventRef:
    return EventRef(
        event_type,
        ActorRef(src, sector) if src else None,
        ActorRef(tgt) if tgt else None,
        mode,
    )


@pytest.mark.parametrize(
    ("gold", "system", "check_sector", "expected"),
    [
        (ActorRef("RUS"), ActorRef("RUS", "MIL"), False, True),
        (ActorRef("RUS", "MIL"), ActorRef("RUS", "GOV"), True, False),
        (ActorRef("RUS", "MIL"), ActorRef("RUS", "GOV"), False, True),
        (ActorRef(None), ActorRef("USA"), False, True),
        (ActorRef(None), None, False, True),
        (None, None, False, True),
        (None, ActorRef("UKR"), False, False),
        (ActorRef("UKR"), None, False, False),
        (ActorRef("WHO"), ActorRef("UNO", "IGO", org="WHO"), False, True),  # a body of the UN system
        (ActorRef("WHO"), ActorRef("UNO", "IGO", org="UNICEF"), False, False),
    ],
)
def test_actor_matches(
    gold: ActorRef | None, system: ActorRef | None, check_sector: bool, expected: bool
) -> None:
    assert actor_matches(gold, system, check_sector=check_sector) is expected


def test_symmetric_types_match_in_either_order() -> None:
    match = match_document([ev("CONSULT", "TUR", "USA")], [ev("CONSULT", "USA", "TUR")])
    assert len(match.full) == 1 and match.exact


def test_directed_types_do_not_swap() -> None:
    match = match_document([ev("ASSAULT", "RUS", "UKR")], [ev("ASSAULT", "UKR", "RUS")])
    assert not match.full and len(match.type_only) == 1 and not match.exact


def test_matching_is_one_to_one() -> None:
    gold = [ev("CONSULT", "ESP", "IRL"), ev("CONSULT", "ESP", "NOR")]
    system = [ev("CONSULT", "ESP", "IRL"), ev("CONSULT", "ESP", "IRL")]
    match = match_document(gold, system)
    assert len(match.full) == 1
    assert len(match.type_only) == 1  # the second system CONSULT pairs with the NOR one, actors wrong


def test_full_matches_are_preferred_over_earlier_type_matches() -> None:
    gold = [ev("ASSAULT", "RUS", "UKR"), ev("ASSAULT", "ISR", "LBN")]
    system = [ev("ASSAULT", "ISR", "LBN"), ev("ASSAULT", "RUS", "UKR")]
    assert len(match_document(gold, system).full) == 2


def test_confusion_pairs_same_actors_with_different_types() -> None:
    match = match_document([ev("ACCUSE", "CHN", "USA")], [ev("THREATEN", "CHN", "USA")])
    assert len(match.confused) == 1 and not match.missed and not match.spurious


def test_score_counts_precision_recall_and_f1() -> None:
    docs = [
        ("d1", "t", [ev("ASSAULT", "RUS", "UKR")], [ev("ASSAULT", "RUS", "UKR")]),
        ("d2", "t", [ev("ASSAULT", "ISR", "LBN")], []),
        ("d3", "t", [], [ev("ASSAULT", "USA", "YEM")]),
        ("d4", "t", [ev("CONSULT", "FRA", "IND")], [ev("CONSULT", "IND", "FRA")]),
    ]
    report = score(docs)
    assault = report.per_type["ASSAULT"]
    assert (assault.gold, assault.predicted, assault.correct) == (2, 2, 1)
    assert assault.precision == pytest.approx(0.5) and assault.recall == pytest.approx(0.5)
    assert report.per_type["CONSULT"].f1 == pytest.approx(1.0)
    assert report.scored_types() == ["CONSULT", "ASSAULT"]
    assert report.macro_f1 == pytest.approx(0.75)
    assert report.micro.f1 == pytest.approx(2 / 3)
    assert report.triple_accuracy == pytest.approx(2 / 3)
    assert report.non_event_documents == 1 and report.non_event_with_events == 1
    assert report.exact_documents == 2
    assert report.confusion[("ASSAULT", NONE_LABEL)] == 1
    assert report.confusion[(NONE_LABEL, "ASSAULT")] == 1


def test_actor_and_mode_accuracy_on_matched_events() -> None:
    docs = [
        ("d1", "t", [ev("ASSAULT", "RUS", "UKR", "aerial")], [ev("ASSAULT", "RUS", "POL", "aerial")]),
        ("d2", "t", [ev("COERCE", "GEO", "GEO", "arrest")], [ev("COERCE", "GEO", "GEO", None)]),
    ]
    report = score(docs)
    assert report.matched == 2
    assert report.source_correct == 2 and report.target_correct == 1
    assert (report.mode_correct, report.mode_total) == (1, 2)
    assert report.triples_correct == 1


def test_worst_errors_rank_by_size_and_keep_the_sentence() -> None:
    docs = [
        ("small", "one miss", [ev("AID", "GBR", "UKR")], []),
        ("big", "two extra", [], [ev("ASSAULT", "RUS", "UKR"), ev("ACCUSE", "UKR", "RUS")]),
    ]
    worst = score(docs).worst_errors(5)
    assert [e.doc_id for e in worst] == ["big", "small"]
    assert worst[0].text == "two extra" and len(worst[0].spurious) == 2


def test_to_dict_is_json_ready() -> None:
    import json

    report = score([("d1", "t", [ev("AID", "GBR", "UKR")], [ev("AID", "GBR", "UKR")])])
    data = json.loads(json.dumps(report.to_dict()))
    assert data["per_type"]["AID"]["f1"] == 1.0
    assert data["macro_f1"] == 1.0
    assert set(data["per_type"]) >= {"AGREE", "ASSAULT"}
