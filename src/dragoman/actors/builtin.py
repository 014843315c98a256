"""Reading the built-in actor data shipped in ``dragoman/data/actors/``.

Every file is UTF-8 text with one record per line, fields separated by ``|``, lists inside a
field separated by ``;``, and ``#`` starting a comment line:

- ``countries.tsv``: ``ISO3|name|aliases|demonyms and adjectives|capitals|seats of power|regions``;
  a seat may carry its sector (``Pentagon=MIL``), otherwise it stands for the government (GOV).
- ``igos.tsv``: ``CODE|name|aliases|parent``; a UN agency has parent ``UNO`` and is coded as
  country UNO with the agency as ``org``.
- ``groups.tsv``: ``name|aliases|country|sector|kind|org`` for armed groups, movements, parties,
  state agencies, media and NGOs (kind ``group``, ``party``, ``agency``, ``media``, ``ngo``).
- ``people.tsv``: ``name|aliases|nationality|roles``; a role is
  ``COUNTRY/SECTOR/start/end/office[/org]`` with dates as ``YYYY[-MM[-DD]]`` and an empty end
  while the role is held.
- ``communities.tsv``: ``words|homes``; a home is ``COUNTRY`` or ``COUNTRY=SECTOR`` (the sector
  of the community's own authorities there), most frequent setting first (see ``community.py``).
- ``agents.tsv``: ``SECTOR|nouns``; ``GOV?`` marks weak role nouns (spokesman, official) whose
  sector applies only when nothing else in the phrase gives one; ``GOV@GBR`` marks titles of one
  country's offices ("home secretary") that give its country when the phrase names no other;
  ``-`` lists descriptors that are neither a country nor a sector ("Western", "Kurdish") so they
  are not taken for names, and ``-REB`` those of communities rather than states ("Kurdish"), whose
  forces are non-state armed groups.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterator
from importlib import resources
from pathlib import Path

from ..errors import KnowledgeBaseError
from .entries import ActorEntry, Role, parse_end, parse_start
from .index import KnowledgeBase
from .normalize import name_key

log = logging.getLogger(__name__)

DATA_FILES = ("countries.tsv", "igos.tsv", "groups.tsv", "people.tsv", "agents.tsv", "communities.tsv")
_SLUG = re.compile(r"[^a-z0-9]+")


def data_dir() -> Path:
    """Folder of the built-in actor data inside the installed package."""
    return Path(str(resources.files("dragoman") / "data" / "actors"))


def slug(text: str) -> str:
    """``"Antony Blinken"`` -> ``"antony-blinken"`` (ids stay readable)."""
    from .normalize import fold

    return _SLUG.sub("-", fold(text)).strip("-")


def table_records(path: Path, width: int) -> Iterator[tuple[int, list[str]]]:
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        fields = [f.strip() for f in line.split("|")]
        if len(fields) > width:
            raise KnowledgeBaseError(f"{path.name}:{number}: {len(fields)} fields, expected {width}")
        yield number, fields + [""] * (width - len(fields))


def table_items(field: str) -> list[str]:
    return [item.strip() for item in field.split(";") if item.strip()]


def read_countries(path: Path, kb: KnowledgeBase) -> list[ActorEntry]:
    """Countries, their capitals and seats of power; demonyms and regions go to the lexicons."""
    out = []
    for _, (iso3, name, aliases, adjectives, capitals, seats, regions) in table_records(path, 7):
        out.append(ActorEntry(iso3, name, "country", country=iso3, aliases=tuple(table_items(aliases))))
        for word in table_items(adjectives):
            kb.add_adjective(word, iso3)
        for capital in table_items(capitals):
            out.append(ActorEntry(f"{iso3}/{slug(capital)}", capital, "capital", country=iso3, sector="GOV"))
        for seat in table_items(seats):
            seat_name, _, sector = seat.partition("=")
            names = seat_name.split("~")  # "White House~the White House's" style spellings
            out.append(
                ActorEntry(
                    f"{iso3}/{slug(names[0])}",
                    names[0],
                    "capital",
                    country=iso3,
                    sector=sector or "GOV",
                    aliases=tuple(names[1:]),
                )
            )
        for region in table_items(regions):
            kb.add_place(region, iso3)
    return out


def read_igos(path: Path) -> list[ActorEntry]:
    out = []
    for _, (code, name, aliases, parent) in table_records(path, 4):
        out.append(
            ActorEntry(
                f"igo/{code}",
                name,
                "igo",
                country=parent or code,
                sector="IGO",
                org=code,
                aliases=(code, *table_items(aliases)),
            )
        )
    return out


GROUP_KINDS = ("group", "party", "agency", "media", "ngo")


def read_groups(path: Path) -> list[ActorEntry]:
    out = []
    for number, (name, aliases, country, sector, kind, org) in table_records(path, 6):
        if kind not in GROUP_KINDS:
            raise KnowledgeBaseError(
                f"{path.name}:{number}: kind {kind!r} is not one of {', '.join(GROUP_KINDS)}"
            )
        out.append(
            ActorEntry(
                f"{kind}/{slug(name)}",
                name,
                kind,
                country=country or None,
                sector=sector or None,
                org=org or (name if kind != "agency" else None),
                aliases=tuple(table_items(aliases)),
            )
        )
    return out


def parse_role(text: str, where: str) -> Role:
    """``USA/GOV/2021-01-26/2025-01-20/Secretary of State`` -> ``Role``."""
    parts = [p.strip() for p in text.split("/")]
    if len(parts) not in (5, 6):
        raise KnowledgeBaseError(f"{where}: role {text!r} needs COUNTRY/SECTOR/start/end/office[/org]")
    country, sector, start, end, office = parts[:5]
    try:
        return Role(
            country or None,
            sector or None,
            office,
            parse_start(start),
            parse_end(end),
            parts[5] if len(parts) == 6 else None,
        )
    except ValueError as exc:
        raise KnowledgeBaseError(f"{where}: {exc}") from exc


def read_people(path: Path) -> list[ActorEntry]:
    out = []
    for number, (name, aliases, nationality, roles) in table_records(path, 4):
        where = f"{path.name}:{number}"
        parsed = tuple(parse_role(role, where) for role in table_items(roles))
        out.append(
            ActorEntry(
                f"person/{slug(name)}",
                name,
                "person",
                aliases=tuple(table_items(aliases)),
                roles=parsed,
                nationality=nationality or (parsed[0].country if parsed else None),
            )
        )
    return out


def read_agents(path: Path, kb: KnowledgeBase) -> None:
    for _, (sector, nouns) in table_records(path, 2):
        sector, _, country = sector.partition("@")
        weak = sector.endswith("?")
        code = None if sector.startswith("-") else sector.rstrip("?")
        for noun in table_items(nouns):
            for form in noun_forms(noun) if code else [noun]:
                kb.add_agent(form, code, weak, country or None)
                if sector == "-REB":
                    kb.communities.add(name_key(form, drop_determiner=False))


def read_communities(path: Path, kb: KnowledgeBase) -> None:
    """Communities and their home countries: ``Kurdish;Kurds|SYR=REB;IRQ=GOV``."""
    for number, (words, homes) in table_records(path, 2):
        parsed = []
        for home in table_items(homes):
            country, _, sector = home.partition("=")
            if len(country) != 3 or not country.isupper():
                raise KnowledgeBaseError(f"{path.name}:{number}: {country!r} is not an ISO alpha-3 code")
            parsed.append((country, sector or None))
        for word in table_items(words):
            kb.community_homes[name_key(word, drop_determiner=False)] = tuple(parsed)


def noun_forms(noun: str) -> list[str]:
    """A noun and its plural ("official" -> "officials", "spokesman" -> "spokesmen").

    >>> noun_forms("militia")
    ['militia', 'militias']
    """
    head, _, last = noun.rpartition(" ")
    prefix = f"{head} " if head else ""
    if last.endswith("man"):
        plural = last[:-3] + "men"
    elif last.endswith("person"):
        plural = last[:-6] + "people"
    elif last.endswith("s"):  # already plural or a mass noun ("troops", "forces")
        plural = last
    elif last.endswith(("x", "ch", "sh")):
        plural = last + "es"
    elif last.endswith("y") and last[-2:-1] not in "aeiou":
        plural = last[:-1] + "ies"
    else:
        plural = last + "s"
    return [noun] if plural == last else [noun, prefix + plural]


def load_builtin(kb: KnowledgeBase) -> None:
    """Add every built-in entry and lexicon to ``kb`` (after any user entries already in it)."""
    folder = data_dir()
    entries = read_countries(folder / "countries.tsv", kb)
    entries += read_igos(folder / "igos.tsv")
    entries += read_groups(folder / "groups.tsv")
    entries += read_people(folder / "people.tsv")
    for entry in entries:
        kb.add(entry)
    read_agents(folder / "agents.tsv", kb)
    read_communities(folder / "communities.tsv", kb)
    log.debug("built-in knowledge base: %d entries", len(entries))
