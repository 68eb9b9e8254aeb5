"""Who an attack hit, session 20 (ACTOR2_20, 27 Nov): the side that holds what was struck.

An attack told on an area a side holds, right after the trigger ("غارات على أحياء تحت سيطرة
داعش"، "قصف مناطق سيطرة الهيئة"), hit that side (``actor:holder-of-the-target``), unless the
sentence counts its dead as people: then the civilians rule reads them, the holder no longer
keeping it out. A taking told as a fight's outcome ("انتهت بسيطرة الثوار على") and fire from
a held area ("من مناطق سيطرة") name no holder of what was hit. Sentences are written for these
tests in the style of the reports; each rule has a case it must change and a close case it must
leave alone. Spans come from the real stages.
"""

from __future__ import annotations

import rasd
from tests.helpers import name_of, rules_of

HELD = "actor:holder-of-the-target"
STRUCK = "actor:civilians-struck"


def _event(text: str):
    (ev,) = [e for e in rasd.extract(text, published="2017-06-20").events if e.plover == "ASSAULT"]
    return ev


# --- the holder of the area struck ---

def test_strikes_on_districts_held_by_a_side_hit_it():
    ev = _event("شنت طائرات التحالف الدولي غارات جديدة على أحياء ما زالت تحت سيطرة تنظيم داعش في مدينة "
                "الرقة أمس .")
    assert name_of(ev.actor2) == "IS: Islamic State"
    assert HELD in rules_of(ev, "actor2")


def test_shelling_of_the_areas_a_side_holds_hits_it():
    ev = _event("قصفت قوات النظام أمس بالمدفعية الثقيلة مناطق سيطرة هيئة تحرير الشام في ريف حماة الشمالي .")
    assert name_of(ev.actor1) == "Military Forces of Syria (2000-2024)"
    assert name_of(ev.actor2) == "HTS: Hayat Tahrir al-Sham"


def test_fire_from_a_held_area_does_not_hit_its_holder():
    ev = _event("قصفت المدفعية التركية أمس من مناطق سيطرة فصائل المعارضة قرى في ريف عفرين .")
    assert HELD not in rules_of(ev, "actor2")


def test_a_taking_as_the_fights_outcome_names_no_holder():
    ev = _event("وذلك إثر معارك عنيفة في ريف حمص الشمالي أمس انتهت بسيطرة الثوار وجبهة النصرة على حاجز "
                "السنيدة .")
    assert HELD not in rules_of(ev, "actor2")


# --- people killed there: the civilians, the holder no longer in the way ---

def test_people_killed_by_shells_on_held_districts_are_civilians():
    ev = _event("وفي محافظة حلب قضى ( 10 ) أشخاص أمس جراء سقوط قذائف هاون على الأحياء الخاضعة لسيطرة "
                "النظام .")
    assert name_of(ev.actor2) == "Civilians (Syria)"
    assert STRUCK in rules_of(ev, "actor2")


def test_shells_on_held_districts_with_no_one_killed_hit_the_holder():
    ev = _event("وفي محافظة حلب سقطت قذائف هاون أمس على الأحياء الخاضعة لسيطرة النظام , ما أدى إلى أضرار "
                "مادية .")
    assert name_of(ev.actor2) == "Military Forces of Syria (2000-2024)"
    assert HELD in rules_of(ev, "actor2")
