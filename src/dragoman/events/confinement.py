"""Confinement: force and the state holding or restricting people.

- force closing round someone confines them: "hemmed in by Kurdish forces", "troops encircled the
  town" (COERCE/restrict), unless it is a drill;
- losing one's papers or leave to travel restricts movement: "stripped of their passports", "has had
  his passport revoked", "barred from leaving the country", "was not allowed to leave" (the negation is
  the restriction itself);
- "held at a camp", "placed under house arrest", "captured two jihadists": detention and arrest.
"""

from __future__ import annotations

from typing import Any

from ..codes import EventType
from .arguments import children_with, is_actor_like, prep_objects
from .clauses import is_negated, subject_of
from .entries import _words
from .lexicon import CITIZEN_PAPERS, TRAVEL_PAPERS, VERBS, Trigger
from .roles import Roles, _passive_subjects, passive_agents

Token = Any

ENCIRCLE_VERBS = frozenset({"encircle", "surround", "trap", "hem", "corner"})
FORCE_WORDS = frozenset(_words(
    "forces, force, troops, soldiers, army, armies, militia, militias, police, rebels, fighters, militants, "
    "gunmen, regime, military, units, police officers, guards, jihadists, insurgents"))
DRILL_WORDS = frozenset({"drill", "drills", "exercise", "exercises", "manoeuvre", "manoeuvres", "maneuver",
                         "maneuvers", "wargame", "wargames"})
PAPERS = frozenset(_words(TRAVEL_PAPERS))
NATIONALITY = frozenset(_words(CITIZEN_PAPERS))
LOSE_PAPERS_VERBS = frozenset({"revoke", "cancel", "confiscate", "withdraw", "seize", "annul"})
MOVEMENT_VERBS = frozenset({"leave", "travel", "exit", "depart", "fly", "go"})  # not entering: that bars a visitor
PERMIT_VERBS = frozenset({"allow", "permit", "let"})
PREVENT_VERBS = frozenset({"ban", "bar", "prevent", "stop", "prohibit", "forbid", "block"})
RESTRICT = Trigger(EventType.COERCE, "restrict", needs_target=True)
EXPEL = Trigger(EventType.SANCTION, "expel", needs_target=True)

# "placed under house arrest", "put on trial": the state a person is put in names the event.
PLACED_IN = {
    ("under", "arrest"): Trigger(EventType.COERCE, "arrest", needs_target=True),
    ("under", "detention"): Trigger(EventType.COERCE, "arrest", needs_target=True),
    ("on", "trial"): Trigger(EventType.ACCUSE, "allege", needs_target=True),
}

# Where people are held: "held at a camp in Hasakah", "held in custody".
DETENTION_PLACES = frozenset(_words("prison, prisons, jail, jails, custody, detention, camp, camps, cell, cells"))


def _held_in_detention(verb: Token) -> Roles | None:
    """"found by the SDF and held at Camp Roj", "the militia held them in a prison": detention."""
    if verb.lemma_.lower() != "hold" or not any(o.lemma_.lower() in DETENTION_PLACES or o.lower_ in DETENTION_PLACES
                                                for o in prep_objects(verb, ["in", "at"])):
        return None
    passive = _passive_subjects(verb)
    held = passive or children_with(verb, ["dobj"])
    if not held or not all(is_actor_like(h) for h in held):
        return None  # "the summit was held at Camp David"
    entry = Trigger(EventType.COERCE, "arrest", needs_target=True)
    if not passive:
        subject = subject_of(verb)
        return Roles("hold", entry, [subject] if subject is not None else [], held)
    shared = verb.head if verb.dep_ == "conj" else verb  # "found by the SDF and held at ...": one agent
    agents = [o for v in {verb, shared} for a in children_with(v, ["agent"]) for o in children_with(a, ["pobj"])]
    agents += [o for p in children_with(shared, ["prep"]) if p.lower_ == "by" for o in children_with(p, ["pobj"])
               if not agents and is_actor_like(o)]
    return Roles("hold", entry, agents, held, agentless=not agents)


def lexicon_type(verb: Token) -> EventType | None:
    entry = VERBS.get(verb.lemma_.lower())
    return entry.event_type if entry is not None else None


