"""The typed records that flow through the pipeline.

``Article`` (what ingest reads) -> ``CodedDocument`` (what stages enrich) -> ``Event`` (the
public record, one per source-target pair, written as JSON lines). Field names of ``Event``
are the project's contract: extend, never rename.
"""

from __future__ import annotations

import hashlib
from dataclasses import asdict, dataclass, field
from datetime import date
from typing import Any


@dataclass
class Article:
    """One news document as ingest reads it."""

    doc_id: str
    text: str
    title: str | None = None
    published: date | None = None
    url: str | None = None
    source: str | None = None  # outlet or site name
    dateline: str | None = None  # place named before the first dash ("ANKARA —")
    origin: str | None = None  # file path or record locator, for error messages

    @property
    def content_hash(self) -> str:
        """Stable hash of the text, title and date: the store's identity for a document."""
        key = "\x1f".join([self.title or "", self.text, self.published.isoformat() if self.published else ""])
        return hashlib.sha256(key.encode("utf-8")).hexdigest()


@dataclass
class Actor:
    """Who acted or was acted upon, as resolved against the knowledge base and the document."""

    name: str
    country: str | None = None  # ISO alpha-3, or IGO/NGO-style code
    sector: str | None = None  # GOV, MIL, REB, SPY, ...
    org: str | None = None  # organisation, e.g. "Hamas", "NATO"
    kb_id: str | None = None
    text: str = ""  # the words in the sentence

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass
class Location:
    name: str
    country: str | None = None
    admin1: str | None = None
    lat: float | None = None
    lon: float | None = None
    geonameid: int | None = None
    feature: str | None = None  # country, admin1, city, region

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass
class Evidence:
    sentence: str
    trigger: str
    char_start: int  # trigger offsets in the document text
    char_end: int

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass
class Span:
    """A stretch of the document text: [start, end) character offsets."""

    start: int
    end: int
    text: str


@dataclass
class ArgumentMention:
    """A candidate actor in a sentence, before and after resolution.

    ``head`` is the syntactic head of the phrase; ``phrase`` the whole noun phrase.
    The actors stage fills ``actor``.
    """

    head: Span
    phrase: Span
    actor: Actor | None = None
    is_pronoun: bool = False
    descriptor: Span | None = None  # role words naming who this is ("Turkey's foreign minister")


@dataclass
class EventCandidate:
    """An event found in one sentence, before it is split into source-target pairs."""

    sentence_index: int
    event_type: str
    trigger: Span
    sources: list[ArgumentMention] = field(default_factory=list)
    targets: list[ArgumentMention] = field(default_factory=list)
    mode: str | None = None
    contexts: list[str] = field(default_factory=list)
    negated: bool = False
    modality: str = "factual"  # factual, negated, failed, future, intended, hypothetical, deontic, question
    confidence: float = 0.5
    symmetric: bool = False  # CONSULT-like events between peers
    needs_target: bool = False  # without a resolved target the words are too vague to code
    armed_forces: bool = False  # the words say the actors are military ("joint naval exercises")
    anchor: Span | None = None  # verb heading the event's clause ("expressed" for "expressed concerns")
    place: Span | None = None  # place phrase stated for the event ("in Doha")
    location: Location | None = None
    date_phrase: Span | None = None  # "on Sunday", "last week"
    date: date | None = None
    date_text: str | None = None
    date_precision: str | None = None  # day, week, month, year
    rule: str = ""  # which rule or model produced it, for evaluation and debugging
    speakers: list[ArgumentMention] = field(default_factory=list)  # who reported a future use of force
    warned_about: list[ArgumentMention] = field(default_factory=list)  # actor of a warning's content
    reciprocal: bool = False  # "expelled each other's diplomats": each source acts on every other
    agentless: bool = False  # a passive that names no agent ("he was arrested"): the source is unidentified


@dataclass
class Sentence:
    index: int
    start: int
    end: int
    text: str


@dataclass
class PlaceMention:
    """A place named in the document and what the gazetteer made of it."""

    span: Span
    location: Location | None


@dataclass
class CodedDocument:
    """The record every stage reads and enriches."""

    article: Article
    doc: Any = None  # spaCy Doc, set by the nlp stage
    sentences: list[Sentence] = field(default_factory=list)
    candidates: list[EventCandidate] = field(default_factory=list)
    places: list[PlaceMention] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    retold: list[Event] = field(default_factory=list)  # later tellings of an event already in ``events``
    document_location: Location | None = None  # dateline place
    assigned: set[str] = field(default_factory=set)  # attributes filled so far, for stage checks
    error: str | None = None  # set when a stage failed on this document; later stages skip it


@dataclass
class Event:
    """The public event record (one source-target pair)."""

    event_id: str
    doc_id: str
    sentence_index: int
    event_type: str
    mode: str | None
    contexts: list[str]
    date: str | None
    date_text: str | None
    source: Actor | None
    target: Actor | None
    location: Location | None
    evidence: Evidence
    negated: bool
    confidence: float
    cameo: str
    quad_class: int
    goldstein: float
    date_precision: str | None = None
    coder_version: str = ""

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON-ready dict with the contract's field names."""
        return {
            "event_id": self.event_id,
            "doc_id": self.doc_id,
            "sentence_index": self.sentence_index,
            "event_type": self.event_type,
            "mode": self.mode,
            "contexts": list(self.contexts),
            "date": self.date,
            "date_text": self.date_text,
            "date_precision": self.date_precision,
            "source": self.source.to_dict() if self.source else None,
            "target": self.target.to_dict() if self.target else None,
            "location": self.location.to_dict() if self.location else None,
            "evidence": self.evidence.to_dict(),
            "negated": self.negated,
            "confidence": round(self.confidence, 3),
            "cameo": self.cameo,
            "quad_class": self.quad_class,
            "goldstein": self.goldstein,
            "coder_version": self.coder_version,
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Event:
        """Inverse of ``to_dict``: rebuild an event from a JSON line or a stored row."""
        src, tgt, loc = data.get("source"), data.get("target"), data.get("location")
        return cls(
            event_id=data["event_id"],
            doc_id=data["doc_id"],
            sentence_index=int(data["sentence_index"]),
            event_type=data["event_type"],
            mode=data.get("mode"),
            contexts=list(data.get("contexts") or []),
            date=data.get("date"),
            date_text=data.get("date_text"),
            source=Actor(**src) if src else None,
            target=Actor(**tgt) if tgt else None,
            location=Location(**loc) if loc else None,
            evidence=Evidence(**data["evidence"]),
            negated=bool(data.get("negated")),
            confidence=float(data.get("confidence") or 0.0),
            cameo=data.get("cameo") or "",
            quad_class=int(data.get("quad_class") or 0),
            goldstein=float(data.get("goldstein") or 0.0),
            date_precision=data.get("date_precision"),
            coder_version=data.get("coder_version") or "",
        )
