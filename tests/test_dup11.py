"""DUP11: one happening told twice in one sentence at one town is one event
(rasd.events.merge_sentence). Sentences written for these tests in the style of the reports."""

from __future__ import annotations

from rasd.document import EventMention, Evidence
from rasd.events.merge_sentence import adds_nothing, fold_contained, fold_one_sentence
from tests.helpers import events_of, name_of

TOWN = {"name": "Kafr Batna", "country": "Syria", "admin1": "Rif Dimashq", "geo_precision": 1,
        "gazetteer_id": "geonames:1", "latitude": 33.51, "longitude": 36.37}
OTHER_TOWN = {**TOWN, "name": "Saqba", "gazetteer_id": "geonames:2", "latitude": 33.53, "longitude": 36.39}
SYRIA = {"name": "Military Forces of Syria (2000-2024)", "type": "State forces", "country": "Syria"}
RUSSIA = {"name": "Military Forces of Russia (2000-)", "type": "State forces", "country": "Russia"}


def _mention(sub: str | None, *, start: int = 0, actor1: dict | None = None, killed: int | None = None,
             day: str | None = None, place: dict | None = None, trigger_rule: str = "trigger:shelling") -> EventMention:
    return EventMention(
        plover="ASSAULT", event_type="Explosions/Remote violence" if sub else None, sub_event_type=sub,
        sentence_start=start, sentence_end=start + 50, actor1=actor1, location=place or TOWN,
        event_date=day, fatalities=killed,
        evidence=[Evidence(start, start + 50, "", "event", "sentence"),
                  Evidence(start + 5, start + 10, "", "trigger", trigger_rule)])


def test_massacre_noun_in_a_headline_is_the_killing_it_names():
    # the verb and the consequence noun of one headline: one happening at the town, though
    # "جديدة" marks the massacre as new (new beside the report's older ones, not its own verb)
    text = ("النظام يغتال كفربطنا .. مجزرة جديدة بحق أهالي الغوطة\n"
            "يعيش أهالي الغوطة الشرقية تحت الحصار منذ خمس سنوات.")
    found = events_of(text, "ASSAULT", require=True, published=None)
    assert [name_of(e.location) for e in found] == ["Kafr Batna"]
    assert name_of(found[0].actor1) == "Military Forces of Syria (2000-2024)"


def test_two_attackers_in_one_headline_stay_two_events():
    text = ("النظام يقصف كفربطنا .. ومجزرة جديدة لروسيا في الغوطة\n"
            "يعيش الأهالي تحت الحصار.")
    found = events_of(text, "ASSAULT", require=True, published=None)
    assert len(found) == 2
    assert {name_of(e.actor1) for e in found} == {"Military Forces of Syria (2000-2024)",
                                                   "Government of Russia (2000-)"}


def test_a_second_telling_with_its_own_toll_day_weapon_or_side_adds_something():
    strike = _mention("Air/drone strike", actor1=SYRIA, killed=9, day="2018-01-16",
                      trigger_rule="trigger:air_strike")
    assert adds_nothing(_mention(None), strike)
    assert not adds_nothing(_mention(None, killed=4), strike)  # another toll
    assert not adds_nothing(_mention(None, day="2018-01-15"), strike)  # another day
    assert not adds_nothing(_mention(None, actor1=RUSSIA), strike)  # another attacker
    # a type a weapon tells ("قصفت بالمدفعية"): a second weapon, not a retelling; a bare "قصفت"
    # is only its word's guess, which the air strike beside it tells better
    assert not adds_nothing(_mention("Shelling/artillery/missile attack",
                                     trigger_rule="trigger:shelling|weapon:مدفعية"), strike)
    assert adds_nothing(_mention("Shelling/artillery/missile attack"), strike)
    assert adds_nothing(_mention("Air/drone strike", actor1=SYRIA), strike)


def test_fold_keeps_towns_and_sentences_apart():
    strike = _mention("Air/drone strike", actor1=SYRIA, killed=9, trigger_rule="trigger:air_strike")
    same = _mention(None)
    elsewhere = _mention(None, place=OTHER_TOWN)  # several towns hit: several events
    later = _mention(None, start=400)  # another sentence: merge's rules, not this fold's
    kept = fold_one_sentence([same, strike, elsewhere, later])
    assert kept[0] is strike  # the fuller telling stands
    assert kept == [strike, elsewhere, later]
    assert strike.fatalities == 9


def test_a_region_that_adds_nothing_is_the_town_inside_it():
    # "ريف دمشق" told with the same attacker and no toll or day of its own: the strike on the town
    region = {"name": "Rif Dimashq", "name_ar": "ريف دمشق", "country": "Syria", "admin1": "Rif Dimashq",
              "kind": "governorate", "geo_precision": 2, "gazetteer_id": "geonames:10"}
    wide = _mention(None, start=300, actor1=SYRIA, place=region)
    strike = _mention("Air/drone strike", actor1=SYRIA, killed=9, trigger_rule="trigger:air_strike")
    other_side = _mention(None, start=600, actor1=RUSSIA, place=region)
    kept = fold_contained([wide, strike, other_side])
    assert kept == [strike, other_side]
    assert name_of(strike.location) == "Kafr Batna"


def test_country_wide_explosions_are_the_strike_on_the_town():
    # the country is only where the town is: the explosions heard are the strike told at the town
    text = ("وسمع سكان دوي انفجارات ، واستهدفت إسرائيل مواقع لحزب الله في سوريا .\n"
            "وقصف الطيران الإسرائيلي مستودعات قرب مدينة الكسوة .")
    found = events_of(text, "ASSAULT", require=True, published=None)
    assert [name_of(e.location) for e in found] == ["Al Kiswah"]


def test_a_similar_shelling_in_the_same_sentence_is_another_happening():
    # "مماثل" compares the shelling with the one told beside it: another happening, even when
    # both end up placed at one town; only "جديد" ("مجزرة جديدة") leaves its own sentence alone
    text = ("وقصفت قوات النظام بلدة الهبيط بريف إدلب الجنوبي بقذائف الهاون ، تزامنا مع قصف مماثل "
            "تتعرض له قرى ريف إدلب الجنوبي .")
    assert len(events_of(text, "ASSAULT", require=True, published=None)) == 2
