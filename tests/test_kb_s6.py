"""Actors and places on unseen outlets, held-out-first pass (session 6, K1): buildings
named after a city of another country, bare ministries, the fallen regime's bare name in
reports on other countries, Hasakah after the January 2026 agreements. Each rule has a
sentence it must change and a close one it must leave alone; all sentences are written for
these tests."""

from __future__ import annotations

from rasd import extract
from rasd.kb.places import link


def _places(text: str) -> dict[str, str | None]:
    """Surface → linked place name (None when unresolved) of every place mention."""
    return {f.surface: (f.value or {}).get("name") for f in link(text)}


def _actors(text: str, published: str | None = None) -> dict[str, str]:
    doc = extract(text, published=published)
    return {doc.text[s.start:s.end]: s.value["id"] for s in doc.spans_of("ACTOR")}


def test_a_hospital_named_after_a_city_abroad_is_in_the_town_named_after_it():
    got = _places("أصيب ممرضان بقصف استهدف مستشفى القدس في بلدة الأتارب بريف حلب.")
    assert "Jerusalem" not in got.values()
    assert got.get("الأتارب") == "Al Atarib"
    got = _places("وصل المصابون إلى مشفى بغداد بمدينة دير الزور مساء الجمعة.")
    assert "Baghdad" not in got.values()
    assert got.get("بمدينة دير الزور") == "Deir ez-Zor"


def test_a_building_named_after_a_city_of_its_own_country_keeps_the_city():
    # the same country after it: the university is in Baghdad
    got = _places("درس الطبيب في جامعة بغداد في العراق قبل أن يعود.")
    assert got.get("بغداد") == "Baghdad"
    # nothing placed after it: the hospital may be in that city
    got = _places("تجمع المحتجون أمام مستشفى بغداد وسط العاصمة العراقية.")
    assert got.get("بغداد") == "Baghdad"
