"""DATES24: a quarter named for a day is no date; a yearless day on a page with no day of its own.

(1) A day and month after a quarter, a square or a roundabout ("حي 17 تموز" in Mosul) is the
place's name, not a date. (2) On a page with no day of its own (no publication date, no
dateline, no address day), a day and month told without a year ("وفي 21 من تشرين الأول /
أكتوبر") that nothing else dates takes the year the page first gave that month (its title's
"الأسبوع الثالث من تشرين الأول / أكتوبر 2017"); never from a month told only after it, nor from
another month. The sentences are written for these tests."""

from rasd.time.extract import extract


def _told(text: str, published: str | None = None) -> dict[str, str | None]:
    return {e.text: e.value.get("date") for e in extract(text, published=published) if e.label == "DATE"}


def test_a_quarter_named_for_a_day_is_no_date():
    told = _told("قتل العشرات من عناصر التنظيم في حي 17 تموز بالموصل.", published="2024-03-12")
    assert not any("تموز" in t for t in told), told


def test_a_day_told_in_a_quarter_is_still_a_date():
    told = _told("قتل العشرات من عناصر التنظيم في حي الزنجيلي بالموصل يوم 17 تموز.", published="2024-03-12")
    assert any("تموز" in t and d for t, d in told.items()), told


WEEK = "أبرز الأحداث خلال الأسبوع الثالث من تشرين الأول / أكتوبر 2017 . "
BACKGROUND = "وكانت المعركة قد بدأت في 17 من تشرين الأول / أكتوبر سنة 2016 . "
FILL = "وتعاني المستشفيات الميدانية في المنطقة من نقص حاد في الأدوية . " * 4  # past the story's year
DAY = "وفي 21 من تشرين الأول / أكتوبر , أحكم الجيش سيطرته على مدينة القريتين ."
YEARLESS = "21 من تشرين الأول / أكتوبر"


def test_a_yearless_day_takes_the_year_the_page_gives_its_month():
    told = _told(WEEK + FILL + DAY)
    assert told.get(YEARLESS) == "2017-10-21", told


def test_the_year_the_page_gave_that_month_first_wins_over_a_background_year():
    told = _told(WEEK + BACKGROUND + FILL + DAY)
    assert told.get(YEARLESS) == "2017-10-21", told


def test_a_month_told_with_its_year_only_after_the_day_gives_it_none():
    told = _told(DAY + " " + FILL + WEEK)
    assert told.get(YEARLESS) is None, told


def test_a_yearless_day_of_another_month_is_left_undated():
    told = _told(WEEK + FILL + "وفي 21 من أيلول / سبتمبر , أحكم الجيش سيطرته على مدينة القريتين .")
    assert told.get("21 من أيلول / سبتمبر") is None, told
