"""Cross-document deduplication: one record per real-world event, with links to every mention.

Many articles report the same event, and one article may repeat it. Raw events (one per
sentence and source-target pair) are grouped when they agree on

* the event type and mode,
* the actors: each side's country and sector when the country is known, its name otherwise
  (the dyad is unordered for CONSULT, where "A met B" and "B met A" are one meeting),
* the date: within ``max_days`` of the group's first date (undated events only join undated ones),
* the place, when both say where: same country, and the same admin1 area when both name one,
* the evidence: word-set Jaccard similarity of the evidence sentences (content words, crudely
  stemmed) at least ``min_similarity`` with some member. The bar is low on purpose: type,
  actors and day already agree, and the words of two reports of one event differ a lot.

Each group becomes a ``MergedEvent``: the most confident mention's fields, plus
``num_mentions``, ``num_articles`` (distinct documents), ``num_sources`` (distinct outlets)
and the ids of every mention, as GDELT reports. The raw events are left untouched.
"""

from __future__ import annotations

import hashlib
import re
from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from ..schemas import Actor, Event

SYMMETRIC_TYPES = frozenset({"CONSULT"})

_STOPWORDS = frozenset(
    """a an the and or but of in on at to for from by with as is are was were be been being has have had
    it its this that these those he she they them his her their who which what said says say told after
    before over into about than then there here also not no new one two three would could will may might
    can did do does monday tuesday wednesday thursday friday saturday sunday""".split()  # noqa: SIM905
)
_WORD = re.compile(r"[a-z0-9]+")


def evidence_terms(sentence: str) -> frozenset[str]:
    """Content words of a sentence, lower-cased and crudely stemmed.

    >>> sorted(evidence_terms("Russian forces shelled the city of Kyiv"))
    ['city', 'forc', 'kyiv', 'russian', 'shell']
    """
    terms = set()
    for word in _WORD.findall(sentence.lower()):
        if word in _STOPWORDS or len(word) < 3:
            continue
        for suffix in ("ing", "ed", "es", "s", "e"):
            if len(word) > len(suffix) + 3 and word.endswith(suffix):
                word = word[: -len(suffix)]
                break
        terms.add(word)
    return frozenset(terms)


def jaccard(a: frozenset[str], b: frozenset[str]) -> float:
    return len(a & b) / len(a | b) if a and b else 0.0


def actor_key(actor: Actor | None) -> str:
    """Who an actor is for deduplication: country and sector, or the name."""
    if actor is None:
        return ""
    if actor.country:
        return f"{actor.country}/{actor.sector or ''}"
    return " ".join(actor.name.lower().split())


def group_key(event: Event) -> tuple[str, str, str, str]:
    """Events can only merge within a group: same type, mode and (unordered for CONSULT) dyad."""
    source, target = actor_key(event.source), actor_key(event.target)
    if event.event_type in SYMMETRIC_TYPES and target and target < source:
        source, target = target, source
    return (event.event_type, event.mode or "", source, target)


def _day(event: Event) -> date | None:
    try:
        return date.fromisoformat(event.date[:10]) if event.date else None
    except ValueError:
        return None


@dataclass
class MergedEvent:
    """One real-world event and every raw event that mentions it."""

    mentions: list[Event]
    doc_sources: Mapping[str, str | None] = field(default_factory=dict)

    @property
    def representative(self) -> Event:
        """The most confident mention (earliest document breaks ties)."""
        return min(self.mentions, key=lambda e: (-e.confidence, e.doc_id, e.sentence_index))

    @property
    def num_mentions(self) -> int:
        return len(self.mentions)

    @property
    def num_articles(self) -> int:
        return len({e.doc_id for e in self.mentions})

    @property
    def num_sources(self) -> int:
        """Distinct outlets; a document whose outlet is unknown counts as its own source."""
        return len({self.doc_sources.get(e.doc_id) or f"doc:{e.doc_id}" for e in self.mentions})

    @property
    def event_id(self) -> str:
        key = "|".join(sorted(e.event_id for e in self.mentions))
        return "m" + hashlib.sha1(key.encode("utf-8")).hexdigest()[:15]

    def to_dict(self) -> dict[str, Any]:
        """The representative's record with a merged ``event_id`` and GDELT-style counts and links."""
        record = self.representative.to_dict()
        record.update(
            event_id=self.event_id,
            num_mentions=self.num_mentions,
            num_articles=self.num_articles,
            num_sources=self.num_sources,
            event_ids=[e.event_id for e in self.mentions],
            doc_ids=sorted({e.doc_id for e in self.mentions}),
        )
        return record


def _places_agree(a: Event, b: Event) -> bool:
    la, lb = a.location, b.location
    if la is None or lb is None:
        return True
    if la.country and lb.country and la.country != lb.country:
        return False
    return not (la.admin1 and lb.admin1 and la.admin1 != lb.admin1)


@dataclass
class _Cluster:
    anchor: date | None
    members: list[tuple[Event, frozenset[str]]]

    def accepts(
        self, event: Event, day: date | None, terms: frozenset[str], max_days: int, min_sim: float
    ) -> bool:
        if (day is None) != (self.anchor is None):
            return False
        if day is not None and self.anchor is not None and abs((day - self.anchor).days) > max_days:
            return False
        if not all(_places_agree(event, other) for other, _ in self.members):
            return False
        return any(jaccard(terms, other) >= min_sim for _, other in self.members)


def deduplicate(
    events: Iterable[Event],
    *,
    doc_sources: Mapping[str, str | None] | None = None,
    max_days: int = 1,
    min_similarity: float = 0.1,
) -> list[MergedEvent]:
    """Group raw events that report the same real-world event.

    ``doc_sources`` maps doc_id to outlet name, for ``num_sources``. Events are held in memory
    group by group; a corpus too large for that is deduplicated a date range at a time.

    >>> merged = deduplicate(events, doc_sources={"a1": "Reuters", "a2": "AP"})  # doctest: +SKIP
    >>> merged[0].num_articles, merged[0].num_sources                            # doctest: +SKIP
    (2, 2)
    """
    groups: dict[tuple[str, str, str, str], list[Event]] = defaultdict(list)
    for event in events:
        if not event.negated:
            groups[group_key(event)].append(event)
    merged: list[MergedEvent] = []
    for members in groups.values():
        merged.extend(_cluster_group(members, doc_sources or {}, max_days, min_similarity))
    merged.sort(key=lambda m: (m.representative.date or "", m.event_id))
    return merged


def _cluster_group(
    events: list[Event], doc_sources: Mapping[str, str | None], max_days: int, min_similarity: float
) -> list[MergedEvent]:
    clusters: list[_Cluster] = []
    ordered = sorted(events, key=lambda e: (_day(e) or date.max, e.doc_id, e.sentence_index, e.event_id))
    for event in ordered:
        day, terms = _day(event), evidence_terms(event.evidence.sentence)
        for cluster in reversed(clusters):  # the most recent clusters are the likeliest matches
            if cluster.accepts(event, day, terms, max_days, min_similarity):
                cluster.members.append((event, terms))
                break
        else:
            clusters.append(_Cluster(day, [(event, terms)]))
    return [MergedEvent([e for e, _ in c.members], doc_sources) for c in clusters]
