"""Knowledge-base records: an actor entry and its dated roles.

An ``ActorEntry`` is stored once with all its roles; ``entry.on(day)`` returns a copy whose
``country``/``sector``/``org`` are those of the role valid that day. A role is valid from its
start (inclusive) to its end (exclusive: the day the successor took over), and an open end
means "still holds it". When several roles are valid, the first listed wins, as in PETRARCH
dictionaries.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from typing import NamedTuple

KINDS = ("person", "country", "capital", "igo", "group", "party", "agency", "media", "ngo")


class Role(NamedTuple):
    """A dated position: who the actor speaks for between ``start`` and ``end``."""

    country: str | None
    sector: str | None
    office: str = ""
    start: date | None = None
    end: date | None = None  # exclusive; None = open
    org: str | None = None

    def valid_on(self, day: date) -> bool:
        return (self.start is None or self.start <= day) and (self.end is None or day < self.end)

    def describe(self) -> str:
        """One line for the CLI: ``USA GOV  Secretary of State  2021-01-26 .. 2025-01-20``."""
        span = f"{self.start or '…'} .. {self.end or 'open'}"
        where = " ".join(p for p in (self.country, self.sector, self.org) if p)
        return f"{where:<16} {self.office:<40} {span}"


@dataclass(slots=True)
class ActorEntry:
    """One actor known to the knowledge base.

    ``country``/``sector``/``org`` hold the values for the date asked (see ``on``); for an entry
    without roles they are fixed. ``nationality`` is what a person keeps when no role is valid.
    """

    kb_id: str
    name: str
    kind: str
    country: str | None = None
    sector: str | None = None
    org: str | None = None
    aliases: tuple[str, ...] = ()
    roles: tuple[Role, ...] = ()
    nationality: str | None = None
    source: str = "built-in"
    role: Role | None = field(default=None, compare=False)

    def role_on(self, day: date | None = None) -> Role | None:
        """The first role valid on ``day`` (today when None)."""
        day = day or date.today()
        for role in self.roles:
            if role.valid_on(day):
                return role
        return None

    def on(self, day: date | None = None) -> ActorEntry:
        """This entry as it stands on ``day``.

        >>> e = ActorEntry("p", "A. Person", "person", nationality="USA",
        ...                roles=(Role("USA", "GOV", "Secretary", date(2021, 1, 1), date(2025, 1, 1)),))
        >>> e.on(date(2022, 5, 1)).sector, e.on(date(2026, 1, 1)).sector
        ('GOV', None)
        """
        if not self.roles:
            return self
        role = self.role_on(day)
        if role is None:
            return replace(self, country=self.nationality, sector=None, org=None, role=None)
        return replace(self, country=role.country, sector=role.sector, org=role.org or self.org, role=role)


_DATE = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")


def _period(text: str) -> tuple[int, int | None, int | None] | None:
    text = text.strip()
    if not text:
        return None
    match = _DATE.match(text)
    if not match:
        raise ValueError(f"not a date: {text!r} (use YYYY, YYYY-MM or YYYY-MM-DD)")
    year, month, day = match.groups()
    return int(year), int(month) if month else None, int(day) if day else None


def parse_start(text: str) -> date | None:
    """First day of a ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD`` period; '' gives None.

    >>> parse_start("2024-07")
    datetime.date(2024, 7, 1)
    """
    period = _period(text)
    if period is None:
        return None
    year, month, day = period
    return date(year, month or 1, day or 1)


def parse_end(text: str) -> date | None:
    """Exclusive end of a period: a full date as is, a month or year up to its last day.

    >>> parse_end("2024-07"), parse_end("2023")
    (datetime.date(2024, 8, 1), datetime.date(2024, 1, 1))
    """
    period = _period(text)
    if period is None:
        return None
    year, month, day = period
    if month and day:
        return date(year, month, day)
    if month:
        return date(year, month, calendar.monthrange(year, month)[1]) + timedelta(days=1)
    return date(year + 1, 1, 1)
