"""``dragoman dedup``: merge raw events that report the same real-world event.

A thin command over ``dragoman.scale.dedup.deduplicate``: reads events as JSON lines (what
``dragoman code`` writes), writes one merged record per event with ``num_mentions``,
``num_articles``, ``num_sources``, ``event_ids`` and ``doc_ids``. The input is not changed.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import click

from ..errors import InputError
from ..scale.dedup import deduplicate
from ..schemas import Event


def _json_lines(path: Path) -> Iterator[tuple[int, dict]]:
    with path.open(encoding="utf-8") as stream:
        for number, line in enumerate(stream, 1):
            if line.strip():
                try:
                    yield number, json.loads(line)
                except json.JSONDecodeError:
                    raise InputError(
                        f"{path}:{number} is not a JSON line; pass events as written by dragoman code"
                    )


def read_events(path: Path) -> Iterator[Event]:
    """Events from a JSON-lines file."""
    for number, record in _json_lines(path):
        try:
            yield Event.from_dict(record)
        except (KeyError, TypeError, ValueError) as exc:
            raise InputError(
                f"{path}:{number} is not an event record ({exc}); pass events as written by dragoman code"
            )


def read_doc_sources(path: Path) -> dict[str, str | None]:
    """doc_id -> outlet from a JSON-lines file of documents with ``doc_id`` and ``source``."""
    return {str(r["doc_id"]): r.get("source") for _, r in _json_lines(path) if "doc_id" in r}


@click.command()
@click.argument(
    "events_file", metavar="IN.jsonl", type=click.Path(exists=True, dir_okay=False, path_type=Path)
)
@click.option(
    "-o",
    "--output",
    required=True,
    type=click.Path(dir_okay=False, path_type=Path),
    help="Write the merged events here, as JSON lines.",
)
@click.option(
    "--documents",
    type=click.Path(exists=True, dir_okay=False, path_type=Path),
    help="JSON lines with doc_id and source (outlet) of each document, for num_sources. "
    "Without it, each document counts as its own source.",
)
@click.option(
    "--max-days",
    default=1,
    show_default=True,
    type=click.IntRange(0),
    help="Merge reports whose event dates are at most this many days apart.",
)
@click.option(
    "--min-similarity",
    default=0.1,
    show_default=True,
    type=click.FloatRange(0.0, 1.0),
    help="Least word overlap (Jaccard) between evidence sentences for a merge.",
)
def dedup(
    events_file: Path, output: Path, documents: Path | None, max_days: int, min_similarity: float
) -> None:
    """Merge events reported by several articles into one record each, GDELT-style.

    \b
    Example:
      dragoman dedup events.jsonl -o merged.jsonl --documents articles.jsonl
    """
    try:
        sources = read_doc_sources(documents) if documents else None
        events = list(read_events(events_file))
        merged = deduplicate(events, doc_sources=sources, max_days=max_days, min_similarity=min_similarity)
        with output.open("w", encoding="utf-8") as stream:
            for record in merged:
                stream.write(json.dumps(record.to_dict(), ensure_ascii=False) + "\n")
    except (InputError, OSError) as exc:
        raise click.ClickException(str(exc)) from None
    click.echo(
        f"dragoman: {len(events)} events -> {len(merged)} merged events, written to {output}", err=True
    )
