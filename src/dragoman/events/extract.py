"""From trigger frames to event candidates: modality, embedding and reported speech applied.

Rules, in PLOVER's terms:
- a negated, failed, questioned or merely possible action is no event; "refused to X" is REJECT;
- "X said Y attacked Z" is Y's ASSAULT on Z; a demand in X's words ("Y has to ...") is X's REQUEST
  of Y; X's claim that Y *will* use force is X's ACCUSE of Y;
- intended or promised force is THREATEN; intended or promised cooperation is AGREE;
- the content of a demand, threat, promise or refusal is folded into that speech act.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from ..codes import EventType as T
from ..schemas import ArgumentMention, EventCandidate, Span
from .arguments import expand_argument, is_actor_like, mention_for
from .clauses import ClauseContext, Modality, analyse_clause, local_modality, nominal_failed, subject_of
from .frames import Frame, frames_in
from .lexicon import BLAME_WORDS, PRAISE_WORDS, SPEECH_VERBS

Token = Any
Known = Callable[[str], bool] | None

FORCE_TYPES = frozenset({T.ASSAULT, T.COERCE, T.THREATEN, T.SANCTION, T.MOBILIZE})
SPEECH_ACT_TYPES = frozenset({T.REQUEST, T.THREATEN, T.AGREE, T.REJECT, T.ACCUSE})
REFUSAL_VERBS = frozenset({"refuse", "decline", "reject"})
FIRST_PERSON = frozenset({"we", "i", "us", "our", "my"})
NOT_NEGATED = (Modality.FACTUAL, Modality.FUTURE, Modality.INTENDED)


def _span(token: Token) -> Span:
    return Span(token.idx, token.idx + len(token.text), token.text)


def _mentions(tokens: list[Token], known: Known) -> list[ArgumentMention]:
    out: list[ArgumentMention] = []
    for token in tokens:
        out.extend(expand_argument(token, known))
    return out


def _speaker_mentions(context: ClauseContext, known: Known) -> list[ArgumentMention]:
    if context.speaker is None or not is_actor_like(context.speaker, known):
        return []
    return expand_argument(context.speaker, known)


def _replace_first_person(mentions: list[ArgumentMention], speaker: list[ArgumentMention]) -> list[ArgumentMention]:
    """In quoted words, "we" and "I" are the speaker."""
    if not speaker:
        return mentions
    out: list[ArgumentMention] = []
    for mention in mentions:
        out.extend(speaker if mention.is_pronoun and mention.head.text.lower() in FIRST_PERSON else [mention])
    return out


def candidate_from_frame(frame: Frame, sentence_index: int, known: Known) -> EventCandidate | None:
    """Apply the clause's modality and speech context to one frame."""
    context = analyse_clause(frame.clause_verb)
    event_type = frame.entry.event_type
    speaker = _speaker_mentions(context, known)
    sources = _replace_first_person(_mentions(frame.sources, known), speaker)
    targets = _replace_first_person(_mentions(frame.targets, known), speaker)
    candidate = EventCandidate(
        sentence_index=sentence_index,
        event_type=event_type.value,
        trigger=_span(frame.trigger),
        sources=sources,
        targets=targets,
        mode=frame.mode,
        symmetric=frame.entry.symmetric,
        confidence=0.7,
        rule=f"lexicon:{frame.key}",
    )
    if frame.trigger is not frame.clause_verb and (nominal_failed(frame.trigger) or _nominal_negated(frame.trigger)):
        candidate.negated = True
    modality = context.modality
    if modality not in NOT_NEGATED:
        candidate.negated = True
        candidate.rule += f"+{modality.value}"
        return candidate
    if modality in (Modality.FUTURE, Modality.INTENDED):
        _apply_intent(candidate, event_type, sources, speaker, context)
    if not candidate.sources:
        return None
    if frame.entry.needs_target and not candidate.targets and not (candidate.symmetric and len(candidate.sources) > 1):
        return None
    return candidate


def _nominal_negated(noun: Token) -> bool:
    return any(c.dep_ == "det" and c.lower_ == "no" for c in noun.children)


