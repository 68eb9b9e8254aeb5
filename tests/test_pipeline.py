"""The pipeline lists stages in order and refuses unmet requirements by name."""

from __future__ import annotations

import pytest

from rasd.pipeline import DOCUMENT_STAGES, PipelineError, build


def test_default_pipeline_builds_in_product_order() -> None:
    assert build().names == list(DOCUMENT_STAGES)
    assert DOCUMENT_STAGES[0] == "clean" and DOCUMENT_STAGES[-1] == "attribution"


def test_missing_requirement_is_named() -> None:
    with pytest.raises(PipelineError, match=r"'events' requires .*'places'"):
        build(["clean", "sentences", "actors", "time", "quantities", "events"])


def test_unknown_stage_is_named() -> None:
    with pytest.raises(PipelineError, match="unknown stage 'geocode'"):
        build(["clean", "geocode"])


def test_every_span_a_pipeline_adds_lies_inside_the_text(seeds: dict[str, dict]) -> None:
    run = build()
    from rasd.document import Document, Meta

    for seed_id, seed in seeds.items():
        doc = run(Document(Meta(id=seed_id, published=seed["published"]), raw=seed["text"]))
        assert doc.spans, seed_id
        for span in doc.spans:
            assert 0 <= span.start <= span.end <= len(doc.text)
            assert span.stage and span.rule
