"""Resolve a document's place mentions together.

Resolution runs twice: first each name alone, to learn which countries the document is
about from the names that are unambiguous; then every name again with those countries (and
the countries of the event actors and of the dateline) as context. A name followed by its
container ("Pokrovsk in Ukraine's Donetsk region", "Palma in Cabo Delgado", "Kyiv, Ukraine")
is then read inside the container's country.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from itertools import pairwise

from ..resources import PlaceLookup
from ..schemas import Location
from .gazetteer import Match
from .mentions import Mention, clean_name, readings

CONFIDENT_MARGIN = 3.0  # score lead over every reading in another country
CONTAINED = {"city", "facility", "region"}
CONTAINERS = {"country", "admin1", "region"}
_GAP = re.compile(
    r"^[\s,]*(?:(?:in|near|outside|of)\s+)?(?:the\s+(?:capital|city|province|region|state)\s+of\s+)?"
    r"(?:(?:northern|southern|eastern|western|central)\s+)?$",
    re.IGNORECASE,
)


def resolve_in_context(
    mentions: list[Mention], gazetteer: PlaceLookup, extra_countries: Iterable[str] = (), text: str = ""
) -> list[str]:
    """Choose each mention's reading given the document's countries; returns those countries.

    >>> resolve_in_context(mentions, gaz, ["PSE"])       # doctest: +SKIP
    ['PSE', 'ISR']
    """
    counts: Counter[str] = Counter(c for c in extra_countries if c)
    for mention in mentions:
        country = confident_country(mention.matches)
        if country:
            counts[country] += 1
    context = [c for c, _ in counts.most_common()]
    for mention in mentions:
        if mention.matches:
            mention.location = gazetteer.resolve(clean_name(mention.text), context)
    if text:
        for inner, outer in pairwise(mentions):
            if _contains(outer, inner, text):
                inner.location = _inside(gazetteer, inner, outer.location, context) or inner.location
    return context


def confident_country(matches: tuple[Match, ...]) -> str | None:
    """The country of the top reading when no reading elsewhere comes close."""
    if not matches or not matches[0].location.country:
        return None
    top = matches[0]
    rivals = [m.score for m in matches[1:] if m.location.country != top.location.country]
    if not rivals or top.score - max(rivals) >= CONFIDENT_MARGIN:
        return top.location.country
    return None


def _contains(outer: Mention, inner: Mention, text: str) -> bool:
    if outer.location is None or inner.location is None or not outer.location.country:
        return False
    if outer.location.feature not in CONTAINERS or inner.location.feature not in CONTAINED:
        return False
    return bool(_GAP.match(text[inner.end : outer.start]))


def _inside(
    gazetteer: PlaceLookup, inner: Mention, outer: Location | None, context: list[str]
) -> Location | None:
    if outer is None:
        return None
    for match in readings(gazetteer, clean_name(inner.text)):
        if match.location.country == outer.country:
            return match.location
    return None
