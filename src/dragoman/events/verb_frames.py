"""Verb frames ("shelled the town", "called on X to ...", "cut ties with X"): the event a verb
names, retyped by its object where that decides, and the tokens of its source and target."""

from __future__ import annotations

from ..codes import EventType
from .arguments import children_with, is_actor_like, prep_objects
from .censure import blame_label, held_responsible, special_roles, state_protest
from .clauses import infinitive, subject_of
from .confinement import (
    PEOPLE_NOUNS,
    PEOPLE_PRONOUNS,
    force_encircles,
    participle_target,
    people_seized,
    reported_participle,
)
from .frame_record import Frame, Known, Token, _settle_tokens, _weapons_test, place_objects
from .lexicon import LIGHT_VERBS, VERB_MODES, Trigger, lookup_verb
from .nominals import _quantity_of_event, _subject_as_source, noun_agents, noun_entry
from .retype import (
    is_test_fire,
    moved_by_whom,
    object_entry,
    retyped_by_object,
    riot_or_cyber,
    sentenced_to_a_term,
)
from .roles import Roles, _passive_subjects, agent_objects, force_backers
from .verb_shapes import (
    _armed_by,
    _bare_participle,
    _directive,
    _naming,
    _objects,
    _phrasal,
    _phrase_tokens,
    _reduced_relative,
    _shared_objects,
    direct_objects,
    is_verbal,
)

PLACE_TARGET_TYPES = frozenset({EventType.ASSAULT, EventType.COERCE, EventType.MOBILIZE})


def verb_frame(verb: Token, known: Known) -> Frame | None:
    """Frame for a verb trigger ("shelled", "called on", "cut ties"), or None."""
    if not is_verbal(verb):
        return None
    roles = special_roles(verb)
    if roles is not None:
        return _roles_frame(verb, roles, known)
    ordered = ordered_done(verb) is not None
    if _described(verb, ordered):
        return None
    judged = blame_label(verb) or held_responsible(verb) or force_encircles(verb) or state_protest(verb)
    naming = _naming(verb) if judged is None else None
    phrasal = _phrasal(verb) if judged is None else None
    if judged is not None:
        key, entry = verb.lemma_.lower(), judged
    elif naming is not None:
        if naming[1] is None:
            return None
        key, entry = naming  # type: ignore[assignment]
    elif phrasal is not None:
        key, entry = phrasal
    elif is_test_fire(verb):
        key, entry = "test-fire", Trigger(EventType.MOBILIZE, "weapons", direct_object=False)
    elif _directive(verb):
        key, entry = verb.lemma_.lower(), Trigger(EventType.REQUEST, needs_target=True)
    elif (moved := moved_by_whom(verb)) is not None:
        key, entry = verb.lemma_.lower(), moved
    else:
        found = lookup_verb(verb.lemma_.lower())
        if found is None and not any(object_entry(verb.lemma_.lower(), d) for d in _objects(verb)):
            return None
        key, entry = verb.lemma_.lower(), found or Trigger(EventType.SUPPORT)
    dobjs = direct_objects(verb)
    if _object_says_no(verb, key, dobjs, known):
        return None
    mode = VERB_MODES.get(key) or entry.mode
    objects = _objects(verb) or (ordered_objects(verb) if ordered else [])  # "ordered his passport revoked"
    retyped = retyped_by_object(verb, entry, objects) or sentenced_to_a_term(verb, entry)
    if retyped is not None:
        entry, mode = retyped[0], retyped[1] or mode
    frame = verb_frame_for(verb, entry, key, mode, known)
    frame.retyped = frame.retyped or retyped is not None
    return frame


def _described(verb: Token, ordered: bool) -> bool:
    """"women held hostage", "a loan backed by assets": descriptions, not events (but "the news that they had
    attacked X" is a clause of its own); "ordered her citizenship revoked": the revocation is the event."""
    described = verb.dep_ == "acl" and verb.tag_ == "VBN" and not reported_participle(verb) and not (
        children_with(verb, ["nsubj", "aux"]) and not _disputed(verb.head))
    if (described and not _armed_by(verb)) or (_reduced_relative(verb) and not ordered) or _bare_participle(verb):
        return True
    return any(ordered_done(c) is not None for c in verb.children)


