"""DATES24: a later day told as a plan does not make a page a chronicle; a quarter named for a day.

(1) The report's own day (DATES15, :mod:`rasd.events.storyday`) is withheld from a page that
prints a full day after its own (a week's report filed under its first day, a chronicle). A day
told as one of the present or a coming month ("حتى 20 آذار الجاري"، "25 آذار المقبل") is a
deadline or a plan the report speaks of, not an entry of another day: it no longer withholds it.
A later day printed without such a word still does. (2) A day and month after a quarter, a
square or a roundabout ("حي 17 تموز") is the place's name, not a date. (3) On a page with no day
of its own, a day and month told without a year ("وفي 21 من تشرين الأول / أكتوبر") takes the year
the page gives that month elsewhere (its title's "الأسبوع الثالث من تشرين الأول / أكتوبر 2017"),
the one told most often; none when two years are told as often. The sentences are written for
these tests (page day 2024-03-12, a Tuesday, where the page has one)."""

from rasd.events.storyday import STORY_DAY
from rasd.time.extract import extract
from tests.helpers import events_of

LEAD = "قصفت طائرات حربية روسية أمس الاثنين بلدة كفرنبل في ريف إدلب الجنوبي. "
ITEM = "اشتباكات عنيفة بين قوات النظام السوري وفصائل المعارضة في بلدة مورك بريف حماة."


def _murak(text: str) -> list[tuple[str | None, list[str]]]:
    found = [e for e in events_of(text, "ASSAULT", require=True, published="2024-03-12")
             if (e.location or {}).get("name") == "Murak"]
    assert found, "the clash at Murak is found"
    return [(e.event_date, [ev.rule for ev in e.evidence if ev.field == "event_date"]) for e in found]


def test_a_deadline_in_the_present_month_does_not_withhold_the_report_day():
    plan = "ومن المقرر أن تستمر الهدنة حتى 20 آذار الجاري بحسب الاتفاق. "
    assert _murak(LEAD + plan + ITEM) == [("2024-03-12", [STORY_DAY])]


def test_a_meeting_planned_for_a_coming_day_does_not_withhold_the_report_day():
    plan = "ويعقد الطرفان جولة جديدة من المفاوضات في 25 آذار المقبل في جنيف. "
    assert _murak(LEAD + plan + ITEM) == [("2024-03-12", [STORY_DAY])]


def test_a_later_day_printed_as_an_entry_still_withholds_it():
    entry = "وفي 20 آذار 2024 تعاني المستشفيات الميدانية في المنطقة من نقص حاد في الأدوية. "
    days = _murak(LEAD + entry + ITEM)
    assert all(STORY_DAY not in rules for _, rules in days), days


def _told(text: str) -> list[str]:
    return [e.text for e in extract(text, published="2024-03-12") if e.label == "DATE" and e.value.get("date")]


def test_a_quarter_named_for_a_day_is_no_date():
    text = "قتل العشرات من عناصر التنظيم في حي 17 تموز بالموصل."
    assert not any("تموز" in t for t in _told(text)), _told(text)


def test_a_day_told_in_a_quarter_is_still_a_date():
    text = "قتل العشرات من عناصر التنظيم في حي الزنجيلي بالموصل يوم 17 تموز."
    assert any("تموز" in t for t in _told(text)), _told(text)


def _days_told(text: str) -> dict[str, str | None]:
    return {e.text: e.value.get("date") for e in extract(text, published=None) if e.label == "DATE"}


WEEK = "أبرز الأحداث خلال الأسبوع الثالث من تشرين الأول / أكتوبر 2017 . "
BACKGROUND = "وكانت المعركة قد بدأت في 17 من تشرين الأول / أكتوبر سنة 2016 . "
FILL = "وتعاني المستشفيات الميدانية في المنطقة من نقص حاد في الأدوية . " * 4
DAY = "وفي 21 من تشرين الأول / أكتوبر , أحكم الجيش سيطرته على مدينة القريتين ."


def test_a_yearless_day_takes_the_year_the_page_gives_its_month():
    told = _days_told(WEEK + FILL + DAY)  # too far for the story's year (NARRATIVE_SENTENCES)
    assert told.get("21 من تشرين الأول / أكتوبر") == "2017-10-21", told


def test_the_year_told_most_often_for_that_month_wins():
    told = _days_told(WEEK + WEEK + BACKGROUND + FILL + DAY)
    assert told.get("21 من تشرين الأول / أكتوبر") == "2017-10-21", told


def test_two_years_told_as_often_for_that_month_leave_the_day_undated():
    told = _days_told(WEEK + BACKGROUND + FILL + DAY)
    assert told.get("21 من تشرين الأول / أكتوبر") is None, told


def test_a_yearless_day_of_another_month_is_left_undated():
    text = WEEK + FILL + "وفي 21 من أيلول / سبتمبر , أحكم الجيش سيطرته على مدينة القريتين ."
    assert _days_told(text).get("21 من أيلول / سبتمبر") is None, _days_told(text)
