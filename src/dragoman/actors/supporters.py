"""Supporters of a leader or party: "supporters of Imran Khan", "Erdogan loyalists".

They are people of the leader's or party's country, not the leader's government: civilians, or
the opposition when the party they back is the opposition.
"""

from __future__ import annotations

from collections.abc import Collection

from ..schemas import Actor
from .normalize import LEADING_DETERMINERS, raw_words, word_keys, word_set

SUPPORTER_WORDS = word_set(
    "supporter supporters loyalist loyalists follower followers partisan partisans sympathiser "
    "sympathisers sympathizer sympathizers"
)


def backed_phrase(text: str, stop_words: Collection[str]) -> str | None:
    """What the supporters back, with the supporters word (and an "of" after it) taken out;
    None when the phrase names no supporters before its first preposition.

    >>> backed_phrase("supporters of Imran Khan", {"to"}), backed_phrase("Imran Khan", {"to"})
    ('Imran Khan', None)
    """
    words = raw_words(text)
    keys = [word_keys(word) for word in words]
    stop = next((i for i, k in enumerate(keys) if k[:1] and k[0] in stop_words), len(words))
    at = next((i for i in range(stop) if keys[i][-1:] and keys[i][-1] in SUPPORTER_WORDS), None)
    if at is None or "-" in words[at]:
        return None
    after = at + 2 if at + 1 < len(words) and words[at + 1].lower() == "of" else at + 1
    return " ".join(words[:at] + words[after:])


def supporters_of(text: str, backed: Actor | None) -> Actor:
    """The supporters as an actor, given the actor they back (None when unknown)."""
    sector = "OPP" if backed is not None and backed.sector == "OPP" else "CVL"
    country = backed.country if backed is not None and backed.country and len(backed.country) == 3 else None
    words = text.split()
    while len(words) > 1 and words[0].lower() in LEADING_DETERMINERS:
        words = words[1:]
    return Actor(" ".join(words), country, sector, None, None, text)
