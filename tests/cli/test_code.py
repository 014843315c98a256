"""``dragoman code``: files in, events out, one line per failure, a summary, the right exit status.

Most tests run the command with a model-free stand-in pipeline (``keyword_pipeline`` in
conftest.py); the HTML-versus-text test at the end runs the real pipeline.
"""

from __future__ import annotations

import csv
import io
import json
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from dragoman.cli.main import cli

DATA = Path(__file__).parent.parent / "data" / "ingest"
STORY = (
    "Brazil and Argentina signed a trade accord in Brasilia.\n\nPolice arrested Silva in Recife on Monday.\n"
)


@pytest.fixture()
def run(monkeypatch: pytest.MonkeyPatch, keyword_pipeline: object):  # type: ignore[no-untyped-def]
    monkeypatch.setattr("dragoman.batch.default_pipeline", lambda: keyword_pipeline)

    def invoke(*args: str) -> Result:
        return CliRunner().invoke(cli, ["code", *args], catch_exceptions=False)

    return invoke


@pytest.fixture()
def story(tmp_path: Path) -> Path:
    path = tmp_path / "story.txt"
    path.write_text(STORY)
    return path


def test_jsonl_on_standard_output(run, story: Path) -> None:  # type: ignore[no-untyped-def]
    result = run(str(story), "--date", "2024-05-15")
    assert result.exit_code == 0
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert [(r["event_type"], r["source"]["name"], r["target"]["name"]) for r in records] == [
        ("AGREE", "Argentina", "Brasilia"),
        ("COERCE", "Police", "Silva"),
    ]
    assert {r["date"] for r in records} == {"2024-05-15"}
    assert {r["doc_id"] for r in records} == {str(story)}
    assert result.stderr.strip() == "dragoman: 1 document coded, 2 events"


