"""Rows -> Arrow tables typed after the store's DuckDB columns, for bulk inserts."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

import pyarrow as pa

_ARROW_TYPES: dict[str, pa.DataType] = {
    "VARCHAR": pa.string(),
    "INTEGER": pa.int32(),
    "BIGINT": pa.int64(),
    "TINYINT": pa.int8(),
    "DOUBLE": pa.float64(),
    "BOOLEAN": pa.bool_(),
    "DATE": pa.date32(),
    "TIMESTAMP": pa.timestamp("us"),
    "VARCHAR[]": pa.list_(pa.string()),
}


def _base_type(sql_type: str) -> str:
    for suffix in (" PRIMARY KEY", " NOT NULL UNIQUE", " NOT NULL", " UNIQUE"):
        sql_type = sql_type.replace(suffix, "")
    return sql_type


def _as_date(value: Any) -> date | None:
    if value is None or isinstance(value, date):
        return value
    try:
        return date.fromisoformat(str(value)[:10])
    except ValueError:
        return None  # a malformed date from a stage is stored as unknown, not as a failure


def arrow_table(rows: list[dict[str, Any]], columns: dict[str, str]) -> pa.Table:
    """An Arrow table with one column per entry of ``columns`` (name -> DuckDB type).

    >>> arrow_table([{"doc_id": "a"}], {"doc_id": "VARCHAR"}).num_rows
    1
    """
    arrays = []
    names = list(columns)
    for name in names:
        sql_type = _base_type(columns[name])
        values = [row.get(name) for row in rows]
        if sql_type == "DATE":
            values = [_as_date(v) for v in values]
        elif sql_type == "TIMESTAMP":
            values = [
                v if isinstance(v, datetime) or v is None else datetime.fromisoformat(str(v)) for v in values
            ]
        elif sql_type in ("INTEGER", "BIGINT", "TINYINT"):
            values = [int(v) if v is not None else None for v in values]
        elif sql_type == "DOUBLE":
            values = [float(v) if v is not None else None for v in values]
        arrays.append(pa.array(values, type=_ARROW_TYPES[sql_type]))
    return pa.Table.from_arrays(arrays, names=names)
