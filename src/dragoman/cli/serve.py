"""``dragoman serve``: the query API and the dashboard over an event store."""

from __future__ import annotations

from pathlib import Path

import click

from ..store import EventStore
from .store_options import db_option, open_store


def serve_store(store: EventStore, host: str, port: int) -> None:
    """Run the app over ``store`` until interrupted, printing the dashboard's address."""
    import uvicorn

    from ..api import create_app

    app = create_app(store)
    shown = "localhost" if host in ("127.0.0.1", "::1") else host
    click.echo(
        f"Dragoman dashboard: http://{shown}:{port}/  (API under /api/, schema at /openapi.json; Ctrl+C stops)"
    )
    uvicorn.run(app, host=host, port=port, log_level="warning")


@click.command()
@db_option
@click.option("--host", default="127.0.0.1", show_default=True, help="address to listen on")
@click.option("--port", default=8000, show_default=True, type=click.IntRange(1, 65535))
def serve(db: Path | None, host: str, port: int) -> None:
    """Serve the query API (/api/...) and the dashboard (/) over the event store."""
    store = open_store(db)
    try:
        serve_store(store, host, port)
    finally:
        store.close()
