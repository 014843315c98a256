"""Trigger lexicon: which words can express which PLOVER event, and how their arguments attach.

Entries are general English news vocabulary, grouped by PLOVER type. A verb entry names the
prepositions that introduce its target; a noun entry is an event nominal ("talks", "strikes")
that becomes an event when a light verb ("held talks", "launched strikes") or a possessive
("Russia's attacks") supplies its agent.

The tables that retype a trigger live in ``retype_tables``, the clause word lists in ``clause_words``;
both are re-exported here, so ``lexicon`` stays the one place to import the vocabulary from.
"""

from __future__ import annotations

from ..codes import EventType as T
from .clause_words import (
    ACT_NOUNS,
    BLAME_ADVERBS,
    BLAME_VERBS,
    BLAME_WORDS,
    DEONTIC_MARKERS,
    FAILURE_NOUN_PREDICATES,
    FAILURE_VERBS,
    INTENT_VERBS,
    LIGHT_VERBS,
    MOTION_VERBS,
    PRAISE_WORDS,
    SPEECH_VERBS,
)
from .entries import Trigger, _entries, _words
from .retype_tables import (
    ARMS,
    CITIZEN_PAPERS,
    MILITARY_UNITS,
    MONEY_AND_GOODS,
    NOUN_RETYPE,
    OBJECT_RETYPE,
    PROTESTER_NOUNS,
    TRAVEL_PAPERS,
    WEAPONS,
)

__all__ = [
    "ACT_NOUNS",
    "ARMS",
    "BLAME_ADVERBS",
    "BLAME_VERBS",
    "BLAME_WORDS",
    "CITIZEN_PAPERS",
    "CONSULT_PREPS",
    "DEONTIC_MARKERS",
    "FAILURE_NOUN_PREDICATES",
    "FAILURE_VERBS",
    "HOSTILE_INTENT_PHRASES",
    "HOSTILE_PREPS",
    "INTENT_VERBS",
    "LIGHT_VERBS",
    "MILITARY_UNITS",
    "MONEY_AND_GOODS",
    "MOTION_VERBS",
    "NOUNS",
    "NOUN_CONTEXTS",
    "NOUN_MODES",
    "NOUN_RETYPE",
    "OBJECT_RETYPE",
    "PRAISE_WORDS",
    "PROTESTER_NOUNS",
    "SPEECH_VERBS",
    "TRAVEL_PAPERS",
    "VERBS",
    "VERB_MODES",
    "WEAPONS",
    "Trigger",
    "lookup_noun",
    "lookup_verb",
]

CONSULT_PREPS = ("with", "to", "between")
HOSTILE_PREPS = ("on", "against", "at", "upon", "targeting")

