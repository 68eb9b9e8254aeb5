"""Who did it to whom, session 18 (ACTORS18, 27 Nov).

The subject between an active verb of killing and its one-person object killed
(rasd.events.roles_civilians.victim_first); "بين المدنيين" alone is "among the civilians", no
side of a fight; an aircraft opening a frame trigger ("قاذفات روسية ... ضربت") flew the strike; a government or head of state is never the crowd of a protest; a weapon or unit two
adjectives before تابع ل is the owner's; the command or voice of a side names that side with ل;
an attack typed violence against civilians that counts people struck civilians; the scorer
reads "Rioters (X)" and "Protesters (X)" as one crowd. Sentences are written for these tests
in the style of the reports; each rule has a case it must change and a close case it must
leave alone. Spans come from the real stages.
"""

from __future__ import annotations

from rasd.events.evaluate import actor_matches
from tests.helpers import events_of, name_of, rules_of

REGIME = "Military Forces of Syria (2000-2024)"
RUSSIAN_AIR = "Military Forces of Russia (2000-) Air Force"
CIVILIANS = "Civilians (Syria)"


def _events(text: str, plover: str = "ASSAULT") -> list:
    return events_of(text, plover, published="2017-06-20")


# --- the subject between a verb of killing and its one-person object ---

def test_subject_between_execution_verb_and_its_object_executed():
    (ev,) = _events("أعدمت هيئة تحرير الشام رجلا في بلدة سرمين بريف إدلب الشرقي .")
    assert name_of(ev.actor1) == "HTS: Hayat Tahrir al-Sham"
    assert name_of(ev.actor2) != "HTS: Hayat Tahrir al-Sham"


def test_subject_between_killing_verb_and_a_young_man_killed():
    (ev,) = _events("قتل جيش الإسلام شابا في مدينة دوما بالغوطة الشرقية .")
    assert name_of(ev.actor1) == "Jaysh al-Islam"
    assert name_of(ev.actor2) == CIVILIANS


def test_member_of_a_group_killed_is_still_the_victim():
    (ev,) = _events("قتل عنصر من هيئة تحرير الشام في قصف على بلدة سرمين بريف إدلب .")
    assert name_of(ev.actor2) == "HTS: Hayat Tahrir al-Sham"
    assert name_of(ev.actor1) != "HTS: Hayat Tahrir al-Sham"


# --- "بين المدنيين": among them, not one side of a fight ---

def test_wounded_among_civilians_keeps_the_strike_subject():
    (ev,) = _events("شن الطيران الحربي الروسي غارات على بلدة كفرنبل في ريف إدلب الجنوبي ، ما أسفر عن "
                    "وقوع جرحى بين المدنيين .")
    assert name_of(ev.actor1) == RUSSIAN_AIR
    assert "actor:between-first" not in rules_of(ev, "actor1") + rules_of(ev, "actor2")


def test_clash_between_two_named_sides_is_still_read_between():
    (ev,) = _events("اندلعت اشتباكات عنيفة بين قوات النظام وتنظيم داعش في محيط مدينة السخنة .")
    assert rules_of(ev, "actor1") == ["actor:between-first"]
    assert name_of(ev.actor1) == REGIME


# --- an aircraft that opens the frame flew the strike ---

def test_bombers_opening_the_frame_struck():
    (ev,) = _events("وقالت الوزارة إن أربع قاذفات روسية بعيدة المدى ضربت أهدافا لتنظيم داعش قرب مدينة الميادين .")
    assert name_of(ev.actor1) == RUSSIAN_AIR
    assert name_of(ev.actor2) == "IS: Islamic State"


def test_aircraft_downed_inside_a_frame_is_not_its_subject():
    events = _events("أسقطت فصائل المعارضة طائرة حربية روسية في ريف حماة الشمالي .")
    assert events
    assert all(name_of(e.actor1) != RUSSIAN_AIR for e in events)


# --- a government is what a crowd protests against, not the crowd ---

def test_protest_in_a_country_is_its_protesters():
    (ev,) = _events("شهدت مصر مظاهرات عدة بعد صلاة الجمعة في العاصمة المصرية تنديدا بقرار الرئيس الأميركي .",
                    "PROTEST")
    assert name_of(ev.actor1) == "Protesters (Egypt)"


def test_protest_against_a_president_is_not_his_government():
    (ev,) = _events("وفي إيران خرجت مظاهرات شعبية في العاصمة طهران تنديدا بقرار الرئيس الأميركي .", "PROTEST")
    assert not (name_of(ev.actor1) or "").startswith("Government of")


def test_movement_that_organised_a_march_stays_its_actor():
    (ev,) = _events("نظمت حركة حماس مسيرة حاشدة في مدينة غزة رفضا لقرار الرئيس الأميركي .", "PROTEST")
    assert "Hamas" in (name_of(ev.actor1) or "")


# --- owned weapons two adjectives before تابع ل; a side's command with ل ---

def test_helicopters_of_the_regime_two_adjectives_before_owner():
    (ev,) = _events("ألقى الطيران الحربي المروحي التابع للنظام السوري براميل متفجرة استهدفت فريقا "
                    "من الدفاع المدني في مدينة خان شيخون .")
    assert name_of(ev.actor1) == REGIME
    assert name_of(ev.actor2) != REGIME


def test_positions_of_a_side_after_an_adjective_are_the_target():
    (ev,) = _events("استهدفت الطائرات الروسية مواقع عسكرية تابعة للجيش الحر في ريف حماة الشمالي .")
    assert name_of(ev.actor1) == RUSSIAN_AIR
    assert name_of(ev.actor2) == "Free Syrian Army"


def test_general_command_of_the_army_is_not_the_target():
    (ev,) = _events("وقالت القيادة العامة للجيش السوري إن وحدات من القوات المسلحة استعادت السيطرة على "
                    "مدينة الميادين من تنظيم داعش .")
    assert name_of(ev.actor2) != REGIME


def test_headquarters_of_a_side_with_lam_is_still_the_target():
    (ev,) = _events("قصفت الطائرات الروسية مقرا للجيش الحر في ريف حماة الشمالي .")
    assert name_of(ev.actor2) == "Free Syrian Army"


# --- violence against civilians that counts people ---

def test_people_executed_are_civilians():
    (ev,) = _events("أعدم تنظيم داعش ثلاثة أشخاص في مدينة الميادين بريف دير الزور .")
    assert name_of(ev.actor1) == "IS: Islamic State"
    assert name_of(ev.actor2) == CIVILIANS
    assert "actor:civilians-struck" in rules_of(ev, "actor2")


def test_fighters_of_a_side_executed_are_that_side():
    (ev,) = _events("أعدم تنظيم داعش ثلاثة عناصر من الجيش الحر في مدينة الباب بريف حلب .")
    assert name_of(ev.actor2) == "Free Syrian Army"


# --- the scorer: one crowd, rioting or not ---

def test_rioters_and_protesters_of_one_country_are_one_crowd():
    assert actor_matches(["Protesters (Palestine)"], {"name": "Rioters (Palestine)"})
    assert actor_matches(["Rioters (Iraq)"], {"name": "Protesters (Iraq)"})


def test_crowds_of_two_countries_differ():
    assert not actor_matches(["Protesters (Palestine)"], {"name": "Rioters (Israel)"})
    assert not actor_matches(["Protesters (Palestine)"], {"name": "Military Forces of Israel (1948-)"})
