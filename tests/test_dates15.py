"""DATES15: a roundup's item told with no day takes the report's own day.

A report of the page's day goes on item by item, each opening cold, and tells most items with no
day. Such a mention (no day told, none the page cannot resolve, not anterior) takes the page's
day once the report has told a day of its present against the page ("أمس الاثنين"); not a
sentence that goes on with the one before (و، كما …), not an essay that told no such day, not
after only the start of a span ("منذ مساء أمس"), not on a page printing a day after its own (a
week's report filed under its first day), not on a page with no date. The sentences are
written for these tests (page day 2024-03-12, a Tuesday)."""

from rasd.document import EventMention, Evidence
from rasd.events.confidence import features
from rasd.events.storyday import STORY_DAY
from tests.helpers import events_of

LEAD = "قصفت طائرات حربية روسية أمس الاثنين بلدة كفرنبل في ريف إدلب الجنوبي. "
MIDDLE = "وتعاني المستشفيات الميدانية في المنطقة من نقص حاد في الأدوية والمعدات الطبية. "
ITEM = "اشتباكات عنيفة بين قوات النظام السوري وفصائل المعارضة في بلدة مورك بريف حماة."


def _at(text: str, town: str, published: str | None = "2024-03-12") -> list[EventMention]:
    return [e for e in events_of(text, "ASSAULT", require=True, published=published)
            if (e.location or {}).get("name") == town]


def _days(found: list[EventMention]) -> list[tuple[str | None, list[str]]]:
    return [(e.event_date, [ev.rule for ev in e.evidence if ev.field == "event_date"]) for e in found]


def test_item_opening_cold_takes_the_report_day():
    found = _at(LEAD + MIDDLE + ITEM, "Murak")
    assert [(e.event_date, e.time_precision) for e in found] == [("2024-03-12", 1)], _days(found)
    assert _days(found)[0][1] == [STORY_DAY]


def test_sentence_going_on_with_the_one_before_is_left_to_the_date_rule():
    later = "كما دارت اشتباكات عنيفة بين قوات النظام السوري وفصائل المعارضة في بلدة مورك بريف حماة."
    found = _at(LEAD + MIDDLE + later, "Murak")
    assert found and all(STORY_DAY not in rules for _, rules in _days(found)), _days(found)


def test_essay_that_tells_no_day_against_the_page_gives_none():
    lead = "قصفت طائرات حربية روسية بلدة كفرنبل في ريف إدلب الجنوبي خلال سنوات الحرب. "
    found = _at(lead + MIDDLE + ITEM, "Murak")
    assert [e.event_date for e in found] == [None], _days(found)


def test_day_a_fight_began_is_no_day_of_the_present_told():
    lead = "تتواصل الاشتباكات في ريف إدلب الجنوبي منذ مساء أمس الاثنين بين الطرفين. "
    found = _at(lead + MIDDLE + ITEM, "Murak")
    assert [e.event_date for e in found] == [None], _days(found)


def test_anterior_item_keeps_no_day():
    later = "سابقا اشتباكات عنيفة بين قوات النظام السوري وفصائل المعارضة في بلدة مورك بريف حماة."
    found = _at(LEAD + MIDDLE + later, "Murak")
    assert [e.event_date for e in found] == [None], _days(found)


def test_week_report_under_daily_headings_gives_no_report_day():
    week = ("تقرير الأسبوع السبت 9 / 3 / 2024 : قصفت طائرات حربية روسية أمس بلدة كفرنبل في ريف "
            "إدلب. الأحد 10 / 3 / 2024 : وتعاني المستشفيات الميدانية من نقص حاد في الأدوية. ")
    found = _at(week + ITEM, "Murak", published="2024-03-09")
    assert found and all(STORY_DAY not in rules for _, rules in _days(found)), _days(found)


def test_page_with_no_day_of_its_own_gives_none():
    found = _at(LEAD + MIDDLE + ITEM, "Murak", published=None)
    assert [e.event_date for e in found] == [None], _days(found)


def test_confidence_reads_a_story_day_as_no_day():
    told = EventMention(plover="ASSAULT", trigger="اشتباكات", sentence_start=0, sentence_end=10,
                        event_date="2024-03-12", time_precision=1,
                        evidence=[Evidence(0, 3, "أمس", "event_date", "date:same-sentence")])
    story = EventMention(plover="ASSAULT", trigger="اشتباكات", sentence_start=0, sentence_end=10,
                         event_date="2024-03-12", time_precision=1,
                         evidence=[Evidence(0, 0, "", "event_date", STORY_DAY)])
    undated = EventMention(plover="ASSAULT", trigger="اشتباكات", sentence_start=0, sentence_end=10,
                           evidence=[Evidence(0, 0, "", "event_date", "date:none")])
    assert features(told, 1, 1, 0)["date"] == 1.0
    assert features(story, 1, 1, 0) == features(undated, 1, 1, 0)
