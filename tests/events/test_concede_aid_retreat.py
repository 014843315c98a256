"""Concessions, aid, retreats, agreements and consultations in news phrasings, and the background
clauses that carry none, on sentences written for these tests.

Each row: sentence, then (type, source heads, target heads) of every non-negated candidate.
"""

from __future__ import annotations

import pytest

CONCESSIONS = [
    # demands met, requests and rights granted
    ("Bolivia's government met the demands of the truckers' union on Thursday.",
     [("CONCEDE", ["government"], [])]),
    ("The Iranian government agreed to the teachers' demand for higher wages.", [("CONCEDE", ["government"], [])]),
    ("The junta granted the opposition the right to hold rallies.", [("CONCEDE", ["junta"], ["opposition"])]),
    # a veto ended, a cut reversed, an overhaul postponed
    ("Turkey ended its veto on Sweden's membership of NATO.", [("CONCEDE", ["Turkey"], ["Sweden"])]),
    ("Nigeria's president reversed the fuel subsidy cut after a general strike.", [("CONCEDE", ["president"], [])]),
    ("Israel postponed its judicial overhaul after mass protests.", [("CONCEDE", ["Israel"], [])]),
    # the plan given up is the yielder's own, not a target
    ("The Tunisian government backed down on its plan to cut bread subsidies.", [("CONCEDE", ["government"], [])]),
    # what is ceded is the object; who receives it is the target
    ("Armenia ceded four villages to Azerbaijan in April.", [("CONCEDE", ["Armenia"], ["Azerbaijan"])]),
    # an apology, to someone or to no one named
    ("The Japanese prime minister apologised for the wartime abuses.", [("CONCEDE", ["minister"], [])]),
    ("Germany apologised to Namibia for the colonial-era genocide.", [("CONCEDE", ["Germany"], ["Namibia"])]),
    ("The Australian government issued a formal apology to Indigenous Australians.",
     [("CONCEDE", ["government"], ["Indigenous Australians"])]),
    # force halted
    ("The army halted military operations against the rebel faction on Monday.",
     [("CONCEDE", ["army"], ["faction"])]),
    ("The government announced a temporary halt to military operations against the rebels.",
     [("CONCEDE", ["government"], ["rebels"])]),
    # a release is not a pardon beside it; a key demand met by a withdrawal is that withdrawal
    ("Belarus pardoned and freed 18 political prisoners on Wednesday.", [("RETREAT", ["Belarus"], ["prisoners"])]),
    ("Georgia's government withdrew the bill on Friday, meeting a key demand of the protesters.",
     [("CONCEDE", ["government"], [])]),
]

ACCESS_AND_RETREAT = [
    ("Myanmar's junta allowed aid workers into Rakhine state after the cyclone.", [("RETREAT", ["junta"], ["workers"])]),
    # those let in are the target when they are named, not the place they enter
    ("Israel allowed UN inspectors into the Gaza hospital on Wednesday.", [("RETREAT", ["Israel"], ["UN"])]),
    ("Israel gave aid agencies access to the north.", [("RETREAT", ["Israel"], ["agencies"])]),
    # fighters handing in their own weapons disarm; a state handing over its tanks gives aid
    ("Hundreds of FARC fighters handed over their weapons to UN monitors.",
     [("RETREAT", ["fighters"], ["UN"])]),
    ("Germany handed over its old air defence systems to Ukraine.", [("AID", ["Germany"], ["Ukraine"])]),
    # ground handed over is a withdrawal to whom it is handed, not from where it lies
    ("Armenian forces handed over four villages in the Tavush region to Azerbaijan.",
     [("RETREAT", ["forces"], ["Azerbaijan"])]),
    # troops leave places, not organisations, even when the place reads as a name
    ("Russian peacekeepers completed their withdrawal from Nagorno-Karabakh.",
     [("RETREAT", ["Russian"], ["Nagorno-Karabakh"])]),
    # access named as the purpose of a concession is not a second event
    ("Israel loosened its blockade of the Gaza Strip to allow more aid trucks in.",
     [("CONCEDE", ["Israel"], ["the Gaza Strip"])]),
]

