"""The lexicon's entry record (``Trigger``) and the comma-separated word lists its tables are written in."""

from __future__ import annotations

from dataclasses import dataclass

from ..codes import EventType as T


@dataclass(frozen=True)
class Trigger:
    event_type: T
    mode: str | None = None
    target_preps: tuple[str, ...] = ()  # prepositions introducing the target
    direct_object: bool = True  # whether dobj is the target
    symmetric: bool = False
    needs_target: bool = False  # without a target the word is too vague to code


def _words(text: str) -> list[str]:
    return [w.strip() for w in text.split(",") if w.strip()]


def _entries(event_type: T, words: str, **kwargs: object) -> dict[str, Trigger]:
    trigger = Trigger(event_type, **kwargs)  # type: ignore[arg-type]
    return {w.strip(): trigger for w in words.split(",") if w.strip()}
