"""``dragoman export --format F``: write stored events as PLOVER JSON, GDELT/ICEWS-style tables, CSV or Parquet."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from ..exports import FORMATS, export_events
from ..store import EventFilter
from .store_options import db_option, open_store


@click.command()
@click.option(
    "--format", "fmt", type=click.Choice(FORMATS), required=True, help="export format (docs/exports.md)"
)
@click.option(
    "-o",
    "--output",
    type=click.Path(dir_okay=False, path_type=Path),
    help="file to write (default: standard output; required for parquet)",
)
@db_option
@click.option("--country", help="source or target country, ISO alpha-3 (commas for several)")
@click.option("--source-country", help="source country")
@click.option("--target-country", help="target country")
@click.option("--sector", help="source or target sector (GOV, MIL, REB...)")
@click.option("--actor", help="part of a source or target actor name")
@click.option("--event-type", help="PLOVER event types (commas for several)")
@click.option("--quad-class", help="quad classes 1-4 (commas for several)")
@click.option("--start", help="first day, YYYY-MM-DD")
@click.option("--end", help="last day, YYYY-MM-DD")
@click.option("--location-country", help="country of the event location")
@click.option("--text", help="words in the evidence sentence")
def export(fmt: str, output: Path | None, db: Path | None, **filters: str | None) -> None:
    """Export the events matching the filters."""
    flt = EventFilter.from_params(**filters)
    store = open_store(db, read_only=True)
    try:
        if fmt == "parquet" and output is None:
            raise click.UsageError("parquet is binary: give a file with -o FILE")
        count = export_events(store, fmt, output if output is not None else sys.stdout, flt)
    finally:
        store.close()
    where = f" to {output}" if output else ""
    click.echo(f"exported {count} events as {fmt}{where}", err=True)
