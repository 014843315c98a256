"""Finding the actors of a trigger in the dependency parse.

Everything here works on spaCy tokens and returns ``ArgumentMention`` records: the head of the
actor phrase, the whole phrase, and a descriptor (the role words that say who the person is,
"Turkey's foreign minister") for the actors stage to resolve.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

from ..schemas import ArgumentMention, Span

Token = Any  # spaCy Token; kept loose so tests can pass hand-built docs

ACTOR_ENTS = frozenset({"PERSON", "ORG", "GPE", "NORP", "FAC"})
NOT_ACTOR_ENTS = frozenset({"DATE", "TIME", "EVENT", "MONEY", "QUANTITY", "PERCENT", "CARDINAL", "ORDINAL",
                            "LAW", "WORK_OF_ART", "LANGUAGE", "PRODUCT"})
PERSONAL_PRONOUNS = frozenset(
    ["he", "she", "they", "it", "we", "i", "him", "her", "them", "us", "his", "its", "their", "our", "my"]
)
# Nouns that name people or bodies able to act: the agent side of a phrase.
AGENT_NOUNS = frozenset(
    ["minister", "ministers", "president", "presidents", "premier", "chancellor", "king", "queen", "prince", "emir", "sheikh", "leader", "leaders", "government", "governments", "administration", "cabinet", "official", "officials", "diplomat", "diplomats", "envoy", "envoys", "ambassador", "ambassadors", "counterpart", "counterparts", "spokesman", "spokeswoman", "spokesperson", "secretary", "army", "armies", "military", "troops", "forces", "force", "soldiers", "navy", "militia", "militias", "police", "officers", "guards", "rebels", "rebel", "militants", "militant", "insurgents", "insurgent", "fighters", "fighter", "jihadists", "gunmen", "group", "groups", "protesters", "protester", "demonstrators", "activists", "students", "workers", "civilians", "residents", "opposition", "parliament", "lawmakers", "legislators", "senators", "congress", "court", "judge", "judges", "prosecutors", "prosecutor", "authorities", "authority", "regime", "junta", "coalition", "alliance", "state", "states", "country", "countries", "nation", "nations", "pair", "delegation", "negotiators", "mediators", "agency", "gunman", "gunmen", "soldier", "attacker", "attackers", "assailants", "hackers", "bombers", "aircraft", "jets", "warplanes", "drones", "navy", "coastguard", "guard", "guards", "troop", "farmers", "doctors", "families", "donors", "journalists", "journalist", "activist", "jury", "investigators", "agents", "reservists", "refugees", "migrants", "women", "hostages", "prisoners", "detainees", "marines", "paratroopers", "commandos", "villagers", "worshippers", "passengers", "airstrike", "airstrikes", "missiles", "missile", "rockets", "artillery", "warships", "warship", "tanks", "drone", "ministry", "department", "council", "commander", "commanders", "chief", "head", "general", "generals", "mayor", "governor", "governors", "party", "parties", "movement", "faction", "factions", "union", "bloc", "organization", "organisation", "committee", "commission", "intelligence"]
)
INSIDE_DEPS = frozenset({"poss", "pobj", "prep", "compound", "nmod", "amod", "acl", "agent", "npadvmod"})
PARTICLE_WORDS = frozenset({"out", "away", "back", "off", "up", "down", "over", "in"})
CONTENT_DEPS = frozenset({"relcl", "acl", "punct", "cc", "conj", "appos", "advcl", "prep"})


def token_span(doc: Any, start: int, end: int) -> Span:
    """Span of tokens [start, end) as character offsets."""
    span = doc[start:end]
    return Span(span.start_char, span.end_char, span.text)


def entity_of(token: Token) -> Any | None:
    """The named entity the token belongs to, if any (read off the IOB tags: ``doc.ents`` is rebuilt
    on every access)."""
    if not token.ent_type_:
        return None
    doc = token.doc
    start, end = token.i, token.i + 1
    while doc[start].ent_iob_ == "I" and start > 0:
        start -= 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    return doc[start:end]


def is_actor_like(token: Token, known: Callable[[str], bool] | None = None) -> bool:
    """Could this token head a phrase naming an actor?"""
    if token.ent_type_ in ACTOR_ENTS:
        return True
    lower = token.lower_
    if token.pos_ == "PRON":
        return lower in PERSONAL_PRONOUNS
    if token.pos_ in ("NOUN", "PROPN") and (lower in AGENT_NOUNS or token.lemma_.lower() in AGENT_NOUNS):
        return True
    if token.pos_ == "PROPN" and token.ent_type_ not in NOT_ACTOR_ENTS:
        return True  # names the parser could not type: places and people the actors stage resolves
    if known is not None and token.pos_ == "NOUN":
        compound = " ".join(t.text for t in token.children if t.dep_ == "compound" and t.i < token.i)
        return known(f"{compound} {token.text}" if compound else token.text)  # "security services"
    return False


def phrase_bounds(token: Token) -> tuple[int, int]:
    """Token range of the noun phrase headed by ``token``, without clauses, conjuncts or appositions."""
    keep = [token.i]
    stack = [c for c in token.children if c.dep_ not in CONTENT_DEPS or (c.dep_ == "prep" and c.lower_ == "of")
             or _located(c)]
    while stack:
        child = stack.pop()
        keep.append(child.i)
        stack.extend(c for c in child.children if c.dep_ not in ("relcl", "acl", "advcl", "conj", "cc", "appos"))
    start, end = min(keep), max(keep) + 1
    doc = token.doc
    while start < end - 1 and (doc[start].is_punct or doc[start].ent_type_ in ("DATE", "TIME")):
        start += 1
    while end - 1 > start and doc[end - 1].is_punct:
        end -= 1
    return start, end


def _located(prep: Token) -> bool:
    """"protesters in Tbilisi", "a court in Yekaterinburg": where a group is, part of who it is."""
    return prep.dep_ == "prep" and prep.lower_ == "in" and any(
        o.dep_ == "pobj" and o.ent_type_ in ("GPE", "LOC") for o in prep.children
    )


def head_span(token: Token) -> Span:
    ent = entity_of(token)
    if ent is not None and token.ent_type_ in ACTOR_ENTS:
        return Span(ent.start_char, ent.end_char, ent.text)
    return Span(token.idx, token.idx + len(token.text), token.text)


def mention_for(token: Token, descriptor: tuple[int, int] | None = None) -> ArgumentMention:
    doc = token.doc
    start, end = phrase_bounds(token)
    mention = ArgumentMention(
        head=head_span(token),
        phrase=token_span(doc, start, end),
        is_pronoun=token.pos_ == "PRON",
    )
    if descriptor is not None:
        mention.descriptor = token_span(doc, *descriptor)
    return mention


def _appositions(token: Token) -> list[Token]:
    return [c for c in token.children if c.dep_ == "appos"]


def _conjuncts(token: Token) -> list[Token]:
    out = []
    for conj in token.conjuncts:
        if conj.i > token.i:
            out.append(conj)
    return out


def _is_named(token: Token) -> bool:
    return token.pos_ == "PROPN" or token.ent_type_ in ("PERSON", "ORG")


def _country_modifiers(token: Token) -> list[Token]:
    """Country words modifying a role noun: "his US and Qatari counterparts" -> [US, Qatari]."""
    mods = [c for c in token.children if c.dep_ in ("nmod", "amod", "compound") and c.ent_type_ in ("GPE", "NORP")]
    for mod in list(mods):
        mods.extend(c for c in mod.conjuncts if c not in mods)
    return sorted(mods, key=lambda t: t.i)


def expand_argument(token: Token, known: Callable[[str], bool] | None = None) -> list[ArgumentMention]:
    """All actors a phrase names: coordination, appositions and role nouns resolved to the people named.

    "his US and Qatari counterparts, Antony Blinken and Al Thani" gives two mentions, each with a
    descriptor ("US counterparts", "Qatari counterparts") the actors stage can use.
    """
    mentions: list[ArgumentMention] = []
    for item in [token, *_conjuncts(token)]:
        if any(c.lower_ == "other" for c in item.children) and mentions:
            continue  # "Haniyeh and other Hamas officials": the first is one of the second
        mentions.extend(_expand_item(item, known))
    return mentions


def _expand_item(item: Token, known: Callable[[str], bool] | None) -> list[ArgumentMention]:
    appos = _appositions(item)
    countries = _country_modifiers(item)
    if not appos and len(countries) > 1 and not _is_named(item):
        # "Jordanian and US aircraft": one actor per country, each described as "<country> <noun>"
        return [_described(item, country, _text_for(item, country, countries)) for country in countries]
    origins = _origins(item)
    if not appos and len(origins) > 1 and not _is_named(item):
        # "officials from the United States and Iran": one actor per country
        return [_described(item, origin, f"{origin.text} {item.text}") for origin in origins]
    if not appos:
        return [mention_for(item)] if is_actor_like(item, known) or _is_named(item) else []
    named = [a for a in appos if _is_named(a)]
    role = [a for a in appos if not _is_named(a)]
    if item.ent_type_ in ("GPE", "ORG") and named and all(a.ent_type_ in ("GPE", "ORG") for a in named):
        # "Mali, Burkina Faso and Niger": a list the parser read as an apposition
        listed = [item, *named, *(c for a in named for c in _conjuncts(a))]
        return [mention_for(t) for t in listed] + [m for r in role for m in _expand_item(r, known)]
    if _is_named(item):
        # "Ibrahim Kalin, the head of Turkey's intelligence agency"
        descriptor = phrase_bounds(role[0]) if role else None
        return [mention_for(item, descriptor)]
    people: list[Token] = []
    for person in named:
        people.extend([person, *_conjuncts(person)])
    mentions: list[ArgumentMention] = []
    if people:
        countries = _country_modifiers(item)
        start, end = phrase_bounds(item)
        for i, person in enumerate(people):
            if len(countries) == len(people):
                mention = mention_for(person)
                mention.descriptor = _described(item, countries[i]).descriptor
                mentions.append(mention)
            else:
                mentions.append(mention_for(person, (start, end)))
    for other_role in role:
        # "Hamas' political head, Ismail Haniyeh" hanging as a second apposition; "Assad's backers, Iran and
        # Russia" (the names parsed as conjuncts of the role)
        for item_or_conjunct in [other_role, *_conjuncts(other_role)]:
            mentions.extend(_expand_item(item_or_conjunct, known))
    return mentions


def _text_for(item: Token, country: Token, countries: list[Token]) -> str:
    """"British intelligence agencies" out of "British and French intelligence agencies"."""
    start, end = phrase_bounds(item)
    others = {c.i for c in countries if c.i != country.i}
    words = [t.text for t in item.doc[start:end]
             if t.i not in others and t.dep_ not in ("cc", "punct", "det", "poss", "case")]
    return " ".join(words)


def _origins(item: Token) -> list[Token]:
    """Countries in "<people> from A and B"."""
    preps = ("from", "of") if item.tag_ == "NNS" else ("from",)  # "the leaders of France, Germany and Italy"
    found = [o for p in item.children if p.dep_ == "prep" and p.lower_ in preps
             for o in p.children if o.dep_ == "pobj" and o.ent_type_ in ("GPE", "NORP", "ORG")]
    for origin in list(found):
        found.extend(c for c in origin.conjuncts if c not in found)
    return found


def _described(item: Token, country: Token, text: str | None = None) -> ArgumentMention:
    mention = mention_for(country)
    text = text or f"{country.text} {item.text}"
    first, last = sorted((country, item), key=lambda t: t.i)  # "officials from Iran": the noun comes first
    mention.phrase = Span(first.idx, last.idx + len(last.text), text)
    mention.descriptor = mention.phrase
    return mention


def children_with(token: Token, deps: Iterable[str]) -> list[Token]:
    wanted = set(deps)
    return [c for c in token.children if c.dep_ in wanted]


def prep_objects(token: Token, preps: Iterable[str]) -> list[Token]:
    """Objects of the given prepositions attached to ``token`` ("talks *with* X", "on behalf of X")."""
    wanted = set(preps)
    found: list[Token] = []
    particles = [  # "pulled out *of* X", "out" parsed as a particle or as a preposition without object
        c for c in token.children
        if c.lower_ in PARTICLE_WORDS and (c.dep_ in ("prt", "advmod", "prep"))
    ]
    for prep in [*token.children, *(g for p in particles for g in p.children)]:
        if prep.dep_ not in ("prep", "agent", "dative"):
            continue
        for obj in prep.children:
            if obj.dep_ != "pobj" or obj.ent_type_ in ("DATE", "TIME"):
                continue
            if obj.lower_ == "behalf":  # "on behalf of X"
                found.extend(prep_objects(obj, ["of"]))
            elif prep.lower_ in wanted:
                found.append(obj)
                # "with A, as well as with B": the second prep hangs on the first object
                found.extend(prep_objects(obj, [prep.lower_]) if prep.lower_ in ("with", "to") else [])
    return found


def find_actor_inside(token: Token, known: Callable[[str], bool] | None = None, depth: int = 5) -> Token | None:
    """The nearest actor-like token inside a non-actor phrase: "the consequences of Israel's operations"."""
    frontier = [token]
    pronoun = None
    for _ in range(depth):
        nxt = [child for tok in frontier for child in tok.children if child.dep_ in INSIDE_DEPS]
        named = [t for t in nxt if t.dep_ not in ("prep", "agent") and is_actor_like(t, known) and t.pos_ != "PRON"]
        if named:
            return named[0]
        pronoun = pronoun or next((t for t in nxt if t.dep_ == "poss" and t.pos_ == "PRON"), None)
        frontier = nxt
    return pronoun  # "its northern border with Lebanon": Lebanon, not "its"
