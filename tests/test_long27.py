"""Events long pages tell with words no trigger read (LONG27).

ASSAULT: an operation or a military campaign launched or begun, told by its past verb ("بدأ
الجيش التركي في 24 آب عملية عسكرية في منطقة جرابلس"، "بدأت قوات الأسد حملة عسكرية على مدينة
الشيخ مسكين"), and a capture told as what a side succeeded in ("نجحت هذه القوات في استعادة
البلدة"، "نجح النظام … في التقدم … والسيطرة على حردتنين"). MOBILIZE: forces on the move told by
their own verb — a batch of forces or a warship arrived, fighters or a column heading somewhere,
a military convoy leaving for a place.
Each rule has a sentence it must take and a close one it must leave (a threat or a plan, a
campaign of another kind, a condition, influence regained, thanks addressed, a ship of aid, forces
a relative clause describes).

Every sentence is written for these tests; the whole pipeline runs.
"""

from __future__ import annotations

import pytest

from tests.helpers import assert_takes_and_leaves, trigger_rules

pytestmark = pytest.mark.usefixtures("no_confidence_filter")  # a rule's test, not the filter's


# (what is told, the plover, the rule, a sentence it must take, a close sentence it must leave)
CASES = [
    ("an operation begun, not one threatened", "ASSAULT", "trigger:attack",
     "وبدأ الجيش التركي في 24 آب الماضي عملية عسكرية في منطقة جرابلس شمال سوريا.",
     "ولوح الرئيس التركي مجددا ببدء عملية عسكرية في منطقة جرابلس شمال سوريا."),
    ("a military campaign begun, not an awareness campaign", "ASSAULT", "trigger:attack",
     "وفي 25 كانون الأول بدأت قوات النظام حملة عسكرية كبيرة على مدينة الشيخ مسكين في ريف درعا.",
     "وفي 25 كانون الأول بدأت وزارة الصحة حملة توعية كبيرة في مدينة الشيخ مسكين في ريف درعا."),
    ("an operation launched, not one a relative clause names", "ASSAULT", "trigger:attack",
     "وأطلقت القوات العراقية عملية عسكرية واسعة في غرب محافظة الأنبار يوم الأحد.",
     "وقال إن القوات التي أطلقت عملية عسكرية واسعة في غرب محافظة الأنبار انسحبت."),
    ("a town retaken as a success, not influence regained", "ASSAULT", "trigger:territory_taken",
     "ونجحت القوات الموالية للنظام في استعادة بلدة الشيخ مسكين شمال درعا.",
     "ونجحت الدبلوماسية المصرية في استعادة نفوذها في مدينة درعا."),
    ("a capture after an advance, not a condition", "ASSAULT", "trigger:territory_taken",
     "ونجح النظام بغطاء جوي روسي في التقدم من مواقعه في باشكوي والسيطرة على بلدة حردتنين.",
     "وإذا ما نجح النظام في السيطرة على بلدة حردتنين فسيتقدم نحو الشمال."),
    ("a batch of forces arrived, not a batch of letters", "MOBILIZE", "trigger:forces_moved",
     "ووصلت الدفعة الثانية من القوات التركية إلى القاعدة الجوية في قطر يوم الخميس.",
     "ووصلت الدفعة الثانية من الرسائل التركية إلى القاعدة الجوية في قطر يوم الخميس."),
    ("a warship arrived, not a ship of grain", "MOBILIZE", "trigger:forces_moved",
     "وصلت المدمرة الأمريكية كارني إلى ميناء طرطوس يوم الاثنين.",
     "وصلت السفينة المحملة بالقمح إلى ميناء طرطوس يوم الاثنين."),
    ("fighters heading to a front, not fighters a relative clause describes", "MOBILIZE",
     "trigger:forces_moved",
     "200 مقاتل من قوات سوريا الديمقراطية توجهوا إلى خطوط الرقة الأمامية بعد انتهاء تدريبهم.",
     "وقال إن المقاتلين الذين توجهوا إلى خطوط الرقة الأمامية لم يعودوا."),
    ("a column heading out, not thanks addressed", "MOBILIZE", "trigger:forces_moved",
     "توجهت أرتال عسكرية تركية نحو الحدود السورية قرب بلدة الريحانية صباح اليوم.",
     "وتوجهت القوات بالشكر إلى أهالي بلدة الريحانية صباح اليوم."),
    ("a military convoy leaving for a town, not a convoy of aid", "MOBILIZE", "trigger:forces_moved",
     "غادرت قافلة عسكرية أمريكية ثقيلة مدينة الحسكة باتجاه الشدادي.",
     "غادرت قافلة مساعدات أممية مدينة الحسكة باتجاه الشدادي."),
]


@pytest.mark.parametrize(("plover", "rule", "take", "leave"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_takes_and_leaves(plover: str, rule: str, take: str, leave: str) -> None:
    assert_takes_and_leaves(plover, rule, take, leave)


def test_a_launch_denied_or_to_come_is_no_event() -> None:
    """A particle before the past verb ("لم تبدأ") and the future ("ستطلق") are not told."""
    assert "trigger:attack" not in trigger_rules(
        "ولم تبدأ القوات التركية حتى الآن عملية عسكرية في منطقة عفرين.", "ASSAULT")
    assert "trigger:attack" not in trigger_rules(
        "وستطلق القوات التركية عملية عسكرية في منطقة عفرين الأسبوع المقبل.", "ASSAULT")
