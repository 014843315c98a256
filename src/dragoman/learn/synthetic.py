"""Optional extra training rows from the NGEC synthetic stories (../shared/data/ngec/synthetic_events.csv).

Each story carries one PLOVER label and often a mode. Its first sentence becomes one row of
surface word features without a trigger (the lead's main verb is too often not the event's
trigger). These rows are positives only and are down-weighted: the stories are machine-written.
"""

from __future__ import annotations

import csv
import re
import sys
from pathlib import Path

from .examples import Example
from .features import stem, surface_features, words

SYNTHETIC_CSV = Path("ngec") / "synthetic_events.csv"
MODE_FIXES = {"primative": "primitive", "sieze": "seize", "martial-law": "curfew"}
FIRST_SENTENCE = re.compile(r"^(.{20,400}?[.!?])(?:\s|$)", re.DOTALL)


def read_synthetic(path: Path, limit: int | None = None) -> list[dict[str, str]]:
    """Rows of the synthetic CSV with a text and a label."""
    csv.field_size_limit(sys.maxsize)
    with open(path, newline="", encoding="utf-8") as handle:
        rows = [r for r in csv.DictReader(handle) if r.get("text") and r.get("label")]
    return rows[:limit] if limit else rows


def normalise_mode(mode: str | None) -> str | None:
    """Lower-case codebook spelling of a synthetic mode.

    >>> normalise_mode("PRIMATIVE"), normalise_mode("SIEZE"), normalise_mode("")
    ('primitive', 'seize', None)
    """
    if not mode or not mode.strip():
        return None
    mode = mode.strip().lower()
    return MODE_FIXES.get(mode, mode)


def lead_trigger(text: str, label: str, trigger_stems: dict[str, set[str]]) -> str | None:
    """The first word of the lead whose stem is a known trigger of ``label`` (from the gold data).

    >>> lead_trigger("Troops shelled the town.", "ASSAULT", {"ASSAULT": {"shell"}})
    'shelled'
    """
    stems = trigger_stems.get(label, set())
    return next((w for w in words(text) if stem(w) in stems), None)


def synthetic_examples(
    path: Path, trigger_stems: dict[str, set[str]] | None = None, limit: int | None = None
) -> list[Example]:
    """One positive row per story (the lead sentence; its trigger when a gold trigger word is in it)."""
    rows = read_synthetic(path, limit)
    examples = []
    for row in rows:
        match = FIRST_SENTENCE.match(row["text"].strip())
        text = match.group(1) if match else row["text"][:400]
        label = row["label"].strip().upper()
        # The lead's main verb is too often not the event's trigger ("told", "are"), so a
        # trigger is only named when a word of the lead is a gold trigger of the same type.
        trigger = lead_trigger(text, label, trigger_stems or {})
        examples.append(
            Example(
                surface_features(text, trigger, None),
                {},
                label,
                normalise_mode(row.get("mode")),
                [],
                "synthetic",
                trigger or "",
            )
        )
    return examples
