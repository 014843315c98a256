"""Datelines: the place (and often agency and date) that opens a news story.

Recognised forms, at the start of a paragraph:

- capitals then a dash or colon: "ANKARA —", "GAZA CITY -", "LONDON:", "KYIV, Ukraine (AP) —",
  "BEIRUT, Lebanon, May 3 (AFP) --";
- a place in ordinary case, followed by an agency in brackets: "Washington, May 3 (Reuters) -",
  "Ankara, 15 May (AFP) –". Without the agency, "Turkey - ..." is too often ordinary prose.

The place is returned in readable case ("GAZA CITY" -> "Gaza City"), with the region when one
is given ("Kyiv, Ukraine"), so that a place lookup can use it to tell places apart.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .dates import MONTH_PATTERN

_CAPS_WORD = r"[A-Z][A-Z.'’\-]*[A-Z.]"
_CAPS_PLACE = rf"{_CAPS_WORD}(?:\s+{_CAPS_WORD}){{0,3}}"
_NAME_WORD = r"[A-Z][a-z.'’\-]+"
_NAME_PLACE = rf"{_NAME_WORD}(?:\s+{_NAME_WORD}){{0,2}}"
_REGION = r"[A-Z][A-Za-z.'’\-]+(?:\s+[A-Z][A-Za-z.'’\-]+){0,2}"
_DATE = rf"(?i:{MONTH_PATTERN}\s+\d{{1,2}}|\d{{1,2}}\s+{MONTH_PATTERN})"
_AGENCY = r"\((?:[A-Z][A-Za-z&.\- ]{1,24})\)"
_DASH = r"(?:\s*(?:—|–|--)\s*|\s+-\s+|:\s+)"

_CAPS_DATELINE = re.compile(
    rf"^(?P<place>{_CAPS_PLACE})(?:,\s*(?P<region>{_REGION}))?(?:,\s*(?P<date>{_DATE}))?"
    rf"\s*(?P<agency>{_AGENCY})?{_DASH}"
)
_NAME_DATELINE = re.compile(
    rf"^(?P<place>{_NAME_PLACE})(?:,\s*(?P<region>{_REGION}))?(?:,\s*(?P<date>{_DATE}))?"
    rf"\s*(?P<agency>{_AGENCY}){_DASH}"
)

# Capitalised labels that open a paragraph like a dateline but name no place: section labels,
# organisations, news agencies, days.
# fmt: off
NOT_PLACES = frozenset([
    "ANALYSIS", "BREAKING", "EDITORIAL", "EXCLUSIVE", "FACT", "CHECK", "INTERVIEW", "LIVE", "NOTE",
    "OPINION", "PHOTOS", "Q&A", "UPDATE", "UPDATED", "VIDEO", "WATCH", "COMMENT", "CORRECTION", "REVIEW",
    "ASEAN", "AU", "BRICS", "EU", "G7", "G20", "IAEA", "ICC", "ICJ", "IMF", "NATO", "OPEC", "OSCE", "UK",
    "UN", "UNHCR", "UNICEF", "US", "USA", "WFP", "WHO", "AP", "AFP", "REUTERS", "DPA", "UPI", "XINHUA",
    "TASS", "BLOOMBERG", "MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY", "SATURDAY", "SUNDAY",
    "TODAY", "YESTERDAY",
])
# fmt: on
_SMALL_WORDS = {"of", "and", "the", "de", "la", "el", "al", "on", "upon"}


@dataclass(frozen=True)
class Dateline:
    """A dateline found at the start of a paragraph; ``length`` is the prefix to cut off."""

    place: str
    length: int
    agency: str | None = None


def readable_place(name: str) -> str:
    """A place name in readable case; names already in mixed case are kept.

    >>> readable_place("GAZA CITY"), readable_place("CITY OF LONDON"), readable_place("Kyiv")
    ('Gaza City', 'City of London', 'Kyiv')
    """
    if not name.isupper():
        return name
    words = name.title().split()
    return " ".join(w.lower() if i and w.lower() in _SMALL_WORDS else w for i, w in enumerate(words))


def find_dateline(paragraph: str) -> Dateline | None:
    """The dateline opening ``paragraph``, or None.

    >>> find_dateline("KYIV, Ukraine (AP) — Russian drones struck the city overnight.")
    Dateline(place='Kyiv, Ukraine', length=21, agency='AP')
    >>> find_dateline("Turkey - a NATO member - said little.") is None
    True
    """
    match = _CAPS_DATELINE.match(paragraph) or _NAME_DATELINE.match(paragraph)
    if match is None:
        return None
    place = match["place"].strip()
    if place.upper() in NOT_PLACES or any(w in NOT_PLACES for w in place.split()):
        return None
    if len(paragraph) <= match.end():  # a dateline with nothing after it is not a story
        return None
    readable = readable_place(place)
    if match["region"]:
        readable = f"{readable}, {readable_place(match['region'].strip())}"
    agency = match["agency"].strip("()") if match["agency"] else None
    return Dateline(place=readable, length=match.end(), agency=agency)
