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


def _words(text: str) -> list[str]:
    return [w.strip() for w in text.split(",") if w.strip()]


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
    **_entries(T.CONSULT, "arrive, land, travel", mode="visit", target_preps=("in", "to"), direct_object=False,
               needs_target=True),
    **_entries(T.CONSULT, "phone, call, telephone, ring", mode="phone", target_preps=("with",), symmetric=True,
               needs_target=True),
    **_entries(T.CONSULT, "visit, tour", mode="visit", needs_target=True),
    **_entries(T.CONSULT, "engage with, brief, inform", target_preps=("with",), needs_target=True),
    **_entries(T.CONSULT, "host, receive", mode="visit", needs_target=True),  # PLOVER: hosting is a visit
    **_entries(T.CONSULT, "mediate, broker", mode="third-party", target_preps=("between",), needs_target=True),
    **_entries(T.AGREE, "pledge, promise, vow, commit, offer, propose, accept, invite",
               target_preps=("with", "to"), needs_target=False),
    **_entries(T.AGREE, "agree", target_preps=("with", "to"), symmetric=True, needs_target=False),
    **_entries(T.SUPPORT, "praise, hail, commend, laud, applaud, welcome, back, defend, thank, congratulate, "
               "recognize, recognise, support, salute, apologize, apologise, endorse, sign, ratify, approve",
               target_preps=("to",), needs_target=True),
    **_entries(T.SUPPORT, "side with, stand by", target_preps=("with", "by"), direct_object=False, needs_target=True),
    **_entries(T.COOPERATE, "cooperate, collaborate, partner, ally, coordinate, work with",
               target_preps=("with", "to"), symmetric=True, needs_target=True),
    **_entries(T.COOPERATE, "extradite, exchange intelligence", target_preps=("with", "to"),
               direct_object=False, needs_target=True),
    **_entries(T.AID, "aid, assist, help, arm, rescue, train, equip, fund, finance, bankroll",
               target_preps=("to", "for"), needs_target=True),
    **_entries(T.AID, "supply, donate, airlift, airdrop, deliver, provide, deposit, send, transfer, grant",
               target_preps=("to", "for", "into", "in"), direct_object=False, needs_target=True),
    **_entries(T.RETREAT, "exchange, swap", mode="release", direct_object=False, symmetric=True, needs_target=False),
    **_entries(T.CONCEDE, "concede, yield, ease, lift, pardon, back down, relent, compromise, drop charges, "
               "give up, relinquish, cede, hand back, cave, bow to, give in, "
               "loosen, relax", target_preps=("to", "on", "against"), needs_target=False),
    **_entries(T.RETREAT, "withdraw, retreat, pull out, pull back, evacuate, demobilize, disarm, disband, "
               "surrender, return, resign, step down", target_preps=("from", "of", "to"), direct_object=False,
               needs_target=False),
    **_entries(T.RETREAT, "release, free, hand over, repatriate", mode="release", target_preps=("to",),
               needs_target=False),
    **_entries(T.REQUEST, "urge, demand, call on, call upon, call for, appeal, ask, request, press, plead, beg, "
               "petition, implore, beseech, push for, lobby, order, instruct", target_preps=("to", "on", "for"),
               needs_target=False),
    **_entries(T.REQUEST, "apply", mode="assist", target_preps=("to", "for"), direct_object=False,
               needs_target=True),
    **_entries(T.ACCUSE, "accuse, blame, criticize, criticise, condemn, denounce, censure, rebuke, fault, "
               "slam, castigate, decry, deplore, lambast, chastise, investigate, charge, indict, summon, "
               "reproach, sue, prosecute, denigrate, ridicule, deride, mock, disparage, belittle, pillory, lampoon, "
               "excoriate, assail, smear, demonise, demonize, chide, upbraid, suspect, call out",
               target_preps=("against", "over"), needs_target=True),
    **_entries(T.ACCUSE, "complain, object, hit out, lash out, rail, berate, reprimand, scold, admonish, vilify, "
               "take issue", target_preps=("to", "at", "against", "over", "about", "with"), direct_object=False,
               needs_target=True),
    **_entries(T.REJECT, "reject, refuse, veto, rebuff, dismiss, spurn, turn down, decline, rule out",
               target_preps=("from",), needs_target=False),  # "rejected proposals to freeze the front line"
    **_entries(T.REJECT, "deny, oppose, snub, bar", target_preps=("from",), needs_target=True),
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
    **_entries(T.COERCE, "arrest, detain, seize, capture, abduct, kidnap, jail, imprison, deport, raid, "
               "confiscate, censor, crack down, round up, hold hostage, torture", mode=None,
               target_preps=("on",), needs_target=True),
    **_entries(T.ASSAULT, "attack, strike, bomb, shell, shoot, kill, invade, assault, hit, target, ambush, "
               "massacre, pound, storm, assassinate, behead, execute, wound, injure, raze, "
               "torpedo, rocket, overrun, bombard, clash, fight, destroy, retaliate, avenge, set fire, open fire, "
               "ram, breach, demolish, bulldoze, torch, burn down, loot, shoot down, gun down",
               target_preps=(*HOSTILE_PREPS, "to"),
               needs_target=True),
}

