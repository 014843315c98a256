"""Files and folders: every kind of bad input gives one line naming the file, and the rest goes on."""

from __future__ import annotations

import logging
import shutil
from pathlib import Path

import pytest

from dragoman.ingest.checks import MAX_DOCUMENT_CHARS, english_ratio
from dragoman.ingest.problems import InputProblem
from dragoman.ingest.sources import Format, detect_format, read_documents
from dragoman.schemas import Article

DATA = Path(__file__).parent.parent / "data" / "ingest"
GOOD = "Kenya recalled its ambassador to Somalia on Monday after a dispute over a maritime border.\n"

GERMAN = (
    "Die Außenminister Deutschlands und Frankreichs haben sich am Montag in Berlin getroffen, um über "
    "die Lage im Nahen Osten zu beraten. Beide Regierungen forderten eine sofortige Waffenruhe und "
    "kündigten zusätzliche humanitäre Hilfe für die Zivilbevölkerung an, teilte das Auswärtige Amt mit."
)
SPANISH = (
    "El gobierno de Colombia y los representantes del grupo rebelde firmaron ayer en La Habana un nuevo "
    "acuerdo de alto el fuego, según informó la oficina del presidente. Las conversaciones continuarán "
    "el próximo mes en Caracas con la participación de observadores de Naciones Unidas y de la Iglesia."
)


def one(path: Path) -> Article | InputProblem:
    (item,) = read_documents([path])
    return item


def problem(path: Path) -> InputProblem:
    item = one(path)
    assert isinstance(item, InputProblem), f"expected a problem, got {item}"
    assert item.origin == str(path)
    assert "\n" not in item.message
    return item


def test_empty_file(tmp_path: Path) -> None:
    (tmp_path / "empty.txt").write_bytes(b"")
    assert problem(tmp_path / "empty.txt").message == "file is empty"


def test_file_of_only_page_furniture(tmp_path: Path) -> None:
    (tmp_path / "furniture.txt").write_text("Skip to main content\n\nAdvertisement\n   \n")
    assert "no text to code" in problem(tmp_path / "furniture.txt").message


