"""Trigger lexicon: which words can express which PLOVER event, and how their arguments attach.

Entries are general English news vocabulary, grouped by PLOVER type. A verb entry names the
prepositions that introduce its target; a noun entry is an event nominal ("talks", "strikes")
that becomes an event when a light verb ("held talks", "launched strikes") or a possessive
("Russia's attacks") supplies its agent.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..codes import EventType as T


@dataclass(frozen=True)
class Trigger:
    event_type: T
    mode: str | None = None
    target_preps: tuple[str, ...] = ()  # prepositions introducing the target
    direct_object: bool = True  # whether dobj is the target
    symmetric: bool = False
    needs_target: bool = False  # without a target the word is too vague to code


def _entries(event_type: T, words: str, **kwargs: object) -> dict[str, Trigger]:
    trigger = Trigger(event_type, **kwargs)  # type: ignore[arg-type]
    return {w.strip(): trigger for w in words.split(",") if w.strip()}


CONSULT_PREPS = ("with", "to", "between")
HOSTILE_PREPS = ("on", "against", "at", "upon", "targeting")

# Verb lemma (optionally with particle or preposition: "call on") -> trigger.
VERBS: dict[str, Trigger] = {
    **_entries(T.CONSULT, "meet, consult", target_preps=CONSULT_PREPS, symmetric=True, needs_target=True),
    **_entries(T.CONSULT, "discuss, talk, speak, confer, negotiate, hold talks, chat", target_preps=CONSULT_PREPS,
               direct_object=False, symmetric=True, needs_target=True),
    **_entries(T.CONSULT, "arrive, land", mode="visit", target_preps=("in",), direct_object=False, needs_target=True),
    **_entries(T.CONSULT, "phone, call, telephone, ring", mode="phone", target_preps=("with",), symmetric=True,
               needs_target=True),
    **_entries(T.CONSULT, "visit, tour", mode="visit", needs_target=True),
    **_entries(T.CONSULT, "host, receive, welcome", mode="host", needs_target=True),
    **_entries(T.CONSULT, "mediate, broker", mode="third-party", target_preps=("between",), needs_target=True),
    **_entries(T.AGREE, "agree, sign, pledge, promise, vow, commit, offer, propose, accept, ratify, invite",
               target_preps=("with", "to"), needs_target=False),
    **_entries(T.SUPPORT, "praise, hail, commend, laud, applaud, welcome, back, defend, thank, congratulate, "
               "recognize, recognise, support, salute, apologize, apologise", target_preps=("to",), needs_target=True),
    **_entries(T.COOPERATE, "cooperate, collaborate, partner, ally, coordinate, work with",
               target_preps=("with",), symmetric=True, needs_target=True),
    **_entries(T.AID, "aid, assist, help, supply, donate, send aid, airlift, deliver, provide, arm",
               target_preps=("to", "for"), needs_target=True),
    **_entries(T.CONCEDE, "release, free, concede, yield, ease, lift, return, hand over, pardon, reopen, "
               "back down, relent, compromise", target_preps=("to",), needs_target=False),
    **_entries(T.RETREAT, "withdraw, retreat, pull out, pull back, evacuate, leave, demobilize, disarm, "
               "disband, surrender", target_preps=("from",), direct_object=False, needs_target=False),
    **_entries(T.REQUEST, "urge, demand, call on, call upon, call for, appeal, ask, request, press, plead, "
               "petition, implore, beseech, push for, lobby", target_preps=("to", "on", "for"), needs_target=False),
    **_entries(T.ACCUSE, "accuse, blame, criticize, criticise, condemn, denounce, censure, rebuke, fault, "
               "slam, castigate, decry, deplore, lambast, chastise, investigate, charge, indict, summon, "
               "reproach", target_preps=("against", "over"), needs_target=True),
    **_entries(T.REJECT, "reject, refuse, veto, rebuff, dismiss, spurn, deny, turn down, boycott, oppose, "
               "snub, block", target_preps=("from",), needs_target=False),
    **_entries(T.THREATEN, "threaten, warn, menace, vow revenge", target_preps=("against", "of"), needs_target=True),
    **_entries(T.PROTEST, "protest, demonstrate, rally, march, riot, strike against, picket, boycott",
               target_preps=("against", "outside", "at"), direct_object=True, needs_target=False),
    **_entries(T.SANCTION, "sanction, embargo, blacklist, expel, suspend, sever, freeze, ban, cut ties, "
               "downgrade, recall", target_preps=("on", "against"), needs_target=True),
    **_entries(T.MOBILIZE, "mobilize, mobilise, deploy, mass, amass, station, reinforce, alert",
               target_preps=("to", "near", "along", "on"), direct_object=False, needs_target=False),
    **_entries(T.COERCE, "arrest, detain, seize, capture, abduct, kidnap, jail, imprison, deport, raid, "
               "confiscate, censor, crack down, round up, hold hostage, torture", mode=None,
               target_preps=("on",), needs_target=True),
    **_entries(T.ASSAULT, "attack, strike, bomb, shell, shoot, kill, invade, assault, hit, target, ambush, "
               "massacre, fire, pound, storm, assassinate, behead, execute, wound, injure, besiege, raze, "
               "torpedo, drone, rocket, overrun, bombard, clash, fight", target_preps=HOSTILE_PREPS,
               needs_target=True),
}

# Modes inferred from the particular verb (PLOVER ASSAULT/COERCE modes).
VERB_MODES: dict[str, str] = {
    "bomb": "aerial", "airstrike": "aerial", "bombard": "aerial", "drone": "aerial",
    "shoot": "firearms", "fire": "firearms", "shell": "firearms", "rocket": "firearms",
    "kill": "kill", "assassinate": "kill", "execute": "kill", "massacre": "mass-violence",
    "arrest": "arrest", "detain": "arrest", "jail": "arrest", "imprison": "arrest", "round up": "arrest",
    "seize": "seize", "confiscate": "seize", "capture": "seize",
    "expel": "expel", "deport": "expel",
    "condemn": "disapprove", "criticize": "disapprove", "criticise": "disapprove", "denounce": "disapprove",
    "accuse": "allege", "blame": "allege", "investigate": "investigate", "embargo": "embargo",
}

# Event nominals: a light verb, a possessive or a "by" phrase supplies the agent.
NOUNS: dict[str, Trigger] = {
    **_entries(T.CONSULT, "talk, talks, meeting, negotiation, negotiations, summit, consultation, discussion, "
               "dialogue, conversation", target_preps=CONSULT_PREPS, symmetric=True, needs_target=True),
    **_entries(T.CONSULT, "call, phone call", mode="phone", target_preps=("with",), symmetric=True, needs_target=True),
    **_entries(T.CONSULT, "visit, trip, tour", mode="visit", target_preps=("to",), needs_target=True),
    **_entries(T.CONSULT, "handshake, hands", target_preps=("with",), symmetric=True, needs_target=True),
    **_entries(T.AGREE, "agreement, deal, accord, pact, treaty, truce, ceasefire, cease-fire, memorandum",
               target_preps=("with", "between"), symmetric=True, needs_target=True),
    **_entries(T.AGREE, "offer, proposal, pledge, promise, commitment", target_preps=("to", "for", "behalf"),
               needs_target=False),
    **_entries(T.SUPPORT, "support, backing, praise, endorsement, solidarity, condolences, congratulations, "
               "apology, recognition", target_preps=("for", "to", "with"), needs_target=True),
    **_entries(T.AID, "aid, assistance, weapons, arms, ammunition, loan, funding, relief, supplies, "
               "package, shipment, grant, donation, vaccines, food", target_preps=("to", "for"), needs_target=True),
    **_entries(T.COOPERATE, "cooperation, exercise, exercises, drills, partnership, alliance",
               target_preps=("with", "between"), symmetric=True, needs_target=True),
    **_entries(T.REQUEST, "demand, appeal, request, call, plea, ultimatum", target_preps=("to", "on", "for"),
               needs_target=False),
    **_entries(T.ACCUSE, "criticism, condemnation, accusation, accusations, allegation, allegations, complaint, "
               "concern, concerns, investigation, probe, charges, protest note, rebuke, censure",
               target_preps=("over", "against", "about", "with", "at"), needs_target=True),
    **_entries(T.REJECT, "rejection, refusal, veto, denial, boycott", target_preps=("of",), needs_target=False),
    **_entries(T.THREATEN, "threat, threats, warning, warnings", target_preps=("to", "against", "of"),
               needs_target=True),
    **_entries(T.PROTEST, "protest, protests, demonstration, demonstrations, rally, march, strike, sit-in, "
               "riot, riots", target_preps=("against", "outside"), needs_target=False),
    **_entries(T.SANCTION, "sanction, sanctions, embargo, tariffs, tariff, ban, restrictions",
               target_preps=("on", "against"), needs_target=True),
    **_entries(T.MOBILIZE, "troops, deployment, buildup, build-up, mobilization, mobilisation, reinforcements",
               target_preps=("to", "near", "along", "on"), needs_target=False),
    **_entries(T.COERCE, "arrest, arrests, detention, crackdown, raid, raids, blockade, siege, curfew",
               target_preps=("on", "of", "against"), needs_target=True),
    **_entries(T.ASSAULT, "attack, attacks, strike, strikes, airstrike, airstrikes, air strike, air strikes, "
               "bombing, bombings, shelling, offensive, assault, invasion, incursion, raid, military operation, "
               "ground operation, military operations, ground operations, bombardment, shelling, ambush, fire, barrage, missile, missiles, rockets, drone strike",
               target_preps=("on", "against", "in", "at", "into", "targeting"), needs_target=True),
}

NOUN_MODES: dict[str, str] = {
    "airstrike": "aerial", "airstrikes": "aerial", "air strike": "aerial", "air strikes": "aerial",
    "bombing": "aerial", "bombings": "aerial", "bombardment": "aerial", "drone strike": "aerial",
    "missile": "aerial", "missiles": "aerial", "rockets": "aerial", "shelling": "firearms", "barrage": "firearms",
    "visit": "visit", "trip": "visit", "summit": "multilateral", "arrest": "arrest", "arrests": "arrest",
    "detention": "arrest", "blockade": "blockade", "siege": "blockade", "criticism": "disapprove",
    "condemnation": "disapprove", "concern": "disapprove", "concerns": "disapprove", "accusation": "allege",
    "accusations": "allege", "allegation": "allege", "allegations": "allege", "investigation": "investigate",
    "probe": "investigate", "call": "phone", "phone call": "phone", "embargo": "embargo",
    "weapons": "military", "arms": "military", "ammunition": "military", "loan": "economic", "funding": "economic",
    "vaccines": "humanitarian", "food": "humanitarian", "relief": "humanitarian",
}

# Verbs that carry an event nominal as their object: "held talks", "launched strikes", "tabled an offer".
LIGHT_VERBS = frozenset(
    "hold have conduct launch carry stage make issue express voice impose announce sign reach deliver "
    "send give provide extend offer table submit present mount begin start continue resume step ramp "
    "intensify escalate expand renew pay lodge file open level raise put place slap unleash wage "
    "order approve unveil pledge seal broker strike conclude finalize finalise host join "
    "lead deploy dispatch airlift ship".split()
)

# Verbs that introduce what someone said; events in their complement belong to the complement.
SPEECH_VERBS = frozenset(
    "say tell add state claim announce insist note argue write tweet post declare stress explain report "
    "suggest believe think allege assert affirm maintain reiterate remark comment confirm acknowledge "
    "admit emphasize emphasise underline point indicate".split()
)

# Verbs whose complement did not happen: "refused to meet", "failed to agree".
FAILURE_VERBS = frozenset("fail refuse decline reject deny avoid stop cease halt cancel abandon postpone".split())
FAILURE_NOUN_PREDICATES = frozenset("fail collapse stall falter founder break end".split())

# Verbs whose complement is only intended: "plans to visit" (coded AGREE for cooperation, THREATEN for force).
INTENT_VERBS = frozenset("plan intend aim seek want hope expect prepare consider mull weigh".split())

# Markers of a demand on someone else in reported speech: "X has to", "X must".
DEONTIC_MARKERS = frozenset("must should ought need have".split())

PRAISE_WORDS = frozenset(
    "defense defence defender hero heroes partner friend ally brother brothers liberation freedom resistance "
    "guarantor champion protector model success legitimate".split()
)
BLAME_WORDS = frozenset(
    "terrorist terrorists terror criminal criminals aggressor aggressors threat occupier occupiers murderer "
    "murderers killer killers war criminal enemy enemies dictator regime liar genocide apartheid "
    "responsible".split()
)

# Nouns that denote people acting, so a verb with such a subject can carry an event.
HOSTILE_INTENT_PHRASES = {("set", "sight"): T.THREATEN, ("take", "aim"): T.THREATEN}


def lookup_verb(lemma: str, particle: str | None = None) -> Trigger | None:
    """Trigger for a verb lemma, preferring the phrasal form ("call on") when one exists.

    >>> lookup_verb("shell").event_type
    <EventType.ASSAULT: 'ASSAULT'>
    """
    if particle:
        phrasal = VERBS.get(f"{lemma} {particle}")
        if phrasal:
            return phrasal
    return VERBS.get(lemma)


def lookup_noun(text: str) -> Trigger | None:
    return NOUNS.get(text.lower())
