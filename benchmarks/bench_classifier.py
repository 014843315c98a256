"""Cost of the learned classifier next to a bare spaCy parse of the same texts.

Parses N texts with ``nlp.pipe`` (timed: the bare parse), then classifies every candidate clause
of those parses with ``EventClassifier.classify_token`` (timed separately: the classifier's
share). Candidates are all verbs plus nouns whose lemma is a trigger word of the gold data: more
than the events stage passes, so the ratio is an upper bound. Prints the median of several runs
and the ratio against the target (the classifier may add at most 25% to the parse). A second
line times the events stage over the same parses with and without the classifier: its real
cost, since the stage only asks it about the rules' candidates.

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


def stage_run(nlp: Any, docs: list[Any], with_classifier: bool) -> float:
    """Time the events stage over parsed documents, with or without the classifier."""
    from dragoman.events.stage import EventsStage, known_names
    from dragoman.nlp.stage import attach_doc
    from dragoman.resources import Resources
    from dragoman.schemas import Article, CodedDocument

    resources = Resources(nlp=nlp)
    stage = EventsStage(known_names(resources), load_classifier() if with_classifier else None)
    coded = [attach_doc(CodedDocument(Article(f"d{i}", d.text)), d) for i, d in enumerate(docs)]
    start = time.perf_counter()
    for c in coded:
        stage(c)
    return time.perf_counter() - start


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
        f"every verb: bare parse {parse:.2f} s; classifier {classify:.2f} s; "
        f"ratio {ratio:.1%} (target <= {TARGET_RATIO:.0%}) {verdict}"
    )
    docs = list(nlp.pipe(texts, batch_size=32))
    with_classifier = median([stage_run(nlp, docs, True) for _ in range(args.runs)])
    rules = median([stage_run(nlp, docs, False) for _ in range(args.runs)])
    print(
        f"in the events stage: rules {rules:.2f} s, rules + classifier {with_classifier:.2f} s; "
        f"the classifier adds {(with_classifier - rules) / parse:.1%} of the bare parse time"
    )
    print(machine_note())


if __name__ == "__main__":
    main()
