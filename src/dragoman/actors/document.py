"""What one document says about its actors: roles given in passing, and who pronouns mean.

"Turkey's foreign minister, Hakan Fidan" makes every later "Fidan" TUR/GOV; "his US
counterpart, Antony Blinken" makes Blinken USA/GOV; "he" is the last person acting; "the pair"
is the last two people named together; "the top Turkish diplomat" is the Turkish government
person already named.
"""

from __future__ import annotations

import unicodedata
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date
from typing import Any

from ..events.arguments import phrase_bounds
from ..schemas import Actor
from .community import community_homes, document_countries, group_homes, placed_community, placed_group
from .lead import Lead, gender_of, introduces, lead_description, pronoun_gender, shared_descriptor
from .pronouns import clause_subjects, governing_pronoun
from .references import read_descriptions

__all__ = ["DocumentActors", "clause_subjects", "governing_pronoun"]

PERSON_PRONOUNS = frozenset(["he", "she", "him", "her", "his", "hers", "himself", "herself"])
GROUP_PRONOUNS = frozenset(["they", "them", "their", "it", "its", "theirs", "itself", "themselves"])
PLURAL_PRONOUNS = frozenset(["they", "them", "their", "theirs", "themselves"])
PAIR_WORDS = frozenset({"pair", "two", "both", "duo"})
ROLE_NOUNS = frozenset(
    ["minister", "president", "premier", "chancellor", "king", "queen", "prince", "emir", "sheikh", "leader", "diplomat", "envoy", "ambassador", "counterpart", "spokesman", "spokeswoman", "spokesperson", "secretary", "chief", "head", "commander", "general", "mayor", "governor", "official", "negotiator", "mediator"]
)
# Bodies a later "it" or "they" can mean: "Pakistan's caretaker government said it would ..."
COLLECTIVE_NOUNS = frozenset(
    ["government", "administration", "army", "military", "ministry", "police", "junta", "authorities", "forces", "parliament", "opposition", "council", "cabinet", "regime", "coalition", "alliance", "militia", "group", "movement", "party"]
)
# Verbs whose plural subject a "they" in the reported clause usually repeats.
SPEECH_VERBS = frozenset({"say", "claim", "insist", "deny", "admit", "tell", "report", "believe"})
# Who tells the news without taking part: "sources say they ..." means someone else.
ANONYMOUS = frozenset({"source", "analyst", "expert", "observer"})
FORMER = frozenset({"former", "ex", "ex-", "late", "then"})
# Nouns by which a story refers back to an armed group, party or movement it has named.
GROUP_NOUNS = frozenset({"group", "movement", "organisation", "organization", "militia", "faction", "outfit"})
NON_STATE = frozenset({"REB", "PTY", "OPP", "CRM", "NGO"})

PhraseResolver = Callable[[str, date | None], Actor | None]
PlaceCountry = Callable[[Any], "str | None"]  # a place-name token -> its country


def fold(text: str) -> str:
    """Lowercase without diacritics or possessive endings: the key of a name in the memory."""
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c)).lower()
    for suffix in ("'s", "’s", "'", "’"):
        text = text.removesuffix(suffix)
    return text.strip()


@dataclass
class Mentioned:
    """An actor named somewhere in the document, in text order."""

    token_index: int
    sentence_index: int
    actor: Actor
    is_person: bool
    is_subject: bool
    named: bool = False  # a proper name rather than a role noun
    title: str = ""  # the words that describe a named person ("foreign minister", "President")
    plural: bool = False  # "the jihadists", "the US and Britain": what "they" can mean


def descriptor_of(ent: Any) -> str | None:
    """Role words around a person's name: apposition either side, or titles before it."""
    root = ent.root
    if root.dep_ == "appos" and root.head.pos_ == "NOUN":
        start, end = phrase_bounds(root.head)
        return ent.doc[start:end].text
    for child in root.children:
        if child.dep_ == "appos" and child.pos_ == "NOUN":
            start, end = phrase_bounds(child)
            return ent.doc[start:end].text
    start, _ = phrase_bounds(root)
    if start < ent.start:
        return ent.doc[start : ent.start].text
    return None