def _object_says_no(verb: Token, key: str, dobjs: list[Token], known: Known) -> bool:
    """Objects that make the verb no event of its own: "contradicting the advice of his generals" (a rebuttal
    of a person only), "traded accusations with Kyiv", "signed an agreement" (the nominal carries it)."""
    if key in NAMED_ONLY and not all(is_actor_like(d, known) for d in dobjs):
        return True
    if key == "trade with" and dobjs:
        return True
    if key in PEOPLE_MOVED and dobjs and all(_a_person(d) for d in dobjs):
        return True  # "transferred the detainees to another camp": people moved, no aid given

    return verb.lemma_.lower() in LIGHT_VERBS and any(noun_entry(d) or _quantity_of_event(d) for d in dobjs)


PEOPLE_MOVED = frozenset({"transfer"})


def _a_person(token: Token) -> bool:
    return token.ent_type_ == "PERSON" or token.lower_ in PEOPLE_PRONOUNS or token.lemma_.lower() in PEOPLE_NOUNS


def _roles_frame(verb: Token, roles: Roles, known: Known) -> Frame:
    """A frame whose arguments the construction placed ("came under fire from X": X criticised the subject)."""
    frame = Frame(verb, roles.entry, roles.key, verb, list(roles.sources), list(roles.targets), roles.entry.mode,
                  agentless=roles.agentless, negation_is_content=roles.negation_is_content, retyped=roles.worded)
    _settle_tokens(frame, known)
    return frame


def verb_frame_for(verb: Token, entry: Trigger, key: str, mode: str | None, known: Known) -> Frame:
    """The frame of a verb whose event type is already decided (by the lexicon or the classifier)."""
    frame = Frame(verb, entry, key, verb, mode=mode)
    _verb_arguments(frame, verb, direct_objects(verb) or _shared_objects(verb))
    if entry.event_type is EventType.ASSAULT:
        frame.sources.extend(force_backers(verb, frame.sources))
    frame.entry, frame.mode = riot_or_cyber(frame.entry, frame.mode, frame.sources)
    _weapons_test(frame, heads_only=True)  # before settling: "into the sea" names no actor, but says where
    _settle_tokens(frame, known)
    arrest = people_seized(frame.mode, frame.targets)
    frame.retyped, frame.mode = arrest != frame.mode, arrest  # "captured two jihadists": the object decides
    if not frame.targets and frame.entry.event_type in PLACE_TARGET_TYPES:
        frame.targets = place_objects(verb)
    _weapons_test(frame)
    return frame


