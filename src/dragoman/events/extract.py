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
from .arguments import expand_argument, is_actor_like, mention_for, prep_objects
from .censure import ALLEGING_VERBS, LABEL_NOUNS, claimed_party
from .clauses import (
    ClauseContext,
    Modality,
    analyse_clause,
    is_negated,
    local_modality,
    nominal_failed,
    subject_of,
)
from .frames import Frame, condition_subjects, frames_in, noun_agents
from .lexicon import (
    ACT_NOUNS,
    BLAME_ADVERBS,
    BLAME_VERBS,
    BLAME_WORDS,
    INTENT_VERBS,
    LIGHT_VERBS,
    NOUN_CONTEXTS,
    PRAISE_WORDS,
    SPEECH_VERBS,
)

Token = Any
Known = Callable[[str], bool] | None

FORCE_TYPES = frozenset({T.ASSAULT, T.COERCE, T.THREATEN, T.SANCTION})
COOPERATIVE_TYPES = frozenset({T.AGREE, T.CONSULT, T.SUPPORT, T.CONCEDE, T.COOPERATE, T.AID, T.RETREAT})
# Events a passive may report without naming who acted ("was arrested", "were killed", "was accused").
AGENTLESS_TYPES = frozenset({T.ASSAULT, T.COERCE, T.ACCUSE, T.SANCTION, T.REQUEST})
ARMED_SECTORS = frozenset({"GOV", "MIL", "REB", "SPY", "COP"})
OWN_DOUBT = frozenset({"negated", "hypothetical", "question"})
WILL = frozenset({"will", "wo", "would", "'ll"})
SPEECH_ACT_TYPES = frozenset({T.REQUEST, T.THREATEN, T.AGREE, T.REJECT, T.ACCUSE})
REFUSAL_VERBS = frozenset({"refuse", "decline", "reject"})
INTENT_OR_SPEECH = INTENT_VERBS | SPEECH_VERBS | {"threaten", "vow", "pledge", "promise", "warn", "urge", "ask", "agree"}
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
    context = analyse_clause(frame.clause_verb, count_negation=not frame.negation_is_content)
    event_type = frame.entry.event_type
    speaker = _speaker_mentions(context, known)
    sources = _replace_first_person(_mentions(frame.sources, known), speaker)
    if not sources and frame.sources and event_type is T.PROTEST:
        sources = [mention_for(frame.sources[0])]  # a crowd: "tens of thousands of people rallied"
    targets = _replace_first_person(_mentions(frame.targets, known), speaker)
    candidate = EventCandidate(
        sentence_index=sentence_index,
        event_type=event_type.value,
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
    purpose = (event_type in FORCE_TYPES or event_type is T.REQUEST) and _is_purpose(frame)
    if modality not in NOT_NEGATED or purpose:
        candidate.negated = True
        candidate.rule += f"+{modality.value}"
        return candidate
    if modality in (Modality.FUTURE, Modality.INTENDED):
        _apply_intent(candidate, event_type, sources, speaker, context)
    elif event_type is T.RETREAT and frame.mode != "release" and _ordered(frame):
        candidate.event_type, candidate.mode = T.CONCEDE.value, None  # an ordered withdrawal is promised
        candidate.rule += "+ordered"
        own = {t.idx for p in frame.trigger.children if p.dep_ == "prep" and p.lower_ == "of"
               for t in p.subtree}  # "the withdrawal of US troops": its own, not "out of Afghanistan"
        candidate.targets = [m for m in candidate.targets if m.head.start not in own]
    if event_type is T.THREATEN:  # "Russia could attack X, a German general warned": whose force is it?
        if _warns_of_circumstance(frame, known):
            candidate.negated = True
            candidate.rule += "+warning-of-circumstance"
            return candidate
        candidate.warned_about = [] if frame.trigger.lemma_.lower() == "threaten" else [
            m for clause in frame.trigger.children if clause.dep_ == "ccomp"  # "threatened that X would pay": X
            for subject in [subject_of(clause)] if subject is not None and subject.pos_ != "PRON"
            for m in expand_argument(subject, known)
        ]
    unnamed = _agentless_passive(frame, event_type) or frame.unclaimed is not None or frame.agentless
    if not candidate.sources and unnamed and targets:
        candidate.agentless = True  # "Robinson was arrested in Didim": by someone the sentence does not name
        candidate.rule += "+agentless"
        candidate.confidence = 0.5
    return candidate if candidate.sources or candidate.agentless else None


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


RISK_NOUNS = frozenset({"risk", "danger", "possibility", "prospect", "likelihood", "famine", "crisis",
                        "catastrophe", "disaster", "shortage", "shortages", "collapse", "outbreak", "starvation"})


def _warns_of_circumstance(frame: Frame, known: Known) -> bool:
    """"Aid agencies warned that an assault could cause a crisis": a warning about what may happen,
    aimed at no one, is no threat. "Iran warned it would respond" (its own force) stays one."""
    trigger = frame.trigger
    if trigger.lemma_.lower() != "warn":
        return False
    against = prep_objects(trigger, ["against"])  # "warned against a hasty withdrawal": advice, not force
    if against and not trigger_objects(trigger) and not any(is_actor_like(o, known) for o in against):
        return True
    if any(is_actor_like(t, known) for t in frame.targets):
        return False
    if any(o.lemma_.lower() in RISK_NOUNS for o in prep_objects(trigger, ["of", "about", "against"])):
        return True
    subjects = [subject_of(c) for c in trigger.children if c.dep_ == "ccomp"]
    return any(s is not None and s.pos_ != "PRON" and not is_actor_like(s, known) for s in subjects)


def trigger_objects(verb: Token) -> list[Token]:
    return [c for c in verb.children if c.dep_ in ("dobj", "dative")]


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
    return verb.dep_ in ("advcl", "xcomp") and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children) \
        and verb.head.lemma_.lower() not in INTENT_OR_SPEECH


