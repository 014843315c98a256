"""Context-free resolution of an actor noun phrase: "Turkey's foreign minister" -> TUR/GOV.

The phrase is scanned once, longest match first, against the knowledge base's names, demonyms,
sector nouns and places. What the matches mean is then decided by simple precedence:

1. a known person gives their role on the date ("Blinken" in 2024: USA/GOV);
2. else a known organisation gives its country and sector ("Hamas officials": PSE/REB), unless
   it is an IGO qualified by a country ("Russia's UN envoy": RUS/GOV);
3. else the first country, capital or demonym gives the country and the sector nouns the sector
   (the rightmost strong noun is the head: "army intelligence" is SPY); a capital alone stands for
   the government ("Ankara": TUR/GOV).

Words after "to", "with", "against"... are ignored; places after "in", "from", "at" only supply a
country when nothing else does ("protesters in Tbilisi": GEO/CVL). "pro-Russian", "Iran-backed"
and "London-based" qualify without identifying, so they give no country; "former" removes the
sector.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date

from ..schemas import Actor
from .entries import ActorEntry
from .index import TITLE_WORDS, KnowledgeBase
from .normalize import LEADING_DETERMINERS, is_upper_word, loose_key, raw_words, word_keys, word_set
from .supporters import backed_phrase, supporters_of

LOCATION_WORDS = word_set("in from at near inside outside across throughout around")
STOP_WORDS = word_set(
    "to with against over on into toward towards after during by about including who whom which that "
    "than but as under between among since while whose said says told"
)
CONJUNCTIONS = frozenset({"and", "or", "&"})
PLACE_QUALIFIERS = word_set(
    "north south east west northern southern eastern western central greater upper lower new old "
    "occupied downtown inner outer metropolitan"
)
QUALIFYING_SUFFIXES = word_set(
    "backed allied aligned linked affiliated supported funded sponsored based born educated made "
    "friendly leaning oriented trained armed style installed appointed imposed proxy flagged registered"
)
QUALIFYING_PREFIXES = frozenset({"pro", "anti"})
FORMER_WORDS = frozenset({"former", "ex", "erstwhile", "onetime", "one-time"})
ORG_KINDS = frozenset({"group", "party", "igo", "agency", "media", "ngo"})
_POSSESSIVE_END = re.compile(r"(?:'s|s')$", re.IGNORECASE)


@dataclass
class _Match:
    start: int  # index into tokens
    end: int
    kind: str  # entry, adjective, agent, place, surname
    entry: ActorEntry | None = None
    country: str | None = None
    sector: str | None = None
    weak: bool = False


@dataclass
class _Tokens:
    keys: list[str]
    raws: list[str]  # the written form behind each key token ("US" for the first token of "US-led")
    ignored: set[int]  # token positions that qualify without identifying
    possessive: set[int]  # last token of a word written with "'s" ("Putin's")
    word_of: list[int]  # the raw word each key token comes from


def _tokenize(phrase: str) -> _Tokens:
    keys: list[str] = []
    raws: list[str] = []
    ignored: set[int] = set()
    possessive: set[int] = set()
    word_of: list[int] = []
    for number, word in enumerate(raw_words(phrase)):
        parts = word_keys(word)
        pieces = [p for p in word.split("-") if p]
        written = pieces if len(pieces) == len(parts) else [word] * len(parts)
        if "-" in word and parts and (parts[-1] in QUALIFYING_SUFFIXES or parts[0] in QUALIFYING_PREFIXES):
            ignored.update(range(len(keys), len(keys) + len(parts)))
        keys.extend(parts)
        raws.extend(written)
        word_of.extend([number] * len(parts))
        if parts and _POSSESSIVE_END.search(word):
            possessive.add(len(keys) - 1)
    return _Tokens(keys, raws, ignored, possessive, word_of)


def _raw(tokens: _Tokens, start: int, end: int) -> str:
    return " ".join(tokens.raws[start:end])


def _match_at(kb: KnowledgeBase, tokens: _Tokens, start: int, on: date | None) -> _Match | None:
    first = tokens.keys[start]
    span = max(kb.span_by_first.get(first, 0), kb.span_by_first.get(loose_key(first), 0))
    longest = min(len(tokens.keys) - start, span)
    for size in range(longest, 0, -1):
        end = start + size
        key = " ".join(tokens.keys[start:end])
        raw = _raw(tokens, start, end)
        given = size == 1 and _given_name(tokens, start)
        found = kb.pick(kb.named(key, raw, surnames=size == 1 and raw[:1].isupper() and not given), on)
        if found is not None and not (given and found.kind == "person"):
            return _Match(start, end, "entry", found, found.country, found.sector)
        if key in kb.adjectives and not (key in kb.upper_only and not is_upper_word(raw)):
            return _Match(start, end, "adjective", country=kb.adjectives[key])
        if key in kb.agents:
            sector, weak = kb.agents[key]
            return _Match(start, end, "agent", country=kb.title_countries.get(key), sector=sector, weak=weak)
        if key in kb.places and raw[:1].isupper():  # "the west bank of the river" is no West Bank
            return _Match(start, end, "place", country=kb.places[key])
    return None


def _heritage(match: _Match, following: list[_Match], tokens: _Tokens) -> bool:
    """The first of two nationalities joined by a hyphen: "a British-Egyptian activist" is coded
    by the last one, as is "a Russian-American journalist"."""
    if match.kind != "adjective" or not following or following[0].kind != "adjective":
        return False
    return following[0].start == match.end and tokens.word_of[match.end - 1] == tokens.word_of[match.end]


def _given_name(tokens: _Tokens, start: int) -> bool:
    """The word is followed by another capitalised name word: "Salih Muslim" is not Barham Salih."""
    following = start + 1
    if following >= len(tokens.raws) or start in tokens.possessive:
        return False
    return tokens.raws[following][:1].isupper() and tokens.keys[following] not in TITLE_WORDS


@dataclass
class _Parts:
    main: list[_Match]  # the phrase up to the first preposition or conjunction
    place: list[_Match]  # after "in", "from", "at"...: supplies a country only
    conjunct: list[_Match]  # after "and"/"or": may share the head noun ("US and British warplanes")
    unmatched: set[int]  # unknown words of the main part


def _scan(kb: KnowledgeBase, tokens: _Tokens, on: date | None) -> _Parts:
    parts = _Parts([], [], [], set())
    lists = {"main": parts.main, "place": parts.place, "conjunct": parts.conjunct}
    segment = "main"
    position = 0
    while position < len(tokens.keys):
        key = tokens.keys[position]
        if position in tokens.ignored:
            position += 1
            continue
        match = _match_at(kb, tokens, position, on) if segment != "stop" else None
        if match is None or match.end - match.start == 1:
            if key in LOCATION_WORDS and segment == "main":
                segment = "place"
                position += 1
                continue
            if key in CONJUNCTIONS and segment == "main":
                segment = "conjunct"
                position += 1
                continue
            if key in STOP_WORDS or key in CONJUNCTIONS or key in LOCATION_WORDS:
                segment = "stop"
        if match is None:
            if segment == "main":
                parts.unmatched.add(position)
            position += 1
            continue
        if segment != "stop":
            lists[segment].append(match)
        position = match.end
    return parts


def _after_unknown_given_name(match: _Match, tokens: _Tokens, unmatched: set[int]) -> bool:
    """A one-word name after an unknown given name is someone else's surname: "Sadiq Khan" is not
    Imran Khan and "Jane Preston" is nobody from Preston; a known person's own middle name
    ("Tayyip Erdogan") does not count."""
    before = match.start - 1
    if before not in unmatched or not tokens.raws[before][:1].isupper():
        return False
    key = tokens.keys[before]
    if key in TITLE_WORDS or key in LEADING_DETERMINERS or key in PLACE_QUALIFIERS or len(key) < 2:
        return False
    entry = match.entry
    if match.kind == "place" or (entry is not None and entry.kind == "capital"):
        return True
    if entry is None or entry.kind != "person" or match.end - match.start != 1:
        return False
    own_words = {word for name in (entry.name, *entry.aliases) for word in word_keys(name)}
    return key not in own_words


def _unknown_name(tokens: _Tokens, unmatched: set[int]) -> str | None:
    """Capitalised words the knowledge base does not know (an unknown person's name)."""
    words = []
    for position in sorted(unmatched):
        key = tokens.keys[position]
        raw = tokens.raws[position]
        known = key in TITLE_WORDS or key in LEADING_DETERMINERS or len(key) < 2
        if raw[:1].isupper() and not known and raw not in words:
            words.append(raw)
    return " ".join(words) or None


def _agent_sector(matches: list[_Match]) -> str | None:
    strong = [m.sector for m in matches if m.kind == "agent" and m.sector and not m.weak]
    weak = [m.sector for m in matches if m.kind == "agent" and m.sector and m.weak]
    return strong[-1] if strong else (weak[-1] if weak else None)


def _country_of(matches: list[_Match], any_entry: bool = False) -> _Match | None:
    """The first match naming a country; in a location part any known entry with a country does."""
    for match in matches:
        if match.kind in ("adjective", "place") or (
            match.entry and match.entry.kind in ("country", "capital")
        ):
            return match
        if any_entry and match.entry is not None and match.country:
            return match
    return None


def resolve_phrase(phrase: str, on: date | None, kb: KnowledgeBase) -> Actor | None:
    """Resolve an actor phrase without document context; None when nothing in it is known.

    >>> from dragoman.actors.entries import ActorEntry
    >>> kb = KnowledgeBase(); kb.add_adjective("Sudanese", "SDN"); kb.add_agent("army", "MIL")
    >>> actor = resolve_phrase("the Sudanese army", None, kb)
    >>> actor.country, actor.sector
    ('SDN', 'MIL')
    """
    text = phrase.strip()
    if not text:
        return None
    cache_key = (text, on)
    cached = kb.phrase_cache.get(cache_key)
    if cached is None:
        if len(kb.phrase_cache) > 100_000:
            kb.phrase_cache.clear()
        cached = _resolve(text, on, kb) or False
        kb.phrase_cache[cache_key] = cached
    return replace(cached) if isinstance(cached, Actor) else None


def _resolve(text: str, on: date | None, kb: KnowledgeBase) -> Actor | None:
    backed = backed_phrase(text, STOP_WORDS)
    if backed is not None:  # "supporters of Imran Khan" are not his government
        return supporters_of(text, _resolve(backed, on, kb) if backed else None)
    tokens = _tokenize(text)
    parts = _scan(kb, tokens, on)
    main = []
    for number, match in enumerate(parts.main):
        if _after_unknown_given_name(match, tokens, parts.unmatched):
            parts.unmatched.update(range(match.start, match.end))
        elif not _heritage(match, parts.main[number + 1 : number + 2], tokens):
            main.append(match)
    former = any(key in FORMER_WORDS for key in tokens.keys)
    sector = None if former else _sector_of(kb, tokens, main, parts.conjunct)
    person_match = next((m for m in main if m.entry and m.entry.kind == "person"), None)
    if person_match is not None and person_match.entry is not None:
        if not _is_possessor(person_match, main, tokens):
            return _from_person(person_match.entry, text, sector, _country_of(main), former)
        # "Putin's spokesman", "Erdogan's ruling AK Party": the person only places what follows
        main = [m for m in main if m is not person_match]
        main.insert(0, _Match(person_match.start, person_match.end, "place", country=person_match.country))
    org_match = next((m for m in main if m.entry and m.entry.kind in ORG_KINDS), None)
    org = org_match.entry if org_match else None
    located = _country_of(main)
    name = _unknown_name(tokens, parts.unmatched)
    # "Russia's UN envoy" speaks for Russia, "Israeli media" are Israel's: a country before them
    # qualifies them ("the UN envoy for Syria" still speaks for the UN).
    qualified = (
        located is not None
        and org_match is not None
        and located.start < org_match.start
        and not _names_after_a_capital(located, org_match, tokens)
    )
    if org is not None and org.kind == "agency" and qualified and located.country != org.country:  # type: ignore[union-attr]
        sector, org = sector or org.sector, None  # "Brazil's Congress": Brazil's legislature, not the US one
    if org is not None and not (org.kind in ("igo", "media") and qualified):
        strong = [m.sector for m in main if m.kind == "agent" and m.sector and not m.weak]
        actor = _from_org(org, text, None if former or not strong else strong[-1])
        if name:  # an unknown member of a known organisation
            actor.name, actor.kb_id = name, None
        if actor.country is None and qualified and located is not None:
            actor.country = located.country  # "a British Isis member": a transnational group's national
        elif actor.country is None and actor.sector == "REB":
            place = _country_of(parts.place, any_entry=True)  # "Islamic State fighters in Syria"
            actor.country = place.country if place is not None else None
        return actor
    located = located or _country_of(parts.place, any_entry=True) or _title_country(main)
    return _from_parts(text, located, sector, name, kb, former)


def _names_after_a_capital(located: _Match, org_match: _Match, tokens: _Tokens) -> bool:
    """"the Rome Statute of the International Criminal Court": a treaty named after a capital
    belongs to the body it founds, not to the capital's government."""
    capital = located.entry is not None and located.entry.kind == "capital"
    return capital and "of" in tokens.keys[located.end : org_match.start]


def _sector_of(kb: KnowledgeBase, tokens: _Tokens, main: list[_Match], conjunct: list[_Match]) -> str | None:
    """The head noun's sector, read with its modifiers: a shadow minister is in opposition and
    a community's forces ("Kurdish forces", "Sunni militias") are a non-state armed group."""
    sector = _agent_sector(main) or _shared_head(main, conjunct)
    if sector == "GOV" and "shadow" in tokens.keys:
        return "OPP"
    if sector == "MIL" and any(" ".join(tokens.keys[m.start : m.end]) in kb.communities for m in main):
        return "REB"
    return sector


def _title_country(main: list[_Match]) -> _Match | None:
    """A title of one country's office ("the home secretary") when nothing else names a country."""
    return next((m for m in main if m.kind == "agent" and m.country), None)


def _is_possessor(match: _Match, main: list[_Match], tokens: _Tokens) -> bool:
    """True when the match is written "X's" and an organisation or sector noun follows it."""
    if match.end - 1 not in tokens.possessive:
        return False
    return any(
        m.start >= match.end and ((m.kind == "agent" and m.sector) or (m.entry and m.entry.kind in ORG_KINDS))
        for m in main
    )


def _shared_head(main: list[_Match], conjunct: list[_Match]) -> str | None:
    """ "US and British warplanes": a main part of modifiers only takes the conjunct's head noun."""
    if not main or any(m.kind == "entry" and m.entry and m.entry.kind not in ("country",) for m in main):
        return None
    return _agent_sector(conjunct)


def _from_person(
    entry: ActorEntry, text: str, sector: str | None, located: _Match | None, former: bool
) -> Actor:
    if entry.role is None and entry.roles and not former:
        # No role on this date in the knowledge base: the phrase's own title is the best evidence.
        country = (located.country if located else None) or entry.country
        return Actor(entry.name, country, sector, None, entry.kb_id, text)
    return Actor(entry.name, entry.country, None if former else entry.sector, entry.org, entry.kb_id, text)


def _from_org(entry: ActorEntry, text: str, sector: str | None) -> Actor:
    """``sector`` is that of the phrase's strong sector nouns only."""
    own = entry.sector
    if entry.kind == "igo" and sector == "MIL":
        own = "MIL"
    elif entry.kind == "party" and sector in ("LEG", "GOV"):
        own = sector  # "a Labour MP" sits in parliament, "a Tory minister" in government
    elif own is None:
        own = sector
    return Actor(entry.name, entry.country, own, entry.org, entry.kb_id, text)


def _from_parts(
    text: str, located: _Match | None, sector: str | None, name: str | None, kb: KnowledgeBase, former: bool
) -> Actor | None:
    country = located.country if located else None
    entry = located.entry if located else None
    if (
        entry is not None
        and entry.kind == "capital"
        and sector is None
        and not former
        and located is not None
    ):
        sector = entry.sector  # a seat of power alone stands for its government
    if country is None and sector is None:
        return None
    kb_id = None if name else (entry.kb_id if entry is not None and sector == entry.sector else country)
    if name is None:
        country_entry = kb.get(country) if country else None
        name = country_entry.name if country_entry and sector is None else _strip_determiner(text)
    return Actor(name, country, sector, None, kb_id, text)


def _strip_determiner(text: str) -> str:
    words = text.split()
    while len(words) > 1 and words[0].lower() in LEADING_DETERMINERS:
        words = words[1:]
    return " ".join(words)
