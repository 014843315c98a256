"""Shapes of a verb in the parse: particles and idioms, its objects, descriptions that report no
event ("women held hostage"), names given to someone, directives and conditions."""

from __future__ import annotations

from typing import Any

from ..codes import EventType
from .arguments import children_with
from .clauses import infinitive, subject_of
from .lexicon import BLAME_WORDS, HOSTILE_INTENT_PHRASES, PRAISE_WORDS, SPEECH_VERBS, VERBS, Trigger

Token = Any

PARTICLES = ("prt", "prep", "advmod")


def is_verbal(token: Token) -> bool:
    """A verb, or a word the tagger called a noun where the parse makes it one ("offered to host talks")."""
    if token.pos_ == "VERB":
        return True
    return token.pos_ == "NOUN" and token.dep_ in ("xcomp", "ccomp") and infinitive(token)


def _phrasal(verb: Token) -> tuple[str, Trigger] | None:
    """"call on", "pull out", "cut ties", "set its sights": verb plus particle or object."""
    for child in verb.children:
        if child.dep_ == "prep" and any(o.ent_type_ in ("DATE", "TIME") for o in child.children):
            continue  # "called Netanyahu on Sunday" is no "call on"
        if child.i > verb.i and (child.dep_ in PARTICLES or child.dep_ in ("dobj", "oprd")):  # "taken hostage"
            key = f"{verb.lemma_.lower()} {child.lower_}"
            if key in VERBS:
                return key, VERBS[key]
        if child.dep_ == "dobj":
            pair = (verb.lemma_.lower(), child.lemma_.lower())
            if pair in HOSTILE_INTENT_PHRASES:
                return f"{pair[0]} {child.lower_}", Trigger(
                    HOSTILE_INTENT_PHRASES[pair], target_preps=("on", "at", "against"), needs_target=True
                )
        marked_for = child.dep_ in ("advcl", "ccomp") and any(m.dep_ == "mark" and m.lower_ == "for"
                                                              for m in child.children)
        if marked_for and f"{verb.lemma_.lower()} for" in VERBS:  # "called for Begum to be given a chance"
            return f"{verb.lemma_.lower()} for", VERBS[f"{verb.lemma_.lower()} for"]
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


def _shared_objects(verb: Token) -> list[Token]:
    """"the authorities arrested and charged him": the object the next conjunct names is shared."""
    return [o for c in children_with(verb, ["conj"]) if c.pos_ == "VERB" and subject_of(verb) is not None
            and not children_with(c, ["nsubj", "nsubjpass"]) for o in children_with(c, ["dobj"])]


def _directive(verb: Token) -> bool:
    """"Erdogan told the US to get out of the way": telling someone to act is a demand."""
    return verb.lemma_.lower() in DIRECTIVE_VERBS and bool(children_with(verb, ["dobj"])) and any(c.dep_ == "xcomp" and infinitive(c) for c in verb.children)


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


CLAUSE_DEPS = frozenset({"ccomp", "xcomp", "advcl", "relcl", "acl", "conj", "parataxis", "nsubj", "csubj"})