# Verb lemma (optionally with particle or preposition: "call on") -> trigger.
VERBS: dict[str, Trigger] = {
    **_entries(T.CONSULT, "meet, consult, convene", target_preps=CONSULT_PREPS, symmetric=True, needs_target=True),
    **_entries(T.CONSULT, "discuss, talk, speak, confer, negotiate, hold talks, chat", target_preps=CONSULT_PREPS,
               direct_object=False, symmetric=True, needs_target=True),
    **_entries(T.CONSULT, "arrive, land, travel", mode="visit", target_preps=("in", "to"), direct_object=False,
               needs_target=True),
    **_entries(T.CONSULT, "phone, call, telephone, ring", mode="phone", target_preps=("with",), symmetric=True,
               needs_target=True),
    **_entries(T.CONSULT, "visit, tour", mode="visit", needs_target=True),
    **_entries(T.CONSULT, "engage with, brief, inform", target_preps=("with",), needs_target=True),
    **_entries(T.CONSULT, "host, receive", mode="visit", needs_target=True),  # PLOVER: hosting is a visit
    **_entries(T.CONSULT, "mediate, broker", mode="third-party", target_preps=("between",), needs_target=True),
    **_entries(T.AGREE, "pledge, promise, vow, commit, offer, propose, accept",
               target_preps=("with", "to"), needs_target=False),
    # the invited are the object; "to Moscow", "to the summit" says where, not who
    **_entries(T.AGREE, "invite", needs_target=False),
    **_entries(T.AGREE, "agree", target_preps=("with", "to"), symmetric=True, needs_target=False),
    **_entries(T.SUPPORT, "praise, hail, commend, laud, applaud, welcome, back, defend, thank, congratulate, "
               "recognize, recognise, support, salute, endorse, sign, ratify, approve",
               target_preps=("to",), needs_target=True),
    **_entries(T.SUPPORT, "side with, stand by", target_preps=("with", "by"), direct_object=False, needs_target=True),
    **_entries(T.SUPPORT, "cosy up, cozy up, cosie up", target_preps=("to",), direct_object=False, needs_target=True),
    **_entries(T.COOPERATE, "cooperate, collaborate, partner, ally, coordinate, work with",
               target_preps=("with", "to"), symmetric=True, needs_target=True),
    **_entries(T.COOPERATE, "trade with", target_preps=("with",), direct_object=False, symmetric=True,
               needs_target=True),  # "continue to trade with Iran" (not "traded accusations with": see frames)
    **_entries(T.COOPERATE, "extradite, exchange intelligence", target_preps=("with", "to"),
               direct_object=False, needs_target=True),
    **_entries(T.AID, "aid, assist, help, arm, rescue, train, equip, fund, finance, bankroll",
               target_preps=("to", "for"), needs_target=True),
    **_entries(T.AID, "supply, donate, airlift, airdrop, deliver, provide, deposit, send, transfer, grant",
               target_preps=("to", "for", "into", "in"), direct_object=False, needs_target=True),
    **_entries(T.RETREAT, "exchange, swap", mode="release", direct_object=False, symmetric=True, needs_target=False),
    **_entries(T.CONCEDE, "concede, yield, ease, lift, pardon, back down, relent, compromise, drop charges, "
               "cave, bow to, give in, loosen, relax, unblock", target_preps=("to", "on", "against"),
               needs_target=False),
    # what is given up is the object, not who receives it: "ceded four villages to Azerbaijan"
    **_entries(T.CONCEDE, "give up, relinquish, cede, hand back", target_preps=("to",),
               direct_object=False, needs_target=False),
    # an apology is a concession, to whomever it is made or to no one named ("apologised for the abuses")
    **_entries(T.CONCEDE, "apologize, apologise", target_preps=("to",), needs_target=False),
    **_entries(T.RETREAT, "withdraw, retreat, pull out, pull back, evacuate, demobilize, disarm, disband, "
               "surrender, return, resign, step down", target_preps=("from", "of", "to"), direct_object=False,
               needs_target=False),
    **_entries(T.RETREAT, "release, free, hand over, repatriate", mode="release", target_preps=("to",),
               needs_target=False),
    **_entries(T.REQUEST, "urge, demand, call on, call upon, call for, appeal, ask, request, press, plead, beg, "
               "petition, implore, beseech, push for, lobby, order, instruct, exhort, entreat, pressure, pressurise, "
               "pressurize", target_preps=("to", "on", "for"),
               needs_target=False),
    **_entries(T.REQUEST, "apply", mode="assist", target_preps=("to", "for"), direct_object=False,
               needs_target=True),
    **_entries(T.ACCUSE, "accuse, blame, criticize, criticise, condemn, denounce, censure, rebuke, fault, "
               "slam, castigate, decry, deplore, lambast, chastise, investigate, charge, indict, summon, "
               "reproach, sue, prosecute, denigrate, ridicule, deride, mock, disparage, belittle, pillory, lampoon, "
               "excoriate, assail, smear, demonise, demonize, chide, upbraid, suspect, call out, contradict, refute, "
               "rebut",
               target_preps=("against", "over"), needs_target=True),
    **_entries(T.ACCUSE, "complain, object, hit out, lash out, rail, berate, reprimand, scold, admonish, vilify, "
               "take issue", target_preps=("to", "at", "against", "over", "about", "with"), direct_object=False,
               needs_target=True),
    **_entries(T.REJECT, "reject, refuse, veto, rebuff, dismiss, spurn, turn down, decline, rule out",
               target_preps=("from",), needs_target=False),  # "rejected proposals to freeze the front line"
    **_entries(T.REJECT, "deny, oppose, snub, bar, stonewall", target_preps=("from",), needs_target=True),
    **_entries(T.REJECT, "defy", needs_target=True),
    **_entries(T.REJECT, "stand up", target_preps=("to",), direct_object=False, needs_target=True),  # "stood up to X"
    **_entries(T.THREATEN, "threaten, warn, menace", target_preps=("against", "of"), needs_target=False),
    **_entries(T.PROTEST, "boycott", mode="boycott", needs_target=False),
    **_entries(T.PROTEST, "protest, demonstrate, rally, march, riot, picket, walk off",
               target_preps=("against", "outside", "at"), direct_object=True, needs_target=False),
    **_entries(T.SANCTION, "sanction, embargo, blacklist, expel, suspend, sever, freeze, ban, cut ties, "
               "downgrade, recall, halt, scrap, terminate, curtail, sentence, convict, revoke, annul, cancel, "
               "tear up",
               target_preps=("on", "against", "with", "to"), needs_target=True),
    **_entries(T.MOBILIZE, "call up", mode="troops", direct_object=False, needs_target=False),
    **_entries(T.MOBILIZE, "mobilize, mobilise, deploy, amass, station, reinforce",
               target_preps=("to", "near", "along", "on", "in", "around"), direct_object=False, needs_target=False),
    **_entries(T.ASSAULT, "fire", mode="firearms", target_preps=("at", "on", "into", "upon"), direct_object=False,
               needs_target=True),
    **_entries(T.COERCE, "besiege, blockade, seal off, cordon off, lay siege, tighten noose, tighten net", mode="restrict",
               target_preps=("to", "on", "around"), needs_target=True),
    **_entries(T.COERCE, "cut off", mode="withhold", target_preps=("to", "from", "in"), direct_object=False,
               needs_target=False),
    **_entries(T.COERCE, "arrest, detain, seize, capture, jail, imprison, deport, raid, "
               "confiscate, censor, crack down, round up", mode=None,
               target_preps=("on",), needs_target=True),
    # PLOVER codes abduction, torture and sexual violence as assault (modes abduct, torture, sexual)
    **_entries(T.ASSAULT, "abduct, kidnap, hold hostage, take hostage", mode="abduct", needs_target=True),
    **_entries(T.ASSAULT, "torture", mode="torture", needs_target=True),
    **_entries(T.ASSAULT, "rape, sexually assault", mode="sexual", needs_target=True),
    **_entries(T.ASSAULT, "murder", needs_target=True),
    **_entries(T.ASSAULT, "attack, strike, bomb, shell, shoot, kill, invade, assault, hit, target, ambush, "
               "massacre, pound, storm, assassinate, behead, execute, wound, injure, raze, "
               "torpedo, rocket, overrun, bombard, clash, fight, destroy, retaliate, avenge, set fire, open fire, "
               "ram, breach, demolish, bulldoze, torch, burn down, loot, shoot down, gun down, slay, eliminate, "
               "wipe out, rout, close in",
               target_preps=(*HOSTILE_PREPS, "to"),
               needs_target=True),
}

