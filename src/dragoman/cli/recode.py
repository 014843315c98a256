"""``dragoman recode``: re-code every stored document with the current coder."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from ..coding import default_pipeline
from ..store.loader import coder_version, recode_documents
from .store_options import db_option, end_progress, open_store, progress_printer


@click.command()
@db_option
@click.option("--batch-size", default=16, show_default=True, type=click.IntRange(1, 1000))
def recode(db: Path | None, batch_size: int) -> None:
    """Replace each stored document's events with what the current coder finds, recording its version."""
    pipeline = default_pipeline()
    store = open_store(db, read_only=False)
    try:
        report = recode_documents(store, pipeline, batch_size=batch_size, progress=progress_printer("recode"))
    finally:
        store.close()
    end_progress()
    click.echo(
        f"re-coded {report.stored} documents with coder {coder_version(pipeline)}: {report.events} events; "
        f"{report.failed} failed",
        err=True,
    )
    if report.failed and not report.stored:
        sys.exit(1)
