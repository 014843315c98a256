"""Rebuild the shipped classifier from the gold sentences (``dragoman train``).

Steps, all with fixed seeds so that two runs give the same model:

1. parse data/gold/train.jsonl and dev.jsonl, turn every candidate trigger into a row
   (``examples.py``); add the real-news sentences of data/gold/guardian_train.jsonl when their
   text is available (offsets into ../shared/data/ngec/guardian_sample.csv; skipped with a log
   line otherwise); optionally add the synthetic stories (``synthetic.py``);
2. pick the regularisation strength and class weighting of the type model by clause-level
   macro F1 on dev (the test split is never read here);
3. keep the best type model (dev is not refit into it, so it stays a clean split for tuning
   the events stage), fit the mode and context models on train, and save one compressed
   ``.npz`` with the dev scores in its metadata.

Never read: data/gold/test.jsonl and guardian.jsonl (held out), nor guardian_dev.jsonl (real-news
development data for tuning the events stage end to end).
"""

from __future__ import annotations

import logging
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np

from ..codes import EventType
from .examples import Example
from .features import N_BUCKETS, stem, to_matrix
from .model import NO_EVENT, NO_MODE, EventClassifier, LinearLayer

log = logging.getLogger(__name__)

SEED = 13
GRID = [(c, "balanced") for c in (1.0, 3.0, 10.0)]
SYNTHETIC_WEIGHT = 0.3
MIN_CONTEXT_EXAMPLES = 4
TYPES = [t.value for t in EventType]
REAL_NEWS_FILE = "guardian_train.jsonl"


@dataclass
class TrainingData:
    train: list[Example]
    dev: list[Example]
    synthetic: list[Example] = field(default_factory=list)
    real_news: list[Example] = field(default_factory=list)  # guardian_train.jsonl, full weight


def trigger_stems(examples: list[Example]) -> dict[str, set[str]]:
    """Stems of the annotated trigger words of each type."""
    found: dict[str, set[str]] = {}
    for e in examples:
        if e.event_type and e.trigger:
            found.setdefault(e.event_type, set()).add(stem(e.trigger))
    return found


def _views(examples: list[Example]) -> list[dict[str, float]]:
    """Each example twice: strings only, and strings plus parse (the two ways callers classify)."""
    return [e.surface for e in examples] + [{**e.surface, **e.dependency} for e in examples]


def lexical_rows(examples: list[Example]) -> list[Example]:
    """Trigger-only copies of the gold positives: a lexical prior that context words cannot drown."""
    rows = []
    for e in examples:
        if e.event_type and e.doc_id != "synthetic":
            keep = {k: v for k, v in e.surface.items() if k.startswith(("t=", "ts=", "t|", "bias"))}
            rows.append(
                Example(keep, {}, e.event_type, e.mode, list(e.contexts), e.doc_id + "#lex", e.trigger)
            )
    return rows


def _weights(examples: list[Example]) -> np.ndarray:
    w = np.array([SYNTHETIC_WEIGHT if e.doc_id == "synthetic" else 1.0 for e in examples])
    return np.concatenate([w, w])


def fit_linear(
    rows: list[dict[str, float]], labels: list[str], weights: np.ndarray, c: float, class_weight: Any
) -> LinearLayer:
    """A multinomial logistic regression over hashed rows, as a ``LinearLayer``."""
    from sklearn.linear_model import LogisticRegression

    matrix = to_matrix(rows, N_BUCKETS)
    used = np.unique(matrix.indices)  # fit on the buckets that occur: far fewer than N_BUCKETS
    model = LogisticRegression(C=c, class_weight=class_weight, max_iter=300, tol=1e-3, random_state=SEED)
    model.fit(matrix[:, used].astype(np.float64), labels, sample_weight=weights)
    classes = [str(x) for x in model.classes_]
    coef, bias = model.coef_, model.intercept_
    if len(classes) == 2:  # sklearn keeps one row for two classes
        coef, bias = np.vstack([-coef[0], coef[0]]) / 2, np.array([-bias[0], bias[0]]) / 2
    full = np.zeros((len(classes), N_BUCKETS), np.float32)
    full[:, used] = coef
    return LinearLayer(classes, full, bias.astype(np.float32))


def fit_types(examples: list[Example], c: float, class_weight: Any) -> LinearLayer:
    labels = [e.event_type or NO_EVENT for e in examples] * 2
    return fit_linear(_views(examples), labels, _weights(examples), c, class_weight)


