"""Clauses that tell background, not news: a habit ("has long provided aid to Israel"), an open question
("whether Turkey will approve the bid is unclear") or a promise held back by its condition ("would lift
the curfew only once the situation improved"). Events found in them are flagged, not coded.
"""

from __future__ import annotations

from typing import Any

from ..schemas import EventCandidate
from .clauses import infinitive

Token = Any

# "has long provided", "have always backed": a standing habit, not one act
HABIT_ADVERBS = frozenset({"long", "always", "traditionally", "historically"})
# "has mediated for decades": a span of years is a record, not news (weeks or days may be one campaign)
HABIT_SPANS = frozenset({"decade", "decades", "year", "years", "month", "months", "generation", "generations",
                         "century", "centuries"})
# subordinators of a condition that "only" makes the whole point: "only once", "only if", "only when"
CONDITION_MARKS = frozenset({"once", "if", "when", "after", "until"})
WILL = frozenset({"would", "will", "'ll", "'d"})


def background_reason(anchor: Token, event_type: str | None = None) -> str | None:
    """Why the clause of ``anchor`` (a candidate's clause verb) tells no news, or None.

    A war fought for decades is still news of that war ("the PKK, which has fought the Turkish
    state for 40 years"): for force only the adverbs of habit count, not the span of years.

    >>> background_reason(nlp("Egypt has mediated between the two sides for decades.")[2])  # doctest: +SKIP
    'habit'
    """
    if _habit(anchor, spans=event_type != "ASSAULT"):
        return "habit"
    if _open_question(anchor):
        return "question"
    if _held_back(anchor):
        return "condition"
    if _wished_of_others(anchor):
        return "wish"
    if anchor.dep_ == "ccomp" and anchor.head.lemma_.lower() in DOUBT_VERBS:
        return "doubt"  # "analysts doubt that Moscow will withdraw"
    if _deadline(anchor):
        return "ultimatum"  # "gave the gangs 48 hours to surrender their weapons": demanded, not done
    return None


def _habit(verb: Token, spans: bool = True) -> bool:
    """A perfect (not a progressive) that reaches far back: "has long provided", and with ``spans``
    "has mediated for decades", "has conducted six tests since 2006"."""
    perfect = verb.tag_ == "VBN" and any(c.dep_ == "aux" and c.lemma_ == "have" for c in verb.children)
    if not perfect:
        return False
    if any(c.dep_ == "advmod" and c.lower_ in HABIT_ADVERBS for c in verb.children):
        return True
    if not spans:
        return False
    lengths = (o for p in verb.subtree if p.dep_ == "prep" and p.lower_ in ("for", "over") and _clause_of(p) == verb.i
               for o in p.children if o.dep_ == "pobj")  # "for decades", "over the past year"
    since_year = any(o.like_num and len(o) == 4 for p in verb.children if p.dep_ == "prep" and p.lower_ == "since"
                     for o in p.children if o.dep_ == "pobj")  # "has conducted six tests since 2006": a tally
    return since_year or any(o.lower_ in HABIT_SPANS for o in lengths)


def _clause_of(token: Token) -> int:
    """Index of the verb whose clause a token belongs to."""
    while token.pos_ not in ("VERB", "AUX") and token.head.i != token.i:
        token = token.head
    return int(token.i)


def _open_question(verb: Token) -> bool:
    """"Whether Turkey will approve the bid is unclear": the clause or one it hangs on asks, not tells."""
    token = verb
    while True:
        if any(c.dep_ == "mark" and c.lower_ == "whether" for c in token.children):
            return True
        if token.dep_ not in ("xcomp", "conj") or token.head.i == token.i:
            return False
        token = token.head


def _held_back(verb: Token) -> bool:
    """"Would lift the curfew only once the situation improved": a promise whose condition is its point."""
    if not any(c.dep_ == "aux" and c.lower_ in WILL for c in verb.children):
        return False
    return any(
        any(m.dep_ == "mark" and m.lower_ in CONDITION_MARKS for m in clause.children)
        and any(a.dep_ == "advmod" and a.lower_ == "only" for a in clause.children)
        for clause in verb.children if clause.dep_ == "advcl"
    )