@pytest.mark.parametrize(
    ("data", "says"),
    [
        (bytes(range(256)) * 20, "binary data"),
        (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", "PDF"),
        (b"PK\x03\x04\x14\x00\x06\x00", "ZIP"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "PNG"),
    ],
)
def test_binary_files(tmp_path: Path, data: bytes, says: str) -> None:
    path = tmp_path / "article.txt"
    path.write_bytes(data)
    assert says in problem(path).message


def test_non_utf8_text_is_read_as_windows_1252_with_a_warning(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    path = tmp_path / "latin.txt"
    path.write_bytes("The minister in Bogotá said the “talks” failed and Perú protested.".encode("cp1252"))
    with caplog.at_level(logging.WARNING, logger="dragoman"):
        article = one(path)
    assert isinstance(article, Article)
    assert "Bogotá" in article.text and "“talks”" in article.text
    assert any("latin.txt" in r.getMessage() and "Windows-1252" in r.getMessage() for r in caplog.records)


def test_utf16_with_byte_order_mark(tmp_path: Path) -> None:
    path = tmp_path / "wide.txt"
    path.write_bytes(GOOD.encode("utf-16"))
    article = one(path)
    assert isinstance(article, Article) and article.text == GOOD.strip()


def test_five_megabyte_text_is_refused_with_one_line(tmp_path: Path) -> None:
    path = tmp_path / "huge.txt"
    path.write_text(GOOD * (5_000_000 // len(GOOD)))
    message = problem(path).message
    assert message.startswith("text is 5.0 MB, over the limit of 1,000,000 characters")
    assert "split it" in message


def test_text_over_the_character_limit_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "long.txt"
    path.write_text(GOOD * (MAX_DOCUMENT_CHARS // len(GOOD) + 10))
    assert "over the limit of 1,000,000 characters" in problem(path).message


def test_text_just_under_the_limit_is_read(tmp_path: Path) -> None:
    path = tmp_path / "long-but-fine.txt"
    path.write_text(GOOD * (MAX_DOCUMENT_CHARS // len(GOOD) - 1))
    assert isinstance(one(path), Article)


@pytest.mark.parametrize("text", [GERMAN, SPANISH])
def test_non_english_text_is_refused(tmp_path: Path, text: str) -> None:
    path = tmp_path / "foreign.txt"
    path.write_text(text)
    assert "does not look like English" in problem(path).message


def test_english_and_short_texts_pass_the_language_check(tmp_path: Path) -> None:
    (tmp_path / "short-foreign.txt").write_text("Berlin und Paris einigen sich.")
    (tmp_path / "story.txt").write_text((DATA / "nairobi-aid.txt").read_text())
    assert all(isinstance(item, Article) for item in read_documents([tmp_path]))
    assert english_ratio(GERMAN)[0] < 0.12 < english_ratio((DATA / "nairobi-aid.txt").read_text())[0]


def test_missing_path() -> None:
    (item,) = read_documents(["no/such/article.txt"])
    assert isinstance(item, InputProblem) and item.message == "no such file or folder"


def test_folder_is_read_recursively_in_order_skipping_hidden_and_unknown(tmp_path: Path) -> None:
    (tmp_path / "b" / "deeper").mkdir(parents=True)
    (tmp_path / ".git").mkdir()
    (tmp_path / "a.txt").write_text(GOOD)
    (tmp_path / "b" / "deeper" / "c.txt").write_text(GOOD)
    (tmp_path / "b" / "page.html").write_bytes((DATA / "nairobi-aid.html").read_bytes())
    (tmp_path / ".git" / "config.txt").write_text(GOOD)
    (tmp_path / ".hidden.txt").write_text(GOOD)
    (tmp_path / "photo.jpg").write_bytes(b"\xff\xd8\xff\xe0")
    shutil.copy(DATA / "wires.jsonl", tmp_path / "b" / "wires.jsonl")
    items = list(read_documents([tmp_path]))
    origins = [i.origin for i in items]
    assert origins[0] == str(tmp_path / "a.txt")
    assert origins[1] == str(tmp_path / "b" / "deeper" / "c.txt")
    assert origins[2] == str(tmp_path / "b" / "page.html")
    assert sum(isinstance(i, Article) for i in items) == 6  # 3 files + 3 good wire records
    assert not any(".git" in o or "hidden" in o or "photo" in o for o in origins)


def test_empty_folder(tmp_path: Path) -> None:
    (item,) = read_documents([tmp_path])
    assert isinstance(item, InputProblem) and "holds no files" in item.message


def test_bad_files_do_not_stop_the_others(tmp_path: Path) -> None:
    (tmp_path / "1-empty.txt").write_bytes(b"")
    (tmp_path / "2-good.txt").write_text(GOOD)
    (tmp_path / "3-binary.txt").write_bytes(bytes(range(256)))
    (tmp_path / "4-german.txt").write_text(GERMAN)
    (tmp_path / "5-good.html").write_bytes((DATA / "nairobi-aid.html").read_bytes())
    kinds = [type(item).__name__ for item in read_documents([tmp_path])]
    assert kinds == ["InputProblem", "Article", "InputProblem", "InputProblem", "Article"]


def test_date_for_the_run_applies_to_text_files(tmp_path: Path) -> None:
    from datetime import date

    (tmp_path / "a.txt").write_text(GOOD)
    (article,) = read_documents([tmp_path / "a.txt"], published=date(2024, 5, 15))
    assert isinstance(article, Article) and article.published == date(2024, 5, 15)


@pytest.mark.parametrize(
    ("name", "head", "expected"),
    [
        ("wires", b'{"id": 1}', Format.JSONL),
        ("list.json", b'[{"id": 1}]', Format.JSON),
        ("lines.json", b'{"id": 1}\n{"id": 2}', Format.JSONL),
        ("feed", b'<?xml version="1.0"?>\n<rss version="2.0">', Format.FEED),
        ("atom", b'<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom">', Format.FEED),
        ("page", b"\n<!DOCTYPE html><html>", Format.HTML),
        ("notes", b"Kenya recalled its envoy.", Format.TEXT),
        ("export.TSV", b"id\ttext", Format.TSV),
    ],
)
def test_detect_format(name: str, head: bytes, expected: Format) -> None:
    assert detect_format(Path(name), head) is expected


def test_extensionless_files_are_sniffed(tmp_path: Path) -> None:
    shutil.copy(DATA / "feed.atom", tmp_path / "asia")
    items = list(read_documents([tmp_path / "asia"]))
    assert [i.doc_id for i in items] == ["urn:example:2001", "urn:example:2002"]
