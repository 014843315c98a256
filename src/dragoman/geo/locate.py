"""Where did an event happen? Read from the parse around its trigger.

In order of trust:
1. a locative phrase attached to the trigger's clause ("met in Doha", "in the Qatari capital,
   Doha", "Speaking in Kyiv on Tuesday, Blinken expressed ..."), including that of the verb a
   subject-sharing conjunct hangs on ("arrived in Doha and met ...");
2. the place an assault or coercion is aimed at ("shelled Kharkiv", "attacks on Rafah"), or
   the place visited ("visited Beijing", "travelled to Ankara");
3. a locative phrase on a meeting noun inside the trigger's arguments ("discussed the state
   of the talks in Doha").
Places inside other clauses (reported speech, relative clauses) and noun modifiers ("the
situation in Gaza", "Gaza ceasefire talks") never count: they are topics, not sites.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from .mentions import Mention
from .words import GATHERING_NOUNS, LOCATIVE_PREPS, PLACE_NOUNS, TARGET_PREPS, VISIT_LEMMAS, VISIT_PREPS

# Event types whose object or prepositional phrase names the site, with those prepositions.
AIMED_PREPS = {
    "ASSAULT": TARGET_PREPS,
    "COERCE": TARGET_PREPS,
    "RETREAT": {"from", "in", "out"},
    "MOBILIZE": {"to", "into", "near", "along", "in"},
}
# Inside a place phrase: objects and appositions always ("the capital of Kyiv", "the capital,
# Doha"); modifiers only of a place noun ("Ukraine's Donetsk region", not "the US embassy").
PHRASE_DEPS = {"pobj", "appos", "conj", "npadvmod", "prep"}
MODIFIER_DEPS = {"compound", "poss", "nmod", "amod"}
PHRASE_PREPS = {"of", "in", "near", "outside", "at"}
LIGHT_DEPS = {"dobj", "attr", "nsubjpass"}
CLAUSE_DEPS = {"relcl", "acl", "ccomp", "advcl", "csubj", "parataxis", "xcomp"}
SPECIFICITY = {"facility": 0, "city": 0, "region": 1, "admin1": 1, "country": 2, "water": 3}


def _by_token(mentions: list[Mention]) -> dict[int, Mention]:
    """Token index of the mentions that can be sites ("US-backed" names no site)."""
    return {i: m for m in mentions if not m.qualifier for i in m.tokens}


def _nationality(tok: Any, index: dict[int, Mention]) -> bool:
    """A country naming whose thing it is, not where: "US troops", "a Turkish-run base"
    ("Ukraine's grid", a possessive, still places the grid)."""
    mention = index.get(tok.i)
    return (
        mention is not None
        and mention.location is not None
        and mention.location.feature == "country"
        and tok.dep_ in ("compound", "amod", "nmod", "npadvmod")
    )


def place_in_phrase(head: Any, index: dict[int, Mention], modifiers: bool = False) -> Mention | None:
    """The most specific place named in the noun phrase headed by ``head`` (``modifiers``: also
    in the modifiers of any noun, not only of place nouns)."""
    found: list[tuple[int, int, Mention]] = []
    stack = [(head, 0)]
    while stack:
        tok, depth = stack.pop()
        mention = index.get(tok.i)
        if mention is not None and mention.location is not None:
            found.append((_specificity(mention), depth, mention))
        names_place = mention is not None or tok.lemma_.lower() in PLACE_NOUNS
        for child in tok.children:
            if child.dep_ == "prep" and child.lower_ not in PHRASE_PREPS:
                continue
            owner = modifiers and not _nationality(child, index)
            if child.dep_ in PHRASE_DEPS or ((names_place or owner) and child.dep_ in MODIFIER_DEPS):
                stack.append((child, depth + 1))
    if not found:
        return None
    return min(found, key=lambda f: (f[0], f[1], f[2].start))[2]


def scene_heads(trigger: Any, light_verb: bool = True) -> list[Any]:
    """The trigger, its participial adjuncts ("Speaking in Kyiv, X said"), the verb it is
    coordinated with when the two share a subject, (``light_verb``) the verb of which a noun
    trigger is the object ("held talks", "expressed concern", "launched an attack"), and the
    participle describing a noun trigger ("a summit held in Tehran")."""
    heads = [trigger]
    if trigger.dep_ == "conj" and not any(c.dep_ in ("nsubj", "nsubjpass") for c in trigger.children):
        heads.append(trigger.head)
    if light_verb and trigger.pos_ in ("NOUN", "PROPN"):
        if trigger.dep_ in LIGHT_DEPS and trigger.head.pos_ == "VERB":
            heads.append(trigger.head)
        elif trigger.dep_ == "pobj" and trigger.head.lower_ == "for" and trigger.head.head.pos_ == "VERB":
            heads.append(trigger.head.head)  # "arrived in Beirut for talks"
    adjuncts = []
    for head in heads:
        adjuncts += [
            c
            for c in head.children
            if c.dep_ == "advcl"
            and c.tag_ in ("VBG", "VBN")
            and not any(g.dep_ in ("nsubj", "nsubjpass", "mark") for g in c.children)
        ]
    if trigger.pos_ in ("NOUN", "PROPN"):  # "a summit (to be) held in Tehran", "talks, which began in Doha"
        adjuncts += [c for c in trigger.children if c.dep_ in ("acl", "relcl") and _describes(c)]
    return heads + adjuncts


def _describes(clause: Any) -> bool:
    """A clause on a noun whose subject is the noun itself (none, or "which"/"that")."""
    subjects = [c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")]
    return all(s.tag_ in ("WDT", "WP") for s in subjects)


def _preps(head: Any, words: set[str]) -> Iterator[Any]:
    for child in head.children:
        if child.dep_ == "prep" and child.lower_ in words:
            yield from (g for g in child.children if g.dep_ == "pobj")


def locative_site(trigger: Any, index: dict[int, Mention], light_verb: bool = False) -> Mention | None:
    """A place in a locative phrase of the trigger's clause."""
    for head in scene_heads(trigger, light_verb):
        places = [p for p in (place_in_phrase(obj, index) for obj in _preps(head, LOCATIVE_PREPS)) if p]
        if places:  # "killed in the town of Qaryatain in Homs province": the town
            return min(places, key=_specificity)
    return None


