"""Trigger frames: a trigger word with its agent and target tokens, read off the parse."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field, replace
from typing import Any

from ..codes import EventType
from .arguments import children_with, find_actor_inside, is_actor_like, prep_objects
from .censure import (
    CENSURE_LEMMAS,
    Roles,
    blame_label,
    force_encircles,
    held_responsible,
    participle_target,
    people_seized,
    reported_participle,
    special_roles,
    state_protest,
)
from .clauses import subject_of
from .lexicon import (
    BLAME_WORDS,
    HOSTILE_INTENT_PHRASES,
    LIGHT_VERBS,
    MOTION_VERBS,
    NOUN_MODES,
    NOUN_RETYPE,
    NOUNS,
    OBJECT_RETYPE,
    PRAISE_WORDS,
    SPEECH_VERBS,
    VERB_MODES,
    VERBS,
    Trigger,
    lookup_noun,
    lookup_verb,
)
from .retype import (
    is_test_fire,
    leaves_grouping,
    moved_by_whom,
    retyped_by_object,
    riot_or_cyber,
    sentenced_to_a_term,
)

Token = Any
Known = Callable[[str], bool] | None

PARTICLES = ("prt", "prep", "advmod")
PLACE_TARGET_TYPES = frozenset({EventType.ASSAULT, EventType.COERCE, EventType.MOBILIZE})
PLACE_PREPS = frozenset({"in", "into", "near", "on", "across", "at"})
JOINT = frozenset({"joint", "combined"})
DRILLS = frozenset({"drill", "exercise", "manoeuvre", "maneuver", "war game"})



@dataclass
class Frame:
    """A trigger with the tokens heading its source and target phrases."""

    trigger: Token
    entry: Trigger
    key: str  # lexicon key that matched ("call on", "airstrikes")
    clause_verb: Token  # verb whose clause carries modality (the light verb for nominals)
    sources: list[Token] = field(default_factory=list)
    targets: list[Token] = field(default_factory=list)
    mode: str | None = None
    retyped: bool = False  # the type comes from the object or the light verb, not the trigger word
    unclaimed: Token | None = None  # an attack noun with no agent as subject ("a car bomb killed ...")
    agentless: bool = False  # reported without naming who acted ("came under fire for his decision")
    negation_is_content: bool = False  # "was not allowed to leave": the negation is the event


def is_verbal(token: Token) -> bool:
    """A verb, or a word the tagger called a noun where the parse makes it one ("offered to host talks")."""
    if token.pos_ == "VERB":
        return True
    return token.pos_ == "NOUN" and token.dep_ in ("xcomp", "ccomp") and any(
        c.dep_ == "aux" and c.lower_ == "to" for c in token.children
    )


def _phrasal(verb: Token) -> tuple[str, Trigger] | None:
    """"call on", "pull out", "cut ties", "set its sights": verb plus particle or object."""
    for child in verb.children:
        if child.dep_ == "prep" and any(o.ent_type_ in ("DATE", "TIME") for o in child.children):
            continue  # "called Netanyahu on Sunday" is no "call on"
        if child.i > verb.i and (child.dep_ in PARTICLES or child.dep_ == "dobj"):
            key = f"{verb.lemma_.lower()} {child.lower_}"
            if key in VERBS:
                return key, VERBS[key]
        if child.dep_ == "dobj":
            pair = (verb.lemma_.lower(), child.lemma_.lower())
            if pair in HOSTILE_INTENT_PHRASES:
                return f"{pair[0]} {child.lower_}", Trigger(
                    HOSTILE_INTENT_PHRASES[pair], target_preps=("on", "at", "against"), needs_target=True
                )
    return None


def direct_objects(verb: Token) -> list[Token]:
    """Objects of a verb, including the noun of a reduced relative the parser made a clause."""
    return children_with(verb, ["dobj"]) or [
        s for c in verb.children if _reduced_relative(c) for s in c.children if s.dep_ == "nsubj"
    ]


def _reduced_relative(clause: Token) -> bool:
    """"released two women held hostage": the parser made "women held" a clause; it is a description."""
    if clause.dep_ != "ccomp" or clause.tag_ not in ("VBN", "VBD") or clause.head.lemma_.lower() in SPEECH_VERBS:
        return False
    return not any(c.dep_ in ("aux", "auxpass", "mark") for c in clause.children) and any(
        c.dep_ == "nsubj" and c.pos_ == "NOUN" for c in clause.children
    )


def _objects(verb: Token) -> list[Token]:
    """Direct objects, the subject of an object clause ("allowed observers to monitor the vote") and the
    subject of a passive ("the border was closed by the junta")."""
    found = children_with(verb, ["dobj"]) or children_with(verb, ["nsubjpass"])
    for clause in children_with(verb, ["ccomp", "xcomp"]):
        found.extend(c for c in clause.children if c.dep_ == "nsubj" and c.pos_ in ("NOUN", "PROPN"))
    return found


def verb_frame(verb: Token, known: Known) -> Frame | None:
    """Frame for a verb trigger ("shelled", "called on", "cut ties"), or None."""
    if not is_verbal(verb):
        return None
    roles = special_roles(verb)
    if roles is not None:
        return _roles_frame(verb, roles, known)
    described = verb.dep_ == "acl" and verb.tag_ == "VBN" and not reported_participle(verb)
    if (described and not _armed_by(verb)) or _reduced_relative(verb) or _bare_participle(verb):
        return None  # "women held hostage", "a loan backed by assets": descriptions, not events
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
    elif moved_by_whom(verb) is not None:
        key, entry = verb.lemma_.lower(), moved_by_whom(verb)  # type: ignore[assignment]
    else:
        found = lookup_verb(verb.lemma_.lower())
        objects = [*_objects(verb), *(o for d in _objects(verb) for o in prep_objects(d, ["of"]))]
        if found is None and not any((verb.lemma_.lower(), d.lemma_.lower()) in OBJECT_RETYPE
                                     or (verb.lemma_.lower(), d.lower_) in OBJECT_RETYPE for d in objects):
            return None
        key, entry = verb.lemma_.lower(), found or Trigger(EventType.SUPPORT)
    dobjs = direct_objects(verb)
    if verb.lemma_.lower() in LIGHT_VERBS and any(noun_entry(d) or _quantity_of_event(d) for d in dobjs):
        return None  # "signed an agreement", "launched strikes": the nominal carries the event
    mode = VERB_MODES.get(key) or entry.mode
    retyped = retyped_by_object(verb, entry, _objects(verb)) or sentenced_to_a_term(verb, entry)
    if retyped is not None:
        entry, mode = retyped[0], retyped[1] or mode
    frame = verb_frame_for(verb, entry, key, mode, known)
    frame.retyped = frame.retyped or retyped is not None
    return frame


DIRECTIVE_VERBS = frozenset({"tell", "advise"})


def _bare_participle(verb: Token) -> bool:
    """"When asked about the strikes, the minister ...": the main subject was asked; it asked no one."""
    return verb.dep_ == "advcl" and verb.tag_ == "VBN" and not any(
        c.dep_ in ("aux", "auxpass", "nsubj", "nsubjpass", "agent") for c in verb.children)
# Help that describes whom it reached: "Kurdish groups, armed by Washington" asserts the aid.
ARMING_VERBS = frozenset({"arm", "train", "equip", "fund", "finance", "bankroll", "supply"})


def _armed_by(verb: Token) -> list[Token]:
    """The agents of "armed (and trained) by X" said of a group, or [] for any other description."""
    if verb.lemma_.lower() not in ARMING_VERBS:
        return []
    return [o for v in (verb, *verb.conjuncts) for a in v.children if a.dep_ == "agent"
            for o in a.children if o.dep_ == "pobj"]
NAMING_VERBS = frozenset({"call", "label", "brand", "dub", "term"})


def _naming(verb: Token) -> tuple[str, Trigger | None] | None:
    """"Erdogan called Assad a terrorist" (ACCUSE), "called her a hero" (SUPPORT), "call them the
    Daeshis" (no event, and no phone call): a name given to someone is judged by its words."""
    if verb.lemma_.lower() not in NAMING_VERBS or not children_with(verb, ["dobj"]):
        return None
    labels = [c for c in verb.children if c.dep_ == "oprd"] + [  # "called the minister a war criminal":
        a for d in children_with(verb, ["dobj"]) for a in d.children  # an apposition with no comma
        if a.dep_ == "appos" and not any(t.is_punct for t in a.doc[d.i: a.left_edge.i])]
    if not labels:
        return None
    words = {t.lower_ for label in labels for t in [label, *label.children, *label.conjuncts]}
    if words & BLAME_WORDS:
        return verb.lemma_.lower(), Trigger(EventType.ACCUSE, "allege", needs_target=True)
    if words & PRAISE_WORDS:
        return verb.lemma_.lower(), Trigger(EventType.SUPPORT, needs_target=True)
    return verb.lemma_.lower(), None


