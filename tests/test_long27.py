"""Events long pages tell with words no trigger read (LONG27).

ASSAULT: a capture told as what a side succeeded in ("نجحت هذه القوات في استعادة البلدة"، "نجح
النظام … في التقدم … والسيطرة على حردتنين"). MOBILIZE: forces on the move told by their own verb — a batch of forces or a warship arrived, fighters or a column heading somewhere,
a military convoy leaving for a place.
Each rule has a sentence it must take and a close one it must leave (a condition, influence
regained, thanks addressed, a ship of aid, forces a relative clause describes).

Every sentence is written for these tests; the whole pipeline runs.
"""

from __future__ import annotations

import pytest

from tests.helpers import assert_takes_and_leaves

pytestmark = pytest.mark.usefixtures("no_confidence_filter")  # a rule's test, not the filter's


# (what is told, the plover, the rule, a sentence it must take, a close sentence it must leave)
CASES = [
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

