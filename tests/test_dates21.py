"""DATES21: a sentence that goes on with the story of the page's present, with no day of its own.

A report goes on sentence after sentence ("وأضاف …"، "كما شن الطيران …"، "وفي الأثناء , …");
the date argument borrows a day only a sentence or two back, so a happening told three or more
sentences after the report's day got none. When the last time the page told before such a
sentence is a day of its present (0–7 days before the page's), the happening is of that day;
after a month, or a day weeks before the page's, it keeps none. The sentences are written for these
tests (page day 2024-03-12, a Tuesday)."""

from rasd.document import EventMention
from rasd.events.storyday import STORY_DAY
from tests.helpers import events_of

LEAD = "قصفت طائرات حربية روسية أمس الاثنين بلدة كفرنبل في ريف إدلب الجنوبي. "
MIDDLE = ("وتعاني المستشفيات الميدانية في المنطقة من نقص حاد في الأدوية والمعدات الطبية. "
          "ويقول الأطباء إن عدد الجرحى يفوق قدرة المستشفيات على الاستيعاب. ")
GOES_ON = "كما دارت اشتباكات عنيفة بين قوات النظام السوري وفصائل المعارضة في بلدة مورك بريف حماة."


def _at(text: str, town: str, published: str | None = "2024-03-12") -> list[EventMention]:
    return [e for e in events_of(text, "ASSAULT", require=True, published=published)
            if (e.location or {}).get("name") == town]


def _days(found: list[EventMention]) -> list[tuple[str | None, list[str]]]:
    return [(e.event_date, [ev.rule for ev in e.evidence if ev.field == "event_date"]) for e in found]


def test_sentence_going_on_far_after_the_report_day_takes_that_day():
    found = _at(LEAD + MIDDLE + GOES_ON, "Murak")
    assert [(e.event_date, e.time_precision) for e in found] == [("2024-03-11", 1)], _days(found)
    assert _days(found)[0][1] == [STORY_DAY]


def test_sentence_going_on_after_a_month_keeps_no_day():
    lead = ("قصفت طائرات حربية روسية أمس الاثنين بلدة كفرنبل في ريف إدلب الجنوبي. "
            "ونزح معظم سكان البلدة الشهر الماضي نحو المخيمات الحدودية. ")
    found = _at(lead + MIDDLE + GOES_ON, "Murak")
    assert [e.event_date for e in found] == [None], _days(found)


def test_sentence_going_on_after_an_old_day_keeps_no_day():
    lead = ("قصفت طائرات حربية روسية أمس الاثنين بلدة كفرنبل في ريف إدلب الجنوبي. "
            "وعاد بعض السكان إلى البلدة في 20 شباط الماضي بعد هدوء نسبي. ")
    found = _at(lead + MIDDLE + GOES_ON, "Murak")
    assert [e.event_date for e in found] == [None], _days(found)


def test_page_with_no_day_of_its_own_gives_none():
    found = _at(LEAD + MIDDLE + GOES_ON, "Murak", published=None)
    assert [e.event_date for e in found] == [None], _days(found)
