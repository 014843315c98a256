"""Parts of a noun event's frame that its own phrase tells: the agent of a light participle ("aid sent by
Japan"), "at the hands of", whom a content clause names, whom a campaign's purpose or an attempt is aimed at.

Example:
    >>> sorted(ATTEMPT_NOUNS)
    ['attempt', 'bid', 'effort']
"""

from __future__ import annotations

from dataclasses import replace

from ..codes import EventType
from .arguments import children_with, prep_objects
from .clause_words import LIGHT_VERBS
from .clauses import infinitive
from .force_nouns import at_hands_of, participle_agents
from .frame_record import Frame, Token
from .lexicon import Trigger, lookup_verb

# Nouns of trying: "an attempt to assassinate the governor" is force at the governor, whatever its outcome.
ATTEMPT_NOUNS = frozenset({"attempt", "bid", "effort"})
ATTEMPTED_TYPES = frozenset({EventType.ASSAULT, EventType.COERCE})
# Verbs whose object, as the purpose of a campaign, is the side it is waged on: "a campaign to oust X".
OUSTING_VERBS = frozenset({"oust", "drive", "uproot", "clear", "defeat", "crush", "dislodge", "expel", "eliminate",
                           "eradicate", "destroy", "topple", "overthrow", "rout", "push", "flush", "wipe"})


def purpose_targets(acl: Token, entry: Trigger) -> list[Token]:
    """"an air campaign to oust the remnants of the militia", "an offensive to drive the rebels from the
    city": force whose purpose is to remove someone is waged on them; "an attempt to kill the governor" is
    aimed at the governor."""
    if not infinitive(acl):
        return []
    tried = acl.head.lemma_.lower() in ATTEMPT_NOUNS and entry.event_type in ATTEMPTED_TYPES
    ousting = entry.event_type is EventType.ASSAULT and acl.lemma_.lower() in OUSTING_VERBS
    return children_with(acl, ["dobj"]) if tried or ousting else []


# Light verbs whose "by" phrase is the agent of the event the noun names ("a deal brokered by" is a go-between).
GIVING_PARTICIPLES = LIGHT_VERBS - {"broker", "host", "approve", "order", "join", "adopt", "ratify"}


def given_by(noun: Token, frame: Frame) -> list[Token]:
    """"the aid sent by Japan to Turkey", "sanctions imposed by the EU on Belarus": the agent of a light
    participle, and whom it was aimed at (also where the parser hangs the aim on the agent)."""
    agents = participle_agents(noun, GIVING_PARTICIPLES)
    aims = [p for p in frame.entry.target_preps if p in ("on", "against", "to")]
    frame.targets.extend(t for a in agents for t in prep_objects(a, aims))
    return agents


def content_subjects(noun: Token) -> list[Token]:
    """"accusations that Turkey armed the rebels", "a demand that Israel withdraw": whom the content names."""
    clauses = [c for c in noun.children if c.dep_ in ("acl", "ccomp") and any(
        m.dep_ == "mark" and m.lower_ == "that" for m in c.children)]
    return [s for c in clauses for s in c.children if s.dep_ in ("nsubj", "nsubjpass")]


def hands_of(noun: Token) -> list[Token]:
    """"suffered persecution at the hands of the militia", "abuse at the hands of guards": the agent."""
    return at_hands_of(noun) or (at_hands_of(noun.head) if noun.dep_ == "dobj" else [])


def attempted(noun: Token) -> tuple[str, Trigger, Token] | None:
    """The force an attempt noun names through its infinitive, with the trying verb:
    "an attempt by gunmen to assassinate him" -> ("attempt assassinate", ASSAULT/assassinate, assassinate)."""
    if noun.lemma_.lower() not in ATTEMPT_NOUNS:
        return None
    for acl in children_with(noun, ["acl"]):
        entry = lookup_verb(acl.lemma_.lower())
        if infinitive(acl) and entry is not None and entry.event_type in ATTEMPTED_TYPES:
            return f"{noun.lower_} {acl.lemma_.lower()}", replace(entry, needs_target=True), acl
    return None
