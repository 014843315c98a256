"""Corpora for the benchmarks: the Guardian sample when present, generated news otherwise.

The generator writes plausible wire-style articles from templates (actors, actions, places,
dates), deterministic for a seed, so runs are comparable. It is for timing and memory only:
its events are not gold.

    python benchmarks/corpus.py 20000 -o /tmp/generated.jsonl
"""

from __future__ import annotations

import argparse
import csv
import json
import random
import sys
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

from dragoman.schemas import Article

GUARDIAN = Path(__file__).resolve().parents[1] / ".." / "shared" / "data" / "ngec" / "guardian_sample.csv"

ACTORS = [
    "Turkish President Recep Tayyip Erdogan",
    "the Russian defence ministry",
    "Ukrainian forces",
    "Israeli troops",
    "Hamas fighters",
    "the European Union",
    "Chinese Foreign Minister Wang Yi",
    "Iranian officials",
    "the United Nations",
    "Syrian rebels",
    "the US State Department",
    "Indian police",
    "protesters in Nairobi",
    "the Kenyan government",
    "NATO",
    "Egypt's foreign minister",
    "Houthi rebels",
    "the Saudi-led coalition",
    "French President Emmanuel Macron",
    "Pakistani troops",
]
ACTIONS = [
    "met {t} in {p} to discuss a ceasefire",
    "accused {t} of violating the truce",
    "launched air strikes on positions held by {t} near {p}",
    "signed a trade agreement with {t}",
    "threatened to impose sanctions on {t}",
    "sent humanitarian aid to {t} in {p}",
    "called on {t} to release detained journalists",
    "rejected a proposal by {t}",
    "arrested dozens of supporters of {t} in {p}",
    "shelled {t} outside {p}",
    "praised {t} for its role in the talks",
    "expelled diplomats of {t}",
    "deployed additional troops along the border with {t}",
    "held talks with {t} in {p}",
]
PLACES = [
    "Ankara",
    "Kyiv",
    "Gaza City",
    "Brussels",
    "Beijing",
    "Tehran",
    "Geneva",
    "Idlib",
    "Washington",
    "New Delhi",
    "Nairobi",
    "Cairo",
    "Sanaa",
    "Riyadh",
    "Paris",
    "Islamabad",
    "Doha",
    "Kharkiv",
]
FILLER = [
    "The statement came after weeks of rising tension in the region.",
    "Officials did not immediately respond to requests for comment.",
    "Analysts said the move could complicate efforts to reach a lasting settlement.",
    "The talks are expected to resume next week, according to a diplomat familiar with the matter.",
    "Thousands of people have been displaced by the fighting since the start of the year.",
]


def generated_articles(n: int, seed: int = 7, start: date = date(2024, 1, 1)) -> Iterator[Article]:
    """``n`` generated articles, 4-8 sentences each, one to three with an action."""
    rng = random.Random(seed)
    for i in range(n):
        published = start + timedelta(days=i % 365)
        sentences = []
        for _ in range(rng.randint(1, 3)):
            source, target = rng.sample(ACTORS, 2)
            action = rng.choice(ACTIONS).format(t=target, p=rng.choice(PLACES))
            sentences.append(f"{source[0].upper()}{source[1:]} {action} on {published:%A}.")
        sentences += rng.sample(FILLER, rng.randint(2, 4))
        rng.shuffle(sentences)
        place = rng.choice(PLACES).upper()
        yield Article(
            f"gen{i:06}", f"{place} — " + " ".join(sentences), published=published, source=f"wire{i % 4}"
        )


def guardian_articles() -> list[Article] | None:
    """The 249 Guardian articles of ../shared/data/ngec, or None when absent."""
    if not GUARDIAN.exists():
        return None
    csv.field_size_limit(sys.maxsize)
    with GUARDIAN.open(encoding="utf-8", newline="") as fh:
        return [
            Article(
                f"guardian{row['']}",
                row["text"],
                published=date.fromisoformat(row["date"]),
                source=row["source"],
            )
            for row in csv.DictReader(fh)
        ]


def benchmark_articles(limit: int | None = None) -> tuple[str, list[Article]]:
    """(name, articles): the Guardian sample if present, else 249 generated articles."""
    articles = guardian_articles()
    name = "guardian_sample.csv (249 real articles)"
    if articles is None:
        articles, name = list(generated_articles(249)), "generated corpus (249 articles)"
    return name, articles[:limit] if limit else articles


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("n", type=int)
    parser.add_argument("-o", "--output", type=Path, required=True)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    with args.output.open("w", encoding="utf-8") as out:
        for a in generated_articles(args.n, args.seed):
            record = {"id": a.doc_id, "text": a.text, "date": a.published.isoformat(), "source": a.source}
            out.write(json.dumps(record) + "\n")


if __name__ == "__main__":
    main()
