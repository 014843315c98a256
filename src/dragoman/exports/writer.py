"""Writing an export to a file or a text stream."""

from __future__ import annotations

import csv
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any, TextIO

from ..errors import InputError
from ..store import EventFilter, EventStore
from ..store.schema import EVENT_COLUMNS
from .plover import plover_record
from .records import ExportRecord, export_records
from .tables import CSV_COLUMNS, GDELT_COLUMNS, ICEWS_COLUMNS, csv_row, gdelt_row, icews_row

# format -> (header, row function, delimiter); plover-json and parquet are written differently
_TABLES: dict[str, tuple[list[str], Callable[[ExportRecord], list[Any]], str]] = {
    "gdelt": (GDELT_COLUMNS, gdelt_row, "\t"),
    "icews": (ICEWS_COLUMNS, icews_row, "\t"),
    "csv": (CSV_COLUMNS, csv_row, ","),
}
FORMATS = ("plover-json", "gdelt", "icews", "csv", "parquet")


def _write_text(records: Any, fmt: str, out: TextIO) -> int:
    count = 0
    if fmt == "plover-json":
        for record in records:
            out.write(json.dumps(plover_record(record), ensure_ascii=False) + "\n")
            count += 1
        return count
    header, row_of, delimiter = _TABLES[fmt]
    writer = csv.writer(out, delimiter=delimiter, lineterminator="\n")
    writer.writerow(header)
    for record in records:
        writer.writerow(row_of(record))
        count += 1
    return count


def _write_parquet(store: EventStore, flt: EventFilter, path: Path) -> int:
    import pyarrow.parquet as pq

    where, params = flt.where()
    cur = store.cursor()
    try:
        table = cur.sql(
            f"SELECT {', '.join('e.' + c for c in EVENT_COLUMNS)}, d.title AS doc_title, d.url AS doc_url, d.source AS doc_source, d.published AS doc_published "
            f"FROM (SELECT *, rowid AS row_order FROM events WHERE {where}) e LEFT JOIN documents d USING (doc_id) "
            "ORDER BY e.day NULLS LAST, e.row_order",
            params=params,
        ).to_arrow_table()
    finally:
        cur.close()
    pq.write_table(table, path)
    return int(table.num_rows)


def export_events(
    store: EventStore, fmt: str, out: str | Path | TextIO, flt: EventFilter | None = None
) -> int:
    """Write the matching events in ``fmt`` to a path or an open text stream; returns the count.

    >>> import io; buffer = io.StringIO()
    >>> export_events(EventStore(), "icews", buffer)
    0
    """
    flt = flt or EventFilter()
    if fmt not in FORMATS:
        raise InputError(f"unknown export format '{fmt}'; use one of {', '.join(FORMATS)}")
    if fmt == "parquet":
        if not isinstance(out, str | Path):
            raise InputError("parquet is binary: give a file with -o FILE")
        return _write_parquet(store, flt, Path(out))
    if isinstance(out, str | Path):
        with open(out, "w", encoding="utf-8", newline="") as handle:
            return _write_text(export_records(store, flt), fmt, handle)
    return _write_text(export_records(store, flt), fmt, out)
