"""The lead's fix of session 23: REVIEW23 finding 3, a number after "رقم" is no date."""

from __future__ import annotations

from rasd.time.extract import extract


def _dates(text: str) -> list[str]:
    return [x.value["date"] for x in extract(text) if x.value.get("date")]


def test_a_laws_number_is_no_date() -> None:
    # "القانون رقم 10 / 2015" is law no. 10 of 2015, not October 2015, with either separator ...
    assert _dates("أصدر الرئيس القانون رقم 10 \\ 2015 القاضي بإحداث المناطق التنظيمية .") == []
    assert _dates("وأشار إلى المرسوم برقم 12 / 2016 الخاص بالعفو .") == []
    # ... while the same figures after a preposition are a month, and a date after the number is read
    assert _dates("صدر القانون في 10 / 2015 .") == ["2015-10-15"]
    assert _dates("وافق مجلس الأمن على القرار رقم 2254 في 18 / 12 / 2015 .") == ["2015-12-18"]
