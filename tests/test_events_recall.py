"""Recall on reports rasd has not seen (26 Nov, session 8): the ways a report tells a place
taken that the triggers missed — a town "retaken" or "freed" named by what it is, a long
subject between "سيطرت" and its "على", a liberation announced with the day between, a
headline's present tense, a siege broken — each with a close sentence that reports no capture
(a purpose, a control held, hostages freed, a call to lift a siege).

Every sentence is written for these tests; the whole pipeline runs.
"""

from __future__ import annotations

import pytest

from rasd.api import extract

PUBLISHED = "2021-03-10"


def captures(text: str) -> list[str | None]:
    """ACLED sub-event types of the Battles events rasd emits for ``text``."""
    return [e.sub_event_type for e in extract(text, published=PUBLISHED).events
            if e.plover == "ASSAULT" and e.event_type == "Battles"]


# (what is told, a capture reported, a close sentence with no capture)
CASES = [
    ("a town retaken, named by what it is",
     "واستعادت القوات الحكومية يوم الأحد مدينة الحويجة من مسلحي التنظيم بعد أسبوعين من القتال.",
     "واستعادت الحكومة ثقة المستثمرين في مدينة الحويجة يوم الأحد بعد أسبوعين من الهدوء."),
    ("villages freed, the headline's present",
     "الجيش وحلفاؤه يحررون بلدة الطيبة في ريف حمص الشرقي",
     "الجيش يسعى لأن يحرر بلدة الطيبة في ريف حمص الشرقي"),
    ("a long subject between the verb and its على",
     "سيطرت فصائل معارضة مدعومة من تركيا صباح يوم الخميس الماضي على بلدة الراعي الحدودية.",
     "تسعى فصائل معارضة مدعومة من تركيا منذ أشهر إلى السيطرة على بلدة الراعي الحدودية."),
    ("a liberation announced with the day between",
     "أعلنت القيادة العسكرية في الثالث من تموز / يوليو " + '" تحرير "' + " مدينة بيجي من المسلحين.",
     "أعلنت القيادة العسكرية في الثالث من تموز / يوليو تحرير الرهائن المحتجزين في مدينة بيجي."),
    ("a share of a town freed",
     "وقال الوزير إن القوات العراقية حررت 70 في المائة من مدينة القائم يوم السبت.",
     "وقال الوزير إن القوات العراقية تسعى لتحرير ما تبقى من مدينة القائم في الأيام المقبلة."),
    ("a liberation announced with the day set off by commas",
     "وأعلن جهاز مكافحة الإرهاب , في وقت سابق من السبت , تحرير حي القلعة في مدينة الحويجة.",
     "وأعلن جهاز مكافحة الإرهاب , في وقت سابق من السبت , أن هدفه تحرير حي القلعة في مدينة الحويجة."),
    ("the day set off by commas between the verb and its على",
     "سيطرت فصائل من الجيش الحر , اليوم الأربعاء , على مدينة جرابلس قرب الحدود التركية.",
     "سيطرت فصائل من الجيش الحر , بينما تستعد قوات أخرى للهجوم على مدينة جرابلس قرب الحدود التركية."),
    ("fighters expelled from a town",
     "وطردت القوات العراقية مسلحي التنظيم من بلدة القيارة يوم الخميس.",
     "وطردت الحكومة العراقية السفير التركي من بغداد يوم الخميس."),
    ("a control tightened",
     "وأحكمت قوات الجيش سيطرتها يوم الاثنين على عدد من المباني في حي الشيخ مقصود.",
     "وتحاول قوات الجيش منذ أسابيع التقدم نحو عدد من المباني في حي الشيخ مقصود."),
    ("a town's control announced by a verb of control in the present, a headline",
     "قوات النظام تسيطر على مدينة خان شيخون جنوب إدلب",
     "المناطق التي تسيطر على مدينة خان شيخون جنوب إدلب تتعرض للقصف منذ أشهر"),
    ("a siege broken",
     "وكسرت القوات المتقدمة الحصار عن مطار كويرس العسكري يوم الثلاثاء بعد معارك عنيفة.",
     "ودعا المبعوث الأممي يوم الثلاثاء إلى فك الحصار عن مدينة مضايا."),
]


