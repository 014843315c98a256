"""Where events happened.

- ``gazetteer.load_gazetteer(settings) -> Gazetteer``: the offline gazetteer (GeoNames places,
  countries, subdivisions and Dragoman's curated regions), with ``resolve(name, context_countries)``;
- ``stage.make_places_stage(resources)``: the "places.v1" stage (place mentions, dateline,
  each event's location).

Nothing is loaded when this package is imported.
"""
