"""Checks of the annotated Guardian sentences (real news): guardian.jsonl (test), guardian_dev.jsonl
and guardian_train.jsonl.

The gold file stores only article indices, character offsets and labels; the sentences are
read from ``../shared/data/ngec/guardian_sample.csv``, so these tests skip when it is absent.
"""

from __future__ import annotations

import csv
import json
import re
import sys
from collections import Counter
from itertools import combinations
from pathlib import Path

import pytest

from dragoman.codes import EventType, Sector

REPO = Path(__file__).parents[2]
GOLD = REPO / "data" / "gold" / "guardian.jsonl"
DEV = REPO / "data" / "gold" / "guardian_dev.jsonl"
TRAIN = REPO / "data" / "gold" / "guardian_train.jsonl"
GUARDIAN_CSV = REPO / ".." / "shared" / "data" / "ngec" / "guardian_sample.csv"
CODEBOOK = REPO / ".." / "shared" / "data" / "plover" / "PLOVER_structured_codebook.csv"

RECORD_KEYS = {"id", "article_index", "char_start", "char_end", "date", "split", "tags", "events"}
EVENT_KEYS = {"event_type", "mode", "source", "target", "contexts", "date", "trigger"}
ORGANISATION_CODES = {"UNO", "NATO", "EU", "AU", "ARL", "OPCW", "WHO", "ICC", "IMF", "WB"}
SENTENCE_END = re.compile(r"[.!?…][”’\"')\]]*$")

pytestmark = pytest.mark.skipif(
    not GUARDIAN_CSV.exists(), reason="../shared/data/ngec/guardian_sample.csv is not available"
)


@pytest.fixture(scope="module")
def articles() -> dict[str, dict[str, str]]:
    csv.field_size_limit(sys.maxsize)
    with open(GUARDIAN_CSV, newline="", encoding="utf-8") as handle:
        return {row[""]: row for row in csv.DictReader(handle)}


def _read(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


@pytest.fixture(scope="module", params=[GOLD, DEV, TRAIN], ids=lambda path: path.name)
def gold_file(request: pytest.FixtureRequest) -> Path:
    return request.param


@pytest.fixture(scope="module")
def records(gold_file: Path) -> list[dict]:
    return _read(gold_file)


def test_no_article_is_in_two_files() -> None:
    articles = {path.name: {record["article_index"] for record in _read(path)} for path in (GOLD, DEV, TRAIN)}
    for first, second in combinations(articles, 2):
        shared = articles[first] & articles[second]
        assert not shared, f"{first} and {second} share articles {sorted(shared)}"


@pytest.fixture(scope="module")
def codebook_modes() -> dict[str, set[str]]:
    if not CODEBOOK.exists():
        pytest.skip("../shared/data/plover/PLOVER_structured_codebook.csv is not available")
    modes: dict[str, set[str]] = {}
    with open(CODEBOOK, newline="", encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            modes.setdefault(row["event"], set())
            if row["mode"]:
                modes[row["event"]].add(row["mode"])
    return modes


def test_file_has_enough_records_with_unique_ids(records: list[dict]) -> None:
    assert len(records) >= 100
    ids = [record["id"] for record in records]
    assert len(ids) == len(set(ids))
    spans = [(r["article_index"], r["char_start"]) for r in records]
    assert len(spans) == len(set(spans)), "a sentence is annotated twice"


def test_records_store_no_text(records: list[dict]) -> None:
    for record in records:
        assert set(record) <= RECORD_KEYS, record["id"]
        for event in record["events"]:
            assert set(event) <= EVENT_KEYS, record["id"]
            assert len(event.get("trigger", "").split()) <= 1, f"{record['id']}: a trigger is one word, not text"


def test_every_slice_is_one_whole_sentence(records: list[dict], articles: dict) -> None:
    for record in records:
        row = articles[record["article_index"]]
        text = row["text"]
        start, end = record["char_start"], record["char_end"]
        assert 0 <= start < end <= len(text), record["id"]
        sentence = text[start:end]
        assert sentence == sentence.strip() and 20 <= len(sentence) <= 1000, record["id"]
        assert start == 0 or text[start - 1].isspace(), f"{record['id']} starts mid-word"
        assert end == len(text) or text[end].isspace(), f"{record['id']} ends mid-word"
        assert SENTENCE_END.search(sentence), f"{record['id']} does not end like a sentence"
        assert sentence[0].isupper() or sentence[0] in "“\"‘'" or sentence[0].isdigit(), record["id"]
        assert record["date"] == row["date"], record["id"]


def _check_actor(actor: dict | None, record_id: str) -> None:
    if actor is None:
        return
    country = actor["country"]
    assert country is None or re.fullmatch(r"[A-Z]{3}", country) or country in ORGANISATION_CODES, (
        f"{record_id}: {country}"
    )
    assert actor.get("sector") is None or actor["sector"] in {s.value for s in Sector}, record_id


def test_labels_use_plover_types_modes_and_codes(records: list[dict], codebook_modes: dict) -> None:
    types = {t.value for t in EventType}
    for record in records:
        for event in record["events"]:
            assert event["event_type"] in types, record["id"]
            mode = event["mode"]
            assert mode is None or mode in codebook_modes[event["event_type"]], f"{record['id']}: {mode}"
            assert event["source"] is not None, record["id"]
            _check_actor(event["source"], record["id"])
            _check_actor(event["target"], record["id"])


# The training file annotates every opening sentence of its articles, so background sentences
# outnumber events there; the test and dev files annotate chosen sentences.
EMPTY_SHARE = {GOLD.name: (0.15, 0.35), DEV.name: (0.15, 0.35), TRAIN.name: (0.5, 0.8)}


def test_mix_of_types_and_non_events(records: list[dict], gold_file: Path) -> None:
    empty = sum(1 for record in records if not record["events"])
    low, high = EMPTY_SHARE[gold_file.name]
    assert low <= empty / len(records) <= high
    counts = Counter(event["event_type"] for record in records for event in record["events"])
    assert len(counts) >= 14, counts
