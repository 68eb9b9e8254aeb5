"""DATE30: "الغد" after a party's, a movement's or a paper's noun is a name, never tomorrow.

Ahmad al-Jarba's "تيار الغد السوري", Egypt's "حزب الغد", Jordan's "جريدة الغد" printed in page
footers: rasd read each "الغد" as the day after the page's and the sentence's happening was
left with a day it does not tell (V-309#2, V-309#3). "للغد" (postponed to tomorrow) and "صباح
الغد" stay days. The day page's precision (the other DATE30 change) is pinned in
tests/test_daypage19.py and tests/test_debt20.py. The sentences are written for these tests."""

from rasd.time.extract import extract

PAGE = "2017-11-13"


def _told(text: str) -> dict[str, str | None]:
    return {e.text: e.value.get("date") for e in extract(text, published=PAGE) if e.label == "DATE"}


def test_a_movement_named_tomorrow_is_no_day():
    told = _told("استقبل أحمد الجربا رئيس تيار الغد السوري المعارض وفدا من هيئة التنسيق في القاهرة .")
    assert not any("غد" in t for t in told), told


def test_a_paper_named_tomorrow_is_no_day():
    told = _told("وقال مصدر أمني لجريدة الغد إن الحادث وقع قرب الحدود .")
    assert not any("غد" in t for t in told), told


def test_a_party_named_tomorrow_is_no_day():
    told = _told("وأعلن حزب الغد مقاطعته للانتخابات .")
    assert not any("غد" in t for t in told), told


def test_postponed_to_tomorrow_is_still_tomorrow():
    told = _told("وقررت المحكمة تأجيل الجلسة للغد لاستكمال المرافعة .")
    assert "2017-11-14" in told.values(), told


def test_tomorrow_morning_is_still_tomorrow():
    told = _told("ويصل وفد المعارضة صباح الغد إلى جنيف .")
    assert told.get("صباح الغد") == "2017-11-14", told
