"""Whole pipeline vs a bare spaCy parse on the same texts, in one process (one core).

Runs are interleaved (bare, pipeline, bare, pipeline...) so that drift in the machine's speed
hits both alike; the ratio reported is the median of the per-round ratios. Also reports
articles/s and words/s per core and projects articles per day per core.

    .venv/bin/python benchmarks/bench_throughput.py --runs 5
"""

from __future__ import annotations

import argparse
import json
import time

from common import buildable_spec, machine_note, median, warm
from corpus import benchmark_articles


def _timed(fn) -> float:
    start = time.perf_counter()
    fn()
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--limit", type=int, help="use only the first N articles")
    parser.add_argument("--json", action="store_true", help="print one JSON object")
    args = parser.parse_args()

    name, articles = benchmark_articles(args.limit)
    spec, shortened = buildable_spec()
    pipeline = spec.build()
    warm(pipeline, articles)
    nlp = pipeline.resources.nlp  # the very model the pipeline uses
    texts = [a.text for a in articles]
    words = sum(len(t.split()) for t in texts)

    bare_times, pipe_times = [], []
    for _ in range(args.runs):
        bare_times.append(_timed(lambda: [None for _ in nlp.pipe(texts)]))
        pipe_times.append(_timed(lambda: [None for _ in pipeline.pipe(articles, batch_size=spec.batch_size)]))
    ratios = [p / b for p, b in zip(pipe_times, bare_times, strict=True)]
    rate = len(articles) / median(pipe_times)
    result = {
        "corpus": name,
        "articles": len(articles),
        "words": words,
        "stages": list(spec.stages),
        "stages_note": shortened,
        "spacy_components": nlp.pipe_names,
        "runs": args.runs,
        "bare_parse_s_median": round(median(bare_times), 2),
        "pipeline_s_median": round(median(pipe_times), 2),
        "ratio_pipeline_to_bare_median": round(median(ratios), 3),
        "ratios": [round(r, 3) for r in ratios],
        "articles_per_s_per_core": round(rate, 2),
        "words_per_s_per_core": round(words / median(pipe_times)),
        "bare_articles_per_s": round(len(articles) / median(bare_times), 2),
        "projected_articles_per_day_per_core": round(rate * 86400),
        "machine": machine_note(),
    }
    if args.json:
        print(json.dumps(result))
        return
    for key, value in result.items():
        print(f"{key:38} {value}")


if __name__ == "__main__":
    main()
