"""Pure detection misses on short pages (RECALL24). SANCTION: a punitive step of a state or a body against another, told as done —
sanctions imposed, ties cut, border crossings closed, its own ambassador recalled, diplomats
expelled, accounts frozen, sites blocked, cooperation suspended. The unseen gold's 20 required
SANCTION events had no trigger at all. Each rule has a sentence it must take and a close one it
must leave (a call, a threat, a reference back, someone else's ambassador, a road closed).
MOBILIZE: a deployment begun with what is moved named, a reconnaissance mission begun, a unit's
arrival after ب — each with a close sentence it must leave.

Every sentence is written for these tests; the whole pipeline runs.
"""

from __future__ import annotations

import pytest

from rasd.api import extract

PUBLISHED = "2021-03-10"


def sanctions(text: str) -> list[str]:
    """The trigger rules of the SANCTION events rasd emits for ``text``."""
    return [e.rule for e in extract(text, published=PUBLISHED).events if e.plover == "SANCTION"]


# (what is told, a sanction reported, a close sentence with none)
CASES = [
    ("sanctions imposed, the subject and the day between",
     "فرضت وزارة الخزانة الأمريكية يوم الثلاثاء عقوبات جديدة على مسؤولين إيرانيين في طهران.",
     "دعا النائب الحكومة إلى فرض عقوبات على مسؤولين إيرانيين في طهران."),
    ("ties cut by a finite verb",
     "قطعت السعودية علاقاتها الدبلوماسية مع إيران يوم الأحد.",
     "منذ قطع العلاقات مع إيران تراجعت التجارة في الرياض."),
    ("ties cut, announced",
     "أعلنت السعودية والإمارات والبحرين ومصر صباح الاثنين قطع العلاقات الدبلوماسية مع قطر.",
     "أعلنت السعودية والإمارات والبحرين ومصر صباح الاثنين تعزيز العلاقات الدبلوماسية مع قطر."),
    ("crossings closed, announced, not a closure to come",
     "وأعلنت السلطات التركية الأربعاء إغلاق المعابر البرية مع إقليم كردستان العراق.",
     "وأعلن الرئيس التركي الخميس قرب إغلاق المعابر البرية مع إقليم كردستان العراق."),
    ("border crossings closed",
     "وقالت وزارة الخارجية العراقية إن إيران أغلقت معابرها الحدودية مع كردستان العراق يوم الأحد.",
     "أغلق المحتجون الطريق المؤدي إلى معبر باب الهوى يوم الأحد."),
    ("a crossing closed, the headline's present",
     "تركيا تغلق معبر باب الهوى مع سوريا بسبب الاشتباكات",
     "تركيا قد تغلق معبر باب الهوى مع سوريا بسبب الاشتباكات"),
    ("its own ambassador recalled",
     "استدعت الحكومة السعودية سفيرها في برلين احتجاجا على تصريحات الوزير.",
     "استدعت وزارة الخارجية الألمانية السفير السعودي في برلين يوم الأحد."),
    ("an ambassador withdrawn, not threatened",
     "سحبت الحكومة السعودية سفيرها من برلين يوم الأحد.",
     "هددت الحكومة السعودية بسحب سفيرها من برلين."),
    ("accounts frozen",
     "وقال مصرفيون إن البنوك السعودية جمدت أكثر من 1200 حساب مصرفي في الرياض أمس.",
     "وقال مصرفيون إن البنوك السعودية فتحت أكثر من 1200 حساب مصرفي في الرياض أمس."),
    ("diplomats expelled, announced",
     "أعلنت وزارة الخارجية الروسية يوم الجمعة طرد 745 من موظفي السفارة الأمريكية في موسكو.",
     "أعلنت وزارة الخارجية الروسية يوم الجمعة استقبال 745 من موظفي السفارة الأمريكية في موسكو."),
    ("cooperation suspended",
     "علقت وزارة الدفاع الروسية اليوم التعاون مع الولايات المتحدة في سوريا.",
     "عززت وزارة الدفاع الروسية اليوم التعاون مع الولايات المتحدة في سوريا."),
    ("ties cut, not a relative clause pointing back",
     "قطعت الدول الأربع علاقاتها الدبلوماسية مع قطر في الخامس من حزيران.",
     "قال أمير قطر إن الدول العربية التي قطعت علاقاتها مع بلاده لا تريد حلا."),
    ("sanctions with their target, not a race's penalty",
     "فرضت واشنطن يوم الاثنين عقوبات جديدة على كوريا الشمالية.",
     "فرض منظمو السباق عقوبة خمس ثوان على السائق الهولندي."),
    ("a channel's site blocked",
     "حجبت السعودية والإمارات والبحرين موقع قناة الجزيرة في الرياض يوم الأربعاء.",
     "زارت وفود من السعودية والإمارات والبحرين موقع قناة الجزيرة في الرياض يوم الأربعاء."),
]