# Modes inferred from the particular verb (PLOVER ASSAULT/COERCE modes).
VERB_MODES: dict[str, str] = {
    "resign": "resign", "step down": "resign", "withdraw": "withdraw", "pull out": "withdraw",
    "pull back": "withdraw", "retreat": "withdraw", "surrender": "disarm", "disarm": "disarm",
    "demobilize": "disarm", "disband": "disarm",
    "bomb": "aerial", "airstrike": "aerial", "bombard": "aerial", "drone": "aerial",
    "shoot": "firearms", "fire": "firearms", "shell": "heavy-weapons", "rocket": "heavy-weapons",
    "assassinate": "assassinate", "execute": "execute", "massacre": "massacre", "behead": "execute",
    "gun": "firearms", "demolish": "destroy", "bulldoze": "destroy", "raze": "destroy", "torch": "destroy", "destroy": "destroy",
    "arrest": "arrest", "detain": "arrest", "jail": "arrest", "imprison": "arrest", "round up": "arrest",
    "seize": "seize", "confiscate": "seize", "capture": "seize",
    "expel": "expel", "deport": "deport",
    "condemn": "disapprove", "criticize": "disapprove", "criticise": "disapprove", "denounce": "disapprove",
    "accuse": "allege", "blame": "allege", "investigate": "investigate", "embargo": "discontinue",
    **{v: "disapprove" for v in _words("denigrate, ridicule, deride, mock, disparage, belittle, pillory, lampoon, "
                                        "excoriate, assail, smear, demonise, demonize, chide, upbraid")},
    **{v: "allege" for v in _words("suspect, charge, indict, sue, prosecute")},
    **{v: "disapprove" for v in _words("complain, object, hit out, lash out, rail, berate, reprimand, scold, admonish, "
                                        "vilify, take issue, castigate, slam, decry, deplore, lambast, chastise, "
                                        "rebuke, censure, fault, reproach, contradict, refute, rebut, call out")},
}

