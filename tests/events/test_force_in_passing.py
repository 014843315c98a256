"""Force told in passing, coded end to end: who used it, and whom it struck when the sentence says.

Sentences written for these tests. Each row: text, then the (type, source country, target country or
None) of every event coded.
"""

from __future__ import annotations

import pytest

PUBLISHED = "2024-05-15"

CASES = [
    # force by someone named on something the coder cannot place still happened, target unknown
    ("Moscow has been pounding the villages along the river with heavy guns for a week.",
     [("ASSAULT", "RUS", None)]),
    # a toll says whom unplaced force struck: one event, on the dead
    ("Gunmen stormed a bakery in Kaduna at dawn, killing eleven Nigerian traders.",
     [("ASSAULT", "NGA", "NGA")]),
    # when the strike names nothing the coder can code, its toll stands for it
    ("The Sudanese army shelled the warehouse, killing four Sudanese aid workers.", [("ASSAULT", "SDN", "SDN")]),
    # a strike whose toll is told is one event, on the dead, by the side the strike's words name
    ("A Ukrainian missile strike on a depot in Donetsk killed six Russian soldiers.", [("ASSAULT", "UKR", "RUS")]),
    ("A Kenyan airstrike on a camp in Somalia killed twelve al-Shabaab fighters.", [("ASSAULT", "KEN", "SOM")]),
    # force told in passing by a side, whom it struck unsaid
    ("The Sudanese army's offensive has emptied the villages, aid workers said.", [("ASSAULT", "SDN", None)]),
    # the dead of a clash were struck by the side they fought
    ("Two Indian soldiers died in clashes with Chinese troops in Ladakh.", [("ASSAULT", "CHN", "IND")]),
    ("Several Russian mercenaries were killed in clashes with US forces near Deir ez-Zor.",
     [("ASSAULT", "USA", "RUS")]),
    # coming or being under force: the subject suffers it, from whoever it came from
    ("Kharkiv came under attack from Russian drones overnight.", [("ASSAULT", "RUS", "UKR")]),
    ("Some 300,000 Yemenis are under siege in Taiz.", [("COERCE", None, "YEM")]),
    ("The minister came under fire from opposition parties for his decision.", []),
    # force that was only threatened is not coded as done
    ("The Houthis threatened to attack tankers in the Red Sea.", [("THREATEN", "YEM", None)]),
]


def _sides(coded_sides, text):  # type: ignore[no-untyped-def]
    return [(kind, source[0], target[0] if target else None) for kind, source, target in coded_sides(text, PUBLISHED)]


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[c[0][:40] for c in CASES])
def test_force_in_passing(coded_sides, text, expected):  # type: ignore[no-untyped-def]
    assert _sides(coded_sides, text) == expected
