"""Tables of the event store and how an ``Event`` is flattened into a row.

Events are stored flat (``source_country``, ``evidence_sentence``...) so that filters and
aggregates are plain column predicates that DuckDB can scan quickly; ``row_to_event`` turns a
row back into the contract's nested record.
"""

from __future__ import annotations

from typing import Any

from ..schemas import Event

ACTOR_FIELDS = ("name", "country", "sector", "org", "kb_id", "text")
LOCATION_FIELDS = ("name", "country", "admin1", "lat", "lon", "geonameid", "feature")

_ACTOR_TYPES = {f: "VARCHAR" for f in ACTOR_FIELDS}
_LOCATION_TYPES = {
    "name": "VARCHAR",
    "country": "VARCHAR",
    "admin1": "VARCHAR",
    "lat": "DOUBLE",
    "lon": "DOUBLE",
    "geonameid": "BIGINT",
    "feature": "VARCHAR",
}

# column name -> DuckDB type, in table order
EVENT_COLUMNS: dict[str, str] = {
    "event_id": "VARCHAR",
    "doc_id": "VARCHAR",
    "sentence_index": "INTEGER",
    "event_type": "VARCHAR",
    "mode": "VARCHAR",
    "contexts": "VARCHAR[]",
    "date": "DATE",
    "date_text": "VARCHAR",
    "date_precision": "VARCHAR",
    # the event date, or the document's publication date when the text gives none
    "day": "DATE",
    **{f"source_{k}": v for k, v in _ACTOR_TYPES.items()},
    **{f"target_{k}": v for k, v in _ACTOR_TYPES.items()},
    **{f"location_{k}": v for k, v in _LOCATION_TYPES.items()},
    "evidence_sentence": "VARCHAR",
    "evidence_trigger": "VARCHAR",
    "evidence_char_start": "INTEGER",
    "evidence_char_end": "INTEGER",
    "negated": "BOOLEAN",
    "confidence": "DOUBLE",
    "cameo": "VARCHAR",
    "quad_class": "TINYINT",
    "goldstein": "DOUBLE",
    "coder_version": "VARCHAR",
}

DOCUMENT_COLUMNS: dict[str, str] = {
    "doc_id": "VARCHAR PRIMARY KEY",
    "content_hash": "VARCHAR NOT NULL UNIQUE",
    "title": "VARCHAR",
    "url": "VARCHAR",
    "source": "VARCHAR",
    "published": "DATE",
    "dateline": "VARCHAR",
    "origin": "VARCHAR",
    "text": "VARCHAR",
    "ingested_at": "TIMESTAMP",
    "coder_version": "VARCHAR",
    "n_events": "INTEGER",
}

# one row per actor taking part in an event (role is "source" or "target")
ACTOR_COLUMNS: dict[str, str] = {
    "doc_id": "VARCHAR",
    "event_id": "VARCHAR",
    "role": "VARCHAR",
    **_ACTOR_TYPES,
}

# place names found in a document and what the gazetteer made of them
PLACE_COLUMNS: dict[str, str] = {
    "doc_id": "VARCHAR",
    "char_start": "INTEGER",
    "char_end": "INTEGER",
    "mention": "VARCHAR",
    **_LOCATION_TYPES,
}

FAILURE_COLUMNS: dict[str, str] = {
    "doc_id": "VARCHAR",
    "content_hash": "VARCHAR",
    "origin": "VARCHAR",
    "error": "VARCHAR",
    "failed_at": "TIMESTAMP",
}

# integer keys of the source and target names (see ``actor_names``): grouping and filtering
# on them is much faster than on the names themselves. Internal: not exported.
# ``seq`` numbers events in the order they were stored; the word index refers to it.
EVENT_KEY_COLUMNS: dict[str, str] = {"source_id": "INTEGER", "target_id": "INTEGER", "seq": "BIGINT"}

TABLES: dict[str, dict[str, str]] = {
    "documents": DOCUMENT_COLUMNS,
    "events": {**EVENT_COLUMNS, **EVENT_KEY_COLUMNS},
    "actor_names": {"id": "INTEGER PRIMARY KEY", "name": "VARCHAR NOT NULL UNIQUE"},
    "actors": ACTOR_COLUMNS,
    "places": PLACE_COLUMNS,
    "failures": FAILURE_COLUMNS,
    "evidence_words": {"word": "VARCHAR", "seq": "BIGINT"},  # see words.py
}

INDEXES = (
    "CREATE INDEX IF NOT EXISTS events_doc ON events(doc_id)",
    "CREATE INDEX IF NOT EXISTS events_id ON events(event_id)",
    "CREATE INDEX IF NOT EXISTS actors_doc ON actors(doc_id)",
    "CREATE INDEX IF NOT EXISTS places_doc ON places(doc_id)",
)

SCHEMA_VERSION = 1


def create_statements() -> list[str]:
    """DDL for every table and index, safe to run on an existing store."""
    statements = [
        f"CREATE TABLE IF NOT EXISTS {name} ({', '.join(f'{col} {typ}' for col, typ in cols.items())})"
        for name, cols in TABLES.items()
    ]
    statements.append("CREATE TABLE IF NOT EXISTS meta (key VARCHAR PRIMARY KEY, value VARCHAR)")
    statements.extend(INDEXES)
    return statements


