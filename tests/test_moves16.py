"""Troop movements of session 16 (MOVES16, 27 Nov 2026). Sentences written for these tests.

- Forces named before their verb of entering or arriving ("قوات عسكرية تركية بدأت بالدخول إلى
  إدلب"، "وحدات الجيش دخلت إلى وسط المدينة"): a deployment (MOBILIZE), as the verb-first order
  already was; not forces a relative clause describes, nor a verb negated or to come, nor a
  subject past a comma, nor forces that reached a town's edges (an advance in battle).
- A deployment with a number of forces between its noun and them ("بانتشار العديد من قوات
  الجيش"): still one; "انتشار العديد من الشائعات" is not.
"""

from __future__ import annotations

from rasd.api import extract


def _events(text: str) -> list[tuple[str, str | None]]:
    return [(e.plover, (e.location or {}).get("name")) for e in extract(text, published="2017-10-20").events]


# --- forces named before their verb of entering or arriving -----------------------------------

def test_forces_then_entry_begun_is_a_deployment() -> None:
    assert _events("وكانت قوات عسكرية تركية بدأت بالدخول إلى إدلب يوم الأحد .") == [("MOBILIZE", "Idlib")]


def test_forces_a_relative_clause_describes_are_no_deployment() -> None:
    assert _events("وقال إن القوات التي دخلت إلى مدينة إدلب يوم الأحد لم تنسحب .") == []


def test_forces_then_negated_entry_are_no_deployment() -> None:
    assert _events("وأكد أن قوات الجيش لم تدخل إلى مدينة إدلب يوم الأحد .") == []


def test_units_then_past_entry_is_a_deployment() -> None:
    assert _events("وأكد مصدر أن وحدات الجيش دخلت إلى وسط مدينة الموصل صباح اليوم .") == [("MOBILIZE", "Mosul")]


def test_units_then_entry_to_come_are_no_deployment() -> None:
    assert _events("وأكد مصدر أن وحدات الجيش ستدخل إلى وسط مدينة الموصل صباح الغد .") == []


# --- a number of forces between the deployment noun and them ----------------------------------

def test_deployment_of_many_forces_is_one() -> None:
    assert _events("وأفاد المصدر بانتشار العديد من قوات الجيش التركي في مدينة إدلب يوم الأحد .") == [
        ("MOBILIZE", "Idlib")]


def test_spread_of_many_rumours_is_no_deployment() -> None:
    assert _events("وأفاد المصدر بانتشار العديد من الشائعات في مدينة إدلب يوم الأحد .") == []


def test_forces_that_reached_a_towns_edges_are_no_deployment() -> None:
    assert _events("وقال مصدر إن قوات النظام وصلت إلى مشارف مدينة دير الزور يوم الأحد .") == []


def test_subject_past_a_comma_is_another_clauses() -> None:
    assert _events("وقال إن حافلات تقل مئات من مقاتلي الفصائل وعائلاتهم , وصلت يوم الأحد إلى مدينة إدلب .") == []
