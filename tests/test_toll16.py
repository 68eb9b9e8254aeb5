"""Tolls of session 16 (TOLL16, 27 Nov 2026): counts in the event's own sentence that no
casualty frame read. Sentences written for these tests.

- A death count before its noun, then "و" and a trigger of wounds with its own count after it
  ("خلف 25 قتيلا وإصابة خمسين"): two counts listed, not one combined "قتلى وجرحى" figure.
- A headline's present tense ("داعش يعدم 12 شخصا"، "غارة تقتل 21"): a verb of death, its count
  or its one victim after it.
- "أودى بحياة" with its subject between ("وأودى الهجوم بحياة 86 شخصا") or as a participle
  ("موديا بحياة"): the phrase still counts; a word that is no plain subject word stops it.
- The next sentence that names the happening back as that subject ("وأودى الهجوم بحياة 5
  جنود") gives the happening its toll; one naming another kind ("وأودت الغارات" after a clash)
  does not.
- An active verb of killing, its subject, then a figure with "من" and the people ("قتلت قوات
  النظام 7 من المدنيين"، "أعدم التنظيم 4 من عناصره"): the object counted; "7 من أصل 12" is not.
"""

from __future__ import annotations

from rasd.api import extract
from rasd.quantities.extract import quantities_of


def _counts(text: str) -> list[tuple[str, int]]:
    return [(r.value["kind"], r.value["count"]) for r in quantities_of(text) if r.label == "CASUALTY"]


def _tolls(text: str) -> list[tuple[str | None, int | None]]:
    return [((e.location or {}).get("name"), e.fatalities) for e in extract(text, published="2017-05-02").events]


# --- a death count, then "و" and a wounds trigger with its own count -------------------------

def test_killed_before_their_noun_then_wounded_after_their_trigger_are_two_counts() -> None:
    assert _counts("انفجرت سيارة مفخخة في سوق المدينة , وخلفت 14 قتيلا وإصابة ثلاثين آخرين .") == [
        ("killed", 14), ("injured", 30)]


def test_killed_before_their_noun_then_wounded_after_jarh_are_two_counts() -> None:
    assert _counts("أدى القصف إلى سقوط 9 شهداء وجرح العشرات من المدنيين .") == [("killed", 9), ("injured", 12)]


def test_killed_and_wounded_nouns_joined_stay_one_combined_figure() -> None:
    assert _counts("أدى القصف إلى سقوط 40 قتيلا وجريحا في الحي .") == []


def test_the_toll_reaches_the_event() -> None:
    assert _tolls("انفجرت سيارة مفخخة في مدينة إعزاز , وخلفت 14 قتيلا وإصابة ثلاثين آخرين .") == [("Izaz", 14)]


# --- a headline's present tense ---------------------------------------------------------------

def test_a_present_tense_execution_with_its_count() -> None:
    assert _counts("تنظيم داعش يعدم 9 شبان في مدينة الميادين بتهمة التعامل مع التحالف") == [("killed", 9)]


def test_a_present_tense_strike_with_its_count() -> None:
    assert _counts("غارة للتحالف تقتل 7 مدنيين في ريف الرقة") == [("killed", 7)]


def test_a_present_tense_verb_with_one_victim() -> None:
    assert _counts("مسلح يقتل شرطيا في هجوم على حاجز") == [("killed", 1)]


def test_a_present_tense_verb_with_a_duration_counts_nothing() -> None:
    assert _counts("الحصار يقتل ببطء منذ 3 سنوات") == []


def test_the_present_tense_toll_reaches_the_event() -> None:
    assert _tolls("داعش يعدم 9 شبان في مدينة الميادين بتهمة التعامل مع التحالف .") == [("Al Mayadin", 9)]


# --- "أودى بحياة" with its subject between, or as a participle -------------------------------

def test_the_subject_between_the_verb_and_bihayat() -> None:
    assert _counts("وأودى القصف المدفعي بحياة 11 مدنيا بينهم طفلان .")[0] == ("killed", 11)


def test_the_participle_muudiyan_bihayat() -> None:
    assert _counts("انفجرت عبوة ناسفة بحافلة للركاب موديا بحياة 6 أشخاص .") == [("killed", 6)]


def test_bihayat_after_another_verb_counts_nothing() -> None:
    assert _counts("اهتم الأطباء بحياة 11 مريضا في المستشفى .") == []


def test_bihayat_after_an_aside_counts_nothing() -> None:
    assert _counts("أودى , بحسب مصادر محلية , بحياة 11 مدنيا .") == []


# --- the next sentence names the happening back as the subject of "أودى" ---------------------

def test_the_next_sentence_naming_the_attack_back_gives_its_toll() -> None:
    assert _tolls("شن مسلحون هجوما على حاجز للجيش في مدينة العريش صباح اليوم . "
                  "وأودى الهجوم بحياة 5 جنود .") == [("Arish", 5)]


def test_the_next_sentence_naming_another_kind_keeps_its_toll_apart() -> None:
    assert _tolls("اندلعت اشتباكات بين الفصائل في مدينة سراقب صباح اليوم . "
                  "وأودت الغارات بحياة 5 مدنيين .") == [("Saraqib", None), ("Saraqib", 5)]


# --- a killing verb's counted object told with "من" -----------------------------------------

def test_a_counted_object_of_the_definite_people() -> None:
    assert _counts("قتلت قوات النظام 7 من المدنيين في قصف على البلدة") == [("killed", 7)]


def test_a_counted_object_of_its_own_members() -> None:
    assert _counts("أعدم تنظيم داعش 4 من عناصره بتهمة الفرار") == [("killed", 4)]


def test_a_figure_out_of_a_total_is_no_counted_object() -> None:
    assert _counts("قتلت قوات النظام 7 من أصل 12 معتقلا") == []
