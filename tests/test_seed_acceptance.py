"""The project's acceptance: the seed article coded as a user would, scored by its own script."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

SHARED = Path(__file__).resolve().parents[1].parent / "shared" / "acceptance"
ARTICLE = SHARED / "seed-article.txt"
SCORER = SHARED / "score_seed.py"

pytestmark = pytest.mark.skipif(
    not (ARTICLE.exists() and SCORER.exists()),
    reason="the seed article and its scorer live in ../shared/acceptance, which is absent here",
)


def test_seed_article_passes_the_acceptance_script(tmp_path: Path) -> None:
    out = tmp_path / "seed.jsonl"
    dragoman = Path(sys.executable).with_name("dragoman")
    coded = subprocess.run(
        [str(dragoman), "code", str(ARTICLE), "--date", "2024-05-15", "-o", str(out)],
        capture_output=True, text=True, timeout=600, check=False,
    )
    assert coded.returncode == 0, coded.stderr
    scored = subprocess.run(
        [sys.executable, str(SCORER), str(out), "--verbose"], capture_output=True, text=True, timeout=120, check=False
    )
    print(scored.stdout)
    summary = scored.stdout.strip().splitlines()[-1]
    assert scored.returncode == 0 and summary.endswith("PASS"), scored.stdout
