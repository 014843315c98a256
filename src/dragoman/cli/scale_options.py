"""Options for scaling a batch command (``--workers``, ``--resume``, ``--engine``, ``--scheduler``,
``--progress``), the progress bar on standard error, and the Dask branch of ``dragoman code``.

The work itself lives in ``dragoman.scale``; this module only turns options into calls and
progress snapshots into one updating line on a terminal.
"""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable, Iterable, Iterator
from datetime import date
from pathlib import Path
from typing import Any

import click

from ..ingest.problems import InputProblem
from ..ingest.sources import SUFFIXES, Format, detect_format, iter_files
from ..scale.progress import Progress, ProgressCallback, format_progress
from ..schemas import Article

workers_option = click.option(
    "--workers", default=1, show_default=True, type=click.IntRange(1, 256),
    help="Worker processes, each with its own copy of the models (about 0.3-1 GB each).",
)
_OPTIONS = [
    workers_option,
    click.option("--resume", is_flag=True,
                 help="Continue a run that stopped (crash, Ctrl-C): documents listed in PATH.journal (beside -o PATH) are "
                 "skipped and events written after its last entry are dropped. Needs -o."),
    click.option("--engine", type=click.Choice(["local", "dask"]), default="local", show_default=True,
                 help="local: this machine's processes; dask: a Dask cluster, writing Parquet to -o DIR."),
    click.option("--scheduler", default="local", show_default=True, metavar="ADDRESS",
                 help="With --engine dask: a scheduler address (tcp://host:8786), or 'local' for a "
                 "LocalCluster of --workers processes."),
    click.option("--progress/--no-progress", "show_progress", default=None,
                 help="Show a progress bar on standard error [default: when it is a terminal]."),
]  # fmt: skip


def scale_options(command: Callable[..., Any]) -> Callable[..., Any]:
    """Add the scaling options to a click command."""
    for option in reversed(_OPTIONS):
        command = option(command)
    return command


def terminal_progress(show: bool | None) -> ProgressCallback | None:
    """A callback drawing one updating line on stderr, or None when progress is not wanted.

    ``show=None`` means: when standard error is a terminal.
    """
    if show is False or (show is None and not sys.stderr.isatty()):
        return None

    def draw(progress: Progress) -> None:
        click.echo("\r\x1b[K" + format_progress(progress), err=True, nl=progress.final)

    return draw


def _count_records(path: Path) -> int:
    with path.open("rb") as stream:
        head = stream.read(4096)
        fmt = detect_format(path, head)
        if fmt not in (Format.JSONL, Format.CSV, Format.TSV, Format.FEED):
            return 1
        data = head + stream.read()
    if fmt is Format.FEED:
        return data.count(b"<item") + data.count(b"<entry")
    lines = sum(1 for line in data.splitlines() if line.strip())
    return lines - (fmt is not Format.JSONL)  # CSV/TSV: the header line


def estimate_documents(paths: Iterable[str]) -> int | None:
    """A quick count of the documents under ``paths`` for the ETA (records are counted by
    line, not parsed); None when reading standard input.

    >>> estimate_documents([])
    0
    """
    total = 0
    for path in iter_files(paths):
        if isinstance(path, InputProblem):
            continue
        if str(path) == "-":
            return None
        try:
            total += _count_records(path) if path.suffix.lower() in SUFFIXES or not path.suffix else 1
        except OSError:
            continue
    return total


def articles_only(items: Iterable[Article | InputProblem], on_problem: Callable[[InputProblem], None]) -> Iterator[Article]:
    for item in items:
        if isinstance(item, InputProblem):
            on_problem(item)
        else:
            yield item


def code_on_dask_command(
    files: tuple[str, ...], output: Path | None, *, published: date | None, scheduler: str, workers: int,
    resume: bool, on_progress: ProgressCallback | None, on_problem: Callable[[InputProblem], None],
) -> bool:
    """``dragoman code --engine dask``: Parquet under ``-o DIR``; False when nothing could be coded."""
    from ..ingest.sources import read_documents
    from ..scale.dask_engine import code_on_dask, dask_client

    if output is None:  # the command checks this before it starts
        raise click.UsageError("--engine dask writes Parquet files: name a folder for them with -o DIR")
    import distributed  # noqa: F401 - sets up its loggers, which are then quietened below

    if not logging.getLogger().isEnabledFor(logging.INFO):  # dragoman -v shows Dask's own log
        logging.getLogger("distributed").setLevel(logging.WARNING)
    articles = articles_only(read_documents(files, published=published), on_problem)
    with dask_client(scheduler, n_workers=workers) as client:
        summary = code_on_dask(articles, str(output), client, resume=resume, on_progress=on_progress)
    for doc_id, error in summary.errors:
        on_problem(InputProblem(doc_id, error, doc_id))
    click.echo(f"dragoman: {summary.describe(str(output))}", err=True)
    return summary.documents - len(summary.errors) > 0 or summary.skipped_partitions > 0