def fit_modes(examples: list[Example]) -> tuple[LinearLayer, dict[str, list[str]]]:
    """Mode given the (gold) type: the type is a feature, the allowed modes a mask at prediction."""
    positives = [e for e in examples if e.event_type]
    rows = [{**r, f"T={e.event_type}": 1.0} for r, e in zip(_views(positives), positives * 2, strict=True)]
    labels = [(e.mode or NO_MODE) for e in positives] * 2
    by_type: dict[str, set[str]] = {}
    for e in positives:
        if e.mode and e.event_type:
            by_type.setdefault(e.event_type, set()).add(e.mode)
    return fit_linear(rows, labels, _weights(positives), 1.0, None), {
        t: sorted(m) for t, m in by_type.items()
    }


def fit_contexts(examples: list[Example]) -> LinearLayer:
    """One-vs-rest context labels (only gold examples carry contexts)."""
    positives = [e for e in examples if e.event_type and e.doc_id != "synthetic"]
    counts = Counter(c for e in positives for c in e.contexts)
    labels = sorted(c for c, n in counts.items() if n >= MIN_CONTEXT_EXAMPLES)
    weights, biases = [], []
    rows = _views(positives)
    for label in labels:
        target = [str(label in e.contexts) for e in positives] * 2
        layer = fit_linear(rows, target, np.ones(len(rows)), 1.0, "balanced")
        row = layer.labels.index("True")
        weights.append(layer.weights[row] - layer.weights[1 - row])
        biases.append(layer.bias[row] - layer.bias[1 - row])
    if not labels:
        return LinearLayer([], np.zeros((0, N_BUCKETS), np.float32), np.zeros(0, np.float32))
    return LinearLayer(labels, np.vstack(weights).astype(np.float32), np.array(biases, np.float32))


def clause_scores(
    classifier: EventClassifier, examples: list[Example], with_parse: bool = True
) -> dict[str, Any]:
    """Clause-level per-type P/R/F1 and macro F1 over the 16 types (NONE is not averaged)."""
    gold = [e.event_type or NO_EVENT for e in examples]
    pred = []
    for e in examples:
        feats = {**e.surface, **e.dependency} if with_parse else e.surface
        pred.append(classifier._predict(feats).event_type or NO_EVENT)
    per_type: dict[str, float] = {}
    for t in TYPES:
        tp = sum(g == p == t for g, p in zip(gold, pred, strict=True))
        n_pred, n_gold = pred.count(t), gold.count(t)
        prec, rec = (tp / n_pred if n_pred else 0.0), (tp / n_gold if n_gold else 0.0)
        if n_gold or n_pred:
            per_type[t] = round(2 * prec * rec / (prec + rec), 4) if prec + rec else 0.0
    accuracy = sum(g == p for g, p in zip(gold, pred, strict=True)) / len(gold) if gold else 0.0
    macro = sum(per_type.values()) / len(per_type) if per_type else 0.0
    return {
        "macro_f1": round(macro, 4),
        "accuracy": round(accuracy, 4),
        "per_type_f1": per_type,
        "rows": len(gold),
    }


def _assemble(types: LinearLayer, examples: list[Example], meta: dict[str, Any]) -> EventClassifier:
    modes, by_type = fit_modes(examples)
    return EventClassifier(types, modes, fit_contexts(examples), by_type, meta)


def select_and_fit(data: TrainingData, progress: Callable[[str], None] | None = None) -> EventClassifier:
    """Grid-search the type model on dev and keep the best one; dev stays unseen by the weights.

    Dev is kept out of the final fit so that it remains a clean split for tuning the rules'
    use of the classifier (thresholds) end to end.
    """
    say = progress or (lambda message: log.info(message))
    gold = data.train + data.real_news
    train = gold + lexical_rows(gold) + data.synthetic
    best: tuple[float, float, LinearLayer] | None = None
    for c, class_weight in GRID:
        types = fit_types(train, c, class_weight)
        score = clause_scores(EventClassifier(types, *_empty_heads()), data.dev)["macro_f1"]
        say(f"C={c} class_weight={class_weight}: dev clause macro F1 {score:.3f}")
        if best is None or score > best[0]:
            best = (score, c, types)
    assert best is not None
    _, c, types = best
    meta: dict[str, Any] = {
        "C": c,
        "class_weight": GRID[0][1],
        "seed": SEED,
        "train_rows": len(data.train),
        "real_news_rows": len(data.real_news),
        "dev_rows": len(data.dev),
        "synthetic_rows": len(data.synthetic),
    }
    classifier = _assemble(types, train, meta)
    classifier.meta["dev_scores"] = clause_scores(classifier, data.dev)
    classifier.meta["dev_scores_strings_only"] = clause_scores(classifier, data.dev, with_parse=False)
    return classifier


