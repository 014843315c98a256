"""Event nominals ("Russia's airstrikes", "held talks with X", "died in an American airstrike"):
which nouns name events, who carried them out, and their frames."""

from __future__ import annotations

from dataclasses import replace

from ..codes import EventType
from .arguments import children_with, find_actor_inside, prep_objects
from .clauses import subject_of
from .confinement import FORCE_WORDS
from .force_nouns import (
    FORCE_NOUNS,
    PLAIN_FORCE,
    done_by,
    has_modal,
    known_place_names,
    led_by,
    unreal,
    weapon_mode,
    weapon_use,
)
from .frame_record import Frame, Known, Token, _settle_tokens, _weapons_test, place_objects
from .lexicon import LIGHT_VERBS, MOTION_VERBS, NOUN_MODES, NOUN_RETYPE, Trigger, lookup_noun, lookup_verb
from .noun_parts import attempted, content_subjects, given_by, hands_of, purpose_targets
from .retype import leaves_grouping
from .verb_shapes import is_verbal

JOINT = frozenset({"joint", "combined"})
DRILLS = frozenset({"drill", "exercise", "manoeuvre", "maneuver", "war game"})


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
            entry = lookup_noun(key) or FORCE_NOUNS.get(key)
            if entry is not None:
                return key, entry
    tried = attempted(noun)  # "an attempt to assassinate the governor"
    if tried is not None:
        return tried[0], tried[1]
    if noun.lower_ == "call" and prep_objects(noun, ["for"]):
        return "call for", Trigger(EventType.REQUEST, target_preps=("to", "on"), needs_target=True)
    if any(t.lower_ in JOINT for c in noun.lefts for t in c.subtree):  # "a joint patrol", "joint army exercise"
        return f"joint {noun.lower_}", Trigger(EventType.COOPERATE, target_preps=("with",), symmetric=True,
                                               needs_target=True)
    if noun.lemma_.lower() in DRILLS and not prep_objects(noun, ["with"]):  # one side's drills: readiness
        return noun.lower_, Trigger(EventType.MOBILIZE, "weapons", target_preps=("near", "along", "off"))
    entry = lookup_noun(noun.lower_) or FORCE_NOUNS.get(noun.lower_) or weapon_use(noun)
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


RESPONSE_VERBS = frozenset({"respond", "retaliate", "react", "reply", "answer", "hit"})
STATIVE_VERBS = frozenset({"be", "remain", "hold", "last", "stay", "persist", "seem", "appear", "look"})


def noun_frame(noun: Token, known: Known) -> Frame | None:
    """Frame for an event nominal whose agent the sentence supplies, or None."""
    found = noun_entry(noun)
    if _state_or_unreal(noun, found) or _none_of(noun):
        return None
    governed = _governing_verb(noun)
    harmed = _harmed_by(noun, found[1], governed) if found is not None else None
    if _only_manner(noun, governed, harmed):
        return None
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
        or (relation == "with" and verb.lemma_.lower() in RESPONSE_VERBS)  # "responded with sanctions on X"
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
        frame.targets.extend(purpose_targets(acl, frame.entry) or prep_objects(acl, frame.entry.target_preps))
    if not frame.targets and frame.entry.event_type in (EventType.ACCUSE, EventType.REQUEST):
        frame.targets = content_subjects(noun)  # "raised accusations that Turkey armed the rebels"
    if harmed is not None:
        frame.targets = harmed or frame.targets
        frame.unclaimed = None if frame.sources else noun
        if noun.dep_ == "nsubj":
            frame.clause_verb = noun.head  # "if strikes on civilians continued": the clause's modality
            frame.targets = frame.targets or prep_objects(noun.head, ["with", "against"])  # "clashes went on with X"
    _weapons_test(frame, heads_only=True)
    _settle_tokens(frame, known)
    if not frame.targets and frame.entry.event_type is EventType.ASSAULT and frame.sources and key not in VAGUE_FORCE:
        frame.targets = place_objects(noun)  # "an American airstrike near Deir Ezzor"
        if not frame.targets and _force_by_a_side(frame, key):
            frame.entry = replace(frame.entry, needs_target=False)  # "the Turkish incursion": force by a side
    _weapons_test(frame)
    return frame if frame.sources or frame.unclaimed is not None else None


def _force_by_a_side(frame: Frame, key: str) -> bool:
    """Force a noun names outright, told as done: its target may go unsaid ("the Turkish incursion led to
    ...", "launched an offensive", "a gas attack orchestrated by Assad"; not "will begin a bombardment").
    An "attack" or "assault" by anyone but a state or armed force may be words: "the senator's attack"
    needs its target."""
    verb = frame.clause_verb
    supposed = (verb.dep_ == "xcomp" and frame.trigger.dep_ == "dobj") or any(c.tag_ == "MD" for c in verb.children)
    words = key in WORDY_FORCE and not all(_a_state_or_force(s) for s in frame.sources)
    return key in PLAIN_FORCE and not supposed and not words


