"""``dragoman ingest PATH...``: code files and folders of news into the event store.

Documents already stored (same text, title and date) are skipped, so an interrupted ingest can
simply be run again. Each batch of documents is stored in one transaction.
"""

from __future__ import annotations

import sys
from datetime import date
from pathlib import Path

import click

from ..coding import default_pipeline
from ..scale.workers import ParallelCoder
from ..store.loader import ingest_paths
from .options import parse_date_option
from .scale_options import workers_option
from .store_options import (
    db_option,
    end_progress,
    open_store,
    progress_printer,
    report_problem,
)


@click.command()
@click.argument("paths", nargs=-1, required=True)
@db_option
@click.option(
    "--date",
    "published",
    callback=parse_date_option,
    help="publication date (YYYY-MM-DD) for documents that carry none",
)
@click.option(
    "--batch-size",
    default=16,
    show_default=True,
    type=click.IntRange(1, 1000),
    help="documents stored per transaction",
)
@workers_option
def ingest(
    paths: tuple[str, ...], db: Path | None, published: date | None, batch_size: int, workers: int
) -> None:
    """Code files and folders (text, HTML, JSONL, CSV, feeds) and store documents and events."""
    store = open_store(db)
    try:
        report = ingest_paths(
            store,
            paths,
            ParallelCoder(workers) if workers > 1 else default_pipeline(),
            published=published,
            batch_size=batch_size,
            on_problem=report_problem,
            progress=progress_printer("ingest"),
        )
        counts = store.counts()
    finally:
        store.close()
    end_progress()
    click.echo(
        f"{report.summary()}. Store {store.path} holds {counts['documents']} documents and "
        f"{counts['events']} events.",
        err=True,
    )
    if report.failed:
        click.echo("Failures are listed above and kept in the store's 'failures' table.", err=True)
    if report.failed and not (report.stored or report.skipped):
        sys.exit(1)
