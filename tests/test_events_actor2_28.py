"""The one other armed side a battle's or strike's sentence names after its trigger is its
actor2 (ACTOR2_28, rasd.events.targets ``actor:sole-other-side-in-sentence``), on sentences
written for these tests: each case it must take and a close one it must leave."""

from __future__ import annotations

import rasd
from tests.helpers import name_of

SOLE = "actor:sole-other-side-in-sentence"


def _assault(text: str):
    (event,) = [e for e in rasd.extract(text).events if e.plover == "ASSAULT"]
    return event


def _rule2(event) -> str:
    return next((ev.rule for ev in event.evidence if ev.field == "actor2"), "")


def test_a_strike_near_fighters_of_one_side_hits_that_side():
    e = _assault("شنت طائرات إسرائيلية يوم الأحد غارة على موقع قرب مدينة القطيفة في ريف دمشق "
                 "حيث يوجد عناصر من حزب الله.")
    assert "Israel" in name_of(e.actor1)
    assert name_of(e.actor2) == "Hezbollah" and _rule2(e) == SOLE
    ev = next(ev for ev in e.evidence if ev.field == "actor2")
    assert "حزب الله" in ev.text  # the words it was read from


def test_a_bomb_on_a_vehicle_of_one_side_hits_that_side():
    e = _assault("فجر تنظيم داعش يوم الأحد عبوة ناسفة بآلية تقل عددا من مسلحي قوات سوريا الديمقراطية "
                 "قرب بلدة الصور في ريف دير الزور.")
    assert "Islamic State" in name_of(e.actor1)
    assert "SDF" in name_of(e.actor2) and _rule2(e) == SOLE


def test_a_capture_after_the_defences_of_one_side_fell_was_from_that_side():
    e = _assault("سيطرت قوات النظام يوم الأحد على بلدة مهين في ريف حمص الشرقي بعد انهيار دفاعات تنظيم داعش فيها.")
    assert "Syria" in name_of(e.actor1)
    assert "Islamic State" in name_of(e.actor2) and _rule2(e) == SOLE


def test_two_other_sides_named_give_neither():
    e = _assault("فجر تنظيم داعش يوم الأحد عبوة ناسفة بآلية قرب بلدة الصور في ريف دير الزور "
                 "حيث يوجد عناصر من قوات سوريا الديمقراطية وقوات النظام.")
    assert "Islamic State" in name_of(e.actor1) and e.actor2 is None


def test_a_side_named_only_before_the_trigger_is_no_target():
    e = _assault("قالت قوات سوريا الديمقراطية إن تنظيم داعش فجر يوم الأحد عبوة ناسفة بآلية قرب بلدة الصور "
                 "في ريف دير الزور.")
    assert "Islamic State" in name_of(e.actor1) and e.actor2 is None


def test_an_ally_of_the_attacker_is_no_target():
    e = _assault("سيطرت قوات النظام يوم الأحد على بلدة مهين في ريف حمص الشرقي بغطاء من الطيران الروسي.")
    assert "Syria" in name_of(e.actor1) and e.actor2 is None


def test_a_strike_that_killed_people_is_left_to_the_civilians_rule():
    e = _assault("شنت طائرات إسرائيلية يوم الأحد غارة على موقع قرب مدينة القطيفة في ريف دمشق "
                 "حيث يوجد عناصر من حزب الله , ما أدى إلى مقتل خمسة مدنيين.")
    assert _rule2(e) != SOLE and name_of(e.actor2) != "Hezbollah"
