"""The query API: ``create_app(store, pipeline=None, settings=None)`` builds the FastAPI app."""

from .app import create_app

__all__ = ["create_app"]
