"""Recall of violent and coercive events on reports rasd has not seen (26 Nov, session 9):
the wordings of an arrest and of a capture the triggers missed — "ألقت القبض" read as a
finite verb (its ال is the root's, not the article), the subject between "ألقت" and "القبض",
"قبضت ... على" and the passive "تم القبض على", a capture announced with the bare verbal
noun "أعلن ... السيطرة على" — each with a close sentence that reports none (a figurative
"قبض"، an arrest only sought, a battle for control opened, a plan announced).

Every sentence is written for these tests; the whole pipeline runs.
"""

from __future__ import annotations

import pytest

from rasd.api import extract
from rasd.events.detect import _word_form
from rasd.events.lexicon import lexicon

PUBLISHED = "2021-03-10"


def typed(text: str, plover: str) -> list[str | None]:
    """ACLED sub-event types of the ``plover`` events rasd emits for ``text``."""
    return [e.sub_event_type for e in extract(text, published=PUBLISHED).events if e.plover == plover]


def _kind(trigger_id: str):
    return next(t for t in lexicon().triggers if t.id == trigger_id)


@pytest.mark.parametrize("word", ["القت", "والقت", "القي", "القوا"])
def test_root_alif_lam_verb_is_a_finite_verb_not_a_definite_noun(word: str) -> None:
    # "ألقت" normalises to "القت": its ال is hamza + the root's lam, not the article
    assert _word_form(_kind("arrest"), word) == ("frame", False)


def test_article_still_makes_a_definite_noun() -> None:
    assert _word_form(_kind("arrest"), "الاعتقالات") == ("noun", True)
    assert _word_form(_kind("arrest"), "القاء") == ("noun", True)  # إلقاء: a verbal noun


def test_arrest_told_once_with_alqat_is_an_event() -> None:
    # the one arrest of a short report, told by a verb whose ال is its root's: read as a
    # definite noun it pointed back at nothing and was lost
    text = ("وذكر بيان لشرطة محافظة ذي قار أن مفرزة من قسم مكافحة الإرهاب في مدينة الناصرية ألقت"
            " القبض على مطلوب بتهمة الانتماء إلى تنظيم داعش. وأضاف البيان أن المتهم أحيل إلى القضاء.")
    assert typed(text, "COERCE") == ["Arrests"]


# (what is told, an arrest reported, a close sentence that reports none)
ARRESTS = [
    ("the subject between ألقت and القبض",
     "ألقت الأجهزة الأمنية في مدينة الرمادي القبض على ثلاثة مطلوبين فجر الأحد.",
     "ألقت الأجهزة الأمنية في مدينة الرمادي نظرة على الأحياء المدمرة فجر الأحد."),
    ("قبضت ... على with its subject",
     "وقبضت الشرطة البلجيكية على أربعة أشخاص في مدينة أنتويرب يوم الجمعة.",
     "وقبض الموت على روح الشاعر في مدينة أنتويرب يوم الجمعة."),
    ("the passive told with تم",
     "وتم القبض على اثنين من عناصر التنظيم في حي الزهور بمدينة الموصل يوم الثلاثاء.",
     "وتسعى الشرطة إلى القبض على اثنين من عناصر التنظيم في حي الزهور بمدينة الموصل."),
]


@pytest.mark.parametrize(("what", "told", "not_told"), ARRESTS, ids=[c[0] for c in ARRESTS])
def test_arrest_wordings(what: str, told: str, not_told: str) -> None:
    assert typed(told, "COERCE") == ["Arrests"], what
    assert typed(not_told, "COERCE") == [], what


CAPTURES = [
    ("a capture announced with the bare verbal noun, the day set off by commas",
     "وأعلن الجيش العراقي , أمس الخميس , السيطرة بالكامل على قضاء راوة غربي الأنبار.",
     "وأعلن الجيش العراقي , أمس الخميس , بدء معركة السيطرة على قضاء راوة غربي الأنبار."),
    ("a capture announced by the authorities",
     "أعلنت السلطات العراقية اليوم السيطرة على قضاء سنجار بعد انسحاب المسلحين.",
     "أعلنت السلطات العراقية اليوم أنها تنوي السيطرة على قضاء سنجار بعد انسحاب المسلحين."),
]


@pytest.mark.parametrize(("what", "told", "not_told"), CAPTURES, ids=[c[0] for c in CAPTURES])
def test_capture_announced(what: str, told: str, not_told: str) -> None:
    assert "Government regains territory" in typed(told, "ASSAULT"), what
    assert not any(t and "territory" in t for t in typed(not_told, "ASSAULT")), what