# The object changes what a verb does: "withdrew its ambassador" is SANCTION, "sent troops" MOBILIZE.
MILITARY_UNITS = ("troops, soldiers, forces, battalion, brigade, warship, warships, jets, units, marines, carrier, "
                  "warplanes, tanks, bombers, frigates, destroyers, submarines, gunboats, artillery")
WEAPONS = "missile, missiles, rocket, rockets, weapon, weapons, bomb, warhead, drone, drones"
# Papers whose loss confines a person ("revoked his passport" restricts movement) or casts them out of the
# nation ("revoked their citizenship" expels them from it).
TRAVEL_PAPERS = "passport, passports, visa, visas, travel documents"
CITIZEN_PAPERS = "citizenship, nationality, residency"
# Money and relief goods: "gave Lebanon 20 million dollars", "shipped fuel to Lebanon" is aid.
MONEY_AND_GOODS = ("dollars, euros, pounds, yen, funds, money, grant, loan, tranche, meals, fuel, food, vaccines, "
                   "doses, medicine, medicines, tents, blankets, rice, wheat, flour, grain, water, supplies, "
                   "equipment, generators, ambulances")
# Arms handed to someone else: "handed over two air defence systems to Ukraine" is military aid.
ARMS = "systems, weapons, missiles, ammunition, shells, rifles, howitzers, munitions, arms, drones"
OBJECT_RETYPE: dict[tuple[str, str], tuple[T, str | None]] = {
    **{("withdraw", o): (T.SANCTION, "withdraw") for o in _words(
        "ambassador, envoy, diplomats, diplomat, recognition, ratification, funding, support, aid, membership, "
        "accreditation, signature")},
    **{("withdraw", o): (T.CONCEDE, None) for o in _words("bill, plan, proposal, law, decree, demand, candidacy")},
    **{(v, o): (T.MOBILIZE, "troops") for v in ("send", "deploy", "dispatch", "move", "mass")
       for o in _words(MILITARY_UNITS)},
    **{("test", o): (T.MOBILIZE, "weapons") for o in _words(WEAPONS)},
    **{("share", o): (T.COOPERATE, None) for o in _words(  # not "shares a border with Russia"
        "intelligence, information, data, technology, expertise, evidence, findings, details, files")},
    **{(v, o): (T.AID, None) for v in ("give", "provide", "allocate", "transfer", "send", "donate", "disburse",
                                       "release", "ship", "channel", "earmark", "drop")
       for o in _words(MONEY_AND_GOODS)},
    **{(v, o): (T.MOBILIZE, None) for v in ("recruit", "conscript", "enlist", "draft", "mobilise", "mobilize")
       for o in _words("fighters, soldiers, troops, men, reservists, volunteers, mercenaries, recruits, conscripts")},
    **{(v, o): (T.COOPERATE, None) for v in ("resume", "expand", "boost", "open", "reopen", "launch", "deepen")
       for o in _words("trade, corridor, route, routes, flights, cooperation, exports, imports, posts, ties")},
    **{(v, o): (T.CONCEDE, None) for v in ("restore", "return", "reinstate")
       for o in _words("licence, licences, license, licenses, internet, rights, accreditation, citizenship")},
    **{("evacuate", o): (T.AID, None) for o in _words(  # rescuing people; evacuating an embassy is a retreat
        "citizens, nationals, foreigners, civilians, people, residents, children, wounded, patients, refugees")},
    ("reopen", "embassy"): (T.SUPPORT, None), ("reopen", "consulate"): (T.SUPPORT, None),
    ("reopen", "crossing"): (T.RETREAT, "access"), ("reopen", "border"): (T.RETREAT, "access"),
    ("open", "crossing"): (T.RETREAT, "access"),
    ("restore", "ties"): (T.SUPPORT, None), ("restore", "relations"): (T.SUPPORT, None),
    ("cut", "ties"): (T.SANCTION, "discontinue"), ("break", "ties"): (T.SANCTION, "discontinue"),
    ("sever", "ties"): (T.SANCTION, "discontinue"), ("cut", "relations"): (T.SANCTION, "discontinue"),
    ("drop", "charges"): (T.CONCEDE, None),
    **{(v, o): (T.AID, None) for v in ("hand", "ship", "fly", "airlift", "supply", "deliver", "give", "provide",
                                       "send", "transfer") for o in _words(ARMS)},
    **{(v, o): (T.AID, None) for v in ("cancel", "forgive", "write", "waive", "restructure")
       for o in _words("debt, debts, loans, arrears")},  # debt relief; "wrote off" is "write" with "off"
    **{(v, o): (T.CONCEDE, None) for v in ("drop", "lift", "withdraw", "abandon")
       for o in _words("veto, objection, objections, opposition, blockade")},
    **{(v, o): (T.CONCEDE, None) for v in ("reverse", "rescind", "revoke", "overturn", "repeal", "annul")
       for o in _words("decision, order, decree, policy, ban, law, ruling, measure")},
    **{(v, o): (T.CONCEDE, None) for v in ("hand", "cede", "transfer", "return")
       for o in _words("power, control")},
    ("grant", "permission"): (T.CONCEDE, None),
    **{(v, o): (T.SANCTION, "withdraw") for v in ("end", "cut", "stop", "halt", "suspend", "freeze")
       for o in _words("support, help, backing")},
    **{(v, o): (T.AID, None) for v in ("host", "shelter", "take")  # refuge given is asylum
       for o in _words("refugees, migrants, asylum-seekers, evacuees")},
    ("return", "fire"): (T.ASSAULT, "firearms"),  # "troops returned fire": no return of anything
    **{(v, o): (T.CONCEDE, None) for v in ("suspend", "pause", "reverse", "shelve", "scrap", "drop", "abandon",
                                           "postpone", "freeze") for o in _words(
        "plan, plans, bill, law, reform, decree, tax, taxes, increases, increase, hike, hikes, fees")},
    **{(v, o): (T.SANCTION, "discontinue") for v in ("suspend", "pause", "halt", "freeze", "cut", "stop", "end")
       for o in _words("funding, aid, assistance, trade, imports, exports, cooperation, talks, flights")},
    **{(v, o): (T.SUPPORT, None) for v in ("establish", "restore", "resume", "normalize", "normalise", "upgrade")
       for o in _words("relations, ties")},
    **{(v, o): (T.SANCTION, "discontinue") for v in ("cut", "break", "sever", "suspend", "downgrade")
       for o in _words("relations, ties")},
    **{(v, o): (T.REJECT, None) for v in ("block", "veto") for o in _words(
        "resolution, bill, deal, proposal, motion, sale, accession, bid, measure")},
    **{("allow", o): (T.RETREAT, "access") for o in _words(
        "inspectors, observers, monitors, aid, journalists, peacekeepers, trucks, convoys")},
    **{("vow", o): (T.THREATEN, None) for o in _words("revenge, retaliation, punishment, response")},
    **{(v, o): (T.SANCTION, "expel") for v in ("expel", "order out") for o in _words(
        "diplomats, diplomat, ambassador, envoy, envoys, staff, attache, attaches")},
    **{(v, "access"): (T.COERCE, "censor") for v in ("block", "restrict", "cut", "limit", "throttle")},
    **{(v, o): (T.COERCE, "restrict") for v in ("revoke", "cancel", "confiscate", "withdraw", "seize", "annul")
       for o in _words(TRAVEL_PAPERS)},
    **{(v, o): (T.SANCTION, "expel") for v in ("revoke", "cancel", "withdraw", "annul")
       for o in _words(CITIZEN_PAPERS)},
    **{(v, o): (T.COERCE, "censor") for v in ("block", "ban", "shut", "close", "suspend", "raid")
       for o in _words("app, website, websites, platform, channel, broadcaster, newspaper, station, offices, "
                       "office, outlet, outlets")},
    **{(v, o): (T.COERCE, "restrict") for v in ("close", "shut", "seal")
       for o in _words("border, borders, crossing, crossings, airspace")},
    **{("burn", o): (T.ASSAULT, "destroy") for o in _words("villages, village, homes, houses, towns, markets, crops")},
    **{("use", o): (T.ASSAULT, None) for o in _words(
        "bombs, weapons, missiles, drones, artillery, force, gas, munitions, rockets")},
    **{("recall", o): (T.SANCTION, "withdraw") for o in _words("ambassador, ambassadors, envoy, envoys")},
    **{("dissolve", o): (T.COERCE, "ban") for o in _words("party, parties, group, movement, union")},
    **{(v, o): (T.COERCE, "restrict") for v in ("dissolve", "suspend") for o in _words(
        "parliament, assembly, legislature, constitution")},
    **{(v, "internet"): (T.COERCE, "censor") for v in ("shut", "cut", "block", "restrict", "suspend", "throttle")},
    **{("welcome", o): (T.CONSULT, "visit") for o in _words("visit, delegation")},
    **{(v, o): (T.COERCE, "restrict") for v in ("ban", "bar", "restrict") for o in _words(
        "women, girls, journalists, protesters, activists, opposition, party, parties, rallies, gatherings")},
    ("lift", "ban"): (T.CONCEDE, None), ("lift", "sanctions"): (T.CONCEDE, None),
}
# The light verb changes what a nominal means: "signed an agreement" is SUPPORT, "declared a ceasefire" CONCEDE.
NOUN_RETYPE: dict[tuple[str, str], tuple[T, str | None]] = {
    **{(v, n): (T.SUPPORT, None) for v in ("sign", "ratify", "finalize", "finalise", "seal", "conclude")
       for n in _words("agreement, deal, accord, pact, treaty, memorandum, deals, agreements")},
    **{(v, n): (T.CONCEDE, None) for v in ("declare", "announce") for n in _words("ceasefire, cease-fire, truce")},
    **{(v, "alert"): (T.MOBILIZE, None) for v in ("put", "place")},
    **{(v, "emergency"): (T.COERCE, "curfew") for v in ("declare", "impose", "announce", "extend")},
    ("take", "streets"): (T.PROTEST, "demo"),
    ("go", "strike"): (T.PROTEST, "strike"), ("stage", "strike"): (T.PROTEST, "strike"),
    ("go", "hunger strike"): (T.PROTEST, "hunger"), ("begin", "hunger strike"): (T.PROTEST, "hunger"),
}
# Crowds acting with force are rioting (PROTEST), not assaulting.
PROTESTER_NOUNS = frozenset(_words(
    "protesters, demonstrators, rioters, crowd, crowds, mob, students, marchers, supporters, protester, rioter, "
    "farmers, truckers, drivers, workers, strikers"))

