"""An ingest killed midway leaves whole documents only; running it again completes the set."""

from __future__ import annotations

import signal
import subprocess
import sys
import textwrap
from pathlib import Path

from dragoman.store import EventStore

N_DOCS = 40

SCRIPT = textwrap.dedent(
    """
    import sys, time
    from dragoman.store import EventStore
    from dragoman.store.loader import ingest_paths
    from dragoman.store.testing import KeywordCoder

    class SlowCoder(KeywordCoder):  # slow enough for the kill to land midway
        def run(self, article):
            time.sleep(0.1)
            return super().run(article)

    store = EventStore(sys.argv[1])
    report = ingest_paths(store, [sys.argv[2]], SlowCoder(), batch_size=4,
                          progress=lambda r: print("stored", r.stored, flush=True))
    print("done", report.stored, flush=True)
    """
)


def _news_folder(path: Path) -> Path:
    path.mkdir()
    for i in range(N_DOCS):
        (path / f"story{i:02d}.txt").write_text(
            f"Day {i}\n\nTurkey hosted Qatar on day {i}. Russia shelled Ukraine.\n"
        )
    return path


def test_rerun_after_kill_stores_every_document_once(tmp_path: Path) -> None:
    db = tmp_path / "events.duckdb"
    script = tmp_path / "ingest_slowly.py"
    script.write_text(SCRIPT)
    folder = _news_folder(tmp_path / "news")
    proc = subprocess.Popen(
        [sys.executable, str(script), str(db), str(folder)], stdout=subprocess.PIPE, text=True
    )
    assert proc.stdout is not None
    for line in proc.stdout:
        if line.startswith("stored") and int(line.split()[1]) >= 8:
            break
    proc.send_signal(signal.SIGKILL)
    proc.wait(timeout=30)

    with EventStore(db) as store:
        partial = store.counts()
        assert 8 <= partial["documents"] < N_DOCS, "the kill should land midway"
        assert partial["events"] == 2 * partial["documents"], "only whole documents are stored"

    completed = subprocess.run(
        [sys.executable, str(script), str(db), str(folder)],
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    assert f"done {N_DOCS - partial['documents']}" in completed.stdout

    with EventStore(db) as store:
        counts = store.counts()
        assert counts["documents"] == N_DOCS and counts["events"] == 2 * N_DOCS
        distinct = store.fetch("SELECT count(DISTINCT content_hash) AS n FROM documents")[0]["n"]
        assert distinct == N_DOCS
