"""ACLED typing, round 2: who acted never retypes a named blow; air power that backs a ground
push is its support; a small-arms blow on a civilian target is an attack on civilians.

Sentences written for these tests; the whole pipeline runs (confidence filter off: these test
the typing rules, not the learned filter)."""

from __future__ import annotations

import pytest

import rasd

pytestmark = pytest.mark.usefixtures("no_confidence_filter")  # a rule's test, not the filter's


def types(text: str) -> list[tuple[str | None, str | None]]:
    return [(e.event_type, e.sub_event_type) for e in rasd.extract(text).events if e.plover == "ASSAULT"]


SHELLING = ("Explosions/Remote violence", "Shelling/artillery/missile attack")
CLASH = ("Battles", "Armed clash")
ATTACK = ("Violence against civilians", "Attack")
AIR = ("Explosions/Remote violence", "Air/drone strike")


def test_armed_side_named_by_the_report_does_not_retype_a_shelling() -> None:
    # "المسلحة" describes the side holding the town: the blow is the shelling the verb names
    assert types("قصفت القوات الحكومية صباح أمس بلدة حزرما التي تسيطر عليها المعارضة المسلحة "
                 "شرقي دمشق ما أدى إلى مقتل أربعة أشخاص.") == [SHELLING]


def test_gunmen_still_type_an_untyped_targeting_as_a_clash() -> None:
    assert types("قتل ثلاثة جنود أمس باستهداف مسلحين لحاجز عسكري قرب بلدة الكرك الشرقي.") == [CLASH]


def test_small_arms_blow_on_a_passenger_bus_is_an_attack_on_civilians() -> None:
    got = types("قتل خمسة أشخاص أمس باستهداف مسلحين لحافلة ركاب على طريق بلدة الكرك الشرقي.")
    assert got == [ATTACK]


def test_fire_opened_on_worshippers_is_an_attack_but_on_a_patrol_a_clash() -> None:
    assert types("فتح مسلحون مجهولون النار مساء أمس على المصلين قرب مسجد في بلدة الصنمين.") == [ATTACK]
    assert types("فتح مسلحون مجهولون النار مساء أمس على دورية للشرطة في بلدة الصنمين.") == [CLASH]


def test_ground_push_backed_by_aircraft_is_no_air_strike() -> None:
    got = types("أطلقت القوات العراقية مدعومة بطيران التحالف أمس هجومها على مدينة تلعفر ضد تنظيم داعش.")
    assert got and AIR not in got
    # ... and strikes told as the backing of a capture are no strike of their own
    got = types("استعادت القوات الكردية مدعومة بغارات التحالف أمس مدينة الشدادي من تنظيم داعش.")
    assert AIR not in got


def test_air_strikes_told_on_their_own_stay_air_strikes() -> None:
    assert types("شن طيران التحالف أمس غارات جوية على مدينة الشدادي أسفرت عن مقتل عشرة أشخاص.") == [AIR]


TAKEN = ("Battles", "Non-state actor overtakes territory")
REGAINED = ("Battles", "Government regains territory")


def test_fight_that_ended_in_a_capture_is_the_territory_change() -> None:
    got = types("اندلعت معارك عنيفة أمس في ريف القنيطرة أسفرت عن سيطرة فصائل المعارضة على تل الحمرية.")
    assert got == [TAKEN]
    got = types("خاضت قوات النظام أمس معارك عنيفة مع تنظيم داعش في ريف حمص أسفرت عن سيطرتها "
                "على بلدة القريتين.")
    assert got == [REGAINED]


def test_fight_that_ended_in_deaths_stays_a_clash() -> None:
    got = types("دارت اشتباكات عنيفة أمس بين الجيش وتنظيم داعش في محيط بلدة القريتين أسفرت عن "
                "مقتل عشرة عناصر.")
    assert got == [CLASH]


def test_ground_attack_is_fighting() -> None:
    got = types("شن مقاتلون من فصائل معارضة أمس هجوما بريا مفاجئا على مجمع عسكري في مدينة حرستا.")
    assert got == [CLASH]


def test_cluster_bombs_are_no_roadside_bomb() -> None:
    ied = ("Explosions/Remote violence", "Remote explosive/landmine/IED")
    assert ied not in types("قتل ثلاثة مدنيين أمس جراء القصف بالقنابل العنقودية على مدينة دوما.")
    assert types("قتل ثلاثة مدنيين أمس بانفجار قنبلة زرعها مجهولون في سوق مدينة دوما.") == [ied]


def test_freeing_people_is_no_capture() -> None:
    got = types("أعلنت الشرطة النيجيرية أمس تحرير الكنديين الذين خطفوا الأسبوع الماضي في ولاية كادونا.")
    assert TAKEN not in got and REGAINED not in got
    assert types("أعلنت القوات العراقية أمس تحرير مدينة الفلوجة من تنظيم داعش.") == [REGAINED]


