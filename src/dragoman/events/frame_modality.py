"""What a frame's own words say about whether it happened: a passive happening or a running toll,
a refusal, force named as a purpose, no rejection at all, a nominal with "no", an ordered withdrawal."""

from __future__ import annotations

from ..codes import EventType as T
from .clauses import infinitive, makes_act
from .frame_record import Frame, Token
from .lexicon import INTENT_VERBS, LIGHT_VERBS, MOTION_VERBS, SPEECH_VERBS

COOPERATIVE_TYPES = frozenset({T.AGREE, T.CONSULT, T.SUPPORT, T.CONCEDE, T.COOPERATE, T.AID, T.RETREAT})

# Events a passive may report without naming who acted ("was arrested", "were killed", "was accused").
AGENTLESS_TYPES = frozenset({T.ASSAULT, T.COERCE, T.ACCUSE, T.SANCTION, T.REQUEST})
WILL = frozenset({"will", "wo", "would", "'ll"})
REFUSAL_VERBS = frozenset({"refuse", "decline", "reject"})
INTENT_OR_SPEECH = INTENT_VERBS | SPEECH_VERBS | {"threaten", "vow", "pledge", "promise", "warn", "urge", "ask", "agree"}


def _agentless_passive(frame: Frame, event_type: T) -> bool:
    """"was arrested", "have been killed" (a happening), not "is banned" (a state of affairs) nor a toll
    ("more than 300,000 people have been killed since 2011")."""
    verb = frame.trigger
    return event_type in AGENTLESS_TYPES and verb.pos_ == "VERB" and verb is frame.clause_verb and any(
        c.dep_ == "auxpass" and c.lower_ in PAST_PASSIVE | (PRESENT_PASSIVE if verb.lemma_.lower() in ALLEGATION_VERBS else set())
        for c in verb.children  # "is accused of": a charge that stands
    ) and not any(c.dep_ == "agent" for c in verb.children) and not _tally(verb)


ALLEGATION_VERBS = frozenset({"accuse", "charge", "suspect", "indict", "allege"})
PAST_PASSIVE = frozenset({"was", "were", "been", "being"})
PRESENT_PASSIVE = frozenset({"is", "are"})
TALLY_WORDS = frozenset({"since", "altogether", "overall", "cumulatively", "so far", "to date", "in total"})


def _tally(verb: Token) -> bool:
    """"have been killed since the war began", "so far": a running toll, not one event."""
    words = " ".join(t.lower_ for t in verb.subtree)
    return any(f" {w} " in f" {words} " for w in TALLY_WORDS)


def _refuses(frame: Frame, event_type: T) -> bool:
    """Negated willingness to cooperate is a refusal: "would not recognise", "won't negotiate"."""
    verb = frame.clause_verb
    return event_type in COOPERATIVE_TYPES and any(c.lower_ in WILL for c in verb.children if c.dep_ == "aux")


def _is_purpose(frame: Frame) -> bool:
    """"armed volunteers to fight the RSF", "to launch strikes": force named as a purpose has not happened.
    A nominal the purpose clause only mentions ("continued to flee a government assault") has."""
    verb = frame.clause_verb
    if verb is not frame.trigger and verb.lemma_.lower() not in LIGHT_VERBS:
        return False
    head = verb.head
    governor = head.lemma_.lower()
    if frame.entry.event_type is T.REQUEST and governor in TRIPS_TO_PLEAD:
        return False  # "flew to Ankara to urge Turkey ...", "came forward to urge Britain ...", not "went on strike to"
    ordered = governor in ORDERING_VERBS and any(c.dep_ == "auxpass" for c in verb.children)
    caused = makes_act(head)  # "led donors to cut funding", "forced the rebels to withdraw": caused, so done
    return verb.dep_ in ("advcl", "xcomp") and infinitive(verb) \
        and governor not in NOT_PURPOSE and not ordered and not caused


# "attempted to storm a base" (an attack, whatever its outcome), "used chemical weapons to kill civilians"
CARRIED_OUT = frozenset({"attempt", "try", "use", "employ", "able"})  # "was able to bomb Douma"
NOT_PURPOSE = INTENT_OR_SPEECH | CARRIED_OUT  # governors whose "to" clause is content or a deed, not a purpose
TRIPS_TO_PLEAD = (MOTION_VERBS - {"go"}) | {"step"}


DISCLOSURE_VERBS = frozenset({"say", "comment", "confirm", "deny", "disclose", "elaborate", "specify", "reveal", "give",
                              "discuss", "answer", "respond", "speculate", "identify", "name"})


STAYING_VERBS = frozenset({"leave", "go", "depart", "budge", "move"})


def _no_rejection(trigger: Token) -> bool:
    """Refusing to say something rejects no one; denying an act answers an accusation."""
    lemma = trigger.lemma_.lower()
    clauses = [c for c in trigger.children if c.dep_ in ("xcomp", "ccomp")]
    if lemma in ("decline", "refuse") and any(c.lemma_.lower() in DISCLOSURE_VERBS for c in clauses):
        return True
    if lemma == "refuse" and any(c.lemma_.lower() in STAYING_VERBS and not any(
            o.dep_ == "prep" and o.lower_ == "to" for o in c.children) for c in clauses):
        return True  # "fighters refusing to leave the last corner of the town": staying put rejects no one
    if lemma == "deny":
        gerunds = [c for c in trigger.children if c.dep_ in ("dobj", "xcomp", "pcomp") and c.tag_ == "VBG"]
        return bool(clauses or gerunds)
    return False


def _nominal_negated(noun: Token) -> bool:
    return any(c.dep_ == "det" and c.lower_ == "no" for c in noun.children)


ORDERING_VERBS = frozenset({"order", "decide", "announce", "approve", "authorise", "authorize"})


def _ordered(frame: Frame) -> bool:
    """"ordered the withdrawal of US troops", "decided to pull all forces out": decided, not yet done."""
    verb = frame.clause_verb
    if verb is not frame.trigger:
        return verb.lemma_.lower() in ORDERING_VERBS
    return verb.dep_ in ("xcomp", "acl") and verb.head.lemma_.lower() in ORDERING_VERBS
