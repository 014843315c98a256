"""The ``dragoman`` command: a click group whose subcommands live in their own modules.

Subcommands are imported only when the group is built, so ``dragoman --help`` stays fast and
each command's module stays small. A subcommand module exposes a click command named in
``COMMANDS``.
"""

from __future__ import annotations

import importlib
import logging
import sys

import click

from .. import __version__
from ..errors import DragomanError

# command name -> "module:attribute"
COMMANDS: dict[str, str] = {
    "code": "dragoman.cli.code:code",
    "ingest": "dragoman.cli.ingest:ingest",
    "recode": "dragoman.cli.recode:recode",
    "serve": "dragoman.cli.serve:serve",
    "export": "dragoman.cli.export:export",
    "demo": "dragoman.cli.demo:demo",
    "evaluate": "dragoman.cli.evaluate:evaluate",
    "train": "dragoman.cli.train:train",
    "dedup": "dragoman.cli.dedup:dedup",
    "kb": "dragoman.cli.kb:kb",
}


class LazyGroup(click.Group):
    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted(COMMANDS)

    def get_command(self, ctx: click.Context, name: str) -> click.Command | None:
        if name not in COMMANDS:
            return None
        module_name, _, attr = COMMANDS[name].partition(":")
        return getattr(importlib.import_module(module_name), attr)  # type: ignore[no-any-return]


@click.group(cls=LazyGroup)
@click.version_option(__version__, prog_name="dragoman")
@click.option("-v", "--verbose", count=True, help="Log more (-v info, -vv debug).")
def cli(verbose: int) -> None:
    """Dragoman: code news about politics, diplomacy and conflict into PLOVER events."""
    level = logging.WARNING - 10 * min(verbose, 2)
    logging.basicConfig(level=level, format="%(levelname)s %(name)s: %(message)s")


def main() -> None:
    try:
        cli(standalone_mode=False)
    except click.exceptions.Abort:
        click.echo("Aborted.", err=True)
        sys.exit(130)
    except click.ClickException as exc:
        exc.show()
        sys.exit(exc.exit_code)
    except DragomanError as exc:
        click.echo(f"dragoman: {exc}", err=True)
        sys.exit(1)