def _verb_arguments(frame: Frame, verb: Token, dobjs: list[Token]) -> None:
    entry = frame.entry
    orderer = ordered_done(verb)
    passive_subjects = _sufferers(verb, entry, orderer)
    if verb.dep_ == "acl" and _armed_by(verb):  # "rebels trained and armed by the US"
        frame.sources.extend(_armed_by(verb))
        frame.targets.append(verb.head)
    elif passive_subjects:
        frame.targets.extend(passive_subjects)
        frame.sources.extend(agent_objects(verb))
        if not frame.sources and orderer is not None:  # "ordered her citizenship to be revoked": by the orderer
            frame.sources.extend([who] if (who := subject_of(orderer)) is not None else [])
        if not frame.sources:  # "destroyed in an Israeli airstrike", not "killed in an attack in Kidal"
            frame.sources.extend(o for o in prep_objects(verb, ["in", "by"]) if noun_entry(o) and noun_agents(o))
    else:
        _subject_as_source(frame, verb)
        if (first := first_to(verb)) is not None:
            frame.sources = [first]  # "the first to congratulate Biden was Modi"
        idiom_objects = {frame.key.split(" ", 1)[1]} if " " in frame.key else set()
        if entry.direct_object:
            frame.targets.extend(d for d in dobjs if d.lower_ not in idiom_objects
                                 and not (entry.mode == "visit" and d.lemma_.lower() in NOT_GUESTS))
        frame.targets.extend(c for c in children_with(verb, ["dative"]) if c.pos_ != "ADP")
        if entry.mode == "phone" and not dobjs:  # "Macron called Putin on Sunday": parsed as a predicate
            frame.targets.extend(c for c in children_with(verb, ["oprd"]) if c.pos_ == "PROPN")
        if entry.event_type is EventType.AID and not entry.direct_object and prep_objects(verb, ["with"]):
            frame.targets.extend(dobjs)  # "supplied the Houthis with drones": the object receives
    frame.targets.extend(prep_objects(verb, entry.target_preps))
    for dobj in dobjs:  # "set its sights on X", "suspended all trade with Israel", "sent supplies to X"
        if not entry.direct_object or " " in frame.key:
            frame.targets.extend(prep_objects(dobj, entry.target_preps))
    _targets_in_clauses(frame, verb)
    if not frame.sources and frame.targets and entry.event_type not in (EventType.RETREAT, EventType.CONCEDE):
        frame.sources.extend(decided_by(verb))  # "his decision to revoke her citizenship": done to someone named
    if not frame.targets and not entry.direct_object and "with" in entry.target_preps:
        # "discussed the state of the talks with X", "spoke by telephone with X": the parser hung
        # the partner on a noun inside the verb phrase
        frame.targets.extend(d for d in _phrase_tokens(verb) if d.dep_ == "pobj" and d.head.lower_ == "with")


def _sufferers(verb: Token, entry: Trigger, orderer: Token | None) -> list[Token]:
    """Who a passive verb was done to: its passive subject, what an order was done to, the antecedent of a
    relative pronoun, or the main clause's subject ("is in prison after being convicted")."""
    found = _passive_subjects(verb) if orderer is None else ordered_objects(verb)  # "arrested and charged"
    if verb.dep_ == "relcl":  # "Kotey, who was captured by the SDF": the one the relative pronoun stands for
        found = [verb.head if s.tag_ in ("WP", "WDT") else s for s in found]
    if not found and verb.dep_ in ("pcomp", "advcl") and children_with(verb, ["auxpass"]):
        # "is in prison after being convicted", "having been captured by the SDF"
        main = verb.head.head if verb.dep_ == "pcomp" else verb.head
        found = [who] if (who := subject_of(verb)) is not None else children_with(main, ["nsubjpass"])
    if not found and entry.event_type in (EventType.COERCE, EventType.ACCUSE):
        found = participle_target(verb)  # "a woman captured by Kurdish forces"
    return found


def _targets_in_clauses(frame: Frame, verb: Token) -> None:
    """Targets named inside the verb's clauses when its own arguments name none."""
    entry = frame.entry
    if not frame.targets and (entry.event_type in CLAUSE_TARGET_TYPES or frame.key == "threaten"):
        for clause in children_with(verb, ["ccomp"]):  # "demanded that North Korea stop its tests"
            subject = subject_of(clause) or next(iter(children_with(clause, ["nsubjpass"])), None)
            frame.targets.extend([subject] if subject is not None else [])  # "demanded that its presence is reined back"
    if not frame.targets and entry.event_type is EventType.CONCEDE:
        for reason in children_with(verb, ["advcl"]):  # "withdrew the bill, bowing to the demands of protesters"
            if reason.lemma_.lower() in YIELDING_VERBS:
                frame.targets.extend(prep_objects(reason, ["to"]))
    if not frame.targets and entry.event_type in CONTENT_TYPES:
        for content in children_with(verb, ["xcomp"]):  # "refused to cede territory to Russia"
            frame.targets.extend(children_with(content, ["dobj", "dative"]))
            frame.targets.extend(prep_objects(content, ("to", "with", "on", "against", "into")))


DISPUTING_VERBS = frozenset({"deny", "reject", "dismiss", "refute", "dispute", "question", "doubt", "rebut"})


