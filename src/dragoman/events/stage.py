"""The events stage: rule-based trigger frames over the parse, optionally re-typed by the classifier."""

from __future__ import annotations

import logging
from collections.abc import Callable

from ..resources import Resources
from ..schemas import CodedDocument
from .extract import extract_sentence

log = logging.getLogger(__name__)


class EventsStage:
    """Finds event candidates in every sentence of ``coded.doc``."""

    def __init__(self, known: Callable[[str], bool] | None = None) -> None:
        self.known = known

    def __call__(self, coded: CodedDocument) -> CodedDocument:
        candidates = []
        for index, sentence in enumerate(coded.doc.sents):
            candidates.extend(extract_sentence(sentence, index, self.known))
        coded.candidates = candidates
        return coded


def known_names(resources: Resources) -> Callable[[str], bool]:
    """A cheap "does the knowledge base know this word?" test for the parse rules."""
    kb = resources.kb
    cache: dict[str, bool] = {}

    def known(text: str) -> bool:
        if text not in cache:
            cache[text] = kb.lookup(text) is not None
        return cache[text]

    return known


def make_events_stage(resources: Resources) -> EventsStage:
    return EventsStage(known_names(resources))