def _apply_intent(
    candidate: EventCandidate,
    event_type: T,
    sources: list[ArgumentMention],
    speaker: list[ArgumentMention],
    context: ClauseContext,
) -> None:
    """Future or intended action: force is a threat (or, in another's words, an accusation)."""
    third_party = bool(speaker) and not _same_tokens(speaker, sources)
    if event_type in FORCE_TYPES:
        if third_party:
            candidate.event_type, candidate.mode = T.ACCUSE.value, "allege"
            candidate.targets, candidate.sources = sources, speaker
        else:
            candidate.event_type, candidate.mode = T.THREATEN.value, None
    elif event_type is not T.CONSULT and event_type not in SPEECH_ACT_TYPES:
        candidate.event_type, candidate.mode = T.AGREE.value, None
    candidate.rule += f"+{context.modality.value}"
    candidate.confidence = 0.6


def _same_tokens(a: list[ArgumentMention], b: list[ArgumentMention]) -> bool:
    return {m.head.start for m in a} == {m.head.start for m in b}


def fold_embedded(frames: list[Frame], candidates: dict[int, EventCandidate]) -> None:
    """Fold the content of speech acts into them: "threatened to strike Kyiv", "refused to meet X"."""
    by_verb = {f.clause_verb.i: f for f in frames}
    for frame in frames:
        verb = frame.clause_verb
        governor = verb.head if verb.dep_ in ("xcomp", "ccomp") else None
        if governor is None or governor.i not in by_verb:
            continue
        outer = candidates.get(by_verb[governor.i].trigger.i)
        inner = candidates.get(frame.trigger.i)
        if outer is None:
            continue
        outer_type = T(outer.event_type)
        if outer_type not in SPEECH_ACT_TYPES and outer_type is not T.SUPPORT:
            continue
        if inner is not None:
            if not outer.targets:
                outer.targets = [m for m in inner.targets if m.head.start not in {s.head.start for s in outer.sources}]
            if outer_type is T.AGREE and T(frame.entry.event_type) in FORCE_TYPES:
                outer.event_type = T.THREATEN.value  # "vowed to retaliate against X"
            inner.negated = True
            inner.rule += "+folded"


def refusal_candidate(frame: Frame, sentence_index: int, known: Known) -> EventCandidate | None:
    """"Iran refused to meet US envoys": REJECT by Iran, aimed at the would-be target."""
    verb = frame.clause_verb
    governor = verb.head if verb.dep_ == "xcomp" else None
    if governor is None or governor.lemma_.lower() not in REFUSAL_VERBS:
        return None
    subject = subject_of(governor)
    if subject is None or not is_actor_like(subject, known):
        return None
    return EventCandidate(
        sentence_index=sentence_index,
        event_type=T.REJECT.value,
        trigger=_span(governor),
        sources=expand_argument(subject, known),
        targets=_mentions(frame.targets, known),
        confidence=0.65,
        rule="refusal",
    )


def speech_candidates(sentence: Any, sentence_index: int, known: Known) -> list[EventCandidate]:
    """Demands and judgements in reported speech that carry no trigger word of their own."""
    found: list[EventCandidate] = []
    for verb in sentence:
        if verb.lemma_.lower() not in SPEECH_VERBS or verb.pos_ not in ("VERB", "AUX"):
            continue
        speaker = subject_of(verb)
        if speaker is None or not is_actor_like(speaker, known):
            continue
        for clause in (c for c in verb.children if c.dep_ in ("ccomp", "parataxis")):
            candidate = _judgement(clause, speaker, sentence_index, known)
            if candidate is not None:
                found.append(candidate)
    return found


def _judgement(clause: Token, speaker: Token, sentence_index: int, known: Known) -> EventCandidate | None:
    subject = subject_of(clause)
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
        words = {t.lower_ for c in clause.children if c.dep_ in ("attr", "acomp") for t in c.subtree}
        if words & PRAISE_WORDS:
            event_type = T.SUPPORT
        elif words & BLAME_WORDS:
            event_type = T.ACCUSE
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


def extract_sentence(sentence: Any, sentence_index: int, known: Known = None) -> list[EventCandidate]:
    """All event candidates of one parsed sentence (negated ones included, flagged)."""
    frames = frames_in(sentence, known)
    by_trigger: dict[int, EventCandidate] = {}
    extra: list[EventCandidate] = []
    for frame in frames:
        candidate = candidate_from_frame(frame, sentence_index, known)
        if candidate is not None:
            by_trigger[frame.trigger.i] = candidate
        refusal = refusal_candidate(frame, sentence_index, known)
        if refusal is not None:
            extra.append(refusal)
    fold_embedded(frames, by_trigger)
    candidates = list(by_trigger.values()) + extra + speech_candidates(sentence, sentence_index, known)
    return sorted(candidates, key=lambda c: c.trigger.start)
