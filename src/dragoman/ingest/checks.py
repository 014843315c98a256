"""Checks that keep bad input out of the pipeline: binary files, odd encodings, huge and foreign texts.

Each check raises ``InputError`` with a one-line message, which ingest turns into an
``InputProblem`` naming the file; a batch then goes on with the next document.

Choices, so that users can rely on them:

- **Encoding.** UTF-8 (with or without a byte-order mark) and UTF-16 with a byte-order mark are
  read as such. Other bytes are read as Windows-1252, the usual encoding of Western news text
  that is not UTF-8, and a warning names the file.
- **Size.** One document may hold at most ``MAX_DOCUMENT_CHARS`` characters (1,000,000, the
  parser's own limit; a long news article has fewer than 50,000). A longer text is refused, not
  cut: coding only its first part would silently drop events. Split it into articles (one file
  each, or one line each in JSONL).
- **Language.** Dragoman codes English. A text of at least ``MIN_WORDS_FOR_LANGUAGE`` words in
  which fewer than ``MIN_ENGLISH_RATIO`` of the words are common English function words is
  refused as not English. Shorter texts are let through (too little evidence to judge).
"""

from __future__ import annotations

import logging
import re

from ..errors import InputError

log = logging.getLogger(__name__)

MAX_DOCUMENT_CHARS = 1_000_000
MIN_WORDS_FOR_LANGUAGE = 25
MIN_ENGLISH_RATIO = 0.12

# Magic numbers of file types people commonly drop into a folder of articles.
_SIGNATURES: list[tuple[bytes, str]] = [
    (b"%PDF", "a PDF file; extract its text first (e.g. with pdftotext) and code the .txt"),
    (b"PK\x03\x04", "a ZIP archive (or a .docx/.xlsx file); unpack it or save the text as .txt"),
    (b"\x1f\x8b", "a gzip archive; unpack it first"),
    (b"\x89PNG", "a PNG image, not text"),
    (b"\xff\xd8\xff", "a JPEG image, not text"),
    (b"GIF8", "a GIF image, not text"),
    (b"\xd0\xcf\x11\xe0", "an old Microsoft Office file; save it as text first"),
    (b"\x7fELF", "a program, not text"),
]

_BOMS: list[tuple[bytes, str]] = [
    (b"\xef\xbb\xbf", "utf-8-sig"),
    (b"\xff\xfe", "utf-16"),
    (b"\xfe\xff", "utf-16"),
]

_CONTROL = re.compile(rb"[\x00-\x08\x0b\x0e-\x1f]")

# Function words that make up roughly a third to a half of running English text.
# fmt: off
ENGLISH_STOPWORDS = frozenset([
    "a", "about", "after", "against", "all", "also", "an", "and", "any", "are", "as", "at", "be", "been",
    "before", "being", "between", "both", "but", "by", "can", "could", "did", "do", "does", "during",
    "each", "for", "from", "had", "has", "have", "he", "her", "his", "how", "i", "if", "in", "into",
    "is", "it", "its", "may", "more", "most", "no", "not", "of", "on", "or", "other", "our", "out",
    "over", "said", "says", "she", "should", "since", "so", "some", "such", "than", "that", "the",
    "their", "them", "then", "there", "these", "they", "this", "those", "through", "to", "under", "up",
    "was", "we", "were", "what", "when", "where", "which", "while", "who", "will", "with", "would",
    "you",
])
# fmt: on

_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")


def sniff_binary(data: bytes) -> str | None:
    """Say what kind of binary data this is, or None when it looks like text.

    >>> sniff_binary(b"%PDF-1.7 ...")
    'a PDF file; extract its text first (e.g. with pdftotext) and code the .txt'
    >>> sniff_binary("Russia and Ukraine".encode()) is None
    True
    """
    head = data[:4096]
    for bom, _ in _BOMS:
        if head.startswith(bom):
            return None
    for magic, description in _SIGNATURES:
        if head.startswith(magic):
            return description
    if b"\x00" in head or len(_CONTROL.findall(head)) > max(8, len(head) // 50):
        return "binary data, not text"
    return None


def decode_bytes(data: bytes, name: str) -> str:
    """Bytes of a text file as a string (see the module notes for the encoding choices).

    >>> decode_bytes("café".encode("cp1252"), "menu.txt")
    'café'
    """
    kind = sniff_binary(data)
    if kind is not None:
        raise InputError(f"file is {kind}")
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(encoding)
            except UnicodeDecodeError as exc:
                raise InputError(
                    f"file starts with a {encoding} byte-order mark but is not {encoding}: {exc}"
                ) from None
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        log.warning("%s: not valid UTF-8; read as Windows-1252", name)
        return data.decode("cp1252", errors="replace")


def check_length(text: str) -> None:
    """Refuse a text longer than ``MAX_DOCUMENT_CHARS`` (see the module notes)."""
    if len(text) > MAX_DOCUMENT_CHARS:
        raise InputError(too_long_message(f"{len(text):,} characters"))


def too_long_message(size: str) -> str:
    return (
        f"text is {size}, over the limit of {MAX_DOCUMENT_CHARS:,} characters for one document; "
        "split it into articles (one file each, or one line each in JSONL)"
    )


def english_ratio(text: str, sample_words: int = 2000) -> tuple[float, int]:
    """Share of words in the first ``sample_words`` that are English function words, and the word count.

    >>> round(english_ratio("The minister said that the talks were over.")[0], 2)
    0.75
    """
    words = [w.lower() for w in _WORD.findall(text[: sample_words * 12])][:sample_words]
    if not words:
        return 0.0, 0
    return sum(w in ENGLISH_STOPWORDS for w in words) / len(words), len(words)


def check_english(text: str) -> None:
    """Refuse a text that is long enough to judge and does not look like English."""
    ratio, count = english_ratio(text)
    if count >= MIN_WORDS_FOR_LANGUAGE and ratio < MIN_ENGLISH_RATIO:
        raise InputError(
            f"text does not look like English ({ratio:.0%} common English words in {count}); "
            "Dragoman codes English news only"
        )


def check_text(text: str) -> None:
    """Every check a decoded document text must pass before it is coded."""
    if not text.strip():
        raise InputError(
            "no text to code (the document is empty or holds only a headline and page furniture)"
        )
    check_length(text)
    check_english(text)
