"""Granularity within one document, session 5: the page's own day, places the gazetteer does
not know, and the country a generic actor is named for. Sentences written for these tests;
each rule has a case it must change and a close case it must leave alone.
"""

from __future__ import annotations

from rasd.api import extract

# a page header run into the lead: title, outlet, time and the page's printed date
HEADER = "مقتل أربعة مسلحين في غارة بطائرة مسيرة في اليمن - وكالة الأنباء 10 : 15 20 . 03 . 2019 "
BODY = "قال مسؤول محلي إن أربعة مسلحين قتلوا في غارة بطائرة مسيرة في جنوب اليمن "


def _assaults(text: str, **kw) -> list:
    doc = extract(text, doc_id="granularity2-test", **kw)
    return [e for e in doc.events if e.plover == "ASSAULT"]


# --- the page's printed day is when it was written: the body's day of that week is the one ---

def test_a_lead_dated_by_the_page_is_the_strike_of_the_night_before():
    (strike,) = _assaults(HEADER + BODY + "في وقت متأخر الليلة الماضية .")
    assert strike.event_date == "2019-03-19"  # the day the body tells, not the page's
    assert strike.fatalities == 4


def test_a_strike_told_two_weeks_before_the_page_stays_another():
    strikes = _assaults(HEADER + BODY + "يوم 5 مارس .")
    assert sorted(e.event_date for e in strikes) == ["2019-03-05", "2019-03-20"]


ROCKETS = "صواريخ إسرائيلية تستهدف موقعا عسكريا قرب مدينة درعا - وكالة الأنباء 10 : 15 20 . 03 . 2019 "
EARLIER = "صواريخ إسرائيلية استهدفت موقعا في مدينة درعا يوم 17 مارس ."


def test_the_page_dated_lead_is_the_first_strike_the_body_tells():
    (strike,) = _assaults(ROCKETS + "قال مصدر عسكري إن " + EARLIER)
    assert strike.event_date == "2019-03-17"


def test_the_page_dated_lead_is_not_an_earlier_strike_told_after_another():
    strikes = _assaults(ROCKETS + "قال مصدر عسكري إن صواريخ إسرائيلية استهدفت موقعا في مدينة إزرع الليلة "
                        "الماضية . وكانت " + EARLIER)
    assert sorted(e.event_date for e in strikes) == ["2019-03-17", "2019-03-19", "2019-03-20"]


def test_the_page_day_is_marked_in_the_evidence():
    (strike,) = _assaults(HEADER + ".")
    rules = [e.rule for e in strike.evidence if e.field == "event_date"]
    assert "date:same-sentence|page-date" in rules


# --- a generic actor is not named for where people fled ---

def test_civilians_fleeing_to_a_country_are_not_of_that_country():
    (attack,) = _assaults("قتل مسلحون مجهولون خمسة مدنيين كانوا يحاولون الفرار إلى تركيا .")
    assert attack.actor2["name"] != "Civilians (Turkey)"
    assert attack.actor1["name"] != "Unidentified Armed Group (Turkey)"


def test_civilians_killed_near_a_country_border_take_that_country():
    (attack,) = _assaults("قتل مسلحون مجهولون خمسة مدنيين قرب الحدود مع تركيا .")
    assert attack.actor2["name"] == "Civilians (Turkey)"


# --- the same deaths, day and town told twice, typed apart, are one happening ---

SIEGE = ("خمسة قتلى في هجوم على مطعم واحتجاز رهائن في مدينة كركوك أعلنت الشرطة العراقية يوم الأحد "
         "مقتل {} أشخاص في هجوم شنه مسلحون على مطعم في مدينة كركوك .")


def test_a_hostage_taking_and_an_attack_with_one_toll_are_one_happening():
    (siege,) = _assaults(SIEGE.format("خمسة"), published="2020-02-10")
    assert siege.fatalities == 5  # counted once


def test_an_attack_with_another_toll_stays_another_happening():
    attacks = _assaults(SIEGE.format("سبعة"), published="2020-02-10")
    assert sorted(e.fatalities for e in attacks) == [5, 7]


def test_one_toll_told_as_an_explosion_then_a_suicide_bombing_takes_the_told_type():
    (blast,) = _assaults("قتل 12 شخصا في انفجار استهدف سوقا في مدينة الموصل يوم الجمعة . وقالت الشرطة إن 12 "
                         "شخصا قتلوا في تفجير انتحاري بحزام ناسف في سوق مدينة الموصل يوم الجمعة .",
                         published="2020-02-10")
    assert blast.sub_event_type == "Suicide bomb"


# --- talks kill no one: a toll beside a refusal or a demand is another happening's ---

def test_a_demand_takes_no_toll():
    doc = extract("رفضت الحكومة الروسية مطالب المسلحين بعد مقتل ثلاثة جنود روس يوم الأحد .",
                  published="2020-02-10", doc_id="granularity2-test")
    talks = [e for e in doc.events if e.plover in ("REQUEST", "REJECT")]
    assert talks and all(e.fatalities is None for e in talks)


def test_an_attack_beside_a_refusal_keeps_its_toll():
    doc = extract("رفضت الحكومة الروسية مطالب المسلحين بعد مقتل ثلاثة جنود روس في هجوم على حاجز في مدينة "
                  "غروزني يوم الأحد .", published="2020-02-10", doc_id="granularity2-test")
    assert [e.fatalities for e in doc.events if e.plover == "ASSAULT"] == [3]


# --- notes: a governorate's seat is named alone ---

def test_a_seat_is_not_followed_by_its_own_governorate_in_the_notes():
    doc = extract("قصفت طائرات حربية مدينة دير الزور وبلدة البوكمال يوم الأحد .",
                  published="2020-01-10", doc_id="granularity2-test")
    notes = sorted(e.notes for e in doc.events)
    assert any(n.endswith("in Deir ez-Zor.") for n in notes)
    assert any("Albu Kamal (Deir-ez-Zor)" in n for n in notes)  # a town elsewhere keeps it