def _roles_frame(verb: Token, roles: Roles, known: Known) -> Frame:
    """A frame whose arguments the construction placed ("came under fire from X": X criticised the subject)."""
    frame = Frame(verb, roles.entry, roles.key, verb, list(roles.sources), list(roles.targets), roles.entry.mode,
                  agentless=roles.agentless, negation_is_content=roles.negation_is_content)
    _settle_tokens(frame, known)
    return frame


def _shared_objects(verb: Token) -> list[Token]:
    """"the authorities arrested and charged him": the object the next conjunct names is shared."""
    return [o for c in children_with(verb, ["conj"]) if c.pos_ == "VERB" and subject_of(verb) is not None
            and not children_with(c, ["nsubj", "nsubjpass"]) for o in children_with(c, ["dobj"])]


def _directive(verb: Token) -> bool:
    """"Erdogan told the US to get out of the way": telling someone to act is a demand."""
    return verb.lemma_.lower() in DIRECTIVE_VERBS and bool(children_with(verb, ["dobj"])) and any(
        c.dep_ == "xcomp" and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children) for c in verb.children
    )


def verb_frame_for(verb: Token, entry: Trigger, key: str, mode: str | None, known: Known) -> Frame:
    """The frame of a verb whose event type is already decided (by the lexicon or the classifier)."""
    frame = Frame(verb, entry, key, verb, mode=mode)
    _verb_arguments(frame, verb, direct_objects(verb) or _shared_objects(verb))
    frame.entry, frame.mode = riot_or_cyber(frame.entry, frame.mode, frame.sources)
    _weapons_test(frame, heads_only=True)  # before settling: "into the sea" names no actor, but says where
    _settle_tokens(frame, known)
    arrest = people_seized(frame.mode, frame.targets)
    frame.retyped, frame.mode = arrest != frame.mode, arrest  # "captured two jihadists": the object decides
    if not frame.targets and frame.entry.event_type in PLACE_TARGET_TYPES:
        frame.targets = place_objects(verb)
    _weapons_test(frame)
    return frame


