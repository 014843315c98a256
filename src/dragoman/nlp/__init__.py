"""Sentences, entities and dependency parses from spaCy."""
