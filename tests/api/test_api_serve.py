"""``dragoman serve`` prints its address and answers on it."""

from __future__ import annotations

import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx

from dragoman.store.testing import sample_store


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def test_serve_prints_the_address_and_serves(tmp_path: Path) -> None:
    db = tmp_path / "events.duckdb"
    sample_store(str(db)).close()
    port = _free_port()
    dragoman = Path(sys.executable).parent / "dragoman"
    proc = subprocess.Popen(
        [str(dragoman), "serve", "--db", str(db), "--port", str(port)], stdout=subprocess.PIPE, text=True
    )
    try:
        assert proc.stdout is not None
        line = proc.stdout.readline()
        assert f"http://localhost:{port}/" in line
        deadline = time.monotonic() + 30
        while True:
            try:
                stats = httpx.get(f"http://127.0.0.1:{port}/api/stats", timeout=2).json()
                break
            except httpx.TransportError:
                assert time.monotonic() < deadline, "the server did not answer"
                time.sleep(0.1)
        assert stats["counts"]["events"] == 14
        assert "Dragoman" in httpx.get(f"http://127.0.0.1:{port}/", timeout=5).text
    finally:
        proc.terminate()
        proc.wait(timeout=30)
