"""Option callbacks shared by several commands (no heavy imports: ``dragoman code`` uses them)."""

from __future__ import annotations

from datetime import date

import click


def parse_date_option(ctx: click.Context, param: click.Parameter, value: str | None) -> date | None:
    """``--date YYYY-MM-DD`` as a date, or a usage error that says how to write it."""
    if value is None:
        return None
    try:
        return date.fromisoformat(value.strip())
    except ValueError:
        raise click.BadParameter(f"'{value}' is not a date; write it as YYYY-MM-DD") from None
