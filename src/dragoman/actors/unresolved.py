"""Which named actors did coding leave unresolved? The to-do list for extending the knowledge base.

An actor counts as unresolved when it has neither a knowledge-base id nor a country, and its text
names someone (a capitalised word that is not a title, a sector noun, a demonym or a known name).
"Protesters" is not a name to add; "General Mohamed Osman" may be. With ``placed=True`` actors
that the document placed (a country from an apposition or a title) but the knowledge base does
not know are listed too.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterable, Iterator
from pathlib import Path

from ..errors import InputError
from ..schemas import Actor, Event
from .index import TITLE_WORDS, KnowledgeBase
from .normalize import LEADING_DETERMINERS, name_key, raw_words


def read_events_jsonl(path: Path) -> Iterator[Event]:
    """Events from a JSON-lines file written by ``dragoman code``; bad lines raise ``InputError``."""
    with path.open(encoding="utf-8") as handle:
        for number, line in enumerate(handle, 1):
            if not line.strip():
                continue
            try:
                yield Event.from_dict(json.loads(line))
            except (ValueError, KeyError, TypeError) as exc:
                raise InputError(
                    f"{path}:{number}: not an event record ({exc.__class__.__name__}: {exc})"
                ) from exc


def read_events_store(path: Path) -> Iterator[Event]:
    """Events from a DuckDB event store."""
    from ..store import EventStore

    with EventStore(path, read_only=True) as store:
        yield from store.iter_events()


def names_in(actor: Actor, kb: KnowledgeBase | None = None) -> str | None:
    """The actor's text when it names someone the knowledge base does not know, else None."""
    text = (actor.text or actor.name or "").strip()
    for word in raw_words(text):
        key = name_key(word, drop_determiner=False)
        if not word[:1].isupper() or key in TITLE_WORDS or key in LEADING_DETERMINERS:
            continue
        if kb is not None and (key in kb.agents or key in kb.adjectives or key in kb.names):
            continue
        return text
    return None


def count_unresolved(
    events: Iterable[Event], kb: KnowledgeBase | None = None, *, placed: bool = False
) -> Counter[str]:
    """How often each unresolved actor text occurs as a source or target.

    >>> from dragoman.schemas import Actor
    >>> names_in(Actor(name="General Mohamed Osman", text="General Mohamed Osman"))
    'General Mohamed Osman'
    """
    counts: Counter[str] = Counter()
    for event in events:
        for actor in (event.source, event.target):
            if actor is None or actor.kb_id or (actor.country and not placed):
                continue
            text = names_in(actor, kb)
            if text:
                counts[text] += 1
    return counts
