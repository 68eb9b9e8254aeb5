"""Mentions that report no happening, third set (session of 26 Nov): habits, transcripts,
declining to comment, demands, counterfactuals, "without fighting", a court's extension of a
detention, missile tests, spans since a month or over recent years.

Every case is a pair of sentences written for these tests: one the rule must leave an event,
a close one it must rule out, with the TRIGGER span naming the context label that did it.
The whole pipeline runs; nothing is added by hand.
"""

from __future__ import annotations

import pytest

from rasd.api import extract

PUBLISHED = "2021-03-10"

# (class, PLOVER type, a sentence that reports it, a close one that does not, context label)
CASES = [
    ("habit verb", "ASSAULT", "قصفت الطائرات الحربية الأسواق الشعبية في مدينة دوما أمس.",
     "دأبت الطائرات الحربية على قصف الأسواق الشعبية في مدينة دوما.", "historical"),
    ("habit, imperfect", "ASSAULT", "قصف الجيش قرى ريف حماة الشمالي بالمدفعية صباح اليوم.",
     "واعتاد الجيش أن يقصف قرى ريف حماة الشمالي بالمدفعية.", "historical"),
    ("without fighting", "ASSAULT", "اندلعت اشتباكات عنيفة في بلدة الحارة أمس بين الجيش والمسلحين.",
     "وسلم المسلحون بلدة الحارة للجيش دون قتال.", "negated"),
    ("there will be", "ASSAULT", "دارت معركة عنيفة بين الجيش والمسلحين في منطقة إدلب أمس.",
     "وأكد الضابط أنه ستكون هناك معركة أخرى للجيش في منطقة إدلب.", "future"),
    ("declined to comment", "REJECT", "رفضت الحكومة السورية يوم الاثنين المقترح الروسي في جنيف.",
     "ورفض المتحدث باسم الحكومة السورية يوم الاثنين التعليق على المقترح الروسي.", "sense"),
    ("declined to confirm", "REJECT", "رفض الوفد المعارض الأربعاء الورقة التي قدمها المبعوث الأممي.",
     "ورفض الوفد المعارض الأربعاء تأكيد أو نفي مشاركته في الجولة.", "sense"),
    ("asked for comment", "REQUEST", "طلبت وزارة الدفاع الروسية من الجيش التركي سحب قواته من مدينة عفرين الثلاثاء.",
     "وطلبت وكالة رويترز من الجيش الإسرائيلي الثلاثاء التعليق على ما جرى في المدينة.", "sense"),
    ("a student", "REQUEST", "طالب الجيش السوري يوم الأحد المسلحين في المدينة بتسليم أسلحتهم.",
     "وكان طالب الثانوية يوم الأحد عائدا من المدرسة في المدينة.", "sense"),
    ("demanded, not done", "COERCE", "اعتقلت الشرطة التركية الناشط في مدينة أنطاكيا يوم الأحد.",
     "وتطالب منظمات حقوقية يوم الأحد باعتقال الضابط في مدينة أنطاكيا.", "hypothetical"),
    ("counterfactual", "COERCE", "اعتقلت السلطات عشرات الأمراء في الرياض يوم السبت.",
     "ولو حصل هذا في بلد آخر لسارعت المنظمات الدولية إلى الاحتجاج على اعتقال الأمراء في الرياض يوم السبت.",
     "hypothetical"),
    ("a condition after the noun", "ASSAULT", "دارت اشتباكات بين الجيش والمسلحين في إدلب أمس.",
     "واشتباكات الجيش مع المسلحين في إدلب واردة إذا فشلت المفاوضات.", "hypothetical"),
    ("to impose control", "ASSAULT", "بسطت الفصائل سيطرتها على بلدة مورك أمس.",
     "وتسعى الفصائل لبسط سيطرتها على بلدة مورك.", "hypothetical"),
    ("a detention extended", "COERCE", "اعتقلت الشرطة ثلاثة مشتبهين في مدينة الناصرة اليوم الخميس.",
     "ومددت محكمة الصلح في الناصرة اليوم الخميس فترة اعتقال ثلاثة مشتبهين.", "reference"),
    ("a missile test", "ASSAULT", "أطلقت الفصائل صواريخ على مدينة حلب صباح اليوم.",
     "وأثارت تجربة إطلاق الصواريخ التي أجرتها بيونغ يانغ صباح اليوم قلقا في المنطقة.", "sense"),
    ("since a month", "ASSAULT", "شن الطيران الروسي غارات على بلدة سراقب فجر اليوم.",
     "ومنذ نوفمبر الماضي كثف الطيران الروسي غاراته على ريف إدلب.", "historical"),
    ("arrested over and over", "COERCE", "اعتقلت الشرطة الناشط في دمشق أمس للمرة الثانية.",
     "واعتقل الناشط أكثر من عشرين مرة بتهم مختلفة.", "historical"),
    ("a ship held", "COERCE", "احتجزت السلطات الإيرانية بحارا بريطانيا في مضيق هرمز أمس.",
     "احتجزت السلطات الإيرانية سفينة بريطانية في مضيق هرمز أمس.", "sense"),
    ("footage of it", "ASSAULT", "اغتيل القائد في حي كفرسوسة بدمشق مساء أمس.",
     "وحصلت القناة على مشاهد من عملية اغتيال القائد في دمشق.", "reference"),
    ("its martyrs", "ASSAULT", "اغتال مسلحون النائب في بيروت صباح اليوم.",
     "وقدم الوفد التعازي لأهالي شهداء الاغتيالات في بيروت.", "reference"),
    ("in recent years", "PROTEST", "تظاهر مئات الطلاب أمام مبنى البرلمان في عمان أمس.",
     "ونظمت النقابات احتجاجات عامة دعما للأسرى في السنوات الأخيرة.", "historical"),
]


