"""Options shared by the commands that work on the event store (ingest, recode, serve, export, demo)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import click

from ..config import Settings
from ..store import EventStore

DB_HELP = "event store file (default: $DRAGOMAN_DB, else ~/.local/share/dragoman/dragoman.duckdb)"


def db_option(command: Callable[..., Any]) -> Callable[..., Any]:
    """``--db FILE``: which event store to use."""
    return click.option("--db", type=click.Path(dir_okay=False, path_type=Path), default=None, help=DB_HELP)(
        command
    )


def open_store(db: Path | None, *, read_only: bool = False) -> EventStore:
    """The store at ``db``, or at the default location (created on first use)."""
    path = db or Settings.from_env().db_path
    if read_only and not Path(path).exists():
        raise click.UsageError(
            f"no event store at {path}; create one with 'dragoman ingest FILES' or 'dragoman demo'"
        )
    return EventStore(path, read_only=read_only)



def progress_printer(label: str, every_seconds: float = 10.0) -> Callable[[Any], None]:
    """A progress callback for standard error: one updating line on a terminal, else a line now and then."""
    import time

    tty = _on_terminal()
    last = [0.0]

    def show(report: Any) -> None:
        line = f"{label}: {report.stored} stored, {report.skipped} skipped, {report.failed} failed"
        if tty:
            click.echo(f"\r{line}", err=True, nl=False)
        elif time.monotonic() - last[0] >= every_seconds:
            last[0] = time.monotonic()
            click.echo(line, err=True)

    return show


def _on_terminal() -> bool:
    import sys

    return sys.stderr.isatty()


def report_problem(message: str) -> None:
    """One line on standard error for a document that could not be read or coded."""
    click.echo(f"{chr(10) if _on_terminal() else ''}dragoman: {message}", err=True)


def end_progress() -> None:
    """Finish the updating progress line, if there is one."""
    if _on_terminal():
        click.echo("", err=True)