def test_output_file_and_format_from_its_extension(run, story: Path, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    out = tmp_path / "events.csv"
    result = run(str(story), "-o", str(out))
    assert result.exit_code == 0 and result.stdout == ""
    rows = list(csv.DictReader(io.StringIO(out.read_text())))
    assert [row["evidence_trigger"] for row in rows] == ["signed", "arrested"]
    assert f"events written to {out}" in result.stderr
    assert not (tmp_path / "events.failures.jsonl").exists()


def test_table_format(run, story: Path) -> None:  # type: ignore[no-untyped-def]
    result = run(str(story), "--format", "table")
    lines = result.stdout.splitlines()
    assert lines[0].split() == ["DATE", "TYPE", "MODE", "SOURCE", "TARGET", "LOCATION", "TRIGGER"]
    assert "AGREE" in lines[2] and "Argentina" in lines[2] and lines[2].endswith("signed")


def test_failures_are_listed_and_the_rest_is_coded(run, story: Path, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "scan.pdf").write_bytes(b"%PDF-1.4 binary")
    (tmp_path / "broken.txt").write_text("Iran met Oman in Muscat. EXPLODE")
    out = tmp_path / "events.jsonl"
    files = [
        str(tmp_path / "empty.txt"),
        str(story),
        str(tmp_path / "scan.pdf"),
        str(tmp_path / "broken.txt"),
    ]
    result = run(*files, "missing.txt", "-o", str(out))
    assert result.exit_code == 0
    assert len(out.read_text().splitlines()) == 2
    errors = result.stderr.splitlines()
    assert set(errors[:4]) == {
        f"dragoman: {tmp_path / 'empty.txt'}: file is empty",
        (
            f"dragoman: {tmp_path / 'scan.pdf'}: file is a PDF file; extract its text first (e.g. with pdftotext) "
            "and code the .txt"
        ),
        "dragoman: missing.txt: no such file or folder",
        f"dragoman: {tmp_path / 'broken.txt'}: [E099] {tmp_path / 'broken.txt'}: stage fake.v1 failed: RuntimeError: boom",
    }  # in the order they come out of the stream, which depends on the pipeline's batching
    failures_file = tmp_path / "events.failures.jsonl"
    assert errors[4] == (
        f"dragoman: 1 document coded, 2 events, 4 failed (listed above and in {failures_file}); events written to {out}"
    )
    listed = [json.loads(line) for line in failures_file.read_text().splitlines()]
    assert sorted(f["origin"] for f in listed) == sorted([files[0], files[2], "missing.txt", files[3]])
    assert "Traceback" not in result.output


def test_stale_failures_file_is_removed(run, story: Path, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    stale = tmp_path / "events.failures.jsonl"
    stale.write_text('{"origin": "old.txt", "message": "old"}\n')
    assert run(str(story), "-o", str(tmp_path / "events.jsonl")).exit_code == 0
    assert not stale.exists()


def test_nothing_coded_exits_non_zero(run, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    (tmp_path / "empty.txt").write_bytes(b"")
    result = run(str(tmp_path / "empty.txt"))
    assert result.exit_code == 1
    assert result.stderr.splitlines()[-1] == "dragoman: 0 documents coded, 0 events, 1 failed (listed above)"


def test_documents_without_events_still_count_as_coded(run, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    (tmp_path / "quiet.txt").write_text("The weather in Oslo was mild.")
    result = run(str(tmp_path / "quiet.txt"))
    assert result.exit_code == 0 and result.stdout == ""
    assert "1 document coded, 0 events" in result.stderr


def test_bad_date_is_a_usage_error(run, story: Path) -> None:  # type: ignore[no-untyped-def]
    result = run(str(story), "--date", "15/05/2024")
    assert result.exit_code == 2
    assert "'15/05/2024' is not a date; write it as YYYY-MM-DD" in result.stderr


def test_records_keep_their_own_dates(run, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    wires = tmp_path / "wires.jsonl"
    wires.write_text(
        json.dumps({"id": "a", "text": "Ghana signed a deal with Togo.", "date": "2024-04-05"})
        + "\n"
        + json.dumps({"id": "b", "text": "Mali met Niger in Bamako."})
        + "\n"
    )
    result = run(str(wires), "--date", "2024-04-09")
    dates = {json.loads(line)["doc_id"]: json.loads(line)["date"] for line in result.stdout.splitlines()}
    assert dates == {"a": "2024-04-05", "b": "2024-04-09"}


def test_internal_error_is_one_line(monkeypatch: pytest.MonkeyPatch, story: Path) -> None:
    class Broken:
        def pipe(self, articles, batch_size=32):  # type: ignore[no-untyped-def]
            raise KeyError("stage table")

    monkeypatch.setattr("dragoman.batch.default_pipeline", Broken)
    result = CliRunner().invoke(cli, ["code", str(story)])
    assert result.exit_code == 1
    assert result.stderr.splitlines() == [
        "dragoman: internal error: KeyError: 'stage table' (run 'dragoman -vv code ...' for details)"
    ]


def test_every_option_is_documented() -> None:
    from dragoman.cli.code import code

    help_text = CliRunner().invoke(cli, ["code", "--help"]).stdout
    for param in code.params:
        if isinstance(param, __import__("click").Option):
            assert param.help, f"option {param.name} has no help"
            assert param.opts[-1] in help_text
    assert "jsonl" in help_text and "csv" in help_text and "table" in help_text


def test_bad_input_in_a_real_process_gives_lines_not_tracebacks(tmp_path: Path) -> None:
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "noise.bin").write_bytes(bytes(range(256)) * 4)
    command = [sys.executable, "-c", "from dragoman.cli.main import main; main()", "code"]
    done = subprocess.run(
        [*command, str(tmp_path / "empty.txt"), str(tmp_path / "noise.bin")],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert done.returncode == 1
    assert done.stdout == ""
    assert done.stderr.splitlines() == [
        f"dragoman: {tmp_path / 'empty.txt'}: file is empty",
        f"dragoman: {tmp_path / 'noise.bin'}: file is binary data, not text",
        "dragoman: 0 documents coded, 0 events, 2 failed (listed above)",
    ]


@pytest.mark.slow
def test_html_page_and_its_plain_text_give_the_same_events() -> None:
    """Issue 3 acceptance: the sample page yields the same events as its plain-text twin."""
    import dragoman
    from dragoman.ingest.html import article_from_html
    from dragoman.ingest.text import article_from_text

    page = article_from_html((DATA / "nairobi-aid.html").read_bytes(), doc_id="nairobi-aid")
    text = article_from_text((DATA / "nairobi-aid.txt").read_text("utf-8"), doc_id="nairobi-aid")
    page_result, text_result = dragoman.code_documents([page, text])
    assert page_result.error is None and text_result.error is None
    page_events = [e.to_dict() for e in page_result.events]
    text_events = [e.to_dict() for e in text_result.events]
    assert page_events == text_events
    if not page_events:
        pytest.xfail("no event stages yet")


def test_standard_input(monkeypatch: pytest.MonkeyPatch, keyword_pipeline: object) -> None:
    monkeypatch.setattr("dragoman.batch.default_pipeline", lambda: keyword_pipeline)
    result = CliRunner().invoke(cli, ["code", "-", "--format", "csv"], input=STORY.encode())
    assert result.exit_code == 0
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert [(row["doc_id"], row["event_type"]) for row in rows] == [("<stdin>", "AGREE"), ("<stdin>", "COERCE")]
