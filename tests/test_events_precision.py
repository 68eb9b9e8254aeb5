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


# Context classes added on a second development sample (UnifiedFC, random.seed 53 and 59):
# each rule in context.yaml has a sentence written here that reports the happening and one
# that only calls for it, prepares it, names it as a pretext, a career, a topic or a figure.
SECOND = [
    ("call to protest", "PROTEST", "تظاهر المئات أمام مبنى البرلمان في بيروت أمس احتجاجاً على الضرائب.",
     "ودعا الحزب أنصاره إلى تظاهرة أمام مبنى البرلمان في بيروت.", "hypothetical"),
    ("preparing an attack", "ASSAULT", "شنت الوحدات الكردية هجوماً على الملعب البلدي في الرقة أمس.",
     "ويحضر عناصر الوحدات الكردية لهجوم على الملعب البلدي في الرقة.", "hypothetical"),
    ("recruited to fight", "ASSAULT", "اندلع قتال عنيف بين الجيش والمسلحين في مدينة درعا أمس.",
     "وتقوم الجماعة بتجنيد المتطوعين للقتال في مدينة درعا.", "hypothetical"),
    ("a pretext", "ASSAULT", "استهدفت الطائرات المناطق المحررة في إدلب أمس.",
     "وأرادت الهيئة حرمان القوى الكبرى من مبرر استهداف المناطق المحررة في إدلب.", "hypothetical"),
    ("ready to explode", "ASSAULT", "انفجرت قنبلة في سوق مدينة حمص صباح اليوم.",
     "ووصف الوزير الوضع في حمص بأنه قنبلة مهيأة للانفجار.", "hypothetical"),
    ("intentions", "ASSAULT", "شن الجيش التركي هجوماً على مواقع الوحدات الكردية في عفرين أمس.",
     "وتحدثت الصحف عن نوايا تركية لشن هجوم على مواقع الوحدات الكردية في عفرين.", "hypothetical"),
    ("done before", "ASSAULT", "قتل مسلحو التنظيم خمسة مدنيين في قرية قرب الموصل أمس.",
     "وسبق أن قتل مسلحو التنظيم مدنيين في قرى قرب الموصل.", "historical"),
    ("a career", "ASSAULT", "اندلعت معارك عنيفة في مدينة حماة فجر اليوم.",
     "وشارك الضابط في معارك حمص وحماة وإدلب.", "historical"),
    ("the topic", "ASSAULT", "اندلعت معركة بين الجيش والفصائل في مدينة حلب أمس.",
     "وحول معركة حلب يقول الباحث في كتابه إن الوضع الدولي تغير.", "reference"),
    ("rules of engagement", "ASSAULT", "اندلع اشتباك بين القوات التركية والوحدات الكردية قرب عفرين أمس.",
     "وقال المسؤول إن قواته تعمل وفق قواعد الاشتباك في منطقة عفرين.", "reference"),
    ("a source keeps its name back", "REQUEST", "طلبت الحكومة العراقية من تركيا سحب قواتها من بعشيقة أمس.",
     "وقال ضابط في الجيش العراقي طلب عدم الكشف عن اسمه إن الحكومة التركية لم ترد.", "sense"),
    ("a bombshell", "ASSAULT", "فجر مسلحون قنبلة قرب مركز للشرطة في الموصل أمس.",
     "وفجر اللاعب قنبلة من العيار الثقيل في مقابلة تلفزيونية في الموصل أمس.", "sense"),
    ("attack on a player", "ASSAULT", "شن مسلحون هجوماً على حاجز للجيش في ريف حماة أمس.",
     "وشن مسلحون سابقون هجوماً على اللاعب في تصريحات من حماة أمس.", "sense"),
    ("control of a fire", "ASSAULT", "سيطرت قوات الجيش على بلدة مورك في ريف حماة أمس.",
     "وسيطرت فرق الإطفاء على الحريق في بلدة مورك أمس.", "sense"),
    ("a court upholds a sentence", "ASSAULT", "أعدم مسلحو التنظيم ثلاثة رهائن في مدينة سرت أمس.",
     "وأيدت محكمة النقض إعدام ثلاثة متهمين في قضية مقتل ضابط في الجيزة.", "sense"),
    ("talks to be held", "CONSULT", "عقد وزراء خارجية روسيا وتركيا وإيران محادثات في مدينة أنطاليا أمس.",
     "وستعقد في الثامن والعشرين من الشهر في جنيف الجولة الثامنة من محادثات السلام.", "future"),
    ("the next round of", "CONSULT", "عقد وزراء خارجية روسيا وتركيا وإيران محادثات في مدينة أنطاليا أمس.",
     "ويأمل الوسيط أن تحسم الجولة المقبلة من المحادثات مسألة الدستور.", "future"),
    ("to hold talks", "CONSULT", "أجرى الرئيس الروسي فلاديمير بوتين محادثات مع الرئيس السوري بشار الأسد في سوتشي أمس.",
     "وقال الرئيس إن باريس تعمل لإجراء محادثات سلام تشمل جميع الأطراف في جنيف.", "hypothetical"),
    ("approaching a battle", "ASSAULT", "اندلعت معركة عنيفة بين القوات العراقية والتنظيم في تلعفر أمس.",
     "ودعا رئيس الوزراء إلى دعم النازحين مع اقتراب حسم معركة تحرير تلعفر.", "hypothetical"),
    ("hindered", "ASSAULT", "استهدفت الطائرات الروسية مواقع التنظيم في البوكمال أمس.",
     "واتهمت موسكو واشنطن بعرقلة استهداف مواقع التنظيم في البوكمال.", "hypothetical"),
    ("may take years", "COERCE", "اعتقلت قوات الأمن العراقية قيادياً في التنظيم في الموصل أمس.",
     "وقال مسؤولون إن البغدادي ما زال طليقاً في الموصل وإن اعتقاله قد يستغرق سنوات.", "hypothetical"),
    ("accused from afar", "ASSAULT", "قتلت الطائرات الروسية عشرة مدنيين بضرباتها الجوية على إدلب أمس.",
     "ويتهم معارضو الأسد والحكومات الغربية روسيا بقتل عدد كبير من المدنيين بضرباتها الجوية.",
     "reference"),
    ("a school's name", "ASSAULT", "اندلعت معركة بين قوات الأمن والمهربين قرب فاس أمس.",
     "وتتابع الطفلة دراستها في مدرسة معركة الدشيرة قرب فاس.", "reference"),
    ("a disengagement line", "ASSAULT", "اندلع اشتباك بين القوات الروسية والأمريكية في دير الزور أمس.",
     "واتفق الطرفان على إنشاء خط فض اشتباك على طول نهر الفرات في دير الزور.", "reference"),
    ("another era", "ASSAULT", "اندلع قتال عنيف بين الجيش والمسلحين في مدينة برقة أمس.",
     "والتقى الجيش بجيش الكاهنة في قتال شديد قرب برقة سنة 694 م.", "historical"),
    ("a gas cylinder", "ASSAULT", "أصيب أربعة أشخاص في انفجار عبوة ناسفة في ميناء أكادير اليوم.",
     "أصيب أربعة أشخاص في انفجار قنينة غاز في ميناء أكادير اليوم.", "sense"),
    ("a bus runs people over", "ASSAULT", "دهس فلسطيني بسيارته عناصر من الجيش الإسرائيلي قرب مدينة الخليل اليوم.",
     "دهست حافلة للنقل العمومي مارة في شارع بمدينة الدار البيضاء اليوم.", "sense"),
    ("the crime of", "ASSAULT", "اغتال مسلحون مجهولون الوزير في بيروت صباح اليوم.",
     "وقال الوفد إن زيارته لبيروت لإبداء التعاطف مع أهالي الضحايا بعد جريمة اغتيال الوزير.", "reference"),
    ("forces link up", "CONSULT", "التقى وزير الخارجية الروسي نظيره التركي في أنطاليا أمس.",
     "وفك الجيش الحصار عن دير الزور أمس حيث التقت القوات المهاجمة بالقوات المرابطة في المدينة.", "sense"),
]


