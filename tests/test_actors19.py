"""Who an attack was done to, session 19 (ACTORS19, 27 Nov).

The civilians a killing struck when the blast or shelling it was caused by types it; civilians
counted before the trigger; a side joined to actor1 is its ally, not a target that keeps the
civilians out; a group of civilians struck (refugees, journalists …) is ACLED's "Civilians
(<country>)" with the group as associated actor. Sentences are written for these tests in
the style of the reports; each rule has a case it must change and a close case it must leave
alone. Spans come from the real stages.
"""

from __future__ import annotations

from tests.helpers import events_of, name_of, rules_of

REGIME = "Military Forces of Syria (2000-2024)"
CIVILIANS = "Civilians (Syria)"
STRUCK = "actor:civilians-struck"


def _events(text: str, plover: str = "ASSAULT") -> list:
    return events_of(text, plover, published="2017-06-20")


# --- a killing typed by the blast it was caused by ---

def test_civilian_killed_by_a_landmine_is_struck():
    (ev,) = _events("قتل مدني وأصيب ابنه بجروح بليغة إثر انفجار لغم أرضي في قرية الصالحية بريف دير الزور "
                    "الشرقي .")
    assert name_of(ev.actor2) == CIVILIANS
    assert STRUCK in rules_of(ev, "actor2")


def test_soldier_killed_by_a_landmine_stays_his_side():
    (ev,) = _events("قتل عنصر من قوات النظام وأصيب آخر بجروح إثر انفجار لغم أرضي في قرية الصالحية بريف "
                    "دير الزور الشرقي .")
    assert name_of(ev.actor2) == REGIME


# --- civilians counted before the trigger; actor1's ally ---

def test_children_killed_by_shelling_of_the_army_and_its_ally():
    (ev,) = _events("وذكر ناشطون أن طفلين استشهدا , وأصيب آخرون بجروح , مساء الأحد , بقصف صاروخي لقوات "
                    "النظام وميليشيا \" حزب الله \" على بلدة مضايا بريف دمشق .")
    assert name_of(ev.actor1) == REGIME
    assert name_of(ev.actor2) == CIVILIANS


def test_a_side_holding_the_town_is_no_ally():
    (ev,) = _events("وذكر ناشطون أن طفلين استشهدا , وأصيب آخرون بجروح , مساء الأحد , بقصف صاروخي لقوات "
                    "النظام على بلدة مضايا التي تسيطر عليها هيئة تحرير الشام .")
    assert STRUCK not in rules_of(ev, "actor2")


def test_civilians_counted_before_the_strike():
    (ev,) = _events("وفي ريف حمص , ستة مدنيين وجرح عدد آخر , اليوم الأربعاء , بقصف جوي لقوات النظام على "
                    "قرى في ريف حمص الشمالي .")
    assert name_of(ev.actor2) == CIVILIANS


def test_civilian_speakers_before_an_uncounted_strike_are_no_victims():
    (ev,) = _events("قال ناشطون مدنيون إن الطيران الحربي قصف بلدة كفرنبل بريف إدلب الجنوبي اليوم .")
    assert ev.actor2 is None


# --- a group of civilians: Civilians (<country>) with the group associated ---

def test_displaced_camp_shelled_is_civilians_with_the_displaced():
    (ev,) = _events("قصفت قوات النظام مخيما للنازحين قرب بلدة أطمة في ريف إدلب الشمالي .")
    assert name_of(ev.actor2) == CIVILIANS
    assert [a["name"] for a in ev.assoc_actor_2] == ["Refugees/IDPs (Syria)"]


def test_journalists_protesting_keep_their_name():
    (ev,) = _events("نظم عشرات الصحفيين وقفة احتجاجية أمام مبنى البرلمان في بغداد اليوم .", "PROTEST")
    assert name_of(ev.actor2) != "Civilians (Iraq)"
    assert not ev.assoc_actor_2


def test_civil_defence_keeps_its_name():
    (ev,) = _events("استهدفت غارة روسية مركزا للدفاع المدني في بلدة كفرنبل بريف إدلب الجنوبي .")
    assert name_of(ev.actor2) == "Syria Civil Defence (White Helmets)"