def force_encircles(verb: Token) -> Trigger | None:
    """"Kurdish forces encircled the town", "trapped by advancing forces": force closing round someone
    confines them. Drills ("warships encircled Taiwan in drills") show force; they confine no one."""
    lemma = verb.lemma_.lower()
    if lemma not in ENCIRCLE_VERBS or (lemma == "hem" and not any(c.lower_ == "in" for c in verb.children)):
        return None
    agents = [o for a in children_with(verb, ["agent"]) for o in _with_conjuncts(children_with(a, ["pobj"]))]
    if not agents and not children_with(verb, ["nsubjpass", "auxpass"]) and verb.dep_ not in ("acl", "advcl"):
        agents = [s for s in [subject_of(verb)] if s is not None]
    if not any(_is_force(a) for a in agents) or any(t.lower_ in DRILL_WORDS for t in verb.sent):
        return None
    return RESTRICT


def _with_conjuncts(tokens: list[Token]) -> list[Token]:
    return [c for t in tokens for c in (t, *t.conjuncts)]


def _is_force(token: Token) -> bool:
    return token.lower_ in FORCE_WORDS or token.lemma_.lower() in FORCE_WORDS or token.ent_type_ in ("ORG", "GPE",
                                                                                                     "NORP")


PEOPLE_NOUNS = frozenset(_words(
    "man, men, woman, women, people, person, persons, citizen, citizens, national, nationals, journalist, "
    "journalists, activist, activists, fighter, fighters, militant, militants, jihadist, jihadists, suspect, "
    "suspects, member, members, worker, workers, student, students, tourist, tourists, hostage, hostages, "
    "foreigner, foreigners, couple, pair, leader, leaders, official, officials, soldier, soldiers, pilot, pilots, "
    "sailor, sailors, crew, officer, officers, commander, commanders, spy, spies, sons, daughters, children, "
    "prisoner, prisoners, detainee, detainees, brothers, sisters"))
PEOPLE_PRONOUNS = frozenset({"he", "she", "him", "her", "they", "them"})


def people_seized(mode: str | None, targets: list[Token]) -> str | None:
    """"captured two British jihadists" is an arrest; "captured the town" a seizure."""
    if mode != "seize" or not targets:
        return mode
    people = all(t.ent_type_ == "PERSON" or t.lower_ in PEOPLE_PRONOUNS or t.lemma_.lower() in PEOPLE_NOUNS
                 or t.lower_ in PEOPLE_NOUNS for t in targets)
    return "arrest" if people else mode


def participle_target(verb: Token) -> list[Token]:
    """"a woman captured by Kurdish forces", "militants ... hemmed in by US-backed forces": a participle
    with its agent reports the act; the noun it describes (or the clause's subject) undergoes it.
    Set off by commas after a name ("Cantlie, seized by Isis in 2012, is alive") it is background, like
    the apposition it is."""
    if verb.tag_ != "VBN" or not children_with(verb, ["agent"]) or children_with(verb, ["auxpass", "nsubjpass"]):
        return []
    if verb.dep_ == "acl":
        return [] if verb.i > 0 and verb.doc[verb.i - 1].text == "," else [verb.head]
    if verb.dep_ == "advcl":
        subject = subject_of(verb.head)
        return [subject] if subject is not None else []
    return []


def reported_participle(verb: Token) -> bool:
    """Whether a described participle ("captured by Kurdish forces") is still an event to code."""
    kind = lexicon_type(verb)
    confining = kind in (EventType.COERCE, EventType.ACCUSE) or force_encircles(verb) is not None
    return confining and bool(participle_target(verb))


def _papers_lost(verb: Token) -> Roles | None:
    """"stripped 94 critics of their citizenship", "was stripped of her passport by the ministry", "who has had
    his passport revoked", "revoked both brothers' citizenship" (the holder is who loses it). The papers name
    the event, so no classifier retypes it."""
    roles = _papers_stripped(verb) or (_papers_revoked(verb) if verb.lemma_.lower() in LOSE_PAPERS_VERBS else None)
    if roles is not None:
        roles.worded = True
    return roles


def _papers_stripped(verb: Token) -> Roles | None:
    lemma = verb.lemma_.lower()
    if lemma == "strip":
        entry = _loss([o.lower_ for o in prep_objects(verb, ["of"])])
        if entry is None:
            return None
        passive = _passive_subjects(verb)
        if passive:
            agents = passive_agents(verb)
            return Roles("strip", entry, agents, passive, agentless=not agents)
        subject = subject_of(verb)
        return Roles("strip", entry, [subject] if subject is not None else [], children_with(verb, ["dobj"]))
    return None