# Modes inferred from the particular verb (PLOVER ASSAULT/COERCE modes).
VERB_MODES: dict[str, str] = {
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
               "apology, recognition", target_preps=("for", "to", "with"), needs_target=True),
    **_entries(T.AID, "aid package, assistance package, relief package, aid convoy, aid shipment, bailout, "
               "rescue teams", target_preps=("to", "for", "into"), needs_target=True),
    **_entries(T.AID, "aid, assistance, weapons, arms, ammunition, loan, loans, funding, relief, supplies, "
               "shipment, grant, donation, vaccines, food, asylum, military aid, humanitarian aid",
               target_preps=("to", "for", "into"), needs_target=True),
    **_entries(T.RETREAT, "withdrawal, pullout, pull-out, release, evacuation, resignation",
               target_preps=("from", "of"), needs_target=False),
    **_entries(T.CONCEDE, "amnesty, concession, concessions, pardon", target_preps=("for", "to"), needs_target=False),
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
    **_entries(T.ASSAULT, "drones, drone", mode="drone", target_preps=("at", "on", "against", "into"),
               needs_target=True),
}

NOUN_MODES: dict[str, str] = {
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

# Verbs that carry an event nominal as their object: "held talks", "launched strikes", "tabled an offer".
LIGHT_VERBS = frozenset(
    ["hold", "have", "conduct", "launch", "carry", "stage", "make", "issue", "express", "voice", "impose", "announce", "sign", "reach", "deliver", "send", "give", "provide", "extend", "offer", "table", "submit", "present", "mount", "begin", "start", "continue", "resume", "step", "ramp", "intensify", "escalate", "expand", "renew", "pay", "lodge", "file", "open", "level", "raise", "put", "place", "slap", "unleash", "wage", "order", "approve", "unveil", "pledge", "seal", "broker", "strike", "conclude", "finalize", "finalise", "host", "join", "seek", "adopt", "set", "lead", "deploy", "dispatch", "airlift", "ship", "grant", "complete", "declare", "ratify", "fly", "perform"]
)
# Verbs of travel whose purpose phrase names the event: "travelled to Cairo for talks with X".
MOTION_VERBS = frozenset(["travel", "fly", "arrive", "come", "head", "go", "return", "visit"])

# Verbs that introduce what someone said; events in their complement belong to the complement.
SPEECH_VERBS = frozenset(
    ["say", "tell", "add", "state", "claim", "announce", "insist", "note", "argue", "write", "tweet", "post", "declare", "stress", "explain", "report", "suggest", "believe", "think", "allege", "assert", "affirm", "maintain", "reiterate", "remark", "comment", "confirm", "acknowledge", "admit", "emphasize", "emphasise", "underline", "point", "indicate"]
)

# Verbs whose complement did not happen: "refused to meet", "failed to agree".
FAILURE_VERBS = frozenset(["fail", "refuse", "decline", "reject", "deny", "avoid", "stop", "cease", "halt", "cancel", "abandon", "postpone"])
FAILURE_NOUN_PREDICATES = frozenset(["fail", "collapse", "stall", "falter", "founder", "break", "end"])

# Verbs whose complement is only intended: "plans to visit" (coded AGREE for cooperation, THREATEN for force).
INTENT_VERBS = frozenset(["plan", "intend", "aim", "seek", "want", "hope", "expect", "prepare", "consider", "mull", "weigh"])

# Markers of a demand on someone else in reported speech: "X has to", "X must".
DEONTIC_MARKERS = frozenset(["must", "should", "ought", "need", "have"])

PRAISE_WORDS = frozenset(
    ["defense", "defence", "defender", "hero", "heroes", "partner", "friend", "ally", "brother", "brothers", "liberation", "freedom", "resistance", "guarantor", "champion", "protector", "model", "success", "legitimate"]
)
BLAME_WORDS = frozenset(
    ["terrorist", "terrorists", "terror", "criminal", "criminals", "aggressor", "aggressors", "threat", "occupier", "occupiers", "murderer", "murderers", "killer", "killers", "war", "criminal", "enemy", "enemies", "dictator", "regime", "liar", "genocide", "apartheid", "responsible",
     "unacceptable", "shameful", "disgraceful", "disgrace", "illegal", "unlawful", "outrageous", "irresponsible",
     "reckless", "mistake", "betrayal", "provocation", "provocative", "appalling", "deplorable", "barbaric",
     "cowardly", "inhumane", "unconscionable", "scandalous", "hypocritical", "hypocrisy", "stain", "blunder"]
)
# Verbs that blame in the telling: "said the international community is shirking its responsibilities".
BLAME_VERBS = frozenset(
    ["shirk", "betray", "undermine", "violate", "flout", "sabotage", "obstruct", "neglect", "mislead",
     "deceive", "persecute", "oppress", "lie", "abandon", "ignore", "exploit"]
)
# Manners of acting that condemn the act: "he behaved shamefully".
BLAME_ADVERBS = frozenset(
    ["shamefully", "disgracefully", "irresponsibly", "recklessly", "illegally", "unlawfully", "cynically",
     "hypocritically", "callously", "treacherously", "dishonestly"]
)
# Nouns naming what an actor did ("Javid's decision was shameful"): the judgement is of the possessor.
ACT_NOUNS = frozenset(
    ["decision", "move", "policy", "policies", "action", "actions", "behaviour", "behavior", "conduct",
     "response", "handling", "treatment", "approach", "stance", "refusal", "failure", "silence"]
)

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