DISCLOSURE_VERBS = frozenset({"say", "comment", "confirm", "deny", "disclose", "elaborate", "specify", "reveal", "give",
                              "discuss", "answer", "respond", "speculate", "identify", "name"})


def _no_rejection(trigger: Token) -> bool:
    """Refusing to say something rejects no one; denying an act answers an accusation."""
    lemma = trigger.lemma_.lower()
    clauses = [c for c in trigger.children if c.dep_ in ("xcomp", "ccomp")]
    if lemma in ("decline", "refuse") and any(c.lemma_.lower() in DISCLOSURE_VERBS for c in clauses):
        return True
    if lemma == "deny":
        gerunds = [c for c in trigger.children if c.dep_ in ("dobj", "xcomp", "pcomp") and c.tag_ == "VBG"]
        return bool(clauses or gerunds)
    return False


def _nominal_negated(noun: Token) -> bool:
    return any(c.dep_ == "det" and c.lower_ == "no" for c in noun.children)


def _apply_intent(
    candidate: EventCandidate,
    event_type: T,
    sources: list[ArgumentMention],
    speaker: list[ArgumentMention],
    context: ClauseContext,
) -> None:
    """Future or intended action: force is a threat (or, in another's words, an accusation).

    Whether the speaker is "another" is settled after actors are resolved (``settle_reported_force``).
    """
    if event_type in FORCE_TYPES:
        candidate.event_type, candidate.mode = T.THREATEN.value, None
        if speaker and not _same_tokens(speaker, sources):
            candidate.speakers = speaker
    elif event_type is T.RETREAT:
        candidate.event_type, candidate.mode = T.CONCEDE.value, None  # a promised withdrawal is a concession
    elif event_type not in (T.CONSULT, T.CONCEDE) and event_type not in SPEECH_ACT_TYPES:
        candidate.event_type, candidate.mode = T.AGREE.value, None
    candidate.rule += f"+{context.modality.value}"
    candidate.confidence = 0.6


ORDERING_VERBS = frozenset({"order", "decide", "announce", "approve", "authorise", "authorize"})


def _ordered(frame: Frame) -> bool:
    """"ordered the withdrawal of US troops", "decided to pull all forces out": decided, not yet done."""
    verb = frame.clause_verb
    if verb is not frame.trigger:
        return verb.lemma_.lower() in ORDERING_VERBS
    return verb.dep_ in ("xcomp", "acl") and verb.head.lemma_.lower() in ORDERING_VERBS


