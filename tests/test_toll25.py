"""Tolls of session 25 (TOLL25, 28 Nov 2026): which happening of a sentence owns a toll told as
a result, and a denial of casualties told after several happenings. Sentences written for
these tests.

- A toll after a verb of result ("، ما أسفر عن مقتل أربعة"، "ما أدى إلى مقتل مدنيين اثنين")
  is what the words before it caused: the happening told before it owns it, never one told
  after it, however near (build._Owned, granularity.yaml ``result_connective``).
- "دون تسجيل أي إصابات" after happenings joined by "و" is said of each of them; not past a
  word that opens another happening's clause ("كما"، "فيما"، "في حين").
- "ولم ترد تقارير عن وقوع ضحايا": no report of casualties, a toll of 0.
"""

from __future__ import annotations

from rasd.api import extract
from rasd.quantities.extract import quantities_of


def _counts(text: str) -> list[tuple[str, int]]:
    return [(r.value["kind"], r.value["count"]) for r in quantities_of(text) if r.label == "CASUALTY"]


def _tolls(text: str) -> list[tuple[str | None, str | None, int | None]]:
    return [((e.location or {}).get("name"), e.sub_event_type, e.fatalities)
            for e in extract(text, published="2017-05-02").events]


def _rules(text: str) -> set[str]:
    return {ev.rule for e in extract(text, published="2017-05-02").events for ev in e.evidence
            if ev.field == "fatalities"}


# --- a toll told as a result belongs to the happening before it -------------------------------

def test_a_result_toll_goes_to_the_strike_before_it_not_the_clash_after() -> None:
    text = ("شنت طائرات حربية عدة غارات على مدينة الرقة , ما أسفر عن مقتل أربعة أشخاص , في وقت "
            "تواصلت فيه الاشتباكات في مدينة دير الزور .")
    assert _tolls(text) == [("Ar Raqqah", "Air/drone strike", 4), ("Deir ez-Zor", "Armed clash", None)]


def test_a_result_toll_goes_to_the_town_shelled_before_it() -> None:
    text = ("قصفت قوات النظام بلدة كفرنبل ما أدى إلى مقتل مدنيين اثنين , وشن الطيران الحربي غارات "
            "على مدينة معرة النعمان دون وقوع إصابات .")
    assert _tolls(text) == [("Kafranbel", "Air/drone strike", 2), ("Maarrat an Numan", "Air/drone strike", 0)]


def test_a_count_told_with_the_raid_after_it_stays_that_raids() -> None:
    # no verb of result: the dead are told with the raids on Maarat al-Numan, as before
    text = "قصفت قوات النظام بلدة كفرنبل , وسقط قتيلان في غارات على مدينة معرة النعمان ."
    assert _tolls(text) == [("Kafranbel", "Air/drone strike", 2), ("Maarrat an Numan", "Air/drone strike", None)]


# --- a denial said of the happenings joined before it -----------------------------------------

def test_a_denial_after_clauses_joined_by_waw_is_every_happenings() -> None:
    text = ("جرت اشتباكات عنيفة بين قوات النظام وهيئة تحرير الشام في قرية المستريحة , وشن الطيران "
            "الحربي غارات جوية استهدفت قرى الشطيب والرهجان , وتعرضت القرى المذكورة لقصف مدفعي وصاروخي , "
            "دون تسجيل أي إصابات بين المدنيين .")
    assert [t for _, sub, t in _tolls(text) if sub == "Armed clash"] == [0, 0]


def test_a_denial_after_kama_stays_the_last_happenings() -> None:
    text = ("جرت اشتباكات عنيفة بين قوات النظام وهيئة تحرير الشام في قرية المستريحة , كما شن الطيران "
            "الحربي غارات جوية على قرية الشطيب دون تسجيل أي إصابات .")
    assert [(sub, t) for _, sub, t in _tolls(text)] == [("Armed clash", None), ("Air/drone strike", 0)]


def test_a_denial_after_fi_hin_stays_the_later_happenings() -> None:
    text = ("جرت اشتباكات عنيفة بين قوات النظام وهيئة تحرير الشام في قرية المستريحة , في حين شن الطيران "
            "الحربي غارات جوية استهدفت قرى الشطيب والرهجان , وتعرضت القرى المذكورة لقصف مدفعي وصاروخي , "
            "دون تسجيل أي إصابات بين المدنيين .")
    assert [t for _, sub, t in _tolls(text) if sub == "Armed clash"] == [None, None]


# --- "لم ترد تقارير عن" ------------------------------------------------------------------------

def test_no_reports_of_casualties_is_zero_killed() -> None:
    assert _counts("وأسقطت الدفاعات الجوية الصاروخ ولم ترد تقارير عن وقوع ضحايا أو حدوث أضرار .") == [
        ("killed", 0)]


def test_no_reports_of_something_else_counts_nothing() -> None:
    assert _counts("وقالت الوزارة إنه لم ترد تقارير عن عملية أمريكية واحدة ضد التنظيم .") == []


def test_the_denial_reaches_the_event_with_its_rule() -> None:
    text = "أطلق الحوثيون صاروخا باليستيا على مدينة الرياض ولم ترد تقارير عن وقوع ضحايا ."
    assert [t for _, _, t in _tolls(text)] == [0]
    assert "toll:sentence" in _rules(text)
