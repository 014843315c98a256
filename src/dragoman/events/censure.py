"""Words whose event depends on what surrounds them: labels, blame, criticism received, confinement.

- a label decides, not the verb: "described them as terrorists", "called Assad a murderer" (ACCUSE);
- "held Russia responsible for the attacks" blames (ACCUSE/allege);
- "came under fire for his decision", "faced criticism from X": the subject is the one criticised;
- force and papers or leave taken away confine people: see ``confinement``; ``special_roles`` reads both.
"""

from __future__ import annotations

from typing import Any

from ..codes import EventType
from .arguments import children_with, is_actor_like, prep_objects
from .clauses import is_negated, subject_of
from .confinement import (
    ENCIRCLE_VERBS,
    PERMIT_VERBS,
    PREVENT_VERBS,
    _held_in_detention,
    _leave_denied,
    _papers_lost,
    _placed_under,
)
from .conquest import CONQUEST_LEMMAS, conquest_roles
from .entries import _words
from .lexicon import ACT_NOUNS, BLAME_WORDS, Trigger
from .retype import CROSSING_VERBS
from .roles import Roles, _passive_subjects

Token = Any

LABEL_VERBS = frozenset(_words(
    "describe, call, brand, label, term, dub, denounce, condemn, designate, characterise, characterize, portray, "
    "paint, decry, declare, list, deride"))

# Names for people and groups that accuse them of something; evaluative words only disapprove.
LABEL_NOUNS = frozenset(_words(
    "terrorist, terrorists, terror, criminal, criminals, murderer, murderers, killer, killers, aggressor, "
    "aggressors, occupier, occupiers, dictator, tyrant, liar, liars, thug, thugs, traitor, traitors, extremist, "
    "extremists, butcher, puppet, puppets, fascist, fascists, nazi, nazis, gangster, gangsters, bandit, bandits, "
    "mercenary, mercenaries, war criminal, war criminals, enemy, enemies"))
RESPONSIBLE_WORDS = frozenset({"responsible", "accountable", "culpable", "liable"})

# "came under fire", "faced criticism": what the subject receives; "fire" and "attack" are criticism
# only with a reason ("for his decision", "over the deal") - without one a convoy may be under real fire.
RECEIVED_UNDER = frozenset({"fire", "attack", "criticism", "condemnation", "censure", "scrutiny"})
LITERAL_TOO = frozenset({"fire", "attack"})
RECEIVE_VERBS = frozenset({"face", "draw", "attract", "receive", "earn", "incur"})
RECEIVED_NOUNS = frozenset({"criticism", "condemnation", "censure", "backlash", "ridicule", "rebuke", "derision",
                            "accusation", "allegation", "charge", "investigation", "probe", "inquiry", "lawsuit"})
RECEIVED_MODES = {"accusation": "allege", "allegation": "allege", "charge": "allege", "lawsuit": "allege",
                  "investigation": "investigate", "probe": "investigate", "inquiry": "investigate"}
REASON_PREPS = ("for", "over")

# Lemmas that can head one of these frames without being lexicon triggers themselves.
CENSURE_LEMMAS = (LABEL_VERBS | RECEIVE_VERBS | ENCIRCLE_VERBS | PERMIT_VERBS | PREVENT_VERBS
                  | CONQUEST_LEMMAS | CROSSING_VERBS | {"find", "hold", "come", "fall", "strip", "allege", "protest", "place", "put", "go", "stand"})

# Who protests as a state, in words rather than in the street: "Ankara has long protested at the alliance".
STATE_VOICES = frozenset(_words(
    "government, ministry, embassy, ambassador, envoy, minister, president, foreign ministry, kremlin, "
    "white house, state department"))


def _label_words(label: Token) -> set[str]:
    words = {label.lower_, *(c.lower_ for c in label.children if c.dep_ in ("amod", "compound"))}
    compound = [c.lower_ for c in label.children if c.dep_ == "compound" and c.i == label.i - 1]
    return words | {f"{compound[0]} {label.lower_}"} if compound else words


