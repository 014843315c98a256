"""Records of documents that could not be read or coded, so that a batch can go on and list them at the end."""

from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import Any


@dataclass(frozen=True)
class InputProblem:
    """One document or file that could not be turned into an ``Article``, or that failed in the pipeline.

    ``origin`` names the file, or the file and record ("feed.jsonl:12"); ``message`` is one line
    that says what is wrong and, where it can, what to do about it.

    >>> str(InputProblem("notes.pdf", "looks like a PDF file, not text"))
    'notes.pdf: looks like a PDF file, not text'
    """

    origin: str
    message: str
    doc_id: str | None = None

    def __str__(self) -> str:
        return f"{self.origin}: {self.message}"

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)
