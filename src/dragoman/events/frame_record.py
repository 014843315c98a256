"""The Frame record (a trigger with the tokens heading its arguments) and the settling of those
tokens: each names an actor once, force aimed only at open water is a weapons test, and where force
landed can stand as its target."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field, replace
from typing import Any

from ..codes import EventType
from .arguments import find_actor_inside, is_actor_like
from .clauses import infinitive
from .lexicon import Trigger

Token = Any
Known = Callable[[str], bool] | None

PLACE_PREPS = frozenset({"in", "into", "near", "on", "across", "at"})


@dataclass
class Frame:
    """A trigger with the tokens heading its source and target phrases."""

    trigger: Token
    entry: Trigger
    key: str  # lexicon key that matched ("call on", "airstrikes")
    clause_verb: Token  # verb whose clause carries modality (the light verb for nominals)
    sources: list[Token] = field(default_factory=list)
    targets: list[Token] = field(default_factory=list)
    mode: str | None = None
    retyped: bool = False  # the type comes from the object or the light verb, not the trigger word
    unclaimed: Token | None = None  # an attack noun with no agent as subject ("a car bomb killed ...")
    agentless: bool = False  # reported without naming who acted ("came under fire for his decision")
    negation_is_content: bool = False  # "was not allowed to leave": the negation is the event


WATERS = frozenset({"sea", "ocean", "gulf", "waters"})


def _weapons_test(frame: Frame, heads_only: bool = False) -> None:
    """"Launched missiles into the Yellow Sea": fire aimed only at open water is a weapons test.

    Before actors are settled only the target words themselves count ("into the sea"), not the places
    inside them ("at a cargo ship in the Gulf of Aden").
    """
    if frame.entry.event_type is not EventType.ASSAULT or not frame.targets:
        return
    def water(target: Token) -> bool:
        return target.lower_ in WATERS or (not heads_only and any(t.lower_ in WATERS for t in target.subtree))

    if all(water(target) for target in frame.targets):
        frame.entry = replace(frame.entry, event_type=EventType.MOBILIZE, needs_target=False)
        frame.mode, frame.targets = "weapons", []


def _settle_tokens(frame: Frame, known: Known) -> None:
    """Each argument token becomes the actor it names (or one inside it), once."""
    crowd = frame.sources[:1] if frame.entry.event_type is EventType.PROTEST else []
    if frame.entry.event_type is EventType.AID and not any(_actor_or_inside(t, known) for t in frame.targets):
        frame.targets = _helped(frame.trigger)  # no recipient named: the one the aid is to help
    let_in = [t for t in frame.targets if t.dep_ == "dobj" and t.head.i == frame.trigger.i]
    if frame.mode == "access" and any(_actor_or_inside(t, known) is not None for t in let_in):
        frame.targets = let_in  # "allowed UN inspectors into the hospital": the inspectors, not where they go
    for side in ("sources", "targets"):
        tokens = [t for t in (_actor_or_inside(t, known) for t in getattr(frame, side)) if t is not None]
        setattr(frame, side, list({t.i: t for t in tokens}.values()))
    if frame.entry.event_type in YIELDING_TYPES:  # "backed down on its plan": the plan is the yielder's own
        frame.targets = [t for t in frame.targets if not (t.dep_ == "poss" and t.pos_ == "PRON")]
    if not frame.sources and crowd:
        frame.sources = crowd  # "Tens of thousands of people rallied": a crowd protests
    several = len(frame.sources) > 1 or any(c.dep_ == "conj" for t in frame.sources for c in t.children)
    if frame.entry.symmetric and several:  # "Biden and Xi met ..., their first talks": the pair
        frame.targets = [t for t in frame.targets if t.lower_ not in COLLECTIVE_PRONOUNS]
    if frame.entry.event_type is EventType.AGREE and several:  # "X and Y agreed to a truce at talks in Havana":
        frame.targets = [t for t in frame.targets if t.head.lower_ == "with"]  # the two agree with each other


def _helped(trigger: Token) -> list[Token]:
    """"provided 200 million dollars to help rebuild Ukraine's power grid": the recipient named in the
    purpose of the aid (its objects; the actor inside them is found when the tokens are settled)."""
    heads = [trigger, *(c for c in trigger.children if c.dep_ == "dobj")]
    if trigger.dep_ == "dobj":  # "approved a grant to support Ukraine's budget": the purpose hangs on the verb
        heads.append(trigger.head)
    purposes = [c for h in heads for c in h.children if c.dep_ in ("advcl", "xcomp", "acl", "relcl")
                and infinitive(c)]
    helped = []
    for clause in purposes:
        if clause.lemma_.lower() in HELPING_VERBS:
            inner = [clause, *(c for c in clause.children if c.dep_ in ("xcomp", "ccomp"))]  # "help rebuild X"
            helped.extend(o for v in inner for o in v.children if o.dep_ in ("dobj", "nsubj") and v is not trigger)
    return helped


HELPING_VERBS = frozenset({"help", "support", "rebuild", "fund", "finance", "feed", "assist", "shore", "stabilise",
                           "stabilize", "reconstruct", "boost", "strengthen", "aid", "cover"})
YIELDING_TYPES = frozenset({EventType.CONCEDE, EventType.RETREAT})
COLLECTIVE_PRONOUNS = frozenset({"their", "them", "they", "each", "other", "themselves"})


def _actor_or_inside(token: Token, known: Known) -> Token | None:
    if is_actor_like(token, known):
        return token
    doc = token.doc
    if any(is_actor_like(c, known) and c.pos_ == "PROPN" and doc[c.i - 1].text == "," for c in token.conjuncts
           if c.i > token.i):
        return token  # "Assad's main backers, Iran and Russia": the names the parser made conjuncts
    return find_actor_inside(token, known)


def place_objects(verb: Token) -> list[Token]:
    """Where force landed, as its target: "bombed a camp ... in Rafah" -> Rafah (coded to its country)."""
    for token in verb.subtree:
        if token.dep_ == "pobj" and token.head.lower_ in PLACE_PREPS:
            for inner in token.subtree:
                named_place = inner.pos_ == "PROPN" and inner.ent_type_ not in ("PERSON", "DATE", "TIME", "ORG", "NORP")
                if (inner.ent_type_ in ("GPE", "LOC", "FAC") or named_place) and inner.dep_ != "compound":
                    return [inner]
    return []
