"""Acceptance for the geoparser: annotated place mentions in news-style sentences.

Each line of tests/data/geo/place_mentions.jsonl names a place mention in a sentence, the
country it is in (null for seas and regions across borders) and the gazetteer name expected;
``context`` lists the countries the rest of the imagined article mentions. The sentence is
parsed, its place mentions found and resolved as the places stage does, and the mention is
looked up by its text. The test reports the rates and requires right country >= 98% and
exact place >= 93%.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from dragoman.geo.context import resolve_in_context
from dragoman.geo.mentions import find_mentions

DATA = Path(__file__).resolve().parents[1] / "data" / "geo" / "place_mentions.jsonl"
RECORDS = [json.loads(line) for line in DATA.read_text(encoding="utf-8").splitlines() if line.strip()]
MIN_COUNTRY = 0.98
MIN_EXACT = 0.93


def _resolve_mention(record: dict, nlp, gazetteer):  # type: ignore[no-untyped-def]
    doc = nlp(record["sentence"])
    mentions = find_mentions(doc, gazetteer)
    resolve_in_context(mentions, gazetteer, record.get("context", []), doc.text)
    wanted = record["mention"].lower()
    for mention in mentions:
        if wanted in mention.text.lower() or mention.text.lower() in wanted:
            return mention.location
    return None


@pytest.fixture(scope="module")
def outcomes(spacy_nlp, gazetteer):  # type: ignore[no-untyped-def]
    results = []
    for record in RECORDS:
        loc = _resolve_mention(record, spacy_nlp, gazetteer)
        found = loc is not None or record["country"] is None and record["name"] is None
        country_ok = found and (loc.country if loc else None) == record["country"]
        exact_ok = country_ok and loc is not None and loc.name == record["name"]
        if "geonameid" in record and loc is not None:
            exact_ok = exact_ok and loc.geonameid == record["geonameid"]
        results.append((record, loc, country_ok, exact_ok))
    return results


def test_dataset_is_large_enough() -> None:
    assert len(RECORDS) >= 200
    assert len({r["sentence"] for r in RECORDS}) >= 150


def test_place_mention_rates(outcomes) -> None:  # type: ignore[no-untyped-def]
    total = len(outcomes)
    country = sum(o[2] for o in outcomes) / total
    exact = sum(o[3] for o in outcomes) / total
    misses = [
        f"  {r['mention']!r} in {r['sentence'][:60]!r}: got {loc.name if loc else None} ({loc.country if loc else None}),"
        f" want {r['name']} ({r['country']})"
        for r, loc, _, ok in outcomes
        if not ok
    ]
    print(f"\nplace mentions: {total}; right country {country:.1%}; exact place {exact:.1%}")
    print("\n".join(misses))
    assert country >= MIN_COUNTRY, "\n".join(misses)
    assert exact >= MIN_EXACT, "\n".join(misses)
