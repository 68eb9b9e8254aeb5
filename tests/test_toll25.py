"""Tolls of session 25 (TOLL25, 28 Nov 2026): a denial of casualties told after several
happenings, and "no reports of casualties". Sentences written for these tests.

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
