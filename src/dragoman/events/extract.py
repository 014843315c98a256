"""From trigger frames to event candidates: modality, embedding and reported speech applied.

Rules, in PLOVER's terms:
- a negated, failed, questioned or merely possible action is no event; "refused to X" is REJECT;
- "X said Y attacked Z" is Y's ASSAULT on Z; a demand in X's words ("Y has to ...") is X's REQUEST
  of Y; X's claim that Y *will* use force is X's ACCUSE of Y;
- intended or promised force is THREATEN; intended or promised cooperation is AGREE;
- the content of a demand, threat, promise or refusal is folded into that speech act.
"""

from __future__ import annotations

from typing import Any

from ..codes import EventType as T
from ..schemas import ArgumentMention, EventCandidate
from .agreements import (
    gathering,
    halt_frames,
    pardoned_and_freed,
    promised,
    promises_at_home,
    purposes_of_aid,
)
from .arguments import expand_argument, is_actor_like, mention_for
from .clauses import ClauseContext, Modality, analyse_clause, infinitive, nominal_failed, subject_of
from .force_nouns import drop_told_by_verb
from .frame_modality import (
    ALLEGATION_VERBS,
    _agentless_passive,
    _is_purpose,
    _no_rejection,
    _nominal_negated,
    _ordered,
    _refuses,
)
from .frame_record import Known, Token
from .frames import Frame, condition_subjects, frames_in
from .intent import (
    FORCE_TYPES,
    SPEECH_ACT_TYPES,
    _apply_intent,
    _warns_of_circumstance,
    settle_reported_force,
    settle_warning,
)
from .lexicon import NOUN_CONTEXTS
from .speech import FIRST_PERSON, _span, speech_candidates
from .willingness import willingness_frames

__all__ = [
    "candidate_from_frame",
    "complete",
    "drop_consequences",
    "extract_sentence",
    "fold_embedded",
    "settle_reported_force",
    "settle_warning",
    "speech_candidates",
]

OWN_DOUBT = frozenset({"negated", "hypothetical", "question"})
NOT_NEGATED = (Modality.FACTUAL, Modality.FUTURE, Modality.INTENDED)


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
    context = analyse_clause(frame.clause_verb, count_negation=not frame.negation_is_content)
    event_type = frame.entry.event_type
    speaker = _speaker_mentions(context, known)
    sources = _replace_first_person(_mentions(frame.sources, known), speaker)
    if not sources and frame.sources and event_type is T.PROTEST:
        sources = [mention_for(frame.sources[0])]  # a crowd: "tens of thousands of people rallied"
    targets = _replace_first_person(_mentions(frame.targets, known), speaker)
    candidate = _new_candidate(frame, sentence_index, sources, targets)
    if frame.trigger.pos_ != "VERB" and (nominal_failed(frame.trigger) or _nominal_negated(frame.trigger)):
        candidate.negated = True
    if event_type is T.REJECT and _no_rejection(frame.trigger):
        candidate.negated = True  # "declined to comment", "denied carrying out the strikes"
        candidate.rule += "+no-rejection"
        return candidate
    modality = context.modality
    if modality is Modality.STATE and frame.trigger.lemma_.lower() in ALLEGATION_VERBS:
        modality = Modality.FACTUAL  # "members of the cell are accused of beheading prisoners": a live charge
    candidate.modality = modality.value
    if modality is Modality.NEGATED and _refuses(frame, event_type):
        candidate.event_type, candidate.mode = T.REJECT.value, None  # "will not return to talks with X"
        candidate.rule += "+refusal"
        return candidate if candidate.sources else None
    # force, demands and access named as a purpose have not happened ("eased the blockade to allow trucks in")
    purpose = (event_type in FORCE_TYPES or event_type in (T.REQUEST, T.AID) or frame.mode == "access") and _is_purpose(frame)
    if modality not in NOT_NEGATED or purpose:
        candidate.negated = True
        candidate.rule += f"+{modality.value}"
        return candidate
    if modality in (Modality.FUTURE, Modality.INTENDED):
        _apply_intent(candidate, event_type, sources, speaker, context)
    elif event_type is T.RETREAT and frame.mode != "release" and _ordered(frame):
        _as_ordered_withdrawal(candidate, frame)
    if event_type is T.THREATEN and _settle_threat(candidate, frame, known):
        return candidate
    unnamed = _agentless_passive(frame, event_type) or frame.unclaimed is not None or frame.agentless
    if not candidate.sources and unnamed and targets:
        candidate.agentless = True  # "Robinson was arrested in Didim": by someone the sentence does not name
        candidate.rule += "+agentless"
        candidate.confidence = 0.5
    return candidate if candidate.sources or candidate.agentless else None


