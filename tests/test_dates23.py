"""DATES23: the report's own day for a happening told in an item the report's day dates.

Two reaches of DATES15's story day (:mod:`rasd.events.storyday`) on a page whose report has told a
day of its present:

- a sentence that goes on (و، كما …) with an item opened by a turning sentence ("من ناحية
  أخرى , …"، "الى ذلك , …") that tells no day takes the page's day, as that item would; the chain
  back to the last day told (DATES21) is broken by the turn;
- a headline or lead at most ``story_lead_sentences`` sentences before the first present day told
  takes the page's day; further up the page it keeps none.

A sentence that turns to another item is read as one that opens cold: a talk told there takes the
page's day too. The sentences are written for these tests (page day 2024-03-12, a Tuesday)."""

from rasd.document import EventMention
from rasd.events.storyday import STORY_DAY
from tests.helpers import events_of

LEAD = "قصفت طائرات حربية روسية أمس الاثنين بلدة كفرنبل في ريف إدلب الجنوبي. "
MIDDLE = ("وتعاني المستشفيات الميدانية في المنطقة من نقص حاد في الأدوية والمعدات الطبية. "
          "ويقول الأطباء إن عدد الجرحى يفوق قدرة المستشفيات على الاستيعاب. ")
TURN = "من ناحية أخرى , أشارت مصادر معارضة إلى أن الطرق بين القرى مقطوعة بسبب الأمطار. "
TURN_BEFORE = "من ناحية أخرى , كانت الطرق بين القرى قد قطعت سابقا بسبب الأمطار. "
GOES_ON = "وأضافت المصادر أن اشتباكات عنيفة دارت بين قوات النظام السوري وفصائل المعارضة في بلدة مورك بريف حماة."
HEADLINE = "اشتباكات عنيفة بين قوات النظام والمعارضة في بلدة مورك بريف حماة. "
BACKGROUND = ("وتحاول قوات النظام التقدم نحو البلدة منذ أسابيع. "
              "ويعاني سكان المنطقة من نقص حاد في الخبز والوقود. ")
TODAY = "وقصفت طائرات حربية اليوم الثلاثاء بلدة كفرنبل في ريف إدلب الجنوبي."
TALK = "من ناحية أخرى , التقى وزير الخارجية الروسي سيرغي لافروف نظيره التركي مولود تشاووش أوغلو في موسكو."


def _at(text: str, town: str, plover: str = "ASSAULT") -> list[EventMention]:
    return [e for e in events_of(text, plover, require=True) if (e.location or {}).get("name") == town]


def _days(found: list[EventMention]) -> list[tuple[str | None, int | None, list[str]]]:
    return [(e.event_date, e.time_precision, [ev.rule for ev in e.evidence if ev.field == "event_date"])
            for e in found]


def test_sentence_going_on_with_an_item_opened_by_a_turn_takes_the_page_day():
    found = _at(LEAD + MIDDLE + TURN + GOES_ON, "Murak")
    assert _days(found) == [("2024-03-12", 1, [STORY_DAY])]


def test_sentence_going_on_with_an_item_told_as_before_the_story_keeps_no_day():
    found = _at(LEAD + MIDDLE + TURN_BEFORE + GOES_ON, "Murak")
    assert [e.event_date for e in found] == [None], _days(found)


def test_headline_just_before_the_present_day_told_takes_the_page_day():
    found = _at(HEADLINE + BACKGROUND[:BACKGROUND.index(". ") + 2] + TODAY, "Murak")
    assert _days(found) == [("2024-03-12", 1, [STORY_DAY])]


def test_headline_far_above_the_present_day_told_keeps_no_day():
    found = _at(HEADLINE + BACKGROUND + "ويقول الأهالي إن الأسعار ارتفعت كثيرا. " + TODAY, "Murak")
    assert [e.event_date for e in found] == [None], _days(found)


def test_talk_told_in_a_turning_sentence_takes_the_page_day():
    found = _at(LEAD + MIDDLE[:MIDDLE.index(". ") + 2] + TALK, "Moscow", "CONSULT")
    assert _days(found) == [("2024-03-12", 1, [STORY_DAY])]


def test_talk_told_going_on_after_a_turn_keeps_no_day():
    found = _at(LEAD + MIDDLE + TURN + "والتقى وزير الخارجية الروسي سيرغي لافروف نظيره التركي مولود تشاووش أوغلو في موسكو.",
                "Moscow", "CONSULT")
    assert [e.event_date for e in found] == [None], _days(found)


def test_sentence_going_on_with_a_paragraph_opened_cold_keeps_no_day():
    cold = "أشارت مصادر معارضة إلى أن الطرق بين القرى مقطوعة بسبب الأمطار. "  # an essay's next point as often
    found = _at(LEAD + MIDDLE + cold + GOES_ON, "Murak")
    assert [e.event_date for e in found] == [None], _days(found)
