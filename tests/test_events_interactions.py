"""Interactions between armed or state actors (CONSULT, AGREE, REQUEST, REJECT): summits whose
parties are told as adjectives, meetings told around a visit, agreements, and present-tense
demands that state a position, on sentences written for these tests."""

from __future__ import annotations

import rasd
from tests.helpers import plover_day_place


def _events(text: str, published: str = "2017-11-24") -> list[tuple[str, str | None, str | None]]:
    return plover_day_place(text, published)


def _parties(text: str, plover: str, published: str = "2017-11-24") -> list[tuple[str | None, str | None]]:
    doc = rasd.extract(text, published=published)
    return [((e.actor1 or {}).get("name"), (e.actor2 or {}).get("name")) for e in doc.events if e.plover == plover]


def test_a_present_tense_demand_states_a_position_not_a_request():
    text = "وقال الباحث إن تركيا تطالب روسيا بحل سياسي في إدلب يوم الأحد ."
    assert [p for p, _, _ in _events(text)] == []


def test_a_demand_made_in_the_past_tense_is_a_request():
    text = "وطالبت تركيا روسيا بوقف القصف على إدلب يوم الأحد ."
    assert [p for p, _, _ in _events(text)] == ["REQUEST"]


def test_a_summit_whose_parties_are_adjectives_is_a_meeting_of_those_states():
    text = "وعقدت قمة روسية تركية إيرانية أمس في مدينة سوتشي لبحث الأزمة ."
    assert _events(text) == [("CONSULT", "2017-11-23", "Sochi")]
    [(first, second)] = _parties(text, "CONSULT")
    assert first.startswith("Government of Russia") and second.startswith("Government of Turkey")


def test_a_summit_to_come_with_state_adjectives_is_no_meeting():
    assert _events("وستعقد قمة روسية تركية إيرانية الأسبوع المقبل في مدينة سوتشي .") == []


def test_talks_named_by_one_adjective_name_a_topic_not_parties():
    # one demonym is the talks' subject ("Syrian talks"), not two parties; since session 9
    # (rasd.events.interact) talks with no party are still a meeting when their sentence says
    # where and when they were held
    assert [(p, loc) for p, _, loc in _events("وعقدت المحادثات السورية أمس في مدينة جنيف .")] == [
        ("CONSULT", "Geneva")]
    assert _events("وتتناول المحادثات السورية في مدينة جنيف ملفات عدة .") == []


def test_the_meeting_that_took_place_between_two_presidents_is_a_meeting():
    text = ("وأشار المحلل إلى اللقاء الذي جرى بين الرئيسين الروسي فلاديمير بوتين , والسوري بشار الأسد , "
            "في مدينة سوتشي يوم الثلاثاء .")
    assert [p for p, _, _ in _events(text)] == ["CONSULT"]
    [(first, second)] = _parties(text, "CONSULT")
    assert first.startswith("Government of Russia") and second.startswith("Government of Syria")


def test_the_meeting_that_will_take_place_is_no_meeting():
    text = "وأشار المحلل إلى اللقاء الذي سيعقد بين الرئيسين الروسي فلاديمير بوتين والسوري بشار الأسد ."
    assert _events(text) == []


def test_met_him_with_an_object_pronoun_is_a_meeting():
    text = "وأشاد الرئيس الروسي بالرئيس السوري بشار الأسد الذي التقاه أمس في قاعدة حميميم ."
    assert [p for p, _, _ in _events(text)] == ["CONSULT"]


def test_will_meet_him_is_no_meeting():
    assert _events("وأشاد الرئيس الروسي بالرئيس السوري بشار الأسد الذي سيلتقيه غدا في قاعدة حميميم .") == []


def test_a_minister_speaking_before_meeting_his_counterpart_in_a_capital():
    text = ("وقال لافروف في تصريحات صحفية , قبيل لقائه نظيره الإيراني في العاصمة الروسية موسكو "
            "يوم الأربعاء , إن الوضع صعب .")
    assert _events(text, published="2017-11-24") == [("CONSULT", "2017-11-22", "Moscow")]
    [(first, second)] = _parties(text, "CONSULT")
    assert first.startswith("Government of Russia") and second.startswith("Government of Iran")


def test_before_his_interview_with_a_channel_is_no_meeting():
    text = "وقال لافروف , قبيل لقائه مع قناة روسيا اليوم في العاصمة الروسية موسكو يوم الأربعاء , إن الوضع صعب ."
    assert _events(text) == []


def test_fighting_that_ended_in_an_agreement_for_fighters_to_leave():
    text = ("وتقدم الجيش السوري في ريف القنيطرة وأنهى وجود مسلحي جبهة النصرة في بلدة بيت جن بعد معارك عنيفة , "
            "أفضت إلى اتفاق يقضي بخروجهم نحو محافظة إدلب .")
    agreements = [e for e in rasd.extract(text, published="2017-12-27").events if e.plover == "AGREE"]
    assert len(agreements) == 1
    event = agreements[0]
    assert event.actor1["name"].startswith("Military Forces of Syria") and "Nusra" in event.actor2["name"]
    assert (event.location or {}).get("name") != "Idleb"  # where the fighters go is not where it was agreed