def _a_state_or_force(agent: Token) -> bool:
    """"Turkey's", "Israeli", "army": a state or armed force, whose attack is force, not words."""
    if agent.ent_type_ in ("GPE", "NORP") or (agent.ent_type_ == "ORG" and agent.dep_ != "poss"):
        return True  # "the Hamas attack" (an organisation), not "Biden's attack" (a name the parser took for one)
    return agent.lower_ in ARMED_AGENT_NOUNS or agent.lemma_.lower() in FORCE_WORDS | WARPLANES


# Nouns that are force only when aimed at someone: "an operation in Ukraine" may be anything.
VAGUE_FORCE = frozenset({"operation", "operations"})
WORDY_FORCE = frozenset({"attack", "attacks", "assault", "assaults", "onslaught"})
WARPLANES = frozenset({"jet", "warplane", "plane", "aircraft", "helicopter", "drone", "gunship", "bomber"})


def _state_or_unreal(noun: Token, found: tuple[str, Trigger] | None) -> bool:
    """"the ban has been in force for years", "a visit is possible": states, not events; "fears of
    a Turkish attack": force that has not happened. Force by a side is an event as a subject of "be"
    ("the Turkish assault was the heaviest of the war"), unless a modal makes it a supposition."""
    force = found is not None and found[1].event_type is EventType.ASSAULT
    if force and unreal(noun):
        return True
    if noun.dep_ not in ("nsubj", "nsubjpass") or noun.head.lemma_.lower() not in STATIVE_VERBS:
        return False
    return not (force and noun.head.lemma_ == "be" and not has_modal(noun.head) and noun_agents(noun))


def _none_of(noun: Token) -> bool:
    """"gave them no promises of support", "there was no sign of talks": the event is said not to be."""
    head = noun.head
    return noun.dep_ == "pobj" and head.lower_ == "of" and any(
        c.dep_ == "det" and c.lower_ == "no" for c in head.head.children)


def _only_manner(noun: Token, governed: tuple[Token, str] | None, harmed: list[Token] | None) -> bool:
    """"began a hunger strike in protest against ...": an "in" phrase that says how, not another event.
    A named agent makes it force of its own: "played a role in Turkey's assault", "died in an American
    airstrike" ("in its offensive" does not; "killed in an Israeli strike" is the killing's own frame)."""
    manner = noun.dep_ == "pobj" and noun.head.lower_ == "in" and noun.head.head.lemma_ != "be"
    if not manner or (governed is not None and governed[1] != "in"):
        return False
    untriggered = governed is None or harmed is not None or lookup_verb(governed[0].lemma_.lower()) is None
    return not (untriggered and any(a.pos_ != "PRON" for a in noun_agents(noun)))


# Verbs of harm that are no trigger themselves (a killing verb's own frame reads "killed in an airstrike").
HARM_VERBS = frozenset({"die", "perish", "suffocate", "drown", "burn"})
ONGOING_VERBS = frozenset({"continue", "intensify", "escalate", "resume", "rage", "persist"})


def _harmed_by(noun: Token, entry: Trigger, governed: tuple[Token, str] | None) -> list[Token] | None:
    """Force a sentence reports as having struck, with whom it struck: "Russians died in an American airstrike",
    "dozens were suffocated by Saturday's chemical attack" (the dead), "families were uprooted by airstrikes"
    (whoever suffered it, when the verb is no trigger of its own), "the bombing of towns continued" (none
    named beyond its own object). None when the noun is not reported as force that landed."""
    if _under(noun, entry, governed) or _suffered(noun, governed):
        return [s for s in governed[0].children if s.dep_ in ("nsubj", "nsubjpass")]  # type: ignore[index]
    if entry.event_type is not EventType.ASSAULT:
        return None
    if noun.dep_ == "nsubj" and noun.head.lemma_.lower() in ONGOING_VERBS:
        return []
    if governed is None or governed[1] not in ("in", "by"):
        return None
    verb = governed[0]
    suffered = governed[1] == "by" and lookup_verb(verb.lemma_.lower()) is None and bool(noun_agents(noun))
    if verb.lemma_.lower() not in HARM_VERBS and not suffered:
        return None
    while True:  # "Russians are said to have died in ...": the subject up the raising chain
        victims = [s for s in verb.children if s.dep_ in ("nsubj", "nsubjpass")]
        if victims or verb.dep_ != "xcomp":
            return victims
        verb = verb.head


def _fire_from(noun: Token) -> list[Token]:
    """"came under attack from Russian drones": who the force under which someone came is from."""
    if noun.dep_ != "pobj" or noun.head.lower_ != "under":
        return []
    return prep_objects(noun, ["from"]) or prep_objects(noun.head.head, ["from"])


SUFFER_VERBS = frozenset({"suffer", "endure", "experience", "sustain", "undergo", "survive"})


def _suffered(noun: Token, governed: tuple[Token, str] | None) -> bool:
    """"Christians suffered persecution", "the town endured a siege": the subject bore the event."""
    return governed is not None and governed[1] == "object" and noun.dep_ == "dobj" \
        and governed[0].lemma_.lower() in SUFFER_VERBS