@pytest.mark.parametrize(("name", "plover", "reported", "talked_about", "label"), CASES,
                         ids=[c[0] for c in CASES])
def test_a_report_is_an_event_and_the_close_sentence_is_not(name, plover, reported, talked_about, label):
    assert plover in {e.plover for e in extract(reported, published=PUBLISHED).events}
    doc = extract(talked_about, published=PUBLISHED)
    assert plover not in {e.plover for e in doc.events}
    rules = [s.rule for s in doc.spans_of("TRIGGER")]
    assert any(f"|{label}:" in r for r in rules), rules


def test_a_habit_verb_leaves_a_dated_strike_with_its_toll():
    doc = extract("دأبت الطائرات على قصف المدينة، وقصفت أمس الأربعاء سوق دوما ما أدى إلى مقتل خمسة مدنيين.",
                  published=PUBLISHED)
    assert "ASSAULT" in {e.plover for e in doc.events}


def test_one_days_bombing_twenty_times_over_is_still_an_event():
    doc = extract("قصفت الطائرات بلدة سراقب 20 مرة منذ صباح اليوم.", published=PUBLISHED)
    assert "ASSAULT" in {e.plover for e in doc.events}


def test_a_verbal_noun_after_a_purpose_is_no_killing():
    purpose = extract("وقال المتحدث إن قواته تعمل من أجل قتل أو اعتقال جميع المسلحين في المدينة.",
                      published=PUBLISHED)
    assert not {"ASSAULT", "COERCE"} & {e.plover for e in purpose.events}
    killed = extract("قتل مسلحون ثلاثة مدنيين في مدينة درعا أمس من أجل سرقة سيارتهم.", published=PUBLISHED)
    assert "ASSAULT" in {e.plover for e in killed.events}


# a transcript written for the test: a host and a guest take turns; the guest's view of a
# battle is no event, the strike he tells with its town, day and toll is one
TRANSCRIPT = """سامر خليل : أهلا بكم مشاهدينا في حلقة جديدة من البرنامج.
سامر خليل : معنا من دمشق الباحث وليد حمدان، أستاذ وليد كيف تقرأ ما يجري؟
وليد حمدان : أعتقد أن المعركة في الشمال معقدة جدا وأن الحسابات الإقليمية تتحكم بها.
سامر خليل : وهل ترى أن المفاوضات ستنجح؟
وليد حمدان : الطرفان يرفضان تقديم أي تنازل حتى الآن.
سامر خليل : أستاذ وليد، ماذا عن الميدان؟
وليد حمدان : أمس الثلاثاء قصفت الطائرات مدينة سراقب وقتل سبعة مدنيين.
سامر خليل : شكرا لك."""

NEWS = """أعلن الجيش أمس عن سير العمليات في الشمال.
الناطق باسم الجيش : المعركة في الشمال معقدة جدا.
وقال الناطق إن الطائرات قصفت أمس الثلاثاء مدينة سراقب وقتل سبعة مدنيين.
وأضاف : نواصل العمليات."""


def test_a_transcript_keeps_only_what_a_speaker_ties_to_a_day_a_town_or_a_toll():
    doc = extract(TRANSCRIPT, published=PUBLISHED)
    triggers = {s.start: s.rule for s in doc.spans_of("TRIGGER")}
    battle = doc.text.index("المعركة")
    assert "|historical:genre-opinion" in triggers[battle]
    assert not any(doc.text[e.sentence_start:e.sentence_end].count("المعركة") for e in doc.events)
    assert any("سراقب" in doc.text[e.sentence_start:e.sentence_end] for e in doc.events if e.plover == "ASSAULT")


def test_a_report_quoting_a_spokesman_once_is_no_transcript():
    doc = extract(NEWS, published=PUBLISHED)
    assert not any("genre-opinion" in s.rule for s in doc.spans_of("TRIGGER"))


def test_a_strike_someone_is_asked_to_comment_on_is_told_elsewhere():
    asked = extract("ورفض الجيش الإسرائيلي التعليق على الغارة.", published=PUBLISHED)
    assert "ASSAULT" not in {e.plover for e in asked.events}
    told = extract("وشن الجيش الإسرائيلي الغارة على مطار المزة فجر اليوم.", published=PUBLISHED)
    assert "ASSAULT" in {e.plover for e in told.events}


def test_a_house_demolished_by_forces_is_property_destruction_and_a_planned_one_is_not():
    def typed(text):
        return {(e.plover, e.sub_event_type) for e in extract(text, published=PUBLISHED).events}
    assert ("COERCE", "Looting/property destruction") in typed(
        "هدمت قوات الاحتلال الإسرائيلي منزل عائلة الأسير في بلدة بيت أمر صباح اليوم.")
    assert ("COERCE", "Looting/property destruction") in typed(
        "وأضرم مستوطنون النار في ثلاثة منازل بقرية دوما جنوب نابلس فجر اليوم.")
    assert not typed("وقالت الوزارة إنها ستهدم منزل منفذ العملية في القدس.")
    assert not typed("سيتم هدم منزله في القدس خلال أيام.")
