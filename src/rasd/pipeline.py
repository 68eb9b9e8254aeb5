"""The pipeline, in the order a report flows through rasd.

    ingest → clean → sentences → actors → names → places → time → quantities
           → events → attribution → (across documents) merge → store

Per-document stages live in :mod:`rasd.stages` and are listed in
:data:`DOCUMENT_STAGES`; :func:`build` checks every stage's requirements against what
the stages before it provide and names anything missing. Reading files is
:mod:`rasd.ingest`; grouping mentions from many documents into events is
:mod:`rasd.corpus`; storing them is :mod:`rasd.store`.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from rasd.document import Document
from rasd.stages import (  # noqa: F401  (imported to register the stages)
    REGISTRY,
    Stage,
    actors,
    attribution,
    clean,
    events,
    names,
    places,
    quantities,
    sentences,
    temporal,
)

DOCUMENT_STAGES: tuple[str, ...] = (
    "clean",  # boilerplate, repeated blocks, split words → Document.text
    "sentences",  # sentence spans
    "actors",  # knowledge-base actors and their aliases
    "names",  # statistical NER for names no list has seen
    "places",  # gazetteer linking with geo-precision
    "time",  # dates normalised against the publication date
    "quantities",  # numbers, vague counts and casualty frames
    "events",  # triggers → typed events with actors, place, date, toll
    "attribution",  # who the report relays and how the claim is sourced
)


class PipelineError(ValueError):
    """A pipeline was asked for with a stage whose requirements are not met."""


class Pipeline:
    """Runs stages in order on documents."""

    def __init__(self, stages: Sequence[Stage]):
        self.stages = list(stages)

    @property
    def names(self) -> list[str]:
        return [s.name for s in self.stages]

    def __call__(self, doc: Document) -> Document:
        for step in self.stages:
            doc = step(doc)
            doc.done.update(step.provides)
        return doc

    def run(self, docs: Iterable[Document]) -> Iterable[Document]:
        for doc in docs:
            yield self(doc)


def build(stage_names: Sequence[str] = DOCUMENT_STAGES) -> Pipeline:
    """Build a pipeline from stage names, failing early on an unmet requirement."""
    provided: set[str] = set()
    stages: list[Stage] = []
    for name in stage_names:
        if name not in REGISTRY:
            raise PipelineError(f"unknown stage {name!r}; known stages: {', '.join(REGISTRY)}")
        cls = REGISTRY[name]
        missing = [r for r in cls.requires if r not in provided]
        if missing:
            givers = {
                r: [n for n, c in REGISTRY.items() if r in c.provides] for r in missing
            }
            hint = "; ".join(f"{r!r} is provided by {', '.join(g) or 'no stage'}" for r, g in givers.items())
            raise PipelineError(
                f"stage {name!r} requires {', '.join(map(repr, missing))}, "
                f"which no earlier stage provides ({hint})"
            )
        stages.append(cls())
        provided.update(cls.provides)
    return Pipeline(stages)
