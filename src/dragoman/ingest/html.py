"""HTML news pages: main text, title, publication date and site name through trafilatura.

Navigation, figures and captions, asides (related links), footers and forms are pruned before
extraction; what trafilatura returns then goes through the same cleaning as plain text (page
furniture lines such as "Read more: ..." dropped, dateline recognised), with paragraphs
separated by a blank line, so that a page and its plain-text twin give the same ``Article.text``.
"""

from __future__ import annotations

import logging
from datetime import date
from typing import Any

from ..errors import InputError
from ..schemas import Article
from .checks import sniff_binary
from .dates import parse_published
from .text import article_from_text

log = logging.getLogger(__name__)

MAX_HTML_BYTES = 20_000_000

# Page parts that are never the story, whatever the extractor's scoring says.
PRUNED = [
    "//nav",
    "//aside",
    "//footer",
    "//figure",
    "//figcaption",
    "//form",
    "//button",
    "//noscript",
    "//*[@role='navigation' or @role='complementary' or @role='contentinfo' or @role='banner']",
]


def article_from_html(
    html: str | bytes,
    *,
    doc_id: str,
    published: date | None = None,
    url: str | None = None,
    origin: str | None = None,
) -> Article:
    """An ``Article`` from an HTML page; ``published`` wins over the date found in the page.

    Raises ``InputError`` when the page holds no article text.

    >>> page = ("<html><body><nav>Home</nav><article><h1>Talks stall</h1><p>NAIROBI — Kenya "
    ...         "and Somalia ended talks on Monday without a deal on their maritime border.</p>"
    ...         "</article></body></html>")
    >>> article_from_html(page, doc_id="p1").dateline
    'Nairobi'
    """
    import trafilatura  # heavy import, kept out of "import dragoman"

    raw = html.encode("utf-8", "replace") if isinstance(html, str) else html
    if len(raw) > MAX_HTML_BYTES:
        raise InputError(
            f"page is {len(raw) / 1e6:.1f} MB, over the {MAX_HTML_BYTES / 1e6:.0f} MB limit for one page"
        )
    kind = sniff_binary(raw)
    if kind is not None:
        raise InputError(f"file is {kind}")
    extracted = trafilatura.bare_extraction(
        html,
        url=url,
        with_metadata=True,
        include_comments=False,
        include_tables=False,
        include_images=False,
        prune_xpath=PRUNED,
        date_extraction_params={"original_date": True, "extensive_search": True},
    )
    found: dict[str, Any] = {}
    if isinstance(extracted, dict):
        found = extracted
    elif extracted is not None:
        found = extracted.as_dict()
    text = found.get("text")
    if not text or not text.strip():
        raise InputError("no article text found in the page (is it an index page, or built by JavaScript?)")
    paragraphs = "\n\n".join(line.strip() for line in text.splitlines() if line.strip())
    return article_from_text(
        paragraphs,
        doc_id=doc_id,
        published=published or _page_date(found.get("date"), doc_id),
        title=found.get("title") or None,
        url=url or found.get("url") or None,
        source=found.get("sitename") or None,
        origin=origin,
    )


def _page_date(value: str | None, doc_id: str) -> date | None:
    try:
        return parse_published(value)
    except ValueError:
        log.warning("%s: page date %r not understood; no publication date", doc_id, value)
        return None