WATERS = frozenset({"sea", "ocean", "gulf", "waters"})


def _weapons_test(frame: Frame, heads_only: bool = False) -> None:
    """"Launched missiles into the Yellow Sea": fire aimed only at open water is a weapons test.

    Before actors are settled only the target words themselves count ("into the sea"), not the places
    inside them ("at a cargo ship in the Gulf of Aden").
    """
    if frame.entry.event_type is not EventType.ASSAULT or not frame.targets:
        return
    def water(target: Token) -> bool:
        return target.lower_ in WATERS or (not heads_only and any(t.lower_ in WATERS for t in target.subtree))

    if all(water(target) for target in frame.targets):
        frame.entry = replace(frame.entry, event_type=EventType.MOBILIZE, needs_target=False)
        frame.mode, frame.targets = "weapons", []


def _verb_arguments(frame: Frame, verb: Token, dobjs: list[Token]) -> None:
    entry = frame.entry
    passive_subjects = children_with(verb, ["nsubjpass"])
    if not passive_subjects and entry.event_type in (EventType.COERCE, EventType.ACCUSE):
        passive_subjects = participle_target(verb)  # "a woman captured by Kurdish forces"
    if verb.dep_ == "acl" and _armed_by(verb):  # "rebels trained and armed by the US"
        frame.sources.extend(_armed_by(verb))
        frame.targets.append(verb.head)
    elif passive_subjects:
        frame.targets.extend(passive_subjects)
        for agent in children_with(verb, ["agent"]):
            frame.sources.extend(children_with(agent, ["pobj"]))
        if not frame.sources:  # "destroyed in an Israeli airstrike", not "killed in an attack in Kidal"
            frame.sources.extend(o for o in prep_objects(verb, ["in", "by"]) if noun_entry(o) and noun_agents(o))
    else:
        _subject_as_source(frame, verb)
        idiom_objects = {frame.key.split(" ", 1)[1]} if " " in frame.key else set()
        if entry.direct_object:
            frame.targets.extend(d for d in dobjs if d.lower_ not in idiom_objects
                                 and not (entry.mode == "visit" and d.lemma_.lower() in NOT_GUESTS))
        frame.targets.extend(c for c in children_with(verb, ["dative"]) if c.pos_ != "ADP")
        if entry.event_type is EventType.AID and not entry.direct_object and prep_objects(verb, ["with"]):
            frame.targets.extend(dobjs)  # "supplied the Houthis with drones": the object receives
    frame.targets.extend(prep_objects(verb, entry.target_preps))
    for dobj in dobjs:  # "set its sights on X", "suspended all trade with Israel", "sent supplies to X"
        if not entry.direct_object or " " in frame.key:
            frame.targets.extend(prep_objects(dobj, entry.target_preps))
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
    if not frame.targets and not entry.direct_object and "with" in entry.target_preps:
        # "discussed the state of the talks with X", "spoke by telephone with X": the parser hung
        # the partner on a noun inside the verb phrase
        frame.targets.extend(d for d in _phrase_tokens(verb) if d.dep_ == "pobj" and d.head.lower_ == "with")


