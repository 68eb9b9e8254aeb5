"""Crowds facing police typed as ACLED protests and riots (rasd.events.riots).

Every sentence here was written for these tests. Each rule has a case it must change and a
close one it must leave alone.
"""

from __future__ import annotations

import pytest

import rasd
from rasd.events.riots import cues

PUBLISHED = "2020-05-02"


def _events(text: str):
    return rasd.extract(text, published=PUBLISHED).events


def _typed(text: str) -> list[tuple[str, str | None, str | None, str | None]]:
    return [(e.plover, e.event_type, e.sub_event_type, (e.location or {}).get("name"))
            for e in _events(text)]


def _rules(event) -> set[str]:
    return {ev.rule for ev in event.evidence if ev.rule.startswith("riot:")}


def test_cues_load_once_and_every_group_compiles():
    c = cues()
    assert c is cues()
    assert c.find("crowd", "اندلعت مواجهات بين شبان") is not None
    assert c.find("crowd", "اعدام محتجزين") is None  # a detainee is not a protester
    assert c.find("protest", "خرجوا في مسيره احتجاجيه") is not None
    assert c.find("protest", "طايره مسيره") is None  # a drone
    assert c.find("armed", "ومسلحي الجماعه") is not None


def test_youths_clashing_with_police_is_a_riot_not_an_armed_clash():
    events = _events("اندلعت مواجهات بين عشرات الشبان وقوات الشرطة في مدينة رام الله أمس "
                     "احتجاجاً على هدم منزل، ورشق الشبان الجنود بالحجارة.")
    riots = [e for e in events if e.event_type == "Riots"]
    assert riots and riots[0].plover == "PROTEST" and riots[0].plover_mode == "riot"
    assert riots[0].sub_event_type == "Violent demonstration"
    assert (riots[0].location or {}).get("name") == "Ramallah"
    assert riots[0].actor1 and riots[0].actor1["type"] == "Rioters"
    assert "riot:crowd-clash" in _rules(riots[0])
    assert not any(e.sub_event_type == "Armed clash" for e in events)


def test_soldiers_facing_stone_throwers_name_the_force_second():
    events = _events("اشتبك عشرات الشبان مع جنود الاحتلال عند مدخل بلدة بيتا جنوب نابلس، "
                     "وأطلق الجنود الرصاص المطاطي وقنابل الغاز.")
    riot = next(e for e in events if e.event_type == "Riots")
    assert riot.actor1["name"] == "Rioters (Palestine)"
    assert riot.actor2 and riot.actor2["type"] == "State forces"


def test_the_back_reference_in_the_next_sentence_is_carried_town_by_town():
    events = _events("اندلعت مواجهات بين متظاهرين وقوات الأمن في مدينة نابلس يوم الجمعة "
                     "احتجاجا على القرار. وامتدت المواجهات إلى مدينتي جنين وطولكرم.")
    carried = {(e.location or {}).get("name") for e in events if "riot:back-reference" in _rules(e)}
    assert {"Janin", "Tulkarm"} <= carried
    assert all(e.event_type == "Riots" for e in events if e.plover in ("ASSAULT", "PROTEST"))


def test_a_back_reference_with_armed_men_stays_an_armed_clash():
    events = _events("اندلعت مواجهات بين متظاهرين وقوات الأمن في مدينة نابلس يوم الجمعة. "
                     "وفي اليوم التالي دارت اشتباكات بين الجيش ومسلحين في مدينة جنين.")
    jenin = [e for e in events if (e.location or {}).get("name") == "Janin"]
    assert jenin and all(e.sub_event_type == "Armed clash" for e in jenin)


def test_army_against_an_armed_group_is_left_an_armed_clash():
    typed = _typed("اندلعت اشتباكات عنيفة بين قوات الجيش ومسلحي تنظيم داعش في محيط مدينة دير "
                   "الزور أمس، وسط نزوح الأهالي.")
    assert ("ASSAULT", "Battles", "Armed clash", "Deir ez-Zor") in typed
    assert not any(t[0] == "PROTEST" for t in typed)


def test_a_peaceful_protest_stays_peaceful_and_names_the_protesters():
    events = _events("تظاهر مئات الطلاب أمام مبنى الجامعة في عمّان أمس احتجاجا على رفع الرسوم، "
                     "ورفعوا لافتات تطالب بالتراجع عن القرار.")
    protest = [e for e in events if e.plover == "PROTEST"]
    assert len(protest) == 1 and protest[0].sub_event_type == "Peaceful protest"
    assert protest[0].actor1 and protest[0].actor1["name"] == "Protesters (Jordan)"


def test_a_ceasefire_near_a_protest_is_not_fire_on_it():
    events = _events("خرجت تظاهرات سلمية في مدينة إدلب أمس مستغلة وقف إطلاق النار.")
    assert [e.sub_event_type for e in events if e.plover == "PROTEST"] == ["Peaceful protest"]


