"""Gold loading (with and without the shared Guardian text) and the evaluate command."""

from __future__ import annotations

import csv
import json
from collections.abc import Iterable, Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner

from dragoman.errors import InputError
from dragoman.evaluate.gold import load_gold
from dragoman.evaluate.report import render_text
from dragoman.evaluate.runner import evaluate_gold
from dragoman.schemas import Actor, Article, CodedDocument, Event, Evidence

RECORDS = [
    {
        "id": "a1",
        "text": "Russian forces shelled Kharkiv.",
        "date": "2024-03-08",
        "events": [
            {
                "event_type": "ASSAULT",
                "mode": "heavy-weapons",
                "source": {"country": "RUS", "sector": "MIL"},
                "target": {"country": "UKR", "sector": None},
            }
        ],
    },
    {"id": "a2", "text": "The city lies near the border.", "events": []},
]


def write_jsonl(path: Path, records: list[dict]) -> Path:
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    return path


def test_load_gold_reads_text_records(tmp_path: Path) -> None:
    gold = load_gold(write_jsonl(tmp_path / "g.jsonl", RECORDS), shared_data=tmp_path)
    assert [d.doc_id for d in gold.documents] == ["a1", "a2"]
    assert gold.documents[0].events[0].source.country == "RUS"
    assert gold.documents[1].is_non_event


def test_offset_records_resolve_against_the_csv(tmp_path: Path) -> None:
    shared = tmp_path / "shared"
    (shared / "ngec").mkdir(parents=True)
    with open(shared / "ngec" / "guardian_sample.csv", "w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(["", "date", "text", "source"])
        writer.writerow(
            ["7", "2019-04-10", "Intro. Police arrested ten protesters in Paris. End.", "Guardian"]
        )
    record = {
        "id": "gu1",
        "article_index": "7",
        "char_start": 7,
        "char_end": 47,
        "date": "2019-04-10",
        "events": [
            {
                "event_type": "COERCE",
                "mode": "arrest",
                "source": {"country": "FRA", "sector": "COP"},
                "target": {"country": "FRA", "sector": "CVL"},
            }
        ],
    }
    gold = load_gold(write_jsonl(tmp_path / "gu.jsonl", [record]), shared_data=shared)
    assert gold.documents[0].text == "Police arrested ten protesters in Paris."


def test_offset_records_are_skipped_without_the_csv(tmp_path: Path) -> None:
    record = {"id": "gu1", "article_index": "7", "char_start": 0, "char_end": 5, "events": []}
    gold = load_gold(write_jsonl(tmp_path / "gu.jsonl", [record, RECORDS[1]]), shared_data=tmp_path / "none")
    assert gold.skipped == 1 and "guardian_sample.csv" in (gold.skip_reason or "")
    assert [d.doc_id for d in gold.documents] == ["a2"]


def test_bad_gold_lines_name_the_file_and_line(tmp_path: Path) -> None:
    path = tmp_path / "bad.jsonl"
    path.write_text('{"id": "x", "text": "t", "events": []}\n{not json\n', encoding="utf-8")
    with pytest.raises(InputError, match="bad.jsonl:2"):
        load_gold(path)


class FakePipeline:
    """Stands in for the real pipeline: returns canned events per document text."""

    def __init__(self, answers: dict[str, list[tuple[str, str, str | None]]]) -> None:
        self.answers = answers

    def pipe(self, articles: Iterable[Article], batch_size: int = 32) -> Iterator[CodedDocument]:
        for article in articles:
            coded = CodedDocument(article=article)
            for i, (etype, src, tgt) in enumerate(self.answers.get(article.text, [])):
                coded.events.append(
                    Event(
                        f"{article.doc_id}-{i}",
                        article.doc_id,
                        0,
                        etype,
                        None,
                        [],
                        None,
                        None,
                        Actor(src, country=src),
                        Actor(tgt, country=tgt) if tgt else None,
                        None,
                        Evidence(article.text, "", 0, 0),
                        False,
                        0.9,
                        "",
                        0,
                        0.0,
                    )
                )
            yield coded


def test_evaluate_gold_scores_pipeline_output(tmp_path: Path) -> None:
    gold = load_gold(write_jsonl(tmp_path / "g.jsonl", RECORDS))
    fake = FakePipeline(
        {RECORDS[0]["text"]: [("ASSAULT", "RUS", "UKR")], RECORDS[1]["text"]: [("AID", "USA", None)]}
    )
    report = evaluate_gold(gold, fake)  # type: ignore[arg-type]
    assert report.per_type["ASSAULT"].f1 == 1.0
    assert report.non_event_with_events == 1
    text = render_text(report)
    assert "macro F1" in text and "The city lies near the border." in text


def test_evaluate_command_prints_json(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import dragoman.pipeline

    fake = FakePipeline({RECORDS[0]["text"]: [("ASSAULT", "RUS", "UKR")]})
    monkeypatch.setattr(dragoman.pipeline, "Pipeline", lambda *a, **k: fake)
    from dragoman.cli.main import cli

    path = write_jsonl(tmp_path / "g.jsonl", RECORDS)
    result = CliRunner().invoke(cli, ["evaluate", str(path), "--format", "json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    assert data["macro_f1"] == 1.0 and data["documents"] == 2
    assert data["non_event_false_alarm_rate"] == 0.0


def test_classifier_only_prints_clause_scores(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    seen: list[int] = []

    def fake_scores(documents: list, classifier: object, nlp: object = None) -> dict:
        seen.append(len(documents))
        result = {"macro_f1": 0.7, "accuracy": 0.8, "per_type_f1": {"ASSAULT": 0.7}, "rows": 5}
        return {"with_parse": result, "strings_only": result}

    monkeypatch.setattr("dragoman.learn.train.score_documents", fake_scores)
    monkeypatch.setattr("dragoman.learn.model.load_classifier", lambda: object())
    from dragoman.cli.main import cli

    path = write_jsonl(tmp_path / "g.jsonl", RECORDS)
    result = CliRunner().invoke(cli, ["evaluate", str(path), "--classifier-only"])
    assert result.exit_code == 0, result.output
    assert seen == [2]
    assert "clause macro F1 0.700" in result.output and "ASSAULT 0.70" in result.output
