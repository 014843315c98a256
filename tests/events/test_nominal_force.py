"""Force named by a noun: who used it, whom it struck, and when the noun is only a manner or a mention.

Sentences written for these tests. Each row: sentence, then (type, source heads, target heads,
unidentified source?) of every non-negated candidate.
"""

from __future__ import annotations

import pytest

from dragoman.events.extract import extract_sentence

CASES = [
    # a named agent makes "in X's assault" force, not a manner phrase
    ("The brigade played a key role in Ethiopia's assault on the Tigrayan town of Adigrat.",
     [("ASSAULT", ["Ethiopia"], ["Tigrayan"], False)]),
    ("The ceasefire brought a pause in its offensive near Kherson.", []),
    ("Farmers began a hunger strike in protest against the new tax.", [("PROTEST", ["Farmers"], [], False)]),
    # a common noun can name the agent: "a government assault", "an army offensive"
    ("Thousands of families fled a government assault on Marib.", [("ASSAULT", ["government"], ["Marib"], False)]),
    # the dead of an attack are its target; with no agent it is by someone unidentified
    ("Two Malian soldiers died in a French airstrike near Gao.", [("ASSAULT", ["French"], ["soldiers"], False)]),
    ("Villagers were suffocated by Tuesday's gas attack on the market.", [("ASSAULT", [], ["Villagers"], True)]),
    ("Witnesses said the shelling of villages near Kadugli continued overnight.",
     [("ASSAULT", [], ["Kadugli"], True)]),
    ("Rebels threatened to retaliate if strikes on their towns continued.", [("THREATEN", ["Rebels"], [], False)]),
    # a day is no agent
    ("Monday's drone attack by the militia was carried out in Goma.", [("ASSAULT", ["militia"], ["Goma"], False)]),
    # a war, fight or campaign against someone named, led or waged by someone named
    ("Nigeria's army has waged a long campaign against Boko Haram.", [("ASSAULT", ["army"], ["Boko Haram"], False)]),
    ("The war on drugs has filled the country's prisons.", []),
    ("Clashes between the army and the rebels left nine dead in Sirte.",
     [("ASSAULT", ["army", "rebels"], [], False)]),
    # an attack noun whose parties are named is not by someone unidentified
    ("Clashes between the army and the rebels killed nine people in Sirte.",
     [("ASSAULT", ["army", "rebels"], [], False), ("ASSAULT", ["army", "rebels"], ["Sirte"], False)]),
    # force named as the purpose of a light verb has not happened; a nominal a clause mentions has
    ("Volunteers arrived to launch an offensive against the militia.", []),
    # force told in passing by a side it names: who led it, whom it drove out, with its target unsaid
    ("The town emptied after weeks of Saudi-led airstrikes.", [("ASSAULT", ["Saudi"], [], False)]),
    ("Thousands of families have been driven from their homes by Ethiopian and Eritrean shelling.",
     [("ASSAULT", ["Ethiopian", "Eritrean"], ["families"], False)]),
    ("The Sudanese incursion into Chad has displaced thousands.", [("ASSAULT", ["Sudanese"], ["Chad"], False)]),
    ("Observers recalled Moscow's armed intervention in 2015.", [("ASSAULT", ["Moscow"], [], False)]),
    ("The Israeli bombardment was the heaviest of the war.", [("ASSAULT", ["Israeli"], [], False)]),
    # but not force that is feared, escaped, supposed, still to come, or only words
    ("Aid groups fear a Rwandan offensive on Goma.", []),
    ("The capital was spared a rebel assault last winter.", []),
    ("An Israeli bombardment would be a disaster.", []),
    ("The army will open a bombardment followed by a ground assault by allied militias.", []),
    ("The minister's verbal assault on the judges was widely reported.", []),
    ("He was angered by attacks on churches.", []),
    ("Veterans gathered for the tenth anniversary of the American invasion.", []),
    # force that is the agent of a killing is that killing, not a second event
    ("Kenyan drone strikes killed four al-Shabaab fighters.", [("ASSAULT", ["Kenyan"], ["fighters"], False)]),
    # a weapon going off that no one is said to have used is force by someone unidentified
    ("The booby-trap detonated, killing two Iraqi soldiers.", [("ASSAULT", [], ["soldiers"], True)]),
    ("A landmine exploded under the truck, killing three Malian soldiers.", [("ASSAULT", [], ["soldiers"], True)]),
    ("The bomb was defused before it could kill anyone.", []),
    # a participle can say who carried force out ("launched by", "orchestrated by"), a go-between is no agent
    ("Residents fled the offensive launched by Ethiopian troops against Mekelle.",
     [("ASSAULT", ["troops"], ["Mekelle"], False)]),
    ("Villagers described a gas attack, orchestrated by the regime, that left children dead.",
     [("ASSAULT", ["regime"], [], False)]),
    # an attack by anyone but a state or armed force may be words: it needs whom it was aimed at
    ("The senator's attack drew a sharp reply.", []),
    # using a weapon that is force in itself is an attack
    ("The regime's use of barrel bombs on Aleppo drew condemnation.",
     [("ASSAULT", ["regime"], ["Aleppo"], False), ("ACCUSE", [], ["regime"], True)]),
    ("Inspectors found no evidence of the use of chemical weapons by Syrian forces.", []),
    # force that a modal only supposes
    ("Israeli strikes on Iran could trigger a regional war.", []),
]


def _summary(candidate):  # type: ignore[no-untyped-def]
    return (
        candidate.event_type,
        [m.head.text for m in candidate.sources],
        [m.head.text for m in candidate.targets],
        candidate.agentless,
    )


@pytest.mark.parametrize(("sentence", "expected"), CASES, ids=[c[0][:40] for c in CASES])
def test_nominal_force(spacy_nlp, sentence, expected):  # type: ignore[no-untyped-def]
    doc = spacy_nlp(sentence)
    found = []
    for index, sent in enumerate(doc.sents):
        found += [_summary(c) for c in extract_sentence(sent, index) if not c.negated]
    assert found == expected
