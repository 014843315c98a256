"""Options shared by the commands that work on the event store (ingest, recode, serve, export, demo)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
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


def parse_date_option(ctx: click.Context, param: click.Parameter, value: str | None) -> date | None:
    if value is None:
        return None
    try:
        return date.fromisoformat(value.strip())
    except ValueError:
        raise click.BadParameter(f"'{value}' is not a date; write it as YYYY-MM-DD") from None


def progress_printer(label: str) -> Callable[[Any], None]:
    """A progress callback writing one updating line on standard error."""

    def show(report: Any) -> None:
        click.echo(
            f"\r{label}: {report.stored} stored, {report.skipped} skipped, {report.failed} failed",
            err=True,
            nl=False,
        )

    return show
