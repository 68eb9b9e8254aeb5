"""REPORT26: long narrative pages (rights groups' reports, biographies, month pages) tell
incidents in villages the gazetteer lacks and incidents a time or pointing word introduces
with their own day. Each rule has a sentence it must take and a close one it must leave."""

from __future__ import annotations

import rasd
from rasd.events.build import UNRESOLVED_ALONE
from rasd.events.detect import OWN_DAY_RULE


def _assaults(text: str) -> list:
    return [e for e in rasd.extract(text).events if e.plover == "ASSAULT"]


def _trigger_rules(text: str) -> list[str]:
    doc = rasd.extract(text)
    return [s.rule for s in doc.spans_of("TRIGGER")]


# --- a settlement the gazetteer lacks, in a sentence whose places none resolve ---------------

def test_a_village_alone_places_the_event_by_its_own_name():
    doc = rasd.extract("قتل 12 مدنيا في غارة جوية استهدفت سوقا شعبيا في قرية تولكماري أمس.")
    (event,) = [e for e in doc.events if e.plover == "ASSAULT"]
    assert event.location is not None
    assert event.location["name_ar"] == "تولكماري" and event.location["gazetteer_id"] is None
    assert event.location["latitude"] is None and event.location["geo_precision"] is None
    told = [v for v in event.evidence if v.field == "location" and v.rule == UNRESOLVED_ALONE]
    assert told and doc.text[told[0].start:told[0].end] == "تولكماري"


def test_an_area_alone_is_no_settlement_and_a_resolved_region_keeps_the_old_rule():
    # "في منطقة X" is an area (jets may only have crossed it): no place is made up
    (event,) = _assaults("قتل 12 مدنيا في غارة جوية استهدفت سوقا شعبيا في منطقة تولكماري أمس.")
    assert event.location is None or event.location.get("name_ar") != "تولكماري"
    # a region the text names resolves: the settlement takes the region's point (older rule)
    (event,) = _assaults("قتل 12 مدنيا في غارة جوية استهدفت سوقا شعبيا في قرية تولكماري "
                         "في محافظة ديالى أمس.")
    assert event.location["name_ar"] == "تولكماري" and event.location["admin1"] == "Diyala"
    assert not any(v.rule == UNRESOLVED_ALONE for v in event.evidence)


# --- a reference told with its own day ---------------------------------------------------------

def test_since_their_abduction_on_a_day_tells_the_abduction():
    text = ("وظل مصير الناشطين الأربعة مجهولا منذ اختطافهم في 9 ديسمبر / كانون الأول 2013 "
            "على أيدي رجال مسلحين في دوما .")
    assert any(r.startswith("trigger:abduction") and f"{OWN_DAY_RULE}:منذ" in r for r in _trigger_rules(text))
    (event,) = _assaults(text)
    assert event.event_date == "2013-12-09" and event.time_precision == 1


def test_since_their_abduction_with_no_day_or_a_day_past_the_clause_stays_a_reference():
    # no day of its own: pointed back to, as before
    text = "وظل مصير الناشطين الأربعة مجهولا منذ اختطافهم على أيدي رجال مسلحين في دوما ."
    assert any("reference:منذ" in r for r in _trigger_rules(text))
    assert _assaults(text) == []
    # a day further than the window, in another clause: not the abduction's
    text = ("وظل مصير الناشطين الأربعة مجهولا منذ اختطافهم على أيدي رجال مسلحين في دوما , "
            "بينما قال ذووهم في 9 ديسمبر / كانون الأول 2013 إنهم لا يعرفون شيئا .")
    assert not any(OWN_DAY_RULE in r for r in _trigger_rules(text))


def test_a_charge_with_a_day_is_still_no_happening_told():
    # an accusation is not a time or pointing word: its cue is not lifted by a day after it
    text = "واتهمت المنظمة رجالا مسلحين باختطافهم في 9 ديسمبر / كانون الأول 2013 في دوما ."
    assert not any(OWN_DAY_RULE in r for r in _trigger_rules(text))


def test_a_title_cited_with_its_date_is_no_battle_told():
    # a further-reading line: the date is the article's, after the title's closing quote
    text = 'انظر أيضا : خورشيد دلي , " ماذا بعد معركة الباب " , الجزيرة نت , 3 / 3 / 2017 .'
    assert not any(OWN_DAY_RULE in r for r in _trigger_rules(text))
    assert _assaults(text) == []


def test_an_unnamed_village_or_an_adjective_is_no_settlement_alone():
    # "في قرية بولاية يوبي": the village is unnamed, the state is the next phrase
    doc = rasd.extract("خطف مسلحون من بوكو حرام نحو 200 امرأة في قرية بولاية يوبي أمس .")
    assert not any(v.rule == UNRESOLVED_ALONE for e in doc.events for v in e.evidence)
    # "في مدينة حدودية تركية": an adjective after the place noun
    doc = rasd.extract("سقطت أربعة صواريخ أطلقت من شمال سوريا في مدينة حدودية تركية ليل السبت .")
    assert not any(v.rule == UNRESOLVED_ALONE for e in doc.events for v in e.evidence)