def _subject_as_source(frame: Frame, verb: Token) -> None:
    """The verb's subject acts, unless it is an attack noun with no agent: "a car bomb killed 26"
    names no one, and lends its mode."""
    subject = subject_of(verb)
    if subject is None:
        return
    found = noun_entry(subject)
    if found is not None and found[1].event_type is EventType.ASSAULT and not noun_agents(subject):
        frame.unclaimed = subject
        frame.mode = frame.mode or NOUN_MODES.get(found[0])
    else:
        frame.sources.append(subject)


def noun_agents(noun: Token) -> list[Token]:
    """Who carried out a nominal event: "Israeli airstrike", "Russia's attack", "an attack by gunmen"."""
    return [c for c in noun.children if _agentive(c)] or prep_objects(noun, ["by"]) or prep_objects(noun, ["between"])


def _agentive(modifier: Token) -> bool:
    """"Russia's", "Israeli", "government" (assault) name an agent; "Saturday's" names a day."""
    if modifier.ent_type_ in ("DATE", "TIME"):
        return False
    if modifier.dep_ == "poss" or modifier.dep_ in ("amod", "compound", "nmod") and modifier.ent_type_ in (
            "NORP", "GPE", "ORG"):
        return True
    return modifier.dep_ == "compound" and modifier.lower_ in ARMED_AGENT_NOUNS


# Common nouns that, as a modifier, name who used force: "a government assault", "an army offensive".
ARMED_AGENT_NOUNS = frozenset({"government", "regime", "army", "military", "rebel", "militia", "police", "coalition",
                               "insurgent", "militant", "jihadist", "junta", "navy", "opposition"})


def condition_subjects(verb: Token) -> list[Token]:
    """"threatened to impose controls if Washington expanded its restrictions": the threatened party."""
    found: list[Token] = []
    for clause in verb.subtree:
        if clause.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in ("if", "unless") for c in clause.children):
            found.extend(c for c in clause.children if c.dep_ == "nsubj")
            found.extend(o for a in clause.children if a.dep_ == "agent" for o in a.children if o.dep_ == "pobj")
    return found[:1]  # "if attacked by South Korea and the United States": conjuncts join at expansion


def _phrase_tokens(verb: Token) -> list[Token]:
    """Tokens of the verb phrase, not descending into other clauses."""
    out: list[Token] = []
    stack = [c for c in verb.children if c.dep_ not in CLAUSE_DEPS]
    while stack:
        token = stack.pop()
        out.append(token)
        stack.extend(c for c in token.children if c.dep_ not in CLAUSE_DEPS)
    return out