def test_an_agreement_with_no_party_named_stays_out():
    text = "وانتهت الجولة الأخيرة من المحادثات إلى اتفاق يقضي بتبادل الأسرى في بيت جن ."
    assert [p for p, _, _ in _events(text)] == []


def test_the_subject_of_a_meeting_carried_from_the_sentence_before():
    text = ("دعا الرئيس الفرنسي اليوم السبت إلى الحوار بين الأطراف . "
            "وقال إثر لقائه نائب رئيس الوزراء إن بلاده مستعدة للمساعدة .")
    assert [a for a, _ in _parties(text, "CONSULT")] == ["Government of France"]


def test_a_reporting_verb_with_its_own_subject_keeps_it():
    text = ("دعا الرئيس الفرنسي اليوم السبت إلى الحوار بين الأطراف . "
            "وقال لافروف إثر لقائه نائب رئيس الوزراء إن بلاده مستعدة للمساعدة .")
    assert [a for a, _ in _parties(text, "CONSULT")] == ["Government of Russia (2000-)"]


def test_a_place_in_a_title_is_no_meeting_place():
    text = "والتقى الرئيس الفرنسي أمس رئيس وزراء إقليم كردستان نيجيرفان بارزاني ."
    assert [loc for p, _, loc in _events(text) if p == "CONSULT"] == [None]
    placed = "والتقى الرئيس الفرنسي أمس رئيس وزراء إقليم كردستان نيجيرفان بارزاني في أربيل ."
    assert [loc for p, _, loc in _events(placed) if p == "CONSULT"] == ["Erbil"]


def test_a_named_series_of_talks_is_no_meeting_but_a_round_held_is():
    assert _events("وقال الوزير إن روسيا هي عرابة محادثات أستانا مع تركيا وإيران .") == []
    held = "واختتمت أمس جولة جديدة من محادثات أستانا بين روسيا وتركيا وإيران ."
    assert [p for p, _, _ in _events(held)] == ["CONSULT"]


def test_a_meeting_during_a_visit_is_where_the_visit_went():
    text = ("وأعلن الرئيس الروسي خلال زيارته لقاعدة حميميم الجوية في سوريا سحب جزء من قواته . "
            "وأشارت الوكالة إلى أن بوتين التقى خلال زيارته بالرئيس السوري بشار الأسد .")
    assert [(p, loc) for p, _, loc in _events(text) if p == "CONSULT"] == [("CONSULT", "Khmeimim Air Base")]


def test_a_meeting_with_no_visit_takes_no_place_from_an_earlier_visit():
    # since session 9 the visit told first is itself a meeting at the base (trigger ``visit``),
    # and the meeting told after it, with no place of its own, is merged into it
    text = ("وأعلن الرئيس الروسي خلال زيارته لقاعدة حميميم الجوية في سوريا سحب جزء من قواته . "
            "وأشارت الوكالة إلى أن بوتين التقى أيضا بالرئيس السوري بشار الأسد .")
    assert [(p, loc) for p, _, loc in _events(text) if p == "CONSULT"] == [("CONSULT", "Khmeimim Air Base")]


def test_talks_named_as_a_frame_of_reference_are_no_meeting():
    text = ("وتقع البلدة ضمن مناطق خفض التوتر التي حددتها تركيا وروسيا وإيران , في إطار المباحثات "
            "التي جرت بالعاصمة الكازاخية أستانا في أيار الماضي .")
    assert [p for p, _, _ in _events(text) if p == "CONSULT"] == []


def test_talks_held_by_their_parties_are_a_meeting_even_when_named_for_a_city():
    text = "وأجرى الرئيس الروسي فلاديمير بوتين محادثات سوتشي مع الرئيس السوري بشار الأسد أمس ."
    assert [p for p, _, _ in _events(text)] == ["CONSULT"]
    assert _events("وقال الوزير إن محادثات سوتشي مع الرئيس السوري بشار الأسد مهمة للحل .") == []


def test_a_party_after_an_unnamed_subject_of_a_demand_is_the_one_asked():
    text = "وطالب الوفد المعارض الجانب الروسي بتنفيذ الاتفاق أمس في أستانا ."
    assert _parties(text, "REQUEST") == [(None, "Government of Russia (2000-)")]


def test_a_party_right_after_the_demand_is_the_one_asking():
    text = "وطالب الجانب الروسي الوفد المعارض بتنفيذ الاتفاق أمس في أستانا ."
    assert _parties(text, "REQUEST") == [("Government of Russia (2000-)", None)]


def test_a_spokesman_of_a_party_asking_is_that_party():
    text = "وطالب المتحدث باسم وزارة الخارجية البريطانية اليوم الخميس روسيا بالسماح بدخول المساعدات إلى حلب ."
    assert [a for a, _ in _parties(text, "REQUEST")] == ["Government of the United Kingdom"]
