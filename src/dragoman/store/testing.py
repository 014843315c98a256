"""Small stand-ins for tests, demos of the store and benchmarks.

``KeywordCoder`` codes "Turkey hosted Qatar"-style sentences with a handful of verbs, so the
store, API, dashboard and exports can be exercised without the language model. It is a
test double, not a coder: real coding goes through ``dragoman.pipeline.Pipeline``.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable, Iterator

from ..codes import EventType, cameo_for
from ..schemas import Actor, Article, CodedDocument, Event, Evidence, Location, PlaceMention, Span
from .store import EventStore

# name -> (ISO alpha-3, capital, lat, lon)
COUNTRIES: dict[str, tuple[str, str, float, float]] = {
    "Turkey": ("TUR", "Ankara", 39.93, 32.86),
    "Israel": ("ISR", "Jerusalem", 31.78, 35.22),
    "Qatar": ("QAT", "Doha", 25.29, 51.53),
    "Egypt": ("EGY", "Cairo", 30.04, 31.24),
    "France": ("FRA", "Paris", 48.86, 2.35),
    "Russia": ("RUS", "Moscow", 55.76, 37.62),
    "Ukraine": ("UKR", "Kyiv", 50.45, 30.52),
    "Iran": ("IRN", "Tehran", 35.69, 51.39),
    "Germany": ("DEU", "Berlin", 52.52, 13.40),
    "China": ("CHN", "Beijing", 39.90, 116.41),
}
VERBS: dict[str, tuple[EventType, str | None]] = {
    "hosted": (EventType.CONSULT, "host"),
    "met": (EventType.CONSULT, None),
    "praised": (EventType.SUPPORT, None),
    "aided": (EventType.AID, None),
    "accused": (EventType.ACCUSE, None),
    "threatened": (EventType.THREATEN, None),
    "sanctioned": (EventType.SANCTION, None),
    "attacked": (EventType.ASSAULT, None),
    "shelled": (EventType.ASSAULT, "aerial"),
}
_NAMES = "|".join(COUNTRIES)
_PATTERN = re.compile(rf"\b({_NAMES})\b (?:\w+ )?({'|'.join(VERBS)}) ({_NAMES})\b")


def country_actor(name: str, sector: str = "GOV") -> Actor:
    return Actor(name=name, country=COUNTRIES[name][0], sector=sector, text=name)


def country_location(name: str) -> Location:
    code, capital, lat, lon = COUNTRIES[name]
    return Location(name=capital, country=code, lat=lat, lon=lon, feature="city")


def make_event(
    doc_id: str,
    index: int,
    source: str,
    event_type: EventType,
    target: str | None,
    *,
    day: str | None = "2024-05-13",
    mode: str | None = None,
    sentence: str | None = None,
    trigger: str = "met",
    offset: int = 0,
    place: str | None = None,
) -> Event:
    """An event built by hand, with CAMEO, quad class and Goldstein from ``codes.cameo_for``.

    >>> make_event("d1", 0, "Turkey", EventType.CONSULT, "Qatar").cameo
    '04'
    """
    sentence = sentence or f"{source} {trigger} {target or 'reporters'}."
    start = offset + max(sentence.find(trigger), 0)
    cameo, goldstein, quad = cameo_for(event_type, mode)
    key = f"{doc_id}|{index}|{event_type.value}|{start}|{source}|{target}"
    return Event(
        event_id=hashlib.sha1(key.encode()).hexdigest()[:16],
        doc_id=doc_id,
        sentence_index=index,
        event_type=event_type.value,
        mode=mode,
        contexts=[],
        date=day,
        date_text=None,
        source=country_actor(source),
        target=country_actor(target) if target else None,
        location=country_location(place) if place else None,
        evidence=Evidence(
            sentence=sentence, trigger=trigger, char_start=start, char_end=start + len(trigger)
        ),
        negated=False,
        confidence=0.9,
        cameo=cameo,
        quad_class=int(quad),
        goldstein=goldstein,
        date_precision="day" if day else None,
        coder_version="test",
    )


def _sentences(text: str) -> Iterator[tuple[int, str]]:
    for match in re.finditer(r"[^.!?]+[.!?]?", text):
        if match.group().strip():
            lead = len(match.group()) - len(match.group().lstrip())
            yield match.start() + lead, match.group().strip()


class KeywordCoder:
    """Codes "<Country> [word] <verb> <Country>" sentences; the place is the target's capital."""

    coder_version = "keyword-test-1"

    def run(self, article: Article) -> CodedDocument:
        coded = CodedDocument(article=article)
        if "FAIL" in article.text:
            coded.error = f"[E099] {article.doc_id}: the test coder was asked to fail"
            return coded
        day = article.published.isoformat() if article.published else None
        for index, (start, sentence) in enumerate(_sentences(article.text)):
            for match in _PATTERN.finditer(sentence):
                source, verb, target = match.groups()
                event_type, mode = VERBS[verb]
                event = make_event(
                    article.doc_id,
                    index,
                    source,
                    event_type,
                    target,
                    day=day,
                    mode=mode,
                    sentence=sentence,
                    trigger=verb,
                    offset=start,
                    place=target,
                )
                event.evidence.char_start = start + match.start(2)
                event.evidence.char_end = start + match.end(2)
                event.coder_version = self.coder_version
                coded.events.append(event)
        for match in re.finditer(_NAMES, article.text):
            span = Span(match.start(), match.end(), match.group())
            coded.places.append(PlaceMention(span=span, location=country_location(match.group())))
        return coded

    def pipe(self, articles: Iterable[Article], batch_size: int = 32) -> Iterator[CodedDocument]:
        for article in articles:
            yield self.run(article)


# a few weeks of short stories for the API, dashboard and export tests: (day, title, text)
TEST_STORIES: list[tuple[str, str, str]] = [
    (
        "2024-05-06",
        "Talks in Doha",
        "Turkey hosted Qatar for talks on a truce. Egypt praised Qatar for its patience.",
    ),
    (
        "2024-05-07",
        "Border strikes",
        "Israel attacked Egypt near the crossing, officials said. Egypt accused Israel.",
    ),
    (
        "2024-05-09",
        "New sanctions",
        "France sanctioned Iran over drone exports. Iran threatened France in reply.",
    ),
    (
        "2024-05-14",
        "Night of shelling",
        "Russia shelled Ukraine overnight. Germany aided Ukraine with air defence.",
    ),
    ("2024-05-15", "Summit week", "China praised Russia at the summit. Turkey met Egypt on the same day."),
    (
        "2024-05-21",
        "A 50% rise",
        "Ukraine accused Russia of a 50% rise in strikes. Qatar aided Egypt with fuel.",
    ),
    (
        "2024-05-28",
        "Truce hopes",
        "Qatar hosted Israel for indirect talks. Turkey accused Israel of delaying them.",
    ),
]


def sample_articles() -> list[Article]:
    """``TEST_STORIES`` as articles ``t0``, ``t1``... with their publication dates."""
    from datetime import date

    return [
        Article(
            f"t{i}",
            text,
            title=title,
            published=date.fromisoformat(day),
            source="Test Wire",
            url=f"https://example.org/news/{i}",
        )
        for i, (day, title, text) in enumerate(TEST_STORIES)
    ]


def sample_store(path: str = ":memory:") -> EventStore:
    """A store holding ``TEST_STORIES`` coded by ``KeywordCoder``."""
    from .loader import load_documents

    store = EventStore(path)
    load_documents(store, sample_articles(), KeywordCoder())
    return store