def _new_candidate(
    frame: Frame, sentence_index: int, sources: list[ArgumentMention], targets: list[ArgumentMention]
) -> EventCandidate:
    candidate = EventCandidate(
        sentence_index=sentence_index,
        event_type=frame.entry.event_type.value,
        trigger=_span(frame.trigger),
        anchor=_span(frame.clause_verb),
        sources=sources,
        targets=targets,
        mode=frame.mode,
        symmetric=frame.entry.symmetric,
        needs_target=frame.entry.needs_target,
        confidence=0.7,
        rule=f"lexicon:{frame.key}" + ("+object" if frame.retyped else ""),
        contexts=_contexts(frame),
        armed_forces=_military(frame.trigger),
    )
    if len(sources) > 1 and any("each other" in m.phrase.text.lower() for m in targets):
        candidate.targets, candidate.reciprocal = [], True  # "India and Canada expelled each other's diplomats"
    return candidate


def _as_ordered_withdrawal(candidate: EventCandidate, frame: Frame) -> None:
    """"ordered the withdrawal of US troops": promised, so a concession, and not to its own troops."""
    candidate.event_type, candidate.mode = T.CONCEDE.value, None
    candidate.rule += "+ordered"
    own = {t.idx for p in frame.trigger.children if p.dep_ == "prep" and p.lower_ == "of"
           for t in p.subtree}  # "the withdrawal of US troops": its own, not "out of Afghanistan"
    candidate.targets = [m for m in candidate.targets if m.head.start not in own]


def _settle_threat(candidate: EventCandidate, frame: Frame, known: Known) -> bool:
    """"Russia could attack X, a German general warned": whose force is it? True when the warning is
    about circumstances, no threat at all (the candidate is then negated)."""
    if _warns_of_circumstance(frame, known):
        candidate.negated = True
        candidate.rule += "+warning-of-circumstance"
        return True
    candidate.warned_about = [] if frame.trigger.lemma_.lower() == "threaten" else [
        m for clause in frame.trigger.children if clause.dep_ == "ccomp"  # "threatened that X would pay": X
        for subject in [subject_of(clause)] if subject is not None and subject.pos_ != "PRON"
        for m in expand_argument(subject, known)
    ]
    return False


def complete(candidate: EventCandidate, needs_target: bool) -> bool:
    """Whether a candidate names enough actors to be an event."""
    if not candidate.sources:
        return candidate.agentless
    if needs_target and not candidate.targets:
        return (candidate.symmetric or candidate.reciprocal) and len(candidate.sources) > 1
    return True


def _contexts(frame: Frame) -> list[str]:
    """Context labels the words give: "joint naval exercises" (military), "food aid" (humanitarian)."""
    found = {"military"} if _military(frame.trigger) else set()
    if frame.key in NOUN_CONTEXTS:
        found.add(NOUN_CONTEXTS[frame.key])
    return sorted(found)


def _military(trigger: Token) -> bool:
    """"joint naval exercises", "military aid": the event belongs to the armed forces."""
    return any(c.lower_ in MILITARY_MODIFIERS for c in trigger.children if c.dep_ in ("amod", "compound"))


MILITARY_MODIFIERS = frozenset({"naval", "military", "army", "air", "defence", "defense", "infantry"})


def drop_consequences(frames: list[Frame], candidates: dict[int, EventCandidate], dropped: set[int]) -> None:
    """"Missiles struck a dam, killing two people": the killing is the strike's toll, not a second attack.
    When the strike itself is not coded (``dropped``: "shelled the warehouse" names no one struck), the
    toll stands for it. "Withdrew the bill, meeting a key demand of the protesters": the meeting is the
    withdrawal itself."""
    clause_verbs = {f.clause_verb.i for f in frames if f.trigger.i not in dropped}
    for frame in frames:
        verb = frame.clause_verb
        candidate = candidates.get(frame.trigger.i)
        if candidate is None or frame.entry.event_type not in (T.ASSAULT, T.CONCEDE):
            continue
        if verb.dep_ == "advcl" and verb.tag_ == "VBG" and verb.head.i in clause_verbs:
            candidate.negated = True
            candidate.rule += "+consequence"
    pardoned_and_freed(frames, candidates)


def fold_embedded(frames: list[Frame], candidates: dict[int, EventCandidate]) -> None:
    """Fold the content of speech acts into them: "threatened to strike Kyiv", "refused to meet X"."""
    by_verb = {f.clause_verb.i: f for f in frames}
    for frame in frames:
        verb = frame.clause_verb
        if verb.dep_ == "conj" and _complement(verb.head):
            verb = verb.head  # "asked them to take back the fighters and put them on trial": both are asked for
        governor = verb.head if _complement(verb) else None
        if governor is None or governor.i not in by_verb:
            continue
        outer = candidates.get(by_verb[governor.i].trigger.i)
        inner = candidates.get(frame.trigger.i)
        if outer is None:
            continue
        outer_type = T(outer.event_type)
        if outer_type not in SPEECH_ACT_TYPES and outer_type is not T.SUPPORT and outer.mode != "access":
            continue
        if inner is not None and inner.modality in OWN_DOUBT:  # "agreed that a war should never be fought"
            inner.rule += "+folded"
            continue
        if inner is not None:
            own = {s.head.start for s in outer.sources}
            if not outer.targets:  # "offered to host talks between Moscow and Kyiv": the parties to the content
                parties = inner.targets or (inner.sources if inner.symmetric else [])
                outer.targets = [m for m in parties if m.head.start not in own]
            if outer_type is T.AGREE:
                promised(outer, by_verb[governor.i].trigger, inner, T(frame.entry.event_type))
            inner.negated = True
            inner.rule += "+folded"


