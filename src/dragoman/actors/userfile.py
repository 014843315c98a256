"""An analyst's own actors, as CSV or YAML.

CSV: a header row and one row per role; rows with the same ``name`` are one actor::

    name,aliases,kind,country,sector,org,office,start,end
    Jane Example,J. Example;Example,person,GBR,GOV,,Foreign Secretary,2031-02-01,
    Jane Example,,person,GBR,LEG,,Member of Parliament,2024-07-04,2031-02-01
    Northern Front,NF;Northern Liberation Front,group,XYZ,REB,Northern Front,,,

``aliases`` are separated by ``;``; dates are ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD`` (end
exclusive, empty = still held); ``kind`` is person (the default), country, capital, igo, group,
party, agency, media or ngo. A row without office or dates gives a non-person actor its fixed
country and sector.

YAML: a list of actors with the same fields and a ``roles`` list::

    - name: Jane Example
      aliases: [J. Example]
      nationality: GBR
      roles:
        - {country: GBR, sector: GOV, office: Foreign Secretary, start: 2031-02-01}
    - {name: Northern Front, kind: group, country: XYZ, sector: REB}
"""

from __future__ import annotations

import csv
from datetime import date
from pathlib import Path
from typing import Any

from .builtin import slug
from .entries import KINDS, ActorEntry, Role, parse_end, parse_start
from .petrarch import ParseResult, Problem

CSV_COLUMNS = ("name", "aliases", "kind", "country", "sector", "org", "office", "start", "end")


def _date(value: Any, end: bool) -> date | None:
    if value is None or value == "":
        return None
    if isinstance(value, date):
        return value
    return parse_end(str(value)) if end else parse_start(str(value))


def _code(value: Any) -> str | None:
    text = str(value).strip().upper() if value not in (None, "") else ""
    return text or None


class _Actors:
    """Collects rows into entries, keyed by name, in file order."""

    def __init__(self, source: str) -> None:
        self.source = source
        self.by_name: dict[str, dict[str, Any]] = {}
        self.result = ParseResult()

    def add(self, where: int, row: dict[str, Any]) -> None:
        """Add one row or item; raises ValueError (nothing added) when any field is wrong."""
        name = str(row.get("name") or "").strip()
        kind = str(row.get("kind") or "person").strip().lower()
        if not name:
            raise ValueError("missing name")
        if kind not in KINDS:
            raise ValueError(f"kind {kind!r} is not one of {', '.join(KINDS)}")
        roles = [self._role(role) for role in row.get("roles") or []]
        fixed = None
        if any(row.get(k) for k in ("office", "start", "end")) or (kind == "person" and row.get("country")):
            roles.append(self._role(row))
        elif row.get("country") or row.get("sector"):
            fixed = (_code(row.get("country")), _code(row.get("sector")), row.get("org") or None)
        aliases = row.get("aliases") or []
        if isinstance(aliases, str):
            aliases = [a.strip() for a in aliases.split(";")]
        actor = self.by_name.setdefault(
            name,
            {
                "kind": kind,
                "aliases": [],
                "roles": [],
                "fixed": None,
                "nationality": _code(row.get("nationality")),
            },
        )
        actor["aliases"].extend(a for a in aliases if a and a not in actor["aliases"])
        actor["roles"].extend(roles)
        actor["fixed"] = fixed or actor["fixed"]

    @staticmethod
    def _role(row: dict[str, Any]) -> Role:
        return Role(
            _code(row.get("country")),
            _code(row.get("sector")),
            str(row.get("office") or ""),
            _date(row.get("start"), False),
            _date(row.get("end"), True),
            row.get("org") or None,
        )

    def entries(self) -> ParseResult:
        for name, actor in self.by_name.items():
            country, sector, org = actor["fixed"] or (None, None, None)
            roles = tuple(actor["roles"])
            self.result.entries.append(
                ActorEntry(
                    f"{self.source}/{slug(name)}",
                    name,
                    actor["kind"],
                    country=country,
                    sector=sector,
                    org=org or (name if actor["kind"] in ("group", "party", "media", "ngo") else None),
                    aliases=tuple(actor["aliases"]),
                    roles=roles,
                    source=self.source,
                    nationality=actor["nationality"] or (roles[0].country if roles else country),
                )
            )
        return self.result


def read_csv_actors(path: Path) -> ParseResult:
    """Parse an analyst CSV file; bad rows are reported by line number and skipped."""
    actors = _Actors(path.stem.lower())
    with path.open(newline="", encoding="utf-8-sig") as handle:
        reader = csv.DictReader(handle)
        missing = [c for c in ("name",) if c not in (reader.fieldnames or [])]
        if missing:
            actors.result.problems.append(Problem(1, ",".join(reader.fieldnames or []), "no 'name' column"))
            return actors.result
        for row in reader:
            try:
                actors.add(reader.line_num, row)
            except ValueError as exc:
                actors.result.problems.append(
                    Problem(reader.line_num, ",".join(str(v) for v in row.values()), str(exc))
                )
    return actors.entries()


def read_yaml_actors(path: Path) -> ParseResult:
    """Parse an analyst YAML file (a list of actors); bad items are reported by position."""
    import yaml

    actors = _Actors(path.stem.lower())
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8")) or []
    except yaml.YAMLError as exc:
        line = getattr(getattr(exc, "problem_mark", None), "line", -1) + 1
        actors.result.problems.append(Problem(line, "", f"not valid YAML ({exc.__class__.__name__})"))
        return actors.result
    if isinstance(data, dict):
        data = data.get("actors") or []
    for number, item in enumerate(data if isinstance(data, list) else [], 1):
        try:
            actors.add(number, item if isinstance(item, dict) else {"name": None})
        except ValueError as exc:
            actors.result.problems.append(Problem(number, str(item)[:80], f"actor #{number}: {exc}"))
    return actors.entries()
