"""The event store: documents, events, actors, places and failures in one DuckDB file.

Writes go in as Arrow tables, one transaction per batch of whole documents, so an interrupted
ingest leaves either a whole document or none of it. A document's identity is its content
hash: adding the same article twice changes nothing. Each reader gets its own DuckDB cursor,
so the API can query from several threads.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, Self

import duckdb

from ..errors import StoreError
from ..schemas import Article, Event, PlaceMention
from . import words
from .arrow import arrow_table
from .derived import DerivedTables
from .query import EventFilter, order_by
from .schema import (
    ACTOR_COLUMNS,
    ACTOR_FIELDS,
    DOCUMENT_COLUMNS,
    EVENT_COLUMNS,
    FAILURE_COLUMNS,
    NEW_ACTOR_NAMES,
    PLACE_COLUMNS,
    create_statements,
    event_to_row,
    insert_events_statement,
    row_to_event,
)

log = logging.getLogger(__name__)


@dataclass
class StoredDocument:
    """One coded document ready to store: the article, its events and its place mentions."""

    article: Article
    events: list[Event] = field(default_factory=list)
    places: list[PlaceMention] = field(default_factory=list)
    coder_version: str = ""


def _now() -> datetime:
    return datetime.now(UTC).replace(tzinfo=None)


def _actor_rows(event: Event) -> list[dict[str, Any]]:
    rows = []
    for role, actor in (("source", event.source), ("target", event.target)):
        if actor is not None:
            row = {"doc_id": event.doc_id, "event_id": event.event_id, "role": role}
            row.update({f: getattr(actor, f) for f in ACTOR_FIELDS})
            rows.append(row)
    return rows


def _place_rows(doc_id: str, places: list[PlaceMention]) -> list[dict[str, Any]]:
    rows = []
    for place in places:
        loc = place.location
        row = {
            "doc_id": doc_id,
            "char_start": place.span.start,
            "char_end": place.span.end,
            "mention": place.span.text,
        }
        if loc is not None:
            row.update(
                name=loc.name,
                country=loc.country,
                admin1=loc.admin1,
                lat=loc.lat,
                lon=loc.lon,
                geonameid=loc.geonameid,
                feature=loc.feature,
            )
        rows.append(row)
    return rows


class EventStore(DerivedTables):
    """A DuckDB-backed store of coded documents.

    >>> with EventStore(":memory:") as store:
    ...     store.counts()["documents"]
    0
    """

    def __init__(self, path: str | Path = ":memory:", *, read_only: bool = False) -> None:
        self.path = str(path)
        if self.path != ":memory:":
            Path(self.path).parent.mkdir(parents=True, exist_ok=True)
        try:
            self._con = duckdb.connect(self.path, read_only=read_only)
        except duckdb.Error as exc:
            raise StoreError(
                f"cannot open the event store {self.path}: {exc}. If another dragoman process "
                "(serve, ingest) has it open, stop it or pass a different --db"
            ) from None
        self._con.execute("SET enable_progress_bar = false")  # library code prints nothing
        self._write_lock = threading.Lock()
        self._read_only = read_only
        self._generation = 0  # counts committed writes, to know when the summary tables are stale
        self._summaries_generation: int | None = None
        self.maintain_words = True  # False while a recode replaces everything; it rebuilds at the end
        if not read_only:
            for statement in create_statements():
                self._con.execute(statement)

    # -- lifecycle -------------------------------------------------------------------------
    def close(self) -> None:
        self._con.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def cursor(self) -> duckdb.DuckDBPyConnection:
        """A connection for one reader thread."""
        return self._con.cursor()

    def fetch(self, sql: str, params: list[Any] | tuple[Any, ...] = ()) -> list[dict[str, Any]]:
        """Rows of a parameterised query as dicts (column name -> value)."""
        cur = self.cursor()
        try:
            result = cur.execute(sql, params)
            names = [d[0] for d in result.description]
            return [dict(zip(names, row, strict=True)) for row in result.fetchall()]
        except duckdb.Error as exc:
            raise StoreError(f"query failed: {exc}") from None
        finally:
            cur.close()

    # -- writing ---------------------------------------------------------------------------
    def known_hashes(self, hashes: Iterable[str]) -> set[str]:
        """Which of these content hashes are already stored."""
        wanted = list(set(hashes))
        if not wanted:
            return set()
        rows = self.fetch(
            "SELECT content_hash FROM documents WHERE content_hash IN (SELECT UNNEST(?))", [wanted]
        )
        return {r["content_hash"] for r in rows}

    def doc_id_taken(self, doc_id: str) -> bool:
        return bool(self.fetch("SELECT 1 FROM documents WHERE doc_id = ?", [doc_id]))

    def add_documents(self, documents: list[StoredDocument]) -> int:
        """Store whole documents in one transaction; returns how many were new.

        A document whose content hash is already stored is skipped.
        """
        with self._write_lock:
            known = self.known_hashes(d.article.content_hash for d in documents)
            fresh: list[StoredDocument] = []
            for doc in documents:
                if doc.article.content_hash not in known:
                    known.add(doc.article.content_hash)
                    fresh.append(doc)
            if not fresh:
                return 0
            self._insert_in_transaction(fresh)
            return len(fresh)

    def add_document(
        self,
        article: Article,
        events: list[Event],
        places: list[PlaceMention] | None = None,
        coder_version: str = "",
    ) -> bool:
        """Store one document atomically; False when it was already stored.

        >>> store.add_document(Article("a1", "Text."), [])  # doctest: +SKIP
        True
        """
        return self.add_documents([StoredDocument(article, events, places or [], coder_version)]) == 1

    def _insert_in_transaction(self, docs: list[StoredDocument]) -> None:
        ingested = _now()
        doc_rows: list[dict[str, Any]] = []
        event_rows: list[dict[str, Any]] = []
        actor_rows: list[dict[str, Any]] = []
        place_rows: list[dict[str, Any]] = []
        for doc in docs:
            a = doc.article
            published = a.published.isoformat() if a.published else None
            doc_rows.append(
                {
                    "doc_id": a.doc_id,
                    "content_hash": a.content_hash,
                    "title": a.title,
                    "url": a.url,
                    "source": a.source,
                    "published": published,
                    "dateline": a.dateline,
                    "origin": a.origin,
                    "text": a.text,
                    "ingested_at": ingested,
                    "coder_version": doc.coder_version,
                    "n_events": len(doc.events),
                }
            )
            event_rows.extend(event_to_row(e, published) for e in doc.events)
            actor_rows.extend(r for e in doc.events for r in _actor_rows(e))
            place_rows.extend(_place_rows(a.doc_id, doc.places))
        hashes = [d.article.content_hash for d in docs]
        self._transaction(
            [
                ("documents", doc_rows, DOCUMENT_COLUMNS),
                ("events", event_rows, EVENT_COLUMNS),
                ("actors", actor_rows, ACTOR_COLUMNS),
                ("places", place_rows, PLACE_COLUMNS),
            ],
            before=[("DELETE FROM failures WHERE content_hash IN (SELECT UNNEST(?))", [hashes])],
        )

    def _transaction(
        self,
        inserts: list[tuple[str, list[dict[str, Any]], dict[str, str]]],
        before: list[tuple[str, list[Any]]] | None = None,
    ) -> None:
        con = self._con
        try:
            con.execute("BEGIN TRANSACTION")
            for sql, params in before or []:
                con.execute(sql, params)
            for table, rows, columns in inserts:
                if not rows:
                    continue
                incoming = arrow_table(rows, columns)  # noqa: F841 - read by DuckDB by name
                if table == "events":
                    last_seq = con.execute("SELECT coalesce(max(seq), 0) FROM events").fetchone()[0]  # type: ignore[index]
                    con.execute(NEW_ACTOR_NAMES)
                    con.execute(insert_events_statement())
                    if self.maintain_words:
                        con.execute(words.NEW_WORDS, [last_seq])
                else:
                    cols = ", ".join(columns)
                    con.execute(f"INSERT INTO {table} ({cols}) SELECT {cols} FROM incoming")
            con.execute("COMMIT")
            self._generation += 1
        except (duckdb.Error, ValueError, TypeError) as exc:
            con.execute("ROLLBACK")
            raise StoreError(f"could not store documents, nothing was written: {exc}") from None

    def add_failure(self, article: Article, error: str) -> None:
        """Record a document that could not be coded, with its error."""
        self.record_failure(article.doc_id, error, origin=article.origin, content_hash=article.content_hash)

    def record_failure(
        self, doc_id: str | None, error: str, *, origin: str | None = None, content_hash: str | None = None
    ) -> None:
        """Record a document or file that could not be read or coded (replacing an older record of it)."""
        row = {
            "doc_id": doc_id,
            "content_hash": content_hash,
            "origin": origin,
            "error": error,
            "failed_at": _now(),
        }
        key, value = ("content_hash", content_hash) if content_hash else ("origin", origin)
        with self._write_lock:
            self._transaction(
                [("failures", [row], FAILURE_COLUMNS)],
                before=[(f"DELETE FROM failures WHERE {key} = ?", [value])],
            )

    def replace_events(
        self, doc_id: str, events: list[Event], coder_version: str, places: list[PlaceMention] | None = None
    ) -> None:
        """Swap a stored document's events (and place mentions) for newly coded ones."""
        published = self.fetch("SELECT published FROM documents WHERE doc_id = ?", [doc_id])
        if not published:
            raise StoreError(f"no stored document '{doc_id}'; list documents with GET /api/documents")
        day = published[0]["published"]
        day_text = day.isoformat() if day else None
        deletes: list[tuple[str, list[Any]]] = (
            [(words.DOCUMENT_WORDS_DELETE, [doc_id])] if self.maintain_words else []
        )
        deletes += [(f"DELETE FROM {t} WHERE doc_id = ?", [doc_id]) for t in ("events", "actors")]
        if places is not None:
            deletes.append(("DELETE FROM places WHERE doc_id = ?", [doc_id]))
        deletes.append(
            (
                "UPDATE documents SET coder_version = ?, n_events = ? WHERE doc_id = ?",
                [coder_version, len(events), doc_id],
            )
        )
        with self._write_lock:
            self._transaction(
                [
                    ("events", [event_to_row(e, day_text) for e in events], EVENT_COLUMNS),
                    ("actors", [r for e in events for r in _actor_rows(e)], ACTOR_COLUMNS),
                    ("places", _place_rows(doc_id, places or []), PLACE_COLUMNS),
                ],
                before=deletes,
            )

    # -- reading ---------------------------------------------------------------------------
    def query_events(
        self, flt: EventFilter | None = None, *, sort: str | None = None, limit: int = 50, offset: int = 0
    ) -> tuple[list[dict[str, Any]], int]:
        """One page of flat event rows matching ``flt`` and the total number of matches."""
        flt = flt or EventFilter()
        where, params = flt.where()
        order = order_by(sort)
        if flt.text:
            # scanning sentences is costly: count and rank in the same scan
            ranked = self.fetch(
                f"SELECT rowid AS r, count(*) OVER () AS total FROM events WHERE {where} ORDER BY {order} "
                "LIMIT ? OFFSET ?",
                [*params, limit, offset],
            )
            total = int(ranked[0]["total"]) if ranked else None
            ids = [row["r"] for row in ranked]
        else:
            total, ids = None, None
        if total is None:
            total = int(self.fetch(f"SELECT count(*) AS n FROM events WHERE {where}", params)[0]["n"])
        if ids is None:
            # sort narrow rows first, then fetch the page's full rows: wide top-N sorts are slow
            page = f"SELECT rowid FROM events WHERE {where} ORDER BY {order} LIMIT ? OFFSET ?"
            page_params = [*params, limit, offset]
        else:
            page, page_params = "SELECT UNNEST(?)", [ids]
        rows = self.fetch(f"SELECT * FROM events WHERE rowid IN ({page}) ORDER BY {order}", page_params)
        return rows, total

    def iter_events(
        self, flt: EventFilter | None = None, *, sort: str | None = "date", batch_size: int = 5000
    ) -> Iterator[Event]:
        """Every event matching ``flt``, as ``Event`` records, in ``sort`` order."""
        where, params = (flt or EventFilter()).where()
        cur = self.cursor()
        try:
            result = cur.execute(f"SELECT * FROM events WHERE {where} ORDER BY {order_by(sort)}", params)
            names = [d[0] for d in result.description]
            while batch := result.fetchmany(batch_size):
                for row in batch:
                    yield row_to_event(dict(zip(names, row, strict=True)))
        finally:
            cur.close()

    def get_event(self, event_id: str) -> dict[str, Any] | None:
        rows = self.fetch("SELECT * FROM events WHERE event_id = ? LIMIT 1", [event_id])
        return rows[0] if rows else None

    def get_document(self, doc_id: str) -> dict[str, Any] | None:
        rows = self.fetch("SELECT * FROM documents WHERE doc_id = ?", [doc_id])
        return rows[0] if rows else None

    def document_events(self, doc_id: str) -> list[dict[str, Any]]:
        return self.fetch(
            "SELECT * FROM events WHERE doc_id = ? ORDER BY evidence_char_start, event_id", [doc_id]
        )

    def document_places(self, doc_id: str) -> list[dict[str, Any]]:
        return self.fetch("SELECT * FROM places WHERE doc_id = ? ORDER BY char_start", [doc_id])

    def iter_articles(self) -> Iterator[Article]:
        """Every stored document as an ``Article``, for re-coding."""
        for row in self.fetch("SELECT * FROM documents ORDER BY doc_id"):
            yield Article(
                doc_id=row["doc_id"],
                text=row["text"],
                title=row["title"],
                published=row["published"],
                url=row["url"],
                source=row["source"],
                dateline=row["dateline"],
                origin=row["origin"],
            )

    def failures(self) -> list[dict[str, Any]]:
        return self.fetch("SELECT * FROM failures ORDER BY failed_at")

    def counts(self) -> dict[str, int]:
        """Rows per table.

        >>> EventStore().counts()
        {'documents': 0, 'events': 0, 'actors': 0, 'places': 0, 'failures': 0}
        """
        tables = ("documents", "events", "actors", "places", "failures")
        sql = " UNION ALL ".join(f"SELECT '{t}' AS t, count(*) AS n FROM {t}" for t in tables)
        found = {r["t"]: int(r["n"]) for r in self.fetch(sql)}
        return {t: found[t] for t in tables}
