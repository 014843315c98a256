"""Phrasings common in longer news stories, on sentences written for these tests.

Each row: sentence, then (type, source heads, target heads) of every non-negated candidate.
"""

from __future__ import annotations

import pytest

CASES = [
    # "there was" asserts a nominal event; "there is" describes a state
    ("There was a phone call between the Egyptian president and the Jordanian king on Friday.",
     [("CONSULT", ["president", "king"], [])]),
    ("There is a fragile truce between the two militias.", []),
    # an agreement that ended something did not fail
    ("The agreement between the army and the rebels ended a three-year siege of the town.",
     [("AGREE", ["army", "rebels"], [])]),
    ("Talks between the army and the rebels ended without a deal.", []),
    # an attempted attack is an attack; force as a purpose is not
    ("Militants attempted to storm a Nigerian army base in Borno.", [("ASSAULT", ["Militants"], ["Nigerian"])]),
    ("The government armed volunteers to fight the rebels.", []),
    ("The junta used helicopters to attack villages near Kalay.", [("ASSAULT", ["junta"], ["Kalay"])]),
    # siding with, engaging with and informing someone
    ("The Hungarian prime minister sided with the Serbian president.", [("SUPPORT", ["minister"], ["president"])]),
    ("The Turkish government informed Iraq of the operation in advance.", [("CONSULT", ["government"], ["Iraq"])]),
    # a threat names whom it is about; a demand names whose conduct it is about, passive or not
    ("The Iranian president threatened that Israel would pay a heavy price.", [("THREATEN", ["president"], ["Israel"])]),
    ("Egypt demanded that the Ethiopian dam project be halted.", [("REQUEST", ["Egypt"], ["Ethiopian"])]),
    # an unnamed party's request is still a request; a question put to someone is none
    ("The Dutch government is being urged to repatriate the children.", [("REQUEST", [], ["government"])]),
    ("When asked about the strikes, the minister declined to comment.", []),
]


@pytest.mark.parametrize(("sentence", "expected"), CASES, ids=[c[0][:40] for c in CASES])
def test_news_phrasings(rule_heads, sentence, expected):  # type: ignore[no-untyped-def]
    assert rule_heads(sentence) == expected