@pytest.mark.parametrize(("name", "plover", "reported", "talked_about", "label"), MORE + SECOND,
                         ids=[c[0] for c in MORE + SECOND])
def test_more_talk_about_attacks(name, plover, reported, talked_about, label):
    test_a_report_is_an_event_and_talk_about_one_is_not(name, plover, reported, talked_about, label)


def _typed(text: str) -> list[tuple[str, str | None, str | None]]:
    return [(e.plover, e.event_type, e.sub_event_type) for e in extract(text, published="2021-01-13").events]


def test_the_weapon_named_next_to_the_trigger_types_it_not_one_in_the_next_clause():
    typed = _typed("قصفت فصائل المعارضة قرى ناحية شرا في عفرين مساء اليوم بالهاونات , كما حلقت طائرات الاستطلاع فوق القرى.")
    assert ("ASSAULT", "Explosions/Remote violence", "Shelling/artillery/missile attack") in typed
    assert not any(sub == "Air/drone strike" for _, _, sub in typed)
    drone = _typed("قصفت طائرة مسيرة بصاروخ سيارة على طريق إدلب بنش مساء اليوم.")
    assert ("ASSAULT", "Explosions/Remote violence", "Air/drone strike") in drone


def test_armed_is_who_did_it_and_the_rockets_named_further_on_are_the_weapon():
    typed = _typed("استهدفت الفصائل المسلحة في ريف حماة الشمالي بلدات محردة والسقيلبية وسلحب بعدة صواريخ مساء أمس.")
    assert typed and all(sub == "Shelling/artillery/missile attack" for _, _, sub in typed if _ == "ASSAULT")
    gunmen = _typed("هاجم مسلحون حاجزاً للجيش في ريف درعا أمس.")
    assert ("ASSAULT", "Battles", "Armed clash") in gunmen


