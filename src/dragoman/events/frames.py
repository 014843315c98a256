"""Trigger frames: a trigger word with its agent and target tokens, read off the parse.

This module finds them in a sentence; ``verb_frames`` and ``nominals`` build them.
"""

from __future__ import annotations

from typing import Any

from .censure import CENSURE_LEMMAS
from .force_nouns import FORCE_NOUNS
from .frame_record import Frame, Known, Token
from .lexicon import HOSTILE_INTENT_PHRASES, NOUN_RETYPE, NOUNS, OBJECT_RETYPE, SPEECH_VERBS, VERBS
from .nominals import JOINT, noun_agents, noun_frame
from .noun_parts import ATTEMPT_NOUNS
from .verb_frames import verb_frame, verb_frame_for
from .verb_shapes import DIRECTIVE_VERBS, condition_subjects, is_verbal

__all__ = ["Frame", "condition_subjects", "frames_in", "noun_agents", "trigger_positions", "verb_frame_for"]


def frames_in(sentence: Any, known: Known, positions: set[int] | None = None) -> list[Frame]:
    """Every trigger frame in a sentence, in text order (only at ``positions`` when given)."""
    frames = []
    tokens = sentence if positions is None else [sentence.doc[i] for i in sorted(positions)
                                                   if sentence.start <= i < sentence.end]
    for token in tokens:
        if is_verbal(token):
            frame = verb_frame(token, known) if token.lemma_.lower() in VERB_LEMMAS else None
        elif token.pos_ in ("NOUN", "PROPN") and _may_be_event_noun(token):
            frame = noun_frame(token, known)
        else:
            frame = None
        if frame is not None:
            frames.append(frame)
    return frames


# Cheap first tests (most tokens are no trigger): words that can head a verb or noun frame.
VERB_LEMMAS = frozenset(
    {key.split(" ", 1)[0] for key in VERBS}
    | {verb for verb, _ in OBJECT_RETYPE}
    | {verb for verb, _ in HOSTILE_INTENT_PHRASES}
    | DIRECTIVE_VERBS
    | CENSURE_LEMMAS
    | {"gather", "assemble", "converge", "flood", "block", "occupy", "barricade", "blockade", "mass", "advance",
       "move", "leave"}
)
NOUN_WORDS = frozenset(
    {key.rsplit(" ", 1)[-1] for key in NOUNS | FORCE_NOUNS.keys()} | {noun for _, noun in NOUN_RETYPE}
    | {"drill", "exercise", "call", "use"} | ATTEMPT_NOUNS
)


def trigger_positions(doc: Any) -> set[int]:
    """Indices of the tokens worth a closer look (possible triggers, speech verbs), read from arrays
    so that the parser's tokens are not all built as Python objects."""
    from spacy.attrs import LEMMA, LOWER

    strings = doc.vocab.strings
    verbs = {strings[w] for w in VERB_LEMMAS | SPEECH_VERBS}
    nouns = {strings[w] for w in NOUN_WORDS}
    joint = {strings[w] for w in JOINT}
    found: set[int] = set()
    for i, (lower, lemma) in enumerate(doc.to_array([LOWER, LEMMA]).tolist()):
        if lemma in verbs or lower in nouns or lemma in nouns:
            found.add(i)
        elif lower in joint:
            found.add(doc[i].head.i)  # "a joint patrol"
    return found


def _may_be_event_noun(noun: Token) -> bool:
    return noun.lower_ in NOUN_WORDS or noun.lemma_.lower() in NOUN_WORDS or any(
        c.lower_ in JOINT for c in noun.children
    )
