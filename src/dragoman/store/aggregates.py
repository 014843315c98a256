"""Counts over filtered events: timeline, dyads, network, actors and locations.

Each function takes an ``EventStore`` and an ``EventFilter`` and returns plain JSON-ready
structures; the API and the exports share them.
"""

from __future__ import annotations

from typing import Any

from ..errors import QueryError
from .query import EventFilter, like_pattern, period_unit
from .store import EventStore

# per-actor or per-country keys for dyads and the network
_KEYS = {
    "actor": ("source_name", "target_name"),
    "country": ("source_country", "target_country"),
}
_QUAD_SUMS = ", ".join(f"count(*) FILTER (WHERE quad_class = {q}) AS q{q}" for q in (1, 2, 3, 4))


def _key_columns(by: str) -> tuple[str, str]:
    if by not in _KEYS:
        raise QueryError(f"'by' must be one of {', '.join(_KEYS)}, not '{by[:40]}'")
    return _KEYS[by]


def _quads(row: dict[str, Any]) -> dict[str, int]:
    return {str(q): int(row.pop(f"q{q}")) for q in (1, 2, 3, 4)}


def timeline(store: EventStore, flt: EventFilter, period: str = "week") -> list[dict[str, Any]]:
    """Events per period and quad class, with the period's Goldstein sum and mean.

    >>> timeline(store, EventFilter())[0]  # doctest: +SKIP
    {'period': '2024-05-13', 'counts': {'1': 3, '2': 0, '3': 1, '4': 2}, 'total': 6, ...}
    """
    where, params = flt.where()
    if flt.uses_only("event_type", "quad_class", "start", "end") and store.summaries_ready():
        quads = ", ".join(f"sum(n) FILTER (WHERE quad_class = {q}) AS q{q}" for q in (1, 2, 3, 4))
        sums = f"sum(n) AS total, sum(goldstein_sum) AS goldstein_sum, {quads} FROM day_totals"
    else:
        sums = f"count(*) AS total, sum(goldstein) AS goldstein_sum, {_QUAD_SUMS} FROM events"
    rows = store.fetch(
        f"SELECT date_trunc(?, day) AS period, {sums} WHERE {where} AND day IS NOT NULL GROUP BY 1 ORDER BY 1",
        [period_unit(period), *params],
    )
    return [
        {
            "period": row["period"].isoformat()[:10],
            "counts": {str(q): int(row[f"q{q}"] or 0) for q in (1, 2, 3, 4)},
            "total": int(row["total"]),
            "goldstein_sum": round(float(row["goldstein_sum"]), 2),
            "goldstein_mean": round(float(row["goldstein_sum"]) / row["total"], 2),
        }
        for row in rows
    ]


def dyads(
    store: EventStore, flt: EventFilter, period: str = "month", by: str = "country", limit: int = 500
) -> list[dict[str, Any]]:
    """Directed source->target pairs per period: event counts and Goldstein sums."""
    _key_columns(by)
    # actors are grouped on their integer keys; their names are looked up for the rows kept
    src, tgt = ("source_id", "target_id") if by == "actor" else ("source_country", "target_country")
    where, params = flt.where()
    grouped = (
        f"SELECT {src} AS source, {tgt} AS target, date_trunc(?, day) AS period, count(*) AS count, "
        f"sum(goldstein) AS goldstein_sum, {_QUAD_SUMS} FROM events "
        f"WHERE {where} AND {src} IS NOT NULL AND {tgt} IS NOT NULL AND day IS NOT NULL GROUP BY 1, 2, 3"
    )
    order = "ORDER BY period, count DESC, source, target LIMIT ?"
    if by == "actor":
        grouped = (
            f"SELECT s.name AS source, t.name AS target, g.* EXCLUDE (source, target) FROM ({grouped} {order}) g "
            "JOIN actor_names s ON s.id = g.source JOIN actor_names t ON t.id = g.target"
        )
        order = "ORDER BY period, count DESC, source, target"
    rows = store.fetch(f"{grouped} {order}", [period_unit(period), *params, limit])
    for row in rows:
        row["period"] = row["period"].isoformat()[:10]
        row["counts"] = _quads(row)
        row["count"] = int(row["count"])
        row["goldstein_sum"] = round(float(row["goldstein_sum"]), 2)
        row["goldstein_mean"] = round(row["goldstein_sum"] / row["count"], 2)
    return rows