def _empty_heads() -> tuple[LinearLayer, LinearLayer, dict[str, list[str]]]:
    empty = LinearLayer([], np.zeros((0, N_BUCKETS), np.float32), np.zeros(0, np.float32))
    return empty, empty, {}


def find_gold_dir(start: Path | None = None) -> Path | None:
    """``data/gold`` of the repository holding ``start`` (default: the working directory)."""
    base = (start or Path.cwd()).resolve()
    for folder in [base, *base.parents]:
        if (folder / "data" / "gold" / "train.jsonl").exists():
            return folder / "data" / "gold"
    return None


def real_news_documents(gold_dir: Path, say: Callable[[str], None]) -> list[Any]:
    """The sentences of ``gold_dir``/guardian_train.jsonl, or none when their text is not available.

    The file keeps offsets only; the text comes from ../shared/data/ngec/guardian_sample.csv.
    Only guardian_train.jsonl is read: guardian_dev.jsonl stays development data for the events
    stage and guardian.jsonl is held out.

    >>> real_news_documents(Path("data/gold"), print)  # doctest: +SKIP
    [GoldDocument(doc_id='gt001', ...), ...]
    """
    from ..evaluate.gold import load_gold

    path = gold_dir / REAL_NEWS_FILE
    if not path.exists():
        say(f"no {path}; training without real-news sentences")
        return []
    gold = load_gold(path)
    if gold.skipped:
        say(f"{path.name} not used ({gold.skip_reason}); training without real-news sentences")
    return gold.documents


def train_classifier(
    gold_dir: Path,
    out: Path,
    synthetic: Path | None = None,
    nlp: Any = None,
    progress: Callable[[str], None] | None = None,
    real_news: bool = True,
) -> EventClassifier:
    """Build the classifier from ``gold_dir``/train.jsonl, dev.jsonl and guardian_train.jsonl.

    The real-news file is read when ``real_news`` is true and its text is available; the
    synthetic stories are added when a path is given.

    >>> train_classifier(Path("data/gold"), Path("model.npz"))  # doctest: +SKIP
    """
    from ..config import Settings
    from ..evaluate.gold import load_gold
    from ..resources import load_spacy_model
    from .examples import build_examples
    from .synthetic import synthetic_examples

    say = progress or (lambda message: log.info(message))
    nlp = nlp or load_spacy_model(Settings.from_env().model)
    train_docs = load_gold(gold_dir / "train.jsonl").documents
    dev_docs = load_gold(gold_dir / "dev.jsonl").documents
    data = TrainingData(build_examples(train_docs, nlp), build_examples(dev_docs, nlp))
    if real_news:
        data.real_news = build_examples(real_news_documents(gold_dir, say), nlp)
    say(f"gold rows: {len(data.train)} train, {len(data.real_news)} real news, {len(data.dev)} dev")
    if synthetic is not None:
        data.synthetic = synthetic_examples(synthetic, trigger_stems(data.train))
        say(f"synthetic rows: {len(data.synthetic)}")
    classifier = select_and_fit(data, say)
    classifier.meta["synthetic"] = synthetic is not None
    classifier.meta["real_news"] = bool(data.real_news)
    classifier.save(out)
    say(f"saved {out} ({out.stat().st_size / 1e6:.1f} MB)")
    return classifier


def score_documents(documents: list[Any], classifier: EventClassifier, nlp: Any = None) -> dict[str, Any]:
    """The classifier's own clause-level scores on gold documents with annotated triggers.

    >>> score_documents(load_gold(Path("data/gold/test.jsonl")).documents, load_classifier())  # doctest: +SKIP
    {'macro_f1': ..., 'accuracy': ..., 'per_type_f1': {...}, 'rows': ...}
    """
    from ..config import Settings
    from ..resources import load_spacy_model
    from .examples import build_examples

    nlp = nlp or load_spacy_model(Settings.from_env().model)
    examples = build_examples(documents, nlp)
    return {
        "with_parse": clause_scores(classifier, examples),
        "strings_only": clause_scores(classifier, examples, False),
    }
