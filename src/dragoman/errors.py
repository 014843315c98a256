"""One exception family for Dragoman.

Every message says what went wrong and what to do next; the CLI prints it on one line and the
API turns it into the shared JSON error body.
"""

from __future__ import annotations


class DragomanError(Exception):
    """Base class of every error Dragoman raises on purpose."""

    code = "E000"

    def __init__(self, message: str, *, doc_id: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.doc_id = doc_id

    def __str__(self) -> str:
        where = f"{self.doc_id}: " if self.doc_id else ""
        return f"[{self.code}] {where}{self.message}"


class ConfigError(DragomanError):
    """A setting, model name or resource is missing or wrong."""

    code = "E001"


class InputError(DragomanError):
    """A document cannot be read or is not text Dragoman can code."""

    code = "E010"


class PipelineError(DragomanError):
    """Stages were assembled in an order whose inputs are not produced."""

    code = "E020"


class KnowledgeBaseError(DragomanError):
    """An actor dictionary or knowledge-base entry is malformed."""

    code = "E030"


class StoreError(DragomanError):
    """The event store cannot be opened, written or queried."""

    code = "E040"


class QueryError(DragomanError):
    """A filter or query parameter has a value Dragoman cannot use."""

    code = "E041"
