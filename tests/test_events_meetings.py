"""Meetings told by a noun (a summit, "during his meeting with"), and forces that arrived
somewhere, on sentences written for these tests."""

from __future__ import annotations

import rasd


def _events(text: str, published: str = "2017-11-24") -> list[tuple[str, str | None, str | None]]:
    doc = rasd.extract(text, published=published)
    return [(e.plover, e.event_date, (e.location or {}).get("name")) for e in doc.events]


def test_a_summit_held_between_states_is_a_meeting():
    assert _events("وانعقدت القمة الثلاثية بين روسيا وتركيا وإيران أمس في سوتشي .") == [
        ("CONSULT", "2017-11-23", "Sochi")]


def test_a_summit_to_come_is_no_meeting_yet():
    assert _events("وأبلغ أردوغان بوتين عن عقد قمة استثنائية مرتقبة لمنظمة التعاون الإسلامي في إسطنبول .") == []


def test_the_top_of_a_mountain_is_no_summit():
    assert _events("وصل المتسلقون إلى قمة الجبل الشمالية أمس .") == []


def test_during_his_meeting_with_someone_is_a_meeting():
    events = _events("وأشاد وزير الخارجية الصيني خلال لقائه بمستشارة الرئيس السوري , يوم 23 نوفمبر , "
                     "بالجهود السورية .")
    assert [(p, d) for p, d, _ in events] == [("CONSULT", "2017-11-23")]


def test_an_interview_with_a_channel_is_no_meeting():
    assert _events("وقال وزير الخارجية الروسي في لقاء مع قناة روسيا اليوم أمس إن الوضع صعب .") == []
    assert _events("وقال الوزير خلال لقائه مع \" الإمارات نيوز \" أمس إن الوضع صعب .") == []


def test_a_unit_that_arrived_somewhere_is_a_deployment():
    events = _events("وصلت قوات روسية إضافية أمس إلى مطار حميميم .", published="2017-12-01")
    assert [(p, d) for p, d, _ in events] == [("MOBILIZE", "2017-11-30")]


def test_a_minister_who_arrived_is_no_deployment():
    assert _events("وصل وزير الخارجية إلى دمشق أمس .", published="2017-12-01") == []
