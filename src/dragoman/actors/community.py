"""Community actors: "Kurdish forces", "Kurdish officials", "the Kurds".

A community is not a state, so its name gives no country by itself; which country its forces and
authorities belong to depends on where the story is. The knowledge base lists each community's
home countries (``communities.tsv``), most frequent setting first. A document that names places
or organisations in one of them more often than in the others decides; otherwise the first home
stands. Kurdish authorities in north-east Syria are a non-state administration (SYR/REB), in Iraq
the regional government (IRQ/GOV), in Turkey the opposition (TUR/OPP).
"""

from __future__ import annotations

from collections import Counter
from dataclasses import replace
from typing import Any

from ..schemas import Actor
from .normalize import name_key, raw_words, word_keys
from .phrase import QUALIFYING_PREFIXES

Homes = tuple[tuple[str, "str | None"], ...]
# Sectors of a community's leaders, officials and authorities, which take the home's sector.
AUTHORITY_SECTORS = frozenset({"GOV"})


def community_homes(kb: Any, text: str) -> Homes:
    """Home countries of the community a phrase names, or () when it names none.

    "pro-Kurdish" qualifies a party or a rally without naming the community as the actor.

    >>> from dragoman.actors.index import KnowledgeBase
    >>> kb = KnowledgeBase(); kb.community_homes["kurdish"] = (("SYR", "REB"), ("IRQ", "GOV"))
    >>> community_homes(kb, "Kurdish-led forces")
    (('SYR', 'REB'), ('IRQ', 'GOV'))
    """
    table = getattr(kb, "community_homes", None)
    if not table:
        return ()
    for word in raw_words(text):
        keys = word_keys(word)
        if keys and keys[0] in QUALIFYING_PREFIXES:
            continue
        for key in keys:
            if key in table:
                return table[key]  # type: ignore[no-any-return]
    return ()


def home_of(homes: Homes, countries: Counter[str]) -> tuple[str, str | None]:
    """The home the document names most often; ties and silence go to the first listed.

    >>> home_of((("SYR", "REB"), ("IRQ", "GOV")), Counter({"IRQ": 2, "SYR": 1}))
    ('IRQ', 'GOV')
    """
    best = max(range(len(homes)), key=lambda i: (countries.get(homes[i][0], 0), -i))
    return homes[best]


def group_homes(kb: Any, actor: Actor | None) -> Homes:
    """Main theatres of a transnational armed group the knowledge base gives no country."""
    table = getattr(kb, "community_homes", None)
    if not table or actor is None or actor.country or not actor.org:
        return ()
    return table.get(name_key(actor.org), ())  # type: ignore[no-any-return]


def placed_group(actor: Actor, homes: Homes, countries: Counter[str]) -> Actor:
    """A transnational group placed in the theatre the document names, or in its first theatre
    when the document names no country; a story set elsewhere leaves it to that setting."""
    if not homes or (countries and not any(countries.get(country) for country, _ in homes)):
        return actor
    return replace(actor, country=home_of(homes, countries)[0])


def placed_community(actor: Actor | None, text: str, homes: Homes, countries: Counter[str]) -> Actor | None:
    """``actor`` (the phrase resolved without context) placed in the community's home country.

    A phrase that already names a country ("Iraqi Kurdish officials", "Syria's Kurds") keeps it.
    """
    if not homes or (actor is not None and (actor.country or actor.org)):
        return actor
    country, authority = home_of(homes, countries)
    if actor is None:
        return Actor(text, country, None, None, None, text)  # "the Kurds": a people, no sector
    sector = authority if actor.sector in AUTHORITY_SECTORS and authority else actor.sector
    return replace(actor, country=country, sector=sector, kb_id=None)


# Roles of a name that acts or owns rather than says where the story is: "Turkey launched an
# offensive in Syria" is set in Syria.
ACTING = frozenset({"nsubj", "nsubjpass", "poss"})


def document_countries(doc: Any, resolve: Any) -> Counter[str]:
    """How often the document names a place or an organisation of each country, other than as
    the one who acts ("Turkey launched ...") or owns ("Turkey's army").

    Adjectives ("Turkish", "Iraqi border") are left out: they describe actors and things from
    elsewhere as often as the place the story is set in.
    """
    counts: Counter[str] = Counter()
    for ent in doc.ents:
        if ent.label_ not in ("GPE", "LOC", "ORG", "FAC") or ent.root.dep_ in ACTING:
            continue
        actor = resolve(ent.text)
        if actor is not None and actor.country and len(actor.country) == 3:
            counts[actor.country] += 1
    return counts
