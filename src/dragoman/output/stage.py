"""The output stage: one ``Event`` per source-target pair of each candidate."""

from __future__ import annotations

import hashlib
from itertools import combinations, permutations, product

from .. import __version__
from ..codes import PLOVER_MODES, EventType, cameo_for
from ..resources import Resources
from ..schemas import Actor, ArgumentMention, CodedDocument, Event, EventCandidate, Evidence
from .context import fill_from_context

UNIDENTIFIED = Actor(name="unidentified")  # the unnamed agent of "was arrested", "were killed"
HOME_GROUND = frozenset({EventType.RETREAT, EventType.MOBILIZE})
SYMMETRIC_TYPES = frozenset({EventType.CONSULT, EventType.COOPERATE, EventType.AGREE})


def make_event_id(doc_id: str, candidate: EventCandidate, source: Actor | None, target: Actor | None) -> str:
    key = "|".join(
        [
            doc_id,
            str(candidate.sentence_index),
            candidate.event_type,
            str(candidate.trigger.start),
            source.name if source else "",
            target.name if target else "",
        ]
    )
    return hashlib.sha1(key.encode("utf-8")).hexdigest()[:16]


def _actors(mentions: list[ArgumentMention]) -> list[Actor | None]:
    unique: dict[tuple[str | None, ...], Actor] = {}
    for mention in mentions:
        if mention.actor is not None:
            actor = mention.actor
            unique.setdefault((actor.kb_id, actor.name, actor.country, actor.sector), actor)
    return list(unique.values()) if unique else [None]


def _same_actor(a: Actor | None, b: Actor | None) -> bool:
    return a is not None and b is not None and a.name == b.name and a.country == b.country


def actor_pairs(candidate: EventCandidate) -> list[tuple[Actor | None, Actor | None]]:
    """Source-target pairs; "A and B met" (symmetric, no target) pairs the subjects among themselves."""
    sources = [UNIDENTIFIED] if candidate.agentless and not candidate.sources else _actors(candidate.sources)
    if (candidate.symmetric or candidate.reciprocal) and not candidate.targets and len(sources) > 1:
        if candidate.event_type == EventType.RETREAT.value or candidate.reciprocal:  # "Russia and Ukraine swapped prisoners": both released
            return list(permutations(sources, 2))
        if len(sources) > 3 and EventType(candidate.event_type) in SYMMETRIC_TYPES:  # a meeting of many: each
            # participant with the first named, not every pair
            return [(sources[0], other) for other in sources[1:]]
        return list(combinations(sources, 2))
    return list(product(sources, _actors(candidate.targets)))


# Travel is a diplomatic visit only for those who speak for a state or an organisation.
PRIVATE_TRAVELLERS = frozenset({"CVL", "REB", "OPP", "MED", "NGO", "BUS", "EDU", "REF", "CRM"})
JOURNEY_RULES = ("lexicon:travel", "lexicon:arrive", "lexicon:land")


def _private_journey(candidate: EventCandidate, source: Actor) -> bool:
    """"Hundreds of fighters travelled to Syria", "she returned home": travellers who represent no one
    (or whom the coder cannot place) make no visit and no retreat."""
    private = source.sector in PRIVATE_TRAVELLERS or _unknown(source)
    return private and candidate.rule.startswith((*JOURNEY_RULES, *RETURN_RULES))


RETURN_RULES = ("lexicon:return",)


def _own_people(state: Actor) -> Actor | None:
    return Actor(name=f"population ({state.country})", country=state.country, sector="CVL") if state.country else None


def _unknown(actor: Actor | None) -> bool:
    """An actor the coder could tie to no country and no knowledge-base entry."""
    return actor is None or (actor.country is None and actor.kb_id is None)


def _at_home(source: Actor | None, target: Actor | None, mode: str | None) -> bool:
    """The target is a place in the source's own country (or its own people there, unless released)."""
    if source is None or target is None or target.country != source.country:
        return False
    return target.sector in (None, source.sector) or (target.sector == "CVL" and mode != "release")


