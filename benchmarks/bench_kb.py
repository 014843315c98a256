"""Actor knowledge base: build and load time, memory, lookups and phrase resolutions per second.

Measures, in fresh subprocesses so that nothing is warm by accident:
- cold build (no compiled cache) and warm load (compiled pickle) of the built-in data, and the
  same with the shipped PETRARCH/Phoenix dictionaries imported when ../shared/data/petrarch exists;
- peak resident memory of a warm load;
- name lookups per second and ``resolve_phrase`` calls per second (uncached and cached).

Targets (issue 5): load under 2 s and 400 MB; a lookup costs microseconds.

    .venv/bin/python benchmarks/bench_kb.py
    .venv/bin/python benchmarks/bench_kb.py --no-petrarch
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path

PETRARCH = Path(__file__).resolve().parents[1].parent / "shared" / "data" / "petrarch"

_CHILD = r"""
import json, resource, sys, time
from datetime import date
from pathlib import Path
from dragoman.config import Settings
from dragoman.actors.kb import load_knowledge_base
from dragoman.actors.phrase import resolve_phrase

root = Path(sys.argv[1])
settings = Settings(cache_dir=root / "cache", db_path=root / "data" / "events.duckdb")
start = time.perf_counter()
kb = load_knowledge_base(settings)
load = time.perf_counter() - start
names = ["Blinken", "Erdogan", "Zelenskyy", "the Kremlin", "Hamas", "NATO", "Antony J. Blinken",
         "President Recep Tayyip Erdogan", "Nobody Atall", "Sheikh Mohammed bin Abdulrahman Al Thani"]
phrases = ["Turkey's foreign minister", "the Sudanese army", "Russian forces", "Hamas officials",
           "US State Department spokesperson Matthew Miller", "protesters in Tbilisi",
           "the head of Turkey's National Intelligence Organization", "Israeli police", "Ankara"]
day = date(2024, 5, 15)
rounds = 2000
start = time.perf_counter()
for _ in range(rounds):
    for name in names:
        kb.lookup(name, day)
lookup_us = (time.perf_counter() - start) / (rounds * len(names)) * 1e6
start = time.perf_counter()
for i in range(rounds):
    for phrase in phrases:
        resolve_phrase(f"{phrase} {i}", day, kb)  # distinct text: no cache hit
phrase_us = (time.perf_counter() - start) / (rounds * len(phrases)) * 1e6
start = time.perf_counter()
for _ in range(rounds):
    for phrase in phrases:
        resolve_phrase(phrase, day, kb)
cached_us = (time.perf_counter() - start) / (rounds * len(phrases)) * 1e6
rss_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
print(json.dumps({"entries": len(kb), "load_s": load, "rss_mb": rss_mb, "lookup_us": lookup_us,
                  "phrase_us": phrase_us, "phrase_cached_us": cached_us}))
"""


def _run(root: Path) -> dict[str, float]:
    out = subprocess.run(
        [sys.executable, "-c", _CHILD, str(root)], check=True, capture_output=True, text=True
    )
    return json.loads(out.stdout.strip().splitlines()[-1])


def _report(label: str, cold: dict[str, float], warm: dict[str, float]) -> None:
    print(f"{label}: {int(warm['entries'])} entries")
    print(f"  cold build {cold['load_s']:.2f} s, warm load {warm['load_s']:.2f} s (target < 2 s)")
    print(f"  peak RSS {warm['rss_mb']:.0f} MB (target < 400 MB, includes the Python runtime)")
    print(
        f"  lookup {warm['lookup_us']:.1f} us ({1e6 / warm['lookup_us']:,.0f}/s); "
        f"resolve_phrase {warm['phrase_us']:.1f} us uncached, {warm['phrase_cached_us']:.1f} us cached"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--no-petrarch", action="store_true", help="Skip the run with the Phoenix files imported."
    )
    args = parser.parse_args()
    from dragoman.actors.kb import import_actor_file
    from dragoman.config import Settings

    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        _report("built-in", _run(root), _run(root))
        if not args.no_petrarch and PETRARCH.is_dir():
            settings = Settings(cache_dir=root / "cache", db_path=root / "data" / "events.duckdb")
            for path in sorted(PETRARCH.glob("Phoenix.*.actors.txt")):
                import_actor_file(path, settings)
            _report("built-in + Phoenix dictionaries", _run(root), _run(root))


if __name__ == "__main__":
    main()
