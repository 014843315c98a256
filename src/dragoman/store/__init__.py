"""The event store: coded documents and their events in DuckDB, queried with ``EventFilter``.

>>> from dragoman.store import EventStore, EventFilter
>>> with EventStore(":memory:") as store:
...     list(store.iter_events(EventFilter.from_params(country="TUR")))
[]
"""

from .query import EventFilter
from .store import EventStore, StoredDocument

__all__ = ["EventFilter", "EventStore", "StoredDocument"]
