"""Mentions that report no happening, fourth set (26 Nov, wave 2): ceasefire wording, announced
deployments, demands repeated over and over, a career's list of battles, a polemic's "زعمهم",
companies targeting buyers, and a reply that opens a new happening.

Every case is a pair of sentences written for these tests: one the rule must leave an event,
a close one it must rule out, with the TRIGGER span naming the context label that did it.
The whole pipeline runs; nothing is added by hand.
"""

from __future__ import annotations

import pytest

from rasd.api import extract
from rasd.document import Document, Meta
from rasd.events.detect import find_candidates
from rasd.events.tokens import Words
from rasd.pipeline import DOCUMENT_STAGES, build

PUBLISHED = "2021-03-10"


def plovers(text: str) -> set[str]:
    return {e.plover for e in extract(text, published=PUBLISHED).events}


# (class, PLOVER type, a sentence that reports it, a close one that does not, context label)
CASES = [
    ("ceasefire, an adjective between", "ASSAULT",
     "وأطلق مسلحون النار على حاجز للشرطة في مدينة تعز يوم الأحد.",
     "وتوصل الطرفان يوم الأحد إلى وقف دائم لإطلاق النار في مدينة تعز.", "sense"),
    ("ceasefire asked for", "ASSAULT",
     "وفتح مسلحون النار على دورية للجيش في مدينة الفاشر أمس.",
     "وطالبت الدول العربية أمس بوقف فوري وشامل لإطلاق النار في مدينة الفاشر.", "sense"),
    ("ceasefire, accusative", "ASSAULT",
     "وأطلقت قوات الجيش النار على سيارة في مدينة السويداء يوم الأحد.",
     "وأعلن الجيش يوم الأحد وقفا مؤقتا لإطلاق النار في مدينة السويداء.", "sense"),
    ("a breach named, none told", "ASSAULT",
     "وخرق المسلحون الهدنة يوم الأحد بإطلاق النار على حاجز للجيش في مدينة درعا.",
     "واتهمت الحكومة المسلحين بخرق وقف إطلاق النار في مدينة درعا يوم الأحد.", "sense"),
    ("a demand made over and over", "REQUEST",
     "وطالبت الحكومة العراقية يوم الأحد بسحب القوات التركية من معسكر بعشيقة.",
     "وطالبت الحكومة العراقية مرات عدة بسحب القوات التركية من معسكر بعشيقة.", "historical"),
    ("a career's battles", "ASSAULT",
     "ودارت معارك عنيفة في محيط مطار كويرس بريف حلب يوم الأحد.",
     "وقاد الضابط عدة معارك أبرزها معركة مطار كويرس في ريف حلب.", "historical"),
    ("a polemic's claim", "ASSAULT",
     "وزعمت وكالة الأنباء أن قوات المعارضة ارتكبت مجزرة في مدينة حماة يوم الأحد.",
     "وكتب الصحفي أن زعمهم بأن قوات المعارضة ارتكبت مجزرة في مدينة حماة باطل.", "reference"),
    ("targeting buyers", "ASSAULT",
     "واستهدف مسلحون رواد مقهى في مدينة بعقوبة يوم الأحد.",
     "وتستهدف الشركة المستهلكين في مدينة بعقوبة بمنتجات جديدة منذ يوم الأحد.", "sense"),
    ("lately", "ASSAULT",
     "وشن الطيران الروسي غارات جوية على مدينة إدلب يوم السبت.",
     "ويشن الطيران الروسي غارات جوية مكثفة على مدينة إدلب في الآونة الأخيرة.", "historical"),
    ("the accused of it", "ASSAULT",
     "ووقع تفجير في مدينة صيدا يوم الاثنين.",
     "وسلمت السلطات التركية المتهم بتفجير صيدا إلى لبنان يوم الاثنين.", "reference"),
    ("called by a name", "ASSAULT",
     "وقصف الجيش التركي مدينة عفرين يوم الاثنين.",
     "ووصف البيان القصف التركي على عفرين يوم الاثنين بأنه عدوان سافر.", "reference"),
    ("a conference hijacked", "ASSAULT",
     "وخطف مسلحون رجل أعمال في مدينة بنغازي يوم الاثنين.",
     "وخطف مؤتمر سوتشي الأنظار من مفاوضات جنيف يوم الاثنين.", "sense"),
    ("a blow to a policy", "ASSAULT",
     "ووجه التحالف ضربة جديدة لتنظيم الدولة في مدينة الرقة يوم الاثنين.",
     "ووجهت المحكمة ضربة جديدة لسياسة الرئيس في واشنطن يوم الاثنين.", "sense"),
    ("a refusal so far", "REJECT",
     "ورفض النظام يوم الثلاثاء الحل السياسي المقترح في جنيف.",
     "ورأى أن رفض النظام حتى الآن للحل السياسي في جنيف يعكس موقف حلفائه.", "historical"),
    ("a refusal as a stance", "REJECT",
     "ورفضت الحكومة السورية يوم الثلاثاء مناقشة رحيل الأسد في جنيف.",
     "وطالبت المعارضة برحيل الأسد، وهو الأمر الذي ترفض دمشق مناقشته في جنيف يوم الثلاثاء.", "historical"),
    ("targeting a goal", "ASSAULT",
     "واستهدفت الطائرات سوقا شعبيا في مدينة أريحا يوم الأحد.",
     "وتستهدف الحملة رفع الوعي بين طلاب مدينة أريحا يوم الأحد.", "sense"),
]


