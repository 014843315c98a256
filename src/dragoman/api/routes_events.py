"""Reading stored events and documents."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Depends, Path, Query
from fastapi.responses import JSONResponse

from ..store import EventFilter
from .deps import AppState, event_filter, state
from .errors import ApiError
from .present import document_json, event_json

router = APIRouter(prefix="/api", tags=["events"])
MAX_PAGE = 500
MAX_OFFSET = 10_000_000
_ID = Path(max_length=200)


@router.get("/events")
def list_events(
    flt: Annotated[EventFilter, Depends(event_filter)],
    app: Annotated[AppState, Depends(state)],
    sort: Annotated[
        str,
        Query(description="date, goldstein, event_type, source, target, ...; -key reverses", max_length=40),
    ] = "-date",
    limit: Annotated[int, Query(ge=1, le=MAX_PAGE)] = 50,
    offset: Annotated[int, Query(ge=0, le=MAX_OFFSET)] = 0,
) -> JSONResponse:
    """Events matching the filters, one page at a time, each with its evidence sentence."""
    rows, total = app.store.query_events(flt, sort=sort, limit=limit, offset=offset)
    following = offset + len(rows)
    # already JSON-ready: a plain JSONResponse skips FastAPI's slower generic encoding
    return JSONResponse(
        {
            "total": total,
            "limit": limit,
            "offset": offset,
            "next_offset": following if following < total else None,
            "events": [event_json(r) for r in rows],
        }
    )


@router.get("/events/{event_id}")
def get_event(event_id: Annotated[str, _ID], app: Annotated[AppState, Depends(state)]) -> dict[str, Any]:
    """One event, with trigger and actor positions in its sentence and its document's title."""
    row = app.store.get_event(event_id)
    if row is None:
        raise ApiError(404, f"no event '{event_id[:60]}'; list events with GET /api/events")
    doc = app.store.get_document(row["doc_id"]) or {}
    record = event_json(row, doc.get("text"))
    record["document"] = {
        "doc_id": row["doc_id"],
        "title": doc.get("title"),
        "url": doc.get("url"),
        "source": doc.get("source"),
    }
    return record


@router.get("/documents")
def list_documents(
    app: Annotated[AppState, Depends(state)],
    limit: Annotated[int, Query(ge=1, le=MAX_PAGE)] = 50,
    offset: Annotated[int, Query(ge=0, le=MAX_OFFSET)] = 0,
) -> dict[str, Any]:
    """Stored documents, newest first, without their text."""
    rows = app.store.fetch(
        "SELECT doc_id, title, source, url, published, n_events, coder_version FROM documents "
        "ORDER BY published DESC NULLS LAST, doc_id LIMIT ? OFFSET ?",
        [limit, offset],
    )
    for row in rows:
        row["published"] = row["published"].isoformat() if row["published"] else None
    return {"total": app.store.counts()["documents"], "limit": limit, "offset": offset, "documents": rows}


@router.get("/documents/{doc_id}")
def get_document(doc_id: Annotated[str, _ID], app: Annotated[AppState, Depends(state)]) -> JSONResponse:
    """A document's text cut into segments, with the event triggers marked, and its events."""
    doc = app.store.get_document(doc_id)
    if doc is None:
        raise ApiError(404, f"no document '{doc_id[:60]}'; list documents with GET /api/documents")
    return JSONResponse(document_json(doc, app.store.document_events(doc_id)))


@router.get("/stats")
def stats(app: Annotated[AppState, Depends(state)]) -> dict[str, Any]:
    """Rows per table and the span of event dates."""
    span = app.store.fetch("SELECT min(day) AS first, max(day) AS last FROM events")[0]
    return {
        "counts": app.store.counts(),
        "first_day": span["first"].isoformat() if span["first"] else None,
        "last_day": span["last"].isoformat() if span["last"] else None,
    }
