"""Find the places a document names and resolve them with the document as context.

A place mention is a GPE/LOC/FAC entity, or a name the gazetteer knows well (a country, a
subdivision, a curated region or a city of 100,000 people or more, spelled as the gazetteer
spells it) that the tagger missed or mislabelled ("Speaking in Kyiv", "attacks on Rafah"
tagged PERSON). Resolution runs twice: first without context, to learn which countries the
document is about from the names that are unambiguous; then every name again with those
countries (and the countries of the event actors) as context.
"""

from __future__ import annotations

import logging
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from ..resources import PlaceLookup
from ..schemas import Location
from .gazetteer import REGION_WORDS, Match

log = logging.getLogger(__name__)

PLACE_LABELS = {"GPE", "LOC", "FAC"}
OTHER_NAME_LABELS = {"PERSON", "ORG", "WORK_OF_ART", "PRODUCT", "EVENT", ""}
NOTABLE_POPULATION = 100_000
MAX_NAME_TOKENS = 4
CONFIDENT_MARGIN = 2.0
DIRECTIONS = {
    "northern",
    "southern",
    "eastern",
    "western",
    "central",
    "north",
    "south",
    "east",
    "west",
    "northeast",
    "northwest",
    "northeastern",
    "northwestern",
    "occupied",
}
LOCATIVE_WORDS = {
    "in",
    "at",
    "near",
    "outside",
    "inside",
    "into",
    "from",
    "to",
    "toward",
    "towards",
    "around",
}  # score lead over any reading in another country


@dataclass
class Mention:
    """A place name in the document: character and token offsets, readings, final choice."""

    start: int
    end: int
    text: str
    first_token: int
    last_token: int  # inclusive
    label: str
    matches: tuple[Match, ...] = ()
    location: Location | None = None
    tokens: set[int] = field(default_factory=set)


def clean_name(text: str) -> str:
    """The name inside a mention: "the Gaza Strip's" -> "Gaza Strip".

    >>> clean_name("the Gaza Strip's")
    'Gaza Strip'
    """
    text = text.strip().strip(".,;:\"“”'")
    for suffix in ("'s", "’s"):
        text = text.removesuffix(suffix)
    if text.lower().startswith("the "):
        text = text[4:]
    return text.strip()


def _notable(match: Match) -> bool:
    loc = match.location
    return loc.feature != "city" or match.population >= NOTABLE_POPULATION


def _candidates(gazetteer: PlaceLookup, text: str, exact_only: bool) -> tuple[Match, ...]:
    finder = getattr(gazetteer, "exact" if exact_only else "candidates", None)
    if finder is not None:
        return tuple(finder(text))
    loc = gazetteer.resolve(text)  # a plain PlaceLookup (tests): one reading, full confidence
    return (Match(loc, 10.0, 0),) if loc is not None else ()


def find_mentions(doc: Any, gazetteer: PlaceLookup) -> list[Mention]:
    """Every place mention in a parsed document, in text order, not yet resolved in context."""
    found: list[Mention] = []
    covered: set[int] = set()
    for ent in doc.ents:
        if ent.label_ in PLACE_LABELS:
            mention = _mention(ent, gazetteer, exact_only=False)
        elif ent.label_ in OTHER_NAME_LABELS:
            mention = _mention(ent, gazetteer, exact_only=True, notable_only=True)
        else:
            mention = None
        covered.update(range(ent.start, ent.end))
        if mention is not None:
            found.append(mention)
    found.extend(_untagged_names(doc, gazetteer, covered))
    found.sort(key=lambda m: m.start)
    return found


def _mention(
    span: Any, gazetteer: PlaceLookup, exact_only: bool, notable_only: bool = False
) -> Mention | None:
    span = _widen(span, gazetteer)
    name = clean_name(span.text)
    if not name:
        return None
    matches = _candidates(gazetteer, name, exact_only)
    if notable_only and not (
        matches and not matches[0].alternate and (_notable(matches[0]) or _locative(span))
    ):
        return None
    return Mention(
        start=span.start_char,
        end=span.end_char,
        text=span.text,
        first_token=span.start,
        last_token=span.end - 1,
        label=getattr(span, "label_", ""),
        matches=matches,
        tokens=set(range(span.start, span.end)),
    )


def _widen(span: Any, gazetteer: PlaceLookup) -> Any:
    """Take in a following "region"/"province" ("Donetsk region") or a leading "northern"
    ("northern Israel") when the gazetteer knows the longer name."""
    doc = span.doc
    if span.end < len(doc) and doc[span.end].lower_ in REGION_WORDS and span.root.head.i == span.end:
        span = doc[span.start : span.end + 1]
    if span.start > 0 and doc[span.start - 1].lower_ in DIRECTIONS:
        wider = doc[span.start - 1 : span.end]
        if _candidates(gazetteer, clean_name(wider.text), exact_only=True):
            span = wider
    return span


def _locative(span: Any) -> bool:
    """The name is the object of a place preposition: "in Nuseirat", "near Avdiivka"."""
    root = span.root
    return root.dep_ == "pobj" and root.head.lower_ in LOCATIVE_WORDS


def _untagged_names(doc: Any, gazetteer: PlaceLookup, covered: set[int]) -> Iterable[Mention]:
    """Runs of proper nouns outside entities that name a notable place; longest first."""
    i = 0
    while i < len(doc):
        if i in covered or doc[i].pos_ != "PROPN":
            i += 1
            continue
        j = i
        while (
            j + 1 < len(doc)
            and j + 1 - i < MAX_NAME_TOKENS
            and doc[j + 1].pos_ == "PROPN"
            and j + 1 not in covered
        ):
            j += 1
        mention = None
        for end in range(j, i - 1, -1):
            mention = _mention(doc[i : end + 1], gazetteer, exact_only=True, notable_only=True)
            if mention is not None:
                mention.label = ""
                yield mention
                i = end + 1
                break
        if mention is None:
            i += 1


def resolve_in_context(
    mentions: list[Mention], gazetteer: PlaceLookup, extra_countries: Iterable[str] = ()
) -> list[str]:
    """Choose each mention's reading given the document's countries; returns those countries.

    The context is the countries of confident first readings plus ``extra_countries`` (the
    actors' countries, the dateline's), most frequent first.
    """
    counts: Counter[str] = Counter(c for c in extra_countries if c)
    for mention in mentions:
        country = _confident_country(mention.matches)
        if country:
            counts[country] += 1
    context = [c for c, _ in counts.most_common()]
    for mention in mentions:
        if mention.matches:
            mention.location = gazetteer.resolve(clean_name(mention.text), context)
    return context


def _confident_country(matches: tuple[Match, ...]) -> str | None:
    if not matches or not matches[0].location.country:
        return None
    top = matches[0]
    rivals = [m.score for m in matches[1:] if m.location.country != top.location.country]
    if top.location.feature == "country" or not rivals or top.score - max(rivals) >= CONFIDENT_MARGIN:
        return top.location.country
    return None