@pytest.mark.parametrize(("name", "plover", "reported", "talked_about", "label"), CASES,
                         ids=[c[0] for c in CASES])
def test_a_report_is_an_event_and_the_close_sentence_is_not(name, plover, reported, talked_about, label):
    assert plover in plovers(reported)
    doc = extract(talked_about, published=PUBLISHED)
    assert plover not in {e.plover for e in doc.events}
    rules = [s.rule for s in doc.spans_of("TRIGGER")]
    assert any(f"|{label}:" in r for r in rules), rules


def test_a_breach_told_with_its_shelling_is_an_attack():
    # what is broken (الهدنة) stands between the breach and the shelling: the shelling is the means
    assert "ASSAULT" in plovers("وخرق النظام للهدنة بقصف مدينة درعا يوم الأحد.")
    assert "ASSAULT" not in plovers("ونددت المعارضة بخرق القصف للهدنة في مدينة درعا يوم الأحد.")


@pytest.mark.parametrize("text", [
    "أعلنت وزارة الداخلية دخول وحدات من قوى الأمن الداخلي إلى مدينة السويداء اليوم.",
    "وانتشرت قوات الأمن في أحياء مدينة حمص صباح اليوم.",
    "وأفاد المراسل بانتشار قوات الأمن في شوارع مدينة حمص اليوم.",
    "وواصل الجيش الدفع بتعزيزات عسكرية إلى ريف إدلب أمس.",
])
def test_forces_deployed_are_mobilize(text):
    doc = extract(text, published=PUBLISHED)
    assert ("MOBILIZE", "troops") in {(e.plover, e.plover_mode) for e in doc.events}


@pytest.mark.parametrize("text", [
    "وقالت الوزارة إن وحدات من الأمن العام ستدخل مدينة السويداء غدا.",
    "وقالت الوزارة إن قوات الأمن ستنتشر في مدينة السويداء غدا.",
    "وحذر الأطباء من انتشار فيروس كورونا بين الجنود في مدينة حمص.",
])
def test_a_deployment_announced_for_later_or_a_virus_spreading_is_not(text):
    assert "MOBILIZE" not in plovers(text)


def test_a_reply_opens_a_new_happening_and_says_so():
    text = "وردا على ذلك قصفت المدفعية التركية مواقع الوحدات في مدينة تل رفعت يوم الأحد."
    assert "ASSAULT" in plovers(text)  # "ذلك" points back, but not to the verb after it
    before = build([s for s in DOCUMENT_STAGES if s not in ("events", "attribution")])
    doc = before(Document(Meta(id="t", published=PUBLISHED), raw=text))
    cands = find_candidates(Words(doc))
    assert [c.opens for c in cands if c.plover == "ASSAULT"] == ["retaliation:وردا"]
    plain = before(Document(Meta(id="u", published=PUBLISHED),
                            raw="وقصفت المدفعية التركية مواقع الوحدات في مدينة تل رفعت يوم الأحد."))
    assert all(not c.opens for c in find_candidates(Words(plain)))
    assert "ASSAULT" not in plovers("وأدان البيان هذه الهجمات على مدينة تل رفعت.")


def test_a_square_named_for_aviation_is_no_air_strike():
    def typed(text):
        return {e.sub_event_type for e in extract(text, published=PUBLISHED).events}
    assert "Air/drone strike" not in typed(
        "وقتل عشرة أشخاص في تفجير مزدوج استهدف ساحة الطيران وسط بغداد صباح يوم الاثنين.")
    assert "Air/drone strike" in typed("وقصف الطيران الحربي بلدة كفرنبل صباح يوم الاثنين.")


def test_a_verbal_noun_after_li_is_no_negated_frame():
    # "لمطالبة" begins with the letters of "لم" but is ل + a verbal noun: it needs a day or a
    # place like any noun, and "ذلك" before it points back to what was told
    assert "REQUEST" not in plovers(
        "وأرجعت تقارير صحفية ذلك لمطالبة المعارضة بتنحي الرئيس مع بدء المرحلة الانتقالية.")
    assert "REJECT" in plovers("ولم تقبل الحكومة السورية يوم الأحد المقترح الروسي في جنيف.")
