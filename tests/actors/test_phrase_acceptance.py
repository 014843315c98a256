"""Acceptance: our own table of annotated actor mentions in news-style sentences.

Each line of ``tests/data/actors/actor_mentions.jsonl`` holds a phrase, the sentence it comes from,
the publication date and the expected country and sector (null sector: the phrase names no sector,
e.g. a country alone or a person out of office). ``resolve_phrase`` must get both right for at
least 95% of them; the rate is printed.
"""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from dragoman.actors.phrase import resolve_phrase

TABLE = Path(__file__).parent.parent / "data" / "actors" / "actor_mentions.jsonl"
ROWS = [json.loads(line) for line in TABLE.read_text(encoding="utf-8").splitlines() if line.strip()]


def _resolved(row: dict, kb) -> tuple[str | None, str | None]:  # type: ignore[no-untyped-def]
    actor = resolve_phrase(row["phrase"], date.fromisoformat(row["date"]), kb)
    return (actor.country, actor.sector) if actor else (None, None)


def test_table_is_large_and_well_formed():
    assert len(ROWS) >= 200
    for row in ROWS:
        assert row["phrase"] in row["sentence"], row
        date.fromisoformat(row["date"])


def test_pass_rate_of_country_and_sector(actor_kb, capsys):
    failures = [
        (row, _resolved(row, actor_kb))
        for row in ROWS
        if _resolved(row, actor_kb) != (row["country"], row["sector"])
    ]
    rate = 1 - len(failures) / len(ROWS)
    with capsys.disabled():
        print(
            f"\nactor mentions: {len(ROWS) - len(failures)}/{len(ROWS)} right country and sector ({rate:.1%})"
        )
        for row, got in failures:
            print(
                f"  MISS {row['phrase']!r} ({row['date']}): expected {row['country']}/{row['sector']}, got {got}"
            )
    assert rate >= 0.95


@pytest.mark.parametrize("row", ROWS, ids=[f"{i:03d}-{r['phrase'][:30]}" for i, r in enumerate(ROWS)])
def test_mention_country(actor_kb, row):
    """Country alone, per mention: the part every gold matcher compares."""
    assert _resolved(row, actor_kb)[0] == row["country"]