def test_fire_on_protesters_is_excessive_force_and_fire_on_soldiers_a_clash():
    protest = _typed("أطلقت قوات الأمن الرصاص الحي على المتظاهرين في مدينة بنغازي أمس.")
    assert ("ASSAULT", "Protests", "Excessive force against protesters") in protest
    soldiers = _typed("أطلق مسلحون الرصاص على حاجز للجيش في مدينة درعا أمس.")
    assert ("ASSAULT", "Protests", "Excessive force against protesters") not in soldiers
    assert any(p == "ASSAULT" for p, _, _ in soldiers)


def test_poison_gas_is_a_chemical_weapon_and_shells_are_shelling():
    gas = _typed("قتل 100 شخص في قصف بالغازات السامة على بلدة خان شيخون بريف إدلب صباح الثلاثاء.")
    assert ("ASSAULT", "Explosions/Remote violence", "Chemical weapon") in gas
    shells = _typed("قتل 10 أشخاص في قصف بقذائف الهاون على بلدة خان شيخون بريف إدلب صباح الثلاثاء.")
    assert ("ASSAULT", "Explosions/Remote violence", "Shelling/artillery/missile attack") in shells


def test_anti_aircraft_guns_fired_at_people_are_no_air_strike():
    typed = _typed("أطلقت قوات الأمن النار من الرشاشات الثقيلة المضادة للطائرات على الأهالي في مدينة الزاوية أمس.")
    assert typed and not any(sub == "Air/drone strike" for _, _, sub in typed)
    air = _typed("قصفت الطائرات الحربية مدينة الزاوية أمس.")
    assert ("ASSAULT", "Explosions/Remote violence", "Air/drone strike") in air


def test_an_execution_by_gunmen_is_an_attack_on_civilians():
    typed = _typed("أعدم مسلحو التنظيم ثلاثة رهائن رمياً بالرصاص في مدينة سرت أمس.")
    assert ("ASSAULT", "Violence against civilians", "Attack") in typed


def test_control_wrested_is_territory_taken():
    typed = _typed("انتزعت القوات الحكومية السيطرة على حقل نفطي قرب مدينة دير الزور أمس.")
    assert any(p == "ASSAULT" and e == "Battles" for p, e, _ in typed)
    talk = _typed("وتسعى القوات الحكومية إلى السيطرة على حقل نفطي قرب مدينة دير الزور.")
    assert not any(p == "ASSAULT" and e == "Battles" for p, e, _ in talk)


