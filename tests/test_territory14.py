"""TERRITORY14: who took a place decides its ACLED type, and an air force's strike stays one.

Sentences written for these tests in the style of the reports (no text copied from a page).
"""

from rasd.document import EventMention
from tests.helpers import events_of

GAINED = "Non-state actor overtakes territory"
REGAINED = "Government regains territory"


def _one(text: str) -> EventMention:
    found = events_of(text, "ASSAULT", require=True)
    assert len(found) == 1, [(e.sub_event_type, e.trigger) for e in found]
    return found[0]


# ------------------------------------------------------------- a place that fell to a side

def test_a_place_that_came_under_a_sides_control_is_its_capture_with_the_taker_as_actor1() -> None:
    e = _one("وقال ناشطون إن قرية المزيرعة أصبحت تحت سيطرة الجيش السوري بعد اشتباكات عنيفة يوم أمس.")
    assert e.sub_event_type == REGAINED
    assert "Syria" in str((e.actor1 or {}).get("name"))


def test_a_town_that_fell_to_a_group_is_that_groups_capture() -> None:
    e = _one("سقطت بلدة القريتين بيد تنظيم داعش بعد معارك مع قوات النظام فجر الأحد.")
    assert e.sub_event_type == GAINED
    assert "Islamic State" in str((e.actor1 or {}).get("name"))


def test_a_shell_that_fell_and_a_town_that_almost_fell_are_no_capture() -> None:
    shell = events_of("سقطت قذيفة هاون في يد طفل قرب مدرسة في حي المزة صباح اليوم.", "ASSAULT")
    assert all(e.sub_event_type not in (GAINED, REGAINED) for e in shell)
    almost = events_of("وقال المحلل إن مدينة الطبقة سقطت تقريبا بيد المقاتلين الأكراد.", "ASSAULT")
    assert all(e.sub_event_type not in (GAINED, REGAINED) for e in almost)


def test_a_place_that_left_a_sides_control_names_no_taker() -> None:
    # the holder it left ("تخرج عن سيطرة النظام") is no taker: the regime is not actor1
    # (published that month: with the helpers' default date of 2024 the event is too old to be
    # built at all, and the check below held for no event — REVIEW14)
    found = events_of("وفرضت مدينة الرقة نفسها كأول مدينة تخرج عن سيطرة النظام في آذار 2013.", "ASSAULT",
                      require=True, published="2013-03-20")
    assert all("Syria" not in str((e.actor1 or {}).get("name")) for e in found)


def test_a_capture_told_without_its_taker_types_the_fight_for_it() -> None:
    e = _one("وقال القيادي إنه تمت السيطرة اليوم على كامل حي المشلب في مدينة الرقة بعد معارك مع التنظيم.")
    assert e.sub_event_type in (GAINED, REGAINED)
    # ... but "it was agreed to take control" is no capture
    agreed = events_of("وقال القيادي إنه تم الاتفاق على السيطرة المشتركة على المعبر.", "ASSAULT")
    assert all(e.sub_event_type not in (GAINED, REGAINED) for e in agreed)


# ------------------------------------------------------------- a place taken back, its taker untold

def test_a_place_taken_back_by_an_untold_taker_is_the_governments_regaining() -> None:
    e = _one("وكان استعاد السيطرة على مطار كويرس العسكري بريف حلب الشرقي يوم السبت الماضي عقب معارك عنيفة.")
    assert e.actor1 is None
    assert e.sub_event_type == REGAINED


def test_a_place_taken_by_an_untold_taker_stays_a_non_state_capture() -> None:
    e = _one("وكانت سيطرت على مطار كويرس العسكري بريف حلب الشرقي يوم السبت الماضي عقب معارك عنيفة.")
    assert e.actor1 is None
    assert e.sub_event_type == GAINED


def test_a_named_rebel_taker_that_takes_a_place_back_stays_non_state() -> None:
    e = _one("واستعادت فصائل الجيش الحر السيطرة على بلدة كفرنبودة بريف حماة الشمالي بعد معارك عنيفة أمس.")
    assert e.actor1 is not None and e.actor1.get("type") != "State forces"
    assert e.sub_event_type == GAINED


# ------------------------------------------------------------- an air force fires from the air

def test_an_air_forces_bombardment_with_shells_named_after_it_is_an_air_strike() -> None:
    text = ("وواصل الطيران الحربي الروسي قصفه لمدينة اللطامنة بريف حماة الشمالي وسط قصف مدفعي وصاروخي "
            "عنيف.")
    strikes = events_of(text, "ASSAULT", require=True)
    assert any(e.sub_event_type == "Air/drone strike" and "Air Force" in str((e.actor1 or {}).get("name"))
               for e in strikes), [(e.sub_event_type, (e.actor1 or {}).get("name")) for e in strikes]


def test_a_ground_forces_shelling_stays_a_shelling() -> None:
    e = _one("وقصفت قوات النظام بقذائف المدفعية مدينة اللطامنة بريف حماة الشمالي صباح اليوم.")
    assert e.sub_event_type == "Shelling/artillery/missile attack"


def test_a_taker_named_but_not_placed_keeps_a_retaking_non_state() -> None:
    # the rebels are named in the trigger's own words, though no actor of the knowledge base
    e = _one("وتمكن ثوار جبل الشيخ من استعادة السيطرة على بلدة مغر المير بعد معارك عنيفة يوم الأحد.")
    assert e.sub_event_type == GAINED
