"""EXTRAS30: accidents, disasters, beasts and thieves are no attacks. A bus that hits a crowd, a
helicopter that crashes on a training flight, an earthquake's dead, a blast in a works or a
fireworks store, a bull that gores a man and thieves who rob shops are none of ACLED's or
PLOVER's events; each cue holds only while its sentence names no weapon and no armed doer
(``unless_sentence`` in context.yaml), so a bomb, a shell, a missile or gunmen keep the attack.

Sentences written for these tests in the style of the reports (no text copied from a page).
Each cue has a case it must take (no ASSAULT) and a close case it must leave (the attack kept).
"""

from __future__ import annotations

import pytest

from tests.helpers import events_of

pytestmark = pytest.mark.usefixtures("no_confidence_filter")


def _assaults(text: str) -> list[str]:
    return [e.trigger for e in events_of(text, "ASSAULT", published="2017-11-13")]


# ------------------------------------------ a vehicle that hits or overturns

def test_a_bus_that_hits_a_crowd_is_no_attack() -> None:
    assert _assaults("حافلة تصدم حشدا في هايتي وتقتل 34 شخصا .") == []


def test_a_bus_that_hits_a_roadside_bomb_keeps_the_attack() -> None:
    text = "قتل ثمانية مدنيين وأصيب 20 آخرون بعد اصطدام حافلة بقنبلة على جانب الطريق في ولاية فرح ."
    assert _assaults(text)


def test_a_bus_overturned_is_no_attack() -> None:
    assert _assaults("قتل سبعة أشخاص في انقلاب حافلة على طريق حلب دمشق أمس .") == []


def test_a_coup_is_not_an_overturned_vehicle() -> None:
    # انقلاب alone is a coup: only انقلاب followed by a vehicle is an accident
    assert _assaults("قتل سبعة أشخاص في انقلاب عسكري في العاصمة أمس .")


# ------------------------------------------ a craft that crashed

def test_officers_killed_when_their_helicopter_crashed_in_training() -> None:
    text = ("قالت المصادر إن ثلاثة ضباط قتلوا على متن الطائرة المروحية , والتي تحطمت خلال "
            "إجرائها طلعة تدريبية في منطقة الشويجة شرقي الكوت .")
    assert _assaults(text) == []


def test_a_helicopter_downed_by_a_missile_keeps_the_attack() -> None:
    text = ("قالت المصادر إن ثلاثة جنود قتلوا على متن الطائرة المروحية التي تحطمت بعد إصابتها "
            "بصاروخ حراري أطلقه مسلحون قرب الكوت .")
    assert _assaults(text)


# ------------------------------------------ a disaster that opens the sentence

def test_the_dead_of_an_earthquake_told_far_from_it() -> None:
    text = ("ارتفاع قتلى الزلزال في إقليم كرمانشاه الإيراني إلى 328 ذكرت وكالة الأنباء الإيرانية "
            "الإثنين , إن أكثر من 328 شخصا قتلوا وأصيب أكثر من 2500 في إقليم كرمانشاه .")
    assert _assaults(text) == []


def test_gunmen_told_after_an_earthquake_keep_the_killing() -> None:
    # the quake opens the sentence, but the dead are the gunmen's: a doer and bullets named
    text = ("ارتفاع قتلى الزلزال في إقليم كرمانشاه الإيراني إلى 328 يوم الإثنين , وفي سوريا قال "
            "المرصد السوري لحقوق الإنسان إن مسلحين قتلوا خمسة أشخاص في مدينة الرقة .")
    assert _assaults(text)


# ------------------------------------------ a blast in a works or a fireworks store

def test_a_blast_in_a_factory_is_no_bombing() -> None:
    text = ("لقي ستة عمال مصرعهم وأصيب ثمانية آخرون في انفجار وقع بمصنع بمقاطعة تشينغهاي في "
            "شمال غرب الصين اليوم .")
    assert _assaults(text) == []


