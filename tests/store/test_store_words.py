"""Text filters go through the word index: every query word starts a word of the sentence."""

from __future__ import annotations

import pytest

from dragoman.schemas import Article
from dragoman.store import EventFilter, EventStore
from dragoman.store.loader import load_documents, recode_documents
from dragoman.store.testing import KeywordCoder, sample_articles


def sentences(store: EventStore, text: str) -> list[str]:
    return sorted(e.evidence.sentence for e in store.iter_events(EventFilter.from_params(text=text)))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("air defence", ["Germany aided Ukraine with air defence."]),
        ("DEFENCE air", ["Germany aided Ukraine with air defence."]),  # any order, any case
        ("defen", ["Germany aided Ukraine with air defence."]),  # the start of a word
        ("efence", []),  # not the middle of one
        ("50%", ["Ukraine accused Russia of a 50% rise in strikes."]),
        ("talks", ["Qatar hosted Israel for indirect talks.", "Turkey hosted Qatar for talks on a truce."]),
        ("talks truce", ["Turkey hosted Qatar for talks on a truce."]),
        ("%", ["Ukraine accused Russia of a 50% rise in strikes."]),  # no word: a literal substring
        ("_", []),
    ],
)
def test_text_filter(workbench_store: EventStore, text: str, expected: list[str]) -> None:
    assert sentences(workbench_store, text) == expected


def test_new_documents_are_searchable_at_once(workbench_store: EventStore) -> None:
    load_documents(
        workbench_store, [Article("x1", "China praised Egypt for its calm diplomacy.")], KeywordCoder()
    )
    assert sentences(workbench_store, "calm diplomacy") == ["China praised Egypt for its calm diplomacy."]


def test_recode_rebuilds_the_index() -> None:
    with EventStore(":memory:") as store:
        load_documents(store, sample_articles(), KeywordCoder())

        class Rephrased(KeywordCoder):
            def run(self, article: Article):  # the same events, with "overnight" dropped from sentences
                coded = super().run(article)
                for event in coded.events:
                    event.evidence.sentence = event.evidence.sentence.replace(" overnight", "")
                return coded

        assert sentences(store, "overnight") == ["Russia shelled Ukraine overnight."]
        recode_documents(store, Rephrased())
        assert sentences(store, "overnight") == []
        assert sentences(store, "shelled") == ["Russia shelled Ukraine."]
        stored = store.fetch("SELECT count(*) AS n FROM evidence_words")[0]["n"]
        sorted_rows = store.fetch("SELECT value FROM meta WHERE key = 'words_sorted_rows'")[0]["value"]
        assert int(sorted_rows) == stored


def test_word_index_is_sorted_after_a_large_append(workbench_store: EventStore) -> None:
    assert not workbench_store.sort_word_index()  # ingest already sorted it
    more = [Article(f"m{i}", f"Qatar hosted Egypt for round {i} of talks.") for i in range(30)]
    load_documents(workbench_store, more, KeywordCoder())  # sorts again at the end: the new part is large
    words = [r["word"] for r in workbench_store.fetch("SELECT word FROM evidence_words")]
    assert words == sorted(words)
