"""Find the places a document names.

A place mention is
- a multi-word region, sea or site from the gazetteer's curated table, matched in the text
  ("the Bab el-Mandeb strait", "eastern Ukraine"), whatever the tagger made of it;
- a GPE/LOC/FAC entity, widened to a following "region"/"crossing"/... or a leading
  "northern" when the gazetteer knows the longer name ("Donetsk region", "northern Israel");
- a name the tagger missed or mislabelled (the small English model tags "Rafah" PERSON and
  "Aleppo" NORP), accepted when spelled as the gazetteer spells the place, and the place is
  notable (a country, a subdivision, a curated region, a city of 100,000 or more), or the name
  stands where places stand ("in Nuseirat"; "captured Avdiivka", for towns of 10,000 or more).
A PERSON entity is a place only as a whole ("Avdiivka"), never in part ("Hakan Fidan"), and never
when the document shows it is a person: the surname of a full name given before ("Andrew Jackson
... Jackson"), or a name that speaks ("Jackson said").
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from ..events.clause_words import SPEECH_VERBS
from ..resources import PlaceLookup
from ..schemas import Location
from .gazetteer import REGION_WORDS, Match
from .normalize import fold
from .words import (
    AIMED_LEMMAS,
    CALENDAR_WORDS,
    COMMON_WORDS,
    COMPASS_WORDS,
    DIRECTIONS,
    PLACE_NOUNS,
    PLACE_PREPS,
    WORLD_REGIONS,
)

log = logging.getLogger(__name__)

PLACE_LABELS = {"GPE", "LOC", "FAC"}
CURATED_LABEL = "CURATED"  # the label of a mention matched from the curated multi-word names
NOT_NAMES = {"DATE", "TIME", "PERCENT", "MONEY", "QUANTITY", "ORDINAL", "CARDINAL"}
NOTABLE_POPULATION = 100_000
TOWN_POPULATION = 10_000
MAX_NAME_TOKENS = 4
MAX_WIDEN_TOKENS = 3
MAX_ACRONYM = 5  # an all-capitals name this short is an acronym: a state's, not a town's


@dataclass
class Mention:
    """A place name in the document: character and token offsets, readings, final choice."""

    start: int
    end: int
    text: str
    first_token: int
    last_token: int  # inclusive
    label: str  # the tagger's label, CURATED_LABEL, or "" for an untagged proper name
    matches: tuple[Match, ...] = ()
    location: Location | None = None
    tokens: set[int] = field(default_factory=set)
    qualifier: bool = False  # glued to a word by a hyphen: "US-backed", "pro-Iran"; never a site


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


def readings(
    gazetteer: PlaceLookup, text: str, exact_only: bool = False, context: Iterable[str] = ()
) -> tuple[Match, ...]:
    """The gazetteer's readings of a name (a plain ``PlaceLookup`` gives at most one), best
    first given the ``context`` countries; a world region ("the Middle East") keeps only
    curated region readings, an acronym ("UN") no town readings, a common English word
    ("International") no town or subdivision readings."""
    finder = getattr(gazetteer, "exact" if exact_only else "candidates", None)
    if finder is not None:
        found = tuple(finder(text, list(context)))
    else:
        loc = gazetteer.resolve(text, list(context))
        found = (Match(loc, 10.0, 0),) if loc is not None else ()
    key = fold(text)
    if key in WORLD_REGIONS:
        return tuple(m for m in found if m.location.feature in ("region", "water"))
    if key in COMMON_WORDS:
        return tuple(m for m in found if m.location.feature not in ("city", "admin1"))
    letters = text.replace(".", "")
    if letters.isalpha() and letters.isupper() and len(letters) <= MAX_ACRONYM:
        return tuple(m for m in found if m.location.feature != "city")  # "UN", "EU": no town Un or Eu
    return found


def is_place_name(name: str) -> bool:
    """Whether a text can name a place at all: capitalised, and more than a direction.

    >>> is_place_name("Homs"), is_place_name("canton"), is_place_name("South"), is_place_name("South Sudan")
    (True, False, False, True)
    """
    if not any(ch.isupper() for ch in name):
        return False
    words = fold(name).split()
    return bool(words) and not all(w in COMPASS_WORDS for w in words)


def find_mentions(doc: Any, gazetteer: PlaceLookup, phrases: PhraseIndex | None = None) -> list[Mention]:
    """Every place mention in a parsed document, in text order, not yet resolved in context.

    ``phrases``: the curated multi-word names (built from the gazetteer when not given).
    """
    found = list(_phrase_mentions(doc, gazetteer, phrases or PhraseIndex.of(gazetteer)))
    taken = {i for m in found for i in m.tokens}
    not_places: set[int] = set()
    surnames = {ent[-1].lower_ for ent in doc.ents if ent.label_ == "PERSON" and len(ent) > 1}
    for ent in map(_unglued, doc.ents):
        if ent is None or taken.intersection(range(ent.start, ent.end)):
            continue
        mention = None
        if ent.label_ in NOT_NAMES:
            not_places.update(range(ent.start, ent.end))  # dates and numbers are no place names either
        elif ent.label_ in PLACE_LABELS:
            mention = _mention(_widen(_without_direction(ent, gazetteer), gazetteer), gazetteer, strict=False)
        else:  # the small model tags many towns PERSON, ORG or NORP
            mention = None if _a_person(ent, surnames) else _untagged(ent, gazetteer)
            if ent.label_ == "PERSON":  # a whole name or nothing: "Hakan Fidan" holds no place
                not_places.update(range(ent.start, ent.end))
        if mention is not None:
            found.append(mention)
            taken |= mention.tokens
    found.extend(_names(doc, gazetteer, taken | not_places))
    found.sort(key=lambda m: m.start)
    for mention in found:
        mention.qualifier = _hyphenated(doc, mention)
    return found


def _a_person(ent: Any, surnames: set[str]) -> bool:
    """A one-word PERSON entity the document shows to be a person: the surname of a full name
    in it ("Andrew Jackson ... Jackson"), or the subject of a verb of speech ("Jackson said")."""
    if ent.label_ != "PERSON" or len(ent) != 1:
        return False
    root = ent.root
    speaks = root.dep_ == "nsubj" and root.head.lemma_.lower() in SPEECH_VERBS
    return root.lower_ in surnames or speaks


def _hyphenated(doc: Any, mention: Mention) -> bool:
    """The name is glued by a hyphen to a lower-case word: "US-backed", "Russian-made",
    "pro-Iran" (not "Israel-Gaza", nor "north-east Syria")."""
    last, first = mention.last_token, mention.first_token
    return _joined(doc, last, last + 2, last + 2) or _joined(doc, first - 2, first, first - 2)


def _joined(doc: Any, left: int, right: int, word: int) -> bool:
    """Tokens left, a hyphen, right follow each other without spaces, and the token ``word``
    is a lower-case word (or "Pro", "Anti" opening a sentence)."""
    if left < 0 or right >= len(doc) or doc[left + 1].text not in ("-", "–"):
        return False
    glued = not doc[left].whitespace_ and not doc[left + 1].whitespace_
    return glued and doc[word].is_alpha and (doc[word].is_lower or doc[word].lower_ in ("pro", "anti"))


def _unglued(ent: Any) -> Any:
    """An entity without the words glued to it by hyphens ("pro-Iran" -> "Iran",
    "Iran-backed" -> "Iran"); None when nothing is left."""
    doc, start, end = ent.doc, ent.start, ent.end
    while end - start > 2 and _joined(doc, start, start + 2, start):
        start += 2
    while end - start > 2 and _joined(doc, end - 3, end - 1, end - 1):
        end -= 2
    if (start, end) == (ent.start, ent.end):
        return ent
    if end <= start:
        return None
    piece = doc[start:end]
    piece.label_ = ent.label_  # the tagger's verdict holds for the name it tagged
    return piece


def _mention(span: Any, gazetteer: PlaceLookup, strict: bool) -> Mention | None:
    name = clean_name(span.text)
    if not is_place_name(name):
        return None
    matches = readings(gazetteer, name, exact_only=strict)
    if strict and not (matches and _plausible(matches[0], span)):
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


def _plausible(match: Match, span: Any) -> bool:
    """Whether an untagged name is the place: notable, or where places stand in a sentence.
    A secondary spelling ("Marawi" for Marawi City) counts only for a notable place after a
    place preposition."""
    root = span.root
    if len(span) == 1 and root.lower_ in CALENDAR_WORDS:  # "in May" is not the Indian town
        return False
    after_preposition = root.dep_ == "pobj" and (
        root.head.lower_ in PLACE_PREPS
        or root.head.lower_ == "of"
        and root.head.head.lemma_.lower() in PLACE_NOUNS  # "the city of Palmyra"
    )
    notable = match.location.feature != "city" or match.population >= NOTABLE_POPULATION
    if match.alternate:
        return notable and after_preposition
    if notable or after_preposition:
        return True
    return match.population >= TOWN_POPULATION and _aimed_at(root)


def _aimed_at(root: Any) -> bool:
    """The name is what a military or travel verb acts on: "captured Avdiivka", "the fall of
    Bakhmut", "Kharkiv and Izium" (not "arrested Robinson")."""
    if root.dep_ in ("dobj", "nsubjpass"):
        return root.head.lemma_.lower() in AIMED_LEMMAS
    if root.dep_ == "pobj":
        return root.head.head.lemma_.lower() in AIMED_LEMMAS
    return root.dep_ == "conj" and root.head.ent_type_ in PLACE_LABELS