@pytest.mark.parametrize("text, kind", [
    # bare strikes take the kind of strike just told: an air strike ...
    ("قتل 17 شخصا أمس في ضربة جوية على سوق في بلدة حمورية. وقال عمال الإنقاذ إن أربعة آخرين "
     "قتلوا في مدينة عربين بينما قتل الآخرون في ضربات على بلدة مسرابا.", AIR[1]),
    # ... or a shelling
    ("قصفت قوات النظام بقذائف الهاون أمس بلدة حمورية ما أدى إلى مقتل خمسة أشخاص. وقال عمال "
     "الإنقاذ إن أربعة آخرين قتلوا في مدينة عربين بينما قتل الآخرون في ضربات على بلدة مسرابا.", SHELLING[1]),
])
def test_bare_strikes_take_the_kind_of_strike_just_told(text: str, kind: str) -> None:
    events = [e for e in rasd.extract(text).events if e.plover == "ASSAULT"]
    told = [e for e in events if any("strike-told-before" in x.rule for x in e.evidence if x.field == "trigger")]
    assert told and all(e.sub_event_type == kind for e in told)


def test_bare_strikes_with_no_strike_told_stay_untyped() -> None:
    text = ("وقال عمال الإنقاذ إن أربعة أشخاص قتلوا في مدينة عربين بينما قتل الآخرون في ضربات على "
            "بلدة مسرابا.")
    got = types(text)
    assert got and all(t[1] is None for t in got)


def test_attack_on_a_settlement_is_on_civilians_but_on_a_checkpoint_a_clash() -> None:
    assert types("قتل ثلاثة إسرائيليين أمس في هجوم مسلح نفذه فلسطيني على مستوطنة قرب القدس.") == [ATTACK]
    assert types("قتل ثلاثة جنود أمس في هجوم مسلح نفذه مسلحون على حاجز عسكري قرب القدس.") == [CLASH]


def test_capture_told_after_the_fighting_is_the_territory_change() -> None:
    got = types("بعد اشتباكات عنيفة مع تنظيم داعش أمس سيطرت قوات سوريا الديمقراطية على بلدة الكرامة "
                "شرقي الرقة.")
    assert got == [TAKEN]


def test_fight_and_capture_in_two_clauses_at_two_places_stay_two_types() -> None:
    got = types("اندلعت معارك عنيفة أمس بين الفصائل وقوات النظام في ريف حماة الشمالي، فيما سيطرت "
                "الفصائل على بلدة زلين.")
    assert CLASH in got and TAKEN in got


def coerce(text: str) -> list[str | None]:
    return [e.sub_event_type for e in rasd.extract(text).events if e.plover == "COERCE"]


def test_raid_that_made_an_arrest_is_an_arrest() -> None:
    assert coerce("داهمت دورية للأمن أمس منزل الناشط في مدينة عامودا واعتقلته.") == ["Arrests"]


def test_raid_whose_arrest_is_denied_stays_a_raid() -> None:
    # "دون أن تعتقل": the arrest is negated with a word between (the negation filter's new cue)
    assert coerce("داهمت دورية للأمن أمس منزل الناشط في مدينة عامودا دون أن تعتقل أحدا.") == [None]


def test_fight_and_capture_of_one_town_are_one_territory_change() -> None:
    got = types("دارت معارك عنيفة أمس في مدينة الميادين وسيطر الجيش السوري على المدينة.")
    assert got == [REGAINED]


def test_attack_launched_to_retake_a_town_is_no_capture() -> None:
    got = types("شنت الفصائل أمس هجوما واسعا لاستعادة السيطرة على بلدة مورك في ريف حماة.")
    assert TAKEN not in got and REGAINED not in got


def test_car_carrying_fighters_is_no_civilian_target() -> None:
    assert types("استهدف الجيش أمس بالرصاص سيارة تقل مسلحين قرب بلدة الكرك.") == [CLASH]
    assert types("استهدف مسلحون أمس بالرصاص سيارة مدنية قرب بلدة الكرك ما أدى إلى مقتل سائقها.") == [ATTACK]


def test_warships_are_no_warplanes() -> None:
    # "حربية" after a warship noun names a navy: its shelling is no air strike
    assert types("قصفت البوارج الحربية الروسية أمس مواقع في ريف اللاذقية بصواريخ كاليبر.") == [SHELLING]
    assert types("قصفت طائرات حربية أمس بلدة كفرنبل في ريف إدلب.") == [AIR]


def test_assassinated_activist_is_an_attack_on_civilians_a_commander_a_clash() -> None:
    assert types("اغتال مسلحون مجهولون أمس ناشطا إعلاميا في مدينة درعا.") == [ATTACK]
    assert types("اغتال مسلحون مجهولون أمس قائدا عسكريا في فصيل معارض بمدينة درعا.") == [CLASH]
