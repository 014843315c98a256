"""Sentences of a stored article are coded inside their article and scored one by one."""

from __future__ import annotations

import pytest

from dragoman.evaluate.gold import GoldDocument, GoldSet
from dragoman.evaluate.matching import EventRef
from dragoman.evaluate.runner import code_gold
from dragoman.pipeline import Pipeline

ARTICLE = (
    "Turkey's foreign minister flew to Doha on Monday. "
    "He met Qatar's emir on Tuesday to discuss the hostages. "
    "Russian troops shelled Kharkiv on Wednesday. "
    "Russian troops shelled Kharkiv on Wednesday, the mayor said."
)


def _sentence(doc_id: str, text: str, events: list[EventRef]) -> GoldDocument:
    start = ARTICLE.index(text)
    return GoldDocument(doc_id, text, events, date="2024-05-13", article="a", start=start, end=start + len(text))


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return Pipeline()


def _labels(refs: list[EventRef]) -> list[str]:
    return sorted(f"{r.event_type} {r.source and r.source.country} {r.target and r.target.country}" for r in refs)


def test_a_pronoun_is_resolved_from_the_sentences_before(pipeline: Pipeline) -> None:
    met = _sentence("s2", "He met Qatar's emir on Tuesday to discuss the hostages.", [])
    in_article = code_gold([met], pipeline, articles={"a": ARTICLE})
    alone = code_gold([met], pipeline)
    assert "CONSULT TUR QAT" in _labels(in_article["s2"])
    assert "CONSULT TUR QAT" not in _labels(alone["s2"])


def test_events_go_to_the_sentence_of_their_trigger(pipeline: Pipeline) -> None:
    flew = _sentence("s1", "Turkey's foreign minister flew to Doha on Monday.", [])
    first = _sentence("s3", "Russian troops shelled Kharkiv on Wednesday.", [])
    again = _sentence("s4", "Russian troops shelled Kharkiv on Wednesday, the mayor said.", [])
    produced = code_gold([flew, first, again], pipeline, articles={"a": ARTICLE})
    assert not any(r.event_type == "ASSAULT" for r in produced["s1"])
    # the article's event list keeps one telling; each annotated sentence still gets its own
    assert _labels(produced["s3"]) == _labels(produced["s4"]) == ["ASSAULT RUS UKR"]


def test_gold_set_without_articles_codes_each_text_alone(pipeline: Pipeline) -> None:
    gold = GoldSet([GoldDocument("x", "Russian troops shelled Kharkiv.", [])])
    assert _labels(code_gold(gold.documents, pipeline, articles=gold.articles)["x"]) == ["ASSAULT RUS UKR"]
