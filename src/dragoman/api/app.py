"""The web application: JSON API under /api, the dashboard at /, OpenAPI at /openapi.json."""

from __future__ import annotations

from typing import Any

from fastapi import FastAPI

from .. import __version__
from ..config import Settings
from ..store import EventStore
from .deps import AppState
from .errors import install_error_handlers
from .limits import DEFAULT_MAX_BODY, BodySizeLimit


def create_app(
    store: EventStore,
    pipeline: Any = None,
    settings: Settings | None = None,
    *,
    max_body_bytes: int = DEFAULT_MAX_BODY,
    dashboard: bool = True,
) -> FastAPI:
    """Build the app over ``store``; ``pipeline`` codes posted text (the default one if None).

    >>> app = create_app(EventStore(":memory:"))
    >>> app.title
    'Dragoman'
    """
    from .routes_coding import router as coding_router
    from .routes_events import router as events_router
    from .routes_summaries import router as summaries_router

    # no /docs or /redoc pages: they load their scripts from a CDN, and Dragoman works offline
    app = FastAPI(
        title="Dragoman",
        version=__version__,
        description="PLOVER events coded from news, each traceable to its sentence.",
        docs_url=None,
        redoc_url=None,
    )
    app.state.dragoman = AppState(store=store, settings=settings or Settings.from_env(), pipeline=pipeline)
    install_error_handlers(app)
    app.add_middleware(BodySizeLimit, max_bytes=max_body_bytes)
    for router in (events_router, summaries_router, coding_router):
        app.include_router(router)
    if dashboard:
        from ..web import mount_dashboard

        mount_dashboard(app)
    return app
