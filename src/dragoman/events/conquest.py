"""Ground taken by force: "captured the town", "took control of X", "the city fell to the rebels",
"advanced on Mosul", "drove the militants out of the valley".

News reports fighting by the ground it wins or loses. PLOVER codes taking territory by force as
ASSAULT: the one who takes it is the source, the side that held it (when named) or the place the
target. The same verbs with people or property as their object stay arrests and seizures
(``confinement``, the lexicon).
"""

from __future__ import annotations

from typing import Any

from ..codes import EventType
from .arguments import children_with, is_actor_like, prep_objects
from .clauses import subject_of
from .entries import _words
from .lexicon import Trigger
from .roles import Roles

Token = Any

# Ground that can be taken: "the town", "41 positions", "the last strongholds", "large parts of the north".
TERRITORY_NOUNS = frozenset(_words(
    "town, towns, city, cities, village, villages, territory, territories, area, areas, region, regions, "
    "province, provinces, district, districts, enclave, enclaves, stronghold, strongholds, bastion, bastions, "
    "holdout, holdouts, position, positions, base, bases, airbase, airport, airfield, hill, hills, outpost, "
    "outposts, neighbourhood, neighbourhoods, neighborhood, neighborhoods, suburb, suburbs, capital, port, "
    "redoubt, canton, pocket, pockets, oilfield, oilfields, valley, island, islands, peninsula, countryside, "
    "citadel, garrison, camp, camps, checkpoint, checkpoints, crossing, frontier, heartland"))
PART_NOUNS = frozenset(_words("part, parts, swath, swaths, swathe, swathes, tracts, tract, much, most, rest, half"))
PLACE_ENTS = frozenset({"GPE", "LOC", "FAC"})

# "captured the town": verbs whose territorial object is ground taken (``take`` only with a common noun:
# "took the town of Jarablus", not "took Britain by surprise").
CAPTURE_VERBS = frozenset(_words("capture, seize, retake, recapture, reclaim, liberate, overrun, conquer, take, "
                                 "regain"))
# "took control of X": the verb with "control" as its object.
CONTROL_VERBS = frozenset(_words("take, gain, seize, wrest, regain, retake, establish, assume, win, claw"))
# "advanced on Mosul", "swept through the province": movement into ground held by another.
ADVANCE_PREPS = {"advance": ("on", "into", "in"), "sweep": ("into", "through", "across"),
                 "storm": ("into", "through")}
# "drove Isis out of Raqqa", "ousted the militants from the town": the ones driven out are the target.
DRIVE_VERBS = frozenset(_words("drive, oust, push, kick, chase, flush, force, clear, rout"))
PEOPLE_TOO = frozenset(_words("capture, seize, take"))  # verbs whose object may be people
HOLD_VERBS = frozenset(_words("hold, control, occupy, defend, run"))

CONQUEST_LEMMAS = frozenset(CAPTURE_VERBS | CONTROL_VERBS | set(ADVANCE_PREPS) | DRIVE_VERBS | {"fall", "lose"})
ASSAULT = Trigger(EventType.ASSAULT, needs_target=True)
# Ground named only by a common noun ("overran the district") leaves the target to the context.
ASSAULT_ON_GROUND = Trigger(EventType.ASSAULT, needs_target=False)


def is_territory(token: Token, loose: bool = False) -> bool:
    """A place or ground that can be taken: "Afrin", "the town", "large parts of the north-east".

    ``loose`` also takes a name the tagger left untyped or mistyped ("Raqqa fell to ..."), for verbs that take
    only ground ("retook", "fell to"), not people ("captured Ricardo").
    """
    lower = token.lemma_.lower()
    if token.ent_type_ in PLACE_ENTS or lower in TERRITORY_NOUNS or token.lower_ in TERRITORY_NOUNS:
        return True
    if loose and token.pos_ == "PROPN" and token.ent_type_ in ("", "PERSON", "NORP"):  # the tagger's guess at a town
        return True
    return lower in PART_NOUNS and any(is_territory(o, loose) for o in prep_objects(token, ["of"]))


def conquest_roles(verb: Token) -> Roles | None:
    """The frame of ground taken by force, or None when the verb takes no ground."""
    lemma = verb.lemma_.lower()
    if verb.dep_ == "acl" and verb.tag_ == "VBN" and not children_with(verb, ["agent"]):
        return None  # "the last pocket of land taken in 2014": a description
    if lemma in ("fall", "lose"):
        return _fell_to(verb, lemma)
    if lemma in CONTROL_VERBS:
        found = _control_taken(verb)
        if found is not None:
            return found
    if lemma in ADVANCE_PREPS:
        return _advanced(verb, lemma)
    if lemma in DRIVE_VERBS:
        return _driven_out(verb)
    if lemma in CAPTURE_VERBS:
        return _captured(verb, lemma)
    return None


