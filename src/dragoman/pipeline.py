"""Registered stages and the pipeline that runs them.

A stage is a callable ``CodedDocument -> CodedDocument`` made by a factory
``make_stage(resources)``. Each is registered under a versioned name ("events.v1") with what
it requires and what it assigns; ``Pipeline`` checks at start-up that every requirement is
assigned by an earlier stage. Factories are named as "module:function" strings and imported
only when a pipeline is built, so importing Dragoman loads nothing.
"""

from __future__ import annotations

import importlib
import logging
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any

from .errors import DragomanError, PipelineError
from .resources import Resources
from .schemas import Article, CodedDocument

log = logging.getLogger(__name__)

Stage = Callable[[CodedDocument], CodedDocument]


@dataclass(frozen=True)
class StageSpec:
    name: str
    factory: str  # "package.module:function"
    requires: tuple[str, ...] = ()
    assigns: tuple[str, ...] = ()


BUILTIN_STAGES: dict[str, StageSpec] = {
    spec.name: spec
    for spec in [
        StageSpec("nlp.v1", "dragoman.nlp.stage:make_nlp_stage", ("article",), ("doc", "sentences")),
        StageSpec("events.v1", "dragoman.events.stage:make_events_stage", ("doc", "sentences"), ("candidates",)),
        StageSpec("actors.v1", "dragoman.actors.stage:make_actors_stage", ("candidates",), ("actors",)),
        StageSpec("places.v1", "dragoman.geo.stage:make_places_stage", ("candidates",), ("locations", "places")),
        StageSpec("time.v1", "dragoman.time.stage:make_time_stage", ("candidates",), ("dates",)),
        StageSpec(
            "output.v1", "dragoman.output.stage:make_output_stage", ("actors", "locations", "dates"), ("events",)
        ),
    ]
}

DEFAULT_STAGES = ("nlp.v1", "events.v1", "actors.v1", "places.v1", "time.v1", "output.v1")


@dataclass
class StageRegistry:
    """Maps stage names to specs. Starts with the built-in stages; add your own with ``add``."""

    specs: dict[str, StageSpec] = field(default_factory=lambda: dict(BUILTIN_STAGES))

    def add(self, spec: StageSpec) -> None:
        self.specs[spec.name] = spec

    def get(self, name: str) -> StageSpec:
        try:
            return self.specs[name]
        except KeyError:
            known = ", ".join(sorted(self.specs))
            raise PipelineError(f"unknown stage '{name}'; known stages: {known}") from None


def check_stage_order(specs: list[StageSpec]) -> None:
    """Raise PipelineError if a stage requires something no earlier stage assigns."""
    available = {"article"}
    for spec in specs:
        missing = [r for r in spec.requires if r not in available]
        if missing:
            raise PipelineError(
                f"stage '{spec.name}' needs {', '.join(missing)}, which no earlier stage assigns; "
                f"put a stage that assigns it before '{spec.name}'"
            )
        available.update(spec.assigns)


def _import_factory(path: str) -> Callable[[Resources], Stage]:
    module_name, _, attr = path.partition(":")
    return getattr(importlib.import_module(module_name), attr)  # type: ignore[no-any-return]


class Pipeline:
    """Runs stages over documents.

    >>> pipeline = Pipeline()                        # doctest: +SKIP
    >>> coded = pipeline.run(Article("a1", "Russia attacked Kyiv."))  # doctest: +SKIP
    """

    def __init__(
        self,
        stages: Iterable[str] = DEFAULT_STAGES,
        resources: Resources | None = None,
        registry: StageRegistry | None = None,
    ) -> None:
        self.registry = registry or StageRegistry()
        self.specs = [self.registry.get(name) for name in stages]
        check_stage_order(self.specs)
        self.resources = resources or Resources()
        self._stages: list[Stage] | None = None

    @property
    def stages(self) -> list[Stage]:
        if self._stages is None:
            self._stages = [_import_factory(spec.factory)(self.resources) for spec in self.specs]
        return self._stages

    def run(self, article: Article) -> CodedDocument:
        """Code one article through every stage."""
        coded = CodedDocument(article=article, assigned={"article"})
        for spec, stage in zip(self.specs, self.stages, strict=True):
            coded = run_guarded(stage, spec, coded)
        return coded

    def pipe(self, articles: Iterable[Article], batch_size: int = 32) -> Iterator[CodedDocument]:
        """Code a stream of articles; stages with a ``pipe`` method get the whole stream."""
        stream: Iterator[CodedDocument] = (CodedDocument(article=a, assigned={"article"}) for a in articles)
        for spec, stage in zip(self.specs, self.stages, strict=True):
            stream = _apply(stage, spec, stream, batch_size)
        yield from stream


def run_guarded(stage: Stage, spec: StageSpec, coded: CodedDocument) -> CodedDocument:
    """Run one stage on one document; a failure is recorded on the document, not raised."""
    if coded.error is not None:
        return coded
    try:
        coded = stage(coded)
    except DragomanError as exc:
        coded.error = str(exc)
    except Exception as exc:
        log.debug("stage %s failed on %s", spec.name, coded.article.doc_id, exc_info=True)
        coded.error = f"[E099] {coded.article.doc_id}: stage {spec.name} failed: {type(exc).__name__}: {exc}"
    coded.assigned.update(spec.assigns)
    return coded


def _apply(stage: Stage, spec: StageSpec, stream: Iterator[CodedDocument], batch_size: int) -> Iterator[CodedDocument]:
    piped: Any = getattr(stage, "pipe", None)
    if piped is not None:
        for coded in piped(stream, batch_size=batch_size):
            coded.assigned.update(spec.assigns)
            yield coded
    else:
        for coded in stream:
            yield run_guarded(stage, spec, coded)
