"""Non-violent interactions, session 9 (rasd.events.interact): a meeting whose parties its
sentence does not name is kept when the sentence says where it was held. Sentences written
for these tests in the style of the reports."""

from __future__ import annotations

import rasd


def _events(text: str, published: str = "2017-12-15") -> list[tuple[str, str | None, str | None]]:
    doc = rasd.extract(text, published=published)
    return [(e.plover, (e.location or {}).get("name"), e.event_date) for e in doc.events]


def test_talks_told_without_their_parties_but_with_their_city_are_a_meeting():
    events = _events("وانطلقت صباح اليوم الجمعة الجولة الجديدة من المحادثات في مدينة أستانا "
                     "بمشاركة الوفود المعنية بالملف .")
    assert [(p, loc) for p, loc, _ in events] == [("CONSULT", "Astana")]


def test_a_meeting_held_by_unnamed_delegations_in_a_city():
    events = _events("وعقدت الوفود اجتماعا مطولا في جنيف يوم الثلاثاء لبحث ملف المعتقلين .")
    assert [(p, loc) for p, loc, _ in events] == [("CONSULT", "Geneva")]


def test_a_round_told_twice_at_one_place_is_one_meeting():
    events = _events("وعقدت الوفود اجتماعا مطولا في جنيف يوم الثلاثاء لبحث ملف المعتقلين . "
                     "وتواصلت المحادثات في جنيف يوم الأربعاء دون تقدم يذكر .")
    assert [(p, loc) for p, loc, _ in events] == [("CONSULT", "Geneva")]


def test_a_partyless_meeting_placed_only_by_a_country_stays_dropped():
    # a country after a meeting word is mostly what the talks were about
    assert _events("وعقد اجتماع مطول في سوريا يوم الثلاثاء لبحث ملف المعتقلين .") == []


def test_a_partyless_meeting_with_no_place_stays_dropped():
    assert _events("وعقدت الوفود اجتماعا مطولا يوم الثلاثاء لبحث ملف المعتقلين .") == []


def _parties(text: str, published: str = "2017-12-20") -> list[tuple[str, str | None, str | None]]:
    doc = rasd.extract(text, published=published)
    return [(e.plover, (e.location or {}).get("name"), (e.actor1 or {}).get("name")) for e in doc.events]


def test_a_visit_made_is_a_meeting_where_the_visit_went():
    events = _parties("وقام رئيس الوزراء الإسرائيلي بنيامين نتنياهو الأسبوع الماضي بزيارة إلى موسكو "
                      "بحث فيها ملف الجنوب السوري .")
    assert [(p, loc) for p, loc, _ in events] == [("CONSULT", "Moscow")]
    assert "Israel" in str(events[0][2])


def test_a_statement_made_during_a_visit_tells_the_visit():
    events = _parties("وأكد وزير الخارجية الإيراني خلال زيارته لبغداد أمس الثلاثاء دعم بلاده للحكومة العراقية .")
    assert [(p, loc) for p, loc, _ in events] == [("CONSULT", "Baghdad")]


def test_a_visit_to_come_is_no_meeting():
    assert _parties("ومن المنتظر أن يقوم وزير الدفاع الروسي بزيارة إلى أنقرة الشهر المقبل .") == []
    assert _parties("وسيقوم وزير الدفاع الروسي بزيارة إلى أنقرة الشهر المقبل .") == []


def test_forces_said_to_have_begun_leaving_are_a_withdrawal():
    events = _parties("وأعلن قائد المجموعة العسكرية أن سحب القوات الروسية من سوريا قد بدأ يوم الثلاثاء .")
    assert [(p, loc) for p, loc, _ in events] == [("RETREAT", "Syria")]
    events = _parties("وقال الوزير إن القوات المسلحة الروسية بدأت مغادرة قاعدتها اليوم الثلاثاء .")
    assert [p for p, _, _ in events] == ["RETREAT"]
    assert "Russia" in str(events[0][2])


def test_an_order_to_withdraw_or_civilians_leaving_is_no_withdrawal():
    assert _parties("وكان الرئيس الروسي قد أمر بالبدء في سحب القسم الأكبر من القوات الروسية من سوريا .") == []
    assert _parties("وبدأت العائلات النازحة مغادرة قراها في ريف حلب الجنوبي .") == []


def test_the_return_of_the_displaced_is_no_withdrawal():
    assert _parties("وبدأت عودة النازحين إلى مدينة الرقة يوم الثلاثاء بعد إزالة الألغام .") == []


def test_words_said_during_a_reception_tell_the_reception():
    events = _parties("وقال الرئيس السوري خلال استقباله لنائب رئيس الوزراء الروسي في دمشق أمس إن حكومته "
                      "ترحب بأي دور للأمم المتحدة .")
    assert [(p, loc) for p, loc, _ in events] == [("CONSULT", "Damascus")]
    assert _parties("وقال الوزير خلال اجتماعه مع الصحفيين في مقر الوزارة إن الوضع مستقر .") == []


def test_talks_named_as_a_process_with_no_party_and_no_time_are_no_meeting():
    assert _events("وتنصب محادثات التسوية في جنيف على الملفات السياسية والدستورية .") == []
