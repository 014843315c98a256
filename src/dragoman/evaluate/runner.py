"""Code gold documents with a pipeline and score the result; ablations swap pipeline parts."""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import date
from typing import Any

from ..pipeline import Pipeline
from ..resources import Resources
from ..schemas import Article
from .gold import GoldDocument, GoldSet
from .matching import EventRef
from .scoring import EvaluationReport, add_document

log = logging.getLogger(__name__)

Progress = Callable[[int, int], None]


def _published(value: str | None) -> date | None:
    try:
        return date.fromisoformat(value[:10]) if value else None
    except ValueError:
        return None


def code_gold(
    documents: list[GoldDocument], pipeline: Pipeline, progress: Progress | None = None
) -> dict[str, list[EventRef]]:
    """System events per gold document id (a document that fails to code counts as no events)."""
    articles = (Article(doc_id=d.doc_id, text=d.text, published=_published(d.date)) for d in documents)
    produced: dict[str, list[EventRef]] = {}
    for i, coded in enumerate(pipeline.pipe(articles), 1):
        if coded.error:
            log.warning("%s: %s", coded.article.doc_id, coded.error)
        produced[coded.article.doc_id] = [EventRef.from_event(e) for e in coded.events]
        if progress:
            progress(i, len(documents))
    return produced


def evaluate_gold(
    gold: GoldSet, pipeline: Pipeline | None = None, progress: Progress | None = None
) -> EvaluationReport:
    """Code every gold document and score it.

    >>> report = evaluate_gold(load_gold(Path("data/gold/test.jsonl")))  # doctest: +SKIP
    >>> round(report.macro_f1, 2)                                          # doctest: +SKIP
    0.83
    """
    pipeline = pipeline or Pipeline()
    produced = code_gold(gold.documents, pipeline, progress)
    report = EvaluationReport()
    for doc in gold.documents:
        add_document(report, doc.doc_id, doc.text, doc.events, produced.get(doc.doc_id, []))
    return report


def ablation_pipelines(base: Pipeline | None = None) -> dict[str, Pipeline]:
    """The pipelines an ablation compares: the full system, and the rules without the classifier.

    The variants share the loaded spaCy model, knowledge base and gazetteer.
    """
    base = base or Pipeline()
    shared: dict[str, Any] = {
        "nlp": base.resources.nlp,
        "kb": base.resources.kb,
        "gazetteer": base.resources.gazetteer,
    }
    rules_only = Pipeline(resources=Resources(base.resources.settings, classifier=None, **shared))
    return {"rules + classifier": base, "rules only": rules_only}


def evaluate_ablation(gold: GoldSet, base: Pipeline | None = None) -> dict[str, EvaluationReport]:
    """One report per ablation variant."""
    return {name: evaluate_gold(gold, pipeline) for name, pipeline in ablation_pipelines(base).items()}