def _deadline(verb: Token) -> bool:
    """"gave the RSF 24 hours to leave the city": an act someone is given a deadline for."""
    head = verb.head
    timed = any(o.dep_ in ("dobj", "npadvmod") and o.lemma_.lower() in TIME_UNITS for o in head.children)
    to_clause = verb.dep_ in ("relcl", "acl", "advcl", "xcomp") and infinitive(verb)
    if to_clause and head.lemma_.lower() in TIME_UNITS:  # the clause hangs on "24 hours" itself
        return head.head.lemma_.lower() == "give"
    return to_clause and head.lemma_.lower() == "give" and timed


TIME_UNITS = frozenset({"hour", "day", "week", "month", "deadline", "ultimatum"})


def _wished_of_others(verb: Token) -> bool:
    """"The opposition wants the government to lift the ban": a wish about someone else's act (a demand
    that is spoken is the speech rules' business, not this one)."""
    own_subject = any(c.dep_ == "nsubj" for c in verb.children)
    return own_subject and verb.dep_ in ("ccomp", "xcomp") and verb.head.lemma_.lower() in WISH_VERBS


DOUBT_VERBS = frozenset({"doubt", "question", "wonder"})
WISH_VERBS = frozenset({"want", "wish", "hope", "expect", "prefer", "like", "need"})


def _only_planned(anchor: Token, event_type: str) -> bool:
    """"The government plans to ease restrictions next year": a plan of help, talks or concessions is
    not yet a promise of them (planned force is the threat rules' business)."""
    return event_type in PLANNABLE_TYPES and anchor.dep_ == "xcomp" and anchor.head.lemma_.lower() in PLAN_VERBS


PLAN_VERBS = frozenset({"plan", "consider", "weigh", "mull", "expect"})
PLANNABLE_TYPES = frozenset({"CONCEDE", "RETREAT", "AID", "AGREE", "CONSULT"})


def _halted(trigger: Token) -> bool:
    """"A pause in fighting", "an end to the bombing", "a halt to attacks": force that stops, not force."""
    head = trigger.head
    return trigger.dep_ == "pobj" and head.lower_ in ("in", "to", "of") and head.head.lemma_.lower() in HALT_NOUNS


def trigger_reason(trigger: Token, event_type: str) -> str | None:
    """Why the trigger word itself tells no event here, or None: force that pauses ("a pause in fighting"),
    a commitment that is a deed ("committed war crimes"), an offer that is what another rejected ("rejected
    an offer by Brazil to mediate": the rejection is the event)."""
    if _halted(trigger):
        return "halted"
    lemma = trigger.lemma_.lower()
    if lemma == "commit" and any(c.dep_ == "dobj" and c.pos_ == "NOUN" for c in trigger.children):
        return "deed"
    rejected = trigger.dep_ == "dobj" and trigger.head.lemma_.lower() in REJECTING_VERBS
    if event_type == "AGREE" and trigger.pos_ == "NOUN" and rejected:
        return "rejected"
    return None


REJECTING_VERBS = frozenset({"reject", "refuse", "rebuff", "dismiss", "spurn", "turn", "decline", "veto"})
HALT_NOUNS = frozenset({"pause", "halt", "end", "lull", "cessation", "suspension", "stop", "break", "freeze"})


def flag_background(doc: Any, candidates: list[EventCandidate]) -> None:
    """Negate the candidates whose clause is background (see ``background_reason``)."""
    for candidate in candidates:
        if candidate.negated or candidate.anchor is None:
            continue
        span = doc.char_span(candidate.anchor.start, candidate.anchor.end, alignment_mode="expand")
        reason = None
        if span is not None and len(span):
            reason = background_reason(span.root, candidate.event_type)
            if reason is None and _only_planned(span.root, candidate.event_type):
                reason = "plan"
        trigger = doc.char_span(candidate.trigger.start, candidate.trigger.end, alignment_mode="expand")
        if reason is None and trigger is not None and len(trigger):
            reason = trigger_reason(trigger.root, candidate.event_type)
        if reason is not None:
            candidate.negated = True
            candidate.rule += f"+{reason}"
