"""The offline gazetteer: place names to ``Location`` records, ambiguity resolved by context.

>>> gaz = load_gazetteer(Settings.from_env())        # doctest: +SKIP
>>> gaz.resolve("Tripoli", ["LBN"]).country          # doctest: +SKIP
'LBN'

Scoring: every entry has a prior (log10 population, plus bonuses for countries and national
capitals, a penalty for subdivisions, a high fixed prior for the curated regions, one point
lower for a curated reading meant only in a document about its country). A name
that matches only an entry's alternate spellings costs 1.5; an entry in a country the
document already mentions gains up to 2.5: the full bonus from 100,000 inhabitants, less for
smaller places (half at 10,000), so that a village does not beat a capital merely by lying in
a mentioned country.
"""

from __future__ import annotations

import logging
import math
import sqlite3
import threading
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from ..config import Settings
from ..errors import ConfigError
from ..schemas import Location
from .build import build_index, index_path, remove_stale
from .normalize import VOWELS, fold, skeleton, without_articles

log = logging.getLogger(__name__)

CONTEXT_BONUS = 2.5
ALTERNATE_PENALTY = 1.5
SKELETON_PENALTY = 1.0
SKELETON_MIN_PRIOR = 4.0
CACHE_SIZE = 200_000
MAX_READINGS = 12

REGION_WORDS = {
    "province",
    "region",
    "governorate",
    "oblast",
    "state",
    "district",
    "county",
    "prefecture",
    "territory",
    "area",
    "provinces",
    "regions",
}
AREA_FEATURES = ("admin1", "region")

_ENTRY_COLUMNS = (
    "e.id, e.name, e.country, e.admin1, e.lat, e.lon, e.geonameid, e.feature, e.population, e.prior"
)


@dataclass(frozen=True)
class Match:
    """One candidate reading of a name, with its score."""

    location: Location
    score: float
    population: int
    alternate: bool = False  # matched only a secondary spelling
    loose: bool = False  # matched only by consonant skeleton ("Dayr al Balah" for "Deir al-Balah")