def settle_reported_force(candidate: EventCandidate) -> None:
    """"Israel will set its sights on Anatolia," Erdogan said: the speaker's ACCUSE of Israel.

    When speaker and actor are on the same side ("the army would launch an offensive", said the
    defence minister) it stays the actor's THREATEN.
    """
    speakers = [m for m in candidate.speakers if m.actor is not None]
    if not speakers or candidate.event_type != T.THREATEN.value:
        return
    sides = {m.actor.country for m in candidate.sources if m.actor is not None}
    if None in sides or any(m.actor.country in sides for m in speakers):  # type: ignore[union-attr]
        # the speaker's own side: "the army would launch an offensive," the defence minister said
        candidate.sources = speakers
        return
    candidate.needs_target = False  # the accused is the actor, whatever it was aimed at
    candidate.event_type, candidate.mode = T.ACCUSE.value, "allege"
    candidate.targets, candidate.sources = candidate.sources, speakers
    candidate.rule += "+reported"


def settle_warning(candidate: EventCandidate) -> None:
    """A warning about another side's force is no threat by the one who warns."""
    about = {m.actor.country for m in candidate.warned_about if m.actor is not None and m.actor.country}
    own = {m.actor.country for m in candidate.sources if m.actor is not None}
    aimed = any(m.actor is not None for m in candidate.targets)
    # unarmed people ("civilians need evacuation") are warned about, not threatened, unless addressed
    unarmed = any(m.actor is not None and m.actor.sector not in ARMED_SECTORS for m in candidate.warned_about)
    if not about & own and (about or (unarmed and not aimed)):
        candidate.negated = True
        candidate.rule += "+warning-about-other"


def _same_tokens(a: list[ArgumentMention], b: list[ArgumentMention]) -> bool:
    return {m.head.start for m in a} == {m.head.start for m in b}


def drop_consequences(frames: list[Frame], candidates: dict[int, EventCandidate]) -> None:
    """"Missiles struck a dam, killing two people": the killing is the strike's toll, not a second attack."""
    clause_verbs = {f.clause_verb.i for f in frames}
    for frame in frames:
        verb = frame.clause_verb
        candidate = candidates.get(frame.trigger.i)
        if candidate is None or frame.entry.event_type is not T.ASSAULT:
            continue
        if verb.dep_ == "advcl" and verb.tag_ == "VBG" and verb.head.i in clause_verbs:
            candidate.negated = True
            candidate.rule += "+consequence"


def fold_embedded(frames: list[Frame], candidates: dict[int, EventCandidate]) -> None:
    """Fold the content of speech acts into them: "threatened to strike Kyiv", "refused to meet X"."""
    by_verb = {f.clause_verb.i: f for f in frames}
    for frame in frames:
        verb = frame.clause_verb
        if verb.dep_ == "conj" and verb.head.dep_ in ("xcomp", "ccomp"):
            verb = verb.head  # "asked them to take back the fighters and put them on trial": both are asked for
        governor = verb.head if verb.dep_ in ("xcomp", "ccomp") else None
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
            inner_type = T(frame.entry.event_type)
            if outer_type is T.AGREE and inner_type in FORCE_TYPES:
                outer.event_type = T.THREATEN.value  # "vowed to retaliate against X"
            elif outer_type is T.AGREE and inner_type in (T.CONCEDE, T.RETREAT) and inner.mode != "release":
                outer.event_type = T.CONCEDE.value  # "promised to ease restrictions"
            inner.negated = True
            inner.rule += "+folded"


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
        speaker = subject_of(verb)
        if speaker is None or not is_actor_like(speaker, known):
            continue
        if is_negated(verb):
            continue  # "did not claim that Kenya had violated the deal"
        alleging = verb.lemma_.lower() in ALLEGING_VERBS
        for clause in (c for c in verb.children if c.dep_ in ("ccomp", "parataxis")):
            candidate = _judgement(clause, speaker, sentence_index, known, alleging)
            if candidate is not None:
                found.append(candidate)
    return found


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
    drop_consequences(frames, by_trigger)
    for frame in frames:  # "threatened to impose controls if Washington expanded ...": the threatened
        candidate = by_trigger.get(frame.trigger.i)
        if candidate is not None and candidate.event_type == T.THREATEN.value:
            condition = _mentions(condition_subjects(frame.clause_verb), known)
            candidate.targets = condition or candidate.targets
    needs_target = {f.trigger.i: f.entry.needs_target for f in frames}
    kept = [c for i, c in by_trigger.items() if c.negated or complete(c, needs_target[i])]
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
