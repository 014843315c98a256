"""Frames whose arguments the construction places, not the verb's own subject and object: the
``Roles`` record, and the passive subjects such constructions share."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from .arguments import children_with, is_actor_like
from .lexicon import Trigger

Token = Any


@dataclass
class Roles:
    """A frame whose arguments are not where the verb's own subject and object would put them."""

    key: str
    entry: Trigger
    sources: list[Token] = field(default_factory=list)
    targets: list[Token] = field(default_factory=list)
    agentless: bool = False  # reported without naming who acted ("came under fire for ...")
    negation_is_content: bool = False  # "was not allowed to leave": the negation is the restriction
    worded: bool = False  # the type comes from the words around the verb ("found guilty", "captured the town")


def _passive_subjects(verb: Token) -> list[Token]:
    """"He was released on bail but was not allowed to leave": a passive conjunct shares the subject."""
    found = children_with(verb, ["nsubjpass"])
    passive_head = verb.dep_ == "conj" and bool(children_with(verb.head, ["auxpass"])) and not children_with(
        verb, ["nsubj", "dobj"])  # "were found ... and held at Camp Roj" (the tagger may call it VBD)
    if not found and verb.dep_ == "conj" and (children_with(verb, ["auxpass"]) or passive_head):
        found = children_with(verb.head, ["nsubjpass", "nsubj"])
    return found


def agent_objects(verb: Token) -> list[Token]:
    """The objects of a passive's "by" phrases, also a second one the parser hung on another preposition:
    "hemmed in by Kurdish forces on one side and by Iraqi militias on the other"."""
    phrases = children_with(verb, ["agent"])
    phrases += [c for p in children_with(verb, ["agent", "prep"]) for c in p.conjuncts
                if c.lower_ == "by" and c not in phrases]
    return [o for a in phrases for o in children_with(a, ["pobj"])]


def passive_agents(verb: Token) -> list[Token]:
    """Who acted in a passive: "was stripped of his passport by the interior ministry" (the parser may hang the
    "by" phrase as a plain preposition)."""
    return agent_objects(verb) or [o for p in children_with(verb, ["prep"]) if p.lower_ == "by" for o in children_with(p, ["pobj"])
                      if o.pos_ in ("PROPN", "NOUN") and o.ent_type_ not in ("DATE", "TIME")]


# What backs an attack as a force taking part in it (not money, words or a state's blessing).
BACKING_FORCES = frozenset({
    "support", "power", "airpower", "strikes", "airstrikes", "jets", "warplanes", "aircraft", "artillery", "drones",
    "fighters", "troops", "forces", "gunships", "helicopters", "militias", "bombers", "planes"})


def force_backers(verb: Token, sources: list[Token]) -> list[Token]:
    """"Malian troops, backed by French jets, attacked ...", "Backed by Russian air power, government forces swept
    through ...": the force backing an attack takes part in it. Its country word stands for it when the force
    itself names no actor ("US air support"); "backed by the United States" is help, not force."""
    backing = [c for s in sources for c in s.children if c.dep_ == "acl"] + children_with(verb, ["advcl"])
    found: list[Token] = []
    for clause in backing:
        if clause.lemma_.lower() not in ("back", "support") or clause.tag_ != "VBN":
            continue
        for force in (f for o in passive_agents(clause) for f in (o, *o.conjuncts)):
            if force.lower_ not in BACKING_FORCES and force.lemma_.lower() not in BACKING_FORCES:
                continue
            countries = [m for m in force.children if m.dep_ in ("amod", "compound", "nmod")
                         and m.ent_type_ in ("GPE", "NORP")]
            found.extend([force] if is_actor_like(force) else countries)
    return [f for f in found if f not in sources]
