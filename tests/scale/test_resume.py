from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

import pytest
from scale_fakes import FAKE_PIPELINE, make_articles

from dragoman.errors import InputError
from dragoman.scale.job import code_to_jsonl
from dragoman.scale.resume import journal_path_for, read_journal


def _doc_counts(output: Path) -> Counter[str]:
    return Counter(json.loads(line)["doc_id"] for line in output.read_text().splitlines())


def test_a_fresh_run_writes_events_and_journals_every_document(tmp_path: Path) -> None:
    out = tmp_path / "events.jsonl"
    summary = code_to_jsonl(make_articles(50, bad={4: "FAIL-RAISE"}), out, spec=FAKE_PIPELINE, commit_every=7)
    assert (summary.documents, summary.events, summary.failed, summary.skipped) == (50, 49, 1, 0)
    state, _ = read_journal(journal_path_for(out))
    assert len(state.done) == 50 and list(state.errors) == ["doc00004"] and state.offset == out.stat().st_size
    assert sorted(_doc_counts(out)) == [f"doc{i:05}" for i in range(50) if i != 4]


def test_resume_skips_journaled_documents_and_cuts_uncommitted_events(tmp_path: Path) -> None:
    out = tmp_path / "events.jsonl"
    code_to_jsonl(make_articles(30), out, spec=FAKE_PIPELINE)
    # What a crash leaves behind: events of a document never journaled, half a journal line.
    with out.open("a") as fh:
        fh.write(json.dumps({"doc_id": "doc00030", "event_id": "x"}) + "\n" + '{"doc_id": "doc0003')
    with journal_path_for(out).open("a") as fh:
        fh.write('{"doc_id": "doc00030", "ha')
    summary = code_to_jsonl(make_articles(40), out, spec=FAKE_PIPELINE, resume=True)
    assert (summary.documents, summary.skipped) == (10, 30)
    counts = _doc_counts(out)
    assert len(counts) == 40 and set(counts.values()) == {1}
    assert len(read_journal(journal_path_for(out))[0].done) == 40


def test_without_resume_a_run_starts_over(tmp_path: Path) -> None:
    out = tmp_path / "events.jsonl"
    code_to_jsonl(make_articles(10), out, spec=FAKE_PIPELINE)
    summary = code_to_jsonl(make_articles(5), out, spec=FAKE_PIPELINE)
    assert summary.skipped == 0 and len(_doc_counts(out)) == 5


def test_resume_refuses_an_output_shorter_than_its_journal(tmp_path: Path) -> None:
    out = tmp_path / "events.jsonl"
    code_to_jsonl(make_articles(10), out, spec=FAKE_PIPELINE)
    out.write_text("")
    with pytest.raises(InputError, match="without --resume"):
        code_to_jsonl(make_articles(10), out, spec=FAKE_PIPELINE, resume=True)


JOB = """
import sys
from pathlib import Path
from scale_fakes import FAKE_PIPELINE, make_articles
from dragoman.scale.job import code_to_jsonl
summary = code_to_jsonl(iter(make_articles(2000)), Path(sys.argv[1]), workers=2, resume=sys.argv[2] == "resume",
                        spec=FAKE_PIPELINE, commit_every=40)
print(summary.describe())
"""


def _run_job(out: Path, mode: str, delay: str) -> subprocess.Popen[str]:
    env = dict(os.environ, PYTHONPATH=str(Path(__file__).parent), SCALE_FAKE_DELAY=delay)
    return subprocess.Popen(
        [sys.executable, "-c", JOB, str(out), mode],
        env=env,
        text=True,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        start_new_session=True,
    )


def _wait_for_lines(out: Path, n: int, proc: subprocess.Popen[str], timeout: float = 60) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if out.exists() and out.read_bytes().count(b"\n") >= n:
            return
        assert proc.poll() is None, proc.communicate()
        time.sleep(0.02)
    raise AssertionError("the job did not get going")


@pytest.mark.slow
@pytest.mark.parametrize("sig", [signal.SIGKILL, signal.SIGINT])
def test_a_killed_2000_document_run_resumes_with_every_document_coded_once(tmp_path: Path, sig: int) -> None:
    out = tmp_path / "events.jsonl"
    proc = _run_job(out, "fresh", delay="0.002")
    _wait_for_lines(out, 500, proc)
    os.killpg(proc.pid, sig)  # the whole group, as a crash or Ctrl-C in a terminal would
    proc.communicate(timeout=60)
    state, _ = read_journal(journal_path_for(out))
    assert 0 < len(state.done) < 2000, "the kill should land midway"

    resumed = _run_job(out, "resume", delay="0")
    stdout, stderr = resumed.communicate(timeout=120)
    assert resumed.returncode == 0, stderr
    assert (
        f"{2000 - len(state.done)} documents coded" in stdout and f"{len(state.done)} already done" in stdout
    )
    counts = _doc_counts(out)
    assert sorted(counts) == [f"doc{i:05}" for i in range(2000)]
    assert set(counts.values()) == {1}


class _HeaderWriter:
    """A writer with a header line, like CSV: the header must appear once after a resume."""

    def __init__(self, stream) -> None:
        self.stream = stream
        stream.write("doc_id\n")

    def write(self, event) -> None:
        self.stream.write(event.doc_id + "\n")


def _write_with_header(out: Path, n: int, resume: bool) -> None:
    from dragoman.scale.job import ResumableOutput
    from dragoman.scale.workers import code_parallel

    with ResumableOutput(out, resume=resume) as output:
        writer = output.writer(_HeaderWriter)
        for result in code_parallel(output.todo(make_articles(n)), spec=FAKE_PIPELINE):
            for event in result.events:
                writer.write(event)
            output.record(result)


def test_a_writer_header_is_written_once_across_resumes(tmp_path: Path) -> None:
    out = tmp_path / "events.csv"
    _write_with_header(out, 5, resume=False)
    _write_with_header(out, 8, resume=True)
    lines = out.read_text().splitlines()
    assert lines == ["doc_id"] + [f"doc{i:05}" for i in range(8)]
