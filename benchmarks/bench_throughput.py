"""Whole pipeline vs a bare spaCy parse on the same texts, in one process (one core).

Runs are interleaved (bare, pipeline, bare, pipeline...) so that drift in the machine's speed
hits both alike; the ratio reported is the median of the per-round ratios. Both are timed in
CPU seconds of this process (the headline: other programs on a shared machine barely move it)
and in wall-clock seconds. Also reports articles/s and words/s per core (per CPU second) and
projects articles per day per core.

    .venv/bin/python benchmarks/bench_throughput.py --runs 5
"""

from __future__ import annotations

import argparse
import json
import time

from common import buildable_spec, machine_note, median, warm
from corpus import benchmark_articles


def _timed(fn) -> tuple[float, float]:
    """(CPU seconds of this process, wall-clock seconds) spent in ``fn``."""
    cpu, wall = time.process_time(), time.perf_counter()
    fn()
    return time.process_time() - cpu, time.perf_counter() - wall


def stage_breakdown(pipeline, articles, runs: int) -> dict[str, float]:
    """CPU seconds per stage, the parse done once beforehand (median of ``runs``)."""
    from dragoman.pipeline import run_guarded
    from dragoman.schemas import CodedDocument

    nlp_stage, rest = pipeline.stages[0], list(zip(pipeline.specs[1:], pipeline.stages[1:], strict=True))
    parsed = list(nlp_stage.pipe(CodedDocument(article=a, assigned={"article"}) for a in articles))
    times: dict[str, list[float]] = {spec.name: [] for spec, _ in rest}
    for _ in range(runs):
        for spec, _ in rest:
            times[spec.name].append(0.0)
        for coded in parsed:
            coded.candidates, coded.events, coded.places, coded.error = [], [], [], None
            for spec, stage in rest:
                start = time.process_time()
                coded = run_guarded(stage, spec, coded)
                times[spec.name][-1] += time.process_time() - start
    return {name: round(median(values), 2) for name, values in times.items()}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--limit", type=int, help="use only the first N articles")
    parser.add_argument("--json", action="store_true", help="print one JSON object")
    parser.add_argument("--breakdown", action="store_true", help="also time each stage after the parse")
    args = parser.parse_args()

    name, articles = benchmark_articles(args.limit)
    spec, shortened = buildable_spec()
    pipeline = spec.build()
    warm(pipeline, articles)
    nlp = pipeline.resources.nlp  # the very model the pipeline uses
    texts = [a.text for a in articles]
    words = sum(len(t.split()) for t in texts)

    bare, pipe = [], []
    for _ in range(args.runs):
        bare.append(_timed(lambda: [None for _ in nlp.pipe(texts)]))
        pipe.append(_timed(lambda: [None for _ in pipeline.pipe(articles, batch_size=spec.batch_size)]))
    bare_times, pipe_times = [b[0] for b in bare], [p[0] for p in pipe]
    ratios = [p / b for p, b in zip(pipe_times, bare_times, strict=True)]
    wall_ratios = [p[1] / b[1] for p, b in zip(pipe, bare, strict=True)]
    rate = len(articles) / median(pipe_times)
    result = {
        "corpus": name,
        "articles": len(articles),
        "words": words,
        "stages": list(spec.stages),
        "stages_note": shortened,
        "spacy_components": nlp.pipe_names,
        "runs": args.runs,
        "bare_parse_cpu_s_median": round(median(bare_times), 2),
        "pipeline_cpu_s_median": round(median(pipe_times), 2),
        "ratio_pipeline_to_bare_median": round(median(ratios), 3),
        "ratios_cpu": [round(r, 3) for r in ratios],
        "ratio_wall_clock_median": round(median(wall_ratios), 3),
        "ratios_wall_clock": [round(r, 3) for r in wall_ratios],
        "articles_per_s_per_core": round(rate, 2),
        "words_per_s_per_core": round(words / median(pipe_times)),
        "bare_articles_per_s": round(len(articles) / median(bare_times), 2),
        "projected_articles_per_day_per_core": round(rate * 86400),
        "machine": machine_note(),
    }
    if args.breakdown:
        parts = stage_breakdown(pipeline, articles, args.runs)
        result["stage_cpu_s_after_parse"] = parts
        # Parse plus each stage timed on its own: steadier than the whole on a busy machine.
        result["ratio_by_parts"] = round(1 + sum(parts.values()) / median(bare_times), 3)
    if args.json:
        print(json.dumps(result))
        return
    for key, value in result.items():
        print(f"{key:38} {value}")


if __name__ == "__main__":
    main()
