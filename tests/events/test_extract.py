"""The parse rules of the events stage, on sentences written for these tests.

Each row: sentence, then the expected (type, source head words, target head words) of every
non-negated candidate. Heads are the words the rules picked; resolving them to actors is the
actors stage's job and is tested there.
"""

from __future__ import annotations

import pytest

from dragoman.events.extract import extract_sentence

CASES = [
    # plain transitive verbs, passives and nominals
    ("Russian forces shelled Kharkiv on Thursday.", [("ASSAULT", ["forces"], ["Kharkiv"])]),
    ("Kharkiv was shelled by Russian forces on Thursday.", [("ASSAULT", ["forces"], ["Kharkiv"])]),
    ("Israeli aircraft bombed a camp in Rafah on Sunday.", [("ASSAULT", ["aircraft"], ["Rafah"])]),
    ("A Russian missile hit a hospital in Kyiv.", [("ASSAULT", ["missile"], ["Kyiv"])]),
    ("Pakistan's army launched airstrikes on Taliban positions.", [("ASSAULT", ["army"], ["Taliban"])]),
    ("Egypt's president met the Jordanian king in Cairo.", [("CONSULT", ["president"], ["king"])]),
    ("The European Union imposed new sanctions on Belarus.", [("SANCTION", ["The European Union"], ["Belarus"])]),
    ("Police arrested dozens of opposition supporters in Tbilisi.", [("COERCE", ["Police"], ["opposition"])]),
    ("Germany sent 30 tonnes of medical supplies to Lebanon.", [("AID", ["Germany"], ["Lebanon"])]),
    # coordination
    ("Macron and Scholz discussed energy prices in Berlin.", [("CONSULT", ["Macron", "Scholz"], [])]),
    ("Jordanian and Egyptian aircraft airdropped food into Gaza.", [("AID", ["Jordanian", "Egyptian"], ["Gaza"])]),
    # negation, failure, refusal, questions, hypotheticals
    ("Russia did not attack the convoy, the ministry said.", []),
    ("Talks between Armenia and Azerbaijan failed on Monday.", []),
    ("Iran refused to meet American envoys in Oman.", [("REJECT", ["Iran"], ["envoys"])]),
    ("North Korea said it would not return to talks with Washington.", [("REJECT", ["it"], ["Washington"])]),
    ("Could China invade Taiwan next year?", []),
    ("Russia could attack Finland within a decade.", []),
    # threats, promises and demands fold their content into the speech act
    ("Hezbollah threatened to strike Haifa if Israel bombed Beirut.", [("THREATEN", ["Hezbollah"], ["Israel"])]),
    ("Japan promised to help Ukraine rebuild its power grid.", [("AGREE", ["Japan"], ["Ukraine"])]),
    ("Kenya's president urged Ethiopia to withdraw its troops.", [("REQUEST", ["president"], ["Ethiopia"])]),
    ("The Georgian government promised to ease restrictions on NGOs.", [("CONCEDE", ["government"], ["NGOs"])]),
    # reported speech
    ("The governor said Russian drones hit Odesa overnight.", [("ASSAULT", ["drones"], ["Odesa"])]),
    ("“Washington has to restrain Israel,” the Iranian minister said.",
     [("REQUEST", ["minister"], ["Washington"])]),
    # objects that change the event type
    ("Niger withdrew its ambassador from France.", [("SANCTION", ["Niger"], ["France"])]),
    ("Mali announced its withdrawal from ECOWAS.", [("SANCTION", ["Mali"], ["ECOWAS"])]),
    ("Israel pulled its troops out of Khan Younis.", [("RETREAT", ["Israel"], ["Khan Younis"])]),
    ("Poland and Ukraine signed a security agreement in Warsaw.", [("SUPPORT", ["Poland", "Ukraine"], [])]),
    ("Protesters stormed the parliament in Nairobi.", [("PROTEST", ["Protesters"], ["parliament"])]),
    # force named with its agent and target is an event wherever the noun stands
    ("Kurdish leaders condemned the Turkish assault on Afrin.",
     [("ACCUSE", ["leaders"], ["Turkish"]), ("ASSAULT", ["Turkish"], ["Afrin"])]),
    # a judgement in reported speech is of the one whose act is judged
    ("The Spanish minister said Morocco's decision was unacceptable.", [("ACCUSE", ["minister"], ["Morocco"])]),
    # a warning about what may happen, aimed at no one, is no threat; a warning of one's own force is
    ("Aid agencies warned that a new offensive could cause a humanitarian catastrophe.", []),
    ("Relief groups warned of the risk that thousands could starve.", []),
    ("Pyongyang warned that it would strike back at any provocation.", [("THREATEN", ["Pyongyang"], [])]),
    # a passive happening with no agent named is an event by someone unidentified; a passive state is none
    ("Two Turkish soldiers were killed in northern Iraq on Sunday.", [("ASSAULT", [], ["soldiers"])]),
    ("Iran's drone exports are banned under the resolution.", []),
    # implicit subjects: a relative clause on a name, a gerund after "before"/"after"; not "accused X of ..."
    ("Erdogan, who had urged Trump to withdraw, welcomed the decision.", [("REQUEST", ["Erdogan"], ["Trump"])]),
    ("A senior diplomat who asked not to be named said the talks had stalled.", []),
    ("After cutting ties with Taiwan, Honduras opened an embassy in Beijing.",
     [("SANCTION", ["Honduras"], ["Taiwan"])]),
    ("Kyiv accused Moscow of deporting children from occupied areas.", [("ACCUSE", ["Kyiv"], ["Moscow"])]),
    # telling someone to act is a demand; complaining to someone is an accusation; training forces is aid
    ("Erdogan told the US to get out of the way.", [("REQUEST", ["Erdogan"], ["US"])]),
    ("The minister told reporters that the talks would resume.", []),
    ("Britain's ambassador complained to Russia about the attack.", [("ACCUSE", ["ambassador"], ["Russia"])]),
    ("Turkey trained the rebels in camps near the border.", [("AID", ["Turkey"], ["rebels"])]),
    # no event: questions with "whether", possibilities, refusing to comment, denials, states
    ("Whether Hungary will approve Finland's bid is unclear, diplomats said.", []),
    ("Brussels may consider lifting some tariffs on Chinese cars.", []),
    ("The minister declined to comment on the talks with Iran.", []),
    ("The army denied shelling the refugee camp near Goma.", []),
    ("Iraq's ban on the group has been in force since 2019.", []),
    ("Norway shares a long border with Russia in the Arctic.", []),
    ("The militia is backed by Iran.", []),
    ("Villagers said they were tired of the war.", []),
    # but denying someone something, and sharing intelligence, are events
    ("Israel denied entry to two American lawmakers.", [("REJECT", ["Israel"], ["lawmakers"])]),
    ("Jordan shared intelligence with Egypt about the smuggling network.", [("COOPERATE", ["Jordan"], ["Egypt"])]),
    # money and relief goods given are aid; evacuating people is aid; recruiting fighters mobilizes
    ("Kuwait gave 20 million dollars to the Lebanese army.", [("AID", ["Kuwait"], ["army"])]),
    ("Algeria shipped fuel to Lebanon on Sunday.", [("AID", ["Algeria"], ["Lebanon"])]),
    ("Japan provided 50 million dollars for the reconstruction.", []),
    ("Italy evacuated its citizens from Sudan by plane.", [("AID", ["Italy"], ["its"])]),
    ("The militia recruited hundreds of fighters across the border.", [("MOBILIZE", ["militia"], [])]),
    ("The embassy recruited a new press officer.", []),
    ("Kenya and Uganda held a joint army exercise near the border.", [("COOPERATE", ["Kenya", "Uganda"], [])]),
    # resuming trade is cooperation; restoring licences and giving up powers are concessions
    ("Brazil and Argentina resumed trade in natural gas.", [("COOPERATE", ["Brazil", "Argentina"], [])]),
    ("Turkey resumed flights to Iraq.", [("COOPERATE", ["Turkey"], ["Iraq"])]),
    ("The junta restored the licences of two radio stations.", [("CONCEDE", ["junta"], [])]),
    # the pair that met is not its own target
    ("Macron and Scholz met in Paris, their third meeting this year.", [("CONSULT", ["Macron", "Scholz"], [])]),
    # the object decides: recalling envoys, closing borders, shutting outlets, dissolving parties; demolition
    ("Bolivia recalled its ambassador from Israel.", [("SANCTION", ["Bolivia"], ["Israel"])]),
    ("Algeria closed its airspace to Moroccan planes.", [("COERCE", ["Algeria"], ["its", "Moroccan"])]),
    ("Police shut down the newspaper's offices in Minsk.", [("COERCE", ["Police"], ["Minsk"])]),
    ("A court dissolved the main opposition party.", [("COERCE", ["court"], ["party"])]),
    ("Troops demolished homes in the camp near Jenin.", [("ASSAULT", ["Troops"], ["Jenin"])]),
    # weapons used against someone, villages burned, people gunned down; farmers blocking a road protest
    ("Government forces used barrel bombs against the rebels.", [("ASSAULT", ["forces"], ["rebels"])]),
    ("Gunmen gunned down three police officers in Kano.", [("ASSAULT", ["Gunmen"], ["officers"])]),
    ("Farmers blocked the main road to the capital.", [("PROTEST", ["Farmers"], [])]),
    # a running toll is no event; an attack's place is not its agent; refusing to deny rejects no one
    ("More than 300,000 people have been killed since the war began in 2011.", []),
    ("Two soldiers have been killed in an attack in Kidal.", [("ASSAULT", [], ["soldiers"])]),
    ("The commander refused to deny that his men had fired first.", []),
    # missiles fired into the sea are a weapons test; welcoming a guest to a place is hosting him
    ("North Korea fired three ballistic missiles into the sea.", [("MOBILIZE", ["North Korea"], [])]),
    ("Houthi rebels fired a missile at a British tanker in the Gulf of Aden.",
     [("ASSAULT", ["rebels"], ["British"])]),
    ("Erdogan welcomed Macron to Ankara on Friday.", [("CONSULT", ["Erdogan"], ["Macron"])]),
    # a prison term is a conviction; an attack noun with no agent kills by an unidentified hand
    ("A court in Minsk jailed the opposition leader for eleven years.", [("SANCTION", ["court"], ["leader"])]),
    ("A car bomb killed twelve soldiers near Mogadishu on Sunday.", [("ASSAULT", [], ["soldiers"])]),
    # background is not an event
    ("Turkey does not consider Hamas a terrorist organisation.", []),
    ("The ceasefire between Israel and Hamas is fragile.", []),
]