@pytest.mark.parametrize(("name", "reported", "talked_about"), CASES, ids=[c[0] for c in CASES])
def test_a_capture_is_found_and_talk_of_one_is_not(name, reported, talked_about):
    assert captures(reported), name
    assert not captures(talked_about), name


def test_a_town_held_for_years_is_no_capture():
    held = "ويسيطر الثوار على قرى بيت جن ومغر المير منذ سنتين تقريبا وجميعها تتعرض للقصف."
    assert not captures(held)


def test_a_person_of_rank_visited_is_a_meeting_and_a_visit_planned_is_not():
    met = {e.plover for e in extract("وزار وزير الخارجية الفرنسي رئيس الوزراء اللبناني في بيروت أمس الثلاثاء.",
                                     published=PUBLISHED).events}
    assert "CONSULT" in met
    planned = {e.plover for e in extract("ومن المقرر أن يزور وزير الخارجية الفرنسي بيروت الشهر المقبل.",
                                         published=PUBLISHED).events}
    assert "CONSULT" not in planned


def test_reinforcements_named_before_their_verb_arrived():
    text = "وقال مصدر عسكري إن تعزيزات عسكرية كبيرة وصلت أمس إلى مدينة تدمر قادمة من حمص."
    assert "MOBILIZE" in {e.plover for e in extract(text, published=PUBLISHED).events}
    asked = "وطالب مصدر عسكري بإرسال تعزيزات إلى مدينة تدمر."
    assert "MOBILIZE" not in {e.plover for e in extract(asked, published=PUBLISHED).events}


def _types(text: str) -> set[str]:
    return {e.plover for e in extract(text, published=PUBLISHED).events}


# (what is told, PLOVER type, a sentence reporting it, a close one that does not)
MORE = [
    ("two air strikes told by the dual", "ASSAULT",
     "وأكد مراسل الوكالة تنفيذ الطيران الحربي لغارتين على بلدة كفرنبل صباح اليوم.",
     "ونفى مراسل الوكالة تنفيذ الطيران الحربي أي غارة على بلدة كفرنبل صباح اليوم."),
    ("a death told with the bullets", "ASSAULT",
     "ولقي زعيم محلي مصرعه بالرصاص أمام منزله في مدينة الموصل مساء الثلاثاء.",
     "وفرقت الشرطة المحتجين بالرصاص المطاطي أمام مبنى المحافظة في مدينة الموصل مساء الثلاثاء."),
    ("an operation carried out against a side", "ASSAULT",
     "ونفذت فصائل المعارضة عملية ضد قوات النظام على جبهة الراموسة في حلب فجر اليوم.",
     "ونفذت البلدية عملية تنظيف واسعة في أحياء مدينة حلب صباح اليوم."),
    ("a deployment begun", "MOBILIZE",
     "وبدأت القوات الروسية بالانتشار في أحياء مدينة منبج يوم الأحد.",
     "وطالبت المعارضة بعدم انتشار أي قوات أجنبية في مدينة منبج."),
    ("military vehicles entering a town", "MOBILIZE",
     "ودخلت عشرات الآليات العسكرية التركية إلى بلدة الأتارب يوم الخميس.",
     "وتنتظر عشرات الآليات العسكرية التركية على الحدود قرب بلدة الأتارب منذ أسابيع."),
    ("an attack repelled by the side attacked", "ASSAULT",
     "وتمكنت قوات البيشمركة فجر اليوم من صد هجوم عنيف لمسلحي التنظيم على قرية بشير.",
     "وأحبطت الشرطة فجر اليوم هجوما إرهابيا على كنيسة في قرية بشير."),
    ("troops sent, told in the passive", "MOBILIZE",
     "وقال قائد العمليات إنه تم إرسال قطعات من الجيش إلى الحدود غرب الأنبار يوم الأحد.",
     "وقال قائد العمليات إنه سيتم إرسال قطعات من الجيش إلى الحدود غرب الأنبار."),
    ("a demolition with a long subject and the day between", "COERCE",
     "هدمت جرافات تابعة للبلدية في القدس , اليوم الأربعاء , هنجرا سكنيا في بلدة العيسوية .",
     "وتخشى العائلات في بلدة العيسوية أن تهدم جرافات البلدية مساكنها في الأسابيع المقبلة ."),
    ("travelled to meet someone", "CONSULT",
     "وبعد إصدار البيان بوقت قصير سافر الرئيس السوري إلى موسكو للقاء الرئيس الروسي .",
     "ومن المقرر أن يسافر الرئيس السوري إلى موسكو للقاء الرئيس الروسي الشهر المقبل ."),
    ("a body found killed", "ASSAULT",
     "وعثر الأهالي صباح اليوم على جثة شاب مقتولا بالرصاص قرب بلدة سرمدا بريف إدلب.",
     "وعثرت فرق الدفاع المدني على جثث ثلاثة أشخاص تحت أنقاض مبنى انهار في حلب بسبب الأمطار."),
    ("aid trucks with their load told between", "AID",
     "وتم إرسال 40 شاحنة وأكثر من ألف طن من المساعدات الإنسانية إلى مدينة دير الزور اليوم.",
     "وتنتظر 40 شاحنة محملة بالمساعدات الإنسانية على الحدود منذ أسبوع."),
    ("a summit told as held", "CONSULT",
     "وعرض الرئيس الفرنسي الفكرة خلال قمة حول الأزمة عقدت في باريس يوم الجمعة.",
     "وسيعرض الرئيس الفرنسي الفكرة خلال قمة حول الأزمة ستعقد في باريس يوم الجمعة المقبل."),
]