def test_a_noun_spelled_like_a_verb_with_a_pronoun_is_a_noun():
    """تظاهرة is the noun, not تظاهر + ه: a call for one is no protest."""
    held = extract("نظم المحتجون تظاهرة أمام البرلمان في الرباط أمس.", published="2021-01-13")
    assert "PROTEST" in {e.plover for e in held.events}
    called = extract("ودعا الحزب إلى تظاهرة أمام البرلمان في الرباط.", published="2021-01-13")
    assert "PROTEST" not in {e.plover for e in called.events}


def test_fighting_backed_from_the_air_is_fighting():
    typed = _typed("وسيطر الجيش على المدينة أمس إثر هجوم بدأه مع حلفائه الخميس بدعم جوي روسي.")
    assert not any(sub == "Air/drone strike" for _, _, sub in typed)
    air = _typed("شنت الطائرات الروسية غارات على مدينة البوكمال أمس.")
    assert ("ASSAULT", "Explosions/Remote violence", "Air/drone strike") in air


def test_fire_at_aircraft_is_disrupted_weapons_use():
    typed = _typed("أطلقت الدفاعات السورية الصواريخ ضد الطائرات الإسرائيلية فوق ريف دمشق اليوم.")
    assert ("ASSAULT", "Strategic developments", "Disrupted weapons use") in typed
    assert not any(sub == "Air/drone strike" for _, _, sub in typed)


def test_a_weapon_after_in_response_to_belongs_to_the_other_happening():
    doc = extract("شن الجيش التركي ضربات جديدة على معسكرات الوحدات الكردية قرب عفرين اليوم رداً على إطلاق نار من المدينة.",
                  published="2021-01-13")
    strikes = [e for e in doc.events if "ضربات" in e.trigger]
    assert strikes and all(e.sub_event_type != "Armed clash" for e in strikes)
    fired = _typed("أطلق مسلحون النار على معسكر للجيش التركي قرب عفرين اليوم.")
    assert ("ASSAULT", "Battles", "Armed clash") in fired


def test_a_raid_named_before_the_missiles_it_fired_stays_an_air_strike():
    typed = _typed("وأكد التلفزيون السوري حدوث الغارة , وقال إن إسرائيل أطلقت عدة صواريخ على منشأة عسكرية في ريف دمشق اليوم.")
    assert ("ASSAULT", "Explosions/Remote violence", "Air/drone strike") in typed
    ground = _typed("وقال الجيش إن المسلحين أطلقوا عدة صواريخ على منشأة عسكرية في ريف دمشق اليوم.")
    assert ("ASSAULT", "Explosions/Remote violence", "Shelling/artillery/missile attack") in ground


# The story's past (``past`` in context.yaml), from a fourth development sample (UnifiedFC,
# random.seed 97 and 101): a happening dated years before the report, and a relative clause
# about a person, are history; the same happening dated recently, or given its day, is news.
def _rules(doc) -> list[str]:
    return [s.rule for s in doc.spans_of("TRIGGER")]


def test_a_happening_dated_years_before_the_report_is_history():
    recent = extract("سيطر التنظيم على مدينة الرقة في حزيران / يونيو 2017 بعد معارك عنيفة.", published="2017-08-20")
    taken = [e for e in recent.events if e.plover == "ASSAULT"]
    assert taken and taken[0].event_date == "2017-06-15" and taken[0].time_precision == 3
    old = extract("سيطر التنظيم على مدينة الرقة عام 2014 بعد معارك عنيفة.", published="2017-08-20")
    assert "ASSAULT" not in {e.plover for e in old.events}
    assert any("|historical:year-2014" in r for r in _rules(old)), _rules(old)
    month = extract("سيطر التنظيم على مدينة الرقة في حزيران / يونيو 2014 بعد معارك عنيفة.", published="2017-08-20")
    assert "2014-06-15" in {e.event_date for e in month.events if e.plover == "ASSAULT"}  # its month (HISTORY21)
    day = extract("سيطر التنظيم على مدينة الرقة في 12 حزيران / يونيو 2014 بعد معارك عنيفة.", published="2017-08-20")
    assert "2014-06-12" in {e.event_date for e in day.events if e.plover == "ASSAULT"}  # its day: an event


