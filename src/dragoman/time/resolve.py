"""Resolve a date phrase against the publication date.

News dates are mostly relative ("on Wednesday", "last week", "earlier this month"); those
are resolved here by rule, with the tense of the event deciding the direction of a bare
weekday or month (past reporting: the most recent one on or before publication; future: the
next one on or after). Everything else goes to dateparser, with the publication date as its
relative base and no preference for past dates (that setting turns "Wednesday" in a
Wednesday article into the week before), its results cached.
"""

from __future__ import annotations

import calendar
import logging
import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from functools import lru_cache
from typing import Any

log = logging.getLogger(__name__)

WEEKDAYS = {name.lower(): i for i, name in enumerate(calendar.day_name)}
WEEKDAYS.update({name.lower(): i for i, name in enumerate(calendar.day_abbr)})
MONTHS = {name.lower(): i for i, name in enumerate(calendar.month_name) if name}
MONTHS.update({name.lower(): i for i, name in enumerate(calendar.month_abbr) if name})
MONTHS["sept"] = 9
NUMBERS = {
    "a": 1,
    "an": 1,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "several": 3,
    "few": 3,
}
UNITS = {
    "day": "day",
    "days": "day",
    "week": "week",
    "weeks": "week",
    "month": "month",
    "months": "month",
    "year": "year",
    "years": "year",
}
# Words that qualify a day or period without moving it ("late Monday", "early next week").
FILLER = re.compile(
    r"\b(on|in|during|at|the|of|early|earlier|late|later|mid|end|beginning|start|morning|afternoon|"
    r"evening|night|overnight|around|about|just|as|recently|this|that|day|days|'s|’s)\b|[,.]"
)


@dataclass(frozen=True)
class ResolvedDate:
    """A calendar date and how precisely the text fixed it: day, week, month or year."""

    date: date
    precision: str


def resolve_date_text(text: str, published: date | None, future: bool = False) -> ResolvedDate | None:
    """The date ``text`` refers to, read from a publication date.

    >>> resolve_date_text("On Wednesday", date(2024, 5, 15))
    ResolvedDate(date=datetime.date(2024, 5, 15), precision='day')
    >>> resolve_date_text("last month", date(2024, 5, 15))
    ResolvedDate(date=datetime.date(2024, 4, 1), precision='month')
    """
    words = text.lower().replace("’", "'").replace("-", " ").split()
    if not words or any(w.strip(".,").lower() in MONTHS and w[0].islower() for w in text.split()):
        return None  # "march", "may" in lower case are verbs, not months
    if published is not None:
        found = _relative(words, published, future)
        if found is not None:
            return found
    found = _calendar(words, published, future)
    if found is not None or published is None and not re.search(r"\d{4}", text):
        return found
    return _dateparser(text, published)


def _relative(words: list[str], pub: date, future: bool) -> ResolvedDate | None:
    joined = " ".join(words)
    for rule in (_named_day, _ago, _weekday, _period):
        found = rule(words, joined, pub, future)
        if found is not None:
            return found
    return None


def _named_day(words: list[str], joined: str, pub: date, future: bool) -> ResolvedDate | None:
    if "day before yesterday" in joined:
        return ResolvedDate(pub - timedelta(days=2), "day")
    offsets = {"yesterday": -1, "today": 0, "tonight": 0, "tomorrow": 1}
    for word, offset in offsets.items():
        if word in words:
            return ResolvedDate(pub + timedelta(days=offset), "day")
    if joined in (
        "this morning",
        "this afternoon",
        "this evening",
        "earlier today",
        "overnight",
        "last night",
    ):
        return ResolvedDate(pub - timedelta(days=1) if joined == "last night" else pub, "day")
    return None


def _ago(words: list[str], joined: str, pub: date, future: bool) -> ResolvedDate | None:
    match = re.search(r"(\w+) (day|days|week|weeks|month|months|year|years) ago", joined)
    if not match:
        return None
    count = int(match.group(1)) if match.group(1).isdigit() else NUMBERS.get(match.group(1))
    if count is None:
        return None
    unit = UNITS[match.group(2)]
    if unit == "day":
        return ResolvedDate(pub - timedelta(days=count), "day")
    if unit == "week":
        return ResolvedDate(_monday(pub - timedelta(weeks=count)), "week")
    if unit == "month":
        return ResolvedDate(_add_months(pub.replace(day=1), -count), "month")
    return ResolvedDate(date(pub.year - count, 1, 1), "year")


def _weekday(words: list[str], joined: str, pub: date, future: bool) -> ResolvedDate | None:
    days = [WEEKDAYS[w] for w in words if w in WEEKDAYS]
    if len(days) != 1 or any(w in MONTHS and w not in ("may",) for w in words) or re.search(r"\d", joined):
        return None
    target = days[0]
    back = (pub.weekday() - target) % 7
    ahead = (target - pub.weekday()) % 7
    if "last" in words or "previous" in words:
        return ResolvedDate(pub - timedelta(days=back or 7), "day")
    if "next" in words or "coming" in words:
        return ResolvedDate(pub + timedelta(days=ahead or 7), "day")
    return ResolvedDate(pub + timedelta(days=ahead) if future else pub - timedelta(days=back), "day")


