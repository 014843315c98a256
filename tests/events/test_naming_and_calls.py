"""Calling someone something is a judgement, not a phone call; "on Sunday" makes no "call on".

Sentences written for these tests. Each row: sentence, then (type, source heads, target heads) of
every non-negated candidate.
"""

from __future__ import annotations

import pytest

CASES = [
    ("The Iranian president called Netanyahu a war criminal.", [("ACCUSE", ["president"], ["Netanyahu"])]),
    ("The Kenyan president called Ethiopia a brother and a partner.", [("SUPPORT", ["president"], ["Ethiopia"])]),
    ("Residents of the camp call the newcomers the northerners.", []),
    ("The French president called the Moroccan king on Sunday.", [("CONSULT", ["president"], ["king"])]),
    ("The French president called on the Moroccan king to release the journalists.",
     [("REQUEST", ["president"], ["king"])]),
]


@pytest.mark.parametrize(("sentence", "expected"), CASES, ids=[c[0][:40] for c in CASES])
def test_naming_and_calls(rule_heads, sentence, expected):  # type: ignore[no-untyped-def]
    assert rule_heads(sentence) == expected
