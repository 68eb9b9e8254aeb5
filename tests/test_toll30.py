"""Tolls of session 30 (TOLL30, 28 Nov 2026): one victim told by a title, a calling or a nation,
and two told by that noun's dual. Sentences written for these tests.

- ``who_singular`` (data/quantities/casualties.yaml) gains leaders and officials, ranks, callings,
  the young and the old, and nations ("قتل مستوطن إسرائيلي"، "اغتيل الصحافي …"، "مقتل زعيم
  التنظيم"، "استشهد فلسطيني"): the existing frames read them as one victim.
- ``who_dual_derived``: the loader adds each singular's nominative dual ("صحافيان"، "طفلتان"),
  except the words in ``who_dual_not`` (طالبان is the Taliban, شيخان a district).
- Nations whose accusative is a country's name (سوريا، تركيا، روسيا، ليبيا) are not listed: an
  active verb's object ("قتلت قوات الأمن رجلا") would read the country as one victim.
"""

from __future__ import annotations

from rasd.api import extract
from rasd.quantities.extract import quantities_of


def _killed(text: str) -> list[tuple[int, str]]:
    return [(r.value["count"], r.rule) for r in quantities_of(text)
            if r.label == "CASUALTY" and r.value["kind"] == "killed"]


def _tolls(text: str) -> list[int | None]:
    return [e.fatalities for e in extract(text, published="2017-05-02").events if e.plover == "ASSAULT"]


# --- one victim told by a title, a calling or a nation ---------------------------------------

def test_a_settler_killed_is_one() -> None:
    text = "قتل مستوطن إسرائيلي وأصيب شقيقه في كمين نصبه مسلحون فلسطينيون قرب مدينة رام الله ."
    assert _killed(text) == [(1, "casualty:trigger-noun")]
    assert _tolls(text) == [1]


def test_the_journalist_assassinated_is_one() -> None:
    text = "اغتيل الصحافي السوري ناجي الجرف بمسدس كاتم للصوت في مدينة غازي عنتاب ."
    assert _killed(text) == [(1, "casualty:trigger-definite")]
    assert _tolls(text) == [1]


def test_the_leader_of_the_group_killed_in_a_strike_is_one() -> None:
    text = "أعلن الجيش العراقي مقتل زعيم التنظيم في غارة جوية على بلدة القائم ."
    assert _killed(text) == [(1, "casualty:trigger-noun")]


def test_a_palestinian_martyred_is_one() -> None:
    text = "استشهد فلسطيني برصاص الجيش الإسرائيلي قرب مدينة نابلس ."
    assert _killed(text) == [(1, "casualty:trigger-noun")]


def test_a_general_killed_before_his_name_is_one() -> None:
    text = "قتل اللواء في الاستخبارات العسكرية برصاص مسلحي المعارضة في مدينة دير الزور ."
    assert _killed(text) == [(1, "casualty:trigger-definite")]


def test_the_active_verb_with_a_definite_person_and_an_object_is_still_no_victim() -> None:
    # the title is the killer when an object follows it: the new nouns keep the old guard
    assert _killed("قتل الرئيس خصومه في المدينة .") == []


# --- two victims told by a dual --------------------------------------------------------------

def test_two_journalists_killed_is_two() -> None:
    text = "وقتل صحافيان وأصيب آخران بجروح لدى انفجار لغم في مدينة الموصل ."
    assert _killed(text) == [(2, "casualty:trigger-noun")]
    assert _tolls(text) == [2]


def test_two_girls_told_in_the_feminine_dual_are_two() -> None:
    assert _killed("قصفت الطائرات بلدة كفرنبل ما أدى إلى مقتل طفلتان .") == [(2, "casualty:trigger-noun")]


def test_the_taliban_are_no_dual() -> None:
    # "طالبان" is طالب + ان in form, but the Taliban: the figure after it is the count
    assert _killed("قتلت طالبان عشرة جنود في هجوم على قاعدة في ولاية هلمند .") == [
        (10, "casualty:trigger-count")]


def test_a_country_after_an_active_verb_is_no_victim() -> None:
    # "سوريا" would be سوري + the accusative ا: no nation whose accusative is a country is listed
    assert _killed("قتلت الطائرات الروسية في سوريا خلال الأسبوع الماضي .") == []


# --- an active verb, its one-person subject, then its counted object ---------------------------

def test_the_one_before_a_counted_object_is_the_killer() -> None:
    # "قتل جندي إسرائيلي 3 فلسطينيين": the soldier killed three; the dead are the object's count
    text = "قتل جندي إسرائيلي 3 فلسطينيين في مدينة نابلس ."
    assert _killed(text) == [(3, "casualty:object-count")]
    assert _tolls(text) == [3]


def test_the_one_and_a_count_joined_by_and_are_both_dead() -> None:
    # "و" opens the next part of the list: the soldier is among the dead, not the killer
    assert _tolls("قتل جندي و3 مدنيين في قصف على مدينة نابلس .") == [4]
