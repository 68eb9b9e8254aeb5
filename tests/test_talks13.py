"""Rounds of talks named after their venue (TALKS13): "محادثات أستانا" places the round in
Astana, and a round told by its end ("في ختام الجولة الثامنة من ...") or as past ("خلال الجولة
السابقة") is a meeting; on sentences written for these tests."""

from __future__ import annotations

import rasd


def _events(text: str, published: str = "2017-12-23") -> list[tuple[str, str | None, str | None]]:
    doc = rasd.extract(text, published=published)
    return [(e.plover, e.event_date, (e.location or {}).get("name")) for e in doc.events]


def _consults(text: str) -> list[tuple[str | None, str | None]]:
    return [(d, place) for plover, d, place in _events(text) if plover == "CONSULT"]


def _places(text: str) -> list[tuple[str, str, str]]:
    doc = rasd.extract(text)
    return [(s.label, doc.text[s.start:s.end], s.value["name"]) for s in doc.spans_of("PLACE", "PLACE_NAMED")]


def test_a_name_inside_a_talks_name_is_kept_apart_from_place_mentions():
    assert _places("انتهت محادثات جنيف أمس في الرياض .") == [
        ("PLACE_NAMED", "جنيف", "Geneva"), ("PLACE", "الرياض", "Riyadh")]


def test_a_common_word_after_a_round_word_is_no_named_place():
    assert _places("انطلقت جولة جديدة من المحادثات أمس .") == []


def test_a_round_held_takes_the_city_it_is_named_after():
    assert _consults("واختتمت أمس الجولة الثامنة من محادثات أستانة بين وفدي النظام والمعارضة .") == [
        ("2017-12-22", "Astana")]


def test_talks_named_after_two_cities_have_no_venue():
    # "محادثات دمشق وأنقرة": the parties or a process, not one round's place
    assert all(place is None for _, place in
               _consults("واختتمت أمس الجولة الأولى من محادثات دمشق وأنقرة بين وفدي البلدين ."))


def test_a_conference_named_alone_is_not_placed_by_its_name():
    # the talks word is the trigger itself: "اجتماع سوتشي يعتمد وثيقة" names a conference
    assert all(place != "Sochi" for _, place in
               _consults("وأوضحت الوزارة أن اجتماع سوتشي يعتمد وثيقة عمل بين الحكومة والمعارضة ."))


def test_a_round_to_come_is_not_placed_by_its_name():
    assert all(place != "Geneva" for _, place in
               _consults("واجتمع الوفدان أمس لبحث جدول أعمال مفاوضات جنيف المقبلة ."))


def test_the_end_of_a_named_round_is_a_meeting_there():
    assert _consults("وقال رئيس الوفد الحكومي في مؤتمر صحافي أمس في ختام الجولة السابعة من "
                     "محادثات أستانا إن الحكومة ترفض أي وجود تركي .") == [("2017-12-22", "Astana")]


def test_the_end_of_a_round_to_come_is_no_meeting():
    assert _consults("وسيصدر البيان الختامي في ختام الجولة المقبلة من محادثات أستانا .") == []


def test_a_body_sitting_after_which_someone_spoke_is_no_round():
    # "عقب اجتماع مجلس القيادة": a body's own sitting, not a round of talks (no frame of its end)
    events = _events("وقال وزير الدفاع عقب اجتماع مجلس القيادة العليا للوزارة أمس إن الحملة انتهت .")
    assert all(place is None for _p, _d, place in events)


def test_the_previous_round_with_its_day_is_a_meeting():
    assert _consults("وخلال الجولة السابقة من محادثات أستانة في منتصف أيلول أعلنت روسيا وتركيا "
                     "اتفاقا على نشر مراقبين .") == [("2017-09-15", "Astana")]


def test_a_round_called_next_is_no_past_meeting():
    assert _consults("وخلال الجولة المقبلة من محادثات أستانة ستبحث الدول الضامنة ملف المعتقلين .") == []
