"""Nouns of force told in passing: which name force outright, who led it ("US-led airstrikes"), and
when the noun names force that has not happened ("fear of airstrikes", "a planned offensive").

Example:
    >>> sorted(FORCE_NOUNS)[:3]
    ['air blitz', 'air campaign', 'air raid']
"""

from __future__ import annotations

from functools import lru_cache

from ..actors.builtin import data_dir, table_items, table_records
from ..codes import EventType
from ..schemas import EventCandidate
from .entries import Trigger, _entries
from .frame_record import Token

FORCE_PREPS = ("on", "against", "in", "at", "into", "targeting", "of")

# Force nouns the main lexicon does not carry, with the kind of force they name.
FORCE_NOUNS: dict[str, Trigger] = {
    **_entries(EventType.ASSAULT, "blitz, air blitz, air campaign, bombing campaign, air raid, air raids, "
               "air war, bombardments", mode="aerial",
               target_preps=FORCE_PREPS, needs_target=True),
    **_entries(EventType.ASSAULT, "artillery fire, mortar fire, tank fire, rocket fire, artillery barrage, "
               "missile strike, missile strikes, shellings",
               mode="heavy-weapons", target_preps=FORCE_PREPS, needs_target=True),
    **_entries(EventType.ASSAULT, "rocket attack, rocket attacks, mortar attack, mortar attacks",
               mode="aerial", target_preps=FORCE_PREPS, needs_target=True),
    **_entries(EventType.ASSAULT, "invasions, incursions, offensives, assaults, ambushes, onslaught, "
               "military intervention, armed intervention, military interventions", target_preps=FORCE_PREPS,
               needs_target=True),
}

# Weapons that, going off, are force by someone unnamed: "a roadside bomb exploded, killing two".
WEAPON_MODES = {
    **dict.fromkeys(("bomb", "bombs", "booby trap", "booby traps", "ied", "ieds",
                     "explosive device", "explosive devices", "device", "mine", "mines", "landmine", "landmines",
                     "explosives", "suicide belt", "suicide vest", "grenade", "grenades"), "explosives"),
    **dict.fromkeys(("shell", "shells", "mortar", "mortars", "mortar round", "mortar rounds", "artillery shell",
                     "artillery shells"), "heavy-weapons"),
}


def weapon_mode(noun: Token) -> str | None:
    """The mode of force a weapon noun names ("booby trap": explosives), or None.

    Weapons named by two words count as one: "booby trap", "explosive device".
    """
    if noun.pos_ not in ("NOUN", "PROPN"):
        return None
    return _named_weapon(noun, WEAPON_MODES)


def _named_weapon(noun: Token, modes: dict[str, str]) -> str | None:
    """The mode ``modes`` gives the weapon the noun names with a modifier ("mustard gas"), or alone."""
    pairs = [f"{c.lower_} {noun.lower_}" for c in noun.children if c.dep_ in ("compound", "amod")]
    return next((modes[p] for p in pairs if p in modes), None) or modes.get(noun.lower_)


# Weapons whose use is force in itself: "Syria's use of chemical weapons against its own people".
USED_WEAPONS = {
    **dict.fromkeys(("chemical weapons", "chemical weapon", "sarin", "chlorine", "nerve agent", "poison gas",
                     "toxic gas", "mustard gas", "white phosphorus"), "unconventional"),
    **dict.fromkeys(("barrel bombs", "cluster munitions", "cluster bombs"), "aerial"),
    **dict.fromkeys(("live ammunition", "live fire"), "firearms"),
}


def weapon_use(noun: Token) -> Trigger | None:
    """"the regime's use of sarin": the use of a weapon that is force in itself names an attack."""
    if noun.lemma_.lower() != "use":
        return None
    for prep in noun.children:
        for obj in prep.children if prep.dep_ == "prep" and prep.lower_ == "of" else ():
            mode = _named_weapon(obj, USED_WEAPONS)
            if mode is not None:
                return Trigger(EventType.ASSAULT, mode, target_preps=("against", "on", "in"), needs_target=True)
    return None


# Nouns that name force and nothing else, so that who used it is enough to code it: "the Turkish
# incursion" (not "strikes", which workers hold too, nor "war" or "campaign", which may be of words).
PLAIN_FORCE = frozenset(FORCE_NOUNS) | frozenset({
    "airstrike", "airstrikes", "air strike", "air strikes", "bombing", "bombings", "shelling", "offensive",
    "assault", "invasion", "incursion", "bombardment", "ambush", "barrage", "drone strike", "drone strikes",
    "drone attack", "drone attacks", "chemical attack", "chemical attacks", "gas attack", "gas attacks",
    "suicide bombing", "suicide attack", "car bombing", "military operation", "ground operation",
    "military operations", "ground operations", "attack", "attacks", "massacre", "massacres",
})

# Words under which force is feared, threatened, planned or prevented rather than reported as done.
UNREAL_HEADS = frozenset({
    "fear", "threat", "risk", "prospect", "possibility", "danger", "plan", "warning", "spectre", "specter",
    "prevent", "avert", "avoid", "deter", "threaten", "warn", "consider", "contemplate", "weigh", "propose",
    "urge", "demand", "request", "approve", "authorise", "authorize", "expect", "anticipate", "brace",
    "prepare", "preparation", "rule", "call", "vote", "pretext", "justification", "option", "scenario",
    "rehearse", "simulate", "deny", "denial", "spare", "spared", "escape",
    # and words that recall past force rather than report it: "the anniversary of the invasion"
    "anniversary", "commemoration", "memorial", "legacy", "memory", "memories",
})
UNREAL_MODIFIERS = frozenset({
    "possible", "potential", "planned", "imminent", "threatened", "future", "looming", "impending",
    "expected", "feared", "hypothetical", "proposed", "prospective", "anticipated",
    "verbal", "rhetorical", "personal", "political", "legal", "scathing", "blistering", "withering",
})
# The path from a noun up to the word that governs it runs through these relations.
PATH_DEPS = frozenset({"pobj", "prep", "agent", "dobj", "conj", "appos", "compound", "nsubjpass", "attr", "acl"})


