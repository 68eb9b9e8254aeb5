"""Interactions between armed or state actors (CONSULT, AGREE, REQUEST, REJECT): summits whose
parties are told as adjectives, meetings told around a visit, agreements, and present-tense
demands that state a position, on sentences written for these tests."""

from __future__ import annotations

import rasd


def _events(text: str, published: str = "2017-11-24") -> list[tuple[str, str | None, str | None]]:
    doc = rasd.extract(text, published=published)
    return [(e.plover, e.event_date, (e.location or {}).get("name")) for e in doc.events]


def _parties(text: str, plover: str, published: str = "2017-11-24") -> list[tuple[str | None, str | None]]:
    doc = rasd.extract(text, published=published)
    return [((e.actor1 or {}).get("name"), (e.actor2 or {}).get("name")) for e in doc.events if e.plover == plover]


def test_a_present_tense_demand_states_a_position_not_a_request():
    text = "وقال الباحث إن تركيا تطالب روسيا بحل سياسي في إدلب يوم الأحد ."
    assert [p for p, _, _ in _events(text)] == []


def test_a_demand_made_in_the_past_tense_is_a_request():
    text = "وطالبت تركيا روسيا بوقف القصف على إدلب يوم الأحد ."
    assert [p for p, _, _ in _events(text)] == ["REQUEST"]