@pytest.mark.parametrize("what,taken,left", CASES, ids=[c[0] for c in CASES])
def test_sanction_told(what: str, taken: str, left: str) -> None:
    assert sanctions(taken), f"no SANCTION for: {taken}"
    assert not sanctions(left), f"a SANCTION for: {left}"


def test_sanction_keeps_its_span_and_rule() -> None:
    text = "قطعت السعودية علاقاتها الدبلوماسية مع إيران يوم الأحد."
    [event] = [e for e in extract(text, published=PUBLISHED).events if e.plover == "SANCTION"]
    assert event.rule == "trigger:sanction"
    assert event.event_type is None  # outside ACLED's scope
    spans = [ev for ev in event.evidence if ev.field == "trigger"]
    assert spans and all(text[ev.start:ev.end] == ev.text for ev in spans)
    assert text[spans[0].start:spans[0].end].startswith("قطعت")


def test_sanction_placed_at_its_target() -> None:
    """No locative places the sanction: the state after مع (a filler such as دولة between) is
    where it takes effect (rasd.events.interact.sanction_target); with a locative, that place."""
    def places(text: str) -> list[str | None]:
        return [(e.location or {}).get("name") for e in extract(text, published=PUBLISHED).events
                if e.plover == "SANCTION"]

    assert places("أعلنت السعودية والإمارات والبحرين ومصر صباح الاثنين قطع العلاقات مع دولة قطر.") == ["Qatar"]
    assert places("قطعت السعودية علاقاتها الدبلوماسية مع إيران يوم الأحد.") == ["Iran"]
    assert places("استدعت الحكومة السعودية سفيرها في برلين احتجاجا على تصريحات الوزير.") == ["Berlin"]


def mobilizations(text: str) -> list[str]:
    """The trigger rules of the MOBILIZE events rasd emits for ``text``."""
    return [e.rule for e in extract(text, published=PUBLISHED).events if e.plover == "MOBILIZE"]


# (what is told, a deployment reported, a close sentence with none)
MOBILIZE_CASES = [
    ("military gear moved, the move begun",
     "وذكرت مصادر أن اللواء أول مدفعية في صعدة بدأ قبل قليل بتحريك معدات عسكرية باتجاه منفذ البقع.",
     "وذكرت مصادر أن اللواء أول مدفعية في صعدة بدأ قبل قليل بتحريك المفاوضات باتجاه منفذ البقع."),
    ("air-defence guns deployed, begun",
     "وأفادت مصادر بأن الحوثيين بدؤوا نشر مضادات الطائرات في أحياء سكنية بصنعاء.",
     "بدأت الدول الأوروبية في إرسال أسلحة لدعم قوات البيشمركة في أربيل."),
    ("a reconnaissance mission begun on the ground",
     "أعلنت الأركان العامة للجيش التركي اليوم الاثنين أنه بدأ أنشطة الاستطلاع في محافظة إدلب أمس الأحد.",
     "اعترض الجيش طائرة بلا طيار أطلقت من سوريا في مهمة استطلاعية فوق الجولان يوم الأحد."),
    ("a unit's arrival after ب",
     "أفادت وسائل إعلام بوصول وحدة خاصة لمكافحة الإرهاب تابعة للقوات المسلحة الصينية إلى طرطوس السورية.",
     "أفادت وسائل إعلام بوصول وفد من رجال الأعمال الصينيين إلى طرطوس السورية."),
]


@pytest.mark.parametrize("what,taken,left", MOBILIZE_CASES, ids=[c[0] for c in MOBILIZE_CASES])
def test_mobilize_told(what: str, taken: str, left: str) -> None:
    assert any(r.startswith("trigger:deployment") for r in mobilizations(taken)), f"no deployment for: {taken}"
    assert not mobilizations(left), f"a MOBILIZE for: {left}"