def test_without_a_publication_date_the_report_is_dated_by_its_days():
    text = ("قصفت الطائرات الحربية مدينة دوما في 5 كانون الثاني / يناير 2018. "
            "وفي عام 2013 قصف النظام بلدة زملكا بالأسلحة الكيماوية.")
    doc = extract(text)
    dated = {e.event_date for e in doc.events if e.plover == "ASSAULT"}
    assert "2018-01-05" in dated and not any(d and d.startswith("2013") for d in dated)
    assert any("|historical:year-2013" in r for r in _rules(doc)), _rules(doc)


def test_a_relative_clause_about_a_person_is_biography_unless_it_gives_the_day():
    news = extract("ووصل إلى المستشفى الصحفي الذي اختطف أمس في بيروت.", published="2021-01-13")
    assert "ASSAULT" in {e.plover for e in news.events}
    bio = extract("وشارك في التشييع نجل القيادي الذي اغتيل في بيروت.", published="2021-01-13")
    assert "ASSAULT" not in {e.plover for e in bio.events}
    assert any("|historical:biography" in r for r in _rules(bio)), _rules(bio)
    attack = extract("قتل خمسة أشخاص في الغارة التي استهدفت سوق مدينة أريحا.", published="2021-01-13")
    assert "ASSAULT" in {e.plover for e in attack.events}


def test_a_reaction_to_a_bombing_already_told_is_not_another_bombing():
    told = ("انفجرت سيارة مفخخة قرب حافلات المهجرين في حي الراشدين غرب حلب أمس. وفي ردود الفعل دان "
            "الأمين العام للأمم المتحدة أنطونيو غوتيريش التفجير الإرهابي الذي استهدف الحافلات في بلدة الأتارب.")
    doc = extract(told, published="2017-04-16")
    assert len([e for e in doc.events if e.plover == "ASSAULT"]) == 1
    assert any("|reference:reaction-back" in r for r in _rules(doc)), _rules(doc)
    alone = extract("ودان الأمين العام للأمم المتحدة أنطونيو غوتيريش التفجير الإرهابي الذي استهدف الحافلات في "
                    "بلدة الأتارب أمس.", published="2017-04-16")
    assert "ASSAULT" in {e.plover for e in alone.events}  # the only report of it: still the bombing


def test_ending_ones_own_air_strikes_is_no_strike():
    doc = extract("وقالت وزيرة الدفاع اليوم إن بلادها ستنهي الضربات الجوية ضد داعش في العراق وسوريا.", published="2017-12-22")
    assert "ASSAULT" not in {e.plover for e in doc.events}
    assert any("|sense:ستنهي" in r for r in _rules(doc)), _rules(doc)
    struck = extract("وقالت وزيرة الدفاع اليوم إن طائراتها شنت الضربات الجوية ضد داعش في مدينة الرقة.", published="2017-12-22")
    assert "ASSAULT" in {e.plover for e in struck.events}


def test_a_number_of_battles_is_a_career_and_despite_the_bombing_refers_back():
    many = extract("وكان اللواء قد خاض عددا من المعارك ضد قوات النظام في ريف حماة.", published="2017-12-22")
    assert "ASSAULT" not in {e.plover for e in many.events}
    one = extract("وخاض اللواء معارك عنيفة ضد قوات النظام في ريف حماة أمس.", published="2017-12-22")
    assert "ASSAULT" in {e.plover for e in one.events}
    despite = extract("ورغم وقوع التفجير جرى استكمال إخلاء بلدة سرغايا اليوم.", published="2017-04-16")
    assert "ASSAULT" not in {e.plover for e in despite.events}
    assert any("|reference:" in r for r in _rules(despite)), _rules(despite)


