"""Event writers: JSON lines (the contract), flat CSV, and a readable terminal table.

Each writer takes an open text stream, is fed one ``Event`` at a time with ``write`` (so a
batch never holds its events in memory) and is finished with ``close``, which flushes but does
not close the stream it was given. ``make_writer(fmt, stream)`` picks one by name.
"""

from __future__ import annotations

import csv
import json
import shutil
from collections.abc import Iterable, Iterator
from dataclasses import fields
from types import TracebackType
from typing import Any, Protocol, Self, TextIO

from ..schemas import Actor, Event, Evidence, Location

FORMATS = ("jsonl", "csv", "table")


class EventWriter(Protocol):
    """What a batch writes events to."""

    def write(self, event: Event) -> None: ...

    def close(self) -> None: ...


class _Writer:
    def __init__(self, stream: TextIO) -> None:
        self.stream = stream
        self.count = 0

    def write(self, event: Event) -> None:
        raise NotImplementedError

    def close(self) -> None:
        self.stream.flush()

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self, kind: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()


class JsonlWriter(_Writer):
    """One JSON object per line, ``Event.to_dict`` field for field.

    >>> import io; out = io.StringIO(); JsonlWriter(out).write(sample_event())
    >>> json.loads(out.getvalue())["event_type"]
    'ASSAULT'
    """

    def write(self, event: Event) -> None:
        self.stream.write(json.dumps(event.to_dict(), ensure_ascii=False) + "\n")
        self.count += 1


# Flat CSV columns: nested records become prefix_field columns, in the records' field order.
_NESTED: dict[str, type] = {"source": Actor, "target": Actor, "location": Location, "evidence": Evidence}


def csv_columns() -> list[str]:
    """The CSV header: top-level event fields, with nested records spelled out.

    >>> [c for c in csv_columns() if c.startswith("source_")][:3]
    ['source_name', 'source_country', 'source_sector']
    """
    columns: list[str] = []
    for key in sample_event().to_dict():
        nested = _NESTED.get(key)
        if nested is None:
            columns.append(key)
        else:
            columns.extend(f"{key}_{f.name}" for f in fields(nested))
    return columns


def flatten_event(event: Event) -> dict[str, Any]:
    """An event as one flat row; lists are joined with ";" and missing values are empty.

    >>> flatten_event(sample_event())["target_name"]
    'Kyiv'
    """
    row: dict[str, Any] = {}
    for key, value in event.to_dict().items():
        nested = _NESTED.get(key)
        if nested is not None:
            for f in fields(nested):
                row[f"{key}_{f.name}"] = (value or {}).get(f.name)
        elif isinstance(value, list):
            row[key] = ";".join(str(v) for v in value)
        else:
            row[key] = value
    return {k: "" if v is None else v for k, v in row.items()}


class CsvWriter(_Writer):
    """Flat rows with a header line; see ``csv_columns``."""

    def __init__(self, stream: TextIO) -> None:
        super().__init__(stream)
        self._rows = csv.DictWriter(stream, fieldnames=csv_columns(), extrasaction="ignore")
        self._rows.writeheader()

    def write(self, event: Event) -> None:
        self._rows.writerow(flatten_event(event))
        self.count += 1


def _actor_cell(actor: Actor | None) -> str:
    if actor is None:
        return "-"
    codes = " ".join(c for c in (actor.country, actor.sector) if c)
    return f"{actor.name} ({codes})" if codes else actor.name


TABLE_COLUMNS: list[tuple[str, int]] = [
    ("date", 10),
    ("type", 9),
    ("mode", 10),
    ("source", 24),
    ("target", 24),
    ("location", 16),
    ("trigger", 14),
]


def table_cells(event: Event) -> list[str]:
    """The table columns (date, type, mode, source, target, location, trigger) of one event."""
    return [
        event.date or "-",
        event.event_type,
        event.mode or "-",
        _actor_cell(event.source),
        _actor_cell(event.target),
        event.location.name if event.location else "-",
        event.evidence.trigger,
    ]


def _fit(text: str, width: int) -> str:
    text = " ".join(text.split())
    return text.ljust(width) if len(text) <= width else text[: width - 1] + "…"


class TableWriter(_Writer):
    """Aligned columns for reading in a terminal; rows are printed as events arrive.

    The trigger column takes the room the terminal has left.
    """

    def __init__(self, stream: TextIO, width: int | None = None) -> None:
        super().__init__(stream)
        total = width or shutil.get_terminal_size((120, 24)).columns
        fixed = sum(w for _, w in TABLE_COLUMNS[:-1]) + 2 * (len(TABLE_COLUMNS) - 1)
        self.widths = [w for _, w in TABLE_COLUMNS[:-1]] + [max(TABLE_COLUMNS[-1][1], total - fixed - 1)]
        self._header_done = False

    def _line(self, cells: Iterable[str]) -> None:
        padded = [_fit(cell, width) for cell, width in zip(cells, self.widths, strict=True)]
        self.stream.write("  ".join(padded).rstrip() + "\n")

    def write(self, event: Event) -> None:
        if not self._header_done:
            self._line(name.upper() for name, _ in TABLE_COLUMNS)
            self._line("-" * w for w in self.widths)
            self._header_done = True
        self._line(table_cells(event))
        self.count += 1

    def close(self) -> None:
        if self.count == 0:
            self.stream.write("(no events)\n")
        super().close()


def make_writer(fmt: str, stream: TextIO) -> _Writer:
    """A writer for ``fmt`` (one of ``FORMATS``) on ``stream``.

    >>> import io; make_writer("csv", io.StringIO()).__class__.__name__
    'CsvWriter'
    """
    writers = {"jsonl": JsonlWriter, "csv": CsvWriter, "table": TableWriter}
    try:
        return writers[fmt](stream)
    except KeyError:
        raise ValueError(f"unknown output format '{fmt}'; choose one of {', '.join(FORMATS)}") from None


def read_jsonl_events(lines: Iterable[str]) -> Iterator[Event]:
    """Events back from JSON lines written by ``JsonlWriter`` (blank lines skipped)."""
    for line in lines:
        if line.strip():
            yield Event.from_dict(json.loads(line))


def sample_event() -> Event:
    """A small, complete event, for examples and for deriving the CSV header."""
    return Event(
        event_id="0000000000000000",
        doc_id="example",
        sentence_index=0,
        event_type="ASSAULT",
        mode="aerial",
        contexts=[],
        date="2024-05-13",
        date_text="on Monday",
        source=Actor(name="Russia", country="RUS", sector="MIL", text="Russian forces"),
        target=Actor(name="Kyiv", country="UKR", sector="GOV", text="Kyiv"),
        location=Location(name="Kyiv", country="UKR", lat=50.45, lon=30.52),
        evidence=Evidence(
            sentence="Russian forces shelled Kyiv on Monday.", trigger="shelled", char_start=15, char_end=22
        ),
        negated=False,
        confidence=0.9,
        cameo="195",
        quad_class=4,
        goldstein=-10.0,
        date_precision="day",
    )
