"""Fixtures shared across the test suite (append new ones; keep each small)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import ClassVar

import pytest


@pytest.fixture()
def workbench_store() -> Iterator[object]:
    """An in-memory event store with a few weeks of test stories (see dragoman.store.testing)."""
    from dragoman.store.testing import sample_store

    store = sample_store()
    yield store
    store.close()


class KeywordPipeline:
    """A stand-in for ``Pipeline`` (only ``pipe``) for batch and CLI tests: no model, no stages.

    Each sentence with one of ``TRIGGERS`` gives an event between the capitalised words before
    and after the trigger; a text containing "EXPLODE" fails as a broken stage would.
    """

    TRIGGERS: ClassVar[dict[str, str]] = {
        "attacked": "ASSAULT",
        "met": "CONSULT",
        "arrested": "COERCE",
        "signed": "AGREE",
    }

    def pipe(self, articles, batch_size=32):  # type: ignore[no-untyped-def]
        import re

        from dragoman.schemas import Actor, CodedDocument, Event, Evidence

        for article in articles:
            coded = CodedDocument(article=article)
            if "EXPLODE" in article.text:
                coded.error = f"[E099] {article.doc_id}: stage fake.v1 failed: RuntimeError: boom"
            for number, match in enumerate(re.finditer(r"[^.!?]+[.!?]?", article.text)):
                for trigger in re.finditer(r"\b(" + "|".join(self.TRIGGERS) + r")\b", match.group()):
                    before = re.findall(r"\b[A-Z]\w+", match.group()[: trigger.start()])
                    after = re.findall(r"\b[A-Z]\w+", match.group()[trigger.end() :])
                    start = match.start() + trigger.start()
                    coded.events.append(
                        Event(
                            event_id=f"{article.doc_id}-{number}",
                            doc_id=article.doc_id,
                            sentence_index=number,
                            event_type=self.TRIGGERS[trigger.group()],
                            mode=None,
                            contexts=[],
                            date=article.published.isoformat() if article.published else None,
                            date_text=None,
                            source=Actor(name=before[-1]) if before else None,
                            target=Actor(name=after[0]) if after else None,
                            location=None,
                            evidence=Evidence(
                                match.group().strip(), trigger.group(), start, start + len(trigger.group())
                            ),
                            negated=False,
                            confidence=0.5,
                            cameo="",
                            quad_class=0,
                            goldstein=0.0,
                        )
                    )
            yield coded


@pytest.fixture()
def keyword_pipeline() -> KeywordPipeline:
    """A model-free pipeline stand-in (see ``KeywordPipeline``)."""
    return KeywordPipeline()


@pytest.fixture(scope="session")
def spacy_nlp():  # type: ignore[no-untyped-def]
    """The configured spaCy pipeline, loaded once per test session."""
    from dragoman.config import Settings
    from dragoman.resources import load_spacy_model

    return load_spacy_model(Settings.from_env().model)


@pytest.fixture(scope="session")
def gazetteer():  # type: ignore[no-untyped-def]
    """The real gazetteer index (built on first use under DRAGOMAN_CACHE, then reused)."""
    from dragoman.geo.gazetteer import load_gazetteer

    return load_gazetteer()


@pytest.fixture(scope="session")
def actor_kb():  # type: ignore[no-untyped-def]
    """The built-in actor knowledge base alone (no user files, no cache written)."""
    from dragoman.actors.kb import build_knowledge_base

    return build_knowledge_base([])


@pytest.fixture()
def code_command(monkeypatch: pytest.MonkeyPatch, keyword_pipeline: KeywordPipeline):  # type: ignore[no-untyped-def]
    """Runs ``dragoman code ARGS...`` in-process with the keyword pipeline; returns click's Result."""
    from click.testing import CliRunner

    from dragoman.cli.main import cli

    monkeypatch.setattr("dragoman.batch.default_pipeline", lambda: keyword_pipeline)
    return lambda *args: CliRunner().invoke(cli, ["code", *args], catch_exceptions=False)


@pytest.fixture(scope="session")
def hand_coded(spacy_nlp):  # type: ignore[no-untyped-def]
    """Factory for a parsed ``CodedDocument`` with one event candidate on a trigger word.

    ``hand_coded("Russia shelled Kyiv.", "shelled", "ASSAULT", published=date(2024, 5, 15))``;
    ``occurrence`` picks a later copy of the trigger word.
    """
    from dragoman.nlp.stage import attach_doc
    from dragoman.schemas import Article, CodedDocument, EventCandidate, Span

    def make(text, trigger, event_type="CONSULT", published=None, dateline=None, occurrence=0, **fields):  # type: ignore[no-untyped-def]
        start = -1
        for _ in range(occurrence + 1):
            start = text.index(trigger, start + 1)
        candidate = EventCandidate(
            sentence_index=0, event_type=event_type, trigger=Span(start, start + len(trigger), trigger), **fields
        )
        article = Article("hand", text, published=published, dateline=dateline)
        coded = attach_doc(CodedDocument(article=article, assigned={"article"}), spacy_nlp(text))
        for sentence in coded.sentences:
            if sentence.start <= start < sentence.end:
                candidate.sentence_index = sentence.index
        coded.candidates = [candidate]
        return coded

    return make


@pytest.fixture(scope="session")
def rule_heads(spacy_nlp):  # type: ignore[no-untyped-def]
    """(type, source heads, target heads) of every non-negated candidate the parse rules find in a text:
    ``rule_heads("Iran supplied the Houthis with drones.") == [("AID", ["Iran"], ["Houthis"])]``."""
    from dragoman.events.extract import extract_sentence

    def heads(text: str) -> list[tuple[str, list[str], list[str]]]:
        return [
            (c.event_type, [m.head.text for m in c.sources], [m.head.text for m in c.targets])
            for index, sent in enumerate(spacy_nlp(text).sents)
            for c in extract_sentence(sent, index)
            if not c.negated
        ]

    return heads


@pytest.fixture(scope="session")
def country_sector(actor_kb):  # type: ignore[no-untyped-def]
    """(country, sector) the built-in knowledge base gives a phrase on a day, None when it names no actor:
    ``country_sector("the Kremlin", date(2024, 5, 15)) == ("RUS", "GOV")``."""
    from dragoman.actors.phrase import resolve_phrase

    def resolve(phrase, on):  # type: ignore[no-untyped-def]
        actor = resolve_phrase(phrase, on, actor_kb)
        return (actor.country, actor.sector) if actor else None

    return resolve


@pytest.fixture(scope="session")
def coded_sides():  # type: ignore[no-untyped-def]
    """(type, (source country, sector), (target country, sector) or None) of each event coded end to end:
    ``coded_sides("Iran accused Israel of the strike.", "2019-03-04")[0][0] == "ACCUSE"``."""
    import dragoman

    def sides(text, published):  # type: ignore[no-untyped-def]
        return [
            (e.event_type, (e.source.country, e.source.sector), (e.target.country, e.target.sector) if e.target else None)
            for e in dragoman.code_text(text, published=published, doc_id="t")
        ]

    return sides