UNDER_VERBS = frozenset({"be", "come", "remain", "stay", "fall", "live"})


def _under(noun: Token, entry: Trigger, governed: tuple[Token, str] | None) -> bool:
    """"Kharkiv came under heavy shelling", "400,000 people are under siege": the subject suffers the force
    (not "came under fire for his decision", which is criticism)."""
    if governed is None or governed[1] != "under" or governed[0].lemma_.lower() not in UNDER_VERBS:
        return False
    force = entry.event_type is EventType.ASSAULT or noun.lower_ in ("siege", "blockade")
    reason = any(t.dep_ == "prep" and t.lower_ in ("for", "over") for t in governed[0].subtree)
    return force and not reason


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
        or _existential(noun) or frame.entry.event_type is EventType.ASSAULT  # force told in passing
    if not frame.sources:
        named = (_named_agents(noun) or _restated_agents(noun)) if independent else []
        fought = _side_fought(noun) if lends_agent else []  # the dead of a clash: struck by the other side
        fought = fought or (_fire_from(noun) if lends_agent else [])  # "came under fire from Taliban fighters"
        frame.sources.extend(named[:1] or prep_objects(noun, ["by"]) or given_by(noun, frame) or done_by(noun)
                             or fought or hands_of(noun))
    between = prep_objects(noun, ["between"])
    if between and (noun.head.lemma_ != "be" or _existential(noun)):  # not "the truce between X and Y is fragile"
        # "talks between Moscow and Kyiv" (whoever hosts them): the parties; pairs are made at output
        frame.sources = [between[0]]


def _restated_agents(noun: Token) -> list[Token]:
    """"Modi's first stop, a visit to Japan": a noun in apposition restates its head, whose agent it shares."""
    return _named_agents(noun.head) if noun.dep_ == "appos" and noun.head.pos_ in ("NOUN", "PROPN") else []


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


def _subject_as_source(frame: Frame, verb: Token) -> None:
    """The verb's subject acts, unless it is an attack noun with no agent or a weapon no one is said to
    have used: "a car bomb killed 26", "a mine exploded, killing two" name no one, and lend their mode."""
    subject = subject_of(verb)
    if subject is None:
        return
    found = noun_entry(subject)
    if found is not None and found[1].event_type is EventType.ASSAULT and not noun_agents(subject):
        frame.unclaimed = subject
        frame.mode = frame.mode or NOUN_MODES.get(found[0]) or found[1].mode
    elif (weapon := weapon_mode(subject)) and find_actor_inside(subject) is None:  # "a booby trap went off, killing two"
        frame.unclaimed = subject
        frame.mode = frame.mode or weapon
    else:
        frame.sources.append(subject)


def noun_agents(noun: Token) -> list[Token]:
    """Who carried out a nominal event: "Israeli airstrike", "Russia's attack", "an attack by gunmen"."""
    return _named_agents(noun) or prep_objects(noun, ["by"]) or done_by(noun) or prep_objects(noun, ["between"]) \
        or _side_fought(noun) or hands_of(noun)


CLASH_WORDS = frozenset({"clash", "clashes", "fighting", "fight", "battle", "battles", "firefight", "skirmish",
                         "skirmishes", "gunfight", "gunbattle"})


def _side_fought(noun: Token) -> list[Token]:
    """"Soldiers were killed in clashes with Chinese troops": the side fought struck the dead."""
    if noun.dep_ == "pobj" and noun.head.lower_ == "in" and noun.lower_ in CLASH_WORDS:
        return prep_objects(noun, ["with"])
    return []


def _named_agents(noun: Token) -> list[Token]:
    """Agents named on the noun itself: "Russia's", "Israeli", "US-led", and "Russian" in "a Russian
    missile strike" (where the parser hangs it on the first word of the compound)."""
    inner = [g for c in noun.children if c.dep_ == "compound" and c.i < noun.i for g in c.children
             if g.dep_ in ("amod", "compound", "poss") and _agentive(g)]
    return [c for c in noun.children if _agentive(c)] + inner + led_by(noun)


def _agentive(modifier: Token) -> bool:
    """"Russia's", "Israeli", "government" (assault) name an agent; "Saturday's" names a day."""
    if modifier.ent_type_ in ("DATE", "TIME"):
        return False
    if modifier.dep_ == "poss":
        return True
    if modifier.dep_ in ("amod", "compound", "nmod") and modifier.ent_type_ in ("NORP", "GPE", "ORG"):
        return modifier.lower_ not in known_place_names()  # "the Kabul assault", "the Moscow talks": where, not who
    return modifier.dep_ == "compound" and modifier.lower_ in ARMED_AGENT_NOUNS


# Common nouns that, as a modifier, name who used force: "a government assault", "an army offensive".
ARMED_AGENT_NOUNS = frozenset({"government", "regime", "army", "military", "rebel", "militia", "police", "coalition",
                               "insurgent", "militant", "jihadist", "junta", "navy", "opposition"})