def _takers(verb: Token) -> tuple[list[Token], list[Token]]:
    """Who took the ground (the agent of a passive or the subject) and the passive subject, if any."""
    passive = children_with(verb, ["nsubjpass"])
    agents = _agents(verb)
    if passive:
        return agents, passive
    subject = subject_of(verb)
    return ([subject] if subject is not None else []), []


def _agents(verb: Token) -> list[Token]:
    """The "by" agents of a passive: "positions held by Isis" -> [Isis]."""
    return [o for a in children_with(verb, ["agent"]) for o in children_with(a, ["pobj"])]


def _holders(ground: Token) -> list[Token]:
    """The side that held the ground: "positions held by Isis", "the Isis stronghold of Raqqa"."""
    for clause in children_with(ground, ["acl", "relcl"]):
        if clause.lemma_.lower() in HOLD_VERBS:
            agents = _agents(clause)
            subject = [s for s in children_with(clause, ["nsubj"]) if s.tag_ not in ("WDT", "WP")]
            if agents or subject:
                return agents or subject
    owners = [c for c in ground.children if c.dep_ in ("poss", "compound", "nmod")
              and c.pos_ == "PROPN" and c.ent_type_ not in PLACE_ENTS and is_actor_like(c)]
    return owners[:1]


def _roles(key: str, sources: list[Token], ground: list[Token], losers: list[Token]) -> Roles | None:
    loose = key.split(" ")[0] not in PEOPLE_TOO
    if not ground or not is_territory(ground[0], loose):
        return None
    targets = losers or [h for g in ground for h in _holders(g)] or ground[:1]
    # "took the town" alone is too vague to code ("took the town by storm"): "take" needs a name
    named = losers or key == "take" or targets[0].pos_ == "PROPN" or targets[0].ent_type_ in PLACE_ENTS
    return Roles(key, ASSAULT if named else ASSAULT_ON_GROUND, sources, targets, agentless=not sources, worded=True)


def _captured(verb: Token, lemma: str) -> Roles | None:
    """"captured 41 positions held by Isis", "Raqqa was liberated from the militants"."""
    sources, passive = _takers(verb)
    ground = passive or children_with(verb, ["dobj"])
    if lemma == "take" and any(g.ent_type_ in PLACE_ENTS or g.lemma_.lower() == "position" for g in ground[:1]):
        return None  # "took Britain by surprise", "took Ukraine to court", "were taking positions"
    return _roles(lemma, sources, ground, prep_objects(verb, ["from"]))


def _control_taken(verb: Token) -> Roles | None:
    """"took control of Afrin", "wrested back control of the cities from Isis"."""
    control = [d for d in children_with(verb, ["dobj"]) if d.lower_ == "control"]
    if not control:
        return None
    ground = prep_objects(control[0], ["of", "over"]) or prep_objects(verb, ["of", "over"])
    sources, _ = _takers(verb)
    losers = prep_objects(verb, ["from"]) + prep_objects(control[0], ["from"])
    return _roles(f"{verb.lemma_.lower()} control", sources, ground, losers)


def _fell_to(verb: Token, lemma: str) -> Roles | None:
    """"Raqqa fell to Kurdish forces": the forces took the city; "lost the capital to the army": the loser
    is the subject."""
    takers = [t for t in prep_objects(verb, ["to"]) if is_actor_like(t)]
    subject = subject_of(verb)
    if not takers or subject is None:
        return None
    if lemma == "lose":
        return _roles("lose to", takers, children_with(verb, ["dobj"]), [subject])
    return _roles("fall to", takers, [subject], [])


def _advanced(verb: Token, lemma: str) -> Roles | None:
    """"advanced on Mosul", "swept through the province"."""
    ground = prep_objects(verb, ADVANCE_PREPS[lemma])
    sources, _ = _takers(verb)
    return _roles(f"{lemma} {ADVANCE_PREPS[lemma][0]}", sources, ground, []) if sources else None


def _driven_out(verb: Token) -> Roles | None:
    """"drove Isis out of Raqqa", "were pushed out of the area by Kurdish forces"."""
    places = prep_objects(verb, ["from", "of"])
    if not any(is_territory(p) for p in places):
        return None
    sources, passive = _takers(verb)
    driven = [d for d in (passive or children_with(verb, ["dobj"])) if is_actor_like(d)]
    if not driven:
        return None
    return Roles(f"{verb.lemma_.lower()} out", ASSAULT, sources, driven, agentless=not sources, worded=True)
