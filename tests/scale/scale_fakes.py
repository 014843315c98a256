"""A model-free pipeline for testing the scale machinery: one deterministic event per document.

Stages are registered by name like real ones, so worker processes build them from a
``PipelineSpec``. Markers in the text make a document misbehave: ``FAIL-RAISE`` raises in the
events stage, ``FAIL-CRASH`` ends the worker process abruptly (only outside the main process).
``SCALE_FAKE_DELAY`` (seconds per document) slows the events stage down for kill tests.
"""

from __future__ import annotations

import hashlib
import multiprocessing
import os
import re
import time
from datetime import date, timedelta

from dragoman.pipeline import StageSpec
from dragoman.resources import Resources
from dragoman.scale.workers import PipelineSpec
from dragoman.schemas import Actor, Article, CodedDocument, Event, Evidence, Sentence

FAKE_SPECS = (
    StageSpec("fake.sentences.v1", "scale_fakes:make_sentences", ("article",), ("doc", "sentences")),
    StageSpec("fake.events.v1", "scale_fakes:make_events", ("sentences",), ("events",)),
)
FAKE_PIPELINE = PipelineSpec(stages=tuple(s.name for s in FAKE_SPECS), extra_stages=FAKE_SPECS, batch_size=8)


def make_sentences(resources: Resources):
    def stage(coded: CodedDocument) -> CodedDocument:
        text = coded.article.text
        coded.sentences = [
            Sentence(i, m.start(), m.end(), m.group())
            for i, m in enumerate(re.finditer(r"[^.!?]+[.!?]?", text))
        ]
        return coded

    return stage


def make_events(resources: Resources):
    delay = float(os.environ.get("SCALE_FAKE_DELAY", "0"))

    def stage(coded: CodedDocument) -> CodedDocument:
        text, doc_id = coded.article.text, coded.article.doc_id
        if "FAIL-RAISE" in text:
            raise ValueError("asked to fail")
        if "FAIL-CRASH" in text and multiprocessing.parent_process() is not None:
            os._exit(3)
        if delay:
            time.sleep(delay)
        first = coded.sentences[0]
        coded.events = [
            Event(
                event_id=hashlib.sha1(doc_id.encode()).hexdigest()[:16],
                doc_id=doc_id,
                sentence_index=0,
                event_type="CONSULT",
                mode=None,
                contexts=[],
                date=coded.article.published.isoformat() if coded.article.published else None,
                date_text=None,
                source=Actor(name=text.split()[0], country="FRA", sector="GOV"),
                target=None,
                location=None,
                evidence=Evidence(sentence=first.text, trigger=text.split()[1], char_start=0, char_end=1),
                negated=False,
                confidence=0.5,
                cameo="04",
                quad_class=1,
                goldstein=1.0,
            )
        ]
        return coded

    return stage


def make_articles(n: int, start: int = 0, *, bad: dict[int, str] | None = None) -> list[Article]:
    """``n`` small articles with ids doc00000...; ``bad`` maps an index to a failure marker."""
    articles = []
    for i in range(start, start + n):
        text = f"Minister{i} met envoys in Paris on talks number {i}. A second sentence follows."
        if bad and i in bad:
            text += " " + bad[i]
        articles.append(
            Article(
                f"doc{i:05}",
                text,
                published=date(2024, 1, 1) + timedelta(days=i % 5),
                source=f"outlet{i % 3}",
            )
        )
    return articles