def blame_label(verb: Token) -> Trigger | None:
    """"describes them as terrorists", "called Assad a murderer": a label of blame on an actor is an
    accusation, whatever the verb of naming (in "Erdogan called Assad a terrorist", ACCUSE/allege).
    """
    if children_with(verb, ["nsubjpass"]):
        return None  # the passive ("was branded a terrorist by X") is read by ``special_roles``
    found = _blame_labels(verb, children_with(verb, ["dobj"]))
    return found[0] if found else None


def _blame_labels(verb: Token, labelled: list[Token]) -> tuple[Trigger, list[Token]] | None:
    """The accusation a naming verb makes of ``labelled``, and its label words."""
    if verb.lemma_.lower() not in LABEL_VERBS or not any(_actor_or_owned(t) for t in labelled):
        return None  # "described the 2003 invasion of Iraq as a blunder": Iraq is not the one blamed
    settings = prep_objects(verb, ["in", "during", "on"])  # "described him in a speech as a terrorist"
    labels = [*prep_objects(verb, ["as"]), *children_with(verb, ["oprd"]),
              *(o for s in settings for o in prep_objects(s, ["as"]))]
    if children_with(verb, ["nsubjpass"]):
        labels += children_with(verb, ["dobj"])  # "was branded a terrorist sponsor": the parser's object
    words = set().union(*(_label_words(label) for label in labels)) if labels else set()
    if words & LABEL_NOUNS:
        return Trigger(EventType.ACCUSE, "allege", needs_target=True), labels
    if words & BLAME_WORDS:
        return Trigger(EventType.ACCUSE, "disapprove", needs_target=True), labels
    return None


def _labelled_passive(verb: Token) -> Roles | None:
    """"was described as a terror army by the Turkish president": the agent may hang on the label."""
    labelled = children_with(verb, ["nsubjpass"])
    found = _blame_labels(verb, labelled) if labelled else None
    if found is None:
        return None
    entry, labels = found
    agents = [o for a in children_with(verb, ["agent"]) for o in children_with(a, ["pobj"])]
    agents = agents or [o for label in labels for o in prep_objects(label, ["by"])]
    return Roles(verb.lemma_.lower(), entry, agents, labelled, agentless=not agents)


def _actor_or_owned(token: Token) -> bool:
    """"them", "the Kurdish YPG", "the US announcement", "Russia's invasion": someone, or someone's act."""
    return is_actor_like(token) or any(c.dep_ == "poss" or (c.dep_ in ("compound", "amod", "nmod") and c.ent_type_
                                       in ("GPE", "NORP", "ORG", "PERSON")) for c in token.children)


def state_protest(verb: Token) -> Trigger | None:
    """"China protested the visit", "Ankara protested at the alliance": a state's protest is diplomatic
    disapproval (ACCUSE), not a demonstration."""
    if verb.lemma_.lower() != "protest":
        return None
    subject = subject_of(verb)
    if subject is None or not (subject.ent_type_ == "GPE" or subject.lemma_.lower() in STATE_VOICES):
        return None
    return Trigger(EventType.ACCUSE, "disapprove", target_preps=("against", "at", "over", "to", "about"),
                   needs_target=True)


def held_responsible(verb: Token) -> Trigger | None:
    """"holding Russia responsible for gas attacks", "held the government accountable": blame."""
    if verb.lemma_.lower() != "hold":
        return None
    if any(c.lemma_.lower() in RESPONSIBLE_WORDS for c in verb.children if c.dep_ in ("ccomp", "oprd", "acomp",
                                                                                      "xcomp", "advmod")):
        return Trigger(EventType.ACCUSE, "allege", direct_object=True, needs_target=True)
    return None


GUILT_WORDS = frozenset({"guilty", "culpable"})


