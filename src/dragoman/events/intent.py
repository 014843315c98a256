"""Intended, promised and reported force: the actor's threat, another speaker's accusation, or a
warning about someone else's force (settled once actors are known)."""

from __future__ import annotations

from ..codes import EventType as T
from ..schemas import ArgumentMention, EventCandidate
from .arguments import is_actor_like, prep_objects
from .clauses import ClauseContext, subject_of
from .frame_record import Frame, Known, Token

FORCE_TYPES = frozenset({T.ASSAULT, T.COERCE, T.THREATEN, T.SANCTION})
SPEECH_ACT_TYPES = frozenset({T.REQUEST, T.THREATEN, T.AGREE, T.REJECT, T.ACCUSE})
ARMED_SECTORS = frozenset({"GOV", "MIL", "REB", "SPY", "COP"})
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
    elif event_type is T.PROTEST and candidate.mode == "boycott":
        pass  # "will boycott the summit": announcing a boycott is the protest
    elif event_type is T.RETREAT:
        candidate.event_type, candidate.mode = T.CONCEDE.value, None  # a promised withdrawal is a concession
    elif event_type not in (T.CONSULT, T.CONCEDE) and event_type not in SPEECH_ACT_TYPES:
        candidate.event_type, candidate.mode = T.AGREE.value, None
    candidate.rule += f"+{context.modality.value}"
    candidate.confidence = 0.6


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