def _stated_willingness(
    sentence: Any, sentence_index: int, known: Known, frames: list[Frame], candidates: dict[int, EventCandidate]
) -> list[Frame]:
    """"Ukraine was ready to accept the ceasefire": the willingness is the event, with what is offered
    folded into it (its partner becomes the target, its force or concession the type)."""
    found = []
    for frame, content in willingness_frames(sentence, known):
        candidate = candidate_from_frame(frame, sentence_index, known)
        if candidate is None:
            continue
        candidate.rule += "+willing"  # the structure decides the type: the classifier does not overrule it
        inner_frame = next((f for f in frames if f.clause_verb.i == content.i), None)
        inner = candidates.get(inner_frame.trigger.i) if inner_frame is not None else None
        if inner is not None and inner_frame is not None:
            candidate.targets = list(inner.targets) or candidate.targets  # what is offered names the partner
            promised(candidate, frame.trigger, inner, T(inner_frame.entry.event_type))
            inner.negated = True
            inner.rule += "+folded"
        candidates[frame.trigger.i] = candidate
        found.append(frame)
    return found


def _complement(verb: Token) -> bool:
    """A clause that completes its head: "asked them to leave", and "committed to protect civilians"
    where the parser hangs the infinitive as an adverbial clause."""
    return verb.dep_ in ("xcomp", "ccomp") or (
        verb.dep_ == "advcl" and infinitive(verb))


def extract_sentence(
    sentence: Any, sentence_index: int, known: Known = None, positions: set[int] | None = None
) -> list[EventCandidate]:
    """All event candidates of one parsed sentence (negated ones included, flagged).

    ``positions`` (from ``trigger_positions``) limits the search to tokens that can matter.
    """
    frames = frames_in(sentence, known, positions)
    by_trigger: dict[int, EventCandidate] = {}
    for frame in frames:
        candidate = candidate_from_frame(frame, sentence_index, known)
        if candidate is not None:
            by_trigger[frame.trigger.i] = candidate
    fold_embedded(frames, by_trigger)
    purposes_of_aid(frames, by_trigger)
    frames.extend(_stated_willingness(sentence, sentence_index, known, frames, by_trigger))
    for frame in halt_frames(sentence, known):
        candidate = candidate_from_frame(frame, sentence_index, known)
        if candidate is not None:
            by_trigger[frame.trigger.i] = candidate
            frames.append(frame)
    promises_at_home(frames, by_trigger)
    needs_target = {f.trigger.i: f.entry.needs_target and not gathering(f, by_trigger) for f in frames}
    dropped = {f.trigger.i for f in frames if f.trigger.i not in by_trigger} | {
        i for i, c in by_trigger.items() if not (c.negated or complete(c, needs_target[i]))}
    drop_consequences(frames, by_trigger, dropped)
    for frame in frames:  # "threatened to impose controls if Washington expanded ...": the threatened
        candidate = by_trigger.get(frame.trigger.i)
        if candidate is not None and candidate.event_type == T.THREATEN.value:
            condition = _mentions(condition_subjects(frame.clause_verb), known)
            candidate.targets = condition or candidate.targets
    for candidate in by_trigger.values():  # "South Korea and Japan pledged to ...": with each other
        mutual = candidate.event_type in (T.AGREE.value, T.CONCEDE.value)  # "... declared a bilateral ceasefire"
        if mutual and len(candidate.sources) > 1 and not candidate.targets:
            candidate.symmetric = True
    kept = [c for i, c in by_trigger.items() if c.negated or complete(c, needs_target[i])]
    drop_told_by_verb(kept, {f.trigger.idx for f in frames if f.trigger.pos_ in ("VERB", "AUX")})
    candidates = kept + speech_candidates(sentence, sentence_index, known, positions)
    return _unique(sorted(candidates, key=lambda c: c.trigger.start))


def _unique(candidates: list[EventCandidate]) -> list[EventCandidate]:
    """One candidate per type and argument heads: "would not return to talks with X" is one refusal."""
    seen: set[tuple[object, ...]] = set()
    kept = []
    for candidate in candidates:
        key = (candidate.event_type, candidate.negated, tuple(m.head.start for m in candidate.sources),
               tuple(m.head.start for m in candidate.targets))
        if key not in seen:
            seen.add(key)
            kept.append(candidate)
    return kept