def led_by(noun: Token) -> list[Token]:
    """"US-led airstrikes", "the Saudi-led offensive": who led the force the noun names."""
    return [t for c in noun.children if c.dep_ == "amod" and c.lower_ == "led"
            for t in c.children if t.dep_ in ("npadvmod", "compound", "nmod", "advmod")
            and t.pos_ in ("PROPN", "NOUN", "ADJ")]


# Participles saying who carried force out: "a siege imposed by", "an offensive launched by".
FORCE_PARTICIPLES = frozenset({"conduct", "impose", "carry", "launch", "lead", "wage", "mount", "orchestrate",
                               "perpetrate", "stage", "unleash", "commit", "order", "fire", "plant", "lay"})


def done_by(noun: Token) -> list[Token]:
    """"a siege imposed by rebel groups", "a gas attack, orchestrated by the regime": the agent of the
    participle that says who carried force out (not "a deal brokered by China", a go-between)."""
    return participle_agents(noun, FORCE_PARTICIPLES)


def participle_agents(noun: Token, lemmas: frozenset[str]) -> list[Token]:
    """The "by" agents of the noun's past participles among ``lemmas``: "aid sent by Japan" -> [Japan]."""
    return [o for c in noun.children if c.dep_ == "acl" and c.tag_ == "VBN" and c.lemma_.lower() in lemmas
            for a in c.children if a.dep_ == "agent" for o in a.children if o.dep_ == "pobj"]


def unreal(noun: Token) -> bool:
    """Force the sentence names as feared, threatened, planned, prevented or still to come ("fears of a
    Turkish attack", "to prevent Israeli strikes", "a possible offensive", "will begin a bombardment
    followed by a ground attack"), or words only ("verbal assaults"). Ongoing force that someone wants
    stopped ("to stop the incursion") has happened."""
    if any(c.lower_ in UNREAL_MODIFIERS for c in noun.children if c.dep_ in ("amod", "compound")):
        return True
    if noun.dep_ in ("nsubj", "nsubjpass") and has_modal(noun.head):
        return True  # "strikes on Iran could trigger a war"
    token, participle = noun, False
    for _ in range(8):
        if token.dep_ not in PATH_DEPS or token.head is token:
            return False
        token = token.head
        if token.lemma_.lower() in UNREAL_HEADS or token.lower_ in UNREAL_HEADS:
            return True
        if token.pos_ in ("VERB", "AUX") and token.dep_ == "acl":  # "a bombardment followed by an attack"
            participle = True
        elif token.pos_ in ("VERB", "AUX"):  # the governing clause's own modality is read elsewhere
            return participle and has_modal(token)
    return False


def has_modal(verb: Token) -> bool:
    """"could trigger", "will begin": the verb has a modal auxiliary."""
    return any(c.dep_ == "aux" and c.tag_ == "MD" for c in verb.children)


def drop_told_by_verb(candidates: list[EventCandidate], verbs: set[int]) -> None:
    """"Israeli airstrikes killed 20 people", "a missile strike on a port in Odesa killed five sailors": a
    force noun that is the agent of a verb's force is one event with it, told by the verb with whom it
    struck (the victims, not the place the noun names), in the noun's mode. "Clashes between the army
    and rebels killed nine" are the two sides' fight, and stay. ``verbs``: where verb triggers start."""
    told = [c for c in candidates if c.event_type == "ASSAULT" and c.targets and not c.negated
            and c.trigger.start in verbs]
    for candidate in candidates:
        nominal = candidate.event_type == "ASSAULT" and candidate.trigger.start not in verbs
        if not nominal or candidate.negated or candidate.symmetric:
            continue
        own = [candidate.trigger.start] + [m.head.start for m in candidate.sources]  # the noun, or its agent word
        teller = next((c for c in told for m in c.sources if any(m.phrase.start <= i < m.phrase.end for i in own)),
                      None)
        if teller is None:
            continue
        teller.mode = teller.mode or candidate.mode
        candidate.negated = True
        candidate.rule += "+told-by-verb"


@lru_cache(maxsize=1)
def known_place_names() -> frozenset[str]:
    """Capitals and regions of the built-in countries, lower-cased ("kabul", "moscow", "gaza"): as a
    modifier of an event noun ("the Kabul assault", "the Moscow talks", "the Gaza offensive") a place names
    where it happened, not who acted."""
    rows = table_records(data_dir() / "countries.tsv", 7)
    return frozenset(place.lower() for _, fields in rows for place in table_items(fields[4]) + table_items(fields[6]))


def at_hands_of(token: Token) -> list[Token]:
    """"persecution at the hands of the militia": who did it, named by "at the hands of"."""
    return [o for p in token.children if p.dep_ == "prep" and p.lower_ == "at"
            for h in p.children if h.dep_ == "pobj" and h.lower_ == "hands"
            for q in h.children if q.dep_ == "prep" and q.lower_ == "of"
            for o in q.children if o.dep_ == "pobj"]