class Gazetteer:
    """Read-only lookups in a built index; safe to share between threads and to pickle."""

    def __init__(self, path: Path) -> None:
        self.path = Path(path)
        self._local = threading.local()
        self._cache: dict[tuple[str, tuple[str, ...]], tuple[Match, ...]] = {}
        self._phrases: list[str] | None = None

    def __reduce__(self) -> tuple[type[Gazetteer], tuple[Path]]:
        return (Gazetteer, (self.path,))

    @property
    def _con(self) -> sqlite3.Connection:
        con = getattr(self._local, "con", None)
        if con is None:
            con = sqlite3.connect(f"file:{self.path}?mode=ro&immutable=1", uri=True, check_same_thread=False)
            con.execute("PRAGMA cache_size = -32768")  # 32 MB: the hot part of the index stays in memory
            self._local.con = con
        return con

    def resolve(self, name: str, context_countries: Iterable[str] | None = None) -> Location | None:
        """The most likely place for ``name``, or None.

        >>> gaz.resolve("Kiev").name                     # doctest: +SKIP
        'Kyiv'
        """
        found = self.candidates(name, context_countries)
        return found[0].location if found else None

    def candidates(self, name: str, context_countries: Iterable[str] | None = None) -> tuple[Match, ...]:
        """Every reading of ``name``, best first (exact spellings, then skeleton matches)."""
        context = tuple(sorted(set(context_countries or ())))
        key = (name, context)
        hit = self._cache.get(key)
        if hit is None:
            hit = self._candidates(name, context)
            if len(self._cache) >= CACHE_SIZE:
                self._cache.clear()
            self._cache[key] = hit
        return hit

    def exact(self, name: str, context_countries: Iterable[str] | None = None) -> tuple[Match, ...]:
        """Readings whose spelling matches ``name`` exactly (after folding); no loose matches."""
        context = tuple(sorted(set(context_countries or ())))
        cache_key = ("\x00exact:" + name, context)
        hit = self._cache.get(cache_key)
        if hit is None:
            key, ctx = _clean(fold(name)), set(context)
            hit = self._rank(self._rows("alias", key), ctx) or self._rank(
                self._rows("alias", f"{key} city"), ctx
            )
            self._cache[cache_key] = hit
        return hit

    def _candidates(self, name: str, context: tuple[str, ...]) -> tuple[Match, ...]:
        ctx = set(context)
        if "," in name:  # "Kyiv, Ukraine": the tail says which country the head is in
            head, _, tail = name.partition(",")
            outer = self.candidates(tail.strip(), context)
            if outer and head.strip():
                inner = self.candidates(head.strip(), tuple(ctx | {outer[0].location.country or ""}))
                return inner or outer
        key = _clean(fold(name))
        if not key:
            return ()
        found = self._rank(self._rows("alias", key), ctx) or self._rank(
            self._rows("alias", f"{key} city"), ctx
        )
        if not found:
            found = self._by_generic_word(key, ctx)
        bones = "" if found else skeleton(key)
        if bones:
            found = self._rank(self._skeleton_rows(key, bones), ctx, penalty=SKELETON_PENALTY, loose=True)
        return found

    def _skeleton_rows(self, key: str, bones: str) -> list[tuple]:
        """Entries sharing the key's consonant skeleton through a spelling that could be a
        transliteration of it ("Dayr al Balah" for "Deir al-Balah"), not any word that happens
        to share its consonants ("Puehrto Asis" for "Euphrates"). ``bones``: the key's skeleton."""
        sql = (
            f"SELECT {_ENTRY_COLUMNS}, 0, group_concat(n.key, '|') FROM skeleton a "
            "JOIN entry e ON e.id = a.entry JOIN alias n ON n.entry = e.id "
            "WHERE a.key = ? AND e.prior >= ? GROUP BY e.id"
        )
        rows = self._con.execute(sql, (bones, SKELETON_MIN_PRIOR)).fetchall()
        return [
            (*row[1:10], row[10], row[9])
            for row in rows
            if any(skeleton(k) == bones and transliterates(key, k) for k in row[11].split("|"))
        ]

    def _by_generic_word(self, key: str, ctx: set[str]) -> tuple[Match, ...]:
        """ "Donetsk province" -> subdivisions called Donetsk; "Gaza city" -> cities."""
        words = key.split()
        if len(words) > 1 and words[-1] in REGION_WORDS:
            base = " ".join(words[:-1])
            found = self._rank(self._rows("alias", base), ctx)
            areas = tuple(m for m in found if m.location.feature in AREA_FEATURES)
            # "Krasnodar region" is GeoNames' "Krasnodarskiy Kray": a subdivision named from the base
            return areas or self._rank(self._subdivisions_starting(base), ctx) or found
        if len(words) > 1 and words[-1] == "city":
            found = self._rank(self._rows("alias", " ".join(words[:-1])), ctx)
            return tuple(m for m in found if m.location.feature == "city") or found
        return ()

    def _subdivisions_starting(self, base: str) -> list[tuple]:
        """Subdivisions with a name that starts with the word ``base`` (at least 4 letters)."""
        if len(base) < 4:
            return []
        sql = (
            f"SELECT DISTINCT {_ENTRY_COLUMNS}, a.alternate FROM alias a JOIN entry e ON e.id = a.entry "
            "WHERE a.key >= ? AND a.key < ? AND e.feature = 'admin1'"
        )
        rows = self._con.execute(sql, (base, base + "\uffff")).fetchall()
        return [(*row[1:10], row[10], row[9]) for row in rows]

    def _rows(self, table: str, key: str) -> list[tuple]:
        alternate = "a.alternate" if table == "alias" else "0"
        sql = f"SELECT {_ENTRY_COLUMNS}, {alternate} FROM {table} a JOIN entry e ON e.id = a.entry WHERE a.key = ?"
        try:
            rows = self._con.execute(sql, (key,)).fetchall()
        except sqlite3.Error as exc:
            raise ConfigError(
                f"the gazetteer index {self.path} cannot be read ({exc}); delete it to rebuild"
            ) from exc
        return [(*row[1:10], row[10], row[9]) for row in rows]

    @staticmethod
    def _rank(
        rows: list[tuple], ctx: set[str] | frozenset[str], penalty: float = 0.0, loose: bool = False
    ) -> tuple[Match, ...]:
        scored = []
        for row in rows:
            country, feature, population, prior, alternate = row[1], row[6], row[7], row[8], row[9]
            score = prior - penalty - (ALTERNATE_PENALTY if alternate else 0.0)
            if country and country in ctx:
                score += context_bonus(feature, population)
            scored.append((round(score, 3), population, row))
        scored.sort(key=lambda item: (-item[0], -item[1]))
        matches = []
        for score, population, row in scored[:MAX_READINGS]:  # "Washington" has dozens: keep the best
            name, country, admin1, lat, lon, geonameid, feature = row[:7]
            loc = Location(name, country, admin1, lat, lon, geonameid, feature)
            matches.append(Match(loc, score, population, bool(row[9]), loose))
        return tuple(matches)

    def phrase_keys(self) -> list[str]:
        """Folded multi-word names of curated regions, seas and sites, for matching in text."""
        if self._phrases is None:
            sql = (
                "SELECT DISTINCT a.key FROM alias a JOIN entry e ON e.id = a.entry "
                "WHERE e.feature IN ('region', 'water', 'facility') AND a.key LIKE '% %' AND a.key NOT LIKE 'the %'"
            )
            self._phrases = [row[0] for row in self._con.execute(sql)]
        return self._phrases

    def close(self) -> None:
        con = getattr(self._local, "con", None)
        if con is not None:
            con.close()
            self._local.con = None


