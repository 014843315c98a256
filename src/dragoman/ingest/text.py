"""Plain-text news documents: headline, bylines, page furniture and dateline taken off the body.

A text copied from a news page usually opens with a headline (a short line without final
punctuation), perhaps a byline and a date, then the story, whose first paragraph may start
with a dateline ("ANKARA —"). ``article_from_text`` returns an ``Article`` whose ``text`` is
the story alone: the headline goes to ``title``, the dateline place to ``dateline`` and a
date in the header to ``published`` (unless a date is given). When a dateline opens a
paragraph near the top, the lines before it (a standfirst, a photo caption) are page
furniture and are dropped too: in news writing the dateline marks where the story begins.

``Article.text`` is what the pipeline parses; every evidence offset refers to it.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass
from datetime import date

from ..schemas import Article
from .dateline import find_dateline
from .dates import find_date

log = logging.getLogger(__name__)

# How far into a document the header (headline, byline, date) and the dateline are looked for.
HEADER_LINES = 6
DATELINE_LINES = 3  # headline furniture (standfirst, caption) rarely takes more lines
HEADLINE_MAX_WORDS = 20
HEADLINE_MAX_CHARS = 160

_BOILERPLATE = re.compile(
    r"""^(?:
        skip\ to\ (?:the\ )?(?:main\ )?(?:content|navigation|article)|skip\ navigation|jump\ to\ content
      | advertisement|advertising|sponsored(?:\ content)?|story\ continues\ below(?:\ advertisement)?
      | share(?:\ this)?(?:\ (?:article|story|page))?(?:\ on\ \w+)?|share\ via\ e-?mail|copy\ link|link\ copied
      | (?:sign\ up|subscribe|register)\b.{0,70}|(?:log|sign)\ (?:in|out)|menu|search|home|close|print
      | read\ more\b.{0,70}|related(?:\ (?:articles?|stories|content|coverage|topics))?:?|see\ also:?
      | more\ on\ this\ story|most\ (?:read|popular|viewed)|recommended(?:\ for\ you)?|continue\ reading\W*
      | click\ here\b.{0,70}|follow\ (?:us\ )?on\b.{0,60}|listen\ to\ (?:this\ )?(?:article|story)\b.{0,30}
      | \d+\ min(?:ute)?s?\ read|(?:©|\(c\)|copyright\ ).{0,100}|all\ rights\ reserved\.?
      | (?:photo(?:graph)?|image|picture|video)(?:\ credit)?:.{0,100}
      | (?:we\ use\ )?cookies?\b.{0,100}|accept\ (?:all\ )?cookies
    )$""",
    re.IGNORECASE | re.VERBOSE,
)
_BYLINE = re.compile(
    r"^(?:by|from|written\ by|reporting\ by|words\ by)\s+[A-Z][\w.'’\-]*(?:[\s,]+(?:and\s+)?[\w.'’\-]+){0,8}$"
    r"|^(?:staff\ and\ agencies|associated\ press|agence\ france-presse|reuters|afp|ap|staff\ reporter)$",
    re.IGNORECASE | re.VERBOSE,
)
_DATE_LABEL = re.compile(
    r"^(?:published|updated|last\ updated|posted|first\ published)?\s*(?:on|at)?:?\s*",
    re.IGNORECASE | re.VERBOSE,
)
_FINAL_PUNCTUATION = ".!?…:;,"
_CLOSERS = "\"'”’)]»"


@dataclass
class ParsedText:
    body: str
    title: str | None = None
    dateline: str | None = None
    header_date: date | None = None


def is_boilerplate(line: str) -> bool:
    """A whole line of page furniture ("Skip to main content", "Advertisement", "Share").

    >>> is_boilerplate("Skip to main content"), is_boilerplate("Police shared the footage.")
    (True, False)
    """
    stripped = line.strip()
    return len(stripped) <= 120 and bool(_BOILERPLATE.match(stripped))


def is_headline(line: str) -> bool:
    """A short line that does not end a sentence: a headline, kicker or subhead.

    >>> is_headline("Turkey dials up Gaza diplomacy as talks hit 'impasse'")
    True
    >>> is_headline("Russian forces shelled Kyiv on Monday.")
    False
    """
    stripped = line.strip().rstrip(_CLOSERS).rstrip()
    words = stripped.split()
    return (
        0 < len(words) <= HEADLINE_MAX_WORDS
        and len(stripped) <= HEADLINE_MAX_CHARS
        and stripped[-1] not in _FINAL_PUNCTUATION
        and find_dateline(line.strip()) is None
    )


def _header_date(line: str) -> date | None:
    """A date line of the header ("Published 15 May 2024"), which holds little else than the date."""
    stripped = _DATE_LABEL.sub("", line.strip(), count=1)
    if len(stripped) > 60 or len(stripped.split()) > 9:
        return None
    return find_date(stripped)


def _wraps_into(lines: list[str], i: int) -> bool:
    """Line ``i`` is a hard-wrapped piece of a sentence that goes on in the next line."""
    nxt = lines[i + 1].lstrip() if i + 1 < len(lines) else ""
    return bool(nxt) and (nxt[0].islower() or nxt[0].isdigit())


def _split_header(lines: list[str], parsed: ParsedText) -> int:
    """Read headline, byline and date lines at the top; return the index where the body starts."""
    headlines: list[str] = []
    i = 0
    seen = 0
    while i < len(lines) and seen < HEADER_LINES:
        line = lines[i].strip()
        if not line:
            i += 1
            continue
        seen += 1
        rest_has_text = any(other.strip() for other in lines[i + 1 :])
        if _BYLINE.match(line):
            pass
        elif (found := _header_date(line)) is not None:
            parsed.header_date = parsed.header_date or found
        elif rest_has_text and is_headline(line) and not _wraps_into(lines, i):
            headlines.append(line)
        else:
            break
        i += 1
    if headlines:
        parsed.title = next((h for h in headlines if len(h.split()) >= 3), headlines[0])
    return i


def _take_dateline(lines: list[str], start: int, parsed: ParsedText) -> int:
    """Find a dateline near the top; cut its prefix and return the new body start."""
    seen = 0
    for i in range(start, len(lines)):
        line = lines[i].strip()
        if not line:
            continue
        seen += 1
        if seen > DATELINE_LINES:
            break
        found = find_dateline(line)
        if found is not None:
            parsed.dateline = found.place
            lines[i] = line[found.length :]
            if i > start:
                log.debug("dropped %d lines before the dateline", i - start)
            return i
    return start


def _join_body(lines: list[str]) -> str:
    """Paragraphs separated by one blank line; hard-wrapped sentence pieces joined by a space."""
    out: list[str] = []
    for i, line in enumerate(lines):
        stripped = line.strip()
        if not stripped:
            if out and out[-1] != "\n\n":
                out.append("\n\n")
            continue
        if out and out[-1] not in ("\n\n",):
            out.append(" " if _wraps_into(lines, i - 1) else "\n")
        out.append(stripped)
    return "".join(out).strip()


def parse_text(text: str) -> ParsedText:
    """Split a plain-text news document into headline, dateline, header date and body.

    >>> p = parse_text("Skip to main content\\nTalks stall in Doha\\n\\nDOHA — Negotiators left.")
    >>> p.title, p.dateline, p.body
    ('Talks stall in Doha', 'Doha', 'Negotiators left.')
    """
    text = text.replace("\r\n", "\n").replace("\r", "\n").lstrip("\ufeff")
    lines = [line.rstrip() for line in text.split("\n") if not is_boilerplate(line)]
    parsed = ParsedText(body="")
    start = _split_header(lines, parsed)
    start = _take_dateline(lines, start, parsed)
    parsed.body = _join_body(lines[start:])
    return parsed


def article_from_text(
    text: str,
    *,
    doc_id: str,
    published: date | None = None,
    title: str | None = None,
    **metadata: str | None,
) -> Article:
    """An ``Article`` from plain text; ``published`` and ``title`` win over what the header says.

    Other keyword arguments (``url``, ``source``, ``origin``) are copied to the article.

    >>> a = article_from_text("Kenya recalls envoy\\n\\nNAIROBI — Kenya recalled its envoy.", doc_id="k1")
    >>> a.title, a.dateline, a.text
    ('Kenya recalls envoy', 'Nairobi', 'Kenya recalled its envoy.')
    """
    parsed = parse_text(text)
    return Article(
        doc_id=doc_id,
        text=parsed.body,
        title=title or parsed.title,
        published=published or parsed.header_date,
        dateline=parsed.dateline,
        url=metadata.get("url"),
        source=metadata.get("source"),
        origin=metadata.get("origin"),
    )
