"""The actors stage: every argument mention of every candidate resolved to an ``Actor``."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace
from datetime import date
from typing import Any

from ..events.arguments import phrase_bounds
from ..events.extract import settle_reported_force, settle_warning
from ..resources import Resources
from ..schemas import Actor, ArgumentMention, CodedDocument, EventCandidate
from .document import GROUP_NOUNS, NON_STATE, PAIR_WORDS, DocumentActors, fold
from .phrase import QUALIFYING_SUFFIXES
from .pronouns import clause_subjects, governing_pronoun, not_the_same_person
from .references import body_reference, described_by

PhraseResolver = Callable[[str, date | None], Actor | None]
COUNTERPART = ("counterpart", "counterparts")


class ActorsStage:
    def __init__(self, kb: Any, resolve_phrase: PhraseResolver, places: Any | None = None) -> None:
        self.kb = kb
        self.resolve_phrase = resolve_phrase
        self.places = places

    def __call__(self, coded: CodedDocument) -> CodedDocument:
        memory = DocumentActors(self.kb, self.resolve_phrase, coded.article.published, self._place_country)
        memory.read(coded.doc)
        unplaced: list[EventCandidate] = []  # force whose named target is no one the coder knows
        for candidate in coded.candidates:
            candidate.sources = self._resolve_all(coded, memory, candidate, candidate.sources)
            named_targets = bool(candidate.targets)
            candidate.targets = self._resolve_all(coded, memory, candidate, candidate.targets)
            candidate.speakers = self._resolve_all(coded, memory, candidate, candidate.speakers)
            candidate.warned_about = self._resolve_all(coded, memory, candidate, candidate.warned_about)
            settle_warning(candidate)
            drop_members_groups(candidate)
            settle_reported_force(candidate)
            if (candidate.event_type == "MOBILIZE" and candidate.mode == "troops") or candidate.armed_forces:
                # "Russia deployed troops", "Japan and the Philippines held joint naval exercises"
                candidate.sources = [_as_military(m) for m in candidate.sources]
                if candidate.event_type == "COOPERATE":
                    candidate.targets = [_as_military(m) for m in candidate.targets]
            if named_targets and not candidate.targets and candidate.needs_target:
                if not candidate.negated and candidate.event_type == "ASSAULT":
                    unplaced.append(candidate)
                candidate.negated = True  # "in talks with a series of Arab countries": no one to code
                candidate.rule += "+unresolved-target"
        revive_consequences(coded.candidates, unplaced)
        return coded

    def _resolve_all(
        self, coded: CodedDocument, memory: DocumentActors, candidate: EventCandidate, mentions: list[ArgumentMention]
    ) -> list[ArgumentMention]:
        resolved: list[ArgumentMention] = []
        for mention in mentions:
            token = coded.doc.char_span(mention.head.start, mention.head.end, alignment_mode="expand")
            root = token.root if token is not None else None
            if root is not None and _names_a_pair(root):
                people = memory.pair(root.i, candidate.sentence_index)
                resolved.extend(replace(mention, actor=replace(p, text=mention.phrase.text)) for p in people)
                continue
            mention.actor = self._resolve_one(mention, memory, root, candidate)
            if mention.actor is not None:
                resolved.append(mention)
        return resolved

    def _resolve_one(
        self, mention: ArgumentMention, memory: DocumentActors, root: Any, candidate: EventCandidate
    ) -> Actor | None:
        if mention.is_pronoun and root is not None:
            said = governing_pronoun(root)
            excluded = clause_subjects(root) | not_the_same_person(memory, root, candidate.sentence_index)
            actor = memory.pronoun(said.lower_, said.i, candidate.sentence_index, excluded)
            return replace(actor, text=mention.phrase.text) if actor else None
        described = described_by(memory, root)
        if described is not None:  # "the teenager", "the London schoolgirl": someone named before
            return replace(described, text=mention.phrase.text)
        person = None
        if root is not None and root.ent_type_ == "PERSON":
            descriptor = mention.descriptor.text if mention.descriptor else None
            person = memory.person(mention.head.text, descriptor)
            if descriptor and person.sector is None and any(w in descriptor.lower() for w in COUNTERPART):
                person = replace(person, sector=_counterpart_sector(candidate))
            if not (person.country or person.org):
                person = _owned_by(person, memory, root, candidate.sentence_index)
            if person.country or person.org:
                return replace(person, text=mention.phrase.text)
        actor = memory.phrase(mention.phrase.text) or memory.phrase(mention.head.text) or person
        if root is not None and _refers_back(root) and (actor is None or not (actor.country or actor.org)):
            sectors = ARMED_GROUP if root.tag_ == "NNS" else NON_STATE
            actor = memory.group_reference(root.i, candidate.sentence_index, sectors) or actor
        if root is not None and (actor is None or not (actor.country or actor.org)):
            actor = body_reference(memory, root, candidate.sentence_index) or actor  # "the alliance"
        if actor is None and candidate.event_type == "PROTEST" and candidate.sources and mention is candidate.sources[0]:
            actor = Actor(mention.phrase.text, None, "CVL", None, None, mention.phrase.text)  # a crowd
        placeless = actor is None or not (actor.country or actor.org)
        named = memory.named_before(mention.head.text) if root is not None and root.pos_ == "PROPN" else None
        if placeless and named is not None:  # "Hall" after "Oliver Hall" is that person, not a town
            actor = named if (named.country or named.org) else actor
        elif placeless and self.places is not None and root is not None:
            place = self._named_place(root) or self._named_place(_place_named_by(root), said_to_be_place=True)
            if place is not None:
                actor = Actor(place.name, place.country, None, None, None, mention.phrase.text)
        if actor is None and root is not None and _names_the_setting(root):
            actor = _story_place(mention, memory, root, candidate.sentence_index)
        described = _apposition(memory, root)
        if actor is None and described is not None and root is not None and root.pos_ == "PROPN":
            actor = replace(described, name=mention.head.text, kb_id=None)  # "Petrova, a Bulgarian national"
        if actor is None:
            return None
        if described is not None and actor.sector is None and (actor.country in (None, described.country)):
            actor = replace(actor, country=described.country, sector=described.sector)
        actor = self._complete(actor, mention, root)
        owned = root is not None and _pronoun_owner(root) is not None
        if actor.country is None and actor.org is None and root is not None:
            actor = _pronoun_owned(actor, memory, root, candidate.sentence_index)
        if actor.sector is None and self._names_a_state(mention):
            actor = replace(actor, sector="GOV")  # "Sweden will send a battalion": the state acts through its government
        if root is not None and root.tag_ == "NN" and root.lower_ not in PAIR_WORDS and actor.sector and not owned:
            actor = memory.role_reference(actor, root.i, root.lower_)  # not "his family": someone of his
        return replace(actor, text=mention.phrase.text)


    def _complete(self, actor: Actor, mention: ArgumentMention, root: Any) -> Actor:
        """Fill what the phrase implies: "a court in Yekaterinburg" (RUS), "Russian missiles" (MIL)."""
        last = mention.phrase.text.split()[-1].lower().rstrip("s") if mention.phrase.text else ""
        instrument = last in MILITARY_INSTRUMENTS or (root is not None and root.lemma_.lower() in MILITARY_INSTRUMENTS)
        if instrument and actor.country and actor.sector in (None, "REB"):
            actor = replace(actor, sector="MIL")
        if actor.country is None and actor.org is None and root is not None:
            country = self._country_inside(root)
            if country is not None:
                return replace(actor, country=country)
        return actor

    def _named_place(self, root: Any | None, said_to_be_place: bool = False) -> Any | None:
        """The place a proper name stands for, looked up whole ("the Middle East", "the Strait of
        Hormuz"), never by its last word alone. A person's or a people's name is not a place, though
        some village may share it ("Bolton", "Kurds"), nor is a treaty, a weapon or a holiday. A name the
        sentence calls a place ("the resort of Sochi") is one whatever entity the parser gave it."""
        entity = root is not None and (said_to_be_place or root.ent_type_ in PLACE_ENTITIES)
        if root is None or root.pos_ != "PROPN" or not entity or not root.text[:1].isupper():
            return None
        name = proper_name(root)
        if fold(name) in NOT_PLACES or self._is_person(name):
            return None
        exact = getattr(self.places, "exact", None)
        if exact is None:  # a plain lookup (tests): its best reading
            place = self.places.resolve(name)  # type: ignore[union-attr]
            return place if place is not None and place.country else None
        # Spelled exactly as written: a loose match turns "Navalny" into Nuevo Leon; a village's
        # rare alternate name does not make "Easter" a place.
        for match in exact(name):
            if match.location.country and (not match.alternate or match.population >= MIN_ALTERNATE_POPULATION):
                return match.location
        return None

    def _place_country(self, token: Any) -> str | None:
        """The country of the place a person is "from": the preposition says it is a place, whatever
        entity the parser gave the name ("a volunteer from Lewes")."""
        if self.places is None:
            return None
        place = self._named_place(token)
        exact = getattr(self.places, "exact", None)
        if place is None and exact is not None and token.text[:1].isupper():
            place = next((m.location for m in exact(proper_name(token)) if m.location.country), None)
        return place.country if place is not None else None

    def _names_a_state(self, mention: ArgumentMention) -> bool:
        """The phrase is just a country's name ("Turkey", "the United States"), not a place in it."""
        text, head = (_without_the(t) for t in (mention.phrase.text, mention.head.text))
        entry = self.kb.lookup(text)
        bare = fold(head) == fold(text)  # "The US", "Bangladesh's"
        return bare and entry is not None and entry.kind == "country"

    def _country_inside(self, root: Any) -> str | None:
        """A nationality or place inside the phrase: "500 Afghan refugees", "refugees fleeing Sudan";
        a clause on a named person tells what they did, not where they are from ("Smith, who has
        visited Syria")."""
        clauses: set[int] = set()
        if root.ent_type_ == "PERSON":
            clauses = {t.i for c in root.subtree if c.dep_ in CLAUSES and c.i != root.i for t in c.subtree}
        for token in root.subtree:
            if token.i == root.i or token.i in clauses:
                continue
            if token.ent_type_ == "NORP" and hasattr(self.kb, "lookup_adjective"):
                country = self.kb.lookup_adjective(token.text)
                if country:
                    return str(country)
            is_place = token.ent_type_ in ("GPE", "LOC") or (token.pos_ == "PROPN" and not token.ent_type_)
            if is_place and token.dep_ != "compound" and self.places is not None and self._may_be_place(token):
                place = self.places.resolve(token.text)
                if place is not None and place.country:
                    return place.country
        return None

    def _may_be_place(self, token: Any) -> bool:
        """A capitalised word that is neither a qualifier ("US-backed", "Liberian-flagged") nor
        someone the knowledge base knows ("flowers for Navalny")."""
        if not token.text[:1].isupper() or _qualifies(token):
            return False
        return not self._is_person(token.text)

    def _is_person(self, name: str) -> bool:
        """The knowledge base knows the name as a person's ("Navalny", "Bolton")."""
        entry = self.kb.lookup(name)
        return entry is not None and entry.kind == "person"


CLAUSES = frozenset({"relcl", "acl", "advcl", "ccomp"})
# Kinds of places a name follows: "the town of Manbij", "the port city of Hodeidah".
PLACE_KINDS = frozenset(
    ["town", "city", "village", "resort", "port", "province", "region", "district", "enclave", "canton", "island",
     "governorate", "neighbourhood", "neighborhood", "suburb", "camp", "capital", "state", "county"]
)
# Plural nouns by which a story refers back to the fighters of an armed group it has named.
ARMED_GROUP = frozenset({"REB"})
GROUP_MEMBERS = frozenset({"militants", "jihadists", "jihadis", "insurgents", "extremists", "rebels", "gunmen"})
# Plain nouns for a commander's followers, who serve where the commander does.
FOLLOWERS = frozenset({"men", "man"})
ARMED_SECTORS = frozenset({"MIL", "REB", "COP", "SPY"})
# Entity types a place name may carry; "" is a proper noun the parser left untyped.
PLACE_ENTITIES = frozenset({"GPE", "LOC", "FAC", ""})
# Compass points named alone are blocs or directions, not the regions of that name ("the West").
NOT_PLACES = frozenset({"north", "south", "east", "west", "middle east", "gulf", "far east", "near east"})
MIN_ALTERNATE_POPULATION = 10_000


def proper_name(root: Any) -> str:
    """The whole proper name a proper noun heads: its proper-noun compounds and an "of" name
    ("the Strait of Hormuz" -> "Strait of Hormuz", "the Middle East" -> "Middle East")."""
    doc, start = root.doc, root.i
    while start > root.sent.start:
        before = doc[start - 1]
        if before.pos_ == "PROPN" and before.head.i == root.i:
            start -= 1
        elif before.text == "-" and not before.whitespace_ and start - 2 >= root.sent.start and not doc[start - 2].whitespace_:
            start -= 2  # "Nagorno-Karabakh"
        else:
            break
    end = root.i + 1
    of = next((c for c in root.children if c.dep_ == "prep" and c.lower_ == "of" and c.i == end), None)
    if of is not None:
        name = next((c for c in of.children if c.dep_ == "pobj" and c.pos_ == "PROPN"), None)
        if name is not None:
            end = name.i + 1
    return doc[start:end].text

# Weapons and platforms whose national adjective names a military actor: "Russian missiles".
MILITARY_INSTRUMENTS = frozenset(
    ["marine", "paratrooper", "commando", "strike", "missile", "rocket", "drone", "aircraft", "jet", "warplane", "warship", "ship", "bomber", "artillery", "tank", "helicopter", "submarine", "navy", "airstrike"]
)


def _story_place(mention: ArgumentMention, memory: DocumentActors, root: Any, sentence_index: int) -> Actor | None:
    """"his country" is his; "the border towns", "much of the country" are where the story is set."""
    owner = _pronoun_owner(root)
    if owner is not None:
        meant = memory.pronoun(owner.lower_, owner.i, sentence_index)
        country = meant.country if meant is not None else None
    else:
        country = memory.setting()
    return Actor(mention.phrase.text, country, None, None, None, mention.phrase.text) if country else None


def _names_the_setting(root: Any) -> bool:
    """"the country", "the town", "the canton's border towns": a definite common noun for a place
    of the story, which names no place of its own."""
    if not root.is_lower or root.lemma_.lower() not in (*PLACE_KINDS, "country"):
        return False
    if any(c.dep_ in ("amod", "nummod") or (c.dep_ == "prep" and c.lower_ == "of") or c.ent_type_ for c in root.children):
        return False  # "a Kurdish town", "the town of Manbij", "two towns"
    definite = {c.lower_ for c in root.children if c.dep_ == "det"} & {"the", "this"}
    owner = any(c.dep_ == "poss" for c in root.children)
    possessor = any(c.dep_ == "case" for c in root.children) and any(  # "the canton's towns"
        c.dep_ == "det" and c.lower_ == "the" for c in root.head.children)
    return bool(definite) or owner or possessor


def _place_named_by(root: Any) -> Any | None:
    """The name in "the town of Manbij", "the Black Sea resort of Sochi": a kind of place and its name
    (which the words before it, "Black Sea", only qualify)."""
    while root.dep_ == "compound" and root.head.i > root.i:
        root = root.head
    if root.pos_ != "NOUN" or root.lemma_.lower() not in PLACE_KINDS:
        return None
    of = next((c for c in root.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    return next((c for c in of.children if c.dep_ == "pobj" and c.pos_ == "PROPN"), None) if of is not None else None


def _refers_back(root: Any) -> bool:
    """"the group", "the movement", "the militants": a definite noun for a body named before (or
    for its fighters)."""
    body = root.lemma_.lower() in GROUP_NOUNS and root.tag_ == "NN"
    members = root.lower_ in GROUP_MEMBERS and root.tag_ == "NNS"
    return (body or members) and any(
        c.dep_ == "det" and c.lower_ in ("the", "this") for c in root.children
    ) and not any(c.dep_ in ("amod", "compound", "prep") for c in root.children)


def _qualifies(token: Any) -> bool:
    """The word only qualifies a hyphenated compound: "US-backed", "London-based"."""
    doc = token.doc
    if token.i + 2 >= len(doc) or doc[token.i + 1].text != "-" or doc[token.i + 1].whitespace_:
        return False
    return doc[token.i + 2].lower_ in QUALIFYING_SUFFIXES


def _as_military(mention: ArgumentMention) -> ArgumentMention:
    actor = mention.actor
    states_government = actor is not None and actor.sector == "GOV" and actor.kb_id == actor.country
    if actor is None or (actor.sector is not None and not states_government):
        return mention
    return replace(mention, actor=replace(actor, sector="MIL"))


def _pronoun_owner(noun: Any) -> Any | None:
    """The possessive pronoun of a noun ("its" in "its troops"), if any."""
    return next((c for c in noun.children if c.dep_ == "poss" and c.pos_ == "PRON"), None)


def _pronoun_owned(actor: Actor, memory: DocumentActors, root: Any, sentence_index: int) -> Actor:
    """An unplaced actor owned by a pronoun takes its owner's country: "its troops" are the army's
    own; "his men", the rebels' "forces" are fighters like them."""
    owner = _pronoun_owner(root)
    meant = memory.pronoun(owner.lower_, owner.i, sentence_index) if owner is not None else None
    if meant is not None and (meant.country or meant.org):
        actor = replace(actor, country=meant.country, org=actor.org or meant.org)
    fighters = root.lower_ in FOLLOWERS or (actor.sector == "MIL" and meant is not None and meant.sector == "REB")
    if meant is not None and fighters and meant.sector in ARMED_SECTORS:
        actor = replace(actor, sector=meant.sector)
    return actor


def _owned_by(person: Actor, memory: DocumentActors, root: Any, sentence_index: int) -> Actor:
    """"its head, Salih Muslim": a person described by a role in a body a pronoun stands for
    belongs to that body."""
    role = root.head if root.dep_ == "appos" else next((c for c in root.children if c.dep_ == "appos"), None)
    owner = None if role is None else _pronoun_owner(role)
    if owner is None or owner.lower_ not in ("its", "their"):
        return person
    body = memory.pronoun(owner.lower_, owner.i, sentence_index)
    if body is None:
        return person
    own = body.org or body.sector not in (None, "GOV")  # a party's leader, a rebel group's commander
    if not (body.country or own):
        return person
    return replace(person, country=body.country, sector=body.sector if own else person.sector, org=body.org)


def _apposition(memory: DocumentActors, root: Any) -> Actor | None:
    """What a noun in apposition says of the name: "Maria Petrova, 31, a Bulgarian national"."""
    if root is None:
        return None
    for child in root.children:
        if child.dep_ == "appos" and child.pos_ in ("NOUN", "ADJ"):  # "national" is often tagged ADJ
            start, end = phrase_bounds(child)
            actor = memory.phrase(root.doc[start:end].text)
            if actor is not None and actor.sector:
                return actor
    return None


def _without_the(text: str) -> str:
    return text[4:] if text[:4].lower() == "the " else text


def _names_a_pair(root: Any) -> bool:
    """"the pair", "both", "the two leaders"."""
    if root.pos_ == "NOUN" and root.lower_ in PAIR_WORDS:
        return True
    words = {c.lower_ for c in root.children if c.dep_ in ("nummod", "det", "predet")}
    return root.tag_ == "NNS" and ("both" in words or {"the", "two"} <= words)  # not "two elderly women"


def _counterpart_sector(candidate: EventCandidate) -> str | None:
    for source in candidate.sources:
        if source.actor is not None and source.actor.sector:
            return source.actor.sector
    return "GOV"


def drop_members_groups(candidate: EventCandidate) -> None:
    """"met Haniyeh and Hamas officials": the group adds nothing once a member of it is named."""
    for side in (candidate.sources, candidate.targets):
        orgs_with_people = {m.actor.org for m in side if m.actor and m.actor.org and m.actor.kb_id != m.actor.org
                            and m.actor.name != m.actor.org}
        side[:] = [m for m in side if not (m.actor and m.actor.org in orgs_with_people and m.actor.name == m.actor.org)]


def make_actors_stage(resources: Resources) -> ActorsStage:
    from .phrase import resolve_phrase

    kb: Any = resources.kb  # the full KnowledgeBase: phrase resolution uses more than the lookup protocol

    def resolve(text: str, on: date | None) -> Actor | None:
        return resolve_phrase(text, on, kb)

    return ActorsStage(kb, resolve, resources.gazetteer)


def revive_consequences(candidates: list[EventCandidate], unplaced: Sequence[EventCandidate] = ()) -> None:
    """"Gunmen opened fire at a concert hall, killing 130 people": when the attack names no one the
    coder knows, its toll ("killing 130 people") says whom it struck, and stands for it. With no toll,
    force by someone named still happened ("Ankara has been pounding the border towns"): it stays, with
    its target unknown."""
    lost = {c.sentence_index: c for c in candidates
            if c.event_type == "ASSAULT" and c.rule.endswith("+unresolved-target")}
    revived: set[int] = set()
    for candidate in candidates:
        attack = lost.get(candidate.sentence_index)
        if attack is not None and candidate.rule.endswith("+consequence") and candidate.targets:
            candidate.negated = False
            candidate.mode = candidate.mode or attack.mode  # "fired rockets ..., killing": the rockets' mode
            candidate.rule += "+revived"
            revived.add(candidate.sentence_index)
    for attack in unplaced:
        if attack.sentence_index not in revived and attack.sources:
            attack.negated = False
            attack.rule += "+target-unknown"
