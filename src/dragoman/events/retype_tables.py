"""Pairs that change what a trigger means: a verb's object ("withdrew its ambassador" is SANCTION,
"sent troops" MOBILIZE) or a nominal's light verb ("signed an agreement" is SUPPORT); and the crowds
whose force is rioting."""

from __future__ import annotations

from ..codes import EventType as T
from .entries import _words

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
                   "equipment, generators, ambulances, parcels, rations, kits")

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
    **{(v, o): (T.REJECT, None) for v in ("block", "bar", "prevent", "oppose") for o in _words(  # who would come back
        "return, repatriation, entry, admission, readmission")},
    **{(v, o): (T.COOPERATE, None) for v in ("form", "forge", "build", "strengthen", "cement", "develop")
       for o in _words("ties, alliance, alliances, partnership, partnerships, relationship, links")},
    **{(v, o): (T.REJECT, None) for v in ("resist", "defy", "rebuff", "ignore", "reject") for o in _words(
        "pressure, calls, call, demands, demand, appeals, appeal, requests, request, ultimatum")},
    **{(v, o): (T.SANCTION, "convict") for v in ("give", "hand", "impose") for o in _words(
        "sentence, sentences, term, jail sentence, prison sentence")},
    **{(v, "presence"): (T.MOBILIZE, "troops") for v in ("build", "increase", "expand", "boost", "bolster",
                                                         "reinforce", "step")},
    **{(v, "bounty"): (T.THREATEN, None) for v in ("place", "put", "offer")},
    **{(v, o): (T.RETREAT, "access") for v in ("allow", "let") for o in _words(
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
    **{("drop", o): (T.ASSAULT, "aerial") for o in _words("bomb, bombs, munitions, barrel bombs")},
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
    # demands met or granted, rights and requests granted: "met the strikers' demands"
    **{(v, o): (T.CONCEDE, None) for v in ("meet", "satisfy", "grant", "accept", "heed", "accommodate", "agree")
       for o in _words("demand, demands, request, requests, grievances")},
    **{("grant", o): (T.CONCEDE, None) for o in _words("right, rights, clemency, pardon, pardons, amnesty, "
                                                      "concession, concessions, licence, license, autonomy")},
    # decisions reversed and plans shelved, more of the words news uses for them
    **{(v, o): (T.CONCEDE, None) for v in ("reverse", "rescind", "suspend", "pause", "shelve", "scrap", "drop",
                                           "abandon", "postpone", "freeze", "withdraw", "end")
       for o in _words("overhaul, cut, cuts, rise, rises, subsidy, subsidies, course, move, mandate, requirement, "
                       "veto, programme, program, scheme, project")},
    ("restore", "access"): (T.CONCEDE, None), ("unblock", "access"): (T.CONCEDE, None),
    # access allowed is a material concession (RETREAT, access): "allowed aid workers into Rakhine"
    **{(v, "access"): (T.RETREAT, "access") for v in ("grant", "give", "allow", "provide", "open")},
    ("accept", "resignation"): (T.CONCEDE, None),  # "accepted the government's resignation" after protests
    # ground handed over is a withdrawal from it: "handed over four villages to Azerbaijan"
    **{(v, o): (T.RETREAT, "withdraw") for v in ("hand", "surrender", "return") for o in _words(
        "villages, village, towns, town, territory, territories, positions, position, areas, area, districts, "
        "posts, bases, base, city")},
    **{(v, o): (T.RETREAT, "access") for v in ("allow", "let") for o in _words(
        "workers, agencies, staff, investigators, experts, inspectors, deliveries, supplies, food, fuel, visits, "
        "delegation, team, teams, mission, ambulances, lorries, shipments")},
    # force halted is force conceded: "halted military operations against the rebels"
    **{(v, o): (T.CONCEDE, None) for v in ("halt", "suspend", "pause", "stop", "cease")
       for o in _words("operations, operation, offensive, attacks, strikes, airstrikes, bombing, bombardment, "
                       "fighting, hostilities, assault, activity, activities, advance, shelling")},
    # weapons handed in or laid down are a disarming (the giver's own arms, see ``retype``)
    **{("lay", o): (T.RETREAT, "disarm") for o in _words("arms, weapons")},
    # help of people and refuge: "dispatched medical teams to Syria", "gave refuge to a former president"
    **{(v, o): (T.AID, None) for v in ("send", "dispatch", "fly", "deploy")
       for o in _words("doctors, medics, nurses, surgeons, paramedics, rescuers, firefighters, teams, team")},
    **{(v, o): (T.AID, None) for v in ("dispatch", "extend", "approve", "disburse", "unlock", "lend", "rush")
       for o in _words(MONEY_AND_GOODS + ", credit, credits, bailout, lifeline, package, aid, assistance")},
    **{(v, o): (T.AID, None) for v in ("give", "grant", "provide", "extend")
       for o in _words("refuge, shelter, sanctuary, asylum, protection")},
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
