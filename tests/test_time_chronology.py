"""A dated chronology's heading is not the page's date: its items keep their own days."""

from __future__ import annotations

import rasd
from rasd.time.extract import extract

CHRONOLOGY = (
    "سجل الأحداث في المحافظة - 3 شباط 2012\n"
    "9 أيار 2014 قتل أربعة عناصر من الشرطة في تفجير عبوة ناسفة قرب مخفر بلدة المزيريب .\n"
    "14 أيار 2014 قصفت قوات النظام بلدة الحراك بالمدفعية الثقيلة .\n"
)

# the same heading date, but the later dates are a sidebar's run inside one line
SIDEBAR = (
    "سجل الأحداث في المحافظة - 3 شباط 2012\n"
    "قتل أربعة عناصر من الشرطة أمس في تفجير عبوة ناسفة قرب مخفر بلدة المزيريب .\n"
    "الأكثر قراءة 9 أيار 2014 14 أيار 2014 .\n"
)


def _dates(text: str) -> dict[str, dict]:
    return {e.value["date"]: e.value for e in extract(text) if e.label == "DATE" and e.value.get("date")}


def test_two_lines_opening_with_later_dates_unseat_the_heading_date():
    dates = _dates(CHRONOLOGY)
    assert not dates["2012-02-03"].get("dateline")
    assert dates["2014-05-09"]["eventable"] and dates["2014-05-14"]["eventable"]


def test_later_dates_inside_a_line_leave_the_dateline():
    dates = _dates(SIDEBAR)
    assert dates["2012-02-03"].get("dateline")
    assert not dates["2014-05-09"]["eventable"]  # after the page's date: told as to come


def test_chronology_items_become_events_on_their_own_days():
    doc = rasd.extract(CHRONOLOGY)
    days = sorted(e.event_date for e in doc.events if e.event_date)
    assert days == ["2014-05-09", "2014-05-14"]
