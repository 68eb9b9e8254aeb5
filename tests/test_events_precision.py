"""Mentions of an attack or a protest that do not report one, on sentences written for these tests.

Each case is one context class of ``data/events/context.yaml`` (or a rule of the detector):
a sentence that reports the happening must still give the event, and a sentence that only
talks about one (a reaction, a suspicion, a film, a plan, a question, a figure of speech)
must give none, with the TRIGGER span saying which context ruled it out. The whole pipeline
runs: nothing is added by hand.
"""

from __future__ import annotations

import pytest

from rasd.api import extract

# (class, PLOVER type, a sentence that reports it, a sentence that does not, context label)
CASES = [
    ("reaction", "ASSAULT", "استهدف هجوم انتحاري سوقاً شعبياً في مدينة الباب صباح اليوم.",
     "وأعرب الوزير في كلمته أمام البرلمان عن صدمته من الهجوم وتضامنه مع أهالي الضحايا.", "reference"),
    ("condemnation", "ASSAULT", "قصفت طائرات حربية بلدة معرة النعمان فجر اليوم.",
     "وخرج الوزير من الاجتماع منددا بالقصف ومطالبا بمحاسبة المسؤولين.", "reference"),
    ("suspicion", "ASSAULT", "اغتال مسلحون مجهولون رئيس بلدية درعا مساء أمس.",
     "وتلاحق الشرطة المشتبه في اغتيالهم رئيس البلدية.", "reference"),
    ("film", "ASSAULT", "خطف مسلحون صحافياً في بيروت صباح اليوم.",
     "ويصور الفيلم حياة صحافي خطف في بيروت.", "reference"),
    ("what goes on", "ASSAULT", "قتل مسلحون ثلاثة مدنيين في محافظة درعا أمس.",
     "وحمّل المتحدث الحكومة مسؤولية ما يجري في المحافظة من قتل وخطف.", "reference"),
    ("dates another happening", "ASSAULT", "اغتيل النائب في بيروت صباح اليوم بعبوة ناسفة.",
     "وكان النائب قد عاد إلى بيروت قبل يومين من اغتياله.", "reference"),
    ("at the time of", "ASSAULT", "اغتيل النائب في بيروت صباح اليوم بعبوة ناسفة.",
     "وعند اغتيال النائب كانت الحكومة مجتمعة في السراي.", "reference"),
    ("expectation", "ASSAULT", "شنت إسرائيل غارات على مواقع في ريف دمشق فجر اليوم.",
     "وتوقع المحلل أن تشن إسرائيل غارات على مواقع في سوريا.", "future"),
    ("fear of an outcome", "ASSAULT", "قتل مسلحون رهينتين في مدينة سرت أمس.",
     "وتخشى الأجهزة الأمنية أن تؤدي العملية العسكرية إلى قتل الرهائن في سرت.", "hypothetical"),
    ("future verb after the noun", "ASSAULT", "وقع تفجير في سوق العاصمة صباح اليوم.",
     "وتلقت الصحف رسالة تقول إن تفجيراً آخر سوف يقع في العاصمة.", "future"),
    ("defused", "ASSAULT", "انفجرت عبوة ناسفة قرب مبنى المحافظة في إدلب أمس.",
     "وفككت قوات الأمن عبوة ناسفة قرب مبنى المحافظة في إدلب أمس.", "negated"),
    ("cyber attack", "ASSAULT", "تعرض حاجز للجيش لهجوم مسلح في ريف حماة أمس.",
     "وتعرض موقع الوزارة لهجوم إلكتروني أمس عطّل خدماته.", "sense"),
    ("attack in words", "ASSAULT", "شن مسلحون هجوماً على حاجز للجيش في ريف حماة أمس.",
     "شن الوزير هجوماً حاداً على المعارضة في مؤتمر صحفي أمس.", "sense"),
    ("attack on a paper", "ASSAULT", "شن مسلحون هجوماً على حاجز للجيش في ريف حماة أمس.",
     "شنت الحكومة هجوماً على صحيفة محلية بسبب مقال عن الفساد.", "sense"),
    ("sport", "ASSAULT", "خطف مسلحون طبيباً في مدينة الرقة أمس.",
     "خطف فريق الجيش الفوز في الدقيقة الأخيرة من المباراة أمس.", "sense"),
    ("shots in the air", "ASSAULT", "أطلق مسلحون النار على حاجز للجيش في مدينة درعا أمس.",
     "أطلق مسلحون النار في الهواء ابتهاجاً بنتائج الانتخابات في مدينة درعا أمس.", "sense"),
    ("pretending", "PROTEST", "تظاهر المئات في الرباط أمس احتجاجاً على غلاء الأسعار.",
     "ودخل الرجال المبنى في الرباط أمس متظاهرين بأنهم صحافيون.", "sense"),
    ("festival", "PROTEST", "نظم المحتجون تظاهرة أمام البرلمان في الرباط أمس.",
     "افتتحت في الرباط أمس تظاهرة ثقافية تستمر أسبوعاً.", "sense"),
    ("habit", "ASSAULT", "هاجمت الفصائل مقرات التنظيم في بلدة الباب فجر اليوم.",
     "ولطالما هاجمت الفصائل مقرات التنظيم في المنطقة.", "historical"),
    ("pointed back to", "ASSAULT", "شن التنظيم هجمات على مواقع الجيش في دير الزور أمس.",
     "وقال المحلل إن واشنطن مرتاحة لهذه الهجمات على مواقع الجيش في دير الزور.", "reference"),
    ("background", "ASSAULT", "قصفت قوات النظام أحياء مدينة دوما صباح اليوم.",
     "ويعيش السكان في دوما في ظل القصف المستمر على أحيائهم.", "reference"),
    ("question", "ASSAULT", "اغتال مسلحون ضابطاً في مدينة طرابلس أمس.",
     "وتساءل المفتي أمس كيف نسي العالم ما جرى في طرابلس من اغتيالات.", "hypothetical"),
    ("verbal noun after a preposition", "ASSAULT", "قصفت الطائرات الأمريكية مناطق في شرق سوريا أمس.",
     "ولا تضمن القرارات عدم إقدام الولايات المتحدة على قصف مناطق في سوريا.", "negated"),
    ("crowd, not a count", "PROTEST", "وتجمع آلاف المتظاهرين أمام مبنى البرلمان في بيروت أمس.",
     "ونفذت الطائرات مئات الغارات على أحياء المدينة.", None),
    ("still, not not", "ASSAULT", "ولا تزال الاشتباكات مستمرة في محيط مدينة الباب منذ صباح اليوم.",
     "ولم تندلع اشتباكات في محيط مدينة الباب منذ صباح اليوم.", "negated"),
]