def events_from_candidate(coded: CodedDocument, candidate: EventCandidate) -> list[Event]:
    """Split a candidate into source-target pairs; drop pairs whose source is missing."""
    sentence = coded.sentences[candidate.sentence_index]
    event_type = EventType(candidate.event_type)
    # a type changed by a later rule keeps no mode of the old type
    mode = candidate.mode if candidate.mode in PLOVER_MODES[event_type] else None
    cameo, goldstein, quad = cameo_for(event_type, mode)
    events: list[Event] = []
    seen: set[tuple[str, str]] = set()
    for source, target in actor_pairs(candidate):
        if event_type in HOME_GROUND and _at_home(source, target, mode):
            target = None  # "withdrew from Hama", "deployed troops to its Kursk region": moves at home
        if event_type is EventType.CONCEDE and source is not None and _same_actor(source, target):
            target = _own_people(source)  # "restored internet access in Tigray": to the state's own people
        if source is None or _same_actor(source, target) or _private_journey(candidate, source):
            continue
        pair = (source.name, target.name if target else "")
        if candidate.symmetric and (pair[1], pair[0]) in seen and event_type is not EventType.RETREAT:
            continue  # "met": one record per pair; "swapped prisoners": each side released the other's
        seen.add(pair)
        events.append(
            Event(
                event_id=make_event_id(coded.article.doc_id, candidate, source, target),
                doc_id=coded.article.doc_id,
                sentence_index=candidate.sentence_index,
                event_type=event_type.value,
                mode=mode,
                contexts=list(candidate.contexts),
                date=candidate.date.isoformat() if candidate.date else None,
                date_text=candidate.date_text,
                date_precision=candidate.date_precision,
                source=source,
                target=target,
                location=candidate.location,
                evidence=Evidence(
                    sentence=sentence.text,
                    trigger=candidate.trigger.text,
                    char_start=candidate.trigger.start,
                    char_end=candidate.trigger.end,
                ),
                negated=candidate.negated,
                confidence=candidate.confidence,
                cameo=cameo,
                quad_class=int(quad),
                goldstein=goldstein,
                coder_version=__version__,
            )
        )
    return events


def _identity(actor: Actor | None) -> str:
    if actor is None:
        return ""
    return actor.kb_id or f"{actor.name}|{actor.country}|{actor.sector}"


def repeat_key(event: Event) -> tuple[str, ...]:
    """Events of one document with this key are the same event told again."""
    pair = [_identity(event.source), _identity(event.target)]
    if EventType(event.event_type) in SYMMETRIC_TYPES:
        pair.sort()
    return (event.event_type, *pair, event.date or "")


def collapse_repeats(events: list[Event], retold: list[Event] | None = None) -> list[Event]:
    """Keep the first telling of an event an article reports several times ("the call", "the pair");
    later tellings in other sentences go to ``retold`` when given.

    Within one sentence, two events of one type between the same sides are one event told twice
    ("travelled to Cairo for talks with al-Sisi"); the first keeps the mode either gives.
    """
    told: set[tuple[str, ...]] = set()
    in_sentence: dict[tuple[str, ...], Event] = {}
    kept: list[Event] = []
    for event in events:
        earlier = in_sentence.get(sentence_key(event))
        if earlier is not None:
            earlier.mode = earlier.mode or event.mode
            continue
        if repeat_key(event) in told:
            if retold is not None:
                retold.append(event)
            continue
        told.add(repeat_key(event))
        in_sentence[sentence_key(event)] = event
        kept.append(event)
    return kept


def sentence_key(event: Event) -> tuple[str, ...]:
    def side(actor: Actor | None) -> str:
        return f"{actor.country}|{actor.sector}" if actor else ""

    pair = [side(event.source), side(event.target)]
    if EventType(event.event_type) in SYMMETRIC_TYPES:
        pair.sort()
    return ("sentence", str(event.sentence_index), event.event_type, *pair)


def drop_vaguer_twins(events: list[Event]) -> list[Event]:
    """"Landed in Tel Aviv and met Netanyahu": Israel (the place) and Israel's government (the person) are
    one target; keep the record that names the sector."""
    def key(event: Event) -> tuple[object, ...]:
        country = event.target.country if event.target else None
        return (event.sentence_index, event.event_type, _identity(event.source), country)

    specific = {key(e) for e in events if e.target is not None and e.target.sector}
    return [e for e in events if e.target is None or e.target.sector or not e.target.country
            or key(e) not in specific]


class OutputStage:
    def __call__(self, coded: CodedDocument) -> CodedDocument:
        events = []
        for candidate in coded.candidates:
            if not candidate.negated:
                fill_from_context(coded, candidate)
                events.extend(events_from_candidate(coded, candidate))
        coded.events = drop_vaguer_twins(collapse_repeats(events, coded.retold))
        return coded


def make_output_stage(resources: Resources) -> OutputStage:
    return OutputStage()
