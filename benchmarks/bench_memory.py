"""Memory while streaming a large corpus: RSS of the parent and of each worker, start to end.

Codes N generated documents (default 20,000) through ``code_to_jsonl`` with ``--workers``
processes, sampling the resident memory of the parent and every worker as it goes. Flat
memory means the numbers at the end are about those at the start.

``--model cheap`` (default) swaps the spaCy model for a blank English pipeline with a
sentencizer, so that 20,000 documents take a minute or two: it measures the streaming
machinery (reading, queues, workers, writing, journal), not the parser. ``--model full`` uses
the installed model and every stage that builds, for peak RSS per worker with real models
(use a smaller N: it codes about 10 documents/s per core).

    .venv/bin/python benchmarks/bench_memory.py --docs 20000 --workers 2
    .venv/bin/python benchmarks/bench_memory.py --docs 1000 --workers 2 --model full
"""

from __future__ import annotations

import argparse
import os
import tempfile
import time
from pathlib import Path

from common import buildable_spec, children_rss_mb, machine_note, rss_mb
from corpus import generated_articles

from dragoman.scale.job import code_to_jsonl
from dragoman.scale.progress import Progress


def cheap_model(directory: Path) -> str:
    import spacy

    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    nlp.to_disk(directory)
    return str(directory)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, default=20_000)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--model", choices=("cheap", "full"), default="cheap")
    args = parser.parse_args()

    with tempfile.TemporaryDirectory() as tmp:
        if args.model == "cheap":
            os.environ["DRAGOMAN_MODEL"] = cheap_model(Path(tmp) / "blank_en")  # inherited by workers
            stages: tuple[str, ...] = ("nlp.v1",)
            spec, note = buildable_spec(stages)
        else:
            spec, note = buildable_spec()
        samples: list[tuple[int, float, list[float]]] = []
        every = max(args.docs // 20, 1)

        def on_progress(progress: Progress) -> None:
            if progress.done >= (len(samples) + 1) * every or progress.final:
                samples.append((progress.done, rss_mb(), children_rss_mb()))

        start = time.perf_counter()
        summary = code_to_jsonl(
            generated_articles(args.docs),
            Path(tmp) / "events.jsonl",
            workers=args.workers,
            spec=spec,
            on_progress=on_progress,
        )
        elapsed = time.perf_counter() - start

    print(f"documents        {summary.documents} ({summary.failed} failed), {summary.events} events")
    print(f"model / stages   {args.model} / {', '.join(spec.stages)}" + (f"  [{note}]" if note else ""))
    print(f"workers          {args.workers}")
    print(f"elapsed          {elapsed:.1f} s  ({summary.documents / elapsed:.1f} docs/s)")
    print("docs done   parent RSS MB   worker RSS MB")
    for done, parent, workers in samples:
        print(f"{done:9}   {parent:13.0f}   {' '.join(f'{w:.0f}' for w in workers)}")
    first, last = samples[0], samples[-2] if len(samples) > 1 else samples[-1]
    peak = max((max(w) for _, _, w in samples if w), default=0.0)
    print(f"parent RSS start -> end: {first[1]:.0f} -> {last[1]:.0f} MB")
    print(f"peak RSS of one worker: {peak:.0f} MB")
    print(f"machine: {machine_note()}")


if __name__ == "__main__":
    main()
