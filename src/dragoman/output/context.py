"""Actors completed from where the event happened, once places are known.

"Police detained protesters outside parliament" in a Tbilisi story: both are Georgian. A protest
whose target the sentence leaves implicit is aimed at the government of the country it happens
in, as analysts code it.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import replace
from typing import Any

from ..codes import EventType
from ..schemas import Actor, ArgumentMention, CodedDocument, EventCandidate, Span

# Descriptors of actors from beyond the country an event happens in.
OUTSIDERS = frozenset(
    ["european", "western", "foreign", "international", "arab", "african", "asian", "gulf", "nordic", "baltic",
     "balkan", "regional", "world", "global", "allied", "multinational", "coalition"]
)
# Events between a state and its own people, where an actor with no country shares the other's.
DOMESTIC_ACTORS = frozenset({"COP", "JUD", "LEG", "REB", "OPP", "CVL"})
DOMESTIC_TYPES = frozenset({"COERCE", "CONCEDE", "PROTEST", "REQUEST", "REJECT", "RETREAT", "SANCTION"})


def event_country(coded: CodedDocument, candidate: EventCandidate) -> str | None:
    """The country the event took place in: its location, the dateline, the one country the
    sentence is set in, else (for domestic kinds of event) the country of its named actors; a
    protest takes its protesters' country before the sentence's setting."""
    for location in (candidate.location, coded.document_location):
        if location is not None and location.country:
            return location.country
    setting = sentence_setting(coded, candidate.sentence_index)
    # Protesters rally against their own government, whatever other places the sentence names.
    if setting is not None and candidate.event_type != EventType.PROTEST.value:
        return setting
    domestic_event = candidate.event_type in DOMESTIC_TYPES
    for mention in candidate.sources + candidate.targets:
        actor = mention.actor
        if actor is None or not actor.country or len(actor.country) != 3:
            continue
        if actor.sector == "CVL" and mention in candidate.targets and _foreign_victim(coded, actor, domestic_event):
            continue  # "gunmen kidnapped a German engineer": a victim's nationality is not where it happened
        if domestic_event or actor.sector in DOMESTIC_ACTORS:  # police, courts, insurgents act at home
            return actor.country
    return setting or story_setting(coded)


def _foreign_victim(coded: CodedDocument, actor: Actor, domestic_event: bool) -> bool:
    """A civilian target says where the event happened only in a domestic kind of event, and not
    when the story is set in another country ("militants freed the Bristol man" in a story set in Mali)."""
    if not domestic_event:
        return True
    setting = story_setting(coded)
    return setting is not None and setting != actor.country


# A story is set in one country when at least this many of its place names, and most of them, lie there.
STORY_PLACES = 3


def story_setting(coded: CodedDocument) -> str | None:
    """The country most of the document's places lie in ("Idlib", "Aleppo", "Damascus", "Beirut":
    SYR), when one country holds most of them: where an event of the story with no place of its
    own happened."""
    countries = Counter(p.location.country for p in coded.places if p.location is not None and p.location.country)
    if not countries:
        return None
    country, count = countries.most_common(1)[0]
    return country if count >= STORY_PLACES and 2 * count > sum(countries.values()) else None


def sentence_setting(coded: CodedDocument, sentence_index: int) -> str | None:
    """The one country the sentence's places lie in ("on holiday in south-west Turkey, when the
    authorities arrested him": TUR); places that only qualify a noun ("US-backed", "the US base")
    do not count, and places in two countries leave it open."""
    if coded.doc is None or not coded.places or sentence_index >= len(coded.sentences):
        return None
    sentence = coded.sentences[sentence_index]
    countries = set()
    for place in coded.places:
        location = place.location
        if location is None or not location.country or not sentence.start <= place.span.start < sentence.end:
            continue
        span = coded.doc.char_span(place.span.start, place.span.end, alignment_mode="expand")
        if span is not None and _is_setting(span.root, coded.article.text, place.span.end):  # doc.text rebuilds it
            countries.add(location.country)
    return countries.pop() if len(countries) == 1 else None


def _is_setting(root: Any, text: str, end: int) -> bool:
    """The place is where something happens: the object of "in", "at", "near", "to"..."""
    if text[end : end + 1] == "-":
        return False
    for _ in range(4):  # "in the province of Idlib", "in Idlib and Hama"
        if root.dep_ in ("conj", "appos"):
            root = root.head
        elif root.dep_ == "pobj" and root.head.lower_ == "of" and root.head.head.lemma_.lower() in PLACE_NOUNS:
            root = root.head.head
    return root.dep_ == "pobj" and root.head.lower_ in SETTING_PREPOSITIONS


PLACE_NOUNS = frozenset(
    ["province", "city", "town", "village", "region", "district", "state", "county", "governorate", "capital",
     "outskirts", "suburb", "area", "port", "camp", "enclave", "territory", "island", "border", "neighbourhood"]
)
SETTING_PREPOSITIONS = frozenset({"in", "at", "near", "inside", "outside", "across", "throughout", "around", "into", "to", "within"})


def _placed(mention: ArgumentMention, country: str) -> ArgumentMention:
    actor = mention.actor
    if actor is None or actor.country or actor.sector is None:
        return mention
    if OUTSIDERS & {word.strip(".,;:'’\"") for word in (actor.text or actor.name).lower().split()}:
        return mention  # "European leaders", "foreign fighters" are not the place's own ("foreign-funded" may be)
    if actor.org and actor.sector != "REB":  # a transnational armed group acts where its fighters are
        return mention
    return replace(mention, actor=replace(actor, country=country))


def fill_from_context(coded: CodedDocument, candidate: EventCandidate) -> None:
    """Give country-less domestic actors the event's country; give protests and concessions their
    implicit targets."""
    _conceded_to_the_public(candidate)
    country = event_country(coded, candidate)
    if country is None:
        return
    candidate.sources = [_placed(m, country) for m in candidate.sources]
    candidate.targets = [_placed(m, country) for m in candidate.targets]
    if candidate.event_type == EventType.PROTEST.value and not any(m.actor for m in candidate.targets):
        _imply_target(candidate, Actor(name=f"government ({country})", country=country, sector="GOV", text=""))


def _imply_target(candidate: EventCandidate, actor: Actor) -> None:
    """A target the sentence implies but does not name, anchored on the trigger."""
    span = Span(candidate.trigger.start, candidate.trigger.end, "")
    candidate.targets = [ArgumentMention(head=span, phrase=span, actor=actor)]


CONCEDING_SECTORS = frozenset({"GOV", "LEG", "JUD", "MIL", "COP"})


def _conceded_to_the_public(candidate: EventCandidate) -> None:
    """"Kenya's government scrapped the tax rises": a concession that names no one is made to the
    state's own people, as analysts code it."""
    if candidate.event_type != EventType.CONCEDE.value or any(m.actor for m in candidate.targets):
        return
    if "+ordered" in candidate.rule:
        return  # an ordered withdrawal of troops is promised to whom it may concern, not to the public
    if candidate.symmetric and len(candidate.sources) > 1:
        return  # "the government and the rebels declared a ceasefire": each concedes to the other
    state = next((m.actor for m in candidate.sources if m.actor is not None and m.actor.country
                  and len(m.actor.country) == 3 and m.actor.sector in CONCEDING_SECTORS), None)
    if state is None:
        return
    _imply_target(candidate, Actor(name=f"population ({state.country})", country=state.country, sector="CVL", text=""))
