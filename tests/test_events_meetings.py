"""Meetings told by a noun (a summit, "during his meeting with"), and forces that arrived
somewhere, on sentences written for these tests."""

from __future__ import annotations

from tests.helpers import plover_day_place


def _events(text: str, published: str = "2017-11-24") -> list[tuple[str, str | None, str | None]]:
    return plover_day_place(text, published)


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
    # (DIPLO19: a person of rank who arrived is a visit, a meeting with his hosts placed where he
    # arrived and timed, never a deployment; DEBT20 pins it: EVENT_SCHEMA counts meetings between
    # actors as CONSULT events)
    assert _events("وصل وزير الخارجية إلى دمشق أمس .", published="2017-12-01") == [
        ("CONSULT", "2017-11-30", "Damascus")]


def test_a_minister_who_arrived_in_office_is_no_visit():
    assert _events("وصل وزير الخارجية إلى السلطة أمس .", published="2017-12-01") == []


def test_a_host_receiving_a_person_of_rank_is_a_meeting():
    events = _events("وكان الرئيس الفرنسي استقبل رئيس الوزراء العراقي حيدر العبادي في 29 تشرين الأول .",
                     published="2017-12-02")
    assert [(p, d) for p, d, _ in events] == [("CONSULT", "2017-10-29")]


def test_a_hospital_receiving_the_wounded_is_no_meeting():
    assert _events("واستقبلت المستشفى عشرات الجرحى أمس .", published="2017-12-02") == []


def test_after_meeting_someone_named_right_after_is_a_meeting_but_not_the_press():
    events = _events("وقال الرئيس الفرنسي إثر لقائه نيجرفان بارزاني رئيس وزراء إقليم كردستان العراق اليوم "
                     "السبت إن فرنسا ستساعد .", published="2017-12-02")
    assert [(p, d) for p, d, _ in events] == [("CONSULT", "2017-12-02")]
    assert _events("وقال الوزير السعودي خلال لقائه مع الصحفيين أمس إن بلاده لن تنسق مع أحد .",
                   published="2017-12-02") == []


def test_people_held_by_the_police_are_an_arrest_and_stopped_support_is_not():
    events = _events("أوقفت الشرطة البلجيكية الاثنين أربعة أشخاص في إطار التحقيقات .", published="2017-10-30")
    assert [(p, d) for p, d, _ in events] == [("COERCE", "2017-10-30")]
    assert _events("وأوقفت الحكومة الدعم المالي للمشروع أمس .", published="2017-10-30") == []


def test_troops_sent_somewhere_are_a_deployment_and_a_letter_sent_is_not():
    events = _events("وأرسل الجيش العراقي آلاف الجنود إلى قاعدة في الشمال أمس استعدادا لعمليات الموصل .",
                     published="2016-02-10")
    assert [p for p, _, _ in events] == ["MOBILIZE"]
    assert _events("وقال إنه أرسل رسالة إلى الجنود أمس .", published="2016-02-10") == []


def test_operations_that_ended_in_an_agreement_are_an_agreement():
    events = _events("وتقدم الجيش السوري بعد سلسلة من العمليات العسكرية أفضت إلى اتفاق جديد يقضي بخروج "
                     "مسلحي جبهة النصرة أمس .", published="2017-12-27")
    assert [(p, d) for p, d, _ in events] == [("AGREE", "2017-12-26")]
    assert _events("وأفضت الحرب إلى انتشار الفقر في البلاد .", published="2017-12-27") == []
