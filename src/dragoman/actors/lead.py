"""Who a story's opening describes: news names its protagonists only after describing them.

"A former British soldier jailed in Turkey has fled the country. Joe Robinson, 25, was on bail
..." - the lead says who the person is (British), the next sentence gives the name. Later mentions
of the name, and the pronouns that stand for it, carry what the lead said. "Two British aid
workers have been freed. Anna Ross and Tom Hale ..." describes the first two people named.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from ..events.arguments import phrase_bounds
from ..schemas import Actor

# How many sentences after the lead may name the people it describes.
NAMED_WITHIN = 2
INDEFINITE = frozenset({"a", "an", "another"})
NUMBERS = {"two": 2, "three": 3, "four": 4, "both": 2}
SUBJECTS = frozenset({"nsubj", "nsubjpass"})
# Heads that describe no person: "a British warship", "an American town".
NOT_PEOPLE = frozenset(
    ["warship", "ship", "vessel", "tanker", "aircraft", "jet", "drone", "plane", "helicopter", "missile",
     "rocket", "company", "firm", "bank", "court", "town", "city", "village", "base", "camp", "report",
     "study", "investigation", "inquiry", "plan", "deal", "government", "army", "force", "forces", "unit",
     "group", "party", "embassy", "ministry", "official", "officials", "spokesman", "spokeswoman"]
)


@dataclass
class Lead:
    """What the opening sentence says of the people it leaves unnamed, and how many they are."""

    actor: Actor
    count: int
    words: str = ""  # the description itself ("An American woman")


def lead_description(doc: Any, phrase: Callable[[str], Actor | None]) -> Lead | None:
    """The indefinite subject of the first sentence, when it is a person of some country: "A British
    man ...", "An American woman captured by ...", "Two of the most notorious British jihadists ...".

    A definite subject ("The British government") or one with a name is no description of a stranger.
    """
    first = next(iter(doc.sents), None)
    if first is None:
        return None
    for token in first:
        if token.dep_ not in SUBJECTS:
            continue
        noun, count = _described(token)
        if noun is None or noun.ent_type_ or noun.lemma_.lower() in NOT_PEOPLE:
            continue
        start, end = phrase_bounds(noun)
        actor = phrase(doc[start:end].text)
        if actor is not None and actor.country and not actor.org:
            return Lead(actor, count, doc[start:end].text)
    return None


def _described(token: Any) -> tuple[Any | None, int]:
    """The common noun a subject describes someone with, and how many people it means."""
    if token.pos_ == "NOUN" and token.tag_ == "NN":
        article = any(c.dep_ == "det" and c.lower_ in INDEFINITE for c in token.children)
        return (token, 1) if article else (None, 0)
    number = NUMBERS.get(token.lower_) if token.pos_ in ("NUM", "PRON", "DET") else None
    if number is not None:  # "two of the British jihadists"
        of = next((c for c in token.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        noun = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
        return (noun, number) if noun is not None and noun.tag_ == "NNS" else (None, 0)
    if token.pos_ == "NOUN" and token.tag_ == "NNS":
        number = next((NUMBERS.get(c.lower_) for c in token.children if c.dep_ == "nummod"), None)
        return (token, number) if number else (None, 0)
    return None, 0


def introduces(ent: Any, sentence_index: int) -> bool:
    """The name stands where a lead's person is named: a subject (or one of coordinated subjects)
    of a sentence soon after the lead, with no description of its own besides an age."""
    if not 1 <= sentence_index <= NAMED_WITHIN:
        return False
    root = ent.root
    while root.dep_ == "conj" and root.head.ent_type_ == "PERSON":
        root = root.head
    return root.dep_ in SUBJECTS


def shared_descriptor(ent: Any, previous: tuple[Any, str | None] | None) -> str | None:
    """A plural description given to coordinated names: "the British aid workers Ann Lee and Tom
    Hale" describes Tom Hale too."""
    if previous is None or ent.root.dep_ != "conj":
        return None
    head, descriptor = previous
    if descriptor is None or ent.root.head.i != head.root.i:
        return None
    start, _ = phrase_bounds(head.root)
    words = [*head.doc[start : head.start], *(c for c in head.root.children if c.dep_ == "appos")]
    if head.root.dep_ == "appos":  # "the US journalists James Foley and ..."
        words.append(head.root.head)
    return descriptor if any(t.tag_ == "NNS" for t in words) else None


FEMALE_WORDS = frozenset(
    ["woman", "women", "girl", "mother", "wife", "daughter", "sister", "fiancee", "fiancée", "widow", "grandmother",
     "aunt", "niece", "ms", "mrs", "miss", "queen", "princess", "businesswoman", "spokeswoman", "chairwoman",
     "congresswoman", "schoolgirl", "bride", "lady", "mum", "mom", "girlfriend", "actress"]
)
MALE_WORDS = frozenset(
    ["man", "men", "boy", "father", "husband", "son", "brother", "fiance", "fiancé", "widower", "grandfather",
     "uncle", "nephew", "mr", "king", "prince", "businessman", "spokesman", "chairman", "congressman",
     "schoolboy", "dad", "boyfriend"]
)
FEMALE_PRONOUNS = frozenset({"she", "her", "hers", "herself"})
MALE_PRONOUNS = frozenset({"he", "him", "his", "himself"})


def gender_of(words: str) -> str:
    """"f" or "m" when the words that describe a person say so ("his fiancee", "Mr"), else ""."""
    said = {w.strip(".,;:'’\"") for w in words.lower().replace("-", " ").split()}
    female, male = bool(said & FEMALE_WORDS), bool(said & MALE_WORDS)
    return "f" if female and not male else "m" if male and not female else ""


def pronoun_gender(word: str) -> str:
    """The gender a person pronoun asks for: "f", "m" or "" (any)."""
    return "f" if word in FEMALE_PRONOUNS else "m" if word in MALE_PRONOUNS else ""
