"""Frames whose arguments the construction places, not the verb's own subject and object: the
``Roles`` record, and the passive subjects such constructions share."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from .arguments import children_with
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


def passive_agents(verb: Token) -> list[Token]:
    """Who acted in a passive: "was stripped of his passport by the interior ministry" (the parser may hang the
    "by" phrase as a plain preposition)."""
    agents = [o for a in children_with(verb, ["agent"]) for o in children_with(a, ["pobj"])]
    return agents or [o for p in children_with(verb, ["prep"]) if p.lower_ == "by" for o in children_with(p, ["pobj"])
                      if o.pos_ in ("PROPN", "NOUN") and o.ent_type_ not in ("DATE", "TIME")]
