"""Compare gold events with system events: the matching rules shared by tests and ``dragoman evaluate``.

Both sides are reduced to ``EventRef`` (type, mode, source and target country/sector). A gold
actor with country ``None`` matches anything; a gold target of ``None`` means "no target" and
matches a system event without a target (or whose target has no country). A gold organisation
code ("WHO") also matches a system actor of that organisation (country UNO, org WHO). Symmetric types
(CONSULT, COOPERATE, AGREE) match in either actor order. Matching is greedy and one-to-one per
document: first same type with matching actors, then same type alone.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

SYMMETRIC_TYPES = frozenset({"CONSULT", "COOPERATE", "AGREE"})


@dataclass(frozen=True)
class ActorRef:
    """The part of an actor that evaluation compares."""

    country: str | None = None
    sector: str | None = None
    org: str | None = None  # a system actor's organisation code ("WHO" inside the UN system)

    @classmethod
    def from_dict(cls, data: dict[str, Any] | None) -> ActorRef | None:
        if data is None:
            return None
        return cls(country=data.get("country") or None, sector=data.get("sector") or None)

    def label(self) -> str:
        country = self.country or "*"
        return f"{country}/{self.sector}" if self.sector else country


@dataclass(frozen=True)
class EventRef:
    """One event as evaluation sees it (gold or system)."""

    event_type: str
    source: ActorRef | None = None
    target: ActorRef | None = None
    mode: str | None = None
    contexts: tuple[str, ...] = ()

    @classmethod
    def from_gold(cls, data: dict[str, Any]) -> EventRef:
        """Build from one gold annotation (GOLD_FORMAT ``events`` item)."""
        return cls(
            event_type=str(data["event_type"]).upper(),
            source=ActorRef.from_dict(data.get("source")),
            target=ActorRef.from_dict(data.get("target")),
            mode=(data.get("mode") or None),
            contexts=tuple(data.get("contexts") or ()),
        )

    @classmethod
    def from_event(cls, event: Any) -> EventRef:
        """Build from a system ``Event`` (anything with the contract's attributes)."""

        def actor(a: Any) -> ActorRef | None:
            if a is None:
                return None
            return ActorRef(country=a.country or None, sector=a.sector or None, org=getattr(a, "org", None) or None)

        return cls(
            event_type=event.event_type,
            source=actor(event.source),
            target=actor(event.target),
            mode=event.mode or None,
            contexts=tuple(event.contexts or ()),
        )

    def label(self) -> str:
        src = self.source.label() if self.source else "-"
        tgt = self.target.label() if self.target else "-"
        mode = f"/{self.mode}" if self.mode else ""
        return f"{self.event_type}{mode} {src} > {tgt}"


def actor_matches(gold: ActorRef | None, system: ActorRef | None, *, check_sector: bool = False) -> bool:
    """Does a system actor satisfy a gold actor?

    >>> actor_matches(ActorRef("RUS", "MIL"), ActorRef("RUS", None))
    True
    >>> actor_matches(ActorRef("RUS", "MIL"), ActorRef("RUS", None), check_sector=True)
    False
    """
    if gold is None:
        return system is None or system.country is None
    if gold.country is None:
        return (
            not check_sector or gold.sector is None or (system is not None and system.sector == gold.sector)
        )
    if system is None or gold.country not in (system.country, system.org):
        return False  # an organisation code in the gold ("WHO") names the body, whatever its family
    return not check_sector or gold.sector is None or system.sector == gold.sector


def actors_match(gold: EventRef, system: EventRef, *, check_sector: bool = False) -> bool:
    """Source and target agree (either order for symmetric types)."""
    straight = actor_matches(gold.source, system.source, check_sector=check_sector) and actor_matches(
        gold.target, system.target, check_sector=check_sector
    )
    if straight or gold.event_type not in SYMMETRIC_TYPES:
        return straight
    return actor_matches(gold.source, system.target, check_sector=check_sector) and actor_matches(
        gold.target, system.source, check_sector=check_sector
    )


def source_target_correct(gold: EventRef, system: EventRef) -> tuple[bool, bool]:
    """Whether the source and the target country are right, allowing the swap for symmetric types."""
    src = actor_matches(gold.source, system.source)
    tgt = actor_matches(gold.target, system.target)
    if gold.event_type in SYMMETRIC_TYPES and not (src and tgt):
        swapped = (actor_matches(gold.source, system.target), actor_matches(gold.target, system.source))
        if sum(swapped) > src + tgt:
            return swapped
    return src, tgt


@dataclass
class DocumentMatch:
    """How the events of one document paired up.

    ``full``: type and actors agree; ``type_only``: same type, actors differ;
    ``confused``: actors agree but types differ; the rest are missed or spurious.
    """

    full: list[tuple[EventRef, EventRef]] = field(default_factory=list)
    type_only: list[tuple[EventRef, EventRef]] = field(default_factory=list)
    confused: list[tuple[EventRef, EventRef]] = field(default_factory=list)
    missed: list[EventRef] = field(default_factory=list)
    spurious: list[EventRef] = field(default_factory=list)

    @property
    def exact(self) -> bool:
        """Every gold event fully matched and nothing extra: the document-level pass."""
        return not (self.type_only or self.confused or self.missed or self.spurious)


def match_document(
    gold: list[EventRef], system: list[EventRef], *, check_sector: bool = False
) -> DocumentMatch:
    """Greedy one-to-one matching of one document's events.

    >>> g = [EventRef("ASSAULT", ActorRef("RUS"), ActorRef("UKR"))]
    >>> s = [EventRef("ASSAULT", ActorRef("RUS"), ActorRef("UKR")), EventRef("ACCUSE", ActorRef("UKR"))]
    >>> m = match_document(g, s)
    >>> len(m.full), len(m.spurious)
    (1, 1)
    """
    result = DocumentMatch()
    gold_left, sys_left = list(gold), list(system)
    rounds = (
        (
            result.full,
            lambda g, s: g.event_type == s.event_type and actors_match(g, s, check_sector=check_sector),
        ),
        (result.type_only, lambda g, s: g.event_type == s.event_type),
        (result.confused, lambda g, s: actors_match(g, EventRef(g.event_type, s.source, s.target))),
    )
    for bucket, fits in rounds:
        for g in list(gold_left):
            pick = next((s for s in sys_left if fits(g, s)), None)
            if pick is not None:
                bucket.append((g, pick))
                gold_left.remove(g)
                sys_left.remove(pick)
    result.missed, result.spurious = gold_left, sys_left
    return result