def origin_of(ent: Any) -> Any | None:
    """The place a named person is from: "Oliver Hall, 24, from Portsmouth", "Anna, a volunteer from Lewes",
    "the two men from Leeds, Ali Khan and Omar Shah"."""
    root = ent.root
    while root.dep_ == "conj" and root.head.ent_type_ == "PERSON":
        root = root.head
    described = [root.head] if root.dep_ == "appos" and root.head.pos_ == "NOUN" else []
    for head in [root, *(c for c in root.children if c.dep_ == "appos"), *described]:
        for prep in head.children:
            if prep.dep_ == "prep" and prep.lower_ == "from":
                places = [o for o in prep.children if o.dep_ == "pobj" and o.pos_ == "PROPN"]
                if places:
                    return places[0]
    return None


def _is_former(descriptor: str | None) -> bool:
    if not descriptor:
        return False
    return any(w in FORMER for w in fold(descriptor).replace("-", " ").split())


class DocumentActors:
    """Resolves actor mentions with the knowledge base and what the document itself says."""

    def __init__(
        self, kb: Any, resolve_phrase: PhraseResolver, on: date | None, place_country: PlaceCountry | None = None
    ) -> None:
        self.kb = kb
        self.resolve_phrase = resolve_phrase
        self.on = on
        self.place_country = place_country  # the country of a place name token, when places are known
        self.people: dict[str, Actor] = {}
        self.genders: dict[str, str] = {}  # "f"/"m" for people the text describes as women or men
        self.lead_people: list[str] = []  # the names of the people the story's lead described
        self.mentioned: list[Mentioned] = []
        self.references: dict[int, Actor] = {}  # "the teenager": the named person it means, by token
        self.countries: Counter[str] = Counter()  # places and bodies named, by country

    # -- reading the document -------------------------------------------------------------
    def read(self, doc: Any) -> None:
        """Learn every person's role and every actor mention, in order."""
        self.countries = document_countries(doc, lambda text: self.resolve_phrase(text, self.on))
        sentence_of = {}
        for index, sent in enumerate(doc.sents):
            for token in sent:
                sentence_of[token.i] = index
        lead = lead_description(doc, self.phrase)
        previous: tuple[Any, str | None] | None = None
        for ent in doc.ents:
            if ent.label_ == "PERSON":
                descriptor = descriptor_of(ent) or shared_descriptor(ent, previous)
                previous = (ent, descriptor)
                person = self.person(ent.text, descriptor, self._home(origin_of(ent)))
                lead_words = ""
                if lead is not None and lead.count and introduces(ent, sentence_of[ent.root.i]):
                    person, lead_words = self._as_described(ent.text, person, lead)
                self.remember(ent.root, sentence_of[ent.root.i], person, True, named=True)
                start, _ = phrase_bounds(ent.root)  # titles written before the name ("General X")
                words = (doc[min(start, ent.start) : ent.end].text, descriptor, self._office(person))
                self.mentioned[-1].title = " ".join(filter(None, words)).lower()
                self._gender(person, " ".join(filter(None, (*words, lead_words))))
            elif ent.label_ in ("GPE", "ORG", "NORP") and self._known_person(ent.text):
                # "Rouhani said ... but he argued": a known person whom the parser took for a body
                self.remember(ent.root, sentence_of[ent.root.i], self.person(ent.text), True, named=True)
            elif ent.label_ in ("GPE", "ORG", "NORP"):
                group = self.phrase(ent.text)
                if group is not None:
                    self.remember(ent.root, sentence_of[ent.root.i], group, False)
        self._unlabelled_people(doc, sentence_of)
        for token in doc:
            if token.pos_ == "NOUN" and token.lemma_.lower() in COLLECTIVE_NOUNS and token.dep_ != "compound":
                start, end = phrase_bounds(token)
                actor = self.phrase(doc[start:end].text)
                if actor is not None and (actor.country or actor.org or actor.sector):
                    self.remember(token, sentence_of[token.i], actor, False)
                continue
            if token.pos_ == "NOUN" and token.tag_ == "NN" and token.lemma_.lower() in ROLE_NOUNS and not token.ent_type_:
                if token.dep_ == "compound" or any(c.dep_ == "appos" and c.ent_type_ == "PERSON" for c in token.children):
                    continue
                start, end = phrase_bounds(token)
                actor = self.phrase(doc[start:end].text)
                if actor is not None and actor.country:
                    self.remember(token, sentence_of[token.i], actor, True)
                continue
            if token.pos_ == "NOUN" and token.tag_ == "NNS" and token.dep_ != "compound" and not token.ent_type_:
                start, end = phrase_bounds(token)  # "some British jihadists ... they were rounded up"
                actor = self.phrase(doc[start:end].text)
                speaking = (token.dep_ == "nsubj" and token.head.lemma_ in SPEECH_VERBS  # "Rebels say they ..."
                            and token.lemma_.lower() not in ANONYMOUS)
                if actor is not None and actor.sector and (actor.country or actor.org or speaking):
                    self.remember(token, sentence_of[token.i], actor, False)
        self.mentioned.sort(key=lambda m: m.token_index)
        read_descriptions(self, doc, sentence_of)

    def _known_person(self, name: str) -> bool:
        entry = self.kb.lookup(name, self.on)
        return entry is not None and entry.kind == "person"

    def _unlabelled_people(self, doc: Any, sentence_of: dict[int, int]) -> None:
        """Known people whose full name the parser did not label ("Theresa May"), so that a later
        "May" that it does label is theirs; and known surnames it left without any label."""
        from spacy.attrs import ENT_TYPE, IS_TITLE, POS
        from spacy.symbols import PROPN

        person = doc.vocab.strings["PERSON"]
        named = [pos == PROPN and ent != person and title
                 for pos, ent, title in doc.to_array([POS, ENT_TYPE, IS_TITLE]).tolist()]  # no Token objects
        start = None
        for i, inside in enumerate([*named, False]):
            if inside and start is None:
                start = i
            elif not inside and start is not None:
                if i - start >= 2 or not doc[start].ent_type_:  # "Rouhani met ...", left unlabelled
                    name = doc[start:i].text
                    if self._known_person(name):
                        self.remember(doc[i - 1], sentence_of[i - 1], self.person(name), True, named=True)
                start = None

    def remember(self, token: Any, sentence_index: int, actor: Actor, is_person: bool, named: bool = False) -> None:
        """Note a mention of ``actor`` at ``token``, for pronouns and references said later."""
        is_subject = token.dep_ in ("nsubj", "nsubjpass") or (token.dep_ == "appos" and token.head.dep_ == "nsubj")
        plural = token.tag_ in ("NNS", "NNPS") or token.dep_ == "conj" or any(c.dep_ == "conj" for c in token.children)
        self.mentioned.append(Mentioned(token.i, sentence_index, actor, is_person, is_subject, named, plural=plural))

    # -- resolving --------------------------------------------------------------------------
    def phrase(self, text: str) -> Actor | None:
        """The phrase's actor; a community's ("Kurdish officials") placed where the document is set."""
        actor = self.resolve_phrase(text, self.on)
        theatres = group_homes(self.kb, actor)
        if actor is not None and theatres:
            return placed_group(actor, theatres, self.countries)
        homes = community_homes(self.kb, text)
        return placed_community(actor, text, homes, self.countries) if homes else actor

    def setting(self) -> str | None:
        """The country the document names most as a place (not as the one who acts), if any."""
        return self.countries.most_common(1)[0][0] if self.countries else None

    def _home(self, place: Any | None) -> str | None:
        if place is None:
            return None
        named = self.phrase(place.text)  # "from Britain"
        if named is not None and named.country:
            return named.country
        return self.place_country(place) if self.place_country is not None else None

    def person(self, name: str, descriptor: str | None = None, home: str | None = None) -> Actor:
        """A named person: knowledge base first, then the document's own description, then where
        the document says the person is from (a civilian of that country)."""
        key = fold(name)
        surname_said_again = " " not in key and key in self.people  # "Johnson" after "Boris Johnson"
        entry = None if surname_said_again else self.kb.lookup(name, self.on)
        described = None if descriptor is None else self.phrase(descriptor)
        if described is not None and _is_former(descriptor):
            described = replace(described, sector=None)
        if entry is not None and entry.kind == "person":
            actor = Actor(entry.name, entry.country, entry.sector, entry.org, entry.kb_id, name)
            if described is not None and described.country and actor.sector is None and not _is_former(descriptor):
                actor = replace(actor, country=described.country, sector=described.sector)
        elif key in self.people:
            actor = replace(self.people[key], text=name)
        elif key.split()[-1:] and key.split()[-1] in self.people and len(key.split()) == 1:
            actor = replace(self.people[key.split()[-1]], text=name)
        elif len(key.split()) == 1 and len(given := self._given_name(key)) == 1:
            actor = replace(given[0], text=name)  # "Jac" after "Jac Holmes"
        elif described is not None and (described.country or described.org or described.sector):
            # "Abu Ahmed, a senior rebel officer": what the sentence says of someone it names
            actor = Actor(name, described.country, described.sector, described.org, None, name)
        else:
            actor = Actor(name, None, None, None, None, name)
        if home and not (actor.country or actor.org):
            actor = replace(actor, country=home, sector=actor.sector or "CVL")
        self.learn(name, actor)
        return actor

    def learn(self, name: str, actor: Actor, replace_placed: bool = False) -> None:
        """Remember the person under the full name and the surname: a surname said again ("Hall was
        killed") is the person named before, even one the coder cannot place, rather than a town."""
        key = fold(name)
        for said in (key, key.split()[-1]):
            known = self.people.get(said)
            if known is None or replace_placed or (actor.country or actor.org) and not (known.country or known.org):
                self.people[said] = actor  # a placed reading replaces an unplaced one

    def _as_described(self, name: str, person: Actor, lead: Lead) -> tuple[Actor, str]:
        """The first people named after the lead are the ones it described ("A British man ...
        Tom Hale, 25, ..."), unless the knowledge base or the text already places them; with the
        lead's words for them."""
        lead.count -= 1
        if person.kb_id or person.country or person.org or person.sector:
            return person, ""
        described = replace(person, country=lead.actor.country, sector=lead.actor.sector or "CVL")
        self.learn(name, described, replace_placed=True)
        self.lead_people.append(name)
        return described, lead.words

    def _gender(self, person: Actor, words: str) -> None:
        gender = gender_of(words)
        if gender:
            self.genders.setdefault(fold(person.name), gender)

    def _given_name(self, key: str) -> list[Actor]:
        """The people named before whose full name begins with this word."""
        return list({a.name: a for k, a in self.people.items() if " " in k and k.split()[0] == key}.values())

    def named_before(self, name: str) -> Actor | None:
        """A person this document has named, by full name or surname ("Hall" after "Oliver Hall")."""
        return self.people.get(fold(name))

    def before(self, token_index: int, person: bool) -> list[Mentioned]:
        return [m for m in self.mentioned if m.token_index < token_index and m.is_person == person]

    def pronoun(
        self, word: str, token_index: int, sentence_index: int, excluded: frozenset[int] = frozenset()
    ) -> Actor | None:
        """The actor a pronoun refers to: the last person (or group) acting before it, other than
        the mentions at ``excluded`` (the subject of the pronoun's own clause, see ``clause_subjects``)."""
        word = word.lower()
        if word in PERSON_PRONOUNS:  # "he" is no one the text calls a woman
            candidates = self._of_gender(self.before(token_index, person=True), pronoun_gender(word))
        elif word in GROUP_PRONOUNS:
            candidates = self.before(token_index, person=False)
        else:
            return None
        candidates = [m for m in candidates if m.token_index not in excluded]
        if word in GROUP_PRONOUNS:  # "they" means a plural mention when there is one, "it" a singular one
            number = [m for m in candidates if m.plural == (word in PLURAL_PRONOUNS)]
            candidates = number or candidates
        if not candidates:
            return None
        same = [m for m in candidates if m.sentence_index == sentence_index and m.is_subject]
        if same:
            return same[-1].actor
        subjects = [m for m in candidates if m.is_subject and m.sentence_index >= sentence_index - 2]
        return (subjects or candidates)[-1].actor

    def _of_gender(self, people: list[Mentioned], gender: str) -> list[Mentioned]:
        """The people a "she" can mean: those the text calls women when it calls anyone so, else
        anyone it does not call a man; a "he" means anyone the text does not call a woman (news
        rarely says that a named official is a man)."""
        if gender == "m":
            return [m for m in people if self.genders.get(fold(m.actor.name)) != "f"]
        if not gender:
            return people
        known = [m for m in people if self.genders.get(fold(m.actor.name)) == gender]
        return known or [m for m in people if self.genders.get(fold(m.actor.name)) not in ("f", "m")]

    def group_reference(
        self, token_index: int, sentence_index: int, sectors: frozenset[str] = NON_STATE
    ) -> Actor | None:
        """"the group", "the movement": the non-state body (of one of ``sectors``) last named
        before, a subject first ("Hamas said ..., a claim the group rejected")."""
        bodies = [
            m for m in self.before(token_index, person=False)
            if m.actor.org and m.actor.sector in sectors and m.sentence_index >= sentence_index - 2
        ]
        if not bodies:
            return None
        return ([m for m in bodies if m.is_subject] or bodies)[-1].actor

    def pair(self, token_index: int, sentence_index: int) -> list[Actor]:
        """"The pair": the two people last named together, coordinated names first ("the minister
        said Ann Lee and Tom Hale should be tried; the pair ...": not the minister)."""
        people = self.before(token_index, person=True)
        for index in range(sentence_index - 1, max(sentence_index - 4, -1), -1):
            named = {m.actor.name: m.actor for m in people if m.sentence_index == index}
            together = {m.actor.name: m.actor for m in people if m.sentence_index == index and m.plural}
            if len(named) >= 2:
                return list((together if len(together) >= 2 else named).values())[:2]
        return self._protagonists(people)

    def _protagonists(self, people: list[Mentioned]) -> list[Actor]:
        """The two people a story is about: those its lead described, else the two names it gave
        together that it mentions most (the first such pair on a tie)."""
        if len(self.lead_people) == 2:
            return [self.people[fold(name)] for name in self.lead_people]
        mentions = Counter(m.actor.name for m in people)
        pairs: list[list[Actor]] = []
        for index in sorted({m.sentence_index for m in people}):
            together = {m.actor.name: m.actor for m in people if m.sentence_index == index and m.plural}
            if len(together) >= 2:
                pairs.append(list(together.values())[:2])
        if not pairs:
            return []
        return max(pairs, key=lambda pair: sum(mentions[a.name] for a in pair))

    def role_reference(self, actor: Actor, token_index: int, title: str = "") -> Actor:
        """"the top Turkish diplomat" -> the Turkish government person already named, if one is;
        "the minister" with no country -> the person named before whose title it repeats."""
        named = [m for m in self.before(token_index, person=True) if m.named]
        if actor.country is None:
            return self._titled(actor, named, title.lower())
        for mentioned in reversed(named):
            other = mentioned.actor
            if other.country == actor.country and other.sector == actor.sector:
                return replace(other, text=actor.text)
        return actor

    def _titled(self, actor: Actor, named: list[Mentioned], title: str) -> Actor:
        """The last person named with this title; of several different ones, a subject first."""
        if not title:
            return actor
        fitting = [m for m in named if (m.actor.country or m.actor.sector) and title in m.title.split()]
        people = {m.actor.name for m in fitting}
        if not fitting:
            return actor
        chosen = fitting[-1] if len(people) == 1 else ([m for m in fitting if m.is_subject] or fitting)[-1]
        return replace(chosen.actor, text=actor.text)

    def _office(self, person: Actor) -> str:
        """The office the knowledge base gives a person on the document's date ("Foreign Minister")."""
        entry = self.kb.get(person.kb_id) if person.kb_id and hasattr(self.kb, "get") else None
        role = entry.role_on(self.on) if entry is not None and entry.roles else None
        return role.office if role is not None else ""