@pytest.mark.parametrize(("name", "plover", "reported", "talked_about"), MORE, ids=[c[0] for c in MORE])
def test_more_ways_of_telling_a_happening(name, plover, reported, talked_about):
    assert plover in _types(reported), name
    assert plover not in _types(talked_about), name


def test_asked_to_agree_is_no_agreement():
    rules = [s.rule for s in extract("وبدأت مصادر أردنية تطلب من الفصائل المسلحة أن توافق على رفع العلم في معبر نصيب.",
                                     published=PUBLISHED).spans_of("TRIGGER")]
    assert any(r.startswith("trigger:consent|hypothetical:") for r in rules)
    told = [s.rule for s in extract("ووافقت الفصائل المسلحة على رفع العلم في معبر نصيب يوم الأحد.",
                                    published=PUBLISHED).spans_of("TRIGGER")]
    assert "trigger:consent" in told


def test_a_repulse_as_a_purpose_and_an_operation_threatened_are_no_fight():
    assert not captures("وتحرك فوج من القوات باتجاه البلدة لصد أي تقدم للمسلحين عليها.")
    assert "ASSAULT" not in _types("وحول التهديدات التركية بشن عملية عسكرية في عفرين قال المتحدث إنهم مستعدون.")
    assert "ASSAULT" in _types("وشنت القوات التركية عملية عسكرية واسعة في منطقة عفرين صباح السبت.")


def test_tens_of_towns_taken_are_a_campaign_summed_up():
    summed = "وتمكنت قوات درع الفرات من السيطرة على عشرات المدن والبلدات في ريف حلب أبرزها جرابلس والراعي."
    assert not captures(summed)
    one = "وتمكنت قوات درع الفرات اليوم من السيطرة على بلدة الراعي بعد اشتباكات مع التنظيم."
    assert captures(one)


def test_a_control_held_in_a_relative_clause_does_not_reach_a_later_ala():
    held = "وخسر المسلحون معظم المناطق التي سيطروا عليها , ولم يتبق لهم سوى جيب على الحدود."
    assert not captures(held)
