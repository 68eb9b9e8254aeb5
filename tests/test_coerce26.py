"""Arrests, seizures and deployments the dev gold codes and rasd missed (COERCE26).

MOBILIZE: reinforcements with a batch named between the verb and them ("أرسل ... دفعة جديدة من
التعزيزات"), sent as a deed told by the verbal noun ("قامت ... بإرسال تعزيزات"، "عقب إرسال النظام
تعزيزات"), forces or presence reinforced ("تعزز قواتها"، "عززت الشرطة من تواجدها"), and weapons
systems, warplanes or warships deployed or moved somewhere ("نشرت روسيا منظومة صواريخ في قاعدة
طرطوس"). COERCE: people seized, told by "ضبط" ("ضبطت الأجهزة الأمنية 5 إرهابيين"), arms or a
cache seized or found ("ضبط مخزن"، "عثرت ... على أسلحة": disrupted weapons use), and an arrest
named after "بعد/إثر/على خلفية", which is no reference to one told before ("بعد احتجازه لثلاثة
أيام في النجف").
Each rule has a sentence it must take and a close one it must leave (a call, a purpose, a team's
ranks, a possibility, footage published, aid flown in, self-restraint, an order to arrest, drugs,
a body found, an arrest before which something happened).

Every sentence is written for these tests; the whole pipeline runs.
"""

from __future__ import annotations

import pytest

from rasd.api import extract
from tests.helpers import assert_takes_and_leaves, trigger_rules

PUBLISHED = "2021-03-10"

pytestmark = pytest.mark.usefixtures("no_confidence_filter")  # a rule's test, not the filter's


# (what is told, the plover, the rule, a sentence it must take, a close sentence it must leave)
CASES = [
    ("a batch of reinforcements named between", "MOBILIZE", "trigger:reinforcements",
     "أرسل الجيش التركي دفعة جديدة من التعزيزات العسكرية إلى ولاية كلس يوم الأحد.",
     "أرسل الجيش التركي دفعة جديدة من الرسائل إلى ولاية كلس يوم الأحد."),
    ("reinforcements sent, told by the verbal noun of a deed", "MOBILIZE", "trigger:reinforcements",
     "قامت فصائل عديدة اليوم بإرسال تعزيزات إلى بلدة مارع في ريف حلب الشمالي.",
     "طالبت فصائل عديدة اليوم بإرسال تعزيزات إلى بلدة مارع في ريف حلب الشمالي."),
    ("reinforcements sent, the verbal noun dating another deed", "MOBILIZE", "trigger:reinforcements",
     "وقتل عنصران عقب إرسال النظام تعزيزات عسكرية كبيرة إلى مدينة درعا.",
     "ودعا المجلس إلى إرسال تعزيزات عسكرية كبيرة إلى مدينة درعا."),
    ("forces reinforced", "MOBILIZE", "trigger:reinforcements",
     "وعززت الشرطة الإسرائيلية من تواجدها في مدينة القدس يوم الجمعة.",
     "وكان اللاعب قد عزز صفوف نادي الوحدة في مدينة دمشق يوم الجمعة."),
    ("forces reinforced, not a possibility", "MOBILIZE", "trigger:reinforcements",
     "الولايات المتحدة تعزز قواتها في مدينة درعا",
     "ويمكن أن تعزز الولايات المتحدة قواتها في مدينة درعا."),
    ("a missile system deployed", "MOBILIZE", "trigger:deployment",
     "ثم نشرت روسيا منظومة صواريخ ( إس 300 ) في قاعدة طرطوس يوم الثلاثاء.",
     "ونشر الجيش السوري لقطات تظهر طائرات حربية في سماء حماة يوم الأحد."),
    ("warplanes sent to a base, not aid flown in", "MOBILIZE", "trigger:deployment",
     "وأرسلت روسيا مزيدا من طائرات سوخوي 34 إلى قاعدة حميميم الجوية يوم الأحد.",
     "وأرسلت الإمارات طائرات محملة بالمساعدات الإنسانية إلى مطار عدن يوم الأحد."),
    ("people seized (ضبط)", "COERCE", "trigger:arrest",
     "ضبطت الأجهزة الأمنية المصرية 5 إرهابيين قبل تنفيذ عمليات تخريبية في مدينة السويس.",
     "وأظهرت الأجهزة الأمنية المصرية أعلى درجات ضبط النفس في مدينة السويس."),
    ("people seized, the verbal noun with a count, not an order", "COERCE", "trigger:arrest",
     "وتمكنت الأجهزة الأمنية المصرية من ضبط أحد المتهمين الهاربين في مدينة العريش يوم الأحد.",
     "وأمرت النيابة المصرية بسرعة ضبط المتهمين الهاربين في مدينة العريش يوم الأحد."),
    ("a cache seized", "COERCE", "trigger:weapons_seized",
     "تمكنت قوات الجيش المصري من ضبط مخزن أسلحة للعناصر التكفيرية في مدينة العريش يوم الأحد.",
     "تمكنت قوات الشرطة المصرية من ضبط كمية من المخدرات في مدينة العريش يوم الأحد."),
    ("arms found, not a body", "COERCE", "trigger:weapons_seized",
     "وعثرت وحدات من الجيش على أسلحة متنوعة خلال تمشيط قرى ريف سلمية يوم الأحد.",
     "وعثرت وحدات من الجيش على جثة رجل خلال تمشيط قرى ريف سلمية يوم الأحد."),
    ("an arrest after which a release is told", "COERCE", "trigger:arrest",
     "أفرجت السلطات عن الصحفي ضياء الغريفي بعد احتجازه لثلاثة أيام في أحد مراكز الشرطة في النجف.",
     "أفرجت السلطات عن الصحفي ضياء الغريفي قبل احتجازه في أحد مراكز الشرطة في النجف."),
]