def _papers_revoked(verb: Token) -> Roles | None:
    """"had her citizenship revoked" (the tagger may read "revoked" as a past tense there), "their passports were
    cancelled by the ministry", "the government revoked both men's citizenship"."""
    lemma, head = verb.lemma_.lower(), verb.head
    if verb.dep_ == "ccomp" and head.lemma_.lower() in ("have", "get"):
        entry = _loss([c.lower_ for c in children_with(verb, ["nsubj"])])
        holder = subject_of(head)
        return Roles(lemma, entry, [], [holder] if holder is not None else [], agentless=True) if entry else None
    if verb.dep_ in ("xcomp", "ccomp", "acl", "advcl"):
        return None  # "ordered her citizenship to be revoked", "his decision to revoke": the governing word's frame
    passive = children_with(verb, ["nsubjpass"])
    papers = passive or children_with(verb, ["dobj"])
    entry = _loss([p.lower_ for p in papers])
    holders = [h for p in papers for h in _holders(p)]
    if entry is None or not holders:
        return None
    if passive:
        agents = passive_agents(verb)
        return Roles(lemma, entry, agents, holders, agentless=not agents)
    subject = subject_of(verb)
    return Roles(lemma, entry, [subject] if subject is not None else [], holders)


def _holders(papers: Token) -> list[Token]:
    """Who holds the papers: "both men's citizenship", "the passports of six activists", "their passports"."""
    return children_with(papers, ["poss"]) + prep_objects(papers, ["of"])


def _loss(papers: list[str]) -> Trigger | None:
    """Losing a passport restricts movement; losing citizenship expels from the nation."""
    if any(p in NATIONALITY for p in papers):
        return EXPEL
    return RESTRICT if any(p in PAPERS for p in papers) else None


def _leave_denied(verb: Token) -> Roles | None:
    """"was not allowed to leave the country", "barred him from travelling abroad"."""
    lemma = verb.lemma_.lower()
    if lemma in PERMIT_VERBS and is_negated(verb):
        moves = [c for c in children_with(verb, ["xcomp", "ccomp"]) if c.lemma_.lower() in MOVEMENT_VERBS]
        if not moves:
            return None
        negation = True
    elif lemma in PREVENT_VERBS and not is_negated(verb):
        if not any(o.lemma_.lower() in MOVEMENT_VERBS for p in children_with(verb, ["prep"]) if p.lower_ == "from"
                   for o in children_with(p, ["pcomp", "pobj"])):
            return None
        negation = False
    else:
        return None
    passive = _passive_subjects(verb)
    if passive:
        agents = [o for a in children_with(verb, ["agent"]) for o in children_with(a, ["pobj"])]
        return Roles(lemma, RESTRICT, agents, passive, agentless=not agents, negation_is_content=negation)
    subject = subject_of(verb)
    moved = children_with(verb, ["dobj"]) or [s for m in children_with(verb, ["ccomp"]) for s in
                                              children_with(m, ["nsubj"])]
    return Roles(lemma, RESTRICT, [subject] if subject is not None else [], moved, negation_is_content=negation)


def _placed_under(verb: Token) -> Roles | None:
    """"was placed under house arrest", "put the rebel leaders on trial", "went on trial in Moscow"."""
    lemma = verb.lemma_.lower()
    found = [PLACED_IN[(p.lower_, o.lemma_.lower())] for p in children_with(verb, ["prep"])
             for o in children_with(p, ["pobj"]) if (p.lower_, o.lemma_.lower()) in PLACED_IN]
    if not found or (lemma in ("go", "stand") and found[0].event_type is not EventType.ACCUSE):
        return None
    passive = _passive_subjects(verb)
    if passive or lemma in ("go", "stand"):  # "went on trial": tried by someone the sentence may not name
        held = passive or [s for s in [subject_of(verb)] if s is not None]
        agents = [o for a in children_with(verb, ["agent"]) for o in children_with(a, ["pobj"])]
        return Roles(lemma, found[0], agents, held, agentless=not agents)
    subject = subject_of(verb)
    return Roles(lemma, found[0], [subject] if subject is not None else [], children_with(verb, ["dobj"]))