CONTENT_TYPES = frozenset({EventType.REJECT, EventType.REQUEST})
# Types whose object clause names the target: "demanded that X stop" (and "threatened that X would pay",
# but not "warned that X could attack": a warning about X).
CLAUSE_TARGET_TYPES = frozenset({EventType.REQUEST, EventType.ACCUSE, EventType.AID})
# What a country hosts that is no visitor: "hosts a large US air base", "hosts two million refugees".
NOT_GUESTS = frozenset({"base", "headquarters", "facility", "office", "embassy", "refugee", "migrant", "camp",
                        "troop", "force", "soldier", "tournament", "games", "olympics", "festival", "exhibition"})
YIELDING_VERBS = frozenset({"bow", "yield", "cave", "give", "bend", "respond", "heed", "concede"})
CLAUSE_DEPS = frozenset({"ccomp", "xcomp", "advcl", "relcl", "acl", "conj", "parataxis", "nsubj", "csubj"})


def _settle_tokens(frame: Frame, known: Known) -> None:
    """Each argument token becomes the actor it names (or one inside it), once."""
    crowd = frame.sources[:1] if frame.entry.event_type is EventType.PROTEST else []
    for side in ("sources", "targets"):
        tokens = [t for t in (_actor_or_inside(t, known) for t in getattr(frame, side)) if t is not None]
        setattr(frame, side, list({t.i: t for t in tokens}.values()))
    if not frame.sources and crowd:
        frame.sources = crowd  # "Tens of thousands of people rallied": a crowd protests
    several = len(frame.sources) > 1 or any(c.dep_ == "conj" for t in frame.sources for c in t.children)
    if frame.entry.symmetric and several:  # "Biden and Xi met ..., their first talks": the pair
        frame.targets = [t for t in frame.targets if t.lower_ not in COLLECTIVE_PRONOUNS]


COLLECTIVE_PRONOUNS = frozenset({"their", "them", "they", "each", "other", "themselves"})


def _actor_or_inside(token: Token, known: Known) -> Token | None:
    if is_actor_like(token, known):
        return token
    return find_actor_inside(token, known)


def place_objects(verb: Token) -> list[Token]:
    """Where force landed, as its target: "bombed a camp ... in Rafah" -> Rafah (coded to its country)."""
    for token in verb.subtree:
        if token.dep_ == "pobj" and token.head.lower_ in PLACE_PREPS:
            for inner in token.subtree:
                named_place = inner.pos_ == "PROPN" and inner.ent_type_ not in ("PERSON", "DATE", "TIME", "ORG", "NORP")
                if (inner.ent_type_ in ("GPE", "LOC", "FAC") or named_place) and inner.dep_ != "compound":
                    return [inner]
    return []


def _is_ceasefire(noun: Token) -> bool:
    doc = noun.doc
    return noun.lower_ == "fire" and noun.i >= 1 and (doc[noun.i - 1].lower_ == "cease" or (
        noun.i >= 2 and doc[noun.i - 1].text == "-" and doc[noun.i - 2].lower_ == "cease"))


def noun_entry(noun: Token) -> tuple[str, Trigger] | None:
    if noun.pos_ not in ("NOUN", "PROPN") or _is_ceasefire(noun):
        return None
    for child in noun.children:  # "air strikes", "phone call", "drone strike"
        if child.dep_ in ("compound", "amod") and child.i == noun.i - 1:
            key = f"{child.lower_} {noun.lower_}"
            entry = lookup_noun(key)
            if entry is not None:
                return key, entry
    if noun.lower_ == "call" and prep_objects(noun, ["for"]):
        return "call for", Trigger(EventType.REQUEST, target_preps=("to", "on"), needs_target=True)
    if any(t.lower_ in JOINT for c in noun.lefts for t in c.subtree):  # "a joint patrol", "joint army exercise"
        return f"joint {noun.lower_}", Trigger(EventType.COOPERATE, target_preps=("with",), symmetric=True,
                                               needs_target=True)
    if noun.lemma_.lower() in DRILLS and not prep_objects(noun, ["with"]):  # one side's drills: readiness
        return noun.lower_, Trigger(EventType.MOBILIZE, "weapons", target_preps=("near", "along", "off"))
    entry = lookup_noun(noun.lower_)
    return (noun.lower_, entry) if entry is not None else None


