"""The nlp stage: one spaCy parse per document, batched with ``nlp.pipe``."""

from __future__ import annotations

import logging
from collections.abc import Iterable, Iterator
from typing import Any

from ..resources import Resources
from ..schemas import CodedDocument, Sentence

log = logging.getLogger(__name__)

# spaCy's default limit is 1,000,000 characters; longer texts are cut, with a warning.
MAX_CHARS = 1_000_000


class NlpStage:
    """Parses ``article.text`` into ``doc`` and ``sentences``."""

    def __init__(self, resources: Resources) -> None:
        self.resources = resources

    def __call__(self, coded: CodedDocument) -> CodedDocument:
        doc = self.resources.nlp(self._text(coded))
        return attach_doc(coded, doc)

    def pipe(self, stream: Iterable[CodedDocument], batch_size: int = 32) -> Iterator[CodedDocument]:
        nlp = self.resources.nlp
        pending: list[CodedDocument] = []
        for coded in stream:
            pending.append(coded)
            if len(pending) >= batch_size:
                yield from self._parse_batch(nlp, pending)
                pending = []
        if pending:
            yield from self._parse_batch(nlp, pending)

    def _parse_batch(self, nlp: Any, batch: list[CodedDocument]) -> Iterator[CodedDocument]:
        live = [c for c in batch if c.error is None]
        try:
            docs = list(nlp.pipe([self._text(c) for c in live]))
        except Exception:  # noqa: BLE001 - fall back to one at a time to isolate the bad document
            docs = None
        if docs is not None:
            for coded, doc in zip(live, docs, strict=True):
                attach_doc(coded, doc)
        else:
            for coded in live:
                try:
                    attach_doc(coded, nlp(self._text(coded)))
                except Exception as exc:  # noqa: BLE001
                    coded.error = f"[E099] {coded.article.doc_id}: parse failed: {type(exc).__name__}: {exc}"
        yield from batch

    @staticmethod
    def _text(coded: CodedDocument) -> str:
        # No-break spaces break spaCy's parse of appositions; the swap keeps every offset.
        text = coded.article.text.replace("\u00a0", " ")
        if len(text) > MAX_CHARS:
            log.warning("%s: text of %d characters cut to %d", coded.article.doc_id, len(text), MAX_CHARS)
            text = text[:MAX_CHARS]
        return text


def attach_doc(coded: CodedDocument, doc: Any) -> CodedDocument:
    coded.doc = doc
    coded.sentences = []
    for i, sent in enumerate(doc.sents):
        text = sent.text.rstrip()  # the paragraph break after a sentence is not part of it
        coded.sentences.append(Sentence(index=i, start=sent.start_char, end=sent.start_char + len(text), text=text))
    return coded


def make_nlp_stage(resources: Resources) -> NlpStage:
    return NlpStage(resources)
