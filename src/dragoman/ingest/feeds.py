"""RSS and Atom feeds: one ``Article`` per item, streamed.

For each item the text is its full content (``content:encoded``, Atom ``content``) when present,
else its description or summary; HTML in it is reduced to paragraphs of text. The title, link,
id (``guid``/``id``, else the link) and date (``pubDate``, ``dc:date``, Atom ``published`` or
``updated``) are kept; the feed's own title becomes the article's source. An item's own date
wins over the date given for the run.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from datetime import date
from pathlib import Path

from lxml import etree
from lxml import html as lxml_html

from ..errors import InputError
from ..schemas import Article
from .problems import InputProblem
from .records import article_from_record

log = logging.getLogger(__name__)

ITEM_TAGS = {"item", "entry"}
FEED_TAGS = {"channel", "feed"}
TEXT_FIELDS = ("encoded", "content", "description", "summary")
DATE_FIELDS = ("pubDate", "published", "date", "issued", "updated", "modified")
ID_FIELDS = ("guid", "id")
_BLOCKS = {"p", "div", "li", "blockquote", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "section", "article"}
_DROPPED = {"script", "style", "figure", "figcaption", "aside", "nav", "footer"}


def _local(tag: object) -> str:
    return etree.QName(tag).localname if isinstance(tag, str) else ""


def html_fragment_text(markup: str) -> str:
    """Text of an HTML fragment, one paragraph per block element.

    >>> html_fragment_text("<p>Talks began.</p><p>They <b>ended</b> late.</p><figure>x</figure>")
    'Talks began.\\n\\nThey ended late.'
    """
    if "<" not in markup:
        return markup.strip()
    root = lxml_html.fragment_fromstring(markup, create_parent="div")
    for element in list(root.iter()):
        tag = element.tag if isinstance(element.tag, str) else ""
        if tag in _DROPPED:
            element.drop_tree()
        elif tag == "br":  # a line break inside a paragraph: the words must not run together
            element.tail = " " + (element.tail or "")
        elif tag in _BLOCKS:
            element.tail = "\n\n" + (element.tail or "")
    text = root.text_content()
    paragraphs = (" ".join(block.split()) for block in text.split("\n\n"))
    return "\n\n".join(p for p in paragraphs if p)


def _item_record(item: etree._Element) -> dict[str, str]:
    fields: dict[str, str] = {}
    for child in item:
        name = _local(child.tag)
        if name == "link" and child.get("href") and child.get("rel", "alternate") == "alternate":
            fields.setdefault("link", child.get("href", ""))
        elif child.text and child.text.strip():
            fields.setdefault(name, child.text.strip())
    record = {
        "title": fields.get("title", ""),
        "url": fields.get("link", ""),
        "date": next((fields[f] for f in DATE_FIELDS if f in fields), ""),
        "id": next((fields[f] for f in ID_FIELDS if f in fields), fields.get("link", "")),
        "text": next((html_fragment_text(fields[f]) for f in TEXT_FIELDS if f in fields), ""),
    }
    return record


def read_feed(path: Path, *, name: str, published: date | None = None) -> Iterator[Article | InputProblem]:
    """Articles from an RSS 2.0, RSS 1.0 or Atom file, one item at a time."""
    source = ""
    count = 0
    events = etree.iterparse(
        str(path),
        events=("end",),
        resolve_entities=False,
        no_network=True,
        huge_tree=False,
        remove_comments=True,
    )
    try:
        for _, element in events:
            tag = _local(element.tag)
            parent = element.getparent()
            if tag == "title" and parent is not None and _local(parent.tag) in FEED_TAGS:
                source = (element.text or "").strip()
            elif tag in ITEM_TAGS:
                count += 1
                record = _item_record(element)
                record["source"] = source
                record["id"] = record["id"] or f"{name}#{count}"
                if record["text"]:
                    yield article_from_record(record, origin=f"{name}#{count}", published=published)
                else:
                    yield InputProblem(
                        f"{name}#{count}", "feed item has no description or content", record["id"]
                    )
                element.clear(keep_tail=False)
                while parent is not None and element.getprevious() is not None:
                    del parent[0]  # items already read: keep memory flat on long feeds
    except etree.XMLSyntaxError as exc:
        if count == 0:
            raise InputError(f"not a readable feed: {exc}") from None
        yield InputProblem(name, f"feed cannot be read past item {count}: {exc}")
        return
    if count == 0:
        raise InputError("feed has no items (no <item> or <entry> elements)")
