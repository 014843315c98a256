"""Many documents in one file: JSON lines and CSV with columns ``id,text,date[,title,url,source]``.

Files are read a line (or a row) at a time, so memory stays flat however large the file. A bad
record (invalid JSON, no text, an unreadable date) becomes an ``InputProblem`` naming the file
and line, and reading goes on. A record without an ``id`` is named after its file and line
("wires.jsonl:12"). A record's own ``date`` wins over the date given for the run, which only
fills in records that have none.

A ``.json`` file holding one JSON array of such objects is read whole (it cannot be streamed).
"""

from __future__ import annotations

import csv
import json
import logging
from collections.abc import Iterable, Iterator, Mapping
from datetime import date
from pathlib import Path
from typing import Any, BinaryIO

from ..errors import InputError
from ..schemas import Article
from .checks import MAX_DOCUMENT_CHARS, check_text, sniff_binary
from .dates import parse_published
from .problems import InputProblem
from .text import article_from_text

log = logging.getLogger(__name__)

ID_FIELDS = ("id", "doc_id", "")  # "" is the unnamed index column pandas writes
COLUMNS_HINT = "expected columns id,text,date[,title,url,source]"


def _field(record: Mapping[str, Any], name: str) -> str | None:
    value = record.get(name)
    if value is None:
        return None
    text = str(value).strip()
    return text or None


def article_from_record(
    record: Mapping[str, Any], *, origin: str, published: date | None = None
) -> Article | InputProblem:
    """One JSONL object or CSV row as an ``Article``, or the problem that stops it.

    >>> article_from_record({"id": "a1", "text": "Kenya recalled its envoy.", "date": "2024-03-12"},
    ...                     origin="wires.jsonl:1").published
    datetime.date(2024, 3, 12)
    >>> str(article_from_record({"id": "a2", "text": ""}, origin="wires.jsonl:2"))
    'wires.jsonl:2: record has no text; expected columns id,text,date[,title,url,source]'
    """
    doc_id = next((v for name in ID_FIELDS if (v := _field(record, name))), origin)
    text = record.get("text")
    if not isinstance(text, str) or not text.strip():
        return InputProblem(origin, f"record has no text; {COLUMNS_HINT}", doc_id)
    try:
        own_date = parse_published(_field(record, "date"))
        article = article_from_text(
            text,
            doc_id=doc_id,
            published=own_date or published,
            title=_field(record, "title"),
            url=_field(record, "url"),
            source=_field(record, "source"),
            origin=origin,
        )
        check_text(article.text)
    except ValueError as exc:
        return InputProblem(origin, f"date {exc}", doc_id)
    except InputError as exc:
        return InputProblem(origin, exc.message, doc_id)
    return article


def _decoded_lines(stream: BinaryIO, name: str) -> Iterator[str]:
    """Lines of a binary stream as text: UTF-8, else Windows-1252 (with one warning per file)."""
    warned = False
    for number, raw in enumerate(stream, start=1):
        try:
            yield raw.decode("utf-8")
        except UnicodeDecodeError:
            if not warned:
                log.warning(
                    "%s: line %d is not valid UTF-8; such lines are read as Windows-1252", name, number
                )
                warned = True
            yield raw.decode("cp1252", errors="replace")


def _open_checked(path: Path, name: str) -> BinaryIO:
    stream = path.open("rb")
    head = stream.read(4096)
    kind = sniff_binary(head)
    if kind is not None:
        stream.close()
        raise InputError(f"file is {kind}")
    stream.seek(0)
    if head.startswith(b"\xef\xbb\xbf"):
        stream.seek(3)
    return stream


def read_jsonl(path: Path, *, name: str, published: date | None = None) -> Iterator[Article | InputProblem]:
    """Articles from a JSON-lines file, one object per line; blank lines are skipped."""
    with _open_checked(path, name) as stream:
        for number, line in enumerate(_decoded_lines(stream, name), start=1):
            if not line.strip():
                continue
            origin = f"{name}:{number}"
            if len(line) > MAX_DOCUMENT_CHARS * 2:
                yield InputProblem(origin, f"line of {len(line):,} characters is too long for one record")
                continue
            try:
                record = json.loads(line)
            except json.JSONDecodeError as exc:
                yield InputProblem(origin, f"not valid JSON ({exc.msg} at column {exc.colno})")
                continue
            if not isinstance(record, dict):
                yield InputProblem(origin, f"expected a JSON object per line; {COLUMNS_HINT}")
                continue
            yield article_from_record(record, origin=origin, published=published)


def read_json_array(
    path: Path, *, name: str, published: date | None = None
) -> Iterator[Article | InputProblem]:
    """Articles from a ``.json`` file holding one array of objects (read whole)."""
    try:
        records = json.loads(path.read_bytes().decode("utf-8-sig"))
    except (json.JSONDecodeError, UnicodeDecodeError) as exc:
        raise InputError(f"not valid JSON: {exc}") from None
    if not isinstance(records, list):
        raise InputError(f"expected an array of objects or one object per line; {COLUMNS_HINT}")
    for number, record in enumerate(records, start=1):
        origin = f"{name}[{number}]"
        if isinstance(record, dict):
            yield article_from_record(record, origin=origin, published=published)
        else:
            yield InputProblem(origin, f"expected an object; {COLUMNS_HINT}")


def _rows(lines: Iterable[str], delimiter: str) -> Iterator[tuple[int, list[str]]]:
    reader = csv.reader(lines, delimiter=delimiter)
    for row in reader:
        yield reader.line_num, row


def read_csv(
    path: Path, *, name: str, published: date | None = None, delimiter: str = ","
) -> Iterator[Article | InputProblem]:
    """Articles from a CSV (or, with ``delimiter="\\t"``, TSV) file with a header row."""
    # The default field limit (128 KiB) is below the size of a long article.
    csv.field_size_limit(max(csv.field_size_limit(), MAX_DOCUMENT_CHARS * 2))
    with _open_checked(path, name) as stream:
        rows = _rows(_decoded_lines(stream, name), delimiter)
        try:
            _, header = next(rows)
        except StopIteration:
            raise InputError("file is empty") from None
        columns = [column.strip().lower() for column in header]
        if "text" not in columns:
            raise InputError(f"no 'text' column in the header; {COLUMNS_HINT}")
        while True:
            try:
                number, row = next(rows)
            except StopIteration:
                return
            except csv.Error as exc:
                yield InputProblem(name, f"CSV cannot be read past this point: {exc}")
                return
            if not any(cell.strip() for cell in row):
                continue
            record = dict(zip(columns, row, strict=False))
            yield article_from_record(record, origin=f"{name}:{number}", published=published)
