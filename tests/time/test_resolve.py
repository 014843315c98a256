"""Date phrases resolved against a publication date (2024-05-15, a Wednesday)."""

from __future__ import annotations

from datetime import date

import pytest

from dragoman.time import resolve
from dragoman.time.resolve import resolve_date_text

PUBLISHED = date(2024, 5, 15)

PAST = [
    ("On Wednesday", "2024-05-15", "day"),
    ("Wednesday", "2024-05-15", "day"),
    ("Sunday", "2024-05-12", "day"),
    ("on Sunday", "2024-05-12", "day"),
    ("Tuesday", "2024-05-14", "day"),
    ("late Tuesday", "2024-05-14", "day"),
    ("on Monday night", "2024-05-13", "day"),
    ("Thursday", "2024-05-09", "day"),
    ("last Wednesday", "2024-05-08", "day"),
    ("yesterday", "2024-05-14", "day"),
    ("today", "2024-05-15", "day"),
    ("the day before yesterday", "2024-05-13", "day"),
    ("three days ago", "2024-05-12", "day"),
    ("last week", "2024-05-06", "week"),
    ("last week's", "2024-05-06", "week"),
    ("earlier this week", "2024-05-13", "week"),
    ("two weeks ago", "2024-04-29", "week"),
    ("over the weekend", "2024-05-11", "week"),
    ("weekend", "2024-05-11", "week"),
    ("last month", "2024-04-01", "month"),
    ("late last month", "2024-04-01", "month"),
    ("earlier this month", "2024-05-01", "month"),
    ("in March", "2024-03-01", "month"),
    ("in June", "2023-06-01", "month"),
    ("mid-March", "2024-03-01", "month"),
    ("March 2023", "2023-03-01", "month"),
    ("on 3 April 2024", "2024-04-03", "day"),
    ("April 03, 2024", "2024-04-03", "day"),
    ("on May 10", "2024-05-10", "day"),
    ("Feb. 24", "2024-02-24", "day"),
    ("24 February 2022", "2022-02-24", "day"),
    ("in 2022", "2022-01-01", "year"),
    ("last year", "2023-01-01", "year"),
]

FUTURE = [
    ("on Friday", "2024-05-17", "day"),
    ("Wednesday", "2024-05-15", "day"),
    ("Monday", "2024-05-20", "day"),
    ("next Wednesday", "2024-05-22", "day"),
    ("tomorrow", "2024-05-16", "day"),
    ("next week", "2024-05-20", "week"),
    ("next month", "2024-06-01", "month"),
    ("in June", "2024-06-01", "month"),
    ("this weekend", "2024-05-18", "week"),
]


@pytest.mark.parametrize(("text", "expected", "precision"), PAST)
def test_past_reporting(text: str, expected: str, precision: str) -> None:
    found = resolve_date_text(text, PUBLISHED)
    assert found is not None
    assert (found.date.isoformat(), found.precision) == (expected, precision)


@pytest.mark.parametrize(("text", "expected", "precision"), FUTURE)
def test_future_events(text: str, expected: str, precision: str) -> None:
    found = resolve_date_text(text, PUBLISHED, future=True)
    assert found is not None
    assert (found.date.isoformat(), found.precision) == (expected, precision)


@pytest.mark.parametrize(
    "text",
    ["recently", "the past decade", "in the coming days", "for years", "six weeks", "the past two years", ""],
)
def test_phrases_naming_no_date(text: str) -> None:
    assert resolve_date_text(text, PUBLISHED) is None


def test_weekday_in_article_of_that_weekday_is_the_same_day_not_a_week_before() -> None:
    for offset in range(7):
        published = date(2024, 5, 13 + offset)
        weekday = published.strftime("%A")
        assert resolve_date_text(f"On {weekday}", published).date == published  # type: ignore[union-attr]


def test_without_publication_date_only_absolute_dates_resolve() -> None:
    assert resolve_date_text("On Wednesday", None) is None
    assert resolve_date_text("last month", None) is None
    found = resolve_date_text("3 April 2024", None)
    assert found is not None and found.date == date(2024, 4, 3)


def test_plain_relative_phrases_do_not_call_dateparser(monkeypatch: pytest.MonkeyPatch) -> None:
    def fail(*args: object) -> None:
        raise AssertionError("dateparser called")

    monkeypatch.setattr(resolve, "_dateparser", fail)
    for text, _, _ in PAST[:20]:
        resolve_date_text(text, PUBLISHED)


def test_dateparser_fallback_is_cached() -> None:
    resolve._dateparser_cached.cache_clear()
    first = resolve_date_text("2024-04-05", PUBLISHED)
    second = resolve_date_text("2024-04-05", PUBLISHED)
    assert first is not None and first.date == date(2024, 4, 5)
    assert first == second
    assert resolve._dateparser_cached.cache_info().hits >= 1
