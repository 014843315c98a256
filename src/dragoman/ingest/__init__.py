"""Ingest: files, pages, records and feeds in; ``Article`` records (or ``InputProblem`` records) out.

- ``read_documents(paths, published=None)``: stream every document in files and folders.
- ``article_from_text(text, doc_id=..., published=None, title=None)``: one plain-text document.
- ``article_from_html(html, doc_id=..., published=None, url=None)``: one web page.
- ``InputProblem``: a document or file that could not be read, with a one-line message.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

__all__ = ["InputProblem", "article_from_html", "article_from_text", "read_documents"]

if TYPE_CHECKING:
    from .html import article_from_html
    from .problems import InputProblem
    from .sources import read_documents
    from .text import article_from_text

_HOMES = {
    "read_documents": "sources",
    "article_from_text": "text",
    "article_from_html": "html",
    "InputProblem": "problems",
}


def __getattr__(name: str) -> Any:
    # Lazy, so that importing one ingest module does not import the HTML and feed readers.
    if name in _HOMES:
        from importlib import import_module

        return getattr(import_module(f".{_HOMES[name]}", __name__), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
