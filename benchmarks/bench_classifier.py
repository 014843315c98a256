"""Cost of the learned classifier next to a bare spaCy parse of the same texts.

Parses N texts with ``nlp.pipe`` (timed: the bare parse), then classifies every candidate clause
of those parses with ``EventClassifier.classify_token`` (timed separately: the classifier's
share). Candidates are all verbs plus nouns whose lemma is a trigger word of the gold data: more
than the events stage passes, so the ratio is an upper bound. Prints the median of several runs
and the ratio against the target (the classifier may add at most 25% to the parse).

    .venv/bin/python benchmarks/bench_classifier.py            # Guardian sample, or generated news
    .venv/bin/python benchmarks/bench_classifier.py --texts 100 --runs 5
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import machine_note, median
from corpus import benchmark_articles

from dragoman.config import Settings
from dragoman.learn.model import load_classifier
from dragoman.resources import load_spacy_model

TARGET_RATIO = 0.25
GOLD_TRAIN = Path(__file__).resolve().parents[1] / "data" / "gold" / "train.jsonl"


def trigger_lemmas() -> set[str]:
    from dragoman.evaluate.gold import load_gold
    from dragoman.learn.examples import gold_trigger_lemmas

    return gold_trigger_lemmas(load_gold(GOLD_TRAIN).documents) if GOLD_TRAIN.exists() else set()


def candidates(docs: list[Any], lemmas: set[str]) -> list[Any]:
    return [
        t
        for doc in docs
        for t in doc
        if t.pos_ == "VERB" or (t.pos_ == "NOUN" and t.lemma_.lower() in lemmas)
    ]


def one_run(nlp: Any, classifier: Any, texts: list[str], lemmas: set[str]) -> tuple[float, float, int]:
    start = time.perf_counter()
    docs = list(nlp.pipe(texts, batch_size=32))
    parse = time.perf_counter() - start
    tokens = candidates(docs, lemmas)
    start = time.perf_counter()
    classifier.classify_tokens(tokens)
    classify = time.perf_counter() - start
    return parse, classify, len(tokens)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--texts", type=int, default=60, help="number of texts (default 60)")
    parser.add_argument("--runs", type=int, default=3, help="runs; the median is reported (default 3)")
    args = parser.parse_args()
    source, articles = benchmark_articles(args.texts)
    texts = [a.text for a in articles]
    nlp = load_spacy_model(Settings.from_env().model)
    classifier = load_classifier()
    lemmas = trigger_lemmas()
    one_run(nlp, classifier, texts[:3], lemmas)  # warm-up
    runs = [one_run(nlp, classifier, texts, lemmas) for _ in range(args.runs)]
    parse = median([r[0] for r in runs])
    classify = median([r[1] for r in runs])
    ratio = classify / parse
    verdict = "OK" if ratio <= TARGET_RATIO else "OVER BUDGET"
    print(
        f"{len(texts)} texts ({source}), {runs[0][2]} candidate clauses per run, median of {args.runs} runs"
    )
    print(
        f"bare parse {parse:.2f} s; classifier {classify:.2f} s; ratio {ratio:.1%} (target <= {TARGET_RATIO:.0%}) {verdict}"
    )
    print(machine_note())


if __name__ == "__main__":
    main()
