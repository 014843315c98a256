"""Words whose event depends on what surrounds them: labels, blame, criticism received, confinement.

- a label decides, not the verb: "described them as terrorists", "called Assad a murderer" (ACCUSE);
- "held Russia responsible for the attacks" blames (ACCUSE/allege);
- "came under fire for his decision", "faced criticism from X": the subject is the one criticised;
- force closing round someone confines them: "hemmed in by Kurdish forces", "troops encircled the
  town" (COERCE/restrict), unless it is a drill;
- losing one's papers or leave to travel restricts movement: "stripped of their passports", "has had
  his passport revoked", "barred from leaving the country", "was not allowed to leave" (the negation is
  the restriction itself).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from ..codes import EventType
from .arguments import children_with, is_actor_like, prep_objects
from .clauses import is_negated, subject_of
from .lexicon import ACT_NOUNS, BLAME_WORDS, CITIZEN_PAPERS, TRAVEL_PAPERS, VERBS, Trigger, _words

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

# Lemmas that can head one of these frames without being lexicon triggers themselves.
CENSURE_LEMMAS = (LABEL_VERBS | RECEIVE_VERBS | ENCIRCLE_VERBS | PERMIT_VERBS | PREVENT_VERBS
                  | {"hold", "come", "fall", "strip", "allege", "protest", "place", "put", "go", "stand"})
# "placed under house arrest", "put on trial": the state a person is put in names the event.
PLACED_IN = {
    ("under", "arrest"): Trigger(EventType.COERCE, "arrest", needs_target=True),
    ("under", "detention"): Trigger(EventType.COERCE, "arrest", needs_target=True),
    ("on", "trial"): Trigger(EventType.ACCUSE, "allege", needs_target=True),
}
# Where people are held: "held at a camp in Hasakah", "held in custody".
DETENTION_PLACES = frozenset(_words("prison, prisons, jail, jails, custody, detention, camp, camps, cell, cells"))
# Who protests as a state, in words rather than in the street: "Ankara has long protested at the alliance".
STATE_VOICES = frozenset(_words(
    "government, ministry, embassy, ambassador, envoy, minister, president, foreign ministry, kremlin, "
    "white house, state department"))


@dataclass
class Roles:
    """A frame whose arguments are not where the verb's own subject and object would put them."""

    key: str
    entry: Trigger
    sources: list[Token] = field(default_factory=list)
    targets: list[Token] = field(default_factory=list)
    agentless: bool = False  # reported without naming who acted ("came under fire for ...")
    negation_is_content: bool = False  # "was not allowed to leave": the negation is the restriction


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


def held_responsible(verb: Token) -> Trigger | None:
    """"holding Russia responsible for gas attacks", "held the government accountable": blame."""
    if verb.lemma_.lower() != "hold":
        return None
    if any(c.lemma_.lower() in RESPONSIBLE_WORDS for c in verb.children if c.dep_ in ("ccomp", "oprd", "acomp",
                                                                                      "xcomp", "advmod")):
        return Trigger(EventType.ACCUSE, "allege", direct_object=True, needs_target=True)
    return None


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
    "sailor, sailors, crew, officer, officers, commander, commanders, spy, spies, sons, daughters, children"))
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


def special_roles(verb: Token) -> Roles | None:
    """Frames whose subject is not the one who acts: criticism received, papers or leave taken away."""
    return (_criticism_received(verb) or _papers_lost(verb) or _leave_denied(verb) or _alleged(verb)
            or _held_in_detention(verb) or _labelled_passive(verb) or _placed_under(verb))


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
    agents = [o for a in children_with(clause, ["agent"]) for o in children_with(a, ["pobj"])]
    party = agents[0] if agents else subject_of(clause)
    if party is None or party.pos_ == "PRON" or any(c.lower_ in OWN_SIDE for c in party.children
                                                     if c.dep_ == "poss"):
        return None
    return party


def _papers_lost(verb: Token) -> Roles | None:
    """"stripped 94 critics of their citizenship", "who has had his passport revoked"."""
    lemma = verb.lemma_.lower()
    papers = [o.lower_ for o in prep_objects(verb, ["of"])] if lemma == "strip" else []
    entry = _loss(papers)
    if entry is not None:
        passive = _passive_subjects(verb)
        if passive:
            return Roles("strip", entry, [], passive, agentless=True)
        subject = subject_of(verb)
        return Roles("strip", entry, [subject] if subject is not None else [], children_with(verb, ["dobj"]))
    head = verb.head
    had = verb.dep_ == "ccomp" and verb.tag_ == "VBN" and head.lemma_.lower() in ("have", "get")
    entry = _loss([c.lower_ for c in children_with(verb, ["nsubj"])]) if had and lemma in LOSE_PAPERS_VERBS else None
    if entry is not None:
        holder = subject_of(head)
        return Roles(lemma, entry, [], [holder] if holder is not None else [], agentless=True)
    return None


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


def _passive_subjects(verb: Token) -> list[Token]:
    """"He was released on bail but was not allowed to leave": a passive conjunct shares the subject."""
    found = children_with(verb, ["nsubjpass"])
    passive_head = verb.dep_ == "conj" and bool(children_with(verb.head, ["auxpass"])) and not children_with(
        verb, ["nsubj", "dobj"])  # "were found ... and held at Camp Roj" (the tagger may call it VBD)
    if not found and verb.dep_ == "conj" and (children_with(verb, ["auxpass"]) or passive_head):
        found = children_with(verb.head, ["nsubjpass", "nsubj"])
    return found


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
