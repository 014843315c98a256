"""``dragoman demo``: code the bundled sample corpus into a store and serve the dashboard.

The corpus (``dragoman/data/samples/articles.jsonl``) is sample text written for the demo,
not real news. Running the demo twice codes nothing new: stored documents are skipped.
"""

from __future__ import annotations

from importlib import resources
from pathlib import Path

import click

from ..coding import default_pipeline
from ..store.loader import ingest_paths
from .serve import serve_store
from .store_options import db_option, end_progress, open_store, progress_printer, report_problem


def sample_corpus() -> Path:
    """Path of the bundled sample articles (JSON lines)."""
    return Path(str(resources.files("dragoman") / "data" / "samples" / "articles.jsonl"))


@click.command()
@db_option
@click.option("--host", default="127.0.0.1", show_default=True, help="address to listen on")
@click.option("--port", default=8000, show_default=True, type=click.IntRange(1, 65535))
@click.option("--no-serve", is_flag=True, help="code the sample corpus and stop, without serving")
def demo(db: Path | None, host: str, port: int, no_serve: bool) -> None:
    """Code the bundled sample articles into the store and open the dashboard on localhost."""
    corpus = sample_corpus()
    store = open_store(db)
    try:
        click.echo(
            f"Coding the sample corpus ({corpus.name}, sample text written for this demo) into {store.path}",
            err=True,
        )
        report = ingest_paths(
            store,
            [str(corpus)],
            default_pipeline(),
            on_problem=report_problem,
            progress=progress_printer("demo"),
        )
        counts = store.counts()
        end_progress()
        click.echo(
            f"{report.summary()}. The store holds {counts['documents']} documents and {counts['events']} "
            "events.",
            err=True,
        )
        if not no_serve:
            serve_store(store, host, port)
    finally:
        store.close()
