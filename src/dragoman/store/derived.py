"""Tables derived from the events: the summary tables and the word index.

They make large stores fast to query. ``EventStore`` inherits these methods; each takes the
store's write lock, and each tells whether it could run (a read-only store has none).
"""

from __future__ import annotations

import threading
from typing import Any

import duckdb

from ..errors import StoreError
from . import words
from .schema import SUMMARY_TABLES


class DerivedTables:
    """Upkeep of derived tables; mixed into ``EventStore``, which sets these attributes."""

    _con: duckdb.DuckDBPyConnection
    _write_lock: threading.Lock
    _read_only: bool
    _generation: int
    _summaries_generation: int | None

    def fetch(self, sql: str, params: list[Any] | tuple[Any, ...] = ()) -> list[dict[str, Any]]:
        raise NotImplementedError  # EventStore.fetch

    def summaries_ready(self) -> bool:
        """Make sure the summary tables reflect every write; False for a read-only store.

        ``pair_totals`` (events per source-target pair and countries), ``pair_ranking`` (per pair,
        most frequent first) and ``day_totals`` (per day, event type and quad class) answer the
        dashboard's unfiltered and lightly filtered views without scanning every event. They are
        rebuilt on first use after a write.
        """
        if self._read_only:
            return False
        with self._write_lock:
            if self._summaries_generation != self._generation:
                for statement in SUMMARY_TABLES:
                    self._con.execute(statement)
                self._summaries_generation = self._generation
        return True

    def sort_word_index(self, *, unsorted_share: float = 0.1) -> bool:
        """Sort ``evidence_words`` by word when more than ``unsorted_share`` of it was appended since.

        Sorted, a word's rows sit together and DuckDB skips the rest; called at the end of batch jobs.
        """
        total = self.fetch("SELECT count(*) AS n FROM evidence_words")[0]["n"]
        sorted_rows = self.fetch("SELECT value FROM meta WHERE key = 'words_sorted_rows'")
        done = int(sorted_rows[0]["value"]) if sorted_rows else 0
        if self._read_only or total - done <= unsorted_share * total:
            return False
        self._rewrite_word_index(words.SORT, total)
        return True

    def rebuild_word_index(self) -> None:
        """Build ``evidence_words`` afresh from the stored events, sorted."""
        self._rewrite_word_index(words.REBUILD, None)

    def _rewrite_word_index(self, statements: tuple[str, ...], rows: int | None) -> None:
        with self._write_lock:
            con = self._con
            try:
                con.execute("BEGIN TRANSACTION")
                for statement in statements:
                    con.execute(statement)
                found = con.execute("SELECT count(*) FROM evidence_words").fetchone()
                count = rows if rows is not None else (found[0] if found else 0)
                con.execute("INSERT OR REPLACE INTO meta VALUES ('words_sorted_rows', ?)", [str(count)])
                con.execute("COMMIT")
            except duckdb.Error as exc:
                con.execute("ROLLBACK")
                raise StoreError(f"could not rebuild the word index: {exc}") from None