def test_a_blast_in_a_fireworks_works_is_no_bombing() -> None:
    assert _assaults("قتل شخصان في انفجار بمصنع للألعاب النارية في تولتيبيك شمال مكسيكو سيتي .") == []


def test_a_bomb_in_a_factory_keeps_the_attack() -> None:
    assert _assaults("قتل خمسة عمال في انفجار عبوة ناسفة بمصنع للإسمنت في مدينة العريش اليوم .")


def test_a_factory_blown_up_keeps_the_attack() -> None:
    # تفجير is set off by someone: the cue never reads it
    assert _assaults("أصيب عشرة أشخاص في تفجير مصنع في مدينة حمص اليوم .")


def test_a_blast_at_a_metro_station_keeps_the_attack() -> None:
    # a station is no works: "انفجار في محطة مترو" stays a blast
    assert _assaults("قتلى وجرحى إثر انفجار في محطة مترو سان بطرسبرغ الروسية اليوم .")


def test_tyres_that_burst_are_no_blast() -> None:
    text = "تحطمت طائرة خاصة في مطار أتاتورك في إسطنبول بعد أن انفجرت الإطارات أثناء الهبوط ."
    assert _assaults(text) == []


# ------------------------------------------ a beast's attack

def test_a_bull_that_gored_a_man_is_no_attack() -> None:
    text = ("قال المصدر إن شخصا لقي مصرعه اليوم في السليمانية جراء هجوم ثور هائج عليه عندما "
            "حاول ذبحه .")
    assert _assaults(text) == []


def test_a_bull_that_killed_the_man_slaughtering_it() -> None:
    text = ("أفاد مصدر طبي في محافظة السليمانية السبت بأن ثورا هائجا قتل شخصا حاول ذبحه "
            "كأضحية عيد في المحافظة .")
    assert _assaults(text) == []


def test_a_captive_slaughtered_like_a_sacrifice_keeps_the_killing() -> None:
    text = "ذبح عناصر التنظيم أسيرا كأضحية العيد في مدينة الرقة يوم السبت ."
    assert _assaults(text)


def test_gunmen_who_attacked_a_farm_keep_the_attack() -> None:
    text = "قال المصدر إن شخصا لقي مصرعه اليوم في السليمانية جراء هجوم مسلحين على مزرعة الثيران ."
    assert _assaults(text)


# ------------------------------------------ thieves at work

def test_thieves_who_rob_shops_are_no_attack() -> None:
    text = ("نفذت مجموعة لصوص الليلة الماضية عددا من عمليات السرقة استهدفت محلات الصرافة "
            "بسوق مدينة رأس العين .")
    assert _assaults(text) == []


def test_forces_that_shell_the_exchange_shops_keep_the_attack() -> None:
    text = "استهدفت قوات النظام بالمدفعية محلات الصرافة بسوق مدينة رأس العين الليلة الماضية ."
    assert _assaults(text)


def test_gunmen_who_loot_and_shoot_keep_the_attack() -> None:
    # armed men named: an armed robbery by a faction is still told as an attack
    text = ("أقدم عناصر من الميليشيا على سرقة محلات الصرافة ثم استهدفوا المارة بالرصاص في "
            "مدينة رأس العين .")
    assert _assaults(text)


# ------------------------------------------ blasts not ruled out (the plural of يستبعد)

def test_blasts_experts_do_not_rule_out_did_not_happen() -> None:
    text = "ورغم الإجراءات المشددة , إلا أن الخبراء لا يستبعدون حصول تفجيرات في سوتشي أو مدن روسية أخرى ."
    assert _assaults(text) == []


def test_blasts_experts_report_keep_the_attack() -> None:
    text = "قال الخبراء إن تفجيرات وقعت في سوتشي أمس وأسفرت عن مقتل ثلاثة أشخاص ."
    assert _assaults(text)
