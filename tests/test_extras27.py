"""EXTRAS27: a place named as what a decision, a recognition or an embassy's move is about is
its topic, not where the event it stands near happened ("مظاهرات في أنحاء البلاد للتنديد بقرار
ترامب الاعتراف بالقدس عاصمة لإسرائيل" is no protest in Jerusalem, nor in Israel).

Sentences written for these tests in the style of the reports (no text copied from a page).
Each cue has a case it must take (the topic place is not the event's) and a close case it must
leave (the same place told as where it happened keeps it).
"""

from __future__ import annotations

import pytest

from tests.helpers import events_of, name_of

pytestmark = pytest.mark.usefixtures("no_confidence_filter")


def _places(text: str, plover: str) -> list[str]:
    return [name_of(e.location) for e in events_of(text, plover, require=True, published="2017-12-09")]


# ------------------------------------------ a recognition: "الاعتراف بالقدس"

def test_a_city_recognised_as_a_capital_is_no_place_of_the_protest_against_it() -> None:
    text = ("ذكر التلفزيون الرسمي الإيراني أن المئات شاركوا في مظاهرات في أنحاء البلاد اليوم "
            "الجمعة للتنديد بقرار الرئيس الأمريكي الاعتراف بالقدس عاصمة لإسرائيل .")
    places = _places(text, "PROTEST")
    assert "Jerusalem" not in places
    assert "Israel" not in places  # "عاصمة لإسرائيل": the state it is the capital of


def test_a_protest_held_in_the_city_keeps_it() -> None:
    text = ("تظاهر مئات الفلسطينيين اليوم الجمعة في القدس احتجاجا على قرار الرئيس الأمريكي "
            "الاعتراف بالمدينة عاصمة لإسرائيل .")
    assert _places(text, "PROTEST") == ["Jerusalem"]


def test_the_protest_elsewhere_keeps_its_own_place() -> None:
    text = ("أصيب ثمانية فلسطينيين في مواجهات اندلعت في مدينة الخليل احتجاجا على القرار الأميركي "
            "بالاعتراف بالقدس عاصمة لإسرائيل .")
    assert _places(text, "PROTEST") == ["Hebron"]


# ------------------------------------------ a decision about: "قرار ترامب بشأن القدس"

def test_a_place_a_decision_is_about_is_no_place_of_the_protest() -> None:
    text = "خرجت مظاهرات في عدة دول يوم الجمعة احتجاجا على قرار ترامب بشأن القدس ."
    assert "Jerusalem" not in _places(text, "PROTEST")


def test_a_decision_taken_in_a_city_is_placed_there() -> None:
    text = "خرجت مظاهرات في القدس يوم الجمعة احتجاجا على قرار ترامب ."
    assert _places(text, "PROTEST") == ["Jerusalem"]


# ------------------------------------------ a decision named by its topic: "قرار القدس"

def test_a_resolution_named_by_a_city_is_not_voted_in_it() -> None:
    text = "قال رئيس مجلس الأمن إن 14 من أعضاء المجلس وافقوا اليوم على قرار القدس ."
    assert "Jerusalem" not in _places(text, "AGREE")


def test_an_agreement_reached_in_a_city_keeps_it() -> None:
    text = "قال رئيس مجلس الأمن إن 14 من أعضاء المجلس وافقوا اليوم في القدس على القرار ."
    assert _places(text, "AGREE") == ["Jerusalem"]


# ------------------------------------------ an embassy's move: "نقل السفارة إلى القدس"

def test_where_an_embassy_is_to_move_is_no_place_of_the_protest() -> None:
    text = ("عمت الجمعة احتجاجات منددة بقرار الرئيس الأمريكي نقل سفارة بلاده إلى القدس في "
            "عدة عواصم .")
    assert "Jerusalem" not in _places(text, "PROTEST")


def test_a_convoy_that_went_to_the_city_keeps_it() -> None:
    text = "وصلت قافلة مساعدات إلى القدس يوم الجمعة بعد نقل السفارة الأمريكية إلى تل أبيب ."
    assert _places(text, "AID") == ["Jerusalem"]