def test_fire_on_protesters_is_one_excessive_force_event():
    events = _events("فتحت قوات الأمن النار على المتظاهرين في مدينة البصرة أمس، ما أدى إلى "
                     "مقتل ثلاثة منهم.")
    basrah = [e for e in events if (e.location or {}).get("name") == "Basrah"]
    assert len(basrah) == 1
    assert basrah[0].sub_event_type == "Excessive force against protesters"
    assert basrah[0].actor2 and basrah[0].actor2["type"] == "Protesters"


def test_protesters_killed_by_security_fire_are_not_an_attack_on_civilians():
    events = _events("قتل ثلاثة متظاهرين برصاص قوات الأمن خلال تفريق مظاهرة في مدينة الناصرية أمس.")
    assert len(events) == 1
    assert events[0].event_type == "Protests"
    assert events[0].sub_event_type == "Excessive force against protesters"
    assert events[0].fatalities == 3


def test_residents_killed_in_an_air_strike_stay_an_air_strike():
    typed = _typed("قتل خمسة من الأهالي في غارة جوية على بلدة سرمين أمس.")
    assert typed and all(t[0] == "ASSAULT" and t[2] == "Air/drone strike" for t in typed)


def test_protesters_storming_a_building_is_a_riot_not_a_raid():
    events = _events("اقتحم محتجون غاضبون مبنى المحافظة في مدينة الناصرية وأحرقوا سيارات الشرطة أمس.")
    assert [(e.plover, e.event_type) for e in events] == [("PROTEST", "Riots")]
    assert "riot:crowd-violence" in _rules(events[0])


def test_police_storming_a_house_to_take_young_men_stays_a_raid():
    events = _events("اقتحمت قوات الأمن منزلاً في بلدة الرستن واقتادت عدداً من الشبان أمس.")
    assert events and not any(e.plover == "PROTEST" for e in events)


@pytest.mark.parametrize("text", [
    "أطلقت الشرطة الغاز المسيل للدموع لتفريق المتظاهرين في ساحة التحرير ببغداد أمس.",
])
def test_a_dispersed_protest_is_one_protest_with_intervention(text):
    events = [e for e in _events(text) if e.plover in ("PROTEST", "ASSAULT")]
    assert len(events) == 1
    assert events[0].sub_event_type == "Protest with intervention"


def test_protesters_burning_a_building_is_one_riot_not_property_destruction():
    events = _events("أحرق متظاهرون غاضبون مبنى البلدية في مدينة الديوانية أمس احتجاجا على انقطاع "
                     "الكهرباء.")
    assert [(e.plover, e.event_type, e.sub_event_type) for e in events] == [
        ("PROTEST", "Riots", "Violent demonstration")]


def test_rubber_bullets_without_deaths_are_an_intervention_and_live_fire_stays_excessive():
    rubber = _events("أصيب خمسة متظاهرين بجروح عندما أطلقت الشرطة الرصاص المطاطي على مسيرة في "
                     "مدينة كربلاء أمس.")
    assert [(e.plover, e.sub_event_type) for e in rubber] == [("PROTEST", "Protest with intervention")]
    assert "riot:non-lethal-force" in _rules(rubber[0])
    live = _events("أصيب خمسة متظاهرين بجروح عندما أطلقت الشرطة الرصاص الحي على مسيرة في "
                   "مدينة كربلاء أمس.")
    assert ("ASSAULT", "Excessive force against protesters") in [(e.plover, e.sub_event_type)
                                                                 for e in live]


def test_a_protest_met_with_tear_gas_is_a_protest_with_intervention():
    events = _events("تظاهر المئات في ساحة النور بمدينة طرابلس أمس، واستخدمت الشرطة قنابل مسيلة "
                     "للدموع لإبعادهم.")
    assert [(e.plover, e.sub_event_type) for e in events] == [("PROTEST", "Protest with intervention")]
    assert "riot:dispersed-protest" in _rules(events[0])


def test_one_riot_told_twice_in_a_sentence_is_one_event():
    events = _events("وشهد حي الشيخ جراح في القدس أعنف المواجهات بعد إخراج الشرطة للمعتصمين بالقوة "
                     "مساء أمس , وأصيب شاب برصاصة مطاطية خلال مواجهات مع الشرطة .")
    assert [(e.plover, e.event_type) for e in events] == [("PROTEST", "Riots")]


def test_rubber_bullets_in_a_clash_with_gunmen_leave_it_an_armed_clash():
    typed = _typed("أصيب ثلاثة جنود برصاص مطاطي خلال مواجهات مع مسلحين في بلدة جباليا.")
    assert typed and all(t[:3] == ("ASSAULT", "Battles", "Armed clash") for t in typed)


def test_a_dispersed_protest_names_the_protesters_first_and_the_police_second():
    events = _events("شهدت مدينة حمص تظاهرة أمام مبنى المحافظة مطالبة بالإفراج عن المعتقلين انتهت "
                     "بعد تفريق قوات الأمن السورية للمتظاهرين أمس.")
    protest = next(e for e in events if e.plover == "PROTEST")
    assert protest.sub_event_type == "Protest with intervention"
    assert protest.actor1 and protest.actor1["type"] == "Protesters"
    assert protest.actor2 and protest.actor2["type"] == "State forces"
