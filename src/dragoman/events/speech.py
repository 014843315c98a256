"""Demands and judgements in reported speech that carry no trigger word of their own: "said the US
has to turn the heat on Israel" (REQUEST), "said the militias are mercenaries" (ACCUSE), "alleged that
the army had blocked aid convoys" (ACCUSE)."""

from __future__ import annotations

from typing import Any

from ..codes import EventType as T
from ..schemas import EventCandidate, Span
from .arguments import (
    children_with,
    expand_argument,
    find_actor_inside,
    is_actor_like,
    mention_for,
    prep_objects,
)
from .censure import ALLEGING_VERBS, LABEL_NOUNS, claimed_party
from .clauses import Modality, is_negated, local_modality, subject_of
from .frame_record import Known, Token
from .lexicon import (
    ACT_NOUNS,
    BLAME_ADVERBS,
    BLAME_VERBS,
    BLAME_WORDS,
    PRAISE_WORDS,
    SPEECH_VERBS,
    lookup_verb,
)
from .nominals import noun_agents

FIRST_PERSON = frozenset({"we", "i", "us", "our", "my"})


def _span(token: Token) -> Span:
    return Span(token.idx, token.idx + len(token.text), token.text)


def speech_candidates(
    sentence: Any, sentence_index: int, known: Known, positions: set[int] | None = None
) -> list[EventCandidate]:
    """Demands and judgements in reported speech that carry no trigger word of their own."""
    found: list[EventCandidate] = []
    verbs = sentence if positions is None else [sentence.doc[i] for i in sorted(positions)
                                                 if sentence.start <= i < sentence.end]
    for verb in verbs:
        if verb.lemma_.lower() not in SPEECH_VERBS or verb.pos_ not in ("VERB", "AUX"):
            continue
        speaker = _speaker(verb)
        if speaker is not None and not is_actor_like(speaker, known):
            speaker = _organ_of(speaker, known)
        if speaker is None or not is_actor_like(speaker, known):
            continue
        if is_negated(verb):
            continue  # "did not claim that Kenya had violated the deal"
        alleging = verb.lemma_.lower() in ALLEGING_VERBS
        for clause in (c for c in verb.children if c.dep_ in ("ccomp", "parataxis")):
            candidate = _demanded_force(clause, speaker, sentence_index, known) or _judgement(
                clause, speaker, sentence_index, known, alleging)
            if candidate is not None:
                found.append(candidate)
    return found


def _speaker(verb: Token) -> Token | None:
    """Who speaks: "X said Y had a responsibility, adding that he behaved shamefully" - the one adding is X,
    though the parser hung "adding" on the reported clause."""
    head = verb.head
    if verb.dep_ == "advcl" and verb.tag_ == "VBG" and head.dep_ == "ccomp" and \
            head.head.lemma_.lower() in SPEECH_VERBS:
        return subject_of(head.head)
    return subject_of(verb)


def _organ_of(speaker: Token, known: Known) -> Token | None:
    """"the Isis media outlet claimed ...": a mouthpiece speaks for the body named in it."""
    owners = [c for c in speaker.children if c.dep_ in ("compound", "poss", "nmod") and c.pos_ == "PROPN"
              and c.ent_type_ in ("ORG", "GPE", "NORP", "") and is_actor_like(c, known)]
    return owners[0] if owners else None