def _disputed(noun: Token) -> bool:
    """"denied reports that it had deported refugees": the content of a disputed report did not happen."""
    governor = noun.head
    return noun.dep_ in ("dobj", "pobj") and (governor.lemma_.lower() in DISPUTING_VERBS or (
        governor.dep_ == "prep" and governor.head.lemma_.lower() in DISPUTING_VERBS))


NAMED_ONLY = frozenset({"contradict", "refute", "rebut", "defy"})  # rebutting a person, not an argument or norm
RANKING_WORDS = frozenset({"one", "few", "first", "last", "only", "latest"})


def first_to(verb: Token) -> Token | None:
    """"One of the few to welcome the decision has been Putin", "the first to congratulate Biden was Modi":
    the one named after the copula acted."""
    head = verb.head
    if verb.dep_ not in ("acl", "relcl") or head.lower_ not in RANKING_WORDS or not infinitive(verb):
        return None
    if head.dep_ == "pobj" and head.head.lower_ == "of":
        head = head.head.head  # "one of the few"
    if head.dep_ != "nsubj" or head.head.lemma_ != "be":
        return None
    return next(iter(children_with(head.head, ["attr"])), None)


DECISION_NOUNS = frozenset({"decision", "move", "choice", "step", "steps", "measure", "measures"})


def decided_by(verb: Token) -> list[Token]:
    """"his decision to revoke her citizenship", "Turkey's move to close the border", "governments taking steps to
    block their return": the one who decided acts."""
    head = verb.head
    if verb.dep_ != "acl" or head.lemma_.lower() not in DECISION_NOUNS or not infinitive(verb):
        return []
    owners = [c for c in head.children if c.dep_ == "poss" or (
        c.dep_ in ("amod", "compound", "nmod") and c.ent_type_ in ("NORP", "GPE", "ORG"))]
    if not owners and head.dep_ == "dobj" and head.head.lemma_.lower() in ("make", "take", "announce"):
        owners = [who] if (who := subject_of(head.head)) is not None else []  # "Turkey made the decision to ..."
    return owners


ORDERING_LEMMAS = frozenset({"order", "direct", "command"})


def ordered_done(verb: Token) -> Token | None:
    """The verb that ordered ``verb`` done to someone, unnamed who does it: "ordered her citizenship (to be)
    revoked", "ordered the journalists arrested". The one who orders is the one who acts."""
    head = verb.head
    if verb.dep_ not in ("ccomp", "xcomp") or verb.tag_ != "VBN" or head.lemma_.lower() not in ORDERING_LEMMAS:
        return None
    if children_with(verb, ["agent", "dobj"]):
        return None
    passive = children_with(verb, ["auxpass"]) or (
        children_with(verb, ["nsubj"]) and not children_with(verb, ["aux"]))
    return head if passive and ordered_objects(verb) else None


def ordered_objects(verb: Token) -> list[Token]:
    """What an order is done to: "ordered her citizenship revoked", "ordered the citizenship of X to be revoked"."""
    return children_with(verb, ["nsubjpass", "nsubj"]) or (
        children_with(verb.head, ["dobj"]) if verb.dep_ == "xcomp" else [])


CONTENT_TYPES = frozenset({EventType.REJECT, EventType.REQUEST})

# Types whose object clause names the target: "demanded that X stop" (and "threatened that X would pay",
# but not "warned that X could attack": a warning about X).
CLAUSE_TARGET_TYPES = frozenset({EventType.REQUEST, EventType.ACCUSE, EventType.AID})

# What a country hosts that is no visitor: "hosts a large US air base", "hosts two million refugees".
NOT_GUESTS = frozenset({"base", "headquarters", "facility", "office", "embassy", "refugee", "migrant", "camp",
                        "troop", "force", "soldier", "tournament", "games", "olympics", "festival", "exhibition"})
YIELDING_VERBS = frozenset({"bow", "yield", "cave", "give", "bend", "respond", "heed", "concede"})
