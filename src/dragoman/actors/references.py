"""Definite descriptions that refer back: "the teenager", "the London schoolgirl", "the alliance".

News names someone once and then varies: "Amira Khan, a British student who ..." becomes "the
student", or "the Bristol student" when a home town was given; "the Northern Front, an alliance
of rebel factions" becomes "the alliance"; "the Assad regime" becomes "the regime".
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from ..schemas import Actor
from .lead import gender_of

if TYPE_CHECKING:
    from .document import DocumentActors, Mentioned

# Common nouns by which a story refers back to a private person it has named.
PERSON_NOUNS = frozenset(
    ["teenager", "schoolgirl", "schoolboy", "student", "woman", "man", "girl", "boy", "mother", "father", "widow",
     "bride", "volunteer", "activist", "journalist", "reporter", "photographer", "film-maker", "filmmaker", "aid worker",
     "worker", "engineer", "doctor", "nurse", "teacher", "tourist", "backpacker", "pensioner", "businessman",
     "businesswoman", "academic", "researcher", "blogger", "jihadist", "fighter", "national", "citizen", "youth"]
)
# How many sentences back a description with no words of its own may reach for its person.
DESCRIBED_WITHIN = 3
# Nouns by which a story refers back to a body it has named, and the sectors that body may have.
BODY_NOUNS: dict[str, frozenset[str]] = {
    "alliance": frozenset({"IGO", "REB", "MIL"}),
    "coalition": frozenset({"IGO", "REB", "MIL", "GOV"}),
    "bloc": frozenset({"IGO"}),
    "militia": frozenset({"REB"}),
    "regime": frozenset({"GOV", "MIL"}),
    "government": frozenset({"GOV"}),
    "junta": frozenset({"MIL", "GOV"}),
}
BODIES_WITHIN = 5


def _bare_definite(token: Any) -> bool:
    """"the teenager", "the British teenager": a definite noun with no owner, clause or name of its own."""
    if token.pos_ != "NOUN" or token.tag_ != "NN" or token.ent_type_ or token.dep_ in ("compound", "poss"):
        return False
    if not any(c.dep_ == "det" and c.lower_ in ("the", "this") for c in token.children):
        return False
    if token.dep_ == "appos" or any(c.dep_ in ("appos", "poss", "relcl", "acl") for c in token.children):
        return False  # "Ann Lee, the teenager who ...": a description given with the name
    following = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
    if (following is not None and following.ent_type_ == "PERSON") or any(c.ent_type_ == "PERSON" for c in token.children):
        return False  # "the US aid worker Peter Lee": the name comes with it
    return not any(c.dep_ == "prep" and c.lower_ == "of" for c in token.children)


def _person_nouns(doc: Any) -> Iterator[Any]:
    """The tokens whose lemma is a person noun, found from the doc's lemma array (no ``Token`` for
    every word)."""
    from spacy.attrs import LEMMA

    strings = doc.vocab.strings
    wanted = {strings[form] for noun in PERSON_NOUNS for form in (noun, noun.capitalize())}
    for i, lemma in enumerate(doc.to_array(LEMMA).tolist()):
        if lemma in wanted:
            yield doc[i]


def read_descriptions(memory: DocumentActors, doc: Any, sentence_of: dict[int, int]) -> None:
    """Find the person each "the teenager" means, remember the mention (so later pronouns may mean
    that person) and learn the gender the noun gives ("the schoolgirl": a woman)."""
    from .document import fold

    for token in _person_nouns(doc):
        if not _bare_definite(token):
            continue
        start = min(c.i for c in token.subtree if c.i <= token.i)
        person = described_person(memory, token, doc[start : token.i + 1].text, sentence_of[token.i])
        if person is None:
            continue
        memory.references[token.i] = person
        memory.remember(token, sentence_of[token.i], person, True)
        gender = gender_of(token.lower_)
        if gender:
            memory.genders.setdefault(fold(person.name), gender)
    memory.mentioned.sort(key=lambda m: m.token_index)
    genders_from_pronouns(memory, doc)
    citizens(memory, doc)


CITIZENSHIP = frozenset({"citizenship", "passport", "nationality"})


def citizens(memory: DocumentActors, doc: Any) -> None:
    """"the British citizenship of Ann Lee", "Lee's British passport", "Lee was stripped of British
    citizenship": the person is British, when nothing else placed them."""
    if not hasattr(memory.kb, "lookup_adjective"):
        return
    for token in _lemma_tokens(doc, CITIZENSHIP):
        country = next((memory.kb.lookup_adjective(c.text) for c in token.children if c.dep_ == "amod"
                        and c.ent_type_ == "NORP"), None)
        owner = _holder(token)
        if country and owner is not None and owner.ent_type_ == "PERSON":
            _place_person(memory, owner, str(country))


def _lemma_tokens(doc: Any, lemmas: frozenset[str]) -> Iterator[Any]:
    """The tokens whose lemma, in any case, is one of ``lemmas``: each distinct lemma of the doc's
    lemma array is looked up once (no ``Token`` for every word)."""
    from spacy.attrs import LEMMA

    strings = doc.vocab.strings
    keys = doc.to_array(LEMMA).tolist()
    wanted = {key for key in set(keys) if strings[key].lower() in lemmas}
    for i, key in enumerate(keys):
        if key in wanted:
            yield doc[i]


