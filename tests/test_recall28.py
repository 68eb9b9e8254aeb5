"""Deaths the martyrs' lists and daily tallies of rights groups tell, which rasd missed (RECALL28).

A death under torture ("استشهد تحت التعذيب"، "قضى تحت التعذيب في سجون النظام"، "وفاة معتقل تحت
التعذيب") is an attack on someone defenceless (ACLED: Violence against civilians, Attack): its own
trigger, ``torture_death``. A death told with its cause ("قضى بالاشتباكات في الزبداني"، "استشهد
بالقصف على مدينة الرستن"، "ارتقى برصاص قناص") makes the cause's noun a happening that took place,
as a light verb does ("شنت ... غارات"): the noun is no longer a bare mention left unanchored.
Each rule has a sentence it must take and a close one it must leave (a total over years, a
report's total, "many of them", a threat, years spent in battles, a deal that ended clashes, a
court's ruling).

Every sentence is written for these tests; the whole pipeline runs.
"""

from __future__ import annotations

import pytest

from rasd.api import extract
from tests.helpers import assert_takes_and_leaves, trigger_rules

PUBLISHED = "2015-08-03"

pytestmark = pytest.mark.usefixtures("no_confidence_filter")  # a rule's test, not the filter's


# (what is told, the plover, the rule, a sentence it must take, a close sentence it must leave)
CASES = [
    ("a death under torture, not a total over years", "ASSAULT", "trigger:torture_death",
     "وقضى الشاب أحمد العلي تحت التعذيب في سجن صيدنايا يوم الثلاثاء.",
     "ووثقت الشبكة مقتل 13 ألف شخص تحت التعذيب في سجون النظام منذ عام 2011."),
    ("a detainee's death under torture, not a threat of it", "ASSAULT", "trigger:torture_death",
     "أعلنت الهيئة وفاة معتقل تحت التعذيب في فرع الأمن العسكري بحمص أمس.",
     "وهدد المحقق المعتقلين بالموت تحت التعذيب في فرع الأمن العسكري بحمص أمس."),
    ("a martyr under torture, his name between", "ASSAULT", "trigger:torture_death",
     "تدمر : استشهد أحمد أسعد تحت التعذيب في فرع الأمن العسكري بتدمر.",
     "تدمر : تعرض أحمد أسعد للضرب في فرع الأمن العسكري بتدمر قبل أن يطلق سراحه."),
    ("one death in a daily tally, not a report's total", "ASSAULT", "trigger:torture_death",
     "وفي محافظة حلب قضى ( 1 ) تحت التعذيب في أحد سجون أحرار الشام .",
     "وأشارت الشبكة إلى أن قوات النظام قتلت 602 مدني , إضافة إلى 57 شخصا قضوا تحت التعذيب في حلب ."),
    ("one death in a governorate's tally, not a month's count in brackets", "ASSAULT", "trigger:torture_death",
     "كما قضى ( 1 ) تحت التعذيب في محافظة القنيطرة .",
     "ومن بين الضحايا ( 79 ) سيدة , و ( 13 ) شخصا قضوا تحت التعذيب في محافظة القنيطرة ."),
    ("a named doctor under torture, not many of them", "ASSAULT", "trigger:torture_death",
     "وقضى الطبيب محمد العلي تحت التعذيب في فرع المخابرات الجوية بحلب يوم الاثنين .",
     "وخسرت حلب الكثير من الأطباء , حيث قضى العديد منهم تحت التعذيب في فرع المخابرات الجوية بحلب ."),
    ("a death in the clashes, not years spent in them", "ASSAULT", "trigger:armed_clash",
     "18 - حسين محمود / ريف دمشق - مضايا / قضى بالاشتباكات في الزبداني .",
     "قضى حسين محمود سنوات طويلة في المعارك قبل أن يعود إلى الزبداني ."),
    ("a death in clashes at a town, not a deal that ended clashes", "ASSAULT", "trigger:armed_clash",
     "5 - محمد الأحمد / حمص - الرستن / استشهد بالاشتباكات على أطراف مدينة الرستن .",
     "وتوصل الطرفان إلى اتفاق قضى بوقف الاشتباكات في مدينة الرستن ."),
]


@pytest.mark.parametrize(("plover", "rule", "take", "leave"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_takes_and_leaves(plover: str, rule: str, take: str, leave: str) -> None:
    assert_takes_and_leaves(plover, rule, take, leave)


def test_a_death_under_torture_is_violence_against_civilians() -> None:
    """ACLED's typing of a prisoner tortured to death, with the prison as its place."""
    doc = extract("وقضى الشاب أحمد العلي تحت التعذيب في سجن صيدنايا يوم الثلاثاء.", published=PUBLISHED)
    died = [e for e in doc.events if e.rule == "trigger:torture_death"]
    assert died and died[0].plover == "ASSAULT"
    assert (died[0].event_type, died[0].sub_event_type) == ("Violence against civilians", "Attack")
    assert died[0].location is not None


def test_a_martyrs_list_item_tells_its_shelling() -> None:
    """"قضى بالقصف على بلدة" in a rights group's list: the shelling is a happening, not left out
    as a bare definite noun; the court's "قضت" before an execution stays a sentence, no event."""
    item = "13 - أمية السمرة / ريف دمشق / قضت بالقصف على بلدة بقين ."
    assert "trigger:bombardment" in trigger_rules(item, "ASSAULT")
    court = "قضت محكمة الجنايات بإعدام ثلاثة متهمين في قضية تفجير الكنيسة ."
    assert not trigger_rules(court, "ASSAULT")
