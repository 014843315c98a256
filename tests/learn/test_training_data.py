"""What ``dragoman train`` reads: trigger words matched to tokens, and the real-news sentences."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest

from dragoman.evaluate.gold import GoldDocument, parse_record
from dragoman.learn.examples import Example, _trigger_tokens
from dragoman.learn.features import surface_features
from dragoman.learn.train import TrainingData, real_news_documents, select_and_fit

SENTENCE = "The government expelled envoys of France and Germany, and the army arrested a journalist."
ARTICLE = "Troops shelled the border town overnight. The ministers will meet again in May."


def _doc(events: list[tuple[str, str]]) -> GoldDocument:
    record = {
        "id": "x1",
        "events": [
            {"event_type": t, "source": {"country": "AAA"}, "target": {"country": "BBB"}, "trigger": w}
            for t, w in events
        ],
    }
    return parse_record(record, SENTENCE)


@pytest.fixture(scope="module")
def tokens() -> object:
    spacy = pytest.importorskip("spacy")
    return spacy.blank("en")(SENTENCE)


def test_repeated_trigger_of_one_type_is_one_word(tokens: object) -> None:
    doc = _doc([("SANCTION", "expelled"), ("SANCTION", "expelled"), ("COERCE", "arrested")])
    found, complete = _trigger_tokens(tokens, doc)
    words = {tokens[i].text: doc.events[k].event_type for i, k in found.items()}  # type: ignore[index]
    assert words == {"expelled": "SANCTION", "arrested": "COERCE"}
    assert complete  # so the other verbs of the sentence are "no event" rows


def test_trigger_word_missing_or_shared_across_types_is_incomplete(tokens: object) -> None:
    assert not _trigger_tokens(tokens, _doc([("SANCTION", "expelled"), ("COERCE", "expelled")]))[1]
    assert not _trigger_tokens(tokens, _doc([("SANCTION", "banished")]))[1]


def _repo_with_real_news(tmp_path: Path, with_text: bool) -> Path:
    gold = tmp_path / "repo" / "data" / "gold"
    gold.mkdir(parents=True)
    end = ARTICLE.index(".") + 1
    record = {"id": "r1", "article_index": "7", "char_start": 0, "char_end": end,
              "events": [{"event_type": "ASSAULT", "source": {"country": "AAA"}, "target": None,
                          "trigger": "shelled"}]}
    (gold / "guardian_train.jsonl").write_text(json.dumps(record) + "\n", encoding="utf-8")
    if with_text:
        folder = tmp_path / "shared" / "data" / "ngec"
        folder.mkdir(parents=True)
        with open(folder / "guardian_sample.csv", "w", newline="", encoding="utf-8") as handle:
            writer = csv.DictWriter(handle, fieldnames=["", "text"])
            writer.writeheader()
            writer.writerow({"": "7", "text": ARTICLE})
    return gold


def test_real_news_sentences_are_read_from_their_article(tmp_path: Path) -> None:
    documents = real_news_documents(_repo_with_real_news(tmp_path, True), lambda message: None)
    assert [(d.text, d.triggers) for d in documents] == [
        ("Troops shelled the border town overnight.", ["shelled"])
    ]


def test_real_news_are_skipped_with_a_message_without_their_text(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    said: list[str] = []
    assert real_news_documents(_repo_with_real_news(tmp_path, False), said.append) == []
    assert len(said) == 1 and "without real-news sentences" in said[0]
    assert real_news_documents(tmp_path, said.append) == [] and len(said) == 2


def test_real_news_rows_take_part_in_the_fit() -> None:
    def row(text: str, trigger: str, event_type: str | None, mode: str | None = None) -> Example:
        return Example(surface_features(text, trigger, None), {}, event_type, mode, [], text, trigger)

    own = [
        row("Jets bombed a camp.", "bomb", "ASSAULT", "aerial"),
        row("Gunmen attacked a convoy.", "attack", "ASSAULT"),
        row("The town lies on a river.", "lie", None),
    ]
    news = [row("Thousands marched through the capital.", "march", "PROTEST", "demo")]
    with_news = select_and_fit(TrainingData(own, own, real_news=news))
    assert "PROTEST" in with_news.types.labels and with_news.meta["real_news_rows"] == 1
    assert "PROTEST" not in select_and_fit(TrainingData(own, own)).types.labels
