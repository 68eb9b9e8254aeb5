"""MERGE25: one blow from afar told twice at one town on one day, its weapon named otherwise
(a "shelling" headline and an "air strike" body), is one event (rasd.events.build._one_blast).
Sentences written for these tests in the style of the reports."""

from __future__ import annotations

from rasd.document import EventMention, Evidence
from rasd.events.build import _compatible, _one_blast
from tests.helpers import events_of, name_of

TOWN = {"name": "Ein Tarma", "country": "Syria", "admin1": "Rif Dimashq", "geo_precision": 1,
        "gazetteer_id": "geonames:1", "latitude": 33.51, "longitude": 36.34, "kind": "town"}
OTHER_TOWN = {**TOWN, "name": "Hamouriyah", "gazetteer_id": "geonames:2", "latitude": 33.52, "longitude": 36.37}
DAY = "2024-03-12"


def _mention(sub: str, *, place: dict | None = TOWN, day: str | None = DAY, killed: int | None = None,
             event_type: str = "Explosions/Remote violence") -> EventMention:
    return EventMention(
        plover="ASSAULT", event_type=event_type, sub_event_type=sub, sentence_start=0, sentence_end=50,
        location=place, event_date=day, fatalities=killed,
        evidence=[Evidence(0, 50, "", "event", "sentence"), Evidence(5, 10, "", "trigger", "trigger:x")]
        + ([Evidence(12, 20, "", "fatalities", "toll:sentence")] if killed is not None else []))


def _assault_places(text: str) -> list[str]:
    return sorted(name_of(e.location) for e in events_of(text, "ASSAULT", require=True))


def test_a_shelling_headline_and_an_air_strike_body_at_one_town_are_one_event():
    # the headline names a rocket shelling, the body the regime's air strikes on the same town the
    # same day: one happening, told with two weapons (two events on main ae2e8cb)
    text = ("قصف صاروخي على بلدة عين ترما في الغوطة الشرقية اليوم . . وقالت مصادر معارضة إن طائرات "
            "النظام الحربية شنت اليوم غارات جوية على بلدة عين ترما ، وأصيب عدد من المدنيين بجروح .")
    found = events_of(text, "ASSAULT", require=True)
    assert [name_of(e.location) for e in found] == ["Ein Tarma"]
    # the evidence of both tellings stays on the one event
    triggers = {e.text for e in found[0].evidence if e.field == "trigger"}
    assert {"قصف", "غارات"} <= triggers


def test_two_towns_struck_with_two_weapons_stay_two_events():
    text = ("قصف صاروخي على بلدة عين ترما في الغوطة الشرقية اليوم . . وقالت مصادر معارضة إن طائرات "
            "النظام الحربية شنت اليوم غارات جوية على بلدة حمورية ، وأصيب عدد من المدنيين بجروح .")
    assert _assault_places(text) == ["Ein Tarma", "Hamouriyah"]


def test_two_weapons_with_two_tolls_at_one_town_stay_two_events():
    # "five killed by shelling ... three killed in air strikes": two tolls, two happenings
    text = ("قتل خمسة مدنيين في قصف مدفعي على بلدة عين ترما في الغوطة الشرقية اليوم . وقالت مصادر "
            "معارضة إن ثلاثة مدنيين قتلوا في غارات جوية شنتها طائرات النظام الحربية على بلدة عين ترما اليوم .")
    found = events_of(text, "ASSAULT", require=True)
    assert sorted(e.fatalities for e in found) == [3, 5]


def test_one_blast_needs_one_town_one_day_no_two_tolls_and_a_weapon_type():
    strike, shelling = _mention("Air/drone strike"), _mention("Shelling/artillery/missile attack")
    assert _one_blast(strike, shelling) and _compatible(strike, shelling)
    assert not _one_blast(strike, _mention("Shelling/artillery/missile attack", place=OTHER_TOWN))
    assert not _one_blast(strike, _mention("Shelling/artillery/missile attack", day="2024-03-11"))
    assert not _one_blast(_mention("Air/drone strike", killed=5),
                          _mention("Shelling/artillery/missile attack", killed=3))
    # a chemical attack and a planted bomb are told apart from the air strikes on their town
    assert not _one_blast(strike, _mention("Chemical weapon"))
    assert not _one_blast(strike, _mention("Remote explosive/landmine/IED"))
    # a clash is no weapon of a blow from afar
    assert not _one_blast(strike, _mention("Armed clash", event_type="Battles"))
    assert not _compatible(strike, _mention("Armed clash", event_type="Battles"))