def test_what_a_protest_is_against_is_no_new_bombing():
    doc = extract("خرجت يوم الجمعة مظاهرات في مدينة إدلب تنديدا بالقصف المستمر على الأحياء.", published="2016-10-02")
    assert "PROTEST" in {e.plover for e in doc.events}
    assert "ASSAULT" not in {e.plover for e in doc.events}
    assert any("|reference:تنديدا" in r for r in _rules(doc)), _rules(doc)
    shelled = extract("قصفت قوات النظام الأحياء السكنية في مدينة إدلب يوم الجمعة.", published="2016-10-02")
    assert "ASSAULT" in {e.plover for e in shelled.events}


def test_a_year_after_a_strike_and_its_anniversary_are_history():
    later = extract("ونددت المنظمة بالاستهداف بعد عام على الغارة الدامية على مستشفى تابع لها في مدينة قندوز.",
                    published="2016-10-02")
    assert "ASSAULT" not in {e.plover for e in later.events}
    assert any("|historical:عام" in r for r in _rules(later)), _rules(later)
    memory = extract("وأحيا السكان أمس الذكرى الثانية لمجزرة الحولة في ريف حمص.", published="2016-10-02")
    assert "ASSAULT" not in {e.plover for e in memory.events}
    days = extract("قتل خمسة أشخاص في مدينة إدلب أمس بعد يومين من الغارة على سوق المدينة.", published="2016-10-02")
    assert "ASSAULT" in {e.plover for e in days.events}


def test_a_day_without_a_year_as_near_as_an_old_year_does_not_break_the_reading():
    doc = extract("قصفت الطائرات الحربية مدينة دوما في 5 كانون الثاني / يناير 2018. "
                  "وفي عام 2013 قصف أمس النظام بلدة زملكا.")
    assert "2018-01-05" in {e.event_date for e in doc.events if e.plover == "ASSAULT"}


def test_what_befell_the_attacker_is_part_of_the_attack_not_a_biography():
    doc = extract("وقال قائد الشرطة إن الانتحاري الذي قتل بالرصاص في الدار البيضاء كان يحمل حزاماً ناسفاً.",
                  published="2021-01-13")
    assert "ASSAULT" in {e.plover for e in doc.events}
    assert not any("|historical:biography" in r for r in _rules(doc)), _rules(doc)


def test_a_page_date_in_a_masthead_does_not_date_the_news():
    news = extract("إيلاف صحيفة يومية صدرت من لندن 21 مايو 2001 وافقت واشنطن على بيع درع صاروخي للسعودية",
                   published="2017-10-07")
    assert "AGREE" in {e.plover for e in news.events}, _rules(news)
    old = extract("وكانت واشنطن قد وافقت عام 2001 على بيع درع صاروخي للسعودية", published="2017-10-07")
    assert "AGREE" not in {e.plover for e in old.events}
    assert any("|historical:year-2001" in r for r in _rules(old)), _rules(old)


