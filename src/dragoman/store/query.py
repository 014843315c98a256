"""Filters over stored events, turned into parameterised SQL.

Values are always bound as parameters; only column names from fixed tables reach the SQL
text. ``EventFilter.from_params`` validates raw strings (from the API or the CLI) and raises
``QueryError`` with a message that says which value is wrong and what is accepted.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, fields
from datetime import date
from typing import Any

from ..codes import EventType, QuadClass
from ..errors import QueryError
from .words import query_words, word_clause

# sort key accepted from users -> SQL expression
SORT_COLUMNS: dict[str, str] = {
    "date": "day",
    "event_type": "event_type",
    "goldstein": "goldstein",
    "confidence": "confidence",
    "source": "source_name",
    "target": "target_name",
    "country": "source_country",
    "quad_class": "quad_class",
    "doc_id": "doc_id",
}
PERIODS = {"day": "day", "week": "week", "month": "month", "year": "year"}
MAX_TEXT = 200
_CODE = re.compile(r"^[A-Za-z]{2,8}$")


def _split(value: str | list[str] | None) -> list[str]:
    if value is None:
        return []
    items = value if isinstance(value, list) else [value]
    return [part.strip() for item in items for part in str(item).split(",") if part.strip()]


def _text(name: str, value: str | None) -> str | None:
    if value is None or not value.strip():
        return None
    if len(value) > MAX_TEXT:
        raise QueryError(f"filter '{name}' is longer than {MAX_TEXT} characters; shorten it")
    return value.strip()


def _codes(name: str, value: str | list[str] | None) -> list[str]:
    codes = _split(value)
    for code in codes:
        if not _CODE.match(code):
            raise QueryError(
                f"filter '{name}' has '{code[:40]}', which is not a code of 2-8 letters (e.g. USA, GOV)"
            )
    return [c.upper() for c in codes]


def _date(name: str, value: str | date | None) -> date | None:
    if value is None or isinstance(value, date):
        return value
    if not value.strip():
        return None
    try:
        return date.fromisoformat(value.strip())
    except ValueError:
        raise QueryError(f"filter '{name}' must be a date YYYY-MM-DD, not '{value[:40]}'") from None


def _event_types(value: str | list[str] | None) -> list[str]:
    types = [t.upper() for t in _split(value)]
    known = {t.value for t in EventType}
    for t in types:
        if t not in known:
            raise QueryError(f"unknown event type '{t[:40]}'; use one of {', '.join(sorted(known))}")
    return types


def _quads(value: str | list[str] | int | None) -> list[int]:
    items = _split(str(value)) if isinstance(value, int) else _split(value)
    try:
        quads = [int(q) for q in items]
    except ValueError:
        raise QueryError(
            "quad_class must be numbers 1-4 (1 verbal cooperation ... 4 material conflict)"
        ) from None
    if any(q not in {int(c) for c in QuadClass} for q in quads):
        raise QueryError("quad_class must be numbers 1-4 (1 verbal cooperation ... 4 material conflict)")
    return quads


@dataclass
class EventFilter:
    """What to select from the events table. Empty fields select everything.

    >>> EventFilter.from_params(country="TUR", event_type="CONSULT").where()[0]
    '(source_country IN (?) OR target_country IN (?)) AND event_type IN (?)'
    """

    country: list[str] = field(default_factory=list)  # source or target country
    source_country: list[str] = field(default_factory=list)
    target_country: list[str] = field(default_factory=list)
    sector: list[str] = field(default_factory=list)  # source or target sector
    actor: str | None = None  # substring of the source or target name
    event_type: list[str] = field(default_factory=list)
    quad_class: list[int] = field(default_factory=list)
    start: date | None = None
    end: date | None = None
    location_country: list[str] = field(default_factory=list)
    text: str | None = None  # words the evidence sentence has (each as the start of a word)
    doc_id: str | None = None

    @classmethod
    def from_params(cls, **params: Any) -> EventFilter:
        """Validate raw filter values (strings or lists) into a filter."""
        unknown = set(params) - {f.name for f in fields(cls)}
        if unknown:
            raise QueryError(f"unknown filter {', '.join(sorted(unknown))}")
        flt = cls(
            country=_codes("country", params.get("country")),
            source_country=_codes("source_country", params.get("source_country")),
            target_country=_codes("target_country", params.get("target_country")),
            sector=_codes("sector", params.get("sector")),
            actor=_text("actor", params.get("actor")),
            event_type=_event_types(params.get("event_type")),
            quad_class=_quads(params.get("quad_class")),
            start=_date("start", params.get("start")),
            end=_date("end", params.get("end")),
            location_country=_codes("location_country", params.get("location_country")),
            text=_text("text", params.get("text")),
            doc_id=_text("doc_id", params.get("doc_id")),
        )
        if flt.start and flt.end and flt.start > flt.end:
            raise QueryError(f"start {flt.start} is after end {flt.end}; swap them")
        return flt

    def where(self) -> tuple[str, list[Any]]:
        """SQL condition (with ``?`` placeholders) and its parameters."""
        clauses: list[str] = []
        params: list[Any] = []

        def among(column: str, values: list[Any]) -> str:
            params.extend(values)
            return f"{column} IN ({', '.join('?' for _ in values)})"

        if self.country:
            clauses.append(
                f"({among('source_country', self.country)} OR {among('target_country', self.country)})"
            )
        if self.source_country:
            clauses.append(among("source_country", self.source_country))
        if self.target_country:
            clauses.append(among("target_country", self.target_country))
        if self.sector:
            clauses.append(
                f"({among('source_sector', self.sector)} OR {among('target_sector', self.sector)})"
            )
        if self.actor:
            pattern = like_pattern(self.actor)
            # match the few distinct names first, then the events by integer key
            names = "SELECT id FROM actor_names WHERE name ILIKE ? ESCAPE '\\'"
            clauses.append(f"(source_id IN ({names}) OR target_id IN ({names}))")
            params.extend([pattern, pattern])
        if self.event_type:
            clauses.append(among("event_type", self.event_type))
        if self.quad_class:
            clauses.append(among("quad_class", self.quad_class))
        if self.start:
            clauses.append("day >= ?")
            params.append(self.start)
        if self.end:
            clauses.append("day <= ?")
            params.append(self.end)
        if self.location_country:
            clauses.append(among("location_country", self.location_country))
        if self.doc_id:
            clauses.append("doc_id = ?")
            params.append(self.doc_id)
        words = query_words(self.text) if self.text else []
        for word in words:
            clause, param = word_clause(word)
            clauses.append(clause)
            params.append(param)
        if self.text and not words:
            # no letters or digits to look up: scan the sentences (the costliest test; CASE makes
            # DuckDB run it only on rows that pass every other filter)
            text = "evidence_sentence ILIKE ? ESCAPE '\\'"
            params.append(like_pattern(self.text))
            if clauses:
                return f"CASE WHEN {' AND '.join(clauses)} THEN {text} ELSE FALSE END", params
            clauses.append(text)
        return (" AND ".join(clauses) or "TRUE"), params

    def uses_only(self, *names: str) -> bool:
        """True when no filter outside ``names`` is set (decides which summary table can answer).

        >>> EventFilter.from_params(country="TUR").uses_only("country", "actor")
        True
        """
        return all(not getattr(self, f.name) for f in fields(self) if f.name not in names)


def like_pattern(text: str) -> str:
    """A LIKE pattern matching ``text`` anywhere, with its own wildcards escaped.

    >>> like_pattern("50%")
    '%50\\\\%%'
    """
    escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def order_by(sort: str | None) -> str:
    """ORDER BY clause from a user sort key such as ``-date`` (descending) or ``goldstein``."""
    key = (sort or "-date").strip()
    descending = key.startswith("-")
    column = SORT_COLUMNS.get(key.lstrip("-+"))
    if column is None:
        raise QueryError(
            f"cannot sort by '{key[:40]}'; use one of {', '.join(sorted(SORT_COLUMNS))} (prefix - to reverse)"
        )
    direction = "DESC" if descending else "ASC"
    return f"{column} {direction} NULLS LAST, rowid ASC"  # rowid: insertion order, a cheap tiebreak


def period_unit(period: str | None) -> str:
    """The date_trunc unit for a period name (day, week, month, year)."""
    unit = PERIODS.get((period or "week").lower())
    if unit is None:
        raise QueryError(f"period must be one of {', '.join(PERIODS)}, not '{str(period)[:40]}'")
    return unit
