"""Shared request pieces: the event filter from query parameters, and app state access."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Annotated, Any

from fastapi import Query, Request

from ..config import Settings
from ..store import EventFilter, EventStore

_TEXT = {"max_length": 200}


@dataclass
class AppState:
    store: EventStore
    settings: Settings
    pipeline: Any = None  # built on first POST when not injected


def state(request: Request) -> AppState:
    return request.app.state.dragoman  # type: ignore[no-any-return]


def event_filter(
    country: Annotated[
        str | None, Query(description="source or target country, ISO alpha-3; commas for several", **_TEXT)
    ] = None,
    source_country: Annotated[str | None, Query(description="source country, ISO alpha-3", **_TEXT)] = None,
    target_country: Annotated[str | None, Query(description="target country, ISO alpha-3", **_TEXT)] = None,
    sector: Annotated[
        str | None, Query(description="source or target sector (GOV, MIL, REB...)", **_TEXT)
    ] = None,
    actor: Annotated[str | None, Query(description="part of a source or target actor name", **_TEXT)] = None,
    event_type: Annotated[
        str | None, Query(description="PLOVER event types, commas for several", **_TEXT)
    ] = None,
    quad_class: Annotated[
        str | None, Query(description="quad classes 1-4, commas for several", **_TEXT)
    ] = None,
    start: Annotated[str | None, Query(description="first day, YYYY-MM-DD", **_TEXT)] = None,
    end: Annotated[str | None, Query(description="last day, YYYY-MM-DD", **_TEXT)] = None,
    location_country: Annotated[
        str | None, Query(description="country of the event location", **_TEXT)
    ] = None,
    text: Annotated[str | None, Query(description="words in the evidence sentence", **_TEXT)] = None,
    doc_id: Annotated[str | None, Query(description="one document's events", **_TEXT)] = None,
) -> EventFilter:
    """Query parameters shared by every event listing and summary, validated."""
    return EventFilter.from_params(
        country=country,
        source_country=source_country,
        target_country=target_country,
        sector=sector,
        actor=actor,
        event_type=event_type,
        quad_class=quad_class,
        start=start,
        end=end,
        location_country=location_country,
        text=text,
        doc_id=doc_id,
    )