AID = [
    ("Turkey dispatched medical teams to earthquake-hit Syria.", [("AID", ["Turkey"], ["Syria"])]),
    ("Brazil gave refuge to a former Peruvian president.", [("AID", ["Brazil"], ["president"])]),
    ("China extended a $2 billion credit line to Sri Lanka.", [("AID", ["China"], ["Sri Lanka"])]),
    ("The African Development Bank lent Ghana $500 million.", [("AID", ["The African Development Bank"], ["Ghana"])]),
    ("Saudi Arabia gave Yemen's government $1.2 billion to shore up its currency.",
     [("AID", ["Saudi Arabia"], ["government"])]),
    ("India rushed 40,000 tonnes of fuel to Sri Lanka.", [("AID", ["India"], ["Sri Lanka"])]),
    ("Jordanian planes dropped food parcels over northern Gaza on Tuesday.", [("AID", ["Jordanian"], ["Gaza"])]),
    # the recipient named only in what the aid is for; that purpose is no second event
    ("Japan provided 200 million dollars to help rebuild Ukraine's power grid.", [("AID", ["Japan"], ["Ukraine"])]),
    ("The World Bank approved a grant to support Ukraine's budget.", [("AID", ["The World Bank"], ["Ukraine"])]),
    # aid named only as a purpose has not been given
    ("The minister said he would not risk soldiers' lives to rescue the fighters' children.", []),
]

CONSULT_AND_AGREE = [
    ("Macron called Putin on Sunday to discuss the nuclear plant.", [("CONSULT", ["Macron"], ["Putin"])]),
    # a promise to allow access is one promised concession, not an access of its own beside it
    ("The army and the rebels committed in Jeddah to protect civilians and allow humanitarian access.",
     [("CONCEDE", ["army", "rebels"], [])]),
]

BACKGROUND = [
    # habits and tallies
    ("Washington has long provided military aid to Israel.", []),
    ("Egypt has mediated between Israel and Palestinian factions for decades.", []),
    ("The United States has provided Ukraine with more than $60 billion in military aid since 2022.", []),
    # open questions, conditions that are the point, wishes about someone else
    ("Whether the junta will lift the curfew remains unclear.", []),
    ("Israel would allow more aid into Gaza only if Hamas freed the hostages, officials said.", []),
    ("The opposition wants the government to lift the ban on rallies.", []),
    # plans, doubts, tallies over a span, and force that pauses
    ("The government plans to ease restrictions on foreign investment next year.", []),
    ("Analysts doubt that Moscow will ever withdraw from the occupied territories.", []),
    ("Several ministers have resigned over the past year.", []),
    ("Russia has supplied India with weapons for decades.", []),
    ("Israel has long shelled villages across the border.", []),  # an adverb of habit holds for force too
    # a war fought for years is still news of that war
    ("The rebels, who have fought the Ethiopian army for two years, seized the town.",
     [("ASSAULT", ("ETH", "REB")), ("ASSAULT", ("ETH", "REB"))]),
    ("Israel's army announced a daily pause in fighting along a road in southern Gaza.",
     [("CONCEDE", ("ISR", "MIL"))]),  # the pause is a concession; the fighting paused is no assault
    # a deadline given for a withdrawal is a demand, not the withdrawal
    ("The army gave the militia 24 hours to leave the city or face an assault.", []),
    # a deed committed, an offer another rejected
    ("Investigators said the militia committed war crimes in the region.", []),
    ("Venezuela's government rejected an offer by Brazil and Colombia to mediate.",
     [("REJECT", ("VEN", "GOV")), ("REJECT", ("VEN", "GOV"))]),
    # words that only look like concessions or aid
    ("The government did not lift the curfew despite the protests.", []),
    ("Critics called the apology too little, too late.", []),
    ("Efforts to secure the release of the journalist have stalled.", []),
]


PROMISES = [
    # a promise that names no one else and no joint act is a concession to the promiser's own public
    ("Niger's military rulers pledged to hold elections within three years.", [("CONCEDE", ["Niger"], [])]),
    ("The Yemeni government offered to reopen roads into the city.", [("CONCEDE", ["government"], [])]),
    # ... but not one made with others or about a nation's goods
    ("South Korea, Japan and China pledged to restart talks on a free trade agreement.",
     [("AGREE", ["South Korea", "Japan", "China"], [])]),
    ("China promised to buy more American farm goods.", [("AGREE", ["China"], [])]),
    # a release one side promises is a concession; one agreed in a deal is an agreement
    ("The junta promised to release all political detainees.", [("CONCEDE", ["junta"], ["detainees"])]),
    ("Iran agreed to release two European prisoners in exchange for a diplomat.",
     [("AGREE", ["Iran"], ["prisoners"])]),
    # someone else's act in the content is no promise of the inviter's
    ("Vucic invited Xi to return to Belgrade next year.", [("AGREE", ["Vucic"], ["Xi"])]),
    ("Kazakhstan's president accepted the government's resignation.", [("CONCEDE", ["president"], [])]),
]

