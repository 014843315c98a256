"""Counts over filtered events: actors, dyads, timeline, network, locations."""

from __future__ import annotations

from typing import Annotated, Any, Literal

from fastapi import APIRouter, Depends, Query

from ..store import EventFilter, aggregates
from .deps import AppState, event_filter, state

router = APIRouter(prefix="/api", tags=["summaries"])
Period = Literal["day", "week", "month", "year"]
By = Literal["actor", "country"]


@router.get("/actors")
def actors(
    flt: Annotated[EventFilter, Depends(event_filter)],
    app: Annotated[AppState, Depends(state)],
    name: Annotated[str | None, Query(max_length=200, description="part of the actor's name")] = None,
    limit: Annotated[int, Query(ge=1, le=1000)] = 100,
) -> dict[str, Any]:
    """Actors in the matching events, with how often each acted and was acted upon."""
    return {"actors": aggregates.actors(app.store, flt, name=name, limit=limit)}


@router.get("/dyads")
def dyads(
    flt: Annotated[EventFilter, Depends(event_filter)],
    app: Annotated[AppState, Depends(state)],
    period: Period = "month",
    by: By = "country",
    limit: Annotated[int, Query(ge=1, le=5000)] = 500,
) -> dict[str, Any]:
    """Source->target pairs per period: event counts, counts per quad class, Goldstein sums."""
    return {
        "period": period,
        "by": by,
        "dyads": aggregates.dyads(app.store, flt, period=period, by=by, limit=limit),
    }


@router.get("/timeline")
def timeline(
    flt: Annotated[EventFilter, Depends(event_filter)],
    app: Annotated[AppState, Depends(state)],
    period: Period = "week",
) -> dict[str, Any]:
    """Events per period by quad class, with the Goldstein sum and mean of each period."""
    return {"period": period, "periods": aggregates.timeline(app.store, flt, period=period)}


@router.get("/network")
def network(
    flt: Annotated[EventFilter, Depends(event_filter)],
    app: Annotated[AppState, Depends(state)],
    by: By = "actor",
    limit: Annotated[int, Query(ge=1, le=1000, description="most frequent edges kept")] = 80,
) -> dict[str, Any]:
    """Who acted on whom: nodes and edges weighted by count, toned by mean Goldstein score."""
    return aggregates.network(app.store, flt, by=by, limit=limit)


@router.get("/locations")
def locations(
    flt: Annotated[EventFilter, Depends(event_filter)],
    app: Annotated[AppState, Depends(state)],
    limit: Annotated[int, Query(ge=1, le=5000)] = 500,
) -> dict[str, Any]:
    """Where events happened: points with coordinates and counts per country."""
    return aggregates.locations(app.store, flt, limit=limit)