def context_bonus(feature: str, population: int) -> float:
    """Bonus for lying in a country the document mentions; smaller for small towns.

    >>> context_bonus("city", 10_000), context_bonus("country", 0)
    (1.25, 2.5)
    """
    if feature != "city":
        return CONTEXT_BONUS
    weight = (math.log10(max(population, 1000)) - 3.0) / 2.0
    return CONTEXT_BONUS * min(1.0, max(0.25, weight))


def transliterates(a: str, b: str) -> bool:
    """Whether two folded names with one skeleton may spell the same name: they start alike
    (the same letter, or both a vowel) and differ in length by at most a third.

    >>> transliterates("deir al balah", "dayr al balah"), transliterates("euphrates", "puehrto asis")
    (True, False)
    """
    a, b = without_articles(a), without_articles(b)
    if not a or not b:
        return False
    same_start = a[0] == b[0] or (a[0] in VOWELS and b[0] in VOWELS)
    return same_start and 0.75 <= len(a) / len(b) <= 1.34


def _clean(key: str) -> str:
    """Drop a leading article and a possessive: "the Gaza Strip's" -> "gaza strip"."""
    words = key.split()
    if words and words[0] == "the":
        words = words[1:]
    if len(words) > 1 and words[-1] == "s" and not key.endswith(" s s"):
        words = words[:-1]
    return " ".join(words)


_build_lock = threading.Lock()


def load_gazetteer(settings: Settings | None = None) -> Gazetteer:
    """Open the gazetteer index, building it first if this version has none yet.

    Processes starting together (``--workers``, Dask) build it once: the others wait on a
    lock file beside the index.

    >>> gaz = load_gazetteer()                           # doctest: +SKIP
    >>> gaz.resolve("Rafah", ["PSE"]).country            # doctest: +SKIP
    'PSE'
    """
    settings = settings or Settings.from_env()
    path = index_path(settings.cache_dir)
    if path.exists():
        return Gazetteer(path)
    with _build_lock:
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            with _process_lock(path.parent / ".build.lock"):
                if not path.exists():
                    log.info("building the gazetteer index in %s (once per version; about 20 s)", path.parent)
                    build_index(path)
                    remove_stale(path)
        except OSError as exc:
            raise ConfigError(
                f"cannot write the gazetteer index to {path.parent} ({exc}); "
                "set DRAGOMAN_CACHE to a writable directory"
            ) from exc
    return Gazetteer(path)


@contextmanager
def _process_lock(lock_path: Path) -> Iterator[None]:
    """An exclusive lock between processes (POSIX); elsewhere only the thread lock applies."""
    try:
        import fcntl
    except ImportError:  # Windows
        yield
        return
    with open(lock_path, "w") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)