def _demanded_force(clause: Token, speaker: Token, sentence_index: int, known: Known) -> EventCandidate | None:
    """"said British recruits should be hunted down and killed": force the speaker says must be done to
    someone threatens them (PLOVER THREATEN), whoever is to carry it out."""
    if local_modality(clause) is not Modality.DEONTIC or not children_with(clause, ["auxpass"]):
        return None
    verbs = [clause, *(c for c in clause.children if c.dep_ == "conj" and c.pos_ == "VERB")]
    if not any((found := lookup_verb(v.lemma_.lower())) is not None and found.event_type in (T.ASSAULT, T.COERCE)
               for v in verbs):
        return None
    sufferers = [t for s in children_with(clause, ["nsubjpass"])
                 for t in ([s] if is_actor_like(s, known) else [find_actor_inside(s, known)]) if t is not None]
    if not sufferers or sufferers[0].i == speaker.i:
        return None
    return EventCandidate(
        sentence_index=sentence_index,
        event_type=T.THREATEN.value,
        trigger=_span(clause),
        sources=expand_argument(speaker, known),
        targets=expand_argument(sufferers[0], known),
        confidence=0.6,
        rule="speech:demanded-force",
    )


def _judgement(
    clause: Token, speaker: Token, sentence_index: int, known: Known, alleging: bool = False
) -> EventCandidate | None:
    """A demand or judgement in the reported clause; with ``alleging`` ("claimed", "alleged") any
    statement about another party's doing accuses it."""
    party = claimed_party(clause) if alleging else None
    alleging = party is not None
    subject = _actor_behind_act(party or subject_of(clause))
    if subject is None or subject.i == speaker.i or (subject.pos_ == "PRON" and subject.lower_ in FIRST_PERSON):
        return None
    if not is_actor_like(subject, known):
        return None
    modality = local_modality(clause)
    if clause.lemma_ in ("have", "need") and any(c.dep_ == "xcomp" for c in clause.children):
        modality = Modality.DEONTIC  # "the US has to turn the heat on Israel"
    event_type: T | None = None
    if modality is Modality.DEONTIC:
        event_type = T.REQUEST
    elif modality is Modality.FACTUAL and clause.lemma_ == "be":
        words = {t.lower_ for c in clause.children if c.dep_ in ("attr", "acomp") for t in _predicate_words(c)}
        if words & PRAISE_WORDS:
            event_type = T.SUPPORT
        elif words & (BLAME_WORDS | LABEL_NOUNS):
            event_type = T.ACCUSE  # "said the militias are mercenaries"
    elif modality is Modality.FACTUAL and (clause.lemma_.lower() in BLAME_VERBS or any(
            c.dep_ == "advmod" and c.lower_ in BLAME_ADVERBS for c in clause.children)):
        event_type = T.ACCUSE  # "claim Putin is undermining the peace process"
    if event_type is None and alleging and modality is Modality.FACTUAL:
        event_type = T.ACCUSE  # "UN experts alleged that Sudan's army had blocked aid convoys"
    if event_type is None:
        return None
    return EventCandidate(
        sentence_index=sentence_index,
        event_type=event_type.value,
        trigger=_span(clause),
        sources=expand_argument(speaker, known),
        targets=[mention_for(subject)] if subject.pos_ == "PRON" else expand_argument(subject, known),
        mode="allege" if event_type is T.ACCUSE else None,
        confidence=0.6,
        rule=f"speech:{event_type.value.lower()}",
    )


def _predicate_words(noun: Token) -> list[Token]:
    """"the first line of defence", "a war criminal": the predicate noun, its modifiers and of-phrase,
    not clauses inside it ("a cell which was responsible for ...")."""
    words = [noun, *(m for m in noun.children if m.dep_ in ("amod", "compound"))]
    if noun.dep_ == "attr":  # not "tired of the war"
        words += [o for p in noun.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children
                  if o.dep_ == "pobj"]
    return words


def _actor_behind_act(subject: Token | None) -> Token | None:
    """"Javid's decision was shameful": the one whose act is judged."""
    if subject is None or subject.lemma_.lower() not in ACT_NOUNS:
        return subject
    owners = noun_agents(subject) or [  # "the silence of the Nato members is unacceptable"
        n for o in prep_objects(subject, ["of"])
        for n in ([o] if is_actor_like(o) else [c for c in o.children if c.ent_type_ in ("ORG", "GPE", "NORP")])]
    return owners[0] if owners else subject
