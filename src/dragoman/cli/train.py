"""``dragoman train``: rebuild the event classifier shipped in the package.

Reads data/gold/train.jsonl and dev.jsonl of the repository (dev chooses the model's
regularisation; the test split is not read), the real-news sentences of
data/gold/guardian_train.jsonl when ../shared/data/ngec/guardian_sample.csv holds their text,
and, when present, ../shared/data/ngec/synthetic_events.csv. Seeds are fixed, so the same data gives the same model.
See docs/evaluation.md.
"""

from __future__ import annotations

from pathlib import Path

import click

from ..errors import ConfigError


@click.command()
@click.option(
    "--out",
    type=click.Path(path_type=Path, dir_okay=False),
    default=None,
    help="Where to write the model (default: the package's learn/models/event_classifier.npz).",
)
@click.option(
    "--gold",
    "gold_dir",
    type=click.Path(path_type=Path, file_okay=False),
    default=None,
    help="Folder with train.jsonl and dev.jsonl (default: data/gold of this repository).",
)
@click.option(
    "--synthetic",
    type=click.Path(path_type=Path, dir_okay=False),
    default=None,
    help="Synthetic stories CSV (default: ../shared/data/ngec/synthetic_events.csv when it exists).",
)
@click.option("--no-synthetic", is_flag=True, help="Train on the gold sentences only.")
@click.option("--no-real-news", is_flag=True, help="Leave out the Guardian sentences of guardian_train.jsonl.")
def train(
    out: Path | None, gold_dir: Path | None, synthetic: Path | None, no_synthetic: bool, no_real_news: bool
) -> None:
    """Train the event classifier (type, mode, contexts) from the gold sentences."""
    from ..evaluate.gold import find_shared_data
    from ..learn.model import default_model_path
    from ..learn.synthetic import SYNTHETIC_CSV
    from ..learn.train import find_gold_dir, train_classifier

    gold_dir = gold_dir or find_gold_dir()
    if gold_dir is None:
        raise ConfigError(
            "no data/gold/train.jsonl found; run `dragoman train` from the repository or pass --gold"
        )
    if no_synthetic:
        synthetic = None
    elif synthetic is None:
        shared = find_shared_data(gold_dir)
        synthetic = shared / SYNTHETIC_CSV if shared and (shared / SYNTHETIC_CSV).exists() else None
        if synthetic is None:
            click.echo("dragoman: synthetic stories not found; training on the gold sentences only", err=True)
    classifier = train_classifier(
        gold_dir,
        out or default_model_path(),
        synthetic,
        progress=lambda m: click.echo(m, err=True),
        real_news=not no_real_news,
    )
    scores = classifier.meta["dev_scores"]
    click.echo(f"dev clause-level macro F1 {scores['macro_f1']:.3f}, accuracy {scores['accuracy']:.3f}")
