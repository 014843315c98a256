"""Plain text documents: headline and dateline recognised."""

from __future__ import annotations

from datetime import date

from ..schemas import Article


def article_from_text(text: str, *, doc_id: str, published: date | None = None, title: str | None = None) -> Article:
    return Article(doc_id=doc_id, text=text, title=title, published=published)
