"""Mentions that report no happening, fifth set (26 Nov, session 6): a date ahead of the report,
a tally over a period, an ongoing campaign "since", what a group did told in a relative clause,
an accident named as the cause of deaths further on, a speaker's "we shell", a purpose; and,
for recall, an arrest told after "قبل أن" with its subject.

Every case is a pair of sentences written for these tests: one the rule must leave an event,
a close one it must rule out, with the TRIGGER span naming the context label and the rule that
did it. The whole pipeline runs; nothing is added by hand.
"""

from __future__ import annotations

import pytest

from rasd.api import extract

PUBLISHED = "2021-03-10"


def plovers(text: str) -> set[str]:
    return {e.plover for e in extract(text, published=PUBLISHED).events}


# (class, PLOVER type, a sentence that reports it, a close one that does not, the rule it names)
CASES = [
    ("a meeting on a day ahead", "CONSULT",
     "وعقد وزراء خارجية الجامعة العربية اجتماعا في القاهرة يوم الأحد لبحث الوضع في القدس.",
     "ويعقد وزراء خارجية الجامعة العربية اجتماعا في القاهرة لبحث الوضع في القدس في الأول من شباط المقبل.",
     "future:date-ahead"),
    ("talks set for a day ahead", "CONSULT",
     "والتقى وزير الخارجية الروسي نظيره التركي في مدينة سوتشي يوم الأحد.",
     "وأعلن الوزير أن محادثات السلام بين روسيا وتركيا في مدينة سوتشي حددت في الأول من شباط المقبل.",
     "future:date-ahead"),
    ("a month's tally", "ASSAULT",
     "ونفذ التنظيم هجوما انتحاريا على حاجز للجيش في مدينة سامراء يوم الجمعة.",
     "وأعلن التنظيم أنه نفذ خلال شهر نيسان 40 عملية انتحارية في العراق وسوريا.",
     "historical:tally:"),
    ("so many of them", "ASSAULT",
     "وارتكبت قوات النظام مجزرة في بلدة كفرنبل يوم الخميس قتل فيها 12 مدنيا.",
     "وجاءت محافظة إدلب ثانية في التقرير الشهري بواقع 9 مجازر.",
     "historical:tally:بواقع"),
    ("a campaign since a month", "ASSAULT",
     "ودارت اشتباكات عنيفة بين القوات الحكومية والمسلحين في مدينة سرت يوم الأحد.",
     "وتخوض القوات الحكومية منذ 4 مارس معارك عنيفة ضد المسلحين في مدينة سرت.",
     "historical:since:"),
    ("a campaign for over a month", "ASSAULT",
     "وشنت قوات النظام هجوما على بلدة العيس في ريف حلب الجنوبي فجر اليوم.",
     "ويحاول النظام منذ أكثر من شهر التقدم عبر هجمات متواصلة على بلدة العيس في ريف حلب.",
     "historical:since:"),
    ("what a group demanded, as background", "REQUEST",
     "وطالب فصيل جيش الإسلام أمس في دمشق بالإفراج عن المعتقلين.",
     "ويحتجز النظام في سجونه عشرات من عناصر جيش الإسلام الذين طالبوا بالإفراج عن المعتقلين.",
     "historical:biography:"),
    ("what the parties agreed, as background", "AGREE",
     "واتفقت روسيا وتركيا وإيران يوم الجمعة على نشر مراقبين في محافظة إدلب.",
     "وصار التنظيم عدوا مشتركا للدول التي اتفقت على محاربته في محافظة إدلب.",
     "historical:biography:"),
    ("a speaker's practice", "ASSAULT",
     "وقصفت الوحدات الكردية المواقع العسكرية في مدينة مارع يوم الأحد.",
     "وقال القائد : نحن نقصف المواقع العسكرية في مدينة مارع ولا نستهدف المدنيين.",
     "historical:first-person:"),
    ("what a push aims at", "ASSAULT",
     "واندلعت معركة عنيفة في حي الشيخ سعيد بمدينة حلب يوم الأحد.",
     "وتهدف القوات من خلالها إلى حسم المعركة الجارية في حي الشيخ سعيد بمدينة حلب.",
     "hypothetical:"),
    ("an attack awaited", "ASSAULT",
     "وشنت قوات النظام هجوما على مدينة إدلب يوم الأحد.",
     "وأرسل حزب الله مقاتلين إلى ريف حلب للمشاركة في هجوم مرتقب على مدينة إدلب.",
     "future:مرتقب"),
    ("an attack planned", "ASSAULT",
     "ونفذ خمسة مسلحين هجوما على ملهى في مدينة اسطنبول يوم الأحد.",
     "واعتقلت الشرطة التركية يوم الأحد خمسة أشخاص يخططون لهجوم في مدينة اسطنبول.",
     "future:يخططون"),
    ("a drug arrest", "COERCE",
     "واعتقلت الشرطة يوم الأحد في مدينة إربد شابين بتهمة الانتماء لتنظيم داعش.",
     "واعتقلت الشرطة مروج مخدرات في مدينة إربد يوم الأحد.",
     "sense:"),
    ("a detention centre", "COERCE",
     "واحتجزت الشرطة اللاجئ في مدينة إربد يوم الأحد.",
     "وأفاد اللاجئ أنه نقل يوم الأحد إلى مركز احتجاز في مدينة إربد.",
     "reference:مركز"),
    ("a fire, not a killing", "ASSAULT",
     "قتل 12 شخصا بينهم طفل وأصيب 15 آخرون برصاص مسلحين في مدينة الموصل يوم السبت.",
     "قتل 12 شخصا بينهم طفل وأصيب 15 آخرون بجروح خطيرة نتيجة حريق اندلع بمبنى سكني في مدينة الموصل.",
     "sense:نتيجه"),
]