AGREEMENTS = [
    # two parties agreeing agree with each other, not with where they met
    ("Colombia's government and the rebels agreed to a ceasefire at talks in Havana.",
     [("AGREE", ["government", "rebels"], [])]),
    # agreeing to cooperate is the cooperation
    ("Finland and Norway agreed to share intelligence on Russian military activity.",
     [("COOPERATE", ["Finland", "Norway"], [])]),
    # delegates of a named bloc meet among themselves; a cabinet meeting at home is no consultation
    ("Foreign ministers of the Arab League met in Cairo to discuss the crisis.", [("CONSULT", ["ministers"], [])]),
    ("Ecowas defence chiefs convened in Accra on Thursday.", [("CONSULT", ["chiefs"], [])]),
    ("Israeli ministers met overnight to discuss the proposal.", []),
    # the invited are the target; the place they are invited to is not
    ("Putin invited Modi to Moscow for a two-day summit.", [("AGREE", ["Putin"], ["Modi"])]),
]

WILLINGNESS = [
    # a stated willingness is an agreement with whoever the offer names
    ("The Taliban said they were willing to meet US officials in Doha.", [("AGREE", ["they"], ["officials"])]),
    ("The Kremlin said Putin was open to meeting Trump next month.", [("AGREE", ["Putin"], ["Trump"])]),
    ("Egypt expressed readiness to send troops to a peacekeeping mission in Somalia.",
     [("AGREE", ["Egypt"], ["Somalia"])]),
    # offered force is a threat; no one willing, or a willingness to harm, is no agreement
    ("Hezbollah said it was ready to fight Israel.", [("THREATEN", ["it"], ["Israel"])]),
    ("No government is willing to take the children back.", []),
    ("The United States is now prepared to abandon its friends.", []),
    ("The army began an offensive against the rebels, a battle many officers were eager to prosecute.",
     [("ASSAULT", ["army"], ["rebels"])]),
    ("Iran is not ready to resume talks with Washington.", []),
]

CASES = CONCESSIONS + ACCESS_AND_RETREAT + AID + CONSULT_AND_AGREE + PROMISES + AGREEMENTS + WILLINGNESS


@pytest.mark.parametrize(("sentence", "expected"), CASES, ids=[c[0][:40] for c in CASES])
def test_type_and_heads(rule_heads, sentence, expected):  # type: ignore[no-untyped-def]
    assert rule_heads(sentence) == expected


@pytest.mark.parametrize(("sentence", "expected"), BACKGROUND, ids=[c[0][:40] for c in BACKGROUND])
def test_background_codes_no_event(coded_sides, sentence, expected):  # type: ignore[no-untyped-def]
    """Only the events listed (type, source side) are coded: none of the background ones."""
    assert [(t, source) for t, source, _ in coded_sides(sentence, "2024-03-20")] == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    # a concession in a region of the conceding state is made to its own people
    ("Ethiopia restored internet access in the Tigray region after two years.",
     [("CONCEDE", ("ETH", "GOV"), ("ETH", "CVL"))]),
    ("Germany apologised to Namibia for the colonial-era genocide.", [("CONCEDE", ("DEU", "GOV"), ("NAM", "GOV"))]),
    # two sides declaring a truce concede to each other, not each to its public
    ("The Colombian government and the ELN rebels declared a bilateral ceasefire.",
     [("CONCEDE", ("COL", "GOV"), ("COL", "REB"))]),
    ("Myanmar's junta allowed UN aid workers into the country.", [("RETREAT", ("MMR", "MIL"), ("UNO", "IGO"))]),
])
def test_coded_sides(coded_sides, sentence, expected):  # type: ignore[no-untyped-def]
    assert coded_sides(sentence, "2024-03-20") == expected


def test_a_meeting_of_many_pairs_each_with_the_first_named(coded_sides):  # type: ignore[no-untyped-def]
    """Four or more at one table: each with the first named; three: every pair."""
    many = coded_sides("Foreign ministers of France, Germany, Italy and Spain met in Rome on Monday.", "2024-03-20")
    assert [(t, s[0], g[0]) for t, s, g in many] == [
        ("CONSULT", "FRA", "DEU"), ("CONSULT", "FRA", "ITA"), ("CONSULT", "FRA", "ESP")]
    three = coded_sides("The leaders of Egypt, Jordan and Qatar met in Cairo on Monday.", "2024-03-20")
    assert [(s[0], g[0]) for _, s, g in three] == [("EGY", "JOR"), ("EGY", "QAT"), ("JOR", "QAT")]