def _holder(token: Any) -> Any | None:
    """Whose citizenship it is: the owner ("Lee's"), the "of" name, or the subject stripped of it."""
    owner = next((c for c in token.children if c.dep_ == "poss"), None)
    if owner is None:
        of = next((c for c in token.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        owner = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
    if owner is None and token.dep_ == "pobj" and token.head.lower_ == "of" and token.head.head.pos_ == "VERB":
        owner = next((c for c in token.head.head.children if c.dep_ == "nsubjpass"), None)  # "was stripped of"
    return owner


def _place_person(memory: DocumentActors, owner: Any, country: str) -> None:
    from .document import fold

    known = memory.people.get(fold(owner.text))
    if known is None or known.country or known.org:
        return
    placed = replace(known, country=country, sector=known.sector or "CVL")
    memory.learn(known.name, placed, replace_placed=True)
    for mentioned in memory.mentioned:
        if mentioned.actor.name == known.name:
            mentioned.actor = replace(placed, text=mentioned.actor.text)


def genders_from_pronouns(memory: DocumentActors, doc: Any) -> None:
    """"Ann Lee spoke to reporters on Monday. She said ...": a sentence that opens on "she" (or
    "he") right after one whose only named subject is a person tells that person's gender."""
    from .document import fold

    sentences = list(doc.sents)
    for index in range(1, len(sentences)):
        opening = next((t for t in sentences[index] if t.dep_ in ("nsubj", "nsubjpass")), None)
        gender = gender_of("woman" if opening is not None and opening.lower_ == "she" else
                           "man" if opening is not None and opening.lower_ == "he" else "")
        if not gender:
            continue
        subjects = {m.actor.name for m in memory.mentioned
                    if m.sentence_index == index - 1 and m.is_person and m.named and m.is_subject}
        if len(subjects) == 1:
            memory.genders.setdefault(fold(subjects.pop()), gender)


def described_person(memory: DocumentActors, token: Any, text: str, sentence_index: int) -> Actor | None:
    """The named person a definite description means: the one described with that noun ("Ann Lee,
    the British teenager who ..." is "the teenager"), else, when the description says where the
    person is from ("the Bristol student"), the last person named just before who is from there or
    from nowhere the coder knows; that person then is from there."""
    noun = token.lemma_.lower()
    named = [m for m in memory.before(token.i, person=True) if m.named]
    titled = [m for m in named if noun in m.title.replace(",", " ").split()]
    if titled:
        return replace(titled[-1].actor, text=text)
    said = memory.phrase(text)
    country = said.country if said is not None and len(said.country or "") == 3 else None
    if country is None:
        return None
    near = [m for m in named if m.sentence_index >= sentence_index - DESCRIBED_WITHIN
            and m.actor.country in (None, country) and not m.actor.org and _fits_gender(memory, m, token)]
    if not near:
        return None
    chosen = ([m for m in near if m.is_subject] or near)[-1].actor
    if chosen.country is None:
        chosen = replace(chosen, country=country, sector=chosen.sector or "CVL")
        memory.learn(chosen.name, chosen, replace_placed=True)
    return replace(chosen, text=text)


def described_by(memory: DocumentActors, root: Any) -> Actor | None:
    """The named person a definite description (or the place word that qualifies it) refers to."""
    if root is None:
        return None
    if root.dep_ == "compound" and root.head.i in memory.references:  # "London" of "the London schoolgirl"
        return memory.references[root.head.i]
    return memory.references.get(root.i)


def _fits_gender(memory: DocumentActors, mentioned: Mentioned, token: Any) -> bool:
    from .document import fold

    wanted = gender_of(token.lower_)
    known = memory.genders.get(fold(mentioned.actor.name), "")
    return not wanted or not known or wanted == known


def body_reference(memory: DocumentActors, root: Any, sentence_index: int) -> Actor | None:
    """"the alliance", "the regime": the body of that kind named shortly before, the one the story
    called so first ("the Assad regime", "an alliance of rebel factions, the Northern Front")."""
    noun = root.lemma_.lower()
    sectors = BODY_NOUNS.get(noun)
    if sectors is None or not _bare_definite(root) or any(c.dep_ not in ("det", "amod") for c in root.children):
        return None  # "the coalition against Isis" is a description of its own; "the US-backed militia" is not
    bodies = [m for m in memory.before(root.i, person=False)
              if m.sentence_index >= sentence_index - BODIES_WITHIN and (m.actor.country or m.actor.org)]
    called = [m for m in bodies if _called(root.doc[m.token_index], noun)]
    if called:  # the named body rather than the description beside it ("the SDF, a Kurdish-led alliance")
        return ([m for m in called if m.actor.org] or called)[-1].actor
    kind = [m for m in bodies if m.actor.sector in sectors and not _a_place(root.doc[m.token_index])
            and (m.actor.org or noun in ("regime", "government", "junta"))]
    if noun in ("alliance", "coalition", "bloc", "militia") and kind:
        return kind[-1].actor
    country = memory.setting() if noun == "regime" else None  # "the regime" of the country the story is about
    return Actor("regime", country, "GOV", None, None, root.text) if country else None


def _a_place(token: Any) -> bool:
    """The name stands for a place ("met in Brussels"), not for the body seated there."""
    return token.dep_ == "pobj" and token.head.lower_ in ("in", "at", "near", "from", "to", "inside", "outside")


def _called(token: Any, noun: str) -> bool:
    """The mention is (or stands in apposition to) a noun of that kind: "the Assad regime",
    "the SDF, a Kurdish-led alliance"."""
    related = [token, *(c for c in token.children if c.dep_ == "appos")]
    if token.dep_ == "appos":
        related.append(token.head)
    return any(t.lemma_.lower() == noun for t in related)
