"""Publication dates as documents state them: ISO, RFC 822 feed dates, and news-style dates.

Only dates with a year are accepted: a publication date is an anchor for every relative date
in the article ("on Sunday", "last week"), so guessing a year would shift whole documents.
Relative words ("yesterday") are not publication dates and are not parsed here.
"""

from __future__ import annotations

import re
from datetime import date, datetime
from email.utils import parsedate_to_datetime

MONTHS: dict[str, int] = {
    name: number
    for number, names in enumerate(
        [
            ("january", "jan"),
            ("february", "feb"),
            ("march", "mar"),
            ("april", "apr"),
            ("may",),
            ("june", "jun"),
            ("july", "jul"),
            ("august", "aug"),
            ("september", "sep", "sept"),
            ("october", "oct"),
            ("november", "nov"),
            ("december", "dec"),
        ],
        start=1,
    )
    for name in names
}

MONTH_PATTERN = r"(?:" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"

_ISO = re.compile(r"\b(\d{4})[-/](\d{1,2})[-/](\d{1,2})\b")
_MONTH_DAY_YEAR = re.compile(
    rf"\b({MONTH_PATTERN})\s+(\d{{1,2}})(?:st|nd|rd|th)?,?\s+(\d{{4}})\b", re.IGNORECASE
)
_DAY_MONTH_YEAR = re.compile(
    rf"\b(\d{{1,2}})(?:st|nd|rd|th)?\s+({MONTH_PATTERN}),?\s+(\d{{4}})\b", re.IGNORECASE
)


def _month(word: str) -> int:
    return MONTHS[word.lower().rstrip(".")]


def _safe_date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def find_date(text: str) -> date | None:
    """The first full calendar date written in ``text``, or None.

    >>> find_date("Published Wed 15 May 2024 14.30 BST")
    datetime.date(2024, 5, 15)
    >>> find_date("Updated: May 3, 2024, 10:12 AM")
    datetime.date(2024, 5, 3)
    """
    found: list[tuple[int, date]] = []
    if (m := _ISO.search(text)) and (d := _safe_date(int(m[1]), int(m[2]), int(m[3]))):
        found.append((m.start(), d))
    if (m := _MONTH_DAY_YEAR.search(text)) and (d := _safe_date(int(m[3]), _month(m[1]), int(m[2]))):
        found.append((m.start(), d))
    if (m := _DAY_MONTH_YEAR.search(text)) and (d := _safe_date(int(m[3]), _month(m[2]), int(m[1]))):
        found.append((m.start(), d))
    return min(found)[1] if found else None


def parse_published(value: str | date | None) -> date | None:
    """Read a publication date from a record field or feed element.

    Accepts ISO dates and timestamps, RFC 822 dates (RSS ``pubDate``) and news-style dates.
    Returns None for an empty value; raises ValueError when a non-empty value holds no date.

    >>> parse_published("Wed, 15 May 2024 09:30:00 GMT")
    datetime.date(2024, 5, 15)
    >>> parse_published("2024-05-15T09:30:00Z")
    datetime.date(2024, 5, 15)
    """
    if value is None or isinstance(value, date):
        return value
    text = value.strip()
    if not text:
        return None
    try:
        return datetime.fromisoformat(text).date()
    except ValueError:
        pass
    try:
        return parsedate_to_datetime(text).date()
    except (TypeError, ValueError, IndexError):
        pass
    found = find_date(text)
    if found is None:
        raise ValueError(f"'{text[:40]}' is not a date; write it as YYYY-MM-DD")
    return found
