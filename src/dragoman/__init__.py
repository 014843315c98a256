"""Dragoman: news about politics, diplomacy and conflict in, PLOVER event records out.

>>> import dragoman                                                   # doctest: +SKIP
>>> events = dragoman.code_text("Russian forces shelled Kyiv on Monday.", published="2024-05-15")
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

__all__ = ["Article", "DragomanError", "Event", "__version__", "code_documents", "code_text"]

if TYPE_CHECKING:
    from .coding import code_documents, code_text
    from .errors import DragomanError
    from .schemas import Article, Event


def __getattr__(name: str) -> Any:
    # Lazy so that "import dragoman" loads no model and reads no file.
    if name in ("code_text", "code_documents"):
        from . import coding

        return getattr(coding, name)
    if name in ("Event", "Article"):
        from . import schemas

        return getattr(schemas, name)
    if name == "DragomanError":
        from .errors import DragomanError

        return DragomanError
    raise AttributeError(f"module 'dragoman' has no attribute {name!r}")