def _quantity_of_event(noun: Token) -> Token | None:
    """"30 tonnes of medical supplies", "500 million pounds in military aid": the event noun inside."""
    for prep in noun.children:
        if prep.dep_ == "prep" and prep.lower_ in ("of", "in"):
            for obj in prep.children:
                if obj.dep_ == "pobj" and noun_entry(obj):
                    return obj  # type: ignore[no-any-return]
    return None


def _governing_verb(noun: Token) -> tuple[Token, str] | None:
    """The verb that lends a nominal its agent, and how: as object, as quantity, or as purpose."""
    head = noun.head
    if noun.dep_ in ("dobj", "attr", "nsubjpass", "conj") and (head.pos_ == "AUX" or is_verbal(head)):
        return head, "object"
    if noun.dep_ == "pobj" and head.dep_ == "agent":  # "were suffocated by a chemical attack"
        return head.head, "by"
    if noun.dep_ == "pobj" and head.dep_ == "prep":
        verb = head.head
        quantity = verb.dep_ == "dobj" and not noun_entry(verb)  # "tonnes of supplies", not "a strike in protest"
        if head.lower_ in ("of", "in") and quantity and verb.head.lemma_.lower() in LIGHT_VERBS:
            return verb.head, "object"  # "sent 30 tonnes of supplies"
        if verb.pos_ == "AUX" or is_verbal(verb):
            return verb, head.lower_
    return None


STATIVE_VERBS = frozenset({"be", "remain", "hold", "last", "stay", "persist", "seem", "appear", "look"})


def noun_frame(noun: Token, known: Known) -> Frame | None:
    """Frame for an event nominal whose agent the sentence supplies, or None."""
    if noun.dep_ in ("nsubj", "nsubjpass") and noun.head.lemma_.lower() in STATIVE_VERBS:
        return None  # "the ban has been in force for years", "a visit is possible": states, not events
    governed = _governing_verb(noun)
    manner = noun.dep_ == "pobj" and noun.head.lower_ == "in" and noun.head.head.lemma_ != "be"
    found = noun_entry(noun)
    harmed = _harmed_by(noun, found[1], governed) if found is not None else None
    # "in Turkey's assault" (no verb) and "died in an American airstrike" name force; "in its offensive" does not
    named = any(a.pos_ != "PRON" for a in noun_agents(noun)) and (governed is None or harmed is not None)
    if manner and (governed is None or governed[1] == "in") and not named:
        return None  # "began a hunger strike in protest against ...": a manner phrase, not another event
    if found is None and governed is not None and (governed[0].lemma_.lower(), noun.lower_) in NOUN_RETYPE:
        found = noun.lower_, Trigger(EventType.SUPPORT)  # "put on alert": only the pair means something
    if found is None:
        return None
    key, entry = found
    left = key in ("withdrawal", "pullout") and leaves_grouping(noun)
    if left:
        entry = replace(entry, event_type=EventType.SANCTION, target_preps=("from",))
    verb, relation = governed if governed else (noun, "")
    frame = Frame(noun, entry, key, verb, mode=NOUN_MODES.get(key) or entry.mode, retyped=left)
    retype = NOUN_RETYPE.get((verb.lemma_.lower(), key)) if governed else None
    if retype is not None:
        frame.entry = replace(entry, event_type=retype[0], needs_target=False)
        frame.mode = retype[1] or frame.mode
        frame.retyped = True
    lends_agent = governed is not None and (
        (relation == "object" and verb.lemma_.lower() in LIGHT_VERBS | {"shake"})
        or (relation == "in" and verb.lemma_ == "be" and entry.event_type is EventType.CONSULT)  # "is in talks with"
        or (relation in ("for", "to") and verb.lemma_.lower() in MOTION_VERBS)  # "travelled to Cairo for talks"
        or (relation in ("during", "on") and entry.mode == "visit"  # "urged Zelensky ... during a visit to Kyiv",
            and not any(c.dep_ == "poss" and c.pos_ != "PRON" for c in noun.children))  # not "Putin's visit"
        or retype is not None
    )
    if lends_agent:
        _agent_from_verb(frame, verb)
    _agent_from_noun(frame, noun, lends_agent or harmed is not None)
    frame.targets.extend(prep_objects(noun, [p for p in frame.entry.target_preps if p != "between"]))
    for acl in children_with(noun, ["acl"]):  # "an offer to play a role on behalf of Palestinians"
        frame.targets.extend(prep_objects(acl, frame.entry.target_preps))
    if harmed is not None:
        frame.targets = harmed or frame.targets
        frame.unclaimed = None if frame.sources else noun
        if noun.dep_ == "nsubj":
            frame.clause_verb = noun.head  # "if strikes on civilians continued": the clause's modality
    _weapons_test(frame, heads_only=True)
    _settle_tokens(frame, known)
    if not frame.targets and frame.entry.event_type is EventType.ASSAULT and frame.sources:
        frame.targets = place_objects(noun)  # "an American airstrike near Deir Ezzor"
    _weapons_test(frame)
    return frame if frame.sources or frame.unclaimed is not None else None


