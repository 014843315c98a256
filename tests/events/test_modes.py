"""Every mode the coder can name is a mode of its type in the PLOVER codebook."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest

import dragoman
from dragoman.codes import PLOVER_MODES, EventType
from dragoman.events import lexicon as lex

REPO = Path(__file__).resolve().parents[2]
CODEBOOK = REPO / ".." / "shared" / "data" / "plover" / "PLOVER_structured_codebook.csv"
TABLE = REPO / "tests" / "data" / "annotated_sentences.jsonl"


def _lexicon_modes() -> list[tuple[str, EventType, str]]:
    found = []
    for table, modes in ((lex.VERBS, lex.VERB_MODES), (lex.NOUNS, lex.NOUN_MODES)):
        for key, trigger in table.items():
            for mode in (trigger.mode, modes.get(key.split(" ")[0] if table is lex.VERBS else key)):
                if mode:
                    found.append((key, trigger.event_type, mode))
    found += [(f"{verb} {obj}", event_type, mode) for (verb, obj), (event_type, mode) in lex.OBJECT_RETYPE.items()
              if mode]
    return found


def test_lexicon_names_only_codebook_modes() -> None:
    wrong = [(key, t.value, mode) for key, t, mode in _lexicon_modes() if mode not in PLOVER_MODES[t]]
    assert wrong == []


def test_coded_events_carry_codebook_modes() -> None:
    rows = [json.loads(line) for line in TABLE.read_text(encoding="utf-8").splitlines() if line.strip()]
    events = dragoman.code_text("\n\n".join(r["text"] for r in rows), published="2024-06-01")
    assert len(events) > 100
    assert sum(1 for e in events if e.mode) > 30  # the modes survive, not just the invalid ones dropped
    wrong = [(e.evidence.trigger, e.event_type, e.mode) for e in events
             if e.mode and e.mode not in PLOVER_MODES[EventType(e.event_type)]]
    assert wrong == []


def test_mode_table_matches_the_codebook() -> None:
    if not CODEBOOK.exists():
        pytest.skip("../shared/data/plover/PLOVER_structured_codebook.csv is not available")
    with open(CODEBOOK, newline="", encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    codebook = {t: {r["mode"] for r in rows if r["event"] == t.value and r["mode"]} for t in EventType}
    assert {t: set(modes) for t, modes in PLOVER_MODES.items()} == codebook


@pytest.mark.parametrize(
    ("text", "event_type", "mode"),
    [
        # abduction, torture and killing are assaults (not coercion), with their codebook modes
        ("Gunmen abducted 40 pupils from a school in Kaduna on Friday.", "ASSAULT", "abduct"),
        ("Security forces tortured detained protesters in Tehran, a UN mission said.", "ASSAULT", "torture"),
        ("The Saudi assassination of a Turkish journalist shocked Washington.", "ASSAULT", "assassinate"),
        # retreats name theirs
        ("The Peruvian interior minister resigned on Tuesday after the protests.", "RETREAT", "resign"),
        ("Ethiopian troops withdrew from the town of Adigrat on Sunday.", "RETREAT", "withdraw"),
    ],
)
def test_coded_events_name_their_codebook_modes(text: str, event_type: str, mode: str) -> None:
    events = dragoman.code_text(text, published="2024-06-01")
    assert (event_type, mode) in [(e.event_type, e.mode) for e in events]
