"""A word index of evidence sentences, so that text filters need not read every sentence.

``evidence_words`` holds one row per (word, event ``seq``): the lower-cased letters-and-digits
runs of each evidence sentence. New events add their words in the same transaction that stores
them; batch jobs (ingest, recode) end by sorting the table by word, which lets DuckDB skip
straight to the rows of one word. A text filter selects the events whose sentence has, for every
word of the query, a word starting with it.
"""

from __future__ import annotations

import re

# what separates words, for DuckDB's regexp_split_to_array (RE2) and, equivalently, for Python
WORD_SPLIT_SQL = r"[^\p{L}\p{N}]+"
_WORD = re.compile(r"[^\W_]+")
MAX_QUERY_WORDS = 8

_SPLIT = f"unnest(regexp_split_to_array(lower(evidence_sentence), '{WORD_SPLIT_SQL}'))"

# words of the events stored after the given seq
NEW_WORDS = (
    f"INSERT INTO evidence_words SELECT DISTINCT word, seq FROM (SELECT seq, {_SPLIT} AS word FROM events "
    "WHERE seq > ?) WHERE word <> ''"
)
DOCUMENT_WORDS_DELETE = "DELETE FROM evidence_words WHERE seq IN (SELECT seq FROM events WHERE doc_id = ?)"
_SWAP = ("DROP TABLE evidence_words", "ALTER TABLE evidence_words_sorted RENAME TO evidence_words")
REBUILD = (
    (
        f"CREATE OR REPLACE TABLE evidence_words_sorted AS SELECT DISTINCT word, seq FROM (SELECT seq, {_SPLIT} AS word "
        "FROM events) WHERE word <> '' ORDER BY word"
    ),
    *_SWAP,
)
SORT = ("CREATE OR REPLACE TABLE evidence_words_sorted AS SELECT * FROM evidence_words ORDER BY word", *_SWAP)


def query_words(text: str) -> list[str]:
    """The words a text filter looks up (lower case, letters and digits only).

    >>> query_words("Air-defence, 50%!")
    ['air', 'defence', '50']
    """
    return _WORD.findall(text.lower())[:MAX_QUERY_WORDS]


def word_clause(word: str) -> tuple[str, str]:
    """SQL condition on events (and its parameter): the sentence has a word starting with ``word``."""
    # words hold only letters and digits, so nothing in them is a LIKE wildcard
    return "seq IN (SELECT seq FROM evidence_words WHERE word LIKE ?)", f"{word}%"
