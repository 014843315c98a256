"""Name keys: how actor names are folded before they are indexed or looked up.

A key is lower case, free of diacritics, periods and possessives, with hyphens split, Arabic
article particles dropped and common transliteration variants of given names unified. Both the
knowledge base and every query go through the same function, so "Erdoğan", "ERDOGAN" and
"Erdogan's" meet on one key, as do "Mohammed" and "Muhammad". People's names also get a looser
key (``loose_key``) so that "Zelenskyy" and "Zelensky" meet.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

# Letters that Unicode decomposition does not reduce to ASCII.
_SPECIAL = str.maketrans(
    {
        "ı": "i",
        "İ": "I",
        "ø": "o",
        "Ø": "O",
        "ß": "ss",
        "ł": "l",
        "Ł": "L",
        "đ": "d",
        "Đ": "D",
        "æ": "ae",
        "Æ": "AE",
        "œ": "oe",
        "Œ": "OE",
        "þ": "th",
        "ð": "d",
        "ʼ": "'",
        "’": "'",
        "‘": "'",
        "`": "'",
        "ʻ": "'",
        "ʿ": "",
        "ʾ": "",
        "–": "-",
        "—": "-",
        "‐": "-",
    }
)

# Given-name spellings that refer to the same name in transliteration.
_CANONICAL_TOKEN = {
    "mohammed": "muhammad",
    "mohammad": "muhammad",
    "mohamed": "muhammad",
    "mohamad": "muhammad",
    "muhammed": "muhammad",
    "mohammod": "muhammad",
    "muhamad": "muhammad",
    "mehmet": "muhammad",
    "ahmed": "ahmad",
    "ahmet": "ahmad",
    "abdel": "abdul",
    "abd": "abdul",
    "abdal": "abdul",
    "ibn": "bin",
    "ben": "bin",
    "hussein": "husein",
    "husain": "husein",
    "hossein": "husein",
    "yousef": "yusuf",
    "youssef": "yusuf",
    "yusef": "yusuf",
    "mahmud": "mahmoud",
}
# Arabic article particles: dropped everywhere ("al-Sisi" = "Sisi", "Al Thani" = "Thani").
_PARTICLES = {"al", "el"}
_ASSIMILATED = re.compile(r"\b(?:ad|adh|an|ar|as|ash|at|ath|az|ul)-(?=\w)", re.IGNORECASE)
_POSSESSIVE = re.compile(r"(?<=\w)'s?\b|(?<=s)'(?!\w)", re.IGNORECASE)
_NON_ALNUM = re.compile(r"[^0-9a-z]+")
_DOUBLED = re.compile(r"(.)\1+")
_RAW_WORD = re.compile(r"[^\s,;:()\[\]\"“”!?/]+")

LEADING_DETERMINERS = frozenset({"the", "a", "an"})


def word_set(text: str) -> frozenset[str]:
    """A set of words written as one space-separated string (keeps word lists compact)."""
    return frozenset(text.split())


def fold(text: str) -> str:
    """Lower-case ASCII fold of ``text``: diacritics and special letters reduced.

    >>> fold("Erdoğan’s Ürümqi")
    "erdogan's urumqi"
    """
    text = unicodedata.normalize("NFKD", text.translate(_SPECIAL))
    return "".join(ch for ch in text if not unicodedata.combining(ch)).lower()


def _canonical(token: str) -> str:
    return _CANONICAL_TOKEN.get(token, token)


@lru_cache(maxsize=65536)
def loose_key(key: str) -> str:
    """A looser key for people's names: doubled letters collapsed, a final "iy" read as "y".

    Used only among people, where "Zelenskyy"/"Zelenskiy"/"Zelensky" or "Hassan"/"Hasan" are
    one name; for places it would merge distinct names ("Cameroon" and "Cameron").

    >>> loose_key("zelenskyy") == loose_key("zelenskiy") == loose_key("zelensky")
    True
    """
    out = []
    for token in key.split(" "):
        token = _DOUBLED.sub(r"\1", token)
        if len(token) > 4 and token.endswith("iy"):
            token = token[:-2] + "y"
        out.append(token)
    return " ".join(out)


def word_keys(word: str) -> list[str]:
    """Key tokens of one raw word (a word may give none, one or several tokens).

    >>> word_keys("al-Sisi's")
    ['sisi']
    >>> word_keys("U.S.")
    ['us']
    """
    return list(_word_keys(word))


@lru_cache(maxsize=65536)
def _word_keys(word: str) -> tuple[str, ...]:
    text = fold(word)
    text = _POSSESSIVE.sub("", text)
    text = _ASSIMILATED.sub("", text.replace(".", ""))
    out = []
    for token in _NON_ALNUM.split(text):
        if token and token not in _PARTICLES:
            out.append(_canonical(token))
    return tuple(out)


def raw_words(text: str) -> list[str]:
    """Whitespace/punctuation split that keeps "U.S." and "al-Sisi's" whole."""
    return _RAW_WORD.findall(text.translate(_SPECIAL))


def key_tokens(text: str) -> list[str]:
    """All key tokens of ``text``.

    >>> key_tokens("President Recep Tayyip Erdoğan")
    ['president', 'recep', 'tayyip', 'erdogan']
    """
    out: list[str] = []
    for word in raw_words(text):
        out.extend(word_keys(word))
    return out


def name_key(text: str, *, drop_determiner: bool = True) -> str:
    """The lookup key of a whole name, with a leading "the"/"a" dropped.

    >>> name_key("The Kremlin's")
    'kremlin'
    """
    tokens = key_tokens(text)
    if drop_determiner:
        while tokens and tokens[0] in LEADING_DETERMINERS:
            tokens = tokens[1:]
    return " ".join(tokens)


def is_upper_word(word: str) -> bool:
    """True for an all-capitals word such as "US", "U.S." or "WHO"."""
    letters = [ch for ch in word if ch.isalpha()]
    return bool(letters) and all(ch.isupper() for ch in letters)
