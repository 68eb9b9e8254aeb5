"""FIXLATE24 (28 Nov 2026): REVIEW24 finding 10, SANCTION frames reading other senses.

- "قطعت … العلاقات" allowed six words between: "قطعت الحادثة الطريق أمام تحسن العلاقات" (the
  incident blocked the road to better ties: a figure of speech) was ties cut.
- "فرضت … عقوبات … على" read a sports body's penalties: "فرضت لجنة الانضباط عقوبات على نادي
  الزمالك" (a league's disciplinary committee, a club).
- "جمدت … حساب" read a company's step: "جمدت إدارة فيسبوك حساب الناشط" (a platform suspending a
  user, not a state freezing assets).
Each has a close sentence it must still take. Sentences written for these tests; the whole
pipeline runs with the confidence filter off (the rule is tested, not the learned filter).
"""

from __future__ import annotations

import pytest

from rasd.api import extract

pytestmark = pytest.mark.usefixtures("no_confidence_filter")


def _sanctions(text: str) -> list[str]:
    return [e.rule for e in extract(text, published="2021-03-10").events if e.plover == "SANCTION"]


# (what is told, a sanction it must take, a close sentence it must leave)
CASES = [
    ("ties cut, not a road blocked before better ties",
     "قطعت السعودية علاقاتها الدبلوماسية مع إيران يوم الأحد.",
     "قطعت الحادثة الطريق أمام تحسن العلاقات بين البلدين."),
    ("ties cut with a word between, not the road blocked for them",
     "قطعت الدول الأربع أمس علاقاتها الدبلوماسية مع قطر.",
     "قطعت الحكومة بهذا القرار الطريق على العلاقات مع قطر."),
    ("sanctions on a state, not a disciplinary committee's penalties",
     "فرضت واشنطن يوم الاثنين عقوبات جديدة على كوريا الشمالية.",
     "فرضت لجنة الانضباط عقوبات على نادي الزمالك."),
    ("sanctions on a guard unit, not a league's on a club",
     "فرضت وزارة الخزانة الأمريكية عقوبات على فريق الحماية الشخصية للرئيس.",
     "فرضت لجنة المسابقات عقوبات على نادي الزمالك."),
    ("assets frozen by a ministry, not an account suspended by a platform",
     "جمدت وزارة الخزانة الأمريكية أصول شركة إيرانية في نيويورك.",
     "جمدت إدارة فيسبوك حساب الناشط السوري أمس."),
    ("bank accounts frozen by banks, not by a platform",
     "وقال مصرفيون إن البنوك السعودية جمدت أكثر من 1200 حساب مصرفي في الرياض أمس.",
     "جمدت شركة تويتر حساب الناشط السوري أمس."),
]


@pytest.mark.parametrize("what,taken,left", CASES, ids=[c[0] for c in CASES])
def test_sanction_sense(what: str, taken: str, left: str) -> None:
    assert _sanctions(taken), f"no SANCTION for: {taken}"
    assert not _sanctions(left), f"a SANCTION for: {left}"


# --- REVIEW24 finding 3: a figure stands for a vague word only when both count the same people --

def _tolls(text: str) -> list[int | None]:
    return [e.fatalities for e in extract(text, published="2016-01-04").events if e.plover == "ASSAULT"]


def test_civilians_executed_keep_their_vague_toll() -> None:
    # the execution's "عشرات المدنيين" (12, the schema's word) is not the battle's 180 fighters
    # told after "علاوة على": two sets of dead (R-117#2's pattern, written anew)
    text = "وأعدم التنظيم ميدانيا عشرات المدنيين في دير الزور , علاوة على مقتل 180 عنصرا من قوات النظام ."
    assert _tolls(text) == [12]


def test_a_figure_of_the_same_people_still_stands_for_the_vague_word() -> None:
    # TOLL24's reading kept: civilians told vaguely, then counted
    text = "قتل عشرات المدنيين في قصف على دوما وقال المرصد إن 16 مدنيا قتلوا ."
    assert _tolls(text) == [16]


def test_a_figure_stands_for_dead_of_no_kind() -> None:
    # "عشرات" with no victims named: the police's 16 is the toll (TOLL24's V-577#0 pattern)
    text = "قتل عشرات في هجوم على مركز للشرطة وقالت الوزارة إن 16 من قوات الشرطة قتلوا ."
    assert _tolls(text) == [16]


# --- REVIEW24 finding 10, the sides: a sanction's target after مع/على is not its actor1 --------

def _sanction_actor1(text: str) -> list[str | None]:
    return [(e.actor1 or {}).get("id") for e in extract(text, published="2017-06-06").events
            if e.plover == "SANCTION"]


def test_the_target_of_ties_cut_is_no_actor1() -> None:
    # the subject is not in the knowledge base; Qatar after "مع" is the target (R-153#1's pattern)
    assert _sanction_actor1("إن موريتانيا قطعت علاقاتها مع قطر لمزيد من الاصطفاف مع السعودية.") == [None]


def test_the_sanctioning_state_stays_actor1() -> None:
    # the close cases: the subject inside the frame is still read, the target left to the place
    assert _sanction_actor1("قطعت السعودية علاقاتها الدبلوماسية مع إيران يوم الأحد.") == ["saudi-government"]
    assert _sanction_actor1("فرضت واشنطن يوم الاثنين عقوبات جديدة على كوريا الشمالية.") == ["us-government"]
