"""Render an ``EvaluationReport`` as a terminal report or as JSON."""

from __future__ import annotations

import json
from typing import Any

from .scoring import ALL_TYPES, NONE_LABEL, EvaluationReport


def _pct(value: float) -> str:
    return f"{value:.3f}"


def per_type_table(report: EvaluationReport) -> list[str]:
    lines = [f"{'type':<10} {'gold':>5} {'pred':>5} {'ok':>5} {'P':>6} {'R':>6} {'F1':>6}"]
    for t in ALL_TYPES:
        s = report.per_type[t]
        lines.append(
            f"{t:<10} {s.gold:>5} {s.predicted:>5} {s.correct:>5} "
            f"{_pct(s.precision):>6} {_pct(s.recall):>6} {_pct(s.f1):>6}"
        )
    return lines


def summary_lines(report: EvaluationReport) -> list[str]:
    micro = report.micro
    return [
        f"documents {report.documents}, gold events {report.gold_events}, system events {report.predicted_events}",
        (
            f"macro F1 {_pct(report.macro_f1)} over {len(report.scored_types())} types;"
            f" micro P {_pct(micro.precision)} R {_pct(micro.recall)} F1 {_pct(micro.f1)}"
        ),
        (
            f"triple accuracy (type+source+target) {_pct(report.triple_accuracy)},"
            f" triple precision {_pct(report.triple_precision)}"
        ),
        (
            f"on matched events: source country {_pct(report.ratio(report.source_correct, report.matched))},"
            f" target country {_pct(report.ratio(report.target_correct, report.matched))},"
            f" mode {_pct(report.ratio(report.mode_correct, report.mode_total))} (of {report.mode_total})"
        ),
        (
            f"documents fully right {report.exact_documents}/{report.documents};"
            f" non-event documents with an event {report.non_event_with_events}/{report.non_event_documents}"
            f" ({_pct(report.ratio(report.non_event_with_events, report.non_event_documents))})"
        ),
    ]


def confusion_lines(report: EvaluationReport) -> list[str]:
    labels = [t for t in ALL_TYPES if t in report.scored_types()] + [NONE_LABEL]
    short = {t: t[:4] for t in labels}
    lines = ["gold \\ system " + " ".join(f"{short[t]:>4}" for t in labels)]
    for g in labels:
        row = [report.confusion.get((g, p), 0) for p in labels]
        if any(row):
            lines.append(f"{g:<13} " + " ".join(f"{n:>4}" if n else "   ." for n in row))
    return lines


def error_lines(report: EvaluationReport, worst: int) -> list[str]:
    lines: list[str] = []
    for err in report.worst_errors(worst):
        lines.append(f"- {err.doc_id}: {err.text}")
        for label, items in (
            ("missed", err.missed),
            ("spurious", err.spurious),
            ("wrong actors", err.wrong_actors),
            ("wrong type", err.confused),
        ):
            for item in items:
                lines.append(f"    {label}: {item}")
    return lines


def render_text(report: EvaluationReport, worst: int = 15) -> str:
    """The human-readable report."""
    parts = [
        *summary_lines(report),
        "",
        *per_type_table(report),
        "",
        "confusion (rows gold, columns system; NONE = missed or spurious)",
        *confusion_lines(report),
        "",
        f"worst errors ({min(worst, len(report.errors))} of {len(report.errors)})",
        *error_lines(report, worst),
    ]
    return "\n".join(parts)


def render_ablation_text(reports: dict[str, EvaluationReport]) -> str:
    """One line per variant: the ablation table."""
    lines = [f"{'variant':<22} {'macro F1':>8} {'micro F1':>8} {'triple acc':>10} {'non-event FA':>12}"]
    for name, r in reports.items():
        fa = r.ratio(r.non_event_with_events, r.non_event_documents)
        lines.append(
            f"{name:<22} {_pct(r.macro_f1):>8} {_pct(r.micro.f1):>8} {_pct(r.triple_accuracy):>10} {_pct(fa):>12}"
        )
    return "\n".join(lines)


def render_json(report: EvaluationReport, worst: int = 20, extra: dict[str, Any] | None = None) -> str:
    data = report.to_dict(worst)
    if extra:
        data.update(extra)
    return json.dumps(data, indent=2, ensure_ascii=False)