def test_one_supported_trigger_supports_its_happening() -> None:
    # the claim names "the attacks" (no armed word near it), the clause after tells who
    # attacked what: one happening, supported by its second word
    told = ("ونشرت حسابات مقربة من المتشددين على شبكة الانترنت بيانا يتبنى الهجمات , مؤكدة أن عدة"
            " مفارز شنت فجر الخميس هجوما واسعا على مواقع للجيش شمال بلدة القريتين .")
    words_only = ("ونشرت صحيفة مقربة من الحكومة على شبكة الانترنت مقالا ينتقد الهجمات , مؤكدة أن"
                  " المعارضة شنت يوم الخميس هجوما حادا جدا على الحكومة في البرلمان .")
    assert len(typed(told, "ASSAULT")) == 1
    assert typed(words_only, "ASSAULT") == []


SWEEPS = [
    ("a security operation carried out in a village",
     "وذكر بيان للشرطة أن قوة أمنية من فوج الطوارئ نفذت عملية أمنية في قرية الحديد جنوب ناحية"
     " بهرز يوم الأحد .",
     "وتأتي هذه الخطوة في إطار العمليات الأمنية التي تخطط لها القوات في ناحية بهرز ."),
    ("a search campaign launched on houses",
     "وشن الجيش التركي حملة تفتيش على منازل في بلدة جزرة يوم الاثنين .",
     "وطالب النائب بحملة تفتيش على منازل في بلدة جزرة بعد أحداث الاثنين ."),
]


@pytest.mark.parametrize(("what", "told", "not_told"), SWEEPS, ids=[c[0] for c in SWEEPS])
def test_security_sweep_is_a_raid(what: str, told: str, not_told: str) -> None:
    assert len(typed(told, "COERCE")) == 1, what
    assert typed(not_told, "COERCE") == [], what


# (what is told, a happening tied to a countryside, the same words tied to no place below a country)
AREAS = [
    ("clashes told in a countryside",
     "وأفاد ناشطون باشتباكات متقطعة بين قوات النظام وعناصر التنظيم في ريف الرقة الشرقي .",
     "وأفاد ناشطون باشتباكات متقطعة بين قوات النظام وعناصر التنظيم في سوريا ."),
    ("air strikes on villages of a countryside",
     "وتحدثت مصادر محلية عن غارات جوية على قرى في ريف إدلب الجنوبي .",
     "وتحدثت مصادر محلية عن غارات جوية على قرى في سوريا ."),
]


@pytest.mark.parametrize(("what", "told", "not_told"), AREAS, ids=[c[0] for c in AREAS])
def test_countryside_anchors_a_noun_trigger(what: str, told: str, not_told: str) -> None:
    assert len(typed(told, "ASSAULT")) == 1, what
    assert typed(not_told, "ASSAULT") == [], what


def test_territory_of_a_country_size_anchors_nothing() -> None:
    # "قطاع غزة" is a region with no governorate: a warning about rockets fired from it is
    # talk of a war, not one happening tied to a place
    text = ("من جانب آخر , حذر رئيس الوزراء قادة الفصائل المسلحة في قطاع غزة من الاستمرار في"
            " إطلاق الصواريخ على البلدات الجنوبية .")
    assert typed(text, "ASSAULT") == []


BLOWS = [
    ("shells told after the verb that says they fell",
     "وسقطت عدة قذائف هاون على بلدة حرفا في ريف دمشق الجنوبي الغربي صباح الأحد .",
     "وأكد المسؤول أن الأسعار سقطت بعد أن أطلقت الحكومة خطة جديدة .",
     "Shelling/artillery/missile attack"),
    ("a beheading told by its own words",
     "وفي الثلاثين من تشرين الأول الماضي تم قطع رأس الناشط أحمد العلي وصديقه في مدينة أورفا جنوب تركيا .",
     "وكتب المحلل أن قطع الرؤوس صار علامة التنظيم في دعايته .",
     "Attack"),
]


@pytest.mark.parametrize(("what", "told", "not_told", "sub"), BLOWS, ids=[c[0] for c in BLOWS])
def test_blow_wordings(what: str, told: str, not_told: str, sub: str) -> None:
    assert typed(told, "ASSAULT") == [sub], what
    assert typed(not_told, "ASSAULT") == [], what


def test_shell_fallen_in_the_other_clause_is_its_own_shelling() -> None:
    # the clause past "في حين" tells a second blow: each town gets its shelling
    doc = extract("تعرضت أحياء في بلدة سراقب لقصف مدفعي من قوات النظام، في حين سقطت قذيفة على حي"
                  " الحمدانية في حلب.", published=PUBLISHED)
    places = {str((e.location or {}).get("name")) for e in doc.events if e.plover == "ASSAULT"}
    assert "Saraqib" in places
    assert any("Hamdaniya" in p for p in places)


def test_property_seized_by_a_finite_verb_is_looting() -> None:
    seized = ("واستولى مسلحو التنظيم على مخازن ومكاتب الهلال الأحمر في مدينة منبج يوم الاثنين"
              " وصادروا المعدات .")
    a_name = "وقررت لجنة نهب أموال الجماعة التحفظ على شركات جديدة في القاهرة يوم الاثنين ."
    assert typed(seized, "COERCE") == ["Looting/property destruction"]
    assert typed(a_name, "COERCE") == []
