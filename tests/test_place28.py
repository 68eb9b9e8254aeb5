"""Where someone was taken after the event is not where it happened (PLACE28, 28 Nov 2026).
Sentences written for these tests.

- A man arrested in one town and then taken to another ("واقتيد إلى دمشق"), the wounded of a
  strike carried to a hospital's city ("ونقل على إثرها إلى مدينة غازي عنتاب"), detainees moved
  ("وتم نقلهم إلى"), one referred to a court or exiled ("أحيل إلى"، "بنفي ... إلى"): the event
  keeps its own place, with no event at the destination.
- ... nor where someone was travelling ("قبيل سفره ... إلى باريس"); a visit's place stays.
- Close cases left: the destination alone (nothing else places the event: it stays the best
  guess), a deployment or aid moved somewhere (it happens where it arrives), a place after إلى
  with no word of taking ("امتد القصف إلى").
- A part of a country told with a direction ("شمالي سوريا") is where it happened, even with no
  preposition and a "من" two words back that governs another noun ("مسلحا من داعش شمالي سوريا");
  not a direction phrase right after "من" (where someone came from).
"""

from __future__ import annotations

import pytest

from rasd.api import extract

pytestmark = pytest.mark.usefixtures("no_confidence_filter")


def _places(text: str, plover: str) -> list[str | None]:
    return [(e.location or {}).get("name") for e in extract(text, published="2017-10-20").events
            if e.plover == plover]


def _rules(text: str, plover: str) -> list[str]:
    return [v.rule for e in extract(text, published="2017-10-20").events if e.plover == plover
            for v in e.evidence if v.field == "location"]


# --- taken there after it: not a place of the event ---------------------------------------------

def test_arrested_then_led_to_another_city_is_arrested_where_he_was() -> None:
    text = "اعتقلت المخابرات العسكرية الطبيب محمد الخليل في مدينة حماة يوم الاثنين واقتيد إلى دمشق حيث تعرض للتعذيب ."
    assert _places(text, "COERCE") == ["Hamah"]
    assert _rules(text, "COERCE") == ["place:locative-target"]


def test_detainees_moved_to_a_town_are_not_arrested_there() -> None:
    text = "اعتقلت قوات الأمن عشرات الشبان في مدينة القامشلي يوم الأحد وتم نقلهم إلى مدينة الحسكة ."
    assert _places(text, "COERCE") == ["Al Qamishli"]


def test_wounded_carried_to_a_hospital_city_is_no_second_strike() -> None:
    text = "أصيب القائد العسكري في غارة جوية على مدينة الباب يوم الأحد , ونقل على إثرها إلى مدينة غازي عنتاب التركية ."
    assert _places(text, "ASSAULT") == ["Al Bab"]


# --- close cases left ---------------------------------------------------------------------------

def test_the_destination_alone_stays_the_best_guess() -> None:
    assert _places("اعتقلت قوات الأمن عشرات الشبان يوم الأحد وتم نقلهم إلى مدينة الحسكة .", "COERCE") == [
        "Al Hasakah"]


def test_a_deployment_moved_somewhere_happens_where_it_arrives() -> None:
    text = "نقل الجيش الأمريكي منظومة صواريخ متحركة من الأردن إلى معبر التنف يوم الأحد ."
    assert _places(text, "MOBILIZE") == ["Al-Tanf"]


def test_a_place_after_ila_with_no_word_of_taking_stays_a_target() -> None:
    text = "قصفت قوات النظام مدينة حماة يوم الاثنين وامتد القصف إلى مدينة حمص ."
    assert sorted(p or "" for p in _places(text, "ASSAULT")) == ["Hamah", "Homs"]


def test_killed_before_travelling_abroad_is_killed_where_he_was() -> None:
    text = ("أقدم تنظيم داعش على اغتيال الصحفي ناجي الجرف في مدينة غازي عنتاب التركية عصر اليوم , "
            "وذلك قبيل سفره الذي كان مقررا يوم غد الإثنين إلى باريس للعلاج .")
    assert _places(text, "ASSAULT") == ["Gaziantep"]


def test_arrested_during_a_visit_is_arrested_where_he_visited() -> None:
    text = "اعتقلت السلطات الإيرانية الصحفي محمد رضائي خلال زيارته إلى مدينة شيراز يوم السبت ."
    assert _places(text, "COERCE") == ["Shiraz"]


# --- a part of a country told with a direction ----------------------------------------------------

def test_a_direction_of_a_country_places_the_event() -> None:
    assert _places("القوات التركية تقتل 38 مسلحا من داعش شمالي سوريا في عمليات برية وجوية .", "ASSAULT") == [
        "Syria"]


def test_a_direction_phrase_after_min_is_where_they_came_from() -> None:
    text = "قصف مسلحون من شمال سوريا بلدة كيليس التركية بالصواريخ يوم الأحد ."
    assert _places(text, "ASSAULT") == ["Kilis"]


def test_arrested_on_the_way_is_placed_where_they_were_going() -> None:
    text = "اعتقل تنظيم داعش ثلاثة أطباء من حملة لتلقيح الأطفال يوم الجمعة أثناء توجههم إلى مدينة الباب ."
    assert _places(text, "COERCE") == ["Al Bab"]
