"""The places stage ("places.v1"): place mentions, the dateline, and each event's location.

Reads ``coded.doc`` and ``coded.candidates``; assigns ``coded.places`` (every place mention
with its resolution), ``coded.document_location`` (the dateline) and ``candidate.location``.
An event's location is the place the parse says it happened (see ``locate.py``), else the
dateline when the event involves the dateline's country or actors of unknown country, else
None.
"""

from __future__ import annotations

import logging
import re
from typing import Any

from ..resources import PlaceLookup, Resources
from ..schemas import CodedDocument, EventCandidate, Location, PlaceMention, Span
from .context import resolve_in_context, resolve_name
from .locate import event_site, within
from .mentions import Mention, PhraseIndex, clean_name, find_mentions, is_place_name

log = logging.getLogger(__name__)

_DATELINE_NOISE = re.compile(r"\(.*?\)|\b(?:AP|AFP|Reuters|dpa|UPI)\b")


class PlacesStage:
    """Callable stage; the gazetteer is taken from ``resources`` on first use."""

    def __init__(self, resources: Resources) -> None:
        self.resources = resources
        self._phrases: PhraseIndex | None = None

    @property
    def gazetteer(self) -> PlaceLookup:
        return self.resources.gazetteer

    def __call__(self, coded: CodedDocument) -> CodedDocument:
        if coded.doc is None:
            return coded
        gazetteer = self.gazetteer
        if self._phrases is None:
            self._phrases = PhraseIndex.of(gazetteer)
        mentions = find_mentions(coded.doc, gazetteer, self._phrases)
        dateline_country = self._dateline_country(coded, gazetteer)
        extra = _actor_countries(coded) + self._demonym_countries(coded.doc) + dateline_country
        context = resolve_in_context(mentions, gazetteer, extra, coded.article.text)  # doc.text rebuilds it
        coded.document_location = resolve_dateline(coded.article.dateline, gazetteer, context)
        coded.places = [
            PlaceMention(span=Span(m.start, m.end, m.text), location=m.location) for m in mentions
        ]
        for candidate in coded.candidates:
            candidate.location = self._locate(coded, candidate, mentions, gazetteer, context)
        return coded

    def _demonym_countries(self, doc: Any) -> list[str]:
        """Countries of the nationality words of the text ("Syrian troops" -> SYR): evidence
        of what the document is about even where no event was coded."""
        lookup = getattr(self.resources.kb, "lookup_adjective", None)
        if lookup is None:
            return []
        codes = (lookup(ent.text) for ent in doc.ents if ent.label_ == "NORP")
        return [code for code in codes if code and len(code) == 3]

    @staticmethod
    def _dateline_country(coded: CodedDocument, gazetteer: PlaceLookup) -> list[str]:
        loc = resolve_dateline(coded.article.dateline, gazetteer, [])
        return [loc.country] if loc is not None and loc.country else []

    def _locate(
        self,
        coded: CodedDocument,
        candidate: EventCandidate,
        mentions: list[Mention],
        gazetteer: PlaceLookup,
        context: list[str],
    ) -> Location | None:
        if candidate.location is not None:
            return candidate.location
        if candidate.place is not None:
            stated = _mention_in(candidate.place, mentions)
            if stated is not None and stated.location is not None:
                # "bombed Manbij in northern Syria": the narrower place the parse found
                site = self._parsed_site(coded, candidate, mentions)
                return site.location if site is not None and within(site, stated) else stated.location
            name = clean_name(_strip_preposition(candidate.place.text))
            loc = resolve_name(gazetteer, name, context) if is_place_name(name) else None
            if loc is not None:
                return loc  # the parse is not walked for a place the stated name settles
        site = self._parsed_site(coded, candidate, mentions)
        if site is not None:
            return site.location
        return _dateline_fallback(coded.document_location, candidate)

    @staticmethod
    def _parsed_site(
        coded: CodedDocument, candidate: EventCandidate, mentions: list[Mention]
    ) -> Mention | None:
        targets = {i for arg in candidate.targets for i in _tokens(coded.doc, arg.phrase)}
        for span in (candidate.trigger, candidate.anchor):  # the nominal first, then its clause's verb
            head = _token_at(coded.doc, span) if span is not None else None
            site = event_site(head, candidate.event_type, targets, mentions) if head is not None else None
            if site is not None:
                return site
        return None


def _dateline_fallback(dateline: Location | None, candidate: EventCandidate) -> Location | None:
    """The dateline, unless the event's known actors all belong to other countries."""
    if dateline is None:
        return None
    countries = {
        arg.actor.country for arg in candidate.sources + candidate.targets if arg.actor and arg.actor.country
    }
    if not countries or dateline.country in countries:
        return dateline
    return None


def _actor_countries(coded: CodedDocument) -> list[str]:
    return [
        arg.actor.country
        for cand in coded.candidates
        for arg in cand.sources + cand.targets
        if arg.actor is not None and arg.actor.country and len(arg.actor.country) == 3
    ]


def resolve_dateline(dateline: str | None, gazetteer: PlaceLookup, context: list[str]) -> Location | None:
    """The place of a dateline such as "KYIV, Ukraine (Reuters)".

    >>> resolve_dateline("ANKARA", gaz, []).country      # doctest: +SKIP
    'TUR'
    """
    if not dateline:
        return None
    name = _DATELINE_NOISE.sub(" ", dateline).strip(" ,—–-")
    return gazetteer.resolve(name, context) if name else None


def _strip_preposition(text: str) -> str:
    words = text.split()
    if len(words) > 1 and words[0].lower() in ("in", "at", "near", "on", "to", "from", "outside", "inside"):
        return " ".join(words[1:])
    return text


def _mention_in(span: Span, mentions: list[Mention]) -> Mention | None:
    inside = [
        m
        for m in mentions
        if m.start >= span.start and m.end <= span.end and m.location is not None and not m.qualifier
    ]
    return inside[-1] if inside else None


def _tokens(doc: Any, span: Span) -> range:
    piece = doc.char_span(span.start, span.end, alignment_mode="expand")
    return range(piece.start, piece.end) if piece is not None else range(0)


def _token_at(doc: Any, span: Span) -> Any:
    piece = doc.char_span(span.start, span.end, alignment_mode="expand")
    return piece.root if piece is not None and len(piece) else None


def make_places_stage(resources: Resources) -> PlacesStage:
    """Factory registered as "places.v1"."""
    return PlacesStage(resources)
