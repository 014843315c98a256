"""Find the date phrase that governs an event, and the event's tense, in the parse.

A DATE/TIME entity governs an event when its syntactic head path reaches the trigger (or the
trigger's scene: a participial adjunct such as "Speaking on Tuesday, ...", or the verb a
subject-sharing conjunct hangs on) without passing through another clause. When the
trigger's own clause has none, the clauses that embed it are tried in turn ("officials said
on Tuesday that ... shelled ..."). Dates after "before", "until", "since", "by" name a bound,
not the event's date, and are skipped.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Any

from ..geo.locate import CLAUSE_DEPS, scene_heads

DATE_LABELS = {"DATE", "TIME"}
BOUND_PREPS = {
    "for",
    "before",
    "after",
    "until",
    "till",
    "since",
    "by",
    "ahead",
    "through",
    "between",
    "within",
    "from",
    "to",
}
KEEP_PREPS = {"on", "in", "during", "at", "over", "of"}
EMBEDDING_DEPS = {"ccomp", "xcomp", "advcl", "conj", "parataxis"}
FUTURE_AUX = {"will", "'ll", "shall", "wo", "would", "’ll"}


@dataclass(frozen=True)
class DatePhrase:
    start: int  # character offsets in the document
    end: int
    text: str
    future: bool = False  # the clause it dates speaks of what is still to come


def find_date_phrase(trigger: Any) -> DatePhrase | None:
    """The date phrase of the event whose trigger token is ``trigger``, or None.

    >>> find_date_phrase(doc[3]).text                    # doctest: +SKIP
    'On Wednesday'
    """
    sentence = trigger.sent
    dates = [ent for ent in sentence.ents if ent.label_ in DATE_LABELS]
    if not dates:
        return None
    clause = trigger
    for _ in range(6):
        found = _attached(dates, clause)
        if found is not None:
            # An embedding clause's date goes with that clause's tense: "France on Tuesday
            # announced it would accept ..." dates the acceptance last Tuesday, not next.
            return replace(found, future=is_future(clause))
        if clause.dep_ not in EMBEDDING_DEPS or clause.head.i == clause.i:
            return None
        clause = clause.head
    return None


def _attached(dates: list[Any], clause: Any) -> DatePhrase | None:
    scene = {t.i for t in scene_heads(clause)}
    best: tuple[int, int, Any] | None = None
    for ent in dates:
        steps = _steps_to(ent.root, scene)
        if steps is None or _is_bound(ent):
            continue
        rank = (steps, abs(ent.start - clause.i))
        if best is None or rank < best[:2]:
            best = (*rank, ent)
    if best is None:
        return None
    ent = best[2]
    before = _preposition(ent)
    first = before.i if before is not None and before.lower_ in KEEP_PREPS else ent.start
    span = ent.doc[first : ent.end]
    return DatePhrase(span.start_char, span.end_char, span.text)


def _steps_to(token: Any, scene: set[int]) -> int | None:
    """Number of head steps from ``token`` to a scene token, or None if another clause intervenes."""
    steps = 0
    while token.i not in scene:
        if token.head.i == token.i or (
            steps and (token.dep_ in CLAUSE_DEPS or token.pos_ in ("VERB", "AUX"))
        ):
            return None
        token = token.head
        steps += 1
    return steps


def _preposition(ent: Any) -> Any:
    """The preposition just before a date entity ("On" in "On Wednesday"), however parsed."""
    if ent.start == 0:
        return None
    token = ent.doc[ent.start - 1]
    return token if token.tag_ == "IN" or token.dep_ == "prep" else None


def _is_bound(ent: Any) -> bool:
    head = ent.root.head
    before = _preposition(ent)
    return (head.dep_ == "prep" and head.lower_ in BOUND_PREPS) or (
        before is not None and before.lower_ in BOUND_PREPS
    )


def is_future(trigger: Any) -> bool:
    """Whether the event is reported as still to come ("will meet", "plans to visit", "a summit
    to be held")."""
    token = trigger
    if token.pos_ in ("NOUN", "PROPN") and token.head.i != token.i:
        token = token.head
    for _ in range(3):
        auxes = [c for c in token.children if c.dep_ in ("aux", "auxpass")]
        if any(a.lower_ in FUTURE_AUX for a in auxes):
            return True
        if any(a.tag_ == "TO" for a in auxes) and _present(token.head):
            return True
        if token.dep_ != "xcomp" or token.head.i == token.i:
            return False
        token = token.head
    return False


def _present(token: Any) -> bool:
    """A noun, or a verb in the present ("is expected", "plans"): what an infinitive after it
    describes is still ahead ("a summit to be held", "plans to visit")."""
    if token.pos_ in ("NOUN", "PROPN") or token.tag_ in ("VBZ", "VBP"):
        return True
    return any(c.dep_ in ("aux", "auxpass") and c.tag_ in ("VBZ", "VBP", "MD") for c in token.children)
