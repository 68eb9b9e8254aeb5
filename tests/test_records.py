"""Records follow docs/EVENT_SCHEMA.md and validate against the shipped JSON Schema."""

from __future__ import annotations

import jsonschema
import pytest

from rasd.records import Corroboration, mention_record, merged_record, validate
from tests.helpers import strike_document


def test_mention_record_validates_and_keeps_evidence_offsets() -> None:
    doc = strike_document("d1", "Sharq Network", 12)
    record = mention_record(doc.meta, 0, doc.events[0])
    validate(record)
    evidence = record["sources"][0]["evidence"][0]
    assert doc.text[evidence["start"]:evidence["end"]] == evidence["text"]
    assert record["doc_ids"] == ["d1"]


def test_mention_id_is_stable_across_runs() -> None:
    first = strike_document("d1", "Sharq Network", 12)
    second = strike_document("d1", "Sharq Network", 12)
    assert mention_record(first.meta, 0, first.events[0])["event_id"] == \
        mention_record(second.meta, 0, second.events[0])["event_id"]


def test_schema_rejects_a_negated_mention() -> None:
    doc = strike_document("d1", "Sharq Network", 12)
    record = mention_record(doc.meta, 0, doc.events[0])
    record["context"] = ["negated"]
    with pytest.raises(jsonschema.ValidationError):
        validate(record)


def test_schema_rejects_an_unknown_plover_type() -> None:
    doc = strike_document("d1", "Sharq Network", 12)
    record = mention_record(doc.meta, 0, doc.events[0])
    record["plover"] = "BOMBING"
    with pytest.raises(jsonschema.ValidationError):
        validate(record)


def test_merged_record_lists_every_report() -> None:
    a = strike_document("a", "Sharq Network", 12)
    b = strike_document("b", "Badia 24", 4, cited=["SANA"])
    members = [(a.meta, a.events[0]), (b.meta, b.events[0])]
    record = merged_record("ev-1", members, Corroboration(2, 2, "corroborated", 4, 12, None,
                                                          ["fatalities: 12 (Sharq Network) vs 4 (Badia 24)"]))
    validate(record)
    assert record["doc_ids"] == ["a", "b"]
    assert [s["outlet"] for s in record["sources"]] == ["Sharq Network", "Badia 24"]
    assert record["sources"][1]["cited"] == ["SANA"]
