"""Files and folders to a stream of ``Article`` records, with a record for each input that fails.

``read_documents`` is the one entry point: give it files, folders (read recursively) or "-"
for standard input, and it yields an ``Article`` per document or an ``InputProblem`` per
document or file that cannot be read. It never raises for bad input and holds at most one
document in memory.

Formats are told by extension, else by the first bytes:

| extension | format |
|---|---|
| .txt .text .md, or none | plain text: one document |
| .html .htm .xhtml .shtml | web page: one document |
| .jsonl .ndjson (.json with one object per line) | one document per line |
| .json holding an array | one document per object |
| .csv .tsv | one document per row |
| .rss .atom .xml | RSS or Atom feed: one document per item |

"-" reads one plain-text document from standard input.

In folders, hidden files and files with other extensions are skipped.

Publication dates: a date stated as data (a ``date`` column or field, a feed item's date) is
used as is; otherwise the ``published`` date given for the run; otherwise, for text and pages,
the date found in the header or page metadata.
"""

from __future__ import annotations

import logging
import sys
from collections.abc import Iterable, Iterator
from datetime import date
from enum import Enum
from pathlib import Path

from ..errors import InputError
from ..schemas import Article
from .checks import MAX_DOCUMENT_CHARS, check_text, decode_bytes, too_long_message
from .feeds import read_feed
from .html import MAX_HTML_BYTES, article_from_html
from .problems import InputProblem
from .records import read_csv, read_json_array, read_jsonl
from .text import article_from_text

log = logging.getLogger(__name__)

STDIN = "-"


class Format(str, Enum):
    TEXT = "text"
    HTML = "html"
    JSONL = "jsonl"
    JSON = "json"
    CSV = "csv"
    TSV = "tsv"
    FEED = "feed"


SUFFIXES: dict[str, Format] = {
    **dict.fromkeys([".txt", ".text", ".md"], Format.TEXT),
    **dict.fromkeys([".html", ".htm", ".xhtml", ".shtml"], Format.HTML),
    **dict.fromkeys([".jsonl", ".ndjson"], Format.JSONL),
    ".json": Format.JSON,
    ".csv": Format.CSV,
    ".tsv": Format.TSV,
    **dict.fromkeys([".rss", ".atom", ".xml"], Format.FEED),
}


def detect_format(path: Path, head: bytes) -> Format:
    """The format of a file from its extension, else from its first bytes.

    >>> detect_format(Path("wires"), b'{"id": "a1", "text": "..."}')
    <Format.JSONL: 'jsonl'>
    >>> detect_format(Path("page"), b"<!DOCTYPE html><html>")
    <Format.HTML: 'html'>
    """
    start = head.lstrip(b"\xef\xbb\xbf \t\r\n")[:2048].lower()
    known = SUFFIXES.get(path.suffix.lower())
    if known is Format.JSON:
        return Format.JSONL if start.startswith(b"{") else Format.JSON
    if known is not None:
        return known
    if start.startswith(b"<"):
        feed = any(marker in start for marker in (b"<rss", b"<feed", b"<rdf:rdf"))
        return Format.FEED if feed else Format.HTML
    if start.startswith(b"{"):
        return Format.JSONL
    if start.startswith(b"["):
        return Format.JSON
    return Format.TEXT


def iter_files(paths: Iterable[str | Path]) -> Iterator[Path | InputProblem]:
    """Every file named or found (recursively, in sorted order) under the folders named."""
    for given in paths:
        path = Path(given)
        if str(given) == STDIN or path.is_file():
            yield path
        elif path.is_dir():
            found = 0
            for child in sorted(path.rglob("*")):
                relative = child.relative_to(path).parts
                hidden = any(part.startswith(".") for part in relative)
                known = child.suffix.lower() in SUFFIXES or not child.suffix
                if child.is_file() and known and not hidden:
                    found += 1
                    yield child
            if not found:
                yield InputProblem(
                    str(path), "folder holds no files to code (.txt, .html, .jsonl, .csv, .xml ...)"
                )
        else:
            yield InputProblem(str(path), "no such file or folder")


def _read_single(data: bytes, fmt: Format, name: str, published: date | None) -> Article:
    if not data.strip():
        raise InputError("file is empty")
    if fmt is Format.HTML:
        article = article_from_html(data, doc_id=name, published=published, origin=name)
    else:
        text = decode_bytes(data, name)
        article = article_from_text(text, doc_id=name, published=published, origin=name)
    check_text(article.text)
    return article


def _read_bytes(path: Path, limit: int) -> bytes:
    if str(path) == STDIN:
        return sys.stdin.buffer.read(limit + 1)
    size = path.stat().st_size
    if size > limit:
        return b"x" * (limit + 1)  # too large: report without reading it
    return path.read_bytes()


def read_file(path: Path, *, published: date | None = None) -> Iterator[Article | InputProblem]:
    """Documents in one file; raises InputError or OSError when the file as a whole is unreadable."""
    name = "<stdin>" if str(path) == STDIN else str(path)
    if str(path) == STDIN:
        head = b""
    else:
        with path.open("rb") as stream:
            head = stream.read(4096)
    fmt = detect_format(path, head)
    if fmt is Format.JSONL:
        yield from read_jsonl(path, name=name, published=published)
    elif fmt is Format.JSON:
        yield from read_json_array(path, name=name, published=published)
    elif fmt in (Format.CSV, Format.TSV):
        yield from read_csv(
            path, name=name, published=published, delimiter="\t" if fmt is Format.TSV else ","
        )
    elif fmt is Format.FEED:
        yield from read_feed(path, name=name, published=published)
    else:
        limit = MAX_HTML_BYTES if fmt is Format.HTML else MAX_DOCUMENT_CHARS * 4
        data = _read_bytes(path, limit)
        if len(data) > limit:
            size = path.stat().st_size if str(path) != STDIN else len(data)
            raise InputError(too_long_message(f"{size / 1e6:.1f} MB"))
        yield _read_single(data, fmt, name, published)


def read_documents(
    paths: Iterable[str | Path], published: date | None = None
) -> Iterator[Article | InputProblem]:
    """Stream the documents in files and folders; bad input comes out as ``InputProblem`` records.

    >>> for item in read_documents(["articles/", "wires.jsonl"], published=date(2024, 5, 15)):  # doctest: +SKIP
    ...     print(item.doc_id if isinstance(item, Article) else f"failed: {item}")
    """
    for path in iter_files(paths):
        if isinstance(path, InputProblem):
            yield path
            continue
        name = "<stdin>" if str(path) == STDIN else str(path)
        try:
            yield from read_file(path, published=published)
        except InputError as exc:
            yield InputProblem(name, exc.message, name)
        except OSError as exc:
            yield InputProblem(name, f"cannot read: {exc.strerror or exc}", name)
        except Exception as exc:
            log.debug("reading %s failed", name, exc_info=True)
            yield InputProblem(name, f"cannot read: {type(exc).__name__}: {exc}", name)
