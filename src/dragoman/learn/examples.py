"""Training examples for the clause classifier: one row per candidate trigger in a parsed sentence.

A gold event may name its trigger word (``"trigger"`` in the gold format). The token carrying it
is a positive example with the event's type, mode and contexts; every other verb (and every noun
whose lemma is a known trigger) in the sentence is a "no event" example, unless the sentence has
an event whose trigger is not annotated (then only its positives are used). Sentences with no
event give negatives only, which is how negation, failure and modality are learnt.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any

from ..evaluate.gold import GoldDocument
from .features import dependency_features, surface_features

Token = Any
NESTED_CLAUSE_DEPS = frozenset({"ccomp", "advcl", "relcl", "parataxis", "conj", "xcomp", "acl"})
VERBAL = frozenset({"VERB"})


@dataclass
class Example:
    """One candidate with its label (``event_type`` None = no event)."""

    surface: dict[str, float]
    dependency: dict[str, float]
    event_type: str | None
    mode: str | None = None
    contexts: list[str] = field(default_factory=list)
    doc_id: str = ""
    trigger: str = ""


def clause_head(token: Token) -> Token:
    """The nearest verb at or above ``token`` (the sentence root if there is none)."""
    current = token
    while current.pos_ not in VERBAL and current.head.i != current.i:
        current = current.head
    return current if current.pos_ in VERBAL else token.sent.root


def clause_text(token: Token) -> str:
    """The words of the clause that holds ``token``, without clauses nested inside it.

    >>> clause_text(nlp("Iran said Israel struck Damascus.")[3])  # doctest: +SKIP
    'Israel struck Damascus.'
    """
    head = clause_head(token)
    skip: set[int] = set()
    for child in head.children:
        if child.dep_ in NESTED_CLAUSE_DEPS and not (child.left_edge.i <= token.i <= child.right_edge.i):
            skip.update(t.i for t in child.subtree)
    kept = [t for t in head.subtree if t.i not in skip]
    return "".join(t.text_with_ws for t in kept).strip()


def token_features(token: Token, with_dependency: bool = True) -> tuple[dict[str, float], dict[str, float]]:
    """Surface and dependency features of a parsed candidate token."""
    surface = surface_features(token.sent.text, token.lemma_.lower(), clause_text(token))
    return surface, dependency_features(token) if with_dependency else {}


def _trigger_tokens(sentence: Any, doc: GoldDocument) -> tuple[dict[int, int], bool]:
    """Token index -> gold event index for annotated triggers; and whether every event had one.

    One word may carry several events of the same type ("expelled" the envoys of three
    states): a trigger repeated for another event of that type is the word already found.
    """
    found: dict[int, int] = {}
    typed = {doc.events[i].event_type for i, t in enumerate(doc.triggers) if t}
    complete = all(t or e.event_type in typed for e, t in zip(doc.events, doc.triggers, strict=True))
    for i, trigger in enumerate(doc.triggers):
        if not trigger:
            continue
        first = trigger.split()[0].lower()
        token = next((t for t in sentence if t.lower_ == first and t.i not in found), None)
        if token is None:
            repeated = any(
                sentence[j].lower_ == first and doc.events[k].event_type == doc.events[i].event_type
                for j, k in found.items()
            )
            complete = complete and repeated
            continue
        found[token.i] = i
    return found, complete


def examples_from_parse(doc: GoldDocument, parsed: Any, trigger_lemmas: set[str]) -> Iterator[Example]:
    """Rows for one gold document given its spaCy parse."""
    triggers, complete = _trigger_tokens(parsed, doc)
    for token in parsed:
        is_trigger = token.i in triggers
        candidate = token.pos_ in VERBAL or (token.pos_ == "NOUN" and token.lemma_.lower() in trigger_lemmas)
        if not is_trigger and not (candidate and complete):
            continue
        surface, dependency = token_features(token)
        if is_trigger:
            event = doc.events[triggers[token.i]]
            yield Example(
                surface,
                dependency,
                event.event_type,
                event.mode,
                list(event.contexts),
                doc.doc_id,
                token.text,
            )
        else:
            yield Example(surface, dependency, None, None, [], doc.doc_id, token.text)


def gold_trigger_lemmas(documents: Iterable[GoldDocument]) -> set[str]:
    """Lower-cased first words of annotated triggers (a cheap stand-in for their lemmas)."""
    return {t.split()[0].lower() for d in documents for t in d.triggers if t}


def build_examples(documents: list[GoldDocument], nlp: Any) -> list[Example]:
    """Parse gold documents and turn them into rows."""
    lemmas = gold_trigger_lemmas(documents)
    lemmas |= {lem for lem in (nlp(w)[0].lemma_.lower() for w in sorted(lemmas)) if lem}
    rows: list[Example] = []
    for doc, parsed in zip(documents, nlp.pipe(d.text for d in documents), strict=True):
        rows.extend(examples_from_parse(doc, parsed, lemmas))
    return rows