_QUADS = ", ".join(f"count(*) FILTER (WHERE quad_class = {q}) AS q{q}" for q in (1, 2, 3, 4))
_QUAD_TOTALS = ", ".join(f"sum(q{q}) AS q{q}" for q in (1, 2, 3, 4))
SUMMARY_TABLES = (
    (
        "CREATE OR REPLACE TABLE pair_totals AS SELECT source_id, target_id, source_country, target_country, "
        f"count(*) AS n, sum(goldstein) AS goldstein_sum, {_QUADS} FROM events "
        "WHERE source_id IS NOT NULL AND target_id IS NOT NULL GROUP BY ALL"
    ),
    (
        "CREATE OR REPLACE TABLE pair_ranking AS SELECT source_id, target_id, mode(source_country) AS source_country, "
        f"mode(target_country) AS target_country, sum(n) AS n, sum(goldstein_sum) AS goldstein_sum, {_QUAD_TOTALS} "
        "FROM pair_totals GROUP BY ALL ORDER BY n DESC"
    ),
    (
        "CREATE OR REPLACE TABLE day_totals AS SELECT day, event_type, quad_class, count(*) AS n, "
        "sum(goldstein) AS goldstein_sum FROM events WHERE day IS NOT NULL GROUP BY ALL ORDER BY day"
    ),
)

# Give new source/target names an id, then insert the incoming events with their names' ids.
# "incoming" is the Arrow table of new event rows.
NEW_ACTOR_NAMES = (
    "INSERT INTO actor_names SELECT (SELECT coalesce(max(id), 0) FROM actor_names) + row_number() OVER (ORDER BY name), "
    "name FROM (SELECT source_name AS name FROM incoming UNION SELECT target_name FROM incoming) "
    "WHERE name IS NOT NULL AND name NOT IN (SELECT name FROM actor_names)"
)


def insert_events_statement() -> str:
    cols = ", ".join(EVENT_COLUMNS)
    picked = ", ".join(f"i.{c}" for c in EVENT_COLUMNS)
    return (
        f"INSERT INTO events ({cols}, source_id, target_id, seq) SELECT {picked}, s.id, t.id, "
        "(SELECT coalesce(max(seq), 0) FROM events) + row_number() OVER () FROM incoming i "
        "LEFT JOIN actor_names s ON s.name = i.source_name LEFT JOIN actor_names t ON t.name = i.target_name"
    )


def _flat(prefix: str, record: Any, fields: tuple[str, ...]) -> dict[str, Any]:
    return {f"{prefix}_{f}": getattr(record, f) if record is not None else None for f in fields}


def event_to_row(event: Event, published: str | None = None) -> dict[str, Any]:
    """Flatten an event into a row of ``EVENT_COLUMNS``.

    >>> event_to_row(event)["source_country"]  # doctest: +SKIP
    'TUR'
    """
    row: dict[str, Any] = {
        "event_id": event.event_id,
        "doc_id": event.doc_id,
        "sentence_index": event.sentence_index,
        "event_type": event.event_type,
        "mode": event.mode,
        "contexts": list(event.contexts),
        "date": event.date,
        "date_text": event.date_text,
        "date_precision": event.date_precision,
        "day": event.date or published,
        **_flat("source", event.source, ACTOR_FIELDS),
        **_flat("target", event.target, ACTOR_FIELDS),
        **_flat("location", event.location, LOCATION_FIELDS),
        "evidence_sentence": event.evidence.sentence,
        "evidence_trigger": event.evidence.trigger,
        "evidence_char_start": event.evidence.char_start,
        "evidence_char_end": event.evidence.char_end,
        "negated": event.negated,
        "confidence": event.confidence,
        "cameo": event.cameo,
        "quad_class": event.quad_class,
        "goldstein": event.goldstein,
        "coder_version": event.coder_version,
    }
    return row


def _unflat(row: dict[str, Any], prefix: str, fields: tuple[str, ...]) -> dict[str, Any] | None:
    values = {f: row.get(f"{prefix}_{f}") for f in fields}
    return values if values.get("name") is not None else None


def row_to_event(row: dict[str, Any]) -> Event:
    """Rebuild the nested ``Event`` from a stored row (inverse of ``event_to_row``)."""
    day: Any = row.get("date")
    nested = {
        key: value for key, value in row.items() if not key.startswith(("source_", "target_", "location_"))
    }
    nested["date"] = day.isoformat() if hasattr(day, "isoformat") else day
    for role in ("source", "target"):
        actor = _unflat(row, role, ACTOR_FIELDS)
        nested[role] = {**actor, "text": actor["text"] or ""} if actor else None
    nested["location"] = _unflat(row, "location", LOCATION_FIELDS)
    nested["evidence"] = {
        "sentence": row["evidence_sentence"],
        "trigger": row["evidence_trigger"],
        "char_start": int(row["evidence_char_start"]),
        "char_end": int(row["evidence_char_end"]),
    }
    return Event.from_dict(nested)
