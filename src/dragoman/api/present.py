"""Stored rows as the API shows them: contract events with highlights, marked-up documents."""

from __future__ import annotations

import itertools
from typing import Any

from ..store.schema import row_to_event


def _find(sentence: str, words: str | None, near: int = 0) -> tuple[int, int] | None:
    if not words:
        return None
    hits = []
    start = sentence.find(words)
    while start >= 0:
        hits.append(start)
        start = sentence.find(words, start + 1)
    if not hits:
        return None
    best = min(hits, key=lambda h: abs(h - near))
    return best, best + len(words)


def highlights(row: dict[str, Any], sentence_start: int | None = None) -> list[dict[str, Any]]:
    """Where the trigger and the actors are in the evidence sentence (offsets in the sentence).

    With the sentence's offset in the document, the trigger's stored offsets are used exactly;
    otherwise the words are looked up in the sentence.

    >>> highlights({"evidence_sentence": "Turkey hosted Qatar.", "evidence_trigger": "hosted",
    ...             "evidence_char_start": 7, "source_text": "Turkey", "target_text": "Qatar"})
    [{'role': 'trigger', 'start': 7, 'end': 13}, {'role': 'source', 'start': 0, 'end': 6}, \
{'role': 'target', 'start': 14, 'end': 19}]
    """
    sentence = row["evidence_sentence"] or ""
    marks: list[dict[str, Any]] = []
    trigger = row.get("evidence_trigger")
    if sentence_start is not None and trigger:
        start = row["evidence_char_start"] - sentence_start
        if sentence[start : start + len(trigger)] == trigger:
            marks.append({"role": "trigger", "start": start, "end": start + len(trigger)})
    if not marks:
        near = row["evidence_char_start"] - (sentence_start or 0)
        span = _find(sentence, trigger, near if sentence_start is not None else 0)
        if span:
            marks.append({"role": "trigger", "start": span[0], "end": span[1]})
    for role in ("source", "target"):
        span = _find(sentence, row.get(f"{role}_text"))
        if span and not any(m["start"] < span[1] and span[0] < m["end"] for m in marks):
            marks.append({"role": role, "start": span[0], "end": span[1]})
    return marks


def sentence_offset(row: dict[str, Any], text: str) -> int | None:
    """Offset of the evidence sentence in the document text, found around the trigger."""
    sentence = row["evidence_sentence"] or ""
    lo = max(0, row["evidence_char_start"] - len(sentence))
    found = text.find(sentence, lo)
    return found if 0 <= found <= row["evidence_char_start"] else None


def event_json(row: dict[str, Any], text: str | None = None) -> dict[str, Any]:
    """The contract record plus ``day`` (effective date) and ``highlights``."""
    record = row_to_event(row).to_dict()
    day = row.get("day")
    record["day"] = day.isoformat() if day is not None else None
    offset = sentence_offset(row, text) if text is not None else None
    record["highlights"] = highlights(row, offset)
    if offset is not None:
        record["evidence"]["sentence_start"] = offset
    return record


def segments(text: str, events: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The text cut at event triggers: ``[{"text": ..., "event_ids": [...]}, ...]``.

    Plain stretches have an empty ``event_ids``; a client renders them without any HTML parsing.

    >>> segments("Turkey hosted Qatar.", [{"event_id": "e1", "evidence_char_start": 7, "evidence_char_end": 13}])
    [{'text': 'Turkey ', 'event_ids': []}, {'text': 'hosted', 'event_ids': ['e1']}, {'text': ' Qatar.', 'event_ids': []}]
    """
    cuts = {0, len(text)}
    for e in events:
        if 0 <= e["evidence_char_start"] < e["evidence_char_end"] <= len(text):
            cuts.update((e["evidence_char_start"], e["evidence_char_end"]))
    points = sorted(cuts)
    out = []
    for start, end in itertools.pairwise(points):
        ids = [
            e["event_id"]
            for e in events
            if e["evidence_char_start"] <= start and end <= e["evidence_char_end"]
        ]
        out.append({"text": text[start:end], "event_ids": sorted(set(ids))})
    return out


def document_json(doc: dict[str, Any], events: list[dict[str, Any]]) -> dict[str, Any]:
    meta = {k: v for k, v in doc.items() if k not in ("text", "content_hash")}
    for key in ("published", "ingested_at"):
        if meta.get(key) is not None:
            meta[key] = meta[key].isoformat()
    text = doc["text"] or ""
    return {
        "document": meta,
        "text": text,
        "segments": segments(text, events),
        "events": [event_json(e, text) for e in events],
    }