@pytest.mark.parametrize(("plover", "rule", "take", "leave"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_takes_and_leaves(plover: str, rule: str, take: str, leave: str) -> None:
    assert_takes_and_leaves(plover, rule, take, leave)


def test_an_arrest_after_a_quarrel_is_told() -> None:
    """"على خلفية اعتقال" names the arrest a quarrel broke out over, told only there; the same
    words before a clash still name a clash told elsewhere (the reference filter stays)."""
    text = "بدأ الخلاف على خلفية اعتقال أحرار الشام لأحد عناصر فتح الشام في ريف جسر الشغور."
    assert "trigger:arrest" in trigger_rules(text, "COERCE")
    clash = "بدأ الخلاف على خلفية الاشتباكات في ريف جسر الشغور."
    assert not trigger_rules(clash, "ASSAULT")


def test_a_seizure_is_disrupted_weapons_use() -> None:
    """ACLED's sub-event type of a cache seized, as the dev gold codes it."""
    doc = extract("وعثرت وحدات من الجيش على أسلحة متنوعة خلال تمشيط قرى ريف سلمية يوم الأحد.",
                  published=PUBLISHED)
    seized = [e for e in doc.events if e.rule == "trigger:weapons_seized"]
    assert seized and seized[0].sub_event_type == "Disrupted weapons use"
    assert seized[0].event_type == "Strategic developments"


def test_a_seizure_is_told_as_one_in_the_notes() -> None:
    """The notes of a cache seized say so, not the interception of an air-defence trigger."""
    doc = extract("وعثرت وحدات من الجيش على أسلحة متنوعة خلال تمشيط قرى ريف سلمية يوم الأحد.",
                  published=PUBLISHED)
    seized = [e for e in doc.events if e.rule == "trigger:weapons_seized"]
    assert seized and "seized weapons or explosives" in seized[0].notes
    assert "intercepted" not in seized[0].notes


def test_positions_fortified_are_no_deployment() -> None:
    """"عززت مواقعها" tells positions fortified in a battle's advance, not forces brought in."""
    assert "trigger:reinforcements" not in trigger_rules(
        "وعززت الميليشيات الشيعية مواقعها بتقدمها نحو الطريق الرئيسي في ريف حلب الشمالي.", "MOBILIZE")


def test_forces_as_the_subject_are_not_what_is_reinforced() -> None:
    """"وعززت قوات النظام مواقعها": the forces are who fortified, and positions are no deployment."""
    assert "trigger:reinforcements" not in trigger_rules(
        "بعد أن حصنت وعززت قوات النظام مواقعها الجديدة في حي الليرمون بمدينة حلب.", "MOBILIZE")
