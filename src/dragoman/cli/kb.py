"""``dragoman kb``: look into and extend the actor knowledge base.

- ``dragoman kb import FILE...``: import PETRARCH/Phoenix actor dictionaries (.txt) or an analyst's
  CSV/YAML actors (format in ``dragoman.actors.userfile``); malformed lines are listed with their
  line numbers. Imported files are kept in the user knowledge-base folder and used by every later
  command; user entries take precedence over built-in ones.
- ``dragoman kb search NAME``: entries whose names contain NAME, with their dated roles.
- ``dragoman kb show ID``: one entry in full.
- ``dragoman kb resolve PHRASE [--date D]``: what an actor phrase resolves to on a date.
- ``dragoman kb unresolved [EVENTS.jsonl] [--db DB]``: the most frequent named actors that coding
  could not resolve (no knowledge-base id, no country), so analysts know what to add.
"""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING

import click

from ..config import Settings
from ..errors import InputError

if TYPE_CHECKING:
    from ..actors.entries import ActorEntry
    from ..actors.index import KnowledgeBase


def _settings() -> Settings:
    return Settings.from_env()


def _load() -> KnowledgeBase:
    from ..actors.kb import load_knowledge_base

    return load_knowledge_base(_settings())


def _print_entry(entry: ActorEntry, full: bool = False) -> None:
    where = " ".join(p for p in (entry.country, entry.sector, entry.org) if p)
    click.echo(f"{entry.kb_id}  {entry.name}  [{entry.kind}]  {where}  (source: {entry.source})")
    if full and entry.aliases:
        click.echo("  aliases: " + "; ".join(entry.aliases))
    if entry.nationality and entry.roles:
        click.echo(f"  nationality: {entry.nationality}")
    for role in entry.roles:
        click.echo(f"  role: {role.describe()}")


@click.group()
def kb() -> None:
    """Search, show and extend the actor knowledge base."""


@kb.command("import")
@click.argument("files", nargs=-1, required=True, type=click.Path(path_type=Path, dir_okay=False))
@click.option(
    "--max-problems", type=int, default=50, show_default=True, help="How many malformed lines to list."
)
def import_(files: tuple[Path, ...], max_problems: int) -> None:
    """Import actor dictionaries: PETRARCH (.txt), CSV (.csv) or YAML (.yaml/.yml)."""
    from ..actors.kb import import_actor_file

    settings = _settings()
    for path in files:
        report = import_actor_file(path, settings)
        click.echo(
            f"{path}: {report.entries} actors with {report.roles} roles imported"
            f" ({report.without_code} names without a code skipped, {len(report.problems)} malformed lines)"
        )
        for problem in report.problems[:max_problems]:
            click.echo(f"  {path.name} {problem}")
        if len(report.problems) > max_problems:
            click.echo(f"  ... and {len(report.problems) - max_problems} more")
        click.echo(f"  stored as {report.stored_as}")


@kb.command()
@click.argument("name")
@click.option("--limit", type=int, default=20, show_default=True, help="Most entries to show.")
def search(name: str, limit: int) -> None:
    """Entries whose name or an alias contains NAME, with dated roles."""
    found = _load().search(name, limit=limit)
    if not found:
        click.echo(f"No actor matches {name!r}. Add one with 'dragoman kb import FILE'.")
        return
    for entry in found:
        _print_entry(entry)


@kb.command()
@click.argument("kb_id")
def show(kb_id: str) -> None:
    """One entry in full: aliases, nationality and every role."""
    entry = _load().get(kb_id)
    if entry is None:
        raise click.ClickException(f"no entry with id {kb_id!r}; find ids with 'dragoman kb search NAME'")
    _print_entry(entry, full=True)


@kb.command()
@click.argument("phrase")
@click.option(
    "--date",
    "on",
    type=click.DateTime(formats=["%Y-%m-%d"]),
    default=None,
    help="Date the phrase is read on (default: today).",
)
def resolve(phrase: str, on: datetime | None) -> None:
    """What an actor phrase resolves to, without document context."""
    from ..actors.phrase import resolve_phrase

    day = on.date() if on is not None else date.today()
    actor = resolve_phrase(phrase, day, _load())
    if actor is None:
        click.echo("unresolved")
        return
    for field in ("name", "country", "sector", "org", "kb_id"):
        click.echo(f"{field:8} {getattr(actor, field)}")


@kb.command()
@click.argument("events", required=False, type=click.Path(path_type=Path, dir_okay=False, exists=True))
@click.option(
    "--db",
    type=click.Path(path_type=Path, dir_okay=False),
    default=None,
    help="Read events from a DuckDB event store instead of a JSONL file.",
)
@click.option("--top", type=int, default=30, show_default=True, help="How many names to list.")
@click.option(
    "--placed",
    is_flag=True,
    help="Also list named actors the document placed in a country but the knowledge base does not know.",
)
def unresolved(events: Path | None, db: Path | None, top: int, placed: bool) -> None:
    """Most frequent named actors in coded events that have no kb_id and no country."""
    from ..actors.unresolved import count_unresolved, read_events_jsonl, read_events_store

    if events is not None:
        stream = read_events_jsonl(events)
    else:
        store = db or _settings().db_path
        if not store.is_file():
            raise InputError(f"no events given and no event store at {store}; pass EVENTS.jsonl or --db DB")
        stream = read_events_store(store)
    counts = count_unresolved(stream, _load(), placed=placed)
    if not counts:
        click.echo("Every named actor was resolved.")
        return
    for text, count in counts.most_common(top):
        click.echo(f"{count:6}  {text}")
