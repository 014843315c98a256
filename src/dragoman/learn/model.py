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
    """Weights ``[classes, columns]`` and biases of one linear model.

    ``columns`` maps a feature bucket to its weight column (-1: bucket never seen in training);
    ``None`` means the weights cover every bucket.
    """

    labels: list[str]
    weights: np.ndarray
    bias: np.ndarray
    columns: np.ndarray | None = None

    def decision(self, idx: np.ndarray, val: np.ndarray) -> np.ndarray:
        if self.columns is not None:
            cols = self.columns[idx]
            seen = cols >= 0
            idx, val = cols[seen], val[seen]
        return self.weights[:, idx] @ val + self.bias

    def dense(self) -> np.ndarray:
        """Weights over every bucket (for saving)."""
        if self.columns is None:
            return self.weights
        full = np.zeros((self.weights.shape[0], len(self.columns)), np.float32)
        used = np.flatnonzero(self.columns >= 0)
        full[:, used] = self.weights[:, self.columns[used]]
        return full


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
        self.n_buckets = len(types.columns) if types.columns is not None else types.weights.shape[1]

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

    def classify_many(self, items: Iterable[tuple[str, str | None, str | None]]) -> list[Prediction]:
        """Batch form of ``classify`` over (sentence_text, trigger_lemma, clause_text) tuples."""
        return [self.classify(*item) for item in items]

    def classify_tokens(self, tokens: Sequence[Any]) -> list[Prediction]:
        """Batch form of ``classify_token``."""
        return [self.classify_token(t) for t in tokens]

    def scan_sentence(self, sentence: Any, min_confidence: float = 0.8) -> list[tuple[Any, Prediction]]:
        """Verbs of a parsed sentence (spaCy span) that the model reads as events on its own.

        For recall: a caller can turn these into candidates where its rules found none.
        """
        found = []
        for token in sentence:
            if token.pos_ != "VERB":
                continue
            prediction = self.classify_token(token)
            if prediction.event_type and prediction.confidence >= min_confidence:
                found.append((token, prediction))
        return found

    def _predict(self, feats: dict[str, float]) -> Prediction:
        idx, val = hash_features(feats, self.n_buckets)
        probs = _softmax(self.types.decision(idx, val))
        best = int(probs.argmax())
        label = self.types.labels[best]
        scores = {lab: float(p) for lab, p in zip(self.types.labels, probs, strict=True)}
        if label == NO_EVENT:
            return Prediction(None, float(probs[best]), scores=scores)
        return Prediction(
            label, float(probs[best]), self._mode(label, idx, val), self._contexts(idx, val), scores
        )

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
        return [
            lab for lab, p in zip(self.contexts.labels, probs, strict=True) if p >= self.context_threshold
        ]

    def save(self, path: Path) -> None:
        """Write weights and metadata to one compressed ``.npz``.

        Only buckets with a weight are stored (float16, far below the precision that matters
        for an argmax over a few dozen features).
        """
        layers = {"type": self.types, "mode": self.modes, "ctx": self.contexts}
        dense = {name: layer.dense() for name, layer in layers.items()}
        used = np.flatnonzero(np.any(np.vstack([w for w in dense.values() if w.size]) != 0, axis=0))
        meta = {
            **self.meta,
            "feature_version": FEATURE_VERSION,
            "n_buckets": self.n_buckets,
            "type_labels": self.types.labels,
            "mode_labels": self.modes.labels,
            "context_labels": self.contexts.labels,
            "modes_by_type": self.modes_by_type,
            "context_threshold": self.context_threshold,
        }
        arrays: dict[str, Any] = {f"{name}_w": dense[name][:, used].astype(np.float16) for name in layers}
        arrays.update({f"{name}_b": layer.bias.astype(np.float32) for name, layer in layers.items()})
        path.parent.mkdir(parents=True, exist_ok=True)
        arrays["used"] = used.astype(np.int32)
        arrays["meta"] = np.frombuffer(json.dumps(meta).encode("utf-8"), dtype=np.uint8)
        np.savez_compressed(path, **arrays)

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
            columns = np.full(int(meta["n_buckets"]), -1, dtype=np.int64)
            columns[data["used"]] = np.arange(len(data["used"]))

            def layer(name: str, labels: list[str]) -> LinearLayer:
                return LinearLayer(labels, data[f"{name}_w"].astype(np.float32), data[f"{name}_b"], columns)

            return cls(
                layer("type", meta["type_labels"]),
                layer("mode", meta["mode_labels"]),
                layer("ctx", meta["context_labels"]),
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
