"""Trigger frames: a trigger word with its agent and target tokens, read off the parse."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from .arguments import children_with, find_actor_inside, is_actor_like, prep_objects
from .clauses import subject_of
from .lexicon import (
    HOSTILE_INTENT_PHRASES,
    LIGHT_VERBS,
    NOUN_MODES,
    VERB_MODES,
    VERBS,
    Trigger,
    lookup_noun,
    lookup_verb,
)

Token = Any
Known = Callable[[str], bool] | None

PARTICLES = ("prt", "prep", "advmod")


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


def _particle(verb: Token, entry_words: Callable[[str], Trigger | None]) -> tuple[str, Trigger] | None:
    for child in verb.children:
        if child.dep_ in PARTICLES and child.i > verb.i:
            key = f"{verb.lemma_.lower()} {child.lower_}"
            found = entry_words(key)
            if found is not None:
                return key, found
    for child in verb.children:  # "cut ties", "hold talks", "set its sights"
        if child.dep_ == "dobj":
            key = f"{verb.lemma_.lower()} {child.lower_}"
            found = entry_words(key)
            if found is not None:
                return key, found
    return None


def _hostile_intent(verb: Token) -> tuple[str, Trigger] | None:
    for child in verb.children:
        pair = (verb.lemma_.lower(), child.lemma_.lower())
        if child.dep_ == "dobj" and pair in HOSTILE_INTENT_PHRASES:
            trigger = Trigger(HOSTILE_INTENT_PHRASES[pair], target_preps=("on", "at", "against"), needs_target=True)
            return f"{pair[0]} {child.lower_}", trigger
    return None


def verb_frame(verb: Token, known: Known) -> Frame | None:
    """Frame for a verb trigger ("shelled", "called on", "cut ties"), or None."""
    if verb.pos_ != "VERB":
        return None
    phrasal = _particle(verb, VERBS.get)
    if phrasal is not None:
        key, entry = phrasal
    else:
        idiom = _hostile_intent(verb)
        found = lookup_verb(verb.lemma_.lower())
        if idiom is not None:
            key, entry = idiom
        elif found is not None:
            key, entry = verb.lemma_.lower(), found
        else:
            return None
    dobjs = children_with(verb, ["dobj"])
    if verb.lemma_.lower() in LIGHT_VERBS and any(noun_entry(d) for d in dobjs):
        return None  # "signed an agreement", "launched strikes": the nominal carries the event
    frame = Frame(verb, entry, key, verb, mode=VERB_MODES.get(key) or entry.mode)
    passive_subjects = children_with(verb, ["nsubjpass"])
    if passive_subjects:
        frame.targets.extend(passive_subjects)
        for agent in children_with(verb, ["agent"]):
            frame.sources.extend(children_with(agent, ["pobj"]))
    else:
        subject = subject_of(verb)
        if subject is not None:
            frame.sources.append(subject)
        if entry.direct_object:
            frame.targets.extend(dobjs)
        frame.targets.extend(c for c in children_with(verb, ["dative"]) if c.pos_ != "ADP")
    frame.targets.extend(prep_objects(verb, entry.target_preps))
    if " " in key and key.split(" ", 1)[1] in {c.lower_ for c in dobjs}:  # "set its sights on X", "cut ties with X"
        for dobj in dobjs:
            frame.targets.extend(prep_objects(dobj, entry.target_preps))
    if not frame.targets and not entry.direct_object:
        # "discussed the state of the talks with Haniyeh": the parser hung the partner on the topic
        for dobj in dobjs:
            frame.targets.extend(d for d in dobj.subtree if d.dep_ == "pobj" and d.head.lower_ == "with")
    frame.sources = [_actor_or_inside(t, known) for t in frame.sources]
    frame.targets = [_actor_or_inside(t, known) for t in frame.targets]
    frame.sources = [t for t in frame.sources if t is not None]
    frame.targets = [t for t in frame.targets if t is not None]
    return frame


def _actor_or_inside(token: Token, known: Known) -> Token | None:
    if is_actor_like(token, known):
        return token
    return find_actor_inside(token, known)


def _is_ceasefire(noun: Token) -> bool:
    doc = noun.doc
    return noun.lower_ == "fire" and noun.i >= 1 and (doc[noun.i - 1].lower_ == "cease" or (
        noun.i >= 2 and doc[noun.i - 1].text == "-" and doc[noun.i - 2].lower_ == "cease"))


def noun_entry(noun: Token) -> tuple[str, Trigger] | None:
    if noun.pos_ not in ("NOUN", "PROPN") or _is_ceasefire(noun):
        return None
    for child in noun.children:  # "air strikes", "phone call", "drone strike"
        if child.dep_ == "compound" and child.i == noun.i - 1:
            key = f"{child.lower_} {noun.lower_}"
            entry = lookup_noun(key)
            if entry is not None:
                return key, entry
    entry = lookup_noun(noun.lower_)
    return (noun.lower_, entry) if entry is not None else None


def noun_frame(noun: Token, known: Known) -> Frame | None:
    """Frame for an event nominal whose agent the sentence supplies, or None."""
    found = noun_entry(noun)
    if found is None:
        return None
    key, entry = found
    head = noun.head
    clause_verb = noun if head is noun else head
    frame = Frame(noun, entry, key, clause_verb, mode=NOUN_MODES.get(key) or entry.mode)
    if noun.dep_ in ("dobj", "attr", "nsubjpass", "conj") and head.lemma_.lower() in LIGHT_VERBS | {"shake"}:
        subject = subject_of(head)
        if subject is not None:
            frame.sources.append(subject)
        frame.targets.extend(prep_objects(head, entry.target_preps))
        frame.targets.extend(children_with(head, ["dative"]))
    elif noun.dep_ == "pobj" and head.lower_ == "in" and head.head.lemma_ == "be":
        clause_verb = frame.clause_verb = head.head  # "is in talks with"
        subject = subject_of(clause_verb)
        if subject is not None:
            frame.sources.append(subject)
    for child in noun.children:
        if child.dep_ == "poss" and not frame.sources:
            frame.sources.append(child)
        elif child.dep_ in ("amod", "compound", "nmod") and child.ent_type_ in ("NORP", "GPE", "ORG") and not frame.sources:
            frame.sources.append(child)  # "Russian strikes", "US sanctions"
        elif child.dep_ == "prep" and child.lower_ == "by":
            frame.sources.extend(children_with(child, ["pobj"]))
    between = prep_objects(noun, ["between"])
    if between and not frame.sources:
        first = between[0]
        frame.sources.append(first)
        frame.targets.extend(first.conjuncts)
    frame.targets.extend(prep_objects(noun, entry.target_preps))
    for acl in children_with(noun, ["acl"]):  # "an offer to play a role on behalf of Palestinians"
        frame.targets.extend(prep_objects(acl, entry.target_preps))
    if not frame.sources:
        return None
    frame.sources = [s for s in (_actor_or_inside(t, known) for t in frame.sources) if s is not None]
    frame.targets = [t for t in (_actor_or_inside(t, known) for t in frame.targets) if t is not None]
    return frame if frame.sources else None


def frames_in(sentence: Any, known: Known) -> list[Frame]:
    """Every trigger frame in a sentence, in text order."""
    frames = []
    for token in sentence:
        frame = verb_frame(token, known) if token.pos_ == "VERB" else noun_frame(token, known)
        if frame is not None:
            frames.append(frame)
    return frames
