"""``dragoman train`` wiring: where it reads from and writes to (training itself is mocked)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from dragoman.cli.main import cli
from dragoman.learn.train import find_gold_dir


class Trained:
    def __init__(self) -> None:
        self.meta: dict[str, Any] = {"dev_scores": {"macro_f1": 0.5, "accuracy": 0.75}}


def test_find_gold_dir_walks_up(tmp_path: Path) -> None:
    gold = tmp_path / "data" / "gold"
    gold.mkdir(parents=True)
    (gold / "train.jsonl").write_text("", encoding="utf-8")
    (tmp_path / "src" / "deep").mkdir(parents=True)
    assert find_gold_dir(tmp_path / "src" / "deep") == gold
    assert find_gold_dir(tmp_path.parent / "elsewhere-not-a-repo") in (None, find_gold_dir(Path.cwd()))


def test_train_command_passes_paths(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[tuple[Any, ...]] = []

    def fake_train(gold_dir: Path, out: Path, synthetic: Path | None, **kwargs: Any) -> Trained:
        calls.append((gold_dir, out, synthetic, kwargs.get("real_news", True)))
        return Trained()

    monkeypatch.setattr("dragoman.learn.train.train_classifier", fake_train)
    out = tmp_path / "m.npz"
    result = CliRunner().invoke(cli, ["train", "--gold", str(tmp_path), "--out", str(out), "--no-synthetic"])
    assert result.exit_code == 0, result.output
    assert calls == [(tmp_path, out, None, True)]
    assert "macro F1 0.500" in result.output
    args = ["train", "--gold", str(tmp_path), "--out", str(out), "--no-synthetic", "--no-real-news"]
    assert CliRunner().invoke(cli, args).exit_code == 0
    assert calls[-1] == (tmp_path, out, None, False)
