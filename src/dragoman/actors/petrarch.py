"""Import of PETRARCH/TABARI (Phoenix) actor dictionaries.

Format, as the shipped ``Phoenix.*.actors.txt`` files use it:

- a name line (``BARACK_OBAMA``) starts an entry; ``+`` lines add synonyms;
- code lines are indented ``[CODE]`` or ``[CODE restriction]`` and may also follow the name on
  its line; ``[---]`` is a null code; ``#`` starts a comment;
- restrictions: ``<YYMMDD`` (before), ``>YYMMDD`` (from), ``YYMMDD-YYMMDD`` (start inclusive,
  end exclusive); two-digit years 00-30 are 20YY, others 19YY; eight digits are YYYYMMDD;
- earlier lines win: the first entry holding a name keeps it, the first valid role is used.

A code is read in three-letter chunks: a country or a root (``IGO``, ``NGO``, ``MNC``), then
sectors (``GOV``, ``MIL``, ``REB`` ...) and an organisation (``PSEREBHMS``: Palestine, rebels,
Hamas). Malformed lines are reported with their line number and skipped, never guessed.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from ..codes import Sector
from .entries import ActorEntry, Role

_CODE_BLOCK = re.compile(r"\[([^\[\]]*)\]")
_CODE = re.compile(r"^[A-Z0-9]{3,}$")
_PAREN = re.compile(r"\([^)]*\)")

# PETRARCH sectors that have a Dragoman equivalent; others (ELI elites, DEV, ENV...) map to none.
_SECTORS: dict[str, str | None] = {s.value: s.value for s in Sector}
_SECTORS.update(
    {
        "INS": "REB",
        "SEP": "REB",
        "UAF": "REB",
        "RAD": "REB",
        "MNC": "BUS",
        "HRI": "NGO",
        "ELI": None,
        "DEV": None,
        "ENV": None,
        "AGR": None,
        "MOD": None,
        "SPD": None,
    }
)
_ROOTS = {"IGO": None, "NGO": "NGO", "MNC": "BUS", "INT": None, "NGM": "NGO", "IMG": "REB"}
# IGO chunks -> the organisation codes Dragoman uses as "country" for IGOs.
_IGO_CODES = {
    "UNO": "UNO",
    "NAT": "NATO",
    "EEC": "EU",
    "AFU": "AU",
    "ASN": "ASEAN",
    "OPC": "OPEC",
    "GCC": "GCC",
    "WTO": "WTO",
    "IMF": "IMF",
    "OAS": "OAS",
    "ARL": "ARL",
    "OIC": "OIC",
    "WBK": "WB",
    "ICC": "ICC",
    "IAE": "IAEA",
    "WHO": "WHO",
}
_REGIONS = {
    "WST",
    "EUR",
    "AFR",
    "ASA",
    "SAM",
    "NAM",
    "MEA",
    "SAS",
    "SEA",
    "EAF",
    "WAF",
    "CAF",
    "CRB",
    "PGS",
    "ARB",
    "SCN",
    "LAM",
    "BLK",
    "CAS",
    "NAF",
    "SAF",
    "EEU",
    "PAC",
}


@dataclass
class Problem:
    """A line the importer could not use, with the reason."""

    line: int
    text: str
    message: str

    def __str__(self) -> str:
        return f"line {self.line}: {self.message}: {self.text.strip()[:80]}"


@dataclass
class ParseResult:
    entries: list[ActorEntry] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    without_code: int = 0  # entries that had names but no usable code


def parse_date(text: str) -> date:
    """``"090120"`` -> 2009-01-20, ``"780101"`` -> 1978-01-01, ``"20040117"`` -> 2004-01-17.

    >>> parse_date("000101")
    datetime.date(2000, 1, 1)
    """
    if not text.isdigit() or len(text) not in (6, 8):
        raise ValueError(f"date {text!r} is neither YYMMDD nor YYYYMMDD")
    if len(text) == 6:
        yy = int(text[:2])
        year = 2000 + yy if yy <= 30 else 1900 + yy
        month, day = int(text[2:4]), int(text[4:6])
    else:
        year, month, day = int(text[:4]), int(text[4:6]), int(text[6:8])
    try:
        return date(year, month, day)
    except ValueError as exc:
        raise ValueError(f"date {text!r} is not a calendar date") from exc


def parse_restriction(text: str) -> tuple[date | None, date | None]:
    """``"<100101"``, ``">090120"`` or ``"780101-000101"`` -> (start, end exclusive)."""
    text = text.replace(" ", "")
    if not text:
        return None, None
    if text[0] == "<":
        return None, parse_date(text[1:])
    if text[0] == ">":
        return parse_date(text[1:]), None
    start, sep, end = text.partition("-")
    if not sep:
        raise ValueError(f"restriction {text!r} is not <date, >date or date-date")
    return parse_date(start), parse_date(end)


def split_code(code: str) -> tuple[str | None, str | None, str | None]:
    """A PETRARCH code as (country, sector, org).

    >>> split_code("PSEREBHMS"), split_code("IGOUNOKID"), split_code("USAGOV")
    (('PSE', 'REB', 'HMS'), ('UNO', 'IGO', 'KID'), ('USA', 'GOV', None))
    """
    chunks = [code[i : i + 3] for i in range(0, len(code), 3)]
    root, rest = chunks[0], chunks[1:]
    sector = next((_SECTORS[c] for c in rest if _SECTORS.get(c)), None)
    leftovers = [c for c in rest if c not in _SECTORS and c not in _REGIONS]
    if root == "IGO":
        country = next((_IGO_CODES[c] for c in rest if c == "UNO"), None)
        country = country or next((_IGO_CODES[c] for c in rest if c in _IGO_CODES), "IGO")
        orgs = [c for c in leftovers if _IGO_CODES.get(c) != country]
        return country, sector or "IGO", _IGO_CODES.get(orgs[-1], orgs[-1]) if orgs else None
    if root in _ROOTS:
        return None, sector or _ROOTS[root], leftovers[-1] if leftovers else None
    return root, sector, leftovers[-1] if leftovers else None


def display_name(raw: str) -> str:
    """``"BARACK_OBAMA_"`` -> ``"Barack Obama"``."""
    return " ".join(raw.replace("_", " ").split()).title()


def _has_sector_chunk(code: str) -> bool:
    return any(code[i : i + 3] in _SECTORS for i in range(3, len(code), 3))


def _is_acronym_of(inner: str, before: str) -> bool:
    """ "(ALF)" after "ANIMAL_LIBERATION_FRONT_" is an acronym; "(CHINA)" after a company name is not."""
    letters = inner.replace(".", "").replace(" ", "").upper()
    initials = "".join(w[0] for w in re.split(r"[_\s\-]+", before.upper()) if w)
    if not letters.isalpha() or len(letters) < 2:
        return False
    position = 0
    for letter in letters:
        position = initials.find(letter, position) + 1
        if position == 0:
            return False
    return True


class _Builder:
    def __init__(self, source: str) -> None:
        self.source = source
        self.result = ParseResult()
        self.name: str | None = None
        self.aliases: list[str] = []
        self.roles: list[Role] = []
        self.discarding = False

    def start(self, name: str) -> None:
        self.finish()
        self.name, self.aliases, self.roles = name, [], []
        self.discarding = False

    def discard(self) -> None:
        """Drop the current entry and skip lines until the next name."""
        self.finish()
        self.discarding = True

    def finish(self) -> None:
        if self.name is None:
            return
        if not self.roles:
            self.result.without_code += 1
        else:
            self.result.entries.append(self._entry())
        self.name = None

    def _entry(self) -> ActorEntry:
        assert self.name is not None
        names = [self.name, *self.aliases]
        extra = [
            m.group(1)
            for n in names
            if "(" in n
            for m in re.finditer(r"\(([^)]+)\)", n)
            if _is_acronym_of(m.group(1), n[: m.start()])
        ]
        cleaned = [display_name(_PAREN.sub(" ", n) if "(" in n else n) for n in names]
        cleaned += [display_name(e) for e in extra]
        first = self.roles[0]
        dated = any(r.start or r.end for r in self.roles)
        if all(r.sector is None and not _has_sector_chunk(r.office) for r in self.roles):
            kind = "country"  # country codes only, possibly dated (USRUKR before 1991, then UKR)
        elif first.country in _IGO_CODES.values() and first.sector == "IGO" and not dated:
            kind = "igo"
        elif first.sector in ("REB", "PTY"):
            kind = "group" if first.sector == "REB" else "party"
        else:
            kind = "person" if dated else "agency"
        return ActorEntry(
            f"{self.source}/{self.name.strip('_').upper()}",
            cleaned[0],
            kind,
            country=first.country,
            sector=first.sector,
            aliases=tuple(dict.fromkeys(cleaned[1:])),
            org=cleaned[0] if kind in ("group", "party", "igo") else None,
            roles=tuple(self.roles),
            nationality=first.country,
            source=self.source,
        )

    def codes(self, number: int, line: str, blocks: list[str]) -> None:
        for block in blocks:  # usually one
            parts = block.split(None, 1)
            if not parts or parts[0] == "---":
                continue
            code = parts[0]
            if not _CODE.match(code) or len(code) % 3:
                self.problem(number, line, f"code {code!r} is not a sequence of three-letter codes")
                continue
            try:
                start, end = parse_restriction(parts[1] if len(parts) > 1 else "")
            except ValueError as exc:
                self.problem(number, line, str(exc))
                continue
            country, sector, _ = split_code(code)  # the organisation chunk stays visible in the office
            self.roles.append(Role(country, sector, code, start, end))

    def problem(self, number: int, line: str, message: str) -> None:
        self.result.problems.append(Problem(number, line, message))


def parse_petrarch(lines: Iterable[str], source: str = "petrarch") -> ParseResult:
    """Parse PETRARCH actor-dictionary lines into entries and reported problems.

    >>> r = parse_petrarch(["BARACK_OBAMA", "+OBAMA", "\\t[USAGOV >090120]", "X_ [USAGOV 2004017-061201]"])
    >>> r.entries[0].roles[0].start, [p.line for p in r.problems]
    (datetime.date(2009, 1, 20), [4])
    """
    builder = _Builder(source)
    for number, raw in enumerate(lines, 1):
        line = raw.rstrip("\n")
        body = line.split("#", 1)[0]
        if not body.strip():
            continue
        blocks = _CODE_BLOCK.findall(body)
        text = _CODE_BLOCK.sub(" ", body)
        indented, synonym = body[0] in " \t" and not text.strip(), body.lstrip().startswith("+")
        if "[" in text or "]" in text:
            builder.problem(number, line, "unbalanced brackets")
            if body[0] not in " \t" and not synonym:
                builder.discard()  # its synonyms and codes must not land on the previous entry
            continue
        if builder.name is None and (indented or synonym):
            if not builder.discarding:
                builder.problem(
                    number, line, "code line outside an entry" if indented else "synonym outside an entry"
                )
            continue
        if indented:
            builder.codes(number, line, blocks)
        elif synonym:
            builder.aliases.append(text.strip()[1:].strip())
            builder.codes(number, line, blocks)
        else:
            builder.start(text.strip().replace(" ", "_"))  # an indented name line is still a name
            builder.codes(number, line, blocks)
    builder.finish()
    return builder.result


def read_petrarch_file(path: Path) -> ParseResult:
    """Parse one PETRARCH actor file (UTF-8, Latin-1 bytes tolerated)."""
    raw = path.read_bytes()
    try:
        data = raw.decode("utf-8")
    except UnicodeDecodeError:
        data = raw.decode("latin-1")
    return parse_petrarch(data.splitlines(), source=path.stem.lower())


def looks_like_petrarch(text: str) -> bool:
    """True when the text has PETRARCH-style code blocks such as ``[USAGOV]``."""
    return bool(re.search(r"^\s*[A-Z0-9_.'\-]+.*\[[A-Z]{3}", text, re.MULTILINE))
