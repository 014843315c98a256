"""Scaling from 1 to 2 workers on a LocalCluster, and RSS per Dask worker.

For each worker count: start a LocalCluster (one thread per worker process), build the
pipeline on every worker (model loading is not timed), then code the corpus into Parquet and
time it. Repeats ``--runs`` times per count and reports the median, the speed-up and the
parallel efficiency. On a machine with N cores, expect at most N-fold.

    .venv/bin/python benchmarks/bench_dask.py --limit 120 --runs 2
"""

from __future__ import annotations

import argparse
import tempfile
import time

from common import buildable_spec, machine_note, median
from corpus import benchmark_articles

from dragoman.scale.dask_engine import code_on_dask, dask_client, preload


def _worker_rss_mb() -> float:
    import psutil

    return psutil.Process().memory_info().rss / 2**20


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, default=120)
    parser.add_argument("--runs", type=int, default=2)
    parser.add_argument("--partition-size", type=int, default=10)
    args = parser.parse_args()

    name, articles = benchmark_articles(args.limit)
    spec, note = buildable_spec()
    print(
        f"corpus: {name}, first {len(articles)} articles; stages {', '.join(spec.stages)}"
        + (f" [{note}]" if note else "")
    )
    timings: dict[int, float] = {}
    for n_workers in (1, 2):
        with dask_client("local", n_workers=n_workers) as client:
            preload(client, spec)  # load the model on every worker, untimed
            times = []
            for _ in range(args.runs):
                with tempfile.TemporaryDirectory() as root:
                    start = time.perf_counter()
                    summary = code_on_dask(
                        articles, root, client, spec=spec, partition_size=args.partition_size
                    )
                    times.append(time.perf_counter() - start)
            rss = client.run(_worker_rss_mb)
        timings[n_workers] = median(times)
        print(
            f"{n_workers} worker(s): {timings[n_workers]:.1f} s median of {args.runs} "
            f"({len(articles) / timings[n_workers]:.2f} articles/s, {summary.events} events); "
            f"RSS per worker MB: {', '.join(f'{v:.0f}' for v in rss.values())}"
        )
    speedup = timings[1] / timings[2]
    print(f"speed-up 1 -> 2 workers: {speedup:.2f}x (efficiency {speedup / 2:.0%})")
    print(f"machine: {machine_note()}")


if __name__ == "__main__":
    main()
