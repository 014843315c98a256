"""What promises, meetings, releases and aid become once all the frames of a sentence are known: a
promise by what it promises, a pledge at home as a concession, a bloc's delegates meeting among
themselves, a pardon beside a release, and the purpose of aid."""

from __future__ import annotations

from ..codes import EventType as T
from ..schemas import EventCandidate
from .arguments import prep_objects
from .clauses import infinitive, subject_of
from .frame_record import Known, Token, _settle_tokens
from .frames import Frame
from .intent import FORCE_TYPES
from .lexicon import Trigger


def pardoned_and_freed(frames: list[Frame], candidates: dict[int, EventCandidate]) -> None:
    """"Pardoned and freed 18 prisoners": one release, not a pardon beside it."""
    released = {f.trigger.i for f in frames if f.mode == "release" and f.trigger.pos_ == "VERB"}
    for frame in frames:
        candidate = candidates.get(frame.trigger.i)
        verb = frame.trigger
        if candidate is None or frame.entry.event_type is not T.CONCEDE or verb.pos_ != "VERB":
            continue
        linked = {c.i for c in verb.children if c.dep_ == "conj"} | ({verb.head.i} if verb.dep_ == "conj" else set())
        if linked & released:
            candidate.negated = True
            candidate.rule += "+released"


def promised(outer: EventCandidate, promise: Token, inner: EventCandidate, inner_type: T) -> None:
    """What a promise is, by what it promises: force is a threat ("vowed to retaliate against X"), a
    concession or withdrawal a concession ("promised to ease restrictions"), and so is a release one side
    promises ("pledged to free the activists"); a release agreed in a deal stays an agreement."""
    agreed = promise.lemma_.lower() == "agree"
    own = {m.head.start for m in outer.sources}
    if any(m.head.start not in own for m in inner.sources) or any(c.dep_ == "dobj" for c in promise.children):
        return  # "invited Xi to return to Belgrade": the content is someone else's act
    if inner_type in FORCE_TYPES and not agreed:  # "agreed to suspend the contract" threatens no one
        outer.event_type = T.THREATEN.value
    elif inner_type in (T.CONCEDE, T.RETREAT) and (inner.mode != "release" or not agreed):
        outer.event_type = T.CONCEDE.value
    elif inner_type is T.COOPERATE and agreed:  # "agreed to share intelligence": the cooperation itself
        outer.event_type, outer.symmetric = T.COOPERATE.value, True


def purposes_of_aid(frames: list[Frame], candidates: dict[int, EventCandidate]) -> None:
    """"approved a grant to support Ukraine's budget": the support is what the aid is for, not a second event."""
    aid = {t.i: f.trigger.i for f in frames if f.entry.event_type is T.AID and f.trigger.i in candidates
           for t in (f.trigger, f.clause_verb, *(c for c in f.trigger.children if c.dep_ == "dobj"))}
    for frame in frames:
        verb, candidate = frame.clause_verb, candidates.get(frame.trigger.i)
        if candidate is None or frame.entry.event_type not in (T.SUPPORT, T.AID, T.COOPERATE):
            continue
        purpose = verb.dep_ in ("advcl", "relcl", "acl") and infinitive(verb)
        if purpose and aid.get(verb.head.i, frame.trigger.i) != frame.trigger.i:
            candidate.negated = True
            candidate.rule += "+purpose"


def promises_at_home(frames: list[Frame], candidates: dict[int, EventCandidate]) -> None:
    """"The junta pledged to hold elections", "promised to publish all results": a promise that names no
    one else and no act of cooperation is a concession to the promiser's own public (PLOVER CONCEDE)."""
    clause_verbs = {f.clause_verb.i for f in frames}
    for frame in frames:
        candidate = candidates.get(frame.trigger.i)
        if candidate is None or candidate.event_type != T.AGREE.value or candidate.targets or candidate.negated:
            continue
        if frame.trigger.lemma_.lower() not in UNILATERAL_PROMISES:
            continue
        contents = [c for c in frame.trigger.children if c.dep_ == "xcomp" and c.pos_ == "VERB"]
        if contents and not any(c.i in clause_verbs or _names_others(c) for c in contents):
            candidate.event_type = T.CONCEDE.value
            candidate.rule += "+at-home"  # the content decides: the classifier does not overrule it