# Verbs of harm that are no trigger themselves (a killing verb's own frame reads "killed in an airstrike").
HARM_VERBS = frozenset({"die", "perish", "suffocate", "drown", "burn"})
ONGOING_VERBS = frozenset({"continue", "intensify", "escalate", "resume", "rage", "persist"})


def _harmed_by(noun: Token, entry: Trigger, governed: tuple[Token, str] | None) -> list[Token] | None:
    """Force a sentence reports as having struck, with whom it struck: "Russians died in an American airstrike",
    "dozens were suffocated by Saturday's chemical attack" (the dead), "the bombing of towns continued" (none
    named beyond its own object). None when the noun is not reported as force that landed."""
    if entry.event_type is not EventType.ASSAULT:
        return None
    if noun.dep_ == "nsubj" and noun.head.lemma_.lower() in ONGOING_VERBS:
        return []
    if governed is None or governed[1] not in ("in", "by") or governed[0].lemma_.lower() not in HARM_VERBS:
        return None
    verb = governed[0]
    while True:  # "Russians are said to have died in ...": the subject up the raising chain
        victims = [s for s in verb.children if s.dep_ in ("nsubj", "nsubjpass")]
        if victims or verb.dep_ != "xcomp":
            return victims
        verb = verb.head


def _agent_from_verb(frame: Frame, verb: Token) -> None:
    if children_with(verb, ["nsubjpass"]):  # "new sanctions were announced by the EU"
        for agent in children_with(verb, ["agent"]):
            frame.sources.extend(children_with(agent, ["pobj"]))
    else:
        _subject_as_source(frame, verb)
    frame.targets.extend(prep_objects(verb, frame.entry.target_preps))
    frame.targets.extend(children_with(verb, ["dative"]))


def _agent_from_noun(frame: Frame, noun: Token, lends_agent: bool) -> None:
    """"Russia's attacks", "Russian strikes", "attacks by X", "talks between X and Y"."""
    independent = lends_agent or noun.dep_ in ("nsubj", "nsubjpass", "ROOT") or _aimed_force(noun, frame.entry) \
        or _existential(noun)
    for child in noun.children:
        if frame.sources:
            break
        if independent and _agentive(child):
            frame.sources.append(child)
        elif child.dep_ == "prep" and child.lower_ == "by":
            frame.sources.extend(children_with(child, ["pobj"]))
    between = prep_objects(noun, ["between"])
    if between and (noun.head.lemma_ != "be" or _existential(noun)):  # not "the truce between X and Y is fragile"
        # "talks between Moscow and Kyiv" (whoever hosts them): the parties; pairs are made at output
        frame.sources = [between[0]]


def _existential(noun: Token) -> bool:
    """"There was a phone call between Trump and Erdogan": the nominal is asserted to have happened
    ("there is a truce between X and Y" is a state)."""
    head = noun.head
    past = head.tag_ in ("VBD", "VBN")
    return noun.dep_ in ("attr", "nsubj") and head.lemma_ == "be" and past and any(
        c.dep_ == "expl" for c in head.children)


def _aimed_force(noun: Token, entry: Trigger) -> bool:
    """"condemned the Turkish attack on Afrin", "during Putin's visit to New Delhi": force or a visit with its
    target named is an event wherever it stands."""
    aimed = entry.event_type is EventType.ASSAULT or entry.mode == "visit"
    return aimed and bool(prep_objects(noun, entry.target_preps))


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
    {key.rsplit(" ", 1)[-1] for key in NOUNS} | {noun for _, noun in NOUN_RETYPE} | {"drill", "exercise", "call"}
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
