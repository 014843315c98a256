"""How the words around a trigger change what it means.

The object decides ("withdrew its ambassador" is SANCTION, "sent troops" MOBILIZE), so does the
place ("welcomed Milei to Rome" is hosting) and the actor ("protesters stormed" is a riot,
"hackers targeted" a cyber operation, "troops left" a retreat).
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from ..codes import EventType
from .arguments import prep_objects
from .clauses import subject_of
from .lexicon import OBJECT_RETYPE, PROTESTER_NOUNS, Trigger

Token = Any

GROUPINGS = frozenset(["treaty", "agreement", "deal", "pact", "accord", "organization", "organisation", "bloc", "alliance", "union"])


def is_test_fire(verb: Token) -> bool:
    doc = verb.doc
    return verb.lemma_.lower() == "fire" and verb.i >= 2 and doc[verb.i - 1].text == "-" and doc[verb.i - 2].lower_ == "test"


def retyped_by_object(verb: Token, entry: Trigger, dobjs: list[Token]) -> tuple[Trigger, str | None] | None:
    """The object decides: "withdrew its ambassador" (SANCTION), "sent troops" (MOBILIZE)."""
    lemma = verb.lemma_.lower()
    if lemma == "agree":  # "agreed to the teachers' demand": what is agreed to decides
        dobjs = [*dobjs, *prep_objects(verb, ["to"])]
    for obj in dobjs:
        found = object_entry(lemma, obj)
        if found is not None and found[0] is EventType.AID and disarms(verb, obj):
            found = (EventType.RETREAT, "disarm")
        if found is not None:
            # "vetoed a UN resolution", "banned women from ...": the object is who it is aimed at
            # aid reaches the object ("evacuated civilians", "cancelled Somalia's debt") unless a recipient is named
            given = found[0] is EventType.AID and (lemma == "evacuate" or not prep_objects(verb, list(RECIPIENT_PREPS)))
            object_is_target = given or found[0] in (EventType.REJECT, EventType.THREATEN, EventType.COERCE) or (
                found[1] in ("destroy", "access")) or (  # "allowed observers in": they are let in
                found[1] == "expel" and not prep_objects(verb, ["from"])  # "expelled a Russian diplomat"
            )
            preps = {EventType.COOPERATE: PARTNER_PREPS, EventType.AID: RECIPIENT_PREPS}.get(found[0], RETYPED_PREPS)
            if found == (EventType.RETREAT, "withdraw"):
                preps = ("to",)  # "handed over four villages in Tavush to Azerbaijan": to whom, not where
            # aid needs its recipient ("gave Lebanon's army 20 million dollars"): the money alone says nothing
            return replace(entry, event_type=found[0], needs_target=found[0] in AIMED, target_preps=preps,
                           symmetric=found[0] is EventType.COOPERATE or entry.symmetric,
                           direct_object=object_is_target), found[1]
    if lemma in ("withdraw", "pull") and leaves_grouping(verb):
        return replace(entry, event_type=EventType.SANCTION, target_preps=("from",)), "withdraw"
    guest = any(d.ent_type_ in ("PERSON", "NORP") or d.pos_ == "PROPN" for d in dobjs)
    if lemma == "welcome" and guest and any(is_place(o) for o in prep_objects(verb, ["to", "at", "in"])):
        # "welcomed Milei to Rome": hosting; the guest is the target, the place is where
        return replace(entry, event_type=EventType.CONSULT, target_preps=()), "visit"
    return None


def object_entry(lemma: str, obj: Token) -> tuple[EventType, str | None] | None:
    """The table's reading of a verb with this object ("deployed thousands of troops": the troops;
    "gave Yemen $1.2 billion": money)."""
    found = OBJECT_RETYPE.get((lemma, obj.lower_)) or OBJECT_RETYPE.get((lemma, obj.lemma_.lower()))
    for inner in prep_objects(obj, ["of"]):
        found = found or OBJECT_RETYPE.get((lemma, inner.lower_))
    if found is None and any(t.tag_ == "$" for t in obj.subtree):
        found = OBJECT_RETYPE.get((lemma, "money"))
    return found


FIGHTERS = frozenset({"fighter", "rebel", "militant", "insurgent", "guerrilla", "militiaman", "combatant",
                      "militia", "member", "gunman", "jihadist"})


def disarms(verb: Token, obj: Token) -> bool:
    """"FARC fighters handed over their weapons to UN monitors": armed men giving up their own arms disarm;
    "Germany handed over its tanks to Ukraine" is aid."""
    subject = subject_of(verb)
    own = any(c.dep_ == "poss" and c.pos_ == "PRON" for c in obj.children)
    if not own or subject is None:
        return False
    return any(t.lemma_.lower() in FIGHTERS for t in [subject, *prep_objects(subject, ["of"])])  # "hundreds of fighters"


def is_place(token: Token) -> bool:
    return token.ent_type_ in PLACES or (token.pos_ == "PROPN" and token.ent_type_ not in ("PERSON", "ORG", "NORP"))


RETYPED_PREPS = ("to", "in", "with", "from", "on", "into", "against", "near", "around", "for")
PARTNER_PREPS = ("with", "to")  # "shared intelligence on a plot with Germany": the partner, not the topic
RECIPIENT_PREPS = ("to", "for", "into", "over")  # "gave 20 million dollars to", "dropped meals over Gaza"
AIMED = frozenset({EventType.AID, EventType.ASSAULT})  # aid and force need whom they reach


def leaves_grouping(token: Token) -> bool:
    """"withdrew from the treaty", "withdrawal from ECOWAS": leaving an organisation is a SANCTION.
    Troops leave places, not organisations ("peacekeepers completed their withdrawal from Nagorno-Karabakh")."""
    mover = subject_of(token if token.pos_ == "VERB" else token.head)
    if mover is not None and mover.lemma_.lower() in MILITARY_NOUNS | {"peacekeeper"}:
        return False
    return any(
        o.lemma_.lower() in GROUPINGS or (o.is_upper and len(o) > 2)  # "the treaty", "the bloc ECOWAS"
        or (o.ent_type_ == "ORG" and not any(c.dep_ == "prep" for c in o.children) and o.head.lower_ == "from")
        for o in prep_objects(token, ["from"])
    )


PLACES = frozenset({"GPE", "LOC", "FAC"})


def moved_by_whom(verb: Token) -> Trigger | None:
    """Who moves decides what moving is: protesters gathering or blocking a road protest;
    soldiers massing or advancing mobilize; troops leaving a country retreat."""
    subject = subject_of(verb)
    if subject is None:
        return None
    lemma, who = verb.lemma_.lower(), {subject.lemma_.lower(), subject.lower_}
    if who & PROTESTER_NOUNS and lemma in GATHER_VERBS:
        return Trigger(EventType.PROTEST, "demo", target_preps=("against", "outside"), direct_object=False)
    if who & PROTESTER_NOUNS and lemma in OBSTRUCT_VERBS:
        return Trigger(EventType.PROTEST, "obstruct", target_preps=("against",), direct_object=False)
    if who & MILITARY_NOUNS and lemma in GATHER_VERBS | {"mass", "advance", "move"}:
        return Trigger(EventType.MOBILIZE, "troops", target_preps=("outside", "near", "towards", "toward", "on"),
                       direct_object=False)
    if who & MILITARY_NOUNS and lemma in CROSSING_VERBS:  # "tanks pushed deeper into Syria"
        return Trigger(EventType.MOBILIZE, "troops", target_preps=("into",), direct_object=False)
    if who & MILITARY_NOUNS and lemma == "leave":
        return Trigger(EventType.RETREAT, "withdraw", target_preps=("from",))
    return None


# Not "entered" or "crossed into", which news uses as often for an invasion as for a deployment.
CROSSING_VERBS = frozenset({"push", "roll"})
GATHER_VERBS = frozenset({"gather", "assemble", "converge", "flood"})
OBSTRUCT_VERBS = frozenset({"block", "occupy", "barricade", "blockade"})
MILITARY_NOUNS = frozenset({"troops", "soldiers", "forces", "army", "tanks", "soldier", "troop", "force", "marines"})


def riot_or_cyber(entry: Trigger, mode: str | None, sources: list[Token]) -> tuple[Trigger, str | None]:
    """Crowds using force riot (PROTEST); hackers attacking coerce (cyber), as PLOVER codes them."""
    if entry.event_type not in (EventType.ASSAULT, EventType.COERCE):
        return entry, mode
    agents = {s.lemma_.lower() for s in sources} | {s.lower_ for s in sources}
    if agents & PROTESTER_NOUNS:
        return replace(entry, event_type=EventType.PROTEST, needs_target=False), "riot"
    if agents & {"hacker", "hackers"}:
        return replace(entry, event_type=EventType.COERCE), "cyber"
    return entry, mode


TERMS = frozenset({"year", "years", "month", "months", "life", "decade", "decades"})


def sentenced_to_a_term(verb: Token, entry: Trigger) -> tuple[Trigger, str | None] | None:
    """"Jailed a researcher for three years": a prison term is a conviction, not an arrest."""
    heads = [verb, *(c for c in verb.children if c.dep_ == "dobj")]  # the term may hang on the object
    if verb.lemma_.lower() not in ("jail", "imprison") or not any(
        o.lower_ in TERMS for head in heads for prep in head.children if prep.lower_ in ("for", "to")
        for o in prep.children if o.dep_ == "pobj"
    ):
        return None
    return replace(entry, event_type=EventType.SANCTION, needs_target=True), "convict"
