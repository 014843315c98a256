"""Filter values from users are validated and always bound as parameters."""

from __future__ import annotations

import pytest

from dragoman.errors import QueryError
from dragoman.store import EventStore
from dragoman.store.query import EventFilter, order_by


@pytest.mark.parametrize(
    ("params", "message"),
    [
        ({"country": "TUR' OR 1=1 --"}, "not a code"),
        ({"event_type": "ATTACK; DROP TABLE events"}, "unknown event type"),
        ({"quad_class": "5"}, "quad_class"),
        ({"quad_class": "1 OR 1=1"}, "quad_class"),
        ({"start": "2024-13-45"}, "YYYY-MM-DD"),
        ({"start": "2024-05-10", "end": "2024-05-01"}, "swap"),
        ({"actor": "x" * 500}, "longer than"),
        ({"colour": "red"}, "unknown filter"),
    ],
)
def test_bad_values_are_refused(params: dict[str, str], message: str) -> None:
    with pytest.raises(QueryError, match=message):
        EventFilter.from_params(**params)


@pytest.mark.parametrize("sort", ["date; DROP TABLE events", "evidence_sentence", "-(select 1)"])
def test_only_whitelisted_sort_keys(sort: str) -> None:
    with pytest.raises(QueryError, match="cannot sort"):
        order_by(sort)


def test_injection_text_is_just_text() -> None:
    with EventStore(":memory:") as store:
        flt = EventFilter.from_params(actor="'; DROP TABLE events; --", text="1' OR '1'='1")
        assert store.query_events(flt) == ([], 0)
        assert store.counts()["events"] == 0  # table still there