def _widen(span: Any, gazetteer: PlaceLookup) -> Any:
    """Take in following words ("Donetsk region", "Rafah crossing") or a leading direction
    ("northern Israel") when the gazetteer knows the longer name exactly."""
    doc = span.doc
    if span.end < len(doc) and doc[span.end].lower_ in REGION_WORDS and span.root.head.i == span.end:
        span = doc[span.start : span.end + 1]
    for extra in range(MAX_WIDEN_TOKENS, 0, -1):
        wider = doc[span.start : min(len(doc), span.end + extra)]
        added = wider[len(span) :]
        if (
            len(added) == extra
            and all(t.is_alpha for t in added)
            and readings(gazetteer, clean_name(wider.text), exact_only=True)
        ):
            span = wider
            break
    if span.start > 0 and doc[span.start - 1].lower_ in DIRECTIONS:
        wider = doc[span.start - 1 : span.end]
        if _direction_belongs(wider, gazetteer):
            span = wider
    return span


def _direction_belongs(span: Any, gazetteer: PlaceLookup) -> bool:
    """Whether a leading direction is part of the name: always when capitalised ("East
    Jerusalem", "North Korea"); in lower case only for a region so named ("northern Gaza"),
    not for a city elsewhere ("east London" is no South African city)."""
    found = readings(gazetteer, clean_name(span.text), exact_only=True)
    if not found or span[0].is_title or span[0].is_upper:
        return bool(found)
    return any(m.location.feature != "city" for m in found)


