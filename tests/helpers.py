"""Builders for tests that exercise storage and records with realistic mentions."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from rasd.document import Document, EventMention, Evidence, Meta

SENTENCE = "شنت طائرات حربية إسرائيلية فجر اليوم غارات جوية على مواقع في محيط مدينة البوكمال."
ISRAEL = {"id": "isr-military", "name": "Military Forces of Israel (1948-)", "name_ar": "الجيش الإسرائيلي",
          "type": "State forces", "country": "Israel"}
ALBUKAMAL = {"name": "Albukamal", "name_ar": "البوكمال", "country": "Syria", "admin1": "Deir-ez-Zor",
             "admin2": None, "latitude": 34.4536, "longitude": 40.9367, "geo_precision": 1,
             "gazetteer_id": "geonames:170794"}


def strike_document(doc_id: str, outlet: str, killed: int | None, cited: list[str] | None = None) -> Document:
    doc = Document(Meta(id=doc_id, outlet=outlet, published="2023-03-14", published_precision="day"),
                   raw=f"{SENTENCE}\n{outlet}")
    doc.add(0, len(SENTENCE), "SENT", stage="sentences", rule="test")
    doc.events.append(EventMention(
        plover="ASSAULT", plover_mode="aerial", event_type="Explosions/Remote violence",
        sub_event_type="Air/drone strike", sentence_start=0, sentence_end=len(SENTENCE),
        actor1=ISRAEL, location=ALBUKAMAL, event_date="2023-03-14", time_precision=1,
        fatalities=killed, fatalities_max=killed, cited=cited or [], attribution="named outlet",
        notes="On 14 March 2023, Israeli aircraft struck positions near Albukamal.",
        evidence=[Evidence(0, len(SENTENCE), SENTENCE, "event", "test")],
    ))
    return doc


def events_of(text: str, plover: str | None = None, *, require: bool = False,
              published: str | None = "2024-03-12", **meta: str | None) -> list[EventMention]:
    """The event mentions rasd extracts from ``text`` (only ``plover``'s when given). With
    ``require`` the test fails at once, naming the types found, when there is none."""
    from rasd.api import extract

    doc = extract(text, published=published, **meta)
    found = [e for e in doc.events if plover is None or e.plover == plover]
    if require:
        assert found, f"no {plover} event in: {text}  (got {[e.plover for e in doc.events]})"
    return found


def name_of(value: dict | None) -> str:
    """An actor's or place's ``name``, "" for none: what most assertions compare."""
    return str((value or {}).get("name") or "")


def trigger_rules(text: str, plover: str, published: str = "2021-03-10") -> list[str]:
    """The trigger rules of the ``plover`` events rasd emits for ``text`` (run them with the
    confidence cut off, ``RASD_MIN_CONFIDENCE=0``: the rule is what is tested, not the model's
    score)."""
    return [e.rule for e in events_of(text, plover, published=published)]


def assert_takes_and_leaves(plover: str, rule: str, take: str, leave: str) -> None:
    """``rule`` reads a ``plover`` event in ``take`` and none in the close sentence ``leave``."""
    assert rule in trigger_rules(take, plover), f"{rule} not read in: {take}"
    assert rule not in trigger_rules(leave, plover), f"{rule} read in: {leave}"


def rules_of(event: EventMention, field: str) -> list[str]:
    """The rules of ``event``'s evidence for ``field`` ("actor2", "location" …)."""
    return [e.rule for e in event.evidence if e.field == field]


def places_of(text: str, plover: str = "ASSAULT", **meta: str | None) -> list[str]:
    """The place names of ``plover``'s events in ``text`` ("None" for an event placed nowhere)."""
    return [str((e.location or {}).get("name"))
            for e in events_of(text, plover, published=None, **meta)]


def traits_scored_and_finished(report: str, published: str) -> list[tuple[dict[str, float], dict[str, float], EventMention]]:
    """Each event mention of ``report`` with its confidence traits as the events stage scored
    them (both trait groups, whichever the installed model reads) and as training reads them
    from the finished document: a train/serve skew shows as the two differing."""
    from rasd.api import extract
    from rasd.events import confidence

    seen: dict[int, dict[str, float]] = {}
    scored = confidence.mention_features

    def spy(doc, events, *args):
        seen.update((id(e), dict(f)) for e, f in zip(events, scored(doc, events, True), strict=True))
        return scored(doc, events, *args)

    confidence.mention_features = spy
    try:
        doc = extract(report, published=published)
    finally:
        confidence.mention_features = scored
    return [(seen[id(e)], f, e) for e, f in zip(doc.events, scored(doc, doc.events, True), strict=True)]


def plover_day_place(text: str, published: str) -> list[tuple[str, str | None, str | None]]:
    """Each event of ``text`` as (PLOVER type, date, place name): what the meeting tests compare."""
    from rasd.api import extract

    return [(e.plover, e.event_date, (e.location or {}).get("name"))
            for e in extract(text, published=published).events]


def extract_command(tmp_path: Path, rows: list[dict[str, Any]], monkeypatch: pytest.MonkeyPatch,
                    *options: str) -> tuple[list[dict], int]:
    """``rasd extract`` (with ``options``) over ``rows`` written as a JSONL file: the records it
    writes and how many documents the pipeline ran."""
    from click.testing import CliRunner

    import rasd.api
    from rasd.cli import cli

    run, calls = rasd.api.pipeline(), [0]

    def counting(doc: Document) -> Document:
        calls[0] += 1
        return run(doc)

    monkeypatch.setattr(rasd.api, "pipeline", lambda: counting)
    source, out = tmp_path / "in.jsonl", tmp_path / "out.jsonl"
    source.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    result = CliRunner().invoke(cli, ["extract", "--input", str(source), "--output", str(out), *options])
    assert result.exit_code == 0, result.output
    return [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()], calls[0]


def linked_places(text: str) -> dict[str, dict | None]:
    """The places stage's links in ``text``: surface → value (None when unresolved)."""
    from rasd.kb.places import link

    return {f.surface: f.value for f in link(text)}


def linked_names(text: str) -> set[str]:
    """The English names of the places ``text`` links."""
    return {v["name"] for v in linked_places(text).values() if v}