def _period(words: list[str], joined: str, pub: date, future: bool) -> ResolvedDate | None:
    match = re.search(
        r"\b(last|past|previous|this|next|coming|current|the)\s+(week|weekend|month|year)\b", joined
    )
    if joined == "weekend":
        which, unit = "the", "weekend"
    elif not match or (match.group(1) == "the" and match.group(2) != "weekend"):
        return None
    else:
        which, unit = match.groups()
    step = {"last": -1, "past": -1, "previous": -1, "next": 1, "coming": 1}.get(which, 0)
    if unit == "week":
        return ResolvedDate(_monday(pub) + timedelta(weeks=step), "week")
    if unit == "weekend":
        return ResolvedDate(_weekend(pub, step, future), "week")
    if unit == "month":
        return ResolvedDate(_add_months(pub.replace(day=1), step), "month")
    return ResolvedDate(date(pub.year + step, 1, 1), "year")


def _weekend(pub: date, step: int, future: bool) -> date:
    """The Saturday of the weekend meant: the last one on or before publication in past
    reporting, the next one on or after it for plans; "next weekend" is the one after that."""
    saturday = _monday(pub) + timedelta(days=5)
    if step > 0:
        return saturday + timedelta(weeks=1)
    if step < 0 or not future:
        return saturday - timedelta(weeks=1) if saturday > pub else saturday
    return saturday if saturday >= pub else saturday + timedelta(weeks=1)


def _calendar(words: list[str], pub: date | None, future: bool) -> ResolvedDate | None:
    """Month names, days of the month and years: "3 April 2024", "in March", "in 2022"."""
    text = FILLER.sub(" ", " ".join(words)).split()
    months = [MONTHS[w] for w in text if w in MONTHS]
    numbers = [int(w.rstrip("stndrh") or 0) for w in text if re.fullmatch(r"\d{1,4}(st|nd|rd|th)?", w)]
    years = [n for n in numbers if 1900 <= n <= 2100]
    days = [n for n in numbers if 1 <= n <= 31]
    rest = [w for w in text if w not in MONTHS and not re.fullmatch(r"\d{1,4}(st|nd|rd|th)?", w)]
    if rest not in ([], ["last"], ["next"]) or len(months) > 1:
        return None
    if not months:
        return ResolvedDate(date(years[0], 1, 1), "year") if len(years) == 1 and not days[1:] else None
    month = months[0]
    if years:
        year = years[0]
    elif pub is None:
        return None
    else:
        year = _nearest_year(month, days[0] if days else None, pub, future or "next" in rest, "last" in rest)
    try:
        if days:
            return ResolvedDate(date(year, month, days[0]), "day")
        return ResolvedDate(date(year, month, 1), "month")
    except ValueError:
        return None


def _nearest_year(month: int, day: int | None, pub: date, future: bool, last: bool) -> int:
    key = (month, day or 1)
    now = (pub.month, pub.day if day else 1)
    if future:
        return pub.year if key >= now else pub.year + 1
    if last:
        return pub.year if key < now else pub.year - 1
    return pub.year if key <= now else pub.year - 1


def _monday(day: date) -> date:
    return day - timedelta(days=day.weekday())


def _add_months(first: date, months: int) -> date:
    index = first.year * 12 + first.month - 1 + months
    return date(index // 12, index % 12 + 1, 1)


_DURATION = re.compile(
    r"^(?:the\s+)?(?:past\s+|last\s+|next\s+)?(?:\w+\s+)?(?:days?|weeks?|months?|years?|decades?|centuries|hours?)$"
)


_NOT_A_DATE = re.compile(
    r"\bold\b|\w+ (?:year|month|week|day) old|\bevery\b|\bless than\b|\bmore than\b|\bat least\b|"
    r"\brecent|\bpast\b|\bcoming\b|\bdecades?\b|\bcentur|\bhours?\b|\bminutes?\b|\bages?\b"
)


def _dateparser(text: str, published: date | None) -> ResolvedDate | None:
    log.debug("dateparser: %r", text)
    lowered = text.strip().lower().replace("-", " ")
    if _DURATION.match(lowered) or _NOT_A_DATE.search(lowered) or re.fullmatch(r"\d{1,3}", lowered):
        return None  # "six weeks", "19-year-old", "every day", "23" (an age): not a date
    return _dateparser_cached(text.strip().lower(), published.isoformat() if published else "")


@lru_cache(maxsize=64)
def _parser(published: str) -> Any:
    """One dateparser parser per relative base: building one loads locale data (slow)."""
    from dateparser.date import DateDataParser

    settings: dict[str, object] = {"RETURN_AS_TIMEZONE_AWARE": False, "PREFER_DAY_OF_MONTH": "first"}
    if published:
        settings["RELATIVE_BASE"] = datetime.fromisoformat(published)
    return DateDataParser(languages=["en"], locales=["en"], settings=settings)


@lru_cache(maxsize=20_000)
def _dateparser_cached(text: str, published: str) -> ResolvedDate | None:
    try:
        data = _parser(published).get_date_data(text)
    except (ValueError, OverflowError) as exc:  # dateparser raises on some odd inputs
        log.debug("dateparser failed on %r: %s", text, exc)
        return None
    if data is None or data.date_obj is None:
        return None
    precision = {"time": "day", "day": "day", "week": "week", "month": "month", "year": "year"}
    period = precision.get(data.period or "day", "day")
    value = data.date_obj.date()
    if period == "month":
        value = value.replace(day=1)
    elif period == "year":
        value = value.replace(month=1, day=1)
    elif period == "week":
        value = _monday(value)
    return ResolvedDate(value, period)
