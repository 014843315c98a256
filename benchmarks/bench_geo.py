"""Gazetteer: build and load time, memory, lookups per second; date resolution per second.

Measures, in fresh subprocesses so that nothing is warm by accident:
- cold build of the index (no cache) and warm load (index present);
- peak resident memory after a warm load and a round of lookups;
- ``resolve`` calls per second, uncached (distinct context each call) and cached, for a mix of
  plain, ambiguous, misspelt and unknown names;
- ``resolve_date_text`` calls per second for rule-resolved phrases.

Targets (issue 5): load under 2 s and 400 MB; a lookup costs microseconds.

    .venv/bin/python benchmarks/bench_geo.py
    .venv/bin/python benchmarks/bench_geo.py --rounds 500
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path

_CHILD = r"""
import json, resource, sys, time
from datetime import date
from pathlib import Path
from dragoman.config import Settings
from dragoman.geo.gazetteer import load_gazetteer
from dragoman.time.resolve import resolve_date_text

settings = Settings(cache_dir=Path(sys.argv[1]))
rounds = int(sys.argv[2])
start = time.perf_counter()
gaz = load_gazetteer(settings)
gaz.resolve("Kyiv")
load = time.perf_counter() - start
names = ["Kyiv", "Kiev", "Rafah", "Tripoli", "Georgia", "Washington", "Gaza", "Donetsk region",
         "Khan Younis", "Dayr el-Balah", "Strait of Hormuz", "Xqzzvplk", "the United States", "Hyderabad"]
contexts = [["LBN"], ["USA"], ["PSE", "ISR"], ["UKR", "RUS"], []]
start = time.perf_counter()
n = 0
for i in range(rounds):
    for name in names:
        gaz.resolve(name, contexts[i % len(contexts)] + [f"X{i}"])  # distinct context: no cache hit
        n += 1
uncached_us = (time.perf_counter() - start) / n * 1e6
start = time.perf_counter()
for i in range(rounds):
    for name in names:
        gaz.resolve(name, contexts[i % len(contexts)])
cached_us = (time.perf_counter() - start) / n * 1e6
phrases = ["On Wednesday", "last week", "Sunday", "last month", "in March", "yesterday", "on 3 April 2024"]
start = time.perf_counter()
for i in range(rounds):
    for phrase in phrases:
        resolve_date_text(phrase, date(2024, 5, 15))
date_us = (time.perf_counter() - start) / (rounds * len(phrases)) * 1e6
rss_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
print(json.dumps({"load_s": load, "rss_mb": rss_mb, "uncached_us": uncached_us, "cached_us": cached_us,
                  "date_us": date_us, "index_mb": gaz.path.stat().st_size / 2**20}))
"""


def _run(cache: Path, rounds: int) -> dict[str, float]:
    out = subprocess.run(
        [sys.executable, "-c", _CHILD, str(cache), str(rounds)], check=True, capture_output=True, text=True
    )
    return json.loads(out.stdout.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=2000, help="repetitions of the name list")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        cold = _run(Path(tmp), args.rounds)
        warm = _run(Path(tmp), args.rounds)
    print(f"gazetteer index: {warm['index_mb']:.0f} MB on disk")
    print(f"  cold build {cold['load_s']:.1f} s (once per version), warm load {warm['load_s']:.3f} s (target < 2 s)")
    print(f"  peak RSS {warm['rss_mb']:.0f} MB (target < 400 MB, includes the Python runtime)")
    print(
        f"  resolve {warm['uncached_us']:.1f} us uncached ({1e6 / warm['uncached_us']:,.0f}/s), "
        f"{warm['cached_us']:.2f} us cached ({1e6 / warm['cached_us']:,.0f}/s)"
    )
    print(f"  resolve_date_text {warm['date_us']:.1f} us ({1e6 / warm['date_us']:,.0f}/s)")


if __name__ == "__main__":
    main()