# Event nominals: a light verb, a possessive or a "by" phrase supplies the agent.
NOUNS: dict[str, Trigger] = {
    **_entries(T.CONSULT, "talk, talks, meeting, negotiation, negotiations, summit, consultation, discussion, "
               "dialogue, conversation", target_preps=CONSULT_PREPS, symmetric=True, needs_target=True),
    **_entries(T.CONSULT, "call, phone call, video call, calls, phone calls, telephone call, telephone calls, "
               "phone conversation, telephone conversation, phone conversations", mode="phone", target_preps=("with",), symmetric=True,
               needs_target=True),
    **_entries(T.CONSULT, "visit, trip, tour", mode="visit", target_preps=("to",), needs_target=True),
    **_entries(T.CONSULT, "handshake, hands", target_preps=("with",), symmetric=True, needs_target=True),
    **_entries(T.AGREE, "agreement, deal, accord, pact, treaty, truce, ceasefire, cease-fire, memorandum",
               target_preps=("with", "between"), symmetric=True, needs_target=True),
    **_entries(T.AGREE, "offer, proposal, pledge, promise, commitment", target_preps=("to", "for", "behalf"),
               needs_target=False),
    **_entries(T.SUPPORT, "support, backing, praise, endorsement, solidarity, condolences, congratulations, "
               "recognition", target_preps=("for", "to", "with"), needs_target=True),
    **_entries(T.AID, "aid package, assistance package, relief package, aid convoy, aid shipment, bailout, "
               "rescue teams", target_preps=("to", "for", "into"), needs_target=True),
    **_entries(T.AID, "aid, assistance, weapons, arms, ammunition, loan, loans, funding, relief, supplies, "
               "shipment, grant, donation, vaccines, food, asylum, military aid, humanitarian aid",
               target_preps=("to", "for", "into"), needs_target=True),
    **_entries(T.RETREAT, "withdrawal, pullout, pull-out, release, evacuation, resignation, resignations, surrender",
               target_preps=("from", "of"), needs_target=False),
    **_entries(T.CONCEDE, "amnesty, concession, concessions, pardon, apology, apologies", target_preps=("for", "to"),
               needs_target=False),
    **_entries(T.COOPERATE, "cooperation, exercise, exercises, drill, drills, partnership, alliance",
               target_preps=("with", "between"), symmetric=True, needs_target=True),
    **_entries(T.REQUEST, "demand, demands, appeal, request, plea, ultimatum", target_preps=("to", "on", "for"),
               needs_target=True),
    **_entries(T.ACCUSE, "accusation, accusations, allegation, allegations, complaint, "
               "concern, concerns, investigation, probe, charges, protest note, warrant, warrants, "
               "arrest warrant, arrest warrants, lawsuit, indictment, inquiry, inquiries, enquiry",
               target_preps=("over", "against", "about", "with", "at", "into", "for"), needs_target=True),
    # "Spain's condemnation of Israel": of names the one condemned (not "the concerns of farmers")
    **_entries(T.ACCUSE, "criticism, condemnation, rebuke, censure, denunciation",
               target_preps=("of", "over", "against", "about", "with", "for"), needs_target=True),
    **_entries(T.ACCUSE, "legal case, court case, legal action, legal proceedings, infringement proceedings, "
               "legal challenge, lawsuits, criminal case, criminal cases, criminal proceedings", mode="allege", target_preps=("against",), needs_target=True),
    **_entries(T.ACCUSE, "ridicule, derision, dismay, outrage, displeasure, disapproval, indignation, qualms, "
               "misgivings, disappointment", mode="disapprove",
               target_preps=("over", "about", "at", "with"), needs_target=True),
    **_entries(T.REJECT, "rejection, refusal, veto, denial, boycott", target_preps=("of",), needs_target=False),
    **_entries(T.THREATEN, "threat, threats, warning, warnings", target_preps=("to", "against", "of"),
               needs_target=True),
    **_entries(T.PROTEST, "protest, protests, demonstration, demonstrations, rally, rallies, march, sit-in, "
               "riot, riots, hunger strike, general strike, encampment, vigil, walkout", target_preps=("against", "outside"), needs_target=False),
    **_entries(T.SANCTION, "sanction, sanctions, embargo, tariffs, tariff, ban, restrictions, export controls, "
               "controls",
               target_preps=("on", "against"), needs_target=True),
    **_entries(T.MOBILIZE, "deployment, buildup, build-up, mobilization, mobilisation, reinforcements",
               target_preps=("to", "near", "along", "on"), needs_target=False),
    **_entries(T.COERCE, "cyberattack, cyber attack, cyber-attack, hack, hacking", mode="cyber",
               target_preps=("on", "against"), needs_target=True),
    **_entries(T.COERCE, "arrest, arrests, detention, crackdown, raids, blockade, siege",
               target_preps=("on", "of", "against"), needs_target=True),
    **_entries(T.COERCE, "sieges, blockades, travel ban, travel bans", mode="restrict",
               target_preps=("on", "of", "against"), needs_target=True),
    **_entries(T.COERCE, "curfew, state of emergency, martial law", mode="restrict", target_preps=("on", "in"),
               needs_target=False),
    **_entries(T.ASSAULT, "attack, attacks, strike, strikes, airstrike, airstrikes, air strike, air strikes, "
               "bombing, bombings, shelling, offensive, assault, invasion, incursion, raid, military operation, "
               "ground operation, military operations, ground operations, bombardment, ambush, fire, barrage, missile, missiles, rockets, drone strike",
               target_preps=("on", "against", "in", "at", "into", "targeting", "of"), needs_target=True),
    **_entries(T.ASSAULT, "suicide bombing, suicide attack, car bomb, car bombing, roadside bomb, bomb attack, "
               "drone attack, drone attacks, drone strikes, chemical attack, chemical attacks, gas attack, gas attacks",
               target_preps=("on", "against", "in", "at", "into", "targeting", "of"), needs_target=True),
    **_entries(T.ASSAULT, "war, fight, campaign, battle, military campaign", target_preps=("against", "on"),
               needs_target=True),  # only with someone named on the other side: not "the war on drugs"
    **_entries(T.ASSAULT, "clash, clashes, fighting", target_preps=("with", "between"), symmetric=True,
               needs_target=True),
    **_entries(T.ASSAULT, "abduction, abductions, kidnapping, kidnappings", mode="abduct",
               target_preps=("of",), needs_target=True),
    **_entries(T.ASSAULT, "massacre, massacres", mode="massacre", target_preps=("of", "in"), needs_target=True),
    **_entries(T.ASSAULT, "assassination", mode="assassinate", target_preps=("of",), needs_target=True),
    **_entries(T.ASSAULT, "beheading, beheadings", mode="execute", target_preps=("of",), needs_target=True),
    **_entries(T.ASSAULT, "drones, drone", mode="drone", target_preps=("at", "on", "against", "into"),
               needs_target=True),
    # "launched an operation in Idlib against Kurdish militias": only aimed at someone is it force
    **_entries(T.ASSAULT, "operation, operations", target_preps=("against",), needs_target=True),
    # attempted force is force at its target: "a coup attempt against the president"
    **_entries(T.ASSAULT, "coup, coup attempt, assassination attempt, attempted coup", target_preps=("against", "on"),
               needs_target=True),
    **_entries(T.COERCE, "persecution, repression, oppression", target_preps=("of", "against"), needs_target=True),
    # "Riyadh's killing of the journalist", "the torture of detainees by guards": harm done to someone named
    **_entries(T.ASSAULT, "killing, killings, murder, murders", target_preps=("of",), needs_target=True),
    **_entries(T.ASSAULT, "execution, executions", mode="execute", target_preps=("of",), needs_target=True),
    **_entries(T.ASSAULT, "torture", mode="torture", target_preps=("of",), needs_target=True),
}
NOUN_MODES: dict[str, str] = {
    "resignation": "resign", "resignations": "resign", "withdrawal": "withdraw", "pullout": "withdraw",
    "pull-out": "withdraw", "surrender": "disarm", "release": "release",
    "airstrike": "aerial", "airstrikes": "aerial", "air strike": "aerial", "air strikes": "aerial",
    "bombing": "aerial", "bombings": "aerial", "bombardment": "aerial", "drone strike": "drone",
    "drone strikes": "drone", "drone attack": "drone", "drone attacks": "drone", "suicide bombing": "suicide-attack",
    "suicide attack": "suicide-attack", "car bomb": "explosives", "car bombing": "explosives",
    "roadside bomb": "explosives", "bomb attack": "explosives",
    "missile": "aerial", "missiles": "aerial", "rockets": "aerial", "shelling": "heavy-weapons",
    "barrage": "heavy-weapons", "chemical attack": "unconventional", "chemical attacks": "unconventional",
    "gas attack": "unconventional", "gas attacks": "unconventional",
    "visit": "visit", "trip": "visit", "summit": "multilateral", "arrest": "arrest", "arrests": "arrest",
    "detention": "arrest", "blockade": "restrict", "siege": "restrict", "criticism": "disapprove",
    "condemnation": "disapprove", "concern": "disapprove", "concerns": "disapprove", "accusation": "allege",
    "accusations": "allege", "allegation": "allege", "allegations": "allege", "investigation": "investigate",
    "probe": "investigate", "inquiry": "investigate", "inquiries": "investigate", "enquiry": "investigate",
    "call": "phone", "phone call": "phone", "embargo": "discontinue", "curfew": "curfew",
}

# What aid nouns say about the kind of help: PLOVER has no AID modes, so these are context labels.
NOUN_CONTEXTS: dict[str, str] = {
    "weapons": "military", "arms": "military", "ammunition": "military", "military aid": "military",
    "loan": "economic", "loans": "economic", "funding": "economic", "vaccines": "humanitarian",
    "food": "humanitarian", "relief": "humanitarian", "humanitarian aid": "humanitarian",
}

# Verb-object idioms of intended force: "set its sights on X", "take aim at X".
HOSTILE_INTENT_PHRASES = {("set", "sight"): T.THREATEN, ("take", "aim"): T.THREATEN}


def lookup_verb(lemma: str) -> Trigger | None:
    """Trigger for a verb lemma (phrasal forms such as "call on" are matched by the frames).

    >>> lookup_verb("shell").event_type
    <EventType.ASSAULT: 'ASSAULT'>
    """
    return VERBS.get(lemma)


def lookup_noun(text: str) -> Trigger | None:
    return NOUNS.get(text.lower())
