from __future__ import annotations

from ..resources import Resources
from ..schemas import CodedDocument


def make_actors_stage(resources: Resources):
    def stage(coded: CodedDocument) -> CodedDocument:
        return coded
    return stage
