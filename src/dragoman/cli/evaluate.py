"""``dragoman evaluate GOLD...``: code annotated documents and score the events against the gold.

Prints per-type precision, recall and F1, macro and micro F1, triple accuracy, actor and mode
accuracy, a confusion matrix and the worst errors; ``--format json`` prints the same as JSON.
``--ablation`` compares the full system with the rules alone. Offset records (real-news
annotations without text) are read from ../shared/data/ngec/guardian_sample.csv, or skipped with
a notice when it is absent; each such sentence is coded inside its article (the article up to the
sentence), as the coder is used, unless ``--sentences-alone``. See docs/evaluation.md.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import click

from ..errors import InputError


@click.command()
@click.argument("gold", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["text", "json"]),
    default="text",
    show_default=True,
    help="Report for people (text) or machines (json).",
)
@click.option("--ablation", is_flag=True, help="Also score the rules without the learned classifier.")
@click.option(
    "--classifier-only",
    is_flag=True,
    help="Score the learned classifier alone, clause by clause, on the annotated triggers.",
)
@click.option(
    "--sentences-alone",
    is_flag=True,
    help="Code each annotated sentence of a stored article on its own, without the article before it.",
)
@click.option("--worst", type=int, default=15, show_default=True, help="How many worst errors to list.")
@click.option(
    "--shared-data",
    type=click.Path(path_type=Path, file_okay=False),
    default=None,
    help="Folder holding ngec/guardian_sample.csv (default: ../shared/data beside the repository).",
)
def evaluate(
    gold: tuple[Path, ...],
    fmt: str,
    ablation: bool,
    classifier_only: bool,
    sentences_alone: bool,
    worst: int,
    shared_data: Path | None,
) -> None:
    """Score Dragoman's events against gold annotations (JSON lines)."""
    from ..evaluate.gold import load_gold
    from ..evaluate.report import render_ablation_text, render_json, render_text
    from ..evaluate.runner import ablation_pipelines, evaluate_gold
    from ..pipeline import Pipeline

    gold_set = load_gold(list(gold), shared_data)
    if gold_set.skipped:
        click.echo(f"dragoman: {gold_set.skipped} records skipped: {gold_set.skip_reason}", err=True)
    if not gold_set.documents:
        raise InputError("no gold document could be read; nothing to evaluate")
    if classifier_only:
        _classifier_scores(gold_set.documents, fmt)
        return
    pipeline = Pipeline()
    in_articles = not sentences_alone
    reports = {"rules + classifier": evaluate_gold(gold_set, pipeline, in_articles=in_articles)}
    if ablation:
        rules_only = ablation_pipelines(pipeline)["rules only"]
        reports["rules only"] = evaluate_gold(gold_set, rules_only, in_articles=in_articles)
    main = reports["rules + classifier"]
    if fmt == "json":
        extra: dict[str, Any] = {"skipped": gold_set.skipped}
        if ablation:
            extra["ablation"] = {name: r.to_dict(worst=0) for name, r in reports.items()}
        click.echo(render_json(main, worst, extra))
        return
    click.echo(render_text(main, worst))
    if ablation:
        click.echo("\nablation\n" + render_ablation_text(reports))
    if gold_set.skipped:
        click.echo(json.dumps({"skipped": gold_set.skipped}))


def _classifier_scores(documents: list, fmt: str) -> None:
    from ..learn.model import load_classifier
    from ..learn.train import score_documents

    scores = score_documents(documents, load_classifier())
    if fmt == "json":
        click.echo(json.dumps(scores, indent=2))
        return
    for view, result in scores.items():
        click.echo(
            f"classifier ({view.replace('_', ' ')}): clause macro F1 {result['macro_f1']:.3f},"
            f" accuracy {result['accuracy']:.3f} over {result['rows']} candidate clauses"
        )
        click.echo("  " + ", ".join(f"{t} {f:.2f}" for t, f in result["per_type_f1"].items()))
