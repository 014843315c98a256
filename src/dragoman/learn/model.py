"""The shipped event classifier: a linear model over hashed clause features.

``load_classifier()`` reads ``learn/models/event_classifier.npz`` (built by ``dragoman train``)
from the package, with no network. ``EventClassifier.classify`` decides the event type of a
candidate clause (or "no event"), its PLOVER mode and its context labels.
"""

from __future__ import annotations

import json
import logging
import threading
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from importlib import resources as importlib_resources
from pathlib import Path
from typing import Any

import numpy as np

from ..errors import ConfigError
from .features import FEATURE_VERSION, hash_features, surface_features

log = logging.getLogger(__name__)

MODEL_FILE = "event_classifier.npz"
NO_EVENT = "NONE"
NO_MODE = "-"

_lock = threading.Lock()
_cached: EventClassifier | None = None


@dataclass
class Prediction:
    """What the classifier decided for one candidate clause."""

    event_type: str | None  # None: no event
    confidence: float
    mode: str | None = None
    contexts: list[str] = field(default_factory=list)
    scores: dict[str, float] = field(default_factory=dict)  # probability per type (NONE included)


@dataclass
class LinearLayer:
    """Weights ``[classes, buckets]`` and biases of one linear model."""

    labels: list[str]
    weights: np.ndarray
    bias: np.ndarray

    def decision(self, idx: np.ndarray, val: np.ndarray) -> np.ndarray:
        return self.weights[:, idx] @ val + self.bias


def _softmax(z: np.ndarray) -> np.ndarray:
    z = z - z.max()
    e = np.exp(z)
    return e / e.sum()


class EventClassifier:
    """Event type, mode and contexts for candidate clauses.

    >>> clf = load_classifier()                                          # doctest: +SKIP
    >>> clf.classify("Russian forces shelled Kharkiv.", "shell").event_type  # doctest: +SKIP
    'ASSAULT'
    """

    def __init__(
        self,
        types: LinearLayer,
        modes: LinearLayer,
        contexts: LinearLayer,
        modes_by_type: dict[str, list[str]],
        meta: dict[str, Any] | None = None,
        context_threshold: float = 0.5,
    ) -> None:
        self.types = types
        self.modes = modes
        self.contexts = contexts
        self.modes_by_type = modes_by_type
        self.meta = meta or {}
        self.context_threshold = context_threshold
        self.n_buckets = types.weights.shape[1]

    def classify(
        self, sentence_text: str, trigger_lemma: str | None = None, clause_text: str | None = None
    ) -> Prediction:
        """Classify a candidate from strings alone (no parse needed)."""
        return self._predict(surface_features(sentence_text, trigger_lemma, clause_text))

    def classify_token(self, token: Any) -> Prediction:
        """Classify a candidate trigger token of a spaCy parse (adds dependency features)."""
        from .examples import token_features

        surface, dependency = token_features(token)
        return self._predict({**surface, **dependency})

    def classify_many(
        self, items: Iterable[tuple[str, str | None, str | None]]
    ) -> list[Prediction]:
        """Batch form of ``classify`` over (sentence_text, trigger_lemma, clause_text) tuples."""
        return [self.classify(*item) for item in items]

    def classify_tokens(self, tokens: Sequence[Any]) -> list[Prediction]:
        """Batch form of ``classify_token``."""
        return [self.classify_token(t) for t in tokens]

    def _predict(self, feats: dict[str, float]) -> Prediction:
        idx, val = hash_features(feats, self.n_buckets)
        probs = _softmax(self.types.decision(idx, val))
        best = int(probs.argmax())
        label = self.types.labels[best]
        scores = {lab: float(p) for lab, p in zip(self.types.labels, probs, strict=True)}
        if label == NO_EVENT:
            return Prediction(None, float(probs[best]), scores=scores)
        return Prediction(label, float(probs[best]), self._mode(label, idx, val), self._contexts(idx, val), scores)

    def _mode(self, event_type: str, idx: np.ndarray, val: np.ndarray) -> str | None:
        allowed = self.modes_by_type.get(event_type)
        if not allowed:
            return None
        type_idx, type_val = hash_features({f"T={event_type}": 1.0}, self.n_buckets)
        z = self.modes.decision(np.concatenate([idx, type_idx]), np.concatenate([val, type_val]))
        order = np.argsort(-z)
        for i in order:
            label = self.modes.labels[int(i)]
            if label == NO_MODE:
                return None
            if label in allowed:
                return label
        return None

    def _contexts(self, idx: np.ndarray, val: np.ndarray) -> list[str]:
        if not self.contexts.labels:
            return []
        z = self.contexts.decision(idx, val)
        probs = 1 / (1 + np.exp(-z))
        return [lab for lab, p in zip(self.contexts.labels, probs, strict=True) if p >= self.context_threshold]

    def save(self, path: Path) -> None:
        """Write weights (float32, compressed) and metadata to one ``.npz`` file."""
        meta = {
            **self.meta,
            "feature_version": FEATURE_VERSION,
            "type_labels": self.types.labels,
            "mode_labels": self.modes.labels,
            "context_labels": self.contexts.labels,
            "modes_by_type": self.modes_by_type,
            "context_threshold": self.context_threshold,
        }
        path.parent.mkdir(parents=True, exist_ok=True)
        np.savez_compressed(
            path,
            type_w=self.types.weights.astype(np.float32),
            type_b=self.types.bias.astype(np.float32),
            mode_w=self.modes.weights.astype(np.float32),
            mode_b=self.modes.bias.astype(np.float32),
            ctx_w=self.contexts.weights.astype(np.float32),
            ctx_b=self.contexts.bias.astype(np.float32),
            meta=np.frombuffer(json.dumps(meta).encode("utf-8"), dtype=np.uint8),
        )

    @classmethod
    def load(cls, path: Path) -> EventClassifier:
        """Read a model written by ``save``."""
        with np.load(path) as data:
            meta = json.loads(bytes(data["meta"]).decode("utf-8"))
            if meta.get("feature_version") != FEATURE_VERSION:
                raise ConfigError(
                    f"classifier model {path} was built for feature version {meta.get('feature_version')}, "
                    f"this Dragoman uses {FEATURE_VERSION}; rebuild it with `dragoman train`"
                )
            return cls(
                LinearLayer(meta["type_labels"], data["type_w"], data["type_b"]),
                LinearLayer(meta["mode_labels"], data["mode_w"], data["mode_b"]),
                LinearLayer(meta["context_labels"], data["ctx_w"], data["ctx_b"]),
                meta["modes_by_type"],
                meta,
                meta.get("context_threshold", 0.5),
            )


def default_model_path() -> Path:
    """Where the shipped model lives inside the installed package."""
    return Path(str(importlib_resources.files("dragoman.learn") / "models" / MODEL_FILE))


def load_classifier(path: Path | None = None) -> EventClassifier:
    """The event classifier, loaded once per process (or from ``path`` when given).

    >>> clf = load_classifier()  # doctest: +SKIP
    """
    global _cached
    if path is not None:
        return _load(path)
    with _lock:
        if _cached is None:
            _cached = _load(default_model_path())
    return _cached


def _load(path: Path) -> EventClassifier:
    if not path.exists():
        raise ConfigError(
            f"the event classifier model {path} is missing; rebuild it with `dragoman train` "
            f"(it reads data/gold/train.jsonl and dev.jsonl from the repository)"
        )
    classifier = EventClassifier.load(path)
    log.info("loaded event classifier %s", path)
    return classifier
