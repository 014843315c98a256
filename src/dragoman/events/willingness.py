"""Stated willingness: "Ukraine was ready to accept the ceasefire", "Putin is open to meeting Trump",
"Egypt expressed readiness to send troops". PLOVER codes a declared willingness to cooperate as AGREE
(and, by what is offered, a willingness to use force as THREATEN or to give way as CONCEDE)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from ..codes import EventType
from .arguments import children_with, prep_objects
from .clauses import subject_of
from .entries import _words
from .frame_record import Frame, Known, Token, _settle_tokens
from .lexicon import MILITARY_UNITS, Trigger, lookup_verb

WILLING_ADJECTIVES = frozenset({"ready", "willing", "prepared", "open", "eager", "keen"})
READINESS_NOUNS = frozenset({"readiness", "willingness", "openness"})
DECLARING_VERBS = frozenset({"express", "signal", "voice", "declare", "confirm", "indicate", "reaffirm"})
# What is offered when a willingness is news: talks, deals, help, a way out of a conflict.
OFFERS = frozenset(_words(
    "accept, sign, resume, restart, talk, meet, negotiate, discuss, join, help, cooperate, work, end, hold, return, "
    "hand, release, free, send, restore, compromise, consider, engage, support, host, mediate, provide, open, allow, "
    "let, make, reach, agree, recognise, recognize, normalise, normalize, extend, renew, revive, receive, welcome, "
    "supply, give, offer, share, exchange, swap, withdraw, pull, cease, halt, stop, lift, ease, drop, reopen, "
    "participate, attend, visit, broker, guarantee, deploy, contribute, fund, finance, rebuild, settle"))


def _offers_event(content: Token) -> bool:
    """Whether the offered act is itself an event word ("ready to fight Israel": the force decides)."""
    return lookup_verb(content.lemma_.lower()) is not None


UNITS = frozenset(_words(MILITARY_UNITS))
WILLINGNESS = Trigger(EventType.AGREE, target_preps=("with", "to"), needs_target=False)


def willingness_frames(sentence: Any, known: Known) -> Iterator[tuple[Frame, Token]]:
    """Each stated willingness in a sentence, as an AGREE frame and the verb of what is offered.

    >>> [f.key for f, _ in willingness_frames(nlp("Iran is ready to resume talks.")[:], None)]  # doctest: +SKIP
    ['ready']
    """
    for token in sentence:
        found = _willing_adjective(token) or _readiness_noun(token)
        if found is None:
            continue
        clause, subject, content = found
        if clause.dep_ == "relcl":
            continue  # "a battle the rebels were eager to fight": a description of the battle
        if any(c.dep_ == "det" and c.lower_ == "no" for c in subject.children):
            continue  # "no government is willing to take them back"
        if content.lemma_.lower() not in OFFERS and not _offers_event(content):
            continue  # "prepared to abandon its friends", "eager to erase his traces": no offer to anyone
        frame = Frame(token, WILLINGNESS, token.lower_, clause, sources=[subject])  # rule "lexicon:ready"
        objects = [o for o in children_with(content, ["dobj", "dative"]) if o.lower_ not in UNITS]  # not its own troops
        frame.targets = [*objects, *prep_objects(content, ("with", "to"))]
        _settle_tokens(frame, known)
        if frame.sources:
            yield frame, content


def _willing_adjective(token: Token) -> tuple[Token, Token, Token] | None:
    """"it was ready to accept", "is open to meeting": (copula, subject, content verb)."""
    if token.lower_ not in WILLING_ADJECTIVES or token.dep_ != "acomp":
        return None
    contents = children_with(token, ["xcomp"]) + [
        c for p in token.children if p.dep_ == "prep" and p.lower_ == "to" for c in p.children if c.dep_ == "pcomp"]
    subject = subject_of(token.head)
    return (token.head, subject, contents[0]) if contents and subject is not None else None


def _readiness_noun(token: Token) -> tuple[Token, Token, Token] | None:
    """"expressed readiness to send troops": (declaring verb, subject, content verb)."""
    if token.lower_ not in READINESS_NOUNS or token.dep_ != "dobj" or token.head.lemma_.lower() not in DECLARING_VERBS:
        return None
    contents = [c for c in token.children if c.dep_ in ("acl", "xcomp") and c.pos_ == "VERB"]
    subject = subject_of(token.head)
    return (token.head, subject, contents[0]) if contents and subject is not None else None
