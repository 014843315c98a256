"""Optional extra training rows from the NGEC synthetic stories (../shared/data/ngec/synthetic_events.csv).

Each story carries one PLOVER label and often a mode. Its first sentence is parsed and the
trigger is taken to be the main verb (the reported clause's verb when the main verb is a speech
verb). These rows are positives only and are down-weighted: the stories are machine-written.
"""

from __future__ import annotations

import csv
import re
import sys
from pathlib import Path
from typing import Any

from .examples import Example, token_features

SYNTHETIC_CSV = Path("ngec") / "synthetic_events.csv"
MODE_FIXES = {"primative": "primitive", "sieze": "seize", "martial-law": "curfew"}
SPEECH_LEMMAS = frozenset({"say", "tell", "report", "announce", "state", "confirm", "claim"})
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


def story_trigger(parsed: Any) -> Any:
    """The main verb of the first sentence, looking through "X said (that) ..."."""
    sentence = next(iter(parsed.sents))
    root = sentence.root
    if root.lemma_.lower() in SPEECH_LEMMAS:
        for child in root.children:
            if child.dep_ in ("ccomp", "xcomp") and child.pos_ == "VERB":
                return child
    return root


def synthetic_examples(path: Path, nlp: Any, limit: int | None = None) -> list[Example]:
    """One positive row per story."""
    rows = read_synthetic(path, limit)
    texts = []
    for row in rows:
        match = FIRST_SENTENCE.match(row["text"].strip())
        texts.append(match.group(1) if match else row["text"][:400])
    examples = []
    for row, parsed in zip(rows, nlp.pipe(texts, batch_size=64), strict=True):
        token = story_trigger(parsed)
        surface, dependency = token_features(token)
        examples.append(
            Example(
                surface,
                dependency,
                row["label"].strip().upper(),
                normalise_mode(row.get("mode")),
                [],
                "synthetic",
                token.text,
            )
        )
    return examples