def _without_direction(span: Any, gazetteer: PlaceLookup) -> Any:
    """A tagged name less a lower-case direction that is not part of it ("east London")."""
    if len(span) > 1 and span[0].lower_ in COMPASS_WORDS and not _direction_belongs(span, gazetteer):
        rest = span.doc[span.start + 1 : span.end]
        rest.label_ = span.label_
        return rest
    return span


def _untagged(span: Any, gazetteer: PlaceLookup) -> Mention | None:
    """A name not tagged as a place that still is one; widened only once it matches (cheap)."""
    mention = _mention(span, gazetteer, strict=True)
    if mention is None:
        return None
    return _mention(_widen(span, gazetteer), gazetteer, strict=True) or mention


def _names(doc: Any, gazetteer: PlaceLookup, covered: set[int]) -> Iterator[Mention]:
    """Runs of proper nouns outside place entities and names that name a place; longest first."""
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
        # A place leads a run ("Gaza Health Ministry", "Kyiv Mayor ..."); it does not end one
        # ("Pax Americana").
        for end in range(j, i - 1, -1):
            mention = _untagged(doc[i : end + 1], gazetteer)
            if mention is not None:
                mention.label = ""
                yield mention
                break
        i = max(j, mention.last_token if mention is not None else j) + 1


class PhraseIndex:
    """The gazetteer's multi-word curated names, matched word by word against a document."""

    def __init__(self, keys: Iterable[str]) -> None:
        self.first: dict[str, list[tuple[str, ...]]] = {}
        for key in keys:
            words = tuple(key.split())
            self.first.setdefault(words[0], []).append(words)
        for options in self.first.values():
            options.sort(key=len, reverse=True)

    @classmethod
    def of(cls, gazetteer: PlaceLookup) -> PhraseIndex:
        keys = getattr(gazetteer, "phrase_keys", None)
        return cls(keys() if keys is not None else [])

    def spans(self, doc: Any) -> Iterator[Any]:
        """Token spans of the document that spell one of the names (case, accents and
        punctuation aside: "the Bab el-Mandeb Strait", "Iraq's Kurdistan region")."""
        words = list(_folded_words(doc))
        k = 0
        while k < len(words):
            for option in self.first.get(words[k][0], ()):
                if tuple(w for w, _, _ in words[k : k + len(option)]) == option:
                    yield _trim(doc[words[k][1] : words[k + len(option) - 1][2]])
                    k += len(option)
                    break
            else:
                k += 1


def _folded_words(doc: Any) -> Iterator[tuple[str, int, int]]:
    """(folded word, first token, end token) for each word of each whitespace-free chunk."""
    start, pieces = 0, []
    last = len(doc) - 1
    for token in doc:
        pieces.append(token.text)
        if token.whitespace_ or token.i == last:
            for word in _fold("".join(pieces)).split():
                yield word, start, token.i + 1
            start, pieces = token.i + 1, []


@lru_cache(maxsize=100_000)
def _fold(text: str) -> str:
    return fold(text)


def _trim(span: Any) -> Any:
    start, end = span.start, span.end
    while start < end - 1 and span.doc[start].is_punct:
        start += 1
    while end - 1 > start and span.doc[end - 1].is_punct:
        end -= 1
    return span.doc[start:end]


def _phrase_mentions(doc: Any, gazetteer: PlaceLookup, phrases: PhraseIndex) -> Iterator[Mention]:
    for span in phrases.spans(doc):
        mention = _mention(span, gazetteer, strict=False)
        if mention is not None and mention.matches:
            mention.label = CURATED_LABEL
            yield mention
