"""What a clause asserts: negation, failure, modality, and whose words it is.

A trigger only becomes a plain event when its clause is factual. Negated and failed actions
are not events; intended and threatened force becomes THREATEN; a demand in someone's quoted
words becomes that speaker's REQUEST.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum
from typing import Any

from .lexicon import FAILURE_NOUN_PREDICATES, FAILURE_VERBS, INTENT_VERBS, SPEECH_VERBS

Token = Any

NEGATORS = frozenset({"not", "n't", "never", "no", "neither", "nor", "without"})
FUTURE_AUX = frozenset({"will", "'ll", "shall", "wo"})
HYPOTHETICAL_AUX = frozenset({"would", "could", "might", "may", "can", "'d"})
DEONTIC_AUX = frozenset({"must", "should", "ought"})
PRESENT_BE = frozenset({"is", "are", "'s", "'re", "am"})


class Modality(str, Enum):
    FACTUAL = "factual"
    NEGATED = "negated"
    FAILED = "failed"
    FUTURE = "future"
    INTENDED = "intended"
    HYPOTHETICAL = "hypothetical"
    DEONTIC = "deontic"
    QUESTION = "question"
    STATE = "state"  # "the Houthis are backed by Iran": a standing relation, not something that happened


@dataclass
class ClauseContext:
    """Modality of a clause and, when it is reported speech, who said it."""

    modality: Modality
    speaker: Token | None = None  # subject of the speech verb governing the clause
    speech_verb: Token | None = None
    governor: Token | None = None  # verb whose complement this clause is ("refused", "plans", "urged")


def _aux_words(verb: Token) -> list[str]:
    return [c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass")]


def is_negated(token: Token) -> bool:
    """Negation on the token itself ("did not attack", "no talks")."""
    for child in token.children:
        if child.dep_ == "neg" or (child.dep_ == "det" and child.lower_ == "no"):
            return True
        if child.dep_ == "advmod" and child.lower_ in ("never", "not"):
            return True
    return False


def local_modality(verb: Token, count_negation: bool = True) -> Modality:
    """Modality marked on the verb itself: negation, modal auxiliaries, "have to", "going to"."""
    if count_negation and is_negated(verb):
        return Modality.NEGATED
    aux = _aux_words(verb)
    if any(a in DEONTIC_AUX for a in aux):
        return Modality.DEONTIC
    if any(a in FUTURE_AUX for a in aux):
        return Modality.FUTURE
    if any(a in HYPOTHETICAL_AUX for a in aux):
        return Modality.HYPOTHETICAL
    if any(c.dep_ == "auxpass" and c.lower_ in PRESENT_BE for c in verb.children) and "being" not in aux:
        return Modality.STATE
    if any(c.dep_ == "mark" and c.lower_ in ("if", "unless", "whether") and not _concessive(c) for c in verb.children):
        return Modality.HYPOTHETICAL
    head = verb.head
    if verb.dep_ == "xcomp" and head.lemma_ in ("have", "need") and head.i < verb.i:
        return Modality.DEONTIC
    if verb.dep_ == "xcomp" and head.lemma_ == "go" and head.tag_ == "VBG":
        return Modality.FUTURE
    return Modality.FACTUAL


def _concessive(mark: Token) -> bool:
    """"even if it criticises Iran's missile programme": granted, not supposed."""
    return mark.lower_ == "if" and mark.i > 0 and mark.doc[mark.i - 1].lower_ == "even"


def _governor(verb: Token) -> Token | None:
    if verb.dep_ in ("xcomp", "ccomp") and verb.head is not verb:
        return verb.head
    return None


# Prepositions whose gerund shares the subject of the clause ("after taking Jarablus, Turkey ...");
# not "accused X of deporting", "sanctioned X for supplying", where the gerund is the object's.
TIME_PREPS = frozenset({"before", "after", "while", "since", "upon", "without", "despite", "by", "in"})
ANY_WORDS = frozenset({"any", "every", "whoever", "all"})


def subject_of(verb: Token) -> Token | None:
    """The subject of a verb, following conjunctions and control ("agreed to meet": subject of agreed)."""
    seen = 0
    while verb is not None and seen < 6:
        seen += 1
        for child in verb.children:
            if child.dep_ in ("nsubj", "csubj"):
                if child.tag_ in ("WDT", "WP") and verb.dep_ == "relcl" and _named_antecedent(verb.head, child):
                    # "Turkey, which launched an operation": a named antecedent; a restrictive clause on a
                    # common noun ("a diplomat who asked not to be named") only says who is meant
                    return verb.head
                return child
        if verb.dep_ == "xcomp" and makes_act(verb.head):
            objects = [c for c in verb.head.children if c.dep_ == "dobj"]
            if objects:  # "led several donors to cut funding": the donors cut it
                return objects[0]
        if verb.dep_ in ("conj", "xcomp", "advcl") and verb.head is not verb:
            verb = verb.head
            continue
        if verb.dep_ == "pcomp" and verb.head.lower_ in TIME_PREPS:  # "before invading Afrin, Erdogan told ..."
            verb = verb.head.head
            continue
        if verb.dep_ == "relcl":
            return verb.head
        return None
    return None


# Armed bodies a relative clause reports the deeds of: "the rebel force that took control of Afrin".
ARMED_GROUPS = frozenset({"force", "forces", "army", "armies", "militia", "militias", "rebels", "fighters", "troops",
                          "soldiers", "militants", "insurgents", "jihadists", "gunmen"})
ARMED_MODIFIERS = frozenset({"rebel", "armed", "jihadist", "militant", "terrorist", "islamist", "insurgent",
                             "paramilitary"})

# Verbs that make their object do something: "led donors to cut", "forced the rebels to withdraw".
CAUSATIVE_VERBS = frozenset({"lead", "force", "prompt", "cause", "compel", "oblige", "spur", "drive", "enable"})


def infinitive(verb: Token) -> bool:
    """A "to" clause: "decided to act", "the first to congratulate"."""
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def makes_act(verb: Token) -> bool:
    """A causative verb said as done ("led donors to cut funding"), not itself tried or meant ("trying to force
    them to accept": no one was made to)."""
    return verb.lemma_.lower() in CAUSATIVE_VERBS and verb.dep_ not in ("xcomp", "ccomp", "acl", "advcl")


def _asks_a_question(verb: Token) -> bool:
    """The sentence ends in a question mark and no colon or quote sets the question apart after the verb
    ("has asked to come home, raising the question: what happens next?")."""
    sent = verb.sent
    last = next((t for t in reversed(sent) if t.text.strip()), None)  # the sentence's text, without rebuilding it
    if last is None or not last.text.rstrip().endswith("?"):
        return False
    return not any(t.text in (":", "“", '"') for t in verb.doc[verb.i + 1:sent.end])


def _named_antecedent(head: Token, pronoun: Token) -> bool:
    """"Turkey, which", "the Kurdistan Workers' party (PKK), which", "some member states, which": a name or
    a clause set off by a comma says what the antecedent did, not which one is meant."""
    doc = pronoun.doc
    armed = head.lower_ in ARMED_GROUPS or (head.lower_ in ("group", "groups") and any(
        c.lower_ in ARMED_MODIFIERS for c in head.children if c.dep_ in ("amod", "compound")))  # "rebel groups that"
    return head.pos_ == "PROPN" or head.ent_type_ in ("ORG", "GPE", "NORP") or armed or (
        pronoun.i > 0 and doc[pronoun.i - 1].text == "," and pronoun.lower_ == "which")


def analyse_clause(verb: Token, count_negation: bool = True) -> ClauseContext:
    """Modality of the clause headed by ``verb``, including what governs it (its own negation is left
    out when it is the event: "was not allowed to leave")."""
    modality = local_modality(verb, count_negation)
    if modality is Modality.FACTUAL and _asks_a_question(verb):
        modality = Modality.QUESTION
    context = ClauseContext(modality=modality)
    if verb.dep_ == "relcl" and modality is Modality.FACTUAL and (
        verb.head.dep_ == "attr" or any(c.dep_ == "det" and c.lower_ in ANY_WORDS for c in verb.head.children)
    ):
        # "the only member whose leader has met Putin": background; "any journalist who criticised": no one yet
        context.modality = Modality.HYPOTHETICAL
    current = verb
    for _ in range(4):  # walk up through complements: "said that X refused to meet Y"
        gov = _governor(current)
        if gov is None and current.dep_ in ("parataxis",) and current.head is not current:
            gov = current.head
        if gov is None:
            if current.dep_ == "conj" and current.head is not current:
                current = current.head
                continue
            break
        lemma = gov.lemma_.lower()
        if lemma in SPEECH_VERBS and context.speech_verb is None:
            context.speech_verb = gov
            context.speaker = subject_of(gov)
            if context.modality is Modality.HYPOTHETICAL and "would" in _aux_words(verb) and gov.tag_ == "VBD":
                context.modality = Modality.FUTURE  # "said it would open the crossing": future in the past
            if is_negated(gov) and context.modality is Modality.FACTUAL:
                context.modality = Modality.NEGATED  # "did not say that ..."
            break
        if context.governor is None:
            context.governor = gov
            if context.modality is Modality.HYPOTHETICAL and "would" in _aux_words(verb) and gov.tag_ == "VBD":
                context.modality = Modality.FUTURE  # "promised that Kenya would send": future in the past
            if lemma in FAILURE_VERBS and context.modality is Modality.FACTUAL:
                context.modality = Modality.FAILED
            elif lemma in INTENT_VERBS and context.modality is Modality.FACTUAL:
                context.modality = Modality.INTENDED
            if is_negated(gov):
                context.modality = Modality.NEGATED
            elif local_modality(gov) is Modality.HYPOTHETICAL and "would" not in _aux_words(gov):
                context.modality = Modality.HYPOTHETICAL  # "may consider easing sanctions"
        current = gov
    if context.speech_verb is None:
        _attach_quote_speaker(verb, context)
    return context


def _attach_quote_speaker(verb: Token, context: ClauseContext) -> None:
    """A quoted root clause followed by "he said" in the same sentence."""
    root = verb.sent.root
    if root is verb or root.lemma_.lower() not in SPEECH_VERBS:
        return
    ancestors = list(verb.ancestors)
    if root in ancestors:
        context.speech_verb = root
        context.speaker = subject_of(root)


def nominal_failed(noun: Token) -> bool:
    """"the talks failed", "negotiations collapsed": the event nominal is subject of a failure verb."""
    head = noun.head
    ended_something = any(c.dep_ == "dobj" for c in head.children)  # "the agreement ended a three-year ordeal"
    return noun.dep_ in ("nsubj", "nsubjpass") and head.lemma_.lower() in FAILURE_NOUN_PREDICATES and not ended_something