def _found_guilty(verb: Token) -> Roles | None:
    """"a tribunal found Turkey guilty of war crimes", "was found guilty of fraud": a conviction."""
    if verb.lemma_.lower() != "find":
        return None
    verdicts = [c for c in verb.children if c.lower_ in GUILT_WORDS and c.dep_ in ("ccomp", "oprd", "acomp", "xcomp")]
    if not verdicts or is_negated(verdicts[0]):
        return None
    convicted = children_with(verdicts[0], ["nsubj"]) or children_with(verb, ["dobj", "nsubjpass"])
    passive = bool(children_with(verb, ["nsubjpass"]))
    judges = [o for a in children_with(verb, ["agent"]) for o in children_with(a, ["pobj"])] if passive else [
        who for who in [subject_of(verb)] if who is not None]
    return Roles("find guilty", Trigger(EventType.SANCTION, "convict", needs_target=True), judges, convicted,
                 agentless=not judges, worded=True)


def special_roles(verb: Token) -> Roles | None:
    """Frames whose subject is not the one who acts: criticism received, papers or leave taken away."""
    return (_criticism_received(verb) or _papers_lost(verb) or _leave_denied(verb) or _alleged(verb)
            or _held_in_detention(verb) or _labelled_passive(verb) or _placed_under(verb) or conquest_roles(verb)
            or _found_guilty(verb))


def _criticism_received(verb: Token) -> Roles | None:
    lemma = verb.lemma_.lower()
    nouns = []
    if lemma in ("come", "fall"):
        nouns = [o for o in prep_objects(verb, ["under"]) if o.lower_ in RECEIVED_UNDER]
    elif lemma in RECEIVE_VERBS:
        nouns = [o for o in children_with(verb, ["dobj"]) if o.lemma_.lower() in RECEIVED_NOUNS
                 and (o.lower_ != "charge" or prep_objects(o, ["of"]))]  # not "a charge for late delivery"
    if not nouns:
        return None
    noun = nouns[0]
    reasons = prep_objects(verb, REASON_PREPS) + prep_objects(noun, REASON_PREPS)
    if noun.lower_ in LITERAL_TOO and not reasons:
        return None
    subject = subject_of(verb)
    if subject is None:
        return None
    critics = [c for c in prep_objects(verb, ["from"]) + prep_objects(noun, ["from", "by"]) if is_actor_like(c)]
    entry = Trigger(EventType.ACCUSE, RECEIVED_MODES.get(noun.lemma_.lower(), "disapprove"), needs_target=True)
    return Roles(f"{lemma} {noun.lower_}", entry, critics, [_owner(subject)], agentless=not critics)


def _owner(subject: Token) -> Token:
    """"his decision came under fire": the one whose act is judged."""
    if subject.lemma_.lower() in ACT_NOUNS:
        owners = children_with(subject, ["poss"])
        return owners[0] if owners else subject
    return subject


ALLEGING_VERBS = frozenset({"allege", "claim"})
OWN_SIDE = frozenset({"its", "their", "our", "his", "her", "my"})


def claimed_party(clause: Token) -> Token | None:
    """Whom a claim is about: "claimed that the centre was sponsored by Iran" (the agent of a passive),
    "claimed that Turkey aims to ..." (the subject). Nobody for a pronoun, which may be the claimant
    ("he claims he was a medic"), or for the claimant's own ("claimed its forces had taken the village")."""
    agents = [o for verb in (clause, *clause.conjuncts) for a in children_with(verb, ["agent"])
              for o in children_with(a, ["pobj"])]  # "was bankrolled and sponsored by Iran"
    party = agents[0] if agents else subject_of(clause)
    if party is None or party.pos_ == "PRON" or any(c.lower_ in OWN_SIDE for c in party.children
                                                     if c.dep_ == "poss"):
        return None
    return party


def _alleged(verb: Token) -> Roles | None:
    """"Kotey is alleged to have been one of the four": an accusation by someone unnamed."""
    if verb.lemma_.lower() != "allege" or not children_with(verb, ["xcomp"]) or verb.dep_ == "relcl":
        return None  # not "acts like those they are alleged to have committed": a description
    passive = _passive_subjects(verb)
    if not passive:
        return None
    agents = [o for a in children_with(verb, ["agent"]) for o in children_with(a, ["pobj"])]
    return Roles("allege", Trigger(EventType.ACCUSE, "allege", needs_target=True), agents, passive,
                 agentless=not agents)
