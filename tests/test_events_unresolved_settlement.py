"""A settlement the gazetteer lacks, told as where an event happened, names the event's place
(with the region's point and precision, no gazetteer id) instead of the region around it."""

from __future__ import annotations

import rasd


def _places(text: str) -> list[tuple[str | None, int | None, str | None]]:
    doc = rasd.extract(text)
    return [((e.location or {}).get("name"), (e.location or {}).get("geo_precision"),
             (e.location or {}).get("gazetteer_id")) for e in doc.events]


def test_a_village_the_gazetteer_lacks_places_the_event_by_its_name():
    text = ("بغداد - قال مصدر في الشرطة العراقية إن مسلحين اقتحموا منزل شرطي في ناحية قرة تبه "
            "في محافظة ديالى ليل الأربعاء.")
    doc = rasd.extract(text)
    (event,) = [e for e in doc.events if e.plover == "COERCE"]
    assert event.location["name"] == "قرة تبه" and event.location["gazetteer_id"] is None
    assert event.location["admin1"] == "Diyala" and event.location["geo_precision"] == 3
    told = [v for v in event.evidence if v.field == "location" and v.rule == "place:unresolved-settlement"]
    assert told and doc.text[told[0].start:told[0].end] == "قرة تبه"


def test_an_area_may_be_where_planes_crossed_and_a_known_town_stays_itself():
    # "في منطقة X" is an area, not a settlement: the region stays the place; "في قرية X" is one
    area = _places("قصفت الطائرات مواقع في منطقة البريج في ريف حمص الشرقي فجر اليوم.")
    village = [((e.location or {}).get("name_ar"), (e.location or {}).get("gazetteer_id"))
               for e in rasd.extract("قصفت الطائرات مواقع في قرية البريج في ريف حمص الشرقي فجر اليوم.").events]
    assert [n for n, _, _ in area] == ["Eastern Homs countryside"]
    # the village as written (its `name` is a romanisation since PLACE10, session 10)
    assert village == [("البريج", None)]
    # a town the gazetteer knows keeps its own entry
    assert ("Mari", 1) in [(n, p) for n, p, _ in _places("قتل مدنيان في قصف على بلدة مارع في ريف حلب الشمالي.")]


def test_words_run_together_are_no_settlement_name():
    assert [n for n, _, _ in _places("قصفت طائرات حربية مواقع في مدينة جرابلسبوتين في محافظة حلب أمس.")] \
        == ["Aleppo"]
