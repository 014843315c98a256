"""The time stage ("time.v1"): each event's date, the words that gave it, and its precision.

For every candidate: the date phrase the events stage found (``candidate.date_phrase``) or the
one governing the trigger in the parse, resolved against the publication date; with no
phrase (or one that names no date, such as "recently"), the publication date itself with
``date_text`` None and day precision; with no publication date either, no date.
"""

from __future__ import annotations

import logging
from typing import Any

from ..resources import Resources
from ..schemas import CodedDocument, EventCandidate
from .phrases import find_date_phrase, is_future
from .resolve import ResolvedDate, resolve_date_text

log = logging.getLogger(__name__)


class TimeStage:
    """Callable stage; needs no outside resources."""

    def __init__(self, resources: Resources | None = None) -> None:
        self.resources = resources

    def __call__(self, coded: CodedDocument) -> CodedDocument:
        for candidate in coded.candidates:
            if candidate.date is None:
                date_event(coded, candidate)
        return coded


def date_event(coded: CodedDocument, candidate: EventCandidate) -> None:
    """Fill ``date``, ``date_text`` and ``date_precision`` of one candidate.

    >>> date_event(coded, coded.candidates[0])           # doctest: +SKIP
    >>> coded.candidates[0].date_text                    # doctest: +SKIP
    'On Wednesday'
    """
    published = coded.article.published
    trigger = _trigger_token(coded.doc, candidate)
    future = is_future(trigger) if trigger is not None else False
    text = candidate.date_phrase.text if candidate.date_phrase is not None else None
    if text is None and trigger is not None:
        phrase = find_date_phrase(trigger)
        text, future = (phrase.text, phrase.future) if phrase is not None else (None, future)
    resolved: ResolvedDate | None = resolve_date_text(text, published, future) if text else None
    if resolved is not None:
        candidate.date, candidate.date_text, candidate.date_precision = (
            resolved.date,
            text,
            resolved.precision,
        )
    elif published is not None:
        candidate.date, candidate.date_text, candidate.date_precision = published, None, "day"
    else:
        candidate.date, candidate.date_text, candidate.date_precision = None, None, None


def _trigger_token(doc: Any, candidate: EventCandidate) -> Any:
    """The verb heading the event's clause (for "expressed concerns", "expressed"), else the trigger."""
    if doc is None:
        return None
    span = candidate.anchor or candidate.trigger
    piece = doc.char_span(span.start, span.end, alignment_mode="expand")
    return piece.root if piece is not None and len(piece) else None


def make_time_stage(resources: Resources) -> TimeStage:
    """Factory registered as "time.v1"."""
    return TimeStage(resources)
