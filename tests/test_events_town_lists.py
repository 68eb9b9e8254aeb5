"""Several towns struck in one sentence are several events (EVENT_SCHEMA.md, Granularity): a
list of targeted towns gives one event per town, however close the towns lie or however the
list is punctuated; a town told with its own region is one event; places a convoy passed
through are no strikes. Sentences written for these tests; each rule has a case it must
change and a close case it must leave alone.
"""

from __future__ import annotations

from rasd.api import extract
from rasd.events.arguments import distinct_towns


def _strikes(text: str) -> list:
    doc = extract(text, doc_id="town-lists-test", published="2018-02-05")
    return [e for e in doc.events if e.plover == "ASSAULT"]


def _towns(events: list) -> set[str]:
    return {e.location["name"] for e in events if e.location}


def test_a_comma_list_of_three_towns_is_three_strikes():
    # before: a town right after another was read as where the one before it lies ("السفيرة
    # بحلب"), so "مورك , اللطامنة" kept only Murak
    events = _strikes("شنت الطائرات الحربية صباح اليوم نحو 20 غارة استهدفت بلدات مورك , "
                      "اللطامنة , كفرزيتا في ريف حماة الشمالي .")
    assert _towns(events) == {"Murak", "Al-Lataminah", "Kafr Zayta"}
    assert len(events) == 3
    for e in events:  # each keeps its own span and rule
        (where,) = [ev for ev in e.evidence if ev.field == "location"]
        assert where.rule.startswith("place:") and where.text in e.location["matched"]


def test_towns_a_few_km_apart_are_each_their_own_strike():
    # Hamouriyah, Misraba and Harasta lie 4-7 km apart in the Eastern Ghouta: three events
    events = _strikes("وقال الدفاع المدني إن الطائرات الحربية شنت غارات على بلدات حمورية ومسرابا "
                      "وحرستا في الغوطة الشرقية .")
    assert _towns(events) == {"Hamouriyah", "Misraba", "Harasta"}
    assert len(events) == 3


def test_a_town_and_its_own_region_are_one_strike():
    events = _strikes("قصفت طائرات حربية بلدة كفرنبل في ريف إدلب الجنوبي صباح اليوم .")
    assert len(events) == 1
    assert events[0].location["name"] == "Kafranbel"


def test_a_town_in_a_comma_list_keeps_its_region_as_one_strike():
    events = _strikes("استهدفت غارات جوية مدينة سراقب , في ريف إدلب الشرقي .")
    assert [e.location["name"] for e in events] == ["Saraqib"]


def test_places_a_convoy_passed_through_are_no_strikes():
    events = _strikes("مرت القافلة ببلدات مورك واللطامنة وكفرزيتا قبل وصولها إلى مدينة حماة .")
    assert events == []


def test_one_settlement_is_not_two_towns_but_two_settlements_are():
    doc = extract("غارات على حمورية ومسرابا .")
    places = [s.value for s in doc.spans_of("PLACE") if isinstance(s.value, dict)]
    assert len(places) == 2
    assert distinct_towns(places[0], places[1])
    assert not distinct_towns(places[0], dict(places[0]))


def test_a_list_of_targets_ends_where_another_happening_is_told():
    events = _strikes("شن الطيران الحربي غارات على مدن دوما وحرستا وبلدة مديرا بالغوطة الشرقية , "
                      "بالتزامن مع قصف مدفعي على بلدتي سقبا وكفر بطنا .")
    by_town = {e.location["name"]: e.sub_event_type for e in events if e.location}
    assert by_town == {"Duma": "Air/drone strike", "Harasta": "Air/drone strike", "Mudayra": "Air/drone strike",
                       "Saqba": "Shelling/artillery/missile attack",
                       "Kafr Batna": "Shelling/artillery/missile attack"}
