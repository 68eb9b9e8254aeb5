"""What the fresh draws lose (RECALL25): misses of draws EV–GI with no trigger at all.

AID: aid handed over with no convoy named ("أدخلت الأمم المتحدة مساعدات إنسانية"), the convoy told
before its entry ("قافلة إنسانية ... من الدخول"), and the sick and wounded evacuated by the Red
Cross ("إجلاء حالات طبية حرجة"). MOBILIZE: a count of soldiers deployed ("نشر أكثر من ألفي
جندي"). ASSAULT: fighters expelled from a place, with the day told between the verb and them,
with a pronoun on them, or told by the verbal noun of a deed done ("من طرد مسلحيه"، "تم طرد");
a place seized ("استولى") with the taker between the verb and its على.
Each rule has a sentence it must take and a close one it must leave (a call, a purpose, money or
arms, a published count, a diplomat expelled).

Every sentence is written for these tests; the whole pipeline runs.
"""

from __future__ import annotations

import pytest

from rasd.api import extract
from tests.helpers import assert_takes_and_leaves

PUBLISHED = "2021-03-10"

pytestmark = pytest.mark.usefixtures("no_confidence_filter")  # a rule's test, not the filter's


# (what is told, the plover, the rule, a sentence it must take, a close sentence it must leave)
CASES = [
    ("aid brought in, the subject and the day between", "AID", "trigger:aid_delivered",
     "أدخلت الأمم المتحدة , اليوم الأربعاء , مساعدات إنسانية إلى مخيم الركبان على الحدود مع الأردن.",
     "دعت الأمم المتحدة , اليوم الأربعاء , إلى إدخال المساعدات الإنسانية إلى مخيم الركبان."),
    ("relief supplies flown in, not arms handed over", "AID", "trigger:aid_delivered",
     "نقلت مفوضية اللاجئين جوا إمدادات الإغاثة إلى مخيمات تندوف يوم الجمعة.",
     "نقلت الولايات المتحدة جوا إمدادات عسكرية إلى مطار أربيل يوم الجمعة."),
    ("aid brought in, told in the passive", "AID", "trigger:aid_delivered",
     "وتم إدخال مساعدات طبية إلى مدينة دوما يوم الثلاثاء.",
     "ويجب إدخال مساعدات طبية إلى مدينة دوما قبل يوم الثلاثاء."),
    ("a convoy told before its entry", "AID", "trigger:aid_delivered",
     "وتمكنت قافلة إنسانية مكونة من 49 شاحنة من الدخول إلى الغوطة الشرقية يوم الأحد.",
     "وتمكنت قافلة عسكرية مكونة من 49 شاحنة من الدخول إلى الغوطة الشرقية يوم الأحد."),
    ("the sick evacuated", "AID", "trigger:medical_evacuation",
     "أعلنت اللجنة الدولية للصليب الأحمر اليوم الأربعاء بدء إجلاء حالات طبية حرجة من الغوطة الشرقية.",
     "طالبت اللجنة الدولية للصليب الأحمر اليوم الأربعاء بإجلاء الجرحى من الغوطة الشرقية."),
    ("a count of soldiers deployed", "MOBILIZE", "trigger:deployment",
     "أعلنت وزارة الدفاع التونسية اليوم الخميس عن نشر أكثر من ألفي جندي في مدينة صفاقس.",
     "نشر موقع وزارة الدفاع التونسية اليوم الخميس أكثر من ألفي صورة من مدينة صفاقس."),
    ("a count of soldiers deployed, a quote mark before it", "MOBILIZE", "trigger:deployment",
     "وقال القائد إن الجيش الأفغاني نشر \" 200 عنصر من القوات الخاصة \" في ولاية هلمند يوم الأحد.",
     "وقال القائد إن الجيش الأفغاني يحتاج \" 200 عنصر من القوات الخاصة \" في ولاية هلمند."),
    ("fighters with a pronoun expelled, the verbal noun after من", "ASSAULT", "trigger:territory_taken",
     "وتمكنت قوات سوريا الديمقراطية الخميس من طرد مسلحيه من أربع قرى في ريف دير الزور.",
     "ودعت قوات سوريا الديمقراطية الخميس إلى طرد مسلحيه من أربع قرى في ريف دير الزور."),
    ("fighters expelled, the day told between", "ASSAULT", "trigger:territory_taken",
     "وطردت قوات سوريا الديمقراطية في الثاني من تشرين الثاني تنظيم داعش من مدينة منبج.",
     "وطردت الحكومة التركية في الثاني من تشرين الثاني السفير الروسي من أنقرة."),
    ("a town seized, the taker between verb and على", "ASSAULT", "trigger:territory_taken",
     "وفي كانون الثاني 2014 استولى تنظيم \" الدولة الإسلامية \" على الباب في ريف حلب.",
     "وفي كانون الثاني 2014 استولى تنظيم \" الدولة الإسلامية \" على ذخائر وأسلحة في ريف حلب."),
    ("a town seized, not a shop", "ASSAULT", "trigger:territory_taken",
     "استولت قوات النمر على صوامع مسكنة في ريف حلب الشرقي يوم الأحد.",
     "استولت الميليشيات بالتعاون مع الحرس الثوري على العديد من المحال التجارية في دمشق يوم الأحد."),
    ("a town seized, not a relative clause describing who holds it", "ASSAULT", "trigger:territory_taken",
     "وكان التنظيم قد استولى على نوى في ريف درعا الغربي يوم الأحد.",
     "يعيش النازحون في ريف درعا الغربي أوضاعا صعبة بسبب التنظيم الذي استولى على نوى وقراها."),
    ("a town seized, not goods with a later على", "ASSAULT", "trigger:territory_taken",
     "استولى مقاتلو الحراك الجنوبي على مدينة زنجبار عبر طريق الساحل يوم الأحد.",
     "استولى مقاتلو الحراك الجنوبي على الشاحنات عبر نقطة تفتيش على الطريق في مدينة تعز يوم الأحد."),
    ("fighters expelled, told in the passive", "ASSAULT", "trigger:territory_taken",
     "وفي العراق تم طرد التنظيم من مدينة تكريت يوم الثلاثاء.",
     "وفي العراق يجب طرد التنظيم من مدينة تكريت قبل يوم الثلاثاء."),
]


@pytest.mark.parametrize("what,plover,rule,taken,left", CASES, ids=[c[0] for c in CASES])
def test_told(what: str, plover: str, rule: str, taken: str, left: str) -> None:
    assert_takes_and_leaves(plover, rule, taken, left)


def test_aid_keeps_its_span_and_place() -> None:
    text = "أدخلت الأمم المتحدة , اليوم الأربعاء , مساعدات إنسانية إلى مخيم الركبان على الحدود مع الأردن."
    [event] = [e for e in extract(text, published=PUBLISHED).events if e.plover == "AID"]
    assert event.rule == "trigger:aid_delivered"
    spans = [ev for ev in event.evidence if ev.field == "trigger"]
    assert spans and all(text[ev.start:ev.end] == ev.text for ev in spans)
    assert text[spans[0].start:spans[0].end].startswith("أدخلت")
    assert (event.location or {}).get("name") == "Rukban camp"
