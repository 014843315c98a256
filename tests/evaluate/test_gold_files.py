"""The project's gold sentences (data/gold/{train,dev,test}.jsonl) are well formed and cover what they claim."""

from __future__ import annotations

import csv
import json
import re
from collections import Counter
from pathlib import Path

import pytest

from dragoman.codes import EventType, Sector

GOLD = Path(__file__).resolve().parents[2] / "data" / "gold"
SPLITS = ("train", "dev", "test")
CODEBOOK = GOLD.parents[1] / ".." / "shared" / "data" / "plover" / "PLOVER_structured_codebook.csv"
ORGANISATIONS = {"UNO", "NATO", "EU", "AU", "ARL", "ICC", "ICJ", "IMF", "WB", "WHO", "OPCW"}


@pytest.fixture(scope="module")
def records() -> dict[str, list[dict]]:
    return {
        split: [
            json.loads(line) for line in (GOLD / f"{split}.jsonl").read_text(encoding="utf-8").splitlines()
        ]
        for split in SPLITS
    }


def test_sizes_and_split_labels(records: dict[str, list[dict]]) -> None:
    everything = [r for split in SPLITS for r in records[split]]
    assert sum(1 for r in everything if r["events"]) >= 500
    assert sum(1 for r in everything if not r["events"]) >= 100
    for split in SPLITS:
        assert all(r["split"] == split for r in records[split])
    ids = [r["id"] for r in everything]
    assert len(ids) == len(set(ids))
    texts = [r["text"] for r in everything]
    assert len(texts) == len(set(texts)), "a sentence appears twice"


def test_every_type_is_in_every_split(records: dict[str, list[dict]]) -> None:
    for split in SPLITS:
        types = Counter(e["event_type"] for r in records[split] for e in r["events"])
        assert set(types) == {t.value for t in EventType}, (split, types)


def test_labels_are_valid(records: dict[str, list[dict]]) -> None:
    sectors = {s.value for s in Sector}
    for record in (r for split in SPLITS for r in records[split]):
        assert re.fullmatch(r"\d{4}-\d{2}-\d{2}", record["date"]), record["id"]
        for event in record["events"]:
            for role in ("source", "target"):
                actor = event[role]
                if actor is None:
                    continue
                country = actor["country"]
                assert country is None or re.fullmatch(r"[A-Z]{3}", country) or country in ORGANISATIONS, (
                    record["id"]
                )
                assert actor["sector"] is None or actor["sector"] in sectors, record["id"]
            trigger = event.get("trigger")
            assert trigger is None or trigger in record["text"], record["id"]


def test_modes_come_from_the_codebook(records: dict[str, list[dict]]) -> None:
    if not CODEBOOK.exists():
        pytest.skip("../shared/data/plover/PLOVER_structured_codebook.csv is not available")
    with open(CODEBOOK, newline="", encoding="utf-8") as handle:
        modes = {(row["event"], row["mode"]) for row in csv.DictReader(handle) if row["mode"]}
    for record in (r for split in SPLITS for r in records[split]):
        for event in record["events"]:
            if event["mode"]:
                assert (event["event_type"], event["mode"]) in modes, (record["id"], event["mode"])