def _network_edges(store: EventStore, flt: EventFilter, by: str, limit: int) -> list[dict[str, Any]]:
    where, params = flt.where()
    quads = ", ".join(f"sum(q{q}) AS q{q}" for q in (1, 2, 3, 4))
    if by == "actor" and flt.uses_only() and store.summaries_ready():
        table, sums, grouped = "pair_ranking", "n AS count, goldstein_sum, q1, q2, q3, q4", False
    elif flt.uses_only("country", "source_country", "target_country", "actor") and store.summaries_ready():
        # the filter names only pair columns, which pair_totals has too: add up its counts
        table, sums, grouped = (
            "pair_totals",
            f"sum(n) AS count, sum(goldstein_sum) AS goldstein_sum, {quads}",
            True,
        )
    else:
        table, sums, grouped = (
            "events",
            f"count(*) AS count, sum(goldstein) AS goldstein_sum, {_QUAD_SUMS}",
            True,
        )
    rows = f"{sums} FROM {table} WHERE {where} AND source_id IS NOT NULL AND target_id IS NOT NULL"
    if by == "country":
        return store.fetch(
            f"SELECT source_country AS source, target_country AS target, source_country, target_country, {rows} "
            "AND source_country IS NOT NULL AND target_country IS NOT NULL "
            "GROUP BY 1, 2 ORDER BY count DESC, source, target LIMIT ?",
            [*params, limit],
        )
    if grouped:
        top = (
            f"SELECT source_id, target_id, any_value(source_country) AS source_country, "
            f"any_value(target_country) AS target_country, {rows} GROUP BY 1, 2 ORDER BY count DESC LIMIT ?"
        )
    else:
        top = (
            f"SELECT source_id, target_id, source_country, target_country, {rows} ORDER BY count DESC LIMIT ?"
        )
    # rank on the integer keys, then look up the names of the few edges kept
    return store.fetch(
        f"WITH top AS ({top}) SELECT s.name AS source, t.name AS target, top.* EXCLUDE (source_id, target_id) "
        "FROM top JOIN actor_names s ON s.id = top.source_id JOIN actor_names t ON t.id = top.target_id "
        "ORDER BY count DESC, source, target",
        [*params, limit],
    )


def network(store: EventStore, flt: EventFilter, by: str = "actor", limit: int = 80) -> dict[str, Any]:
    """Who acted on whom: nodes (actors or countries) and weighted, signed edges.

    An edge is ``cooperation`` when its mean Goldstein score is positive, ``conflict`` otherwise.
    """
    _key_columns(by)
    edges = _network_edges(store, flt, by, limit)
    nodes: dict[str, dict[str, Any]] = {}
    for edge in edges:
        edge["count"] = int(edge["count"])
        edge["goldstein_sum"] = round(float(edge["goldstein_sum"]), 2)
        edge["goldstein_mean"] = round(edge["goldstein_sum"] / edge["count"], 2)
        edge["counts"] = _quads(edge)
        edge["tone"] = "cooperation" if edge["goldstein_mean"] > 0 else "conflict"
        for end in ("source", "target"):
            node = nodes.setdefault(
                edge[end], {"id": edge[end], "country": edge[f"{end}_country"], "count": 0}
            )
            node["count"] += edge["count"]
        del edge["source_country"], edge["target_country"]
    return {"by": by, "nodes": sorted(nodes.values(), key=lambda n: (-n["count"], n["id"])), "edges": edges}


def actors(
    store: EventStore, flt: EventFilter, name: str | None = None, limit: int = 100
) -> list[dict[str, Any]]:
    """Actors in the filtered events, with how often each acted and was acted upon."""
    where, params = flt.where()
    name_clause, name_params = "", []
    if name:
        name_clause = "WHERE id IN (SELECT id FROM actor_names WHERE name ILIKE ? ESCAPE '\\')"
        name_params = [like_pattern(name)]
    return store.fetch(
        "WITH f AS (SELECT source_id, source_country, source_sector, target_id, target_country, target_sector "
        f"FROM events WHERE {where}), "
        "roles AS (SELECT source_id AS id, source_country AS country, source_sector AS sector, "
        "1 AS as_source, 0 AS as_target FROM f WHERE source_id IS NOT NULL UNION ALL "
        "SELECT target_id, target_country, target_sector, 0, 1 FROM f WHERE target_id IS NOT NULL), "
        "top AS (SELECT id, mode(country) AS country, mode(sector) AS sector, "
        "CAST(sum(as_source) AS INTEGER) AS as_source, CAST(sum(as_target) AS INTEGER) AS as_target, "
        f"CAST(count(*) AS INTEGER) AS total FROM roles {name_clause} GROUP BY id ORDER BY total DESC LIMIT ?) "
        "SELECT n.name, top.* EXCLUDE (id) FROM top JOIN actor_names n ON n.id = top.id ORDER BY total DESC, name",
        [*params, *name_params, limit],
    )


def locations(store: EventStore, flt: EventFilter, limit: int = 500) -> dict[str, Any]:
    """Event locations: points (places with coordinates) and counts per country."""
    where, params = flt.where()
    points = store.fetch(
        "SELECT location_name AS name, location_country AS country, round(location_lat, 3) AS lat, "
        "round(location_lon, 3) AS lon, CAST(count(*) AS INTEGER) AS count, round(avg(goldstein), 2) AS goldstein_mean "
        f"FROM events WHERE {where} AND location_lat IS NOT NULL AND location_lon IS NOT NULL "
        "GROUP BY 1, 2, 3, 4 ORDER BY count DESC, name LIMIT ?",
        [*params, limit],
    )
    countries = store.fetch(
        "SELECT location_country AS country, CAST(count(*) AS INTEGER) AS count FROM events "
        f"WHERE {where} AND location_country IS NOT NULL GROUP BY 1 ORDER BY count DESC, country",
        params,
    )
    return {"points": points, "countries": countries}
