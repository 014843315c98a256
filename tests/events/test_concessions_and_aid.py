"""Concessions and aid the object or a "with" phrase decides, on sentences written for these tests.

Each row: sentence, then (type, source heads, target heads) of every non-negated candidate.
"""

from __future__ import annotations

import pytest

CASES = [
    # yielding: power handed over, permission granted, a veto dropped, a decision reversed
    ("The junta said it would hand power to a civilian government after elections next year.",
     [("CONCEDE", ["it"], ["government"])]),
    ("The Venezuelan government granted opposition candidates permission to register for the election.",
     [("CONCEDE", ["government"], [])]),
    ("Hungary caved to EU pressure on Thursday.", [("CONCEDE", ["Hungary"], ["EU"])]),
    ("Hungary dropped its veto on the aid package.", [("CONCEDE", ["Hungary"], [])]),
    ("The Tunisian president reversed his decision to dissolve the municipal councils.",
     [("CONCEDE", ["president"], [])]),
    # a withdrawal ordered or decided is promised, not done; one completed is a retreat
    ("The president ordered the withdrawal of all French troops from Niger.",
     [("CONCEDE", ["president"], ["Niger"])]),
    ("The Kenyan government decided to pull its police officers out of Haiti.",
     [("CONCEDE", ["government"], ["Haiti"])]),
    ("Ethiopian troops completed their withdrawal from Mekelle on Friday.", [("RETREAT", ["troops"], ["Mekelle"])]),
    # support ended is support withdrawn
    ("Washington ended its support for the rebel coalition last year.", [("SANCTION", ["Washington"], ["coalition"])]),
    # arms, goods and debt relief given to someone named
    ("Germany handed over two more air defence systems to Ukraine.", [("AID", ["Germany"], ["Ukraine"])]),
    ("The World Bank cancelled Somalia's debt under a relief scheme.", [("AID", ["The World Bank"], ["Somalia"])]),
    ("India shipped 10,000 tonnes of rice to Sri Lanka.", [("AID", ["India"], ["Sri Lanka"])]),
    ("Iran supplied the Houthis with drones and missile parts, a UN panel said.", [("AID", ["Iran"], ["Houthis"])]),
    ("Jordan has taken in more than 600,000 refugees from Syria.", [("AID", ["Jordan"], ["refugees"])]),
    # help that describes a group asserts it; other descriptions do not
    ("The rebels, trained and armed by Turkey, took the town on Sunday.",
     [("AID", ["Turkey"], ["rebels"])]),
    ("The loan, backed by state assets, was signed in Paris.", []),
    # words that only look like concessions, returns, visits or threats
    ("Turkey hosts a large US air base at Incirlik.", []),
    ("The general warned against any hasty withdrawal of troops.", []),
    ("The talks yielded no agreement on prisoners.", []),
    ("Police returned fire after gunmen attacked the checkpoint.", []),
]


@pytest.mark.parametrize(("sentence", "expected"), CASES, ids=[c[0][:40] for c in CASES])
def test_object_decides(rule_heads, sentence, expected):  # type: ignore[no-untyped-def]
    assert rule_heads(sentence) == expected