def aimed_site(
    trigger: Any, event_type: str, target_tokens: set[int], index: dict[int, Mention]
) -> Mention | None:
    """The place an assault is aimed at, a retreat leaves, a deployment goes to, a visit reaches."""
    visit = trigger.lemma_.lower() in VISIT_LEMMAS
    preps = AIMED_PREPS.get(event_type, VISIT_PREPS if visit else None)
    if preps is None:
        return None
    aimed = event_type in AIMED_PREPS
    doc = trigger.doc
    targets = (
        index[i]
        for i in sorted(target_tokens)
        if aimed
        and i in index
        and index[i].location is not None
        and not _nationality(doc[i], index)  # "killed US soldiers" was not in the US
    )
    target = next(targets, None)
    objects = [c for c in trigger.children if c.dep_ in ("dobj", "nsubjpass")]
    objects += list(_preps(trigger, preps))
    # the owner of what is hit is where it was hit: "a barrage against Ukraine's grid"
    places = (place_in_phrase(obj, index, modifiers=aimed) for obj in objects)
    found = [m for m in (target, next((p for p in places if p is not None), None)) if m is not None]
    # "bombed Manbij in northern Syria" (target: northern Syria): the narrower place
    return min(found, key=_specificity) if found else None


def _specificity(mention: Mention) -> int:
    return SPECIFICITY.get(mention.location.feature or "", 2) if mention.location is not None else 9


def subject_site(trigger: Any, index: dict[int, Mention]) -> Mention | None:
    """Where the acting subject is said to be: "Police in Nairobi fired tear gas"."""
    for subject in (c for c in trigger.children if c.dep_ == "nsubj"):
        for obj in _preps(subject, LOCATIVE_PREPS):
            place = place_in_phrase(obj, index)
            if place is not None:
                return place
    return None


def meeting_site(trigger: Any, index: dict[int, Mention]) -> Mention | None:
    """A locative phrase on a meeting noun among the trigger's arguments ("the talks in Doha"),
    or on the party met with ("discussed the truce with officials in Doha")."""
    stack = [c for c in trigger.children if c.dep_ in ("dobj", "prep", "pobj", "attr")]
    while stack:
        tok = stack.pop()
        if tok.dep_ in CLAUSE_DEPS:
            continue
        met_with = tok.dep_ == "pobj" and tok.head.lower_ == "with" and tok.head.head.i == trigger.i
        if met_with or tok.lemma_.lower() in GATHERING_NOUNS or tok.lower_ in GATHERING_NOUNS:
            for obj in _preps(tok, LOCATIVE_PREPS):
                place = place_in_phrase(obj, index)
                if place is not None:
                    return place
        stack.extend(c for c in tok.children if c.dep_ in ("dobj", "prep", "pobj", "conj"))
    return None


def event_site(
    trigger: Any, event_type: str, target_tokens: set[int], mentions: list[Mention]
) -> Mention | None:
    """Where the event of ``trigger`` happened, by the rules of this module, or None.

    >>> event_site(doc[3], "CONSULT", set(), mentions)   # doctest: +SKIP
    """
    index = _by_token(mentions)
    stated = locative_site(trigger, index)
    aimed = aimed_site(trigger, event_type, target_tokens, index)
    if stated is not None and aimed is not None and within(aimed, stated):
        return aimed  # "raided the Jenin camp in the West Bank": the narrower place
    # A noun trigger's verb comes after the aim: in "condemned in Paris the attacks on Rafah"
    # the attacks were in Rafah.
    return (
        stated
        or aimed
        or locative_site(trigger, index, light_verb=True)
        or meeting_site(trigger, index)
        or subject_site(trigger, index)
    )


def within(inner: Mention, outer: Mention) -> bool:
    """Whether ``inner`` is a narrower place in the country of ``outer`` (a town in a region)."""
    a, b = inner.location, outer.location
    if a is None or b is None or a.country != b.country:
        return False
    return SPECIFICITY.get(a.feature or "", 2) < SPECIFICITY.get(b.feature or "", 2)
