"""Repairs for verb lemmas the English model gets wrong, so that trigger lookups see them.

The small English pipeline lemmatises "waged" as "wag" and "staged" as "stag"; both are light
verbs that carry an event noun ("waged a campaign against", "staged an attack on").
"""

from __future__ import annotations

from typing import Any

# wrong lemma -> (right lemma, surface forms it is right for)
LEMMA_REPAIRS: dict[str, tuple[str, frozenset[str]]] = {
    "wag": ("wage", frozenset({"wage", "wages", "waged", "waging"})),
    "stag": ("stage", frozenset({"stage", "stages", "staged", "staging"})),
}
COMPONENT = "dragoman_lemma_repairs"


def repair_lemmas(doc: Any) -> Any:
    """Set the right lemma where the model's is known to be wrong.

    >>> # nlp("The army waged war.")[2].lemma_ == "wage" once the component is added
    """
    from spacy.attrs import LEMMA

    strings = doc.vocab.strings
    wrong = {strings.add(w): w for w in LEMMA_REPAIRS}
    for i, lemma in enumerate(doc.to_array([LEMMA]).tolist()):
        if lemma in wrong:
            token = doc[i]
            right, forms = LEMMA_REPAIRS[wrong[lemma]]
            if token.lower_ in forms:
                token.lemma_ = right
    return doc


def add_lemma_repairs(nlp: Any) -> None:
    """Register (once) and append the repair component to a loaded pipeline."""
    from spacy.language import Language

    if not Language.has_factory(COMPONENT):
        Language.component(COMPONENT, func=repair_lemmas)
    if COMPONENT not in nlp.pipe_names:
        nlp.add_pipe(COMPONENT, last=True)