# Recall pass (issue 6): frames that real reports use and the detector missed, each with a
# sentence that reports the happening and a close one that does not (a threat, a denial, a
# plan). (name, PLOVER, ACLED sub-event type or None, reported, not reported)
RECALL = [
    ("missile in the accusative", "ASSAULT", "Shelling/artillery/missile attack",
     "أطلقت جماعة الحوثي صاروخاً باليستياً على مدينة جازان صباح اليوم.",
     "وهددت جماعة الحوثي بإطلاق صواريخ باليستية على مدينة جازان."),
    ("two shells", "ASSAULT", "Shelling/artillery/missile attack",
     "أطلق مسلحون قذيفتين على حي الشيخ مقصود في مدينة حلب أمس.",
     "ونفى المسلحون إطلاق قذيفتين على حي الشيخ مقصود في مدينة حلب."),
    ("shells told before the verb", "ASSAULT", "Shelling/artillery/missile attack",
     "سقطت في مدينة كيليس التركية أمس قذائف أطلقت من مناطق يسيطر عليها تنظيم داعش.",
     "ويخشى السكان أن تسقط في مدينة كيليس قذائف قد يطلقها تنظيم داعش."),
    ("control announced", "ASSAULT", "Non-state actor overtakes territory",
     "أعلنت فصائل المعارضة سيطرتها على بلدة مورك في ريف حماة أمس.",
     "ونفت فصائل المعارضة سيطرتها على بلدة مورك في ريف حماة."),
    ("control with a pronoun", "ASSAULT", "Government regains territory",
     "فرض الجيش السوري كامل سيطرته على مدينة البوكمال أمس.",
     "ويسعى الجيش السوري إلى فرض سيطرته على مدينة البوكمال في الأسابيع المقبلة."),
    ("control won", "ASSAULT", "Non-state actor overtakes territory",
     "واستطاعت وحدات حماية الشعب السيطرة على حي الغويران في مدينة الحسكة أمس.",
     "ولم تستطع وحدات حماية الشعب السيطرة على حي الغويران في مدينة الحسكة."),
    ("a town wrested", "ASSAULT", None,
     "أعلنت قوات سوريا الديمقراطية أمس انتزاع مدينة الطبقة من تنظيم داعش.",
     "وتخطط قوات سوريا الديمقراطية لانتزاع مدينة الطبقة من تنظيم داعش."),
    ("an exchange of fire", "ASSAULT", "Armed clash",
     "تبادل مسلحون إطلاق النار مع دورية للشرطة في مدينة العريش مساء أمس.",
     "ودعا المحافظ إلى وقف تبادل إطلاق النار في مدينة العريش."),
    ("a town stormed", "COERCE", None,
     "اقتحمت قوات الاحتلال بلدة عزون شرق قلقيلية فجر اليوم.",
     "وهددت قوات الاحتلال باقتحام بلدة عزون شرق قلقيلية."),
    ("positions stormed", "ASSAULT", "Armed clash",
     "اقتحمت فصائل المعارضة مواقع قوات النظام في حي جمعية الزهراء بمدينة حلب أمس.",
     "وتوعدت فصائل المعارضة باقتحام مواقع قوات النظام في حي جمعية الزهراء بمدينة حلب."),
    ("clashes going on", "ASSAULT", "Armed clash",
     "وتدور اشتباكات عنيفة بين الطرفين على المحور الجنوبي.",
     "ويخشى الأهالي أن تدور اشتباكات عنيفة بين الطرفين على المحور الجنوبي."),
    ("an agreement signed", "AGREE", "Agreement",
     "وأكدت فصائل المعارضة التوقيع على اتفاق مع الحكومة السورية في أنقرة أمس.",
     "ونفت فصائل المعارضة التوقيع على أي اتفاق مع الحكومة السورية."),
]


@pytest.mark.parametrize(("name", "plover", "sub", "reported", "not_reported"), RECALL, ids=[c[0] for c in RECALL])
def test_reported_frames_found_in_real_reports_give_the_event(name, plover, sub, reported, not_reported):
    got = extract(reported, published="2017-03-02").events
    assert plover in {e.plover for e in got}, (name, _rules(extract(reported, published="2017-03-02")))
    if sub is not None:
        assert sub in {e.sub_event_type for e in got if e.plover == plover}, [(e.plover, e.sub_event_type) for e in got]
    other = extract(not_reported, published="2017-03-02")
    assert plover not in {e.plover for e in other.events}, (name, _rules(other))


def test_hackers_storming_websites_is_no_assault():
    hack = extract("وقالت الوكالة إن مجموعة القرصنة التي تتخذ من الإمارات مقرا لها اقتحمت 300 موقع في العراق أمس.",
                   published="2017-03-02")
    assert not any(e.plover in ("ASSAULT", "COERCE") for e in hack.events), _rules(hack)
    assert any("|sense:" in r for r in _rules(hack)), _rules(hack)
    web = extract("واقتحم قراصنة مواقع إلكترونية حكومية في بغداد أمس.", published="2017-03-02")
    assert not any(e.plover in ("ASSAULT", "COERCE") for e in web.events), _rules(web)


def test_a_storming_tried_is_no_raid_but_the_fight_is_an_event():
    doc = extract("حاول مسلحان اقتحام مركز الشرطة في حي الميدان بدمشق أمس واشتبكا مع الحراس.", published="2017-03-02")
    assert "COERCE" not in {e.plover for e in doc.events}, _rules(doc)
    assert any("|negated:" in r for r in _rules(doc)), _rules(doc)
    assert "ASSAULT" in {e.plover for e in doc.events}, _rules(doc)
