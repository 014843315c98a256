"""Events joined with their documents' metadata, streamed from the store for export."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from ..schemas import Event
from ..store import EventFilter, EventStore


@dataclass
class ExportRecord:
    event: Event
    document: dict[str, Any]  # doc_id, title, url, source, published (no text)


def export_records(store: EventStore, flt: EventFilter | None = None) -> Iterator[ExportRecord]:
    """Every matching event, oldest first, with its document's title, url, outlet and date."""
    documents = {
        row["doc_id"]: row
        for row in store.fetch("SELECT doc_id, title, url, source, published FROM documents")
    }
    for event in store.iter_events(flt, sort="date"):
        doc = dict(documents.get(event.doc_id) or {"doc_id": event.doc_id})
        if doc.get("published") is not None:
            doc["published"] = doc["published"].isoformat()
        yield ExportRecord(event, doc)
