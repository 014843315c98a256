"""Event records out of candidates, and writers for JSONL, CSV and terminal tables."""