@pytest.mark.parametrize(("name", "plover", "reported", "talked_about", "rule"), CASES,
                         ids=[c[0] for c in CASES])
def test_a_report_is_an_event_and_the_close_sentence_is_not(name, plover, reported, talked_about, rule):
    assert plover in plovers(reported)
    doc = extract(talked_about, published=PUBLISHED)
    assert plover not in {e.plover for e in doc.events}
    rules = [s.rule for s in doc.spans_of("TRIGGER")]
    assert any(f"|{rule}" in r for r in rules), rules


def test_a_town_keeps_a_weeks_strikes():
    # a count over a period on a named town tells that town's strikes
    assert "ASSAULT" in plovers("وشنت الطائرات الحربية خلال الأسبوع الماضي 20 غارة على مدينة سراقب.")


def test_a_perfect_verb_since_a_day_is_told():
    # "منذ 6 يونيو" after a perfect verb dates the arrest; the campaign rule is for nouns and imperfects
    assert "COERCE" in plovers("واعتقلت قوات الأمن الناشط منذ 6 يونيو في مدينة حمص.")


def test_a_speakers_aside_tells_the_meeting():
    # a relative clause set off by commas after a name tells news, not background
    doc = extract("وقال لافروف ، الذي اجتمع بالمعارض أحمد الجربا في موسكو ، إن المؤتمر مهم.",
                  published=PUBLISHED)
    rules = [s.rule for s in doc.spans_of("TRIGGER") if doc.span_text(s).startswith("اجتمع")]
    assert rules and not any("historical" in r for r in rules), rules


def test_an_arrest_told_after_qabla_an_with_its_subject():
    text = "واختبأ الناشط في منزل أقاربه أياما قبل أن تعتقله الشرطة في مدينة حمص."
    doc = extract(text, published=PUBLISHED)
    assert "COERCE" in {e.plover for e in doc.events}
    assert any("form:before-that" in s.rule for s in doc.spans_of("TRIGGER"))
    # no subject after it: still an imperfect, not told
    bare = extract("ويخشى الناشط أن يختبئ أياما قبل أن يعتقل.", published=PUBLISHED)
    assert not any("form:before-that" in s.rule for s in bare.spans_of("TRIGGER"))
    # a modal before it still rules it out
    must = extract("ويجب إخراج المدنيين من المدينة قبل أن تقصف الطائرات مدينة حمص.", published=PUBLISHED)
    assert "ASSAULT" not in {e.plover for e in must.events}


def test_bloody_supports_an_ambiguous_attack_word():
    # "اعتداء" may be words or a blow; "الدامية" says it was a blow (as a toll or a weapon would)
    assert "ASSAULT" in plovers("وهزت الاعتداءات الدامية مدينة باريس يوم الجمعة.")
    assert "ASSAULT" not in plovers("وهزت الاعتداءات مدينة باريس يوم الجمعة.")
