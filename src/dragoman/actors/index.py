"""The in-memory actor index: names, surnames, demonyms, sector nouns and places by key.

``KnowledgeBase`` holds entries in precedence order (user files before built-in data) and
answers context-free questions about single names. Phrase resolution sits on top of it in
``phrase.py``; loading, caching and user files in ``kb.py``.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from .entries import ActorEntry
from .normalize import (
    LEADING_DETERMINERS,
    is_upper_word,
    key_tokens,
    loose_key,
    name_key,
    word_keys,
    word_set,
)

# Short aliases that are also English words match only when written in capitals ("US", "WHO").
ENGLISH_WORDS = word_set(
    "us who it is as at an or in no on am be do go he if me my of so to up we aid all and any are but "
    "can for had has her him his how its may new not now off old one our out see she the two was way "
    "why you free hope sa pa pm ma mp ice raw spa met sat sun art"
)

# Words that introduce a name and are not part of it.
TITLE_WORDS = word_set(
    "president presidents prime minister foreign defence defense secretary of state general gen "
    "sheikh shaikh sheik king queen crown prince princess emir amir sultan chancellor premier vice "
    "deputy dr mr mrs ms miss sir dame lord ayatollah supreme leader senator sen rep representative "
    "field marshal admiral adm lt col colonel brig brigadier major maj captain capt commander former "
    "acting interim chief his her highness excellency mullah imam speaker governor mayor ambassador "
    "envoy spokesman spokeswoman spokesperson director head chair chairman chairwoman mp hon "
    "honourable ex lieutenant sergeant pope the"
)


class KnowledgeBase:
    """Actors by name and date, plus the demonym, sector-noun and place lexicons.

    >>> from dragoman.actors.entries import ActorEntry
    >>> kb = KnowledgeBase()
    >>> kb.add(ActorEntry("TUR", "Turkey", "country", country="TUR", aliases=("Türkiye",)))
    >>> kb.lookup("Turkiye").country
    'TUR'
    """

    def __init__(self) -> None:
        self.entries: list[ActorEntry] = []
        self.by_id: dict[str, int] = {}
        self.names: dict[str, list[int]] = {}
        self.surnames: dict[str, list[int]] = {}  # people's surnames
        self.loose_surnames: dict[str, list[int]] = {}  # the same under loose keys
        self.loose: dict[str, list[int]] = {}  # loose keys of people's full names
        self.adjectives: dict[str, str] = {}
        self.agents: dict[str, tuple[str | None, bool]] = {}
        self.title_countries: dict[str, str] = {}  # titles of one country's offices ("home secretary")
        self.communities: set[str] = set()  # descriptors of communities, not states ("Kurdish")
        # a community's home countries, each with the sector of its own authorities there
        self.community_homes: dict[str, tuple[tuple[str, str | None], ...]] = {}
        self.places: dict[str, str] = {}
        self.upper_only: set[str] = set()
        self.max_name_tokens = 1
        self.max_agent_tokens = 1
        self.span_by_first: dict[str, int] = {}  # longest key (in tokens) starting with each token
        self.phrase_cache: dict[tuple[str, date | None], object] = {}

    def __getstate__(self) -> dict[str, object]:
        # The phrase cache is per process: not written to the compiled cache nor sent to workers.
        state = dict(self.__dict__)
        state["phrase_cache"] = {}
        return state

    # -- building -------------------------------------------------------------------------------
    def add(self, entry: ActorEntry, *, short_names: bool = True) -> None:
        """Index ``entry`` after those already added (earlier entries take precedence).

        ``short_names`` also indexes a person's surname(s) for lookups by surname alone.
        """
        if entry.kb_id in self.by_id:
            entry.kb_id = f"{entry.kb_id}~{len(self.entries)}"
        index = len(self.entries)
        self.entries.append(entry)
        self.by_id[entry.kb_id] = index
        for alias in (entry.name, *entry.aliases):
            self._add_key(self.names, alias, index)
        if entry.kind != "person":
            return
        for alias in (entry.name, *entry.aliases):
            loose = loose_key(name_key(alias))
            _append(self.loose, loose, index)
            self._note_span(loose)
        if short_names:
            for key in person_short_keys(entry):
                _append(self.surnames, key, index)
                _append(self.loose_surnames, loose_key(key), index)
                self._note_span(loose_key(key))

    def _add_key(self, table: dict[str, list[int]], alias: str, index: int) -> None:
        key = name_key(alias)
        if not key:
            return
        if key in ENGLISH_WORDS and is_upper_word(alias):
            self.upper_only.add(key)
        bucket = table.setdefault(key, [])
        if index not in bucket:
            bucket.append(index)
        self.max_name_tokens = max(self.max_name_tokens, self._note_span(key))

    def _note_span(self, key: str) -> int:
        size = key.count(" ") + 1
        first = key.partition(" ")[0]
        if size > self.span_by_first.get(first, 0):
            self.span_by_first[first] = size
        return size

    def add_adjective(self, word: str, country: str) -> None:
        key = name_key(word, drop_determiner=False)
        if key and key not in self.adjectives:
            self.adjectives[key] = country
            self._note_span(key)
            if key in ENGLISH_WORDS and is_upper_word(word):
                self.upper_only.add(key)

    def add_agent(self, noun: str, sector: str | None, weak: bool = False, country: str | None = None) -> None:
        """A sector noun; ``sector`` None records a known descriptor that gives no sector ("Western").

        ``country`` is the country an office's title implies when the phrase names no other
        ("the home secretary": GBR; "the Indian foreign secretary" stays Indian).
        """
        key = name_key(noun, drop_determiner=False)
        if key and key not in self.agents:
            self.agents[key] = (sector, weak)
            if country:
                self.title_countries[key] = country
            self.max_agent_tokens = max(self.max_agent_tokens, self._note_span(key))

    def add_place(self, name: str, country: str) -> None:
        key = name_key(name)
        if key and key not in self.places:
            self.places[key] = country
            self._note_span(key)

    # -- questions ------------------------------------------------------------------------------
    def get(self, kb_id: str) -> ActorEntry | None:
        """The stored entry (all roles, not bound to a date) with this id."""
        index = self.by_id.get(kb_id)
        return self.entries[index] if index is not None else None

    def candidates(self, key: str, raw: str = "") -> list[ActorEntry]:
        """Entries under a normalised key, in precedence order (strong names only)."""
        return [self.entries[i] for i in self._strong(key, raw)]

    def pick(self, indices: Iterable[int], on: date | None) -> ActorEntry | None:
        """Among entries sharing a key, in precedence order: the first that gives a sector on ``on``.

        An entry that gives only a country on that date (a country name, a person between roles, a
        PETRARCH "elite" code) yields to a later one that also gives the sector; failing that, the
        first entry valid on the date wins, then simply the first.
        """
        found = [self.entries[i] for i in indices]
        if not found:
            return None
        day = on or date.today()
        valid: ActorEntry | None = None
        for entry in found:
            if entry.roles:
                role = entry.role_on(day)
                if role is None:
                    continue
                sector = role.sector
            else:
                sector = entry.sector
            if sector is not None:
                return entry.on(day)
            valid = valid or entry
        return (valid or found[0]).on(day)

    def lookup(self, name: str, on: date | None = None) -> ActorEntry | None:
        """The actor a name stands for on a date (today when ``on`` is None).

        Full names, aliases, names behind titles ("President Recep Tayyip Erdogan"), names with
        initials ("Antony J. Blinken") and, for people, surnames alone ("Blinken") are found.

        >>> kb = KnowledgeBase()
        >>> kb.lookup("Nobody") is None
        True
        """
        tokens = key_tokens(name)
        while tokens and tokens[0] in LEADING_DETERMINERS:
            tokens = tokens[1:]
        if not tokens:
            return None
        key = " ".join(tokens)
        hit = self.pick(self.named(key, name, surnames=len(tokens) == 1), on)
        if hit is not None:
            return hit
        return self._lookup_person(tokens, name, on)

    def _strong(self, key: str, raw: str) -> list[int]:
        if key in self.upper_only and not is_upper_word(raw):
            return []
        return self.names.get(key, [])

    def named(self, key: str, raw: str, surnames: bool = False) -> list[int]:
        """Entries under ``key`` in precedence order, and people of that surname if asked.

        Exact keys come first; only when nothing matches exactly are people's names compared
        loosely ("Zelenskiyy"), so that "Cameroon" never finds David Cameron.
        """
        found = set(self._strong(key, raw))
        if surnames:
            found.update(self.surnames.get(key, ()))
        if found:
            return sorted(found)
        loose = loose_key(key)
        found.update(self.loose.get(loose, ()))
        if surnames:
            found.update(self.loose_surnames.get(loose, ()))
        return sorted(found)

    def _lookup_person(self, tokens: list[str], raw: str, on: date | None) -> ActorEntry | None:
        while len(tokens) > 1 and tokens[0] in TITLE_WORDS:
            tokens = tokens[1:]
        tokens = [t for t in tokens if len(t) > 1] or tokens
        variants = [tokens]
        if len(tokens) > 2:
            variants.append([tokens[0], tokens[-1]])
        for variant in variants:
            hit = self.pick(self.named(" ".join(variant), raw), on)
            if hit is not None:
                return hit
        for size in (2, 1):
            if len(tokens) < size:
                continue
            short = loose_key(" ".join(tokens[-size:]))
            given = {loose_key(t) for t in tokens[:-size]}
            matches = [
                i for i in self.loose_surnames.get(short, ()) if given <= _name_tokens(self.entries[i])
            ]
            hit = self.pick(matches, on)
            if hit is not None:
                return hit
        return None

    def lookup_adjective(self, word: str) -> str | None:
        """Country code for a demonym or adjective: "Turkish" -> "TUR", "U.S." -> "USA".

        >>> kb = KnowledgeBase(); kb.add_adjective("Qatari", "QAT"); kb.lookup_adjective("qatari")
        'QAT'
        """
        key = name_key(word, drop_determiner=False)
        if key in self.upper_only and not is_upper_word(word):
            return None
        return self.adjectives.get(key)

    def agent(self, noun: str) -> str | None:
        """Sector of a sector noun or compound: "foreign minister" -> "GOV", "troops" -> "MIL".

        >>> kb = KnowledgeBase(); kb.add_agent("troops", "MIL"); kb.agent("Troops")
        'MIL'
        """
        found = self.agents.get(name_key(noun))
        return found[0] if found else None

    def place_country(self, name: str) -> str | None:
        """Country of a capital, city or region named as a place ("Tbilisi" -> "GEO")."""
        key = name_key(name)
        for entry in self.candidates(key, name):
            if entry.kind in ("country", "capital") and entry.country:
                return entry.country
        return self.places.get(key)

    def search(self, text: str, limit: int = 20) -> list[ActorEntry]:
        """Entries whose name or an alias contains every word of ``text`` (for the CLI)."""
        key = name_key(text)
        ordered: list[int] = list(self.names.get(key, ())) + list(self.loose_surnames.get(loose_key(key), ()))
        wanted = set(key.split())
        stems = [w[:3] for w in wanted]
        if wanted:
            for index, entry in enumerate(self.entries):
                if len(ordered) >= limit * 3:
                    break
                # a cheap substring test first: full token sets cost a fold per alias
                text = " ".join((entry.name, *entry.aliases)).lower()
                if not all(stem in text for stem in stems) and not any(ord(ch) > 127 for ch in text):
                    continue
                if index not in ordered and wanted <= _name_tokens(entry):
                    ordered.append(index)
        seen: list[int] = []
        for index in ordered:
            if index not in seen:
                seen.append(index)
        return [self.entries[i] for i in seen[:limit]]

    def __len__(self) -> int:
        return len(self.entries)


def _name_tokens(entry: ActorEntry) -> set[str]:
    """Exact and loose key tokens of every name of an entry."""
    out: set[str] = set()
    for alias in (entry.name, *entry.aliases):
        tokens = key_tokens(alias)
        out.update(tokens)
        out.update(loose_key(t) for t in tokens)
    return out


def _append(table: dict[str, list[int]], key: str, index: int) -> None:
    if not key:
        return
    bucket = table.setdefault(key, [])
    if index not in bucket:
        bucket.append(index)


def person_short_keys(entry: ActorEntry) -> list[str]:
    """Surname keys of a person: the last word, or the last two after "bin"/"abu"-style names.

    Names with "bin" (Arabic patronymics) get no automatic surname; their data lists the short
    forms news uses ("MBS", "Sisi"). Nor do surnames that are also English words or months
    ("Theresa May"): their data lists safe forms ("Mrs May").
    """
    keys = []
    for alias in (entry.name, *entry.aliases):
        tokens = [t for t in key_tokens(alias) if t not in _NAME_SUFFIXES]
        if len(tokens) < 2 or "bin" in tokens or len(tokens[-1]) <= 2 or tokens[-1] in _GIVEN_NAMES:
            continue
        if tokens[-1] in ENGLISH_WORDS or tokens[-1] in _MONTHS:  # "May" alone is a month or a verb
            continue
        keys.append(tokens[-1])
    return keys


_NAME_SUFFIXES = frozenset({"jr", "sr", "i", "ii", "iii", "iv"})
_MONTHS = word_set("january february march april may june july august september october november december")
# Given names that also end some names (Somali and Arabic patronymics); never a surname key alone.
_GIVEN_NAMES = frozenset(
    key
    for name in word_set(
        "muhammad ahmad ali hasan husein abdullah abdul omar umar osman usman ibrahim yusuf khalid "
        "mahmoud salman hamad zayed rashid jaber sabah mustafa hamid said saleh salih"
    )
    for key in word_keys(name)
)
