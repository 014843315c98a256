"""JSONL, CSV and feeds: one article per record, a problem record per bad one, read as a stream."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from dragoman.errors import InputError
from dragoman.ingest.feeds import html_fragment_text, read_feed
from dragoman.ingest.problems import InputProblem
from dragoman.ingest.records import read_csv, read_jsonl
from dragoman.schemas import Article

DATA = Path(__file__).parent.parent / "data" / "ingest"


def _split(items: list[Article | InputProblem]) -> tuple[dict[str, Article], list[InputProblem]]:
    articles = {i.doc_id: i for i in items if isinstance(i, Article)}
    return articles, [i for i in items if isinstance(i, InputProblem)]


def test_jsonl_records_and_problems() -> None:
    articles, problems = _split(list(read_jsonl(DATA / "wires.jsonl", name="wires.jsonl")))
    assert sorted(articles) == ["w1", "w2", "w3"]
    w1 = articles["w1"]
    assert (w1.title, w1.published, w1.url, w1.source) == (
        "Ghana, Togo sign border deal",
        date(2024, 4, 5),
        "https://wire.example/w1",
        "Example Wire",
    )
    assert articles["w2"].dateline == "Lagos"
    assert articles["w2"].text.startswith("Police arrested")
    assert w1.origin == "wires.jsonl:1"
    assert [(p.origin, p.message.split(" (")[0]) for p in problems] == [
        ("wires.jsonl:4", "record has no text; expected columns id,text,date[,title,url,source]"),
        ("wires.jsonl:5", "not valid JSON"),
        ("wires.jsonl:6", "date 'the fourth of April' is not a date; write it as YYYY-MM-DD"),
    ]


def test_run_date_fills_only_records_without_one() -> None:
    articles, _ = _split(list(read_jsonl(DATA / "wires.jsonl", name="w", published=date(2024, 4, 9))))
    assert articles["w1"].published == date(2024, 4, 5)
    assert articles["w3"].published == date(2024, 4, 9)


def test_jsonl_is_read_line_by_line(tmp_path: Path) -> None:
    path = tmp_path / "growing.jsonl"
    path.write_text(json.dumps({"id": "a", "text": "Laos and Thailand signed a dam accord."}) + "\n")
    stream = read_jsonl(path, name="growing.jsonl")
    first = next(stream)
    with path.open("a") as more:  # lines written after reading began are still read
        more.write(json.dumps({"id": "b", "text": "Cambodia protested the accord."}) + "\n")
    assert [first.doc_id, *(a.doc_id for a in stream)] == ["a", "b"]


def test_jsonl_without_ids_names_records_by_line(tmp_path: Path) -> None:
    path = tmp_path / "noid.jsonl"
    path.write_text('\n{"text": "Fiji and Tonga signed a fisheries deal."}\n[1, 2]\n')
    items = list(read_jsonl(path, name="noid.jsonl"))
    assert isinstance(items[0], Article) and items[0].doc_id == "noid.jsonl:2"
    assert isinstance(items[1], InputProblem) and items[1].origin == "noid.jsonl:3"


def test_csv_rows_with_quoted_paragraphs() -> None:
    articles, problems = _split(list(read_csv(DATA / "records.csv", name="records.csv")))
    assert sorted(articles) == ["c1", "c2"]
    assert articles["c1"].title == "Maritime pact"
    assert (
        articles["c2"].text
        == "Protesters marched in Dhaka on Sunday.\n\nPolice arrested 12 of them, officials said."
    )
    assert [p.message.split(";")[0] for p in problems] == ["record has no text"]


def test_csv_index_column_tsv_and_byte_order_mark(tmp_path: Path) -> None:
    path = tmp_path / "export.tsv"
    path.write_bytes("\ufeff\tdate\ttext\n7\t2019-04-10\tIraq and Syria held talks in Baghdad.\n".encode())
    (article,) = read_csv(path, name="export.tsv", delimiter="\t")
    assert isinstance(article, Article)
    assert (article.doc_id, article.published) == ("7", date(2019, 4, 10))


def test_csv_without_text_column_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "wrong.csv"
    path.write_text("id,body\n1,Kenya recalled its envoy.\n")
    with pytest.raises(InputError, match="no 'text' column"):
        list(read_csv(path, name="wrong.csv"))


def test_rss_items() -> None:
    articles, problems = _split(list(read_feed(DATA / "feed.rss", name="feed.rss")))
    mali = articles["wire-1001"]
    assert mali.title == "Mali orders French ambassador to leave"
    assert mali.published == date(2024, 5, 13)
    assert mali.source == "Example Wire: World"
    assert mali.dateline == "Bamako"
    assert mali.text == (
        "Mali gave the French ambassador 72 hours to leave the country on Monday.\n\n"
        "The foreign ministry accused Paris of meddling in its affairs."
    )
    nepal = articles["https://wire.example/2024/nepal-india"]
    assert nepal.published == date(2024, 5, 14)
    assert nepal.text == "Nepal and India agreed on Tuesday to reopen the Birgunj crossing."
    assert [(p.origin, p.message) for p in problems] == [
        ("feed.rss#3", "feed item has no description or content")
    ]


def test_atom_entries() -> None:
    articles, problems = _split(list(read_feed(DATA / "feed.atom", name="feed.atom")))
    assert not problems
    assert articles["urn:example:2001"].published == date(2024, 5, 15)  # published, not updated
    assert articles["urn:example:2001"].url == "https://wire.example/2024/japan-korea"
    assert articles["urn:example:2002"].text.startswith("Thailand's constitutional court dissolved")
    assert articles["urn:example:2002"].source == "Example Wire: Asia"


def test_feed_with_broken_xml(tmp_path: Path) -> None:
    path = tmp_path / "broken.xml"
    path.write_text(
        "<rss><channel><item><title>A</title><description>Iran tested a missile.</description></item><item>"
    )
    items = list(read_feed(path, name="broken.xml"))
    assert isinstance(items[0], Article)
    assert isinstance(items[-1], InputProblem) and "cannot be read past item 1" in items[-1].message


def test_feed_entities_are_not_expanded(tmp_path: Path) -> None:
    path = tmp_path / "xxe.xml"
    path.write_text(
        '<?xml version="1.0"?><!DOCTYPE r [<!ENTITY x SYSTEM "file:///etc/passwd">]>'
        "<rss><channel><item><description>Chad protested &x;.</description></item></channel></rss>"
    )
    texts = [i.text for i in read_feed(path, name="xxe.xml") if isinstance(i, Article)]
    assert all("root:" not in t for t in texts)


def test_html_fragment_text() -> None:
    assert html_fragment_text("<p>One.</p><ul><li>Two</li></ul>Three<br>Four") == "One.\n\nTwo\n\nThree Four"


def test_jsonl_line_in_windows_1252(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    path = tmp_path / "mixed.jsonl"
    path.write_bytes(
        b'{"id": "u", "text": "Chile met Peru."}\n'
        + '{"id": "w", "text": "Bogotá protested."}\n'.encode("cp1252")
    )
    with caplog.at_level("WARNING", logger="dragoman"):
        texts = [a.text for a in read_jsonl(path, name="mixed.jsonl") if isinstance(a, Article)]
    assert texts == ["Chile met Peru.", "Bogotá protested."]
    assert "mixed.jsonl: line 2 is not valid UTF-8" in caplog.text