def _summary(candidate):  # type: ignore[no-untyped-def]
    return (
        candidate.event_type,
        [m.head.text for m in candidate.sources],
        [m.head.text for m in candidate.targets],
    )


@pytest.mark.parametrize(("sentence", "expected"), CASES, ids=[c[0][:40] for c in CASES])
def test_rules_on_sentence(spacy_nlp, sentence, expected):  # type: ignore[no-untyped-def]
    doc = spacy_nlp(sentence)
    found = []
    for index, sent in enumerate(doc.sents):
        found += [_summary(c) for c in extract_sentence(sent, index) if not c.negated]
    assert found == expected


def test_negated_candidates_are_kept_and_flagged(spacy_nlp):  # type: ignore[no-untyped-def]
    doc = spacy_nlp("Russia did not attack the convoy.")
    candidates = extract_sentence(next(doc.sents), 0)
    assert [c.event_type for c in candidates] == ["ASSAULT"]
    assert candidates[0].negated


def test_trigger_offsets_point_into_the_text(spacy_nlp):  # type: ignore[no-untyped-def]
    text = "After the vote, Serbia expelled two Croatian diplomats."
    candidate = extract_sentence(next(spacy_nlp(text).sents), 0)[0]
    assert text[candidate.trigger.start : candidate.trigger.end] == candidate.trigger.text == "expelled"
