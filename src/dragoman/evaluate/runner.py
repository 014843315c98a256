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
    documents: list[GoldDocument],
    pipeline: Pipeline,
    progress: Progress | None = None,
    articles: dict[str, str] | None = None,
) -> dict[str, list[EventRef]]:
    """System events per gold document id (a document that fails to code counts as no events).

    A sentence of a stored article is coded inside its article, as analysts run the coder: the
    article up to its last annotated sentence is coded once, and each event goes to the annotated
    sentence holding its trigger. Without ``articles`` every document is coded on its own text.
    """
    articles = articles or {}
    in_articles: dict[str, list[GoldDocument]] = {}
    alone: list[GoldDocument] = []
    for doc in documents:
        (in_articles.setdefault(doc.article, []) if doc.article in articles else alone).append(doc)
    units = [Article(doc_id=d.doc_id, text=d.text, published=_published(d.date)) for d in alone]
    units += [Article(doc_id=key, text=articles[key][: max(d.end for d in docs)], published=_published(docs[0].date))
              for key, docs in in_articles.items()]
    produced: dict[str, list[EventRef]] = {d.doc_id: [] for d in documents}
    for i, coded in enumerate(pipeline.pipe(iter(units)), 1):
        if coded.error:
            log.warning("%s: %s", coded.article.doc_id, coded.error)
        sentences = in_articles.get(coded.article.doc_id)
        for event in coded.events if sentences is None else coded.events + coded.retold:
            owner = coded.article.doc_id if sentences is None else next(
                (d.doc_id for d in sentences if d.start <= event.evidence.char_start < d.end), None)
            if owner is not None:
                produced[owner].append(EventRef.from_event(event))
        if progress:
            progress(i, len(units))
    return produced


def evaluate_gold(
    gold: GoldSet, pipeline: Pipeline | None = None, progress: Progress | None = None, in_articles: bool = True
) -> EvaluationReport:
    """Code every gold document and score it (sentences of stored articles in their article, unless
    ``in_articles`` is false).

    >>> report = evaluate_gold(load_gold(Path("data/gold/test.jsonl")))  # doctest: +SKIP
    >>> round(report.macro_f1, 2)                                          # doctest: +SKIP
    0.83
    """
    pipeline = pipeline or Pipeline()
    produced = code_gold(gold.documents, pipeline, progress, gold.articles if in_articles else None)
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