@pytest.mark.parametrize(("name", "plover", "reported", "talked_about", "label"), CASES,
                         ids=[c[0] for c in CASES])
def test_a_report_is_an_event_and_talk_about_one_is_not(name, plover, reported, talked_about, label):
    assert plover in {e.plover for e in extract(reported, published="2021-01-13").events}
    doc = extract(talked_about, published="2021-01-13")
    assert plover not in {e.plover for e in doc.events}
    if label:
        assert any(f"|{label}:" in s.rule for s in doc.spans_of("TRIGGER")), [s.rule for s in doc.spans_of("TRIGGER")]


def test_many_raids_are_history_but_thousands_of_protesters_are_a_crowd():
    raids = extract("ونفذت الطائرات مئات الغارات على أحياء المدينة.", published="2021-01-13")
    assert any("|historical:" in s.rule for s in raids.spans_of("TRIGGER"))
    crowd = extract("وتجمع آلاف المتظاهرين أمام مبنى البرلمان في بيروت أمس.", published="2021-01-13")
    assert not any("|historical:" in s.rule for s in crowd.spans_of("TRIGGER"))


def test_for_that_reason_is_not_a_purpose():
    doc = extract("ومن أجل ذلك شنت الطائرات غارات على مواقع التنظيم في البادية فجر اليوم.", published="2021-01-13")
    assert "ASSAULT" in {e.plover for e in doc.events}
    plan = extract("وحشد الجيش قواته من أجل شن هجوم على مواقع التنظيم في البادية.", published="2021-01-13")
    assert "ASSAULT" not in {e.plover for e in plan.events}


MORE = [
    ("any attack", "ASSAULT", "قصفت وحدات حماية الشعب مواقع للجيش التركي قرب عفرين أمس.",
     "وقال نائب رئيس الوزراء إن أنقرة سترد على أي قصف من وحدات حماية الشعب.", "hypothetical"),
    ("a disaster told further on", "ASSAULT", "قتل مسلحون خمسة أشخاص في إقليم كرمانشاه أمس.",
     "وقتل 328 شخصاً وأصيب أكثر من ألفين في إقليم كرمانشاه على الحدود مع العراق جراء الزلزال.", "sense"),
    ("battle of votes", "ASSAULT", "اندلعت معركة بين الجيش والمسلحين في مدينة حلب أمس.",
     "بدأت معركة الانتخابات البلدية في مدينة حلب أمس.", "sense"),
    ("killing a reputation", "ASSAULT", "اغتال مسلحون مجهولون قاضياً في مدينة درعا أمس.",
     "ووصف النائب الحملة عليه في درعا أمس بأنها اغتيال معنوي لشخصه.", "sense"),
    ("massacre of prices", "ASSAULT", "ارتكبت القوات مجزرة بحق المدنيين في قرية الحولة أمس.",
     "شهدت أسواق دمشق أمس مجزرة في الأسعار بعد انهيار العملة.", "sense"),
    ("a ball, not a shell", "ASSAULT", "قصفت المدفعية بلدة تلبيسة في ريف حمص أمس.",
     "قصف اللاعب الكرة في المرمى في ملعب حمص أمس.", "sense"),
    ("protest lodged with an official", "PROTEST", "اعتصم العشرات أمام مبنى المحافظة في السويداء أمس.",
     "احتجت وزارة الخارجية أمس لدى السفير التركي في دمشق على تصريحات وزير الدفاع.", "sense"),
    ("keeping silent", "PROTEST", "اعتصم العشرات أمام مبنى المحافظة في السويداء أمس.",
     "اعتصم الوزير بالصمت أمس في مؤتمر صحفي في بيروت.", "sense"),
    ("routine", "ASSAULT", "استهدفت طائرات حربية مدنيين في بلدة كفرنبل صباح اليوم.",
     "ويتم استهداف المدنيين بشكل روتيني في معظم النزاعات.", "historical"),
]


@pytest.mark.parametrize(("name", "plover", "reported", "talked_about", "label"), MORE, ids=[c[0] for c in MORE])
def test_more_talk_about_attacks(name, plover, reported, talked_about, label):
    test_a_report_is_an_event_and_talk_about_one_is_not(name, plover, reported, talked_about, label)
