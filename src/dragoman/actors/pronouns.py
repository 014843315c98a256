"""Which names a pronoun cannot mean, and which pronoun a subordinate clause's pronoun repeats."""

from __future__ import annotations

from typing import Any

from .lead import FEMALE_PRONOUNS, MALE_PRONOUNS

OBJECT_PRONOUNS = frozenset(["him", "her", "them"])


def clause_subjects(pronoun: Any) -> frozenset[int]:
    """Tokens an object pronoun cannot mean: the subject of its own clause, or of the clause a
    participle hangs on ("Trump called Erdogan, urging him": not Trump), with the name a relative
    pronoun or an apposition stands for ("his counterpart, Erdogan, who had urged him": not Erdogan).
    """
    if pronoun.lower_ not in OBJECT_PRONOUNS or pronoun.dep_ not in ("dobj", "dative", "pobj"):
        return frozenset()
    verb = pronoun.head.head if pronoun.dep_ == "pobj" else pronoun.head
    for _ in range(3):
        subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is not None or verb.dep_ not in ("advcl", "xcomp", "conj") or verb.head.i == verb.i:
            break
        verb = verb.head
    if subject is None:
        return frozenset()
    if subject.lower_ in ("who", "which", "that") and verb.dep_ == "relcl":
        subject = verb.head
    linked = {subject.i, *(c.i for c in subject.children if c.dep_ == "appos")}
    if subject.dep_ == "appos":
        linked.add(subject.head.i)
    return frozenset(linked)


SUBJECT_PRONOUNS = frozenset({"he", "she", "they", "it"})


def governing_pronoun(pronoun: Any) -> Any:
    """The pronoun a subordinate clause's subject pronoun repeats: in "He outsourced the conflict to
    Putin when he agreed ...", the second "he" is the first one, not Putin; so it means whoever the
    first one means (maybe no one the document names)."""
    token = pronoun
    for _ in range(3):
        verb = token.head
        if token.dep_ != "nsubj" or verb.dep_ != "advcl" or token.lower_ not in SUBJECT_PRONOUNS:
            break
        main = next((c for c in verb.head.children if c.dep_ == "nsubj"), None)
        if main is None or main.lower_ != token.lower_:
            break
        token = main
    return token


def other_gender_pronouns(pronoun: Any) -> list[Any]:
    """The person pronouns of the other gender before an object or possessive pronoun in its
    sentence: in "he said he would prevent her return", "her" is not whoever "he" is."""
    word = pronoun.lower_
    if pronoun.dep_ in ("nsubj", "nsubjpass"):
        return []  # "she said he had been jailed": a subject pronoun follows the story's people
    other = FEMALE_PRONOUNS if word in MALE_PRONOUNS else MALE_PRONOUNS if word in FEMALE_PRONOUNS else frozenset()
    return [t for t in pronoun.sent if t.i < pronoun.i and t.lower_ in other]


def not_the_same_person(memory: Any, pronoun: Any, sentence_index: int) -> frozenset[int]:
    """The mentions of the people the sentence's earlier pronouns of the other gender stand for."""
    names = set()
    for other in other_gender_pronouns(pronoun):
        meant = memory.pronoun(other.lower_, other.i, sentence_index)
        if meant is not None:
            names.add(meant.name)
    return frozenset(m.token_index for m in memory.mentioned if m.actor.name in names)