UNILATERAL_PROMISES = frozenset({"pledge", "promise", "vow", "commit", "offer"})


def _names_others(clause: Token) -> bool:
    """Whether a promise's content names a nation or an outside party ("to buy American goods",
    "to send troops to Mali"); a place where it happens does not count ("to restore internet in Balochistan")."""
    return any(t.ent_type_ == "NORP" or (t.ent_type_ in ("GPE", "ORG") and t.head.lower_ != "in")
               or t.lower_ in JOINT_WORDS for t in clause.subtree)


# the content is done with others: "to restart talks on a trade agreement", "to keep cooperating"
JOINT_WORDS = frozenset({"talks", "negotiations", "agreement", "deal", "trade", "cooperation", "ties", "relations",
                         "jointly", "together", "partnership", "dialogue"})


def gathering(frame: Frame, candidates: dict[int, EventCandidate]) -> bool:
    """"Foreign ministers of the Arab League met in Cairo", "Ecowas defence chiefs convened in Accra":
    the delegates of a bloc meet among themselves (a multilateral consultation with no other side).
    Sets the mode; True when the meeting needs no named counterpart."""
    candidate = candidates.get(frame.trigger.i)
    if candidate is None or candidate.event_type != T.CONSULT.value or candidate.targets or len(frame.sources) != 1:
        return False
    delegates = frame.trigger.lemma_.lower() in GATHERING_VERBS and next(
        (s for s in [subject_of(frame.trigger)] if s is not None and s.lower_ in DELEGATES), None)
    if not delegates:
        return False
    named_bloc = any(t.ent_type_ == "ORG" or (t.pos_ == "PROPN" and t.ent_type_ != "GPE") for t in delegates.subtree)
    summit = any(o.lemma_.lower() in ("summit", "meeting", "talks", "conference") for p in frame.trigger.children
                 if p.dep_ == "prep" and p.lower_ == "for" for o in p.children)
    if named_bloc or summit:
        candidate.mode = "multilateral"
        return True
    return False


GATHERING_VERBS = frozenset({"meet", "gather", "convene", "assemble"})
DELEGATES = frozenset({"leaders", "ministers", "chiefs", "officials", "envoys", "delegates", "heads",
                       "representatives", "negotiators", "diplomats"})


HALT_WORDS = frozenset({"halt", "pause", "suspension", "cessation", "end", "freeze"})
HALTED_FORCE = frozenset({"operations", "operation", "offensive", "attacks", "strikes", "airstrikes", "fighting",
                          "hostilities", "bombing", "bombardment", "shelling", "assault", "raids"})
ANNOUNCING_VERBS = frozenset({"announce", "declare", "order"})
HALT = Trigger(T.CONCEDE, target_preps=("against", "on"), needs_target=False)


def halt_frames(sentence: Token, known: Known) -> list[Frame]:
    """"announced a temporary halt to military operations against a rebel faction": force halted by
    those who used it is a concession to those it was aimed at (the nominal of a halting verb)."""
    found = []
    for noun in sentence:
        if noun.lower_ not in HALT_WORDS or noun.dep_ != "dobj" or noun.head.lemma_.lower() not in ANNOUNCING_VERBS:
            continue
        force = [o for o in prep_objects(noun, ["to", "in", "of", "on"]) if o.lower_ in HALTED_FORCE]
        subject = subject_of(noun.head)
        if not force or subject is None:
            continue
        frame = Frame(noun, HALT, noun.lower_, noun.head, sources=[subject],
                      targets=[t for f in force for t in prep_objects(f, ["against", "on"])])
        _settle_tokens(frame, known)
        found.append(frame)
    return found
