"""Scores of system events against gold events: per type P/R/F1, macro and micro F1, actor and
mode accuracy, a confusion matrix, non-event false alarms and the worst documents.

Everything here works on ``EventRef`` lists, so it can be tested with hand-made predictions.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from ..codes import EventType
from .matching import DocumentMatch, EventRef, match_document, source_target_correct

NONE_LABEL = "NONE"
ALL_TYPES = [t.value for t in EventType]


@dataclass
class TypeScore:
    gold: int = 0
    predicted: int = 0
    correct: int = 0  # same type, one-to-one

    @property
    def precision(self) -> float:
        return self.correct / self.predicted if self.predicted else 0.0

    @property
    def recall(self) -> float:
        return self.correct / self.gold if self.gold else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def to_dict(self) -> dict[str, Any]:
        return {
            "gold": self.gold,
            "predicted": self.predicted,
            "correct": self.correct,
            "precision": round(self.precision, 4),
            "recall": round(self.recall, 4),
            "f1": round(self.f1, 4),
        }


@dataclass
class DocumentError:
    """A document whose events were not all right, for the worst-errors list."""

    doc_id: str
    text: str
    missed: list[str]
    spurious: list[str]
    wrong_actors: list[str]
    confused: list[str]

    @property
    def weight(self) -> int:
        return len(self.missed) + len(self.spurious) + len(self.wrong_actors) + 2 * len(self.confused)


@dataclass
class EvaluationReport:
    """Every number ``dragoman evaluate`` prints."""

    documents: int = 0
    per_type: dict[str, TypeScore] = field(default_factory=lambda: {t: TypeScore() for t in ALL_TYPES})
    confusion: Counter[tuple[str, str]] = field(default_factory=Counter)  # (gold, predicted)
    matched: int = 0
    triples_correct: int = 0
    source_correct: int = 0
    target_correct: int = 0
    mode_total: int = 0
    mode_correct: int = 0
    exact_documents: int = 0
    non_event_documents: int = 0
    non_event_with_events: int = 0
    errors: list[DocumentError] = field(default_factory=list)

    @property
    def gold_events(self) -> int:
        return sum(s.gold for s in self.per_type.values())

    @property
    def predicted_events(self) -> int:
        return sum(s.predicted for s in self.per_type.values())

    def scored_types(self) -> list[str]:
        """Types that occur in the gold or the output; the macro average runs over these."""
        return [t for t, s in self.per_type.items() if s.gold or s.predicted]

    @property
    def macro_f1(self) -> float:
        types = self.scored_types()
        return sum(self.per_type[t].f1 for t in types) / len(types) if types else 0.0

    @property
    def micro(self) -> TypeScore:
        return TypeScore(
            self.gold_events, self.predicted_events, sum(s.correct for s in self.per_type.values())
        )

    @property
    def triple_accuracy(self) -> float:
        """Gold events found with the right type, source country and target country."""
        return self.triples_correct / self.gold_events if self.gold_events else 0.0

    @property
    def triple_precision(self) -> float:
        return self.triples_correct / self.predicted_events if self.predicted_events else 0.0

    def ratio(self, part: int, whole: int) -> float:
        return part / whole if whole else 0.0

    def to_dict(self, worst: int = 20) -> dict[str, Any]:
        """JSON-ready summary (what ``--format json`` prints)."""
        return {
            "documents": self.documents,
            "gold_events": self.gold_events,
            "predicted_events": self.predicted_events,
            "macro_f1": round(self.macro_f1, 4),
            "micro": self.micro.to_dict(),
            "per_type": {t: self.per_type[t].to_dict() for t in ALL_TYPES},
            "triple_accuracy": round(self.triple_accuracy, 4),
            "triple_precision": round(self.triple_precision, 4),
            "source_accuracy": round(self.ratio(self.source_correct, self.matched), 4),
            "target_accuracy": round(self.ratio(self.target_correct, self.matched), 4),
            "mode_accuracy": round(self.ratio(self.mode_correct, self.mode_total), 4),
            "mode_scored": self.mode_total,
            "exact_documents": self.exact_documents,
            "non_event_documents": self.non_event_documents,
            "non_event_false_alarm_rate": round(
                self.ratio(self.non_event_with_events, self.non_event_documents), 4
            ),
            "confusion": [
                {"gold": g, "predicted": p, "count": n} for (g, p), n in sorted(self.confusion.items())
            ],
            "worst_errors": [e.__dict__ for e in self.worst_errors(worst)],
        }

    def worst_errors(self, n: int = 10) -> list[DocumentError]:
        return sorted(self.errors, key=lambda e: (-e.weight, e.doc_id))[:n]


def add_document(
    report: EvaluationReport, doc_id: str, text: str, gold: list[EventRef], system: list[EventRef]
) -> DocumentMatch:
    """Score one document into ``report`` and return how its events matched."""
    match = match_document(gold, system)
    report.documents += 1
    for g in gold:
        report.per_type.setdefault(g.event_type, TypeScore()).gold += 1
    for s in system:
        report.per_type.setdefault(s.event_type, TypeScore()).predicted += 1
    wrong_actors: list[str] = []
    for g, s in match.full + match.type_only:
        report.per_type[g.event_type].correct += 1
        report.confusion[(g.event_type, g.event_type)] += 1
        report.matched += 1
        src_ok, tgt_ok = source_target_correct(g, s)
        report.source_correct += src_ok
        report.target_correct += tgt_ok
        if g.mode:
            report.mode_total += 1
            report.mode_correct += (s.mode or "").lower() == g.mode.lower()
    report.triples_correct += len(match.full)
    wrong_actors = [f"{g.label()}  got  {s.label()}" for g, s in match.type_only]
    for g, s in match.confused:
        report.confusion[(g.event_type, s.event_type)] += 1
    for g in match.missed:
        report.confusion[(g.event_type, NONE_LABEL)] += 1
    for s in match.spurious:
        report.confusion[(NONE_LABEL, s.event_type)] += 1
    report.exact_documents += match.exact
    if not gold:
        report.non_event_documents += 1
        report.non_event_with_events += bool(system)
    if not match.exact:
        report.errors.append(
            DocumentError(
                doc_id,
                text,
                missed=[g.label() for g in match.missed],
                spurious=[s.label() for s in match.spurious],
                wrong_actors=wrong_actors,
                confused=[f"{g.label()}  got  {s.label()}" for g, s in match.confused],
            )
        )
    return match


def score(documents: Iterable[tuple[str, str, list[EventRef], list[EventRef]]]) -> EvaluationReport:
    """Score (doc_id, text, gold events, system events) tuples.

    >>> from dragoman.evaluate.matching import ActorRef
    >>> gold = [EventRef("ASSAULT", ActorRef("RUS"), ActorRef("UKR"))]
    >>> report = score([("d1", "Russia shelled Kyiv.", gold, gold)])
    >>> report.macro_f1, report.triple_accuracy
    (1.0, 1.0)
    """
    report = EvaluationReport()
    for doc_id, text, gold, system in documents:
        add_document(report, doc_id, text, gold, system)
    return report
