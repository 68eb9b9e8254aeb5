"""Meetings between state actors (PLOVER CONSULT), round 2: a reception told by its noun, a
meeting held by parties named between its verb and its object, "تباحث", talks a speaker
reports, and meetings that are not (yet) held. Sentences written for these tests."""

from __future__ import annotations

import rasd


def _events(text: str, published: str = "2017-12-18") -> list[tuple[str, str | None, str | None, str | None]]:
    doc = rasd.extract(text, published=published)
    return [(e.plover, e.event_date, (e.location or {}).get("name"), (e.actor1 or {}).get("id"))
            for e in doc.events]


def test_a_reception_told_by_its_noun_is_a_meeting_at_the_hosts_seat():
    events = _events("وأبلغ الرئيس اللبناني ميشال عون المنسقة الخاصة للأمم المتحدة خلال استقباله لها "
                     "قبل ظهر اليوم في قصر بعبدا أن لبنان متمسك بالقرار 1701 .")
    assert events == [("CONSULT", "2017-12-18", "Baabda", "lebanon-government")]


def test_a_meeting_held_by_parties_named_before_its_object():
    events = _events("عقد وزير الخارجية المصري سامح شكري , ونظيره الأردني أيمن الصفدي , اليوم الخميس , "
                     "بالقاهرة , اجتماعا تشاوريا بشأن الأوضاع في القدس .", published="2017-12-21")
    assert [(p, d, loc) for p, d, loc, _ in events] == [("CONSULT", "2017-12-21", "Cairo")]
    assert events[0][3] in ("egypt-government", "jordan-government")


def test_an_interview_held_is_no_meeting():
    assert _events("عقد وزير الخارجية المصري أمس في القاهرة لقاء مع قناة العربية .") == []


def test_tabahatha_is_a_meeting_verb_but_not_in_the_future():
    events = _events("وتباحث الرئيس الفرنسي هولاند والرئيس الروسي بوتين يوم الجمعة في باريس حول سوريا .")
    assert [(p, loc) for p, _, loc, _ in events] == [("CONSULT", "Paris")]
    assert _events("وسيتباحث الرئيس الفرنسي هولاند والرئيس الروسي بوتين يوم الجمعة في باريس حول سوريا .") == []


def test_a_meeting_verb_in_the_present_is_a_habit_or_to_come():
    assert _events("حين يجتمع العمال السوريون على دوار المدينة ينصرفون إلى أعمالهم .") == []
    assert _events("وقال الوزير إن الرئيس المصري سيلتقي وزير الخارجية الروسي في القاهرة الأسبوع المقبل .") == []


def test_a_headline_present_with_a_person_of_rank_is_a_meeting():
    events = _events("الرئيس المصري يلتقي وزير الخارجية الروسي في القاهرة اليوم .")
    assert [(p, loc, a) for p, _, loc, a in events] == [("CONSULT", "Cairo", "egypt-government")]


def test_talks_a_minister_reports_are_his():
    events = _events("وأكد وزير الخارجية السعودي عادل الجبير أن المباحثات مع وزير خارجية بلجيكا في مقر "
                     "وزارة الخارجية البلجيكية في بروكسل اليوم كانت مثمرة .")
    assert events == [("CONSULT", "2017-12-18", "Brussels", "saudi-government")]
    # an analyst's talk of talks names no party
    assert _events("وقال المحلل إن الحرب في سوريا لن تنتهي وإن المباحثات مع المعارضة فشلت .") == []


def test_a_headline_meeting_with_a_woman_minister_but_not_a_community_reception():
    events = _events("الرئيس المصري يلتقي وزيرة القوات المسلحة الفرنسية في القاهرة اليوم .")
    assert [(p, loc, a) for p, _, loc, a in events] == [("CONSULT", "Cairo", "egypt-government")]
    assert _events("الجالية الصومالية في مصر تستقبل الرئيس الصومالي .") == []
