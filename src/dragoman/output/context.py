"""Actors completed from where the event happened, once places are known.

"Police detained protesters outside parliament" in a Tbilisi story: both are Georgian. A protest
whose target the sentence leaves implicit is aimed at the government of the country it happens
in, as analysts code it.
"""

from __future__ import annotations

from dataclasses import replace

from ..codes import EventType
from ..schemas import Actor, ArgumentMention, CodedDocument, EventCandidate, Span

# Events between a state and its own people, where an actor with no country shares the other's.
DOMESTIC_ACTORS = frozenset({"COP", "JUD", "LEG", "REB", "OPP", "CVL"})
DOMESTIC_TYPES = frozenset({"COERCE", "CONCEDE", "PROTEST", "REQUEST", "REJECT", "RETREAT", "SANCTION"})


def event_country(coded: CodedDocument, candidate: EventCandidate) -> str | None:
    """The country the event took place in: its location, the dateline, else (for domestic kinds of
    event) the country of its named actors."""
    for location in (candidate.location, coded.document_location):
        if location is not None and location.country:
            return location.country
    domestic_event = candidate.event_type in DOMESTIC_TYPES
    for mention in candidate.sources + candidate.targets:
        actor = mention.actor
        if actor is None or not actor.country or len(actor.country) != 3:
            continue
        if domestic_event or actor.sector in DOMESTIC_ACTORS:  # police, courts, insurgents act at home
            return actor.country
    return None


def _placed(mention: ArgumentMention, country: str) -> ArgumentMention:
    actor = mention.actor
    if actor is None or actor.country or actor.sector is None:
        return mention
    if actor.org and actor.sector != "REB":  # a transnational armed group acts where its fighters are
        return mention
    return replace(mention, actor=replace(actor, country=country))


def fill_from_context(coded: CodedDocument, candidate: EventCandidate) -> None:
    """Give country-less domestic actors the event's country; give protests their implicit target."""
    country = event_country(coded, candidate)
    if country is None:
        return
    candidate.sources = [_placed(m, country) for m in candidate.sources]
    candidate.targets = [_placed(m, country) for m in candidate.targets]
    if candidate.event_type == EventType.PROTEST.value and not any(m.actor for m in candidate.targets):
        government = Actor(name=f"government ({country})", country=country, sector="GOV", text="")
        span = Span(candidate.trigger.start, candidate.trigger.end, "")
        candidate.targets = [ArgumentMention(head=span, phrase=span, actor=government)]
