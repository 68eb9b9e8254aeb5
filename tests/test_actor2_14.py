"""Who a strike was done to, session 14 (ACTOR2_14, 27 Nov).

A strike or shelling whose sentence names no side it hit struck civilians when it counts its
victims as people, names civilians after the trigger or says the blow fell on homes, a market
or a hospital (rasd.events.roles_civilians). Sentences are written for these tests in
the style of the reports; each rule has a case it must change and a close case it must leave
alone. Spans come from the real stages.
"""

from __future__ import annotations

import rasd
from tests.helpers import name_of, rules_of

CIVILIANS = "actor:civilians-struck"


def _strikes(text: str) -> list:
    return [e for e in rasd.extract(text, published="2017-10-20").events
            if e.plover == "ASSAULT" and e.event_type == "Explosions/Remote violence"]


# --- the victims counted as people: the civilians the strike hit ---

def test_people_killed_by_shelling_are_the_civilians_struck():
    (ev,) = _strikes("وقصفت قوات النظام بالمدفعية الثقيلة بلدة كفرنبل في ريف إدلب الجنوبي , "
                     "ما أدى إلى مقتل أربعة أشخاص وإصابة آخرين .")
    assert name_of(ev.actor2) == "Civilians (Syria)"
    assert CIVILIANS in rules_of(ev, "actor2")
    assert "Syria" in name_of(ev.actor1)


def test_fighters_killed_by_shelling_are_no_civilians():
    (ev,) = _strikes("وقصفت قوات النظام بالمدفعية الثقيلة بلدة كفرنبل في ريف إدلب الجنوبي , "
                     "ما أدى إلى مقتل أربعة عناصر .")
    assert CIVILIANS not in rules_of(ev, "actor2")
    assert name_of(ev.actor2) != "Civilians (Syria)"


def test_civilians_named_after_the_strike_are_struck():
    (ev,) = _strikes("وشنت طائرات حربية روسية غارات على مدينة الميادين في ريف دير الزور , "
                     "أسفرت عن سقوط قتلى وجرحى في صفوف المدنيين .")
    assert name_of(ev.actor2) == "Civilians (Syria)"
    assert "Russia" in name_of(ev.actor1)


def test_positions_struck_are_no_civilians_whoever_died():
    (ev,) = _strikes("وقصفت الطائرات الروسية مواقع في بلدة اللطامنة بريف حماة الشمالي , "
                     "ما أدى إلى مقتل ثلاثة أشخاص .")
    assert CIVILIANS not in rules_of(ev, "actor2")


def test_a_side_named_in_the_sentence_keeps_the_civilians_out():
    # ACTOR2_20: a side named only as the holder of the place ("الخاضعة لسيطرة وحدات حماية
    # الشعب") no longer keeps them out (tests/test_actor2_20.py); one said to be there does
    (ev,) = _strikes("وقصفت المدفعية التركية قرية في ريف عفرين يتحصن فيها مقاتلو وحدات حماية الشعب , "
                     "ما أدى إلى مقتل شخصين .")
    assert CIVILIANS not in rules_of(ev, "actor2")


def test_shells_on_homes_struck_civilians():
    (ev,) = _strikes("وسقطت عدة قذائف هاون على الأحياء السكنية في مدينة حلب صباح اليوم .")
    assert name_of(ev.actor2) == "Civilians (Syria)"


def test_shells_on_a_town_struck_no_one_named():
    (ev,) = _strikes("وسقطت عدة قذائف هاون على مدينة حلب صباح اليوم .")
    assert ev.actor2 is None


def test_people_killed_in_a_clash_are_not_struck_by_it():
    events = [e for e in rasd.extract("وقتل أربعة أشخاص في اشتباكات بين مسلحين في بلدة كفرنبل بريف إدلب .",
                                      published="2017-10-20").events if e.plover == "ASSAULT"]
    assert all(CIVILIANS not in rules_of(e, "actor2") for e in events)


def test_a_device_in_a_market_struck_civilians():
    (ev,) = _strikes("وانفجرت عبوة ناسفة في سوق مدينة الباب بريف حلب يوم الأحد .")
    assert name_of(ev.actor2) == "Civilians (Syria)"
