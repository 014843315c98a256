"""Exporting stored events: PLOVER JSON, GDELT-1.0-style, ICEWS-style, CSV and Parquet.

>>> from dragoman.exports import export_events                       # doctest: +SKIP
>>> export_events(store, "icews", "events.tsv")                      # doctest: +SKIP
42
"""

from .writer import FORMATS, export_events

__all__ = ["FORMATS", "export_events"]
