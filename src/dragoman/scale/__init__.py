"""Coding at scale: worker processes, resumable output, progress, Dask, deduplication.

- ``workers``: ``code_parallel`` / ``pipe_parallel`` (one pipeline per process, input order kept,
  bounded read-ahead) and ``ParallelCoder`` for code that takes a pipeline-like coder;
- ``resume`` and ``job``: the journal beside an output file, ``ResumableOutput``, ``code_to_jsonl``;
- ``run``: ``ScaledRun``, what ``dragoman code --workers/--resume`` plugs into a batch;
- ``progress``: ``ProgressTracker`` and ``Progress`` snapshots for a callback;
- ``dask_engine`` and ``parquet``: coding on a Dask cluster into day-partitioned Parquet, and
  loading that into the store;
- ``dedup``: merging reports of one event from several articles.

Nothing is imported here, so that ``import dragoman.scale`` stays free; see docs/scale.md.
"""
