"""``dragoman code``: code files and folders of news into PLOVER event records.

A thin command over ``dragoman.batch.code_files``. Events go to standard output, or to the file
named by ``-o``. Every document that cannot be coded gets one line on standard error
("dragoman: FILE: message") as it happens; with ``-o`` the list is also written beside the
output as ``NAME.failures.jsonl``. The run ends with one summary line on standard error.

Exit status: 0 when at least one document was coded (even if others failed, and even if no
event was found); 1 when nothing could be coded; 2 for a usage error such as a bad ``--date``.
"""

from __future__ import annotations

import logging
import sys
from datetime import date
from pathlib import Path
from typing import NoReturn, TextIO

import click

from ..batch import BatchSummary, code_files, failures_path_for, write_failures
from ..errors import DragomanError
from ..ingest.problems import InputProblem
from ..output.writers import FORMATS, make_writer
from ..scale.run import ScaledRun
from .options import parse_date_option
from .scale_options import code_on_dask_command, estimate_documents, scale_options, terminal_progress

log = logging.getLogger(__name__)


def choose_format(fmt: str | None, output: Path | None) -> str:
    """The output format: as asked, else from the output file's extension, else JSON lines.

    >>> choose_format(None, Path("events.csv")), choose_format(None, None), choose_format("table", None)
    ('csv', 'jsonl', 'table')
    """
    if fmt:
        return fmt
    if output is not None and output.suffix.lower() == ".csv":
        return "csv"
    if output is not None and output.suffix.lower() in (".txt", ".table"):
        return "table"
    return "jsonl"


def _report_failure(problem: InputProblem) -> None:
    click.echo(f"dragoman: {problem}", err=True)


def _finish(summary: BatchSummary, output: Path | None) -> str:
    line = summary.describe()
    if output is not None:
        failures_file = failures_path_for(output)
        if summary.failures:
            write_failures(summary.failures, failures_file)
            line += f" (listed above and in {failures_file})"
        elif failures_file.exists():
            failures_file.unlink()  # left by an earlier run of the same output; no longer true
        line += f"; events written to {output}"
    elif summary.failures:
        line += " (listed above)"
    return line


def _run(files: tuple[str, ...], stream: TextIO, fmt: str, published: date | None, run: ScaledRun) -> BatchSummary:
    writer = run.writer(lambda s: make_writer(fmt, s), stream)
    summary = code_files(
        files, writer, published=published, on_failure=_report_failure, coder=run.coder, on_document=run.on_document
    )
    writer.close()
    run.finish()
    # A resumed run lists the failures of the runs before it too.
    summary.failures[:0] = [InputProblem(doc_id, error, doc_id) for doc_id, error in run.earlier_failures()]
    return summary


def _fail(message: str) -> NoReturn:
    click.echo(f"dragoman: {message}", err=True)
    sys.exit(1)


@click.command()
@click.argument("files", nargs=-1, required=True, metavar="FILE...")
@click.option(
    "-o",
    "--output",
    type=click.Path(path_type=Path),
    help="Write events to this file (default: standard output). Failures go to NAME.failures.jsonl beside it, "
    "a journal of finished documents to PATH.journal (for --resume). With --engine dask, a folder for Parquet.",
)
@click.option(
    "--format",
    "fmt",
    type=click.Choice(FORMATS),
    help="jsonl (one event per line), csv (flat columns) or table (for reading). "
    "Default: csv for an output ending in .csv, else jsonl.",
)
@click.option(
    "--date",
    "published",
    metavar="YYYY-MM-DD",
    callback=parse_date_option,
    help="Publication date of the documents. Used for text and pages instead of a date found in "
    "their header; records and feed items that carry their own date keep it.",
)
@scale_options
def code(
    files: tuple[str, ...], output: Path | None, fmt: str | None, published: date | None, workers: int,
    resume: bool, engine: str, scheduler: str, show_progress: bool | None,
) -> None:
    """Code news documents into PLOVER events.

    FILE may be plain text, an HTML page, JSONL or CSV with columns id,text,date[,title,url,source],
    an RSS or Atom feed, a folder of such files (read recursively), or - for standard input.

    \b
    Examples:
      dragoman code article.txt --date 2024-05-15 --format table
      dragoman code articles/ wires.jsonl -o events.jsonl
      dragoman code wires.jsonl -o events.jsonl --workers 2 --resume
      dragoman code wires.jsonl -o parquet/ --engine dask --scheduler tcp://10.0.0.5:8786
    """
    fmt = choose_format(fmt, output)
    if resume and output is None:
        raise click.UsageError("--resume continues a run that wrote to a file: name that file with -o")
    if engine == "dask" and output is None:
        raise click.UsageError("--engine dask writes Parquet files: name a folder for them with -o DIR")
    progress = terminal_progress(show_progress)
    run = ScaledRun(workers, resume, progress, total=estimate_documents(files) if progress else None)
    try:
        if engine == "dask":
            coded = code_on_dask_command(
                files, output, published=published, scheduler=scheduler, workers=workers, resume=resume,
                on_progress=progress, on_problem=_report_failure,
            )
            sys.exit(0 if coded else 1)
        if output is None:
            summary = _run(files, sys.stdout, fmt, published, run)
        else:
            with run.open_output(output) as stream:
                summary = _run(files, stream, fmt, published, run)
    except BrokenPipeError:
        sys.stderr.close()  # the reader went away (e.g. "| head"); nothing more to say
        sys.exit(0)
    except DragomanError as exc:
        _fail(str(exc))
    except OSError as exc:
        _fail(f"{exc.filename or output}: {exc.strerror or exc}")
    except Exception as exc:  # a bug, not bad input: one line here, the traceback with -vv
        log.debug("dragoman code failed", exc_info=True)
        _fail(f"internal error: {type(exc).__name__}: {exc} (run 'dragoman -vv code ...' for details)")
    skipped = f"; {run.skipped} documents were done by the run this one resumes" if run.skipped else ""
    click.echo(f"dragoman: {_finish(summary, output)}{skipped}", err=True)
    if summary.coded == 0 and not run.skipped:
        sys.exit(1)
