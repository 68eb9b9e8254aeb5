"""Event mentions and merged events → the records of ``docs/EVENT_SCHEMA.md``.

The JSON Schema shipped in ``rasd/schema/event.schema.json`` is the contract; every
record built here is meant to validate against it (see :func:`validate`).
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from typing import Any

from rasd.document import EventMention, Meta

NOT_EVENTS = frozenset({"negated", "hypothetical", "future", "historical"})


def _digest(*parts: Any) -> str:
    return hashlib.sha1("\x1f".join(str(p) for p in parts).encode("utf-8")).hexdigest()[:16]


def mention_id(doc_id: str, seq: int, mention: EventMention) -> str:
    """Stable id of a mention: same document, same reading → same id."""
    loc = (mention.location or {}).get("gazetteer_id") or (mention.location or {}).get("name_ar")
    return "m-" + _digest(
        doc_id, seq, mention.sentence_start, mention.plover, mention.sub_event_type, loc,
        (mention.actor1 or {}).get("id"), (mention.actor2 or {}).get("id"),
    )


def report(meta: Meta, mention: EventMention) -> dict[str, Any]:
    """One entry of ``sources``: what this document says about the event."""
    evidence = [e for e in mention.evidence if e.field == "event"] or mention.evidence
    if not evidence:
        evidence = []
    return {
        "doc_id": meta.id,
        "outlet": meta.outlet,
        "published": meta.published,
        "cited": list(mention.cited),
        "attribution": mention.attribution,
        "evidence": [{"text": e.text, "start": e.start, "end": e.end} for e in evidence],
        "fatalities": mention.fatalities,
        "injuries": mention.injuries,
    }


def _shared_fields(mention: EventMention) -> dict[str, Any]:
    return {
        "event_date": mention.event_date,
        "time_precision": mention.time_precision,
        "plover": mention.plover,
        "plover_mode": mention.plover_mode,
        "event_type": mention.event_type,
        "sub_event_type": mention.sub_event_type,
        "actor1": _actor(mention.actor1),
        "actor2": _actor(mention.actor2),
        "assoc_actor_1": [_actor(a) for a in mention.assoc_actor_1],
        "assoc_actor_2": [_actor(a) for a in mention.assoc_actor_2],
        "location": _place(mention.location),
    }


ACTOR_KEYS = ("id", "name", "name_ar", "type", "country")
PLACE_KEYS = ("name", "name_ar", "country", "admin1", "admin2", "latitude", "longitude",
              "geo_precision", "gazetteer_id")


def _actor(actor: dict[str, Any] | None) -> dict[str, Any] | None:
    return None if actor is None else {k: actor.get(k) for k in ACTOR_KEYS}


def _place(place: dict[str, Any] | None) -> dict[str, Any] | None:
    return None if place is None else {k: place.get(k) for k in PLACE_KEYS}


def mention_record(meta: Meta, seq: int, mention: EventMention) -> dict[str, Any]:
    """The record ``rasd extract`` prints: one mention, one document, no merging."""
    return {
        "event_id": mention_id(meta.id, seq, mention),
        "doc_ids": [meta.id],
        **_shared_fields(mention),
        "fatalities": mention.fatalities,
        "fatalities_max": mention.fatalities_max if mention.fatalities_max is not None else mention.fatalities,
        "injuries": mention.injuries,
        "sources": [report(meta, mention)],
        "source_count": 1,
        "independent_source_count": 1,
        "grade": "single-source",
        "contradictions": [],
        "context": [c for c in mention.context if c not in NOT_EVENTS],
        "notes": mention.notes,
        "confidence": mention.confidence,
    }


@dataclass(slots=True)
class Corroboration:
    """What cross-document analysis concluded about one merged event."""

    source_count: int
    independent_source_count: int
    grade: str
    fatalities: int | None
    fatalities_max: int | None
    injuries: int | None
    contradictions: list[str] = field(default_factory=list)


def merged_record(event_id: str, members: Sequence[tuple[Meta, EventMention]],
                  corroboration: Corroboration) -> dict[str, Any]:
    """A merged event: fields from the most specific report, every report in ``sources``."""
    lead = max(members, key=lambda m: specificity(m[1]))[1]
    doc_ids = list(dict.fromkeys(meta.id for meta, _ in members))
    context = sorted({c for _, m in members for c in m.context if c not in NOT_EVENTS})
    return {
        "event_id": event_id,
        "doc_ids": doc_ids,
        **_shared_fields(lead),
        "fatalities": corroboration.fatalities,
        "fatalities_max": corroboration.fatalities_max,
        "injuries": corroboration.injuries,
        "sources": [report(meta, mention) for meta, mention in members],
        "source_count": corroboration.source_count,
        "independent_source_count": corroboration.independent_source_count,
        "grade": corroboration.grade,
        "contradictions": list(corroboration.contradictions),
        "context": context,
        "notes": lead.notes,
        "confidence": max((m.confidence for _, m in members if m.confidence is not None), default=None),
    }


def specificity(mention: EventMention) -> tuple[int, ...]:
    """Prefer the report with a day-precise date, a town-level place and named actors."""
    place = mention.location or {}
    return (
        -(mention.time_precision or 9),
        -(place.get("geo_precision") or 9),
        int(mention.actor1 is not None) + int(mention.actor2 is not None),
        len(mention.evidence),
    )


@cache
def schema() -> dict[str, Any]:
    return json.loads(resources.files("rasd.schema").joinpath("event.schema.json").read_text("utf-8"))


def validate(record: dict[str, Any]) -> None:
    """Raise ``jsonschema.ValidationError`` when ``record`` breaks the contract."""
    import jsonschema

    jsonschema.Draft202012Validator(schema()).validate(record)
