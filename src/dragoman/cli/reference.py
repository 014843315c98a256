"""The command reference in docs/cli.md, rendered from the commands themselves.

A test renders it again and compares, so a command or option added without documentation
fails the suite. Regenerate with ``python -m dragoman.cli.reference > docs/cli.md``.
"""

from __future__ import annotations

import click

from .main import cli


def _option_line(param: click.Parameter) -> str:
    if isinstance(param, click.Argument):
        return f"- `{param.human_readable_name}` (argument)"
    assert isinstance(param, click.Option)
    names = ", ".join(f"`{n}`" for n in [*param.opts, *param.secondary_opts])
    help_text = " ".join((param.help or "").split())
    return f"- {names}: {help_text}" if help_text else f"- {names}"


def _render(command: click.Command, path: str, lines: list[str]) -> None:
    lines.append(f"## `{path}`\n")
    lines.append(" ".join((command.help or "").split()) + "\n")
    params = [p for p in command.params if p.name != "help"]
    if params:
        lines.extend(_option_line(p) for p in params)
        lines.append("")
    if isinstance(command, click.Group):
        ctx = click.Context(command)
        for name in command.list_commands(ctx):
            sub = command.get_command(ctx, name)
            if sub is not None:
                _render(sub, f"{path} {name}", lines)


def render_cli_reference() -> str:
    """Markdown for every command, subcommand, argument and option.

    >>> "dragoman code" in render_cli_reference()  # doctest: +SKIP
    True
    """
    lines = ["# Command reference\n", "Generated from the commands; do not edit by hand.\n"]
    _render(cli, "dragoman", lines)
    return "\n".join(lines).rstrip() + "\n"


if __name__ == "__main__":
    print(render_cli_reference(), end="")
