"""Events named by nouns of every type: who did them and to whom, read off the noun's own phrase, its
light verb, a continuing verb, or the clause that states its content. Sentences written for these tests."""

from __future__ import annotations

import pytest

HEADS = [
    # a fight that goes on names the side fought on the continuing verb
    ("Fighting resumed on Sunday with Houthi rebels near the port.", [("ASSAULT", [], ["rebels"])]),
    # a light verb lends its subject; the content clause names whom an accusation or demand is about
    ("Pakistan raised accusations that India was sheltering militants.", [("ACCUSE", ["Pakistan"], ["India"])]),
    # a bare "operation" is force only when aimed at someone
    ("Turkey launched an operation against Kurdish militias.", [("ASSAULT", ["Turkey"], ["militias"])]),
    ("Moscow praised the army's operation in the north.", [("SUPPORT", ["Moscow"], ["army"])]),
    ("The rescue operation ended at dawn.", []),
    # attempted force is force at its target
    ("Rebel officers staged a coup attempt against President Kiir.", [("ASSAULT", ["officers"], ["Kiir"])]),
    # force whose purpose is to remove someone is waged on them; a campaign of another kind is not force
    ("The army launched an offensive to drive the rebels out of Goma.", [("ASSAULT", ["army"], ["rebels"])]),
    ("Nigeria and Chad waged a campaign to uproot Boko Haram.", [("ASSAULT", ["Nigeria", "Chad"], ["Boko Haram"])]),
    ("Volunteers began a campaign to clear the streets of litter.", []),
    # the "by" phrase of a light participle is the agent, its aim the target; a go-between is neither
    ("The sanctions imposed by the EU on Belarus have hurt exporters.", [("SANCTION", ["EU"], ["Belarus"])]),
    ("The aid sent by Japan to Turkey arrived on Monday.", [("AID", ["Japan"], ["Turkey"])]),
    ("The truce brokered by Qatar held for a week.", []),
    # a response with a noun event is that event by the one who responded
    ("China retaliated with sanctions against Lithuanian officials.", [("SANCTION", ["China"], ["officials"])]),
    ("Russia responded with threats against Finland.", [("THREATEN", ["Russia"], ["Finland"])]),
    ("The minister reacted with dismay to the verdict.", []),
    # an attempt at force is force at its target, by whoever attempted it; an attempt at talks is no force
    ("The governor survived an attempt by Shabaab gunmen to assassinate him.",
     [("ASSAULT", ["gunmen"], ["governor"])]),
    ("The army's bid to storm the rebel stronghold of Marib was repelled.", [("ASSAULT", ["army"], ["Marib"])]),
    ("Ministers made an effort to meet the unions.", []),
    # a noun in apposition restates its head and shares its agent; a plan restated is still only planned
    ("Modi's first stop, a visit to Japan on Monday, drew crowds.", [("CONSULT", ["Modi"], ["Japan"])]),
    ("Turkey's new plan, an offensive against the YPG, worried Washington.", []),
    # "no X of" says the event is not there
    ("Turkey has given the rebels no promises of support.", []),
    ("There was no sign of talks between Serbia and Kosovo.", []),
    ("Turkey has given the rebels promises of support.", [("SUPPORT", ["Turkey"], ["rebels"])]),
    # a killing, execution or torture of someone named, by someone named
    ("The murder of the activist by police officers sparked protests.", [("ASSAULT", ["officers"], ["activist"])]),
    ("Iran's execution of two protesters shocked Europe.", [("ASSAULT", ["Iran"], ["protesters"])]),
    ("The killing of the journalist remains unsolved.", []),
    # "at the hands of" names the agent; the subject of "suffer" bore the event
    ("Yazidis suffered persecution at the hands of the militants.", [("COERCE", ["militants"], ["Yazidis"])]),
    # a capital as a modifier says where it happened, not who acted
    ("The Nairobi attack left dozens dead.", []),
    ("The Moscow talks ended without a deal.", []),
    ("The Ethiopian attack left dozens dead.", [("ASSAULT", ["Ethiopian"], [])]),
    ("The Kharkiv attack left dozens dead.", []),
]


@pytest.mark.parametrize(("sentence", "expected"), HEADS, ids=[c[0][:40] for c in HEADS])
def test_noun_event_heads(rule_heads, sentence, expected):  # type: ignore[no-untyped-def]
    assert rule_heads(sentence) == expected


def test_a_capital_modifier_is_not_its_government(coded_sides):  # type: ignore[no-untyped-def]
    sides = coded_sides("Gunmen stormed a hotel in Kabul on Friday. The Kabul attack killed 18 guests.", "2021-05-03")
    assert sides, "the attack is coded"
    assert all(source != ("AFG", "GOV") for _, source, _ in sides)


def test_content_clause_names_the_accused_country(coded_sides):  # type: ignore[no-untyped-def]
    sides = coded_sides("Greece made accusations that Turkey had violated its airspace.", "2020-08-10")
    assert ("ACCUSE", ("GRC", "GOV"), ("TUR", "GOV")) in sides
