"""Sparse features of a candidate clause, hashed into a fixed number of buckets.

Two views, so that the same model serves callers with and without a parse:

- surface features from strings alone (trigger lemma, clause words and bigrams, the words next
  to the trigger, negation and modal cues, the rest of the sentence);
- dependency features when a spaCy token is given (the trigger's relation, its children and
  head, prepositional objects).

Words are lower-cased and crudely stemmed so that "struck"/"strikes"/"striking" share most
features with the trigger lemma the parser gives.
"""

from __future__ import annotations

import itertools
import re
import zlib
from collections.abc import Iterable
from functools import lru_cache
from typing import Any

import numpy as np

FEATURE_VERSION = 3
N_BUCKETS = 2**17

WORD = re.compile(r"[A-Za-z]+(?:['-][A-Za-z]+)*|\d+")
NEGATION = frozenset({"not", "n't", "never", "no", "without", "nor", "neither", "failed", "fail", "refused"})
MODALS = frozenset({"will", "would", "could", "might", "may", "can", "should", "must", "shall"})
SPEECH = frozenset({"said", "say", "says", "told", "according", "stated", "added", "claimed"})
SUFFIXES = ("ings", "ing", "ied", "ies", "ed", "es", "s")
OUTSIDE_WEIGHT = 0.4
TRIGGER_WEIGHT = 2.0
DEP_CHILD_DEPS = frozenset(
    {
        "dobj",
        "nsubj",
        "nsubjpass",
        "agent",
        "prep",
        "xcomp",
        "ccomp",
        "neg",
        "aux",
        "advmod",
        "compound",
        "amod",
        "prt",
        "attr",
        "dative",
    }
)


@lru_cache(maxsize=200_000)
def stem(word: str) -> str:
    """A crude, fast stem: lower case without common inflections.

    >>> stem("Struck"), stem("strikes"), stem("agreed"), stem("talks")
    ('struck', 'strik', 'agre', 'talk')
    """
    word = word.lower()
    for suffix in SUFFIXES:
        if len(word) > len(suffix) + 2 and word.endswith(suffix):
            return word[: -len(suffix)]
    return word


def words(text: str) -> list[str]:
    return [w.lower() for w in WORD.findall(text)]


def _trigger_position(clause_words: list[str], trigger: str) -> int | None:
    target = stem(trigger)
    for i, w in enumerate(clause_words):
        if stem(w) == target or w.startswith(trigger[:4]) and len(trigger) >= 4:
            return i
    return None


def surface_features(sentence: str, trigger: str | None, clause: str | None) -> dict[str, float]:
    """Features from strings only.

    >>> f = surface_features("Russia did not attack Kyiv.", "attack", None)
    >>> f["t=attack"], f["neg"], "t|neg=attack" in f
    (2.0, 1.0, True)
    """
    clause = clause or sentence
    clause_words = words(clause)
    feats: dict[str, float] = {}
    trig = (trigger or "").lower()
    if trig:
        # The trigger carries most of the signal; a larger value lets it outweigh context words
        # under the same regularisation.
        feats[f"t={trig}"] = TRIGGER_WEIGHT
        feats[f"ts={stem(trig)}"] = TRIGGER_WEIGHT
    for w in clause_words:
        feats[f"w={stem(w)}"] = 1.0
    for a, b in itertools.pairwise(clause_words):
        feats[f"b={stem(a)}_{stem(b)}"] = 1.0
    pos = _trigger_position(clause_words, trig) if trig else None
    if pos is not None:
        for offset in (-2, -1, 1, 2, 3):
            j = pos + offset
            if 0 <= j < len(clause_words):
                feats[f"p{offset}={stem(clause_words[j])}"] = 1.0
                if offset in (-1, 1, 2):
                    feats[f"t|p{offset}={trig}|{stem(clause_words[j])}"] = 1.0
    cues = set(clause_words[max(0, (pos or 0) - 3) : (pos or len(clause_words)) + 1])
    if cues & NEGATION:
        feats["neg"] = 1.0
        if trig:
            feats[f"t|neg={trig}"] = 1.0
    for modal in cues & MODALS:
        feats[f"mod={modal}"] = 1.0
    if set(clause_words) & SPEECH:
        feats["speech"] = 1.0
    if '"' in clause or "“" in clause:
        feats["quote"] = 1.0
    if clause is not sentence and clause != sentence:
        inside = set(clause_words)
        for w in words(sentence):
            if w not in inside:
                feats[f"o={stem(w)}"] = OUTSIDE_WEIGHT
    feats["bias"] = 1.0
    return feats


def dependency_features(token: Any) -> dict[str, float]:
    """Features from a spaCy token: its relation, head, children and prepositional objects."""
    lemma = token.lemma_.lower()
    feats: dict[str, float] = {
        f"dep={token.dep_}": 1.0,
        f"tag={token.tag_}": 1.0,
        f"t|dep={lemma}|{token.dep_}": 1.0,
        f"head={token.head.lemma_.lower()}": 1.0,
    }
    for child in token.children:
        if child.dep_ not in DEP_CHILD_DEPS:
            continue
        feats[f"c={child.dep_}:{child.lemma_.lower()}"] = 1.0
        if child.dep_ == "prep":
            for pobj in child.children:
                if pobj.dep_ == "pobj":
                    feats[f"pp={child.lower_}_{pobj.lemma_.lower()}"] = 1.0
                    feats[f"pp={child.lower_}_{pobj.ent_type_ or pobj.pos_}"] = 1.0
        if child.dep_ in ("nsubj", "nsubjpass", "dobj") and child.ent_type_:
            feats[f"ent={child.dep_}:{child.ent_type_}"] = 1.0
    return feats


@lru_cache(maxsize=500_000)
def _crc(key: str) -> int:
    return zlib.crc32(key.encode("utf-8"))


def hash_features(feats: dict[str, float], n_buckets: int = N_BUCKETS) -> tuple[np.ndarray, np.ndarray]:
    """Bucket indices and values (duplicates summed by the caller's sparse matrix)."""
    idx = np.fromiter((_crc(k) % n_buckets for k in feats), dtype=np.int64, count=len(feats))
    val = np.fromiter(feats.values(), dtype=np.float32, count=len(feats))
    return idx, val


def to_matrix(rows: Iterable[dict[str, float]], n_buckets: int = N_BUCKETS) -> Any:
    """A scipy CSR matrix of hashed feature rows (for training)."""
    from scipy.sparse import csr_matrix

    indptr = [0]
    indices: list[np.ndarray] = []
    values: list[np.ndarray] = []
    for feats in rows:
        idx, val = hash_features(feats, n_buckets)
        indices.append(idx)
        values.append(val)
        indptr.append(indptr[-1] + len(idx))
    data = np.concatenate(values) if values else np.zeros(0, np.float32)
    ind = np.concatenate(indices) if indices else np.zeros(0, np.int64)
    matrix = csr_matrix((data, ind, np.asarray(indptr)), shape=(len(indptr) - 1, n_buckets))
    matrix.sum_duplicates()
    return matrix
