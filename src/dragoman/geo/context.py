"""Resolve a document's place mentions together.

Resolution runs twice: first each name alone, to learn which countries the document is
about from the names that are unambiguous; then every name again with those countries (and
the countries of the event actors and of the dateline) as context. A name followed by its
container ("Pokrovsk in Ukraine's Donetsk region", "Palma in Cabo Delgado", "Kyiv, Ukraine")
is then read inside the container's country.

A small place abroad is a poor reading when the document is about other countries: a town
or subdivision under ``FOREIGN_MIN_POPULATION`` in a country the document never mentions
gives way to the best reading in a mentioned country ("Palmyra" in an article on Syria is
Tadmur, not Palmyra, New York), or to no reading at all ("Keshma" is no town in Japan),
unless it is the only place the gazetteer knows by exactly that name. Such small places do
not count as evidence of the document's countries either.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from itertools import pairwise

from ..resources import PlaceLookup
from ..schemas import Location
from .gazetteer import Match
from .mentions import CURATED_LABEL, PLACE_LABELS, Mention, clean_name, readings

CONFIDENT_MARGIN = 3.0  # score lead over every reading in another country
FOREIGN_MIN_POPULATION = 100_000  # a smaller town abroad needs its country in the document
LEADING_COUNTRIES = 3  # the document's most mentioned countries
CONTAINED = {"city", "facility", "region", "water"}  # "the Euphrates in Iraq"
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
        country = None if mention.qualifier else confident_country(mention.matches)
        if country:
            counts[country] += 1
    context = [c for c, _ in counts.most_common()]
    for mention in mentions:
        if mention.matches:
            tagged = mention.label in PLACE_LABELS or mention.label == CURATED_LABEL
            mention.location = resolve_name(gazetteer, clean_name(mention.text), context, tagged)
    if text:
        for inner, outer in pairwise(mentions):
            if _contains(outer, inner, text):
                inner.location = _inside(gazetteer, inner, outer.location, context) or inner.location
    return context


def resolve_name(
    gazetteer: PlaceLookup, name: str, context: list[str], tagged: bool = True
) -> Location | None:
    """The reading of ``name`` in a document about the ``context`` countries.

    >>> resolve_name(gaz, "Palmyra", ["SYR"]).name       # doctest: +SKIP
    'Tadmur'
    """
    return choose_reading(readings(gazetteer, name, context=context), context, tagged)


def choose_reading(matches: tuple[Match, ...], context: list[str], tagged: bool = True) -> Location | None:
    """The best reading, unless it is a small place abroad: then the best reading in a
    context country, or None. A reading by consonant skeleton only must lie in one of the
    document's leading countries. A place abroad known by the name only as a former or
    foreign one is not read when some place bears the name itself or when the tagger did
    not call the name a place (``tagged``): "Salisbury" is not Harare, "Susa" not Sousse.
    Without context every reading counts.

    ``context``: the document's countries, most mentioned first."""
    if not matches:
        return None
    if not context:
        return matches[0].location
    matches = by_document_country(matches, context)
    top = matches[0]
    mentioned, leading = set(context), set(context[:LEADING_COUNTRIES])
    if len(matches) == 1 and not (top.alternate or top.loose):
        return top.location  # "Nuseirat" in a report on Israel: the only place of that name

    # a former or foreign name of a place abroad yields to a place of that very name
    by_own_name = not tagged or any(not (m.alternate or m.loose) for m in matches)

    def allowed(match: Match) -> bool:
        country = match.location.country
        if match.loose:
            return country in leading
        if country in mentioned:
            return True
        return not _minor(match) and not (match.alternate and by_own_name)

    return next((m.location for m in matches if allowed(m)), None)


def by_document_country(matches: tuple[Match, ...], context: list[str]) -> tuple[Match, ...]:
    """Readings best first, equal scores in the order of the document's countries: the
    Euphrates in a report mostly on Syria that also names Iraq is the Syrian stretch.

    ``context``: the document's countries, most mentioned first."""
    rank = {country: i for i, country in enumerate(context)}
    return tuple(sorted(matches, key=lambda m: (-m.score, rank.get(m.location.country or "", len(rank)))))


def _minor(match: Match) -> bool:
    """A town or subdivision too small to be meant without its country in the document."""
    if match.location.feature == "admin1":  # a subdivision without listed towns counts 0
        return match.population < FOREIGN_MIN_POPULATION
    # population 0: a lookup that does not know it
    return match.location.feature == "city" and 0 < match.population < FOREIGN_MIN_POPULATION


def confident_country(matches: tuple[Match, ...]) -> str | None:
    """The country of the top reading when no reading elsewhere comes close (and the top
    reading is no small town, which may be any of many homonyms)."""
    if not matches or not matches[0].location.country or _minor(matches[0]):
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
    for match in readings(gazetteer, clean_name(inner.text), context=[outer.country or ""]):
        if match.location.country == outer.country:
            return match.location
    return None
