"""PLOVER JSON: one event record per line, in the PLOVER manual's vocabulary.

The PLOVER manual describes an event as ``event`` (one of 16 types), ``mode`` and
``context`` (lists of qualifiers), a ``source`` and ``target`` actor, a date, a location and
the text it was coded from. Fields Dragoman adds beyond the manual (``story``, ``coder``,
``cameo``...) are listed in docs/exports.md.
"""

from __future__ import annotations

from typing import Any

from .. import __version__
from ..schemas import Actor
from .records import ExportRecord


def _actor(actor: Actor | None) -> dict[str, Any] | None:
    if actor is None:
        return None
    return {
        "actor": actor.name,
        "country": actor.country,
        "sector": actor.sector,
        "org": actor.org,
        "kb_id": actor.kb_id,
        "text": actor.text,
    }


def plover_record(record: ExportRecord) -> dict[str, Any]:
    """One PLOVER JSON event.

    >>> plover_record(record)["event"]  # doctest: +SKIP
    'CONSULT'
    """
    e, doc = record.event, record.document
    loc = e.location
    return {
        "id": e.event_id,
        "date": e.date,
        "date_resolution": e.date_precision,
        "date_text": e.date_text,
        "event": e.event_type,
        "mode": e.mode or "",
        "context": list(e.contexts),
        "source": _actor(e.source),
        "target": _actor(e.target),
        "location": None
        if loc is None
        else {
            "placename": loc.name,
            "country": loc.country,
            "admin1": loc.admin1,
            "lat": loc.lat,
            "lon": loc.lon,
            "geonameid": loc.geonameid,
            "feature": loc.feature,
        },
        "text": e.evidence.sentence,
        "trigger": {
            "text": e.evidence.trigger,
            "char_start": e.evidence.char_start,
            "char_end": e.evidence.char_end,
        },
        "negated": e.negated,
        "confidence": round(e.confidence, 3),
        "story": {
            "id": e.doc_id,
            "title": doc.get("title"),
            "url": doc.get("url"),
            "publisher": doc.get("source"),
            "publication_date": doc.get("published"),
            "sentence": e.sentence_index,
        },
        "cameo": {"code": e.cameo, "quad_class": e.quad_class, "goldstein": e.goldstein},
        "coder": {"name": "dragoman", "version": e.coder_version or __version__},
    }
