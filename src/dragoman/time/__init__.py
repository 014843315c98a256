"""When events happened.

- ``resolve.resolve_date_text(text, published, future=False)``: a date phrase read against the
  publication date, with its precision;
- ``stage.make_time_stage(resources)``: the "time.v1" stage (each event's date, date_text and
  precision).

Nothing is loaded when this package is imported.
"""
