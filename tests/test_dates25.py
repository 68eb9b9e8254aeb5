"""DATES25: a digest of the morning papers dates its undated items by the papers' day before.

A page that compiles the day's papers (alsafahat's "أحداث الأحد 05 تشرين الثاني 2017": each
item a paper's report under its dateline 'لندن - " الحياة "', or citing its sources 'قالت مصادر ل
- " العربي الجديد "') is filed under the papers' day, and the papers tell the day before it. When
the page cites at least ``compiled_papers_min`` papers of the time lexicon's ``compiled_papers``
in quotes after a dash, an item it tells with no day takes the day ``compiled_day_back`` before
the page's (rule ``date:story-day+compiled-papers``), and a plan a paper dates after the page no
longer stops the story day. One paper cited so is an ordinary report quoting it: the page's own
day, as before. The sentences are written for these tests (page day 2024-03-12, a Tuesday)."""

from rasd.events.storyday import COMPILED_DAY, STORY_DAY, compiled_papers
from tests.helpers import events_of

HAYAT = 'لندن - " الحياة " أعلن الناطق باسم الكرملين أمس أن التنسيق قائم لطرح التسوية السورية. '
JADEED = 'وقالت مصادر محلية ل - " العربي الجديد " إن الطائرات حلقت فوق المنطقة طوال الليل. '
JADEED_ONLY = 'وقالت مصادر محلية ل - " الحياة " إن الطائرات حلقت فوق المنطقة طوال الليل. '
PLAN = "ومن المقرر أن تعقد الجولة المقبلة من المفاوضات في 20 آذار الجاري. "
ITEM = "من جهة أخرى , قصفت قوات النظام السوري بلدة كفرنبل في ريف إدلب الجنوبي."


def _days(text: str) -> list[tuple[str | None, list[str]]]:
    found = [e for e in events_of(text, "ASSAULT", require=True) if (e.location or {}).get("name") == "Kafranbel"]
    return [(e.event_date, [ev.rule for ev in e.evidence if ev.field == "event_date"]) for e in found]


def test_two_papers_cited_in_quotes_make_a_digest():
    assert compiled_papers(HAYAT + JADEED)
    assert not compiled_papers(HAYAT + JADEED_ONLY)  # one paper, twice: a report quoting it


def test_an_undated_item_of_a_digest_takes_the_papers_day_before_the_page():
    assert _days(HAYAT + JADEED + ITEM) == [("2024-03-11", [COMPILED_DAY])]


def test_an_undated_item_of_a_report_citing_one_paper_keeps_the_page_day():
    assert _days(HAYAT + JADEED_ONLY + ITEM) == [("2024-03-12", [STORY_DAY])]


def test_a_plan_a_digest_dates_later_does_not_stop_its_items_day():
    assert _days(HAYAT + JADEED + PLAN + ITEM) == [("2024-03-11", [COMPILED_DAY])]


def test_a_plan_dated_later_still_stops_the_day_of_an_ordinary_report():
    assert [d for d, _ in _days(HAYAT + JADEED_ONLY + PLAN + ITEM)] == [None]

SINCE_DAYS = "وتحاول قوات النظام التقدم في المنطقة منذ أيام. "
GOES_ON = "وفي ريف إدلب , قصفت قوات النظام السوري بلدة كفرنبل."


def test_an_item_going_on_after_a_broken_chain_takes_the_digests_day():
    # "منذ أيام" is the last time told before it: the chain back to a present day is broken
    assert _days(HAYAT + JADEED + SINCE_DAYS + GOES_ON) == [("2024-03-11", [COMPILED_DAY])]


def test_the_same_item_in_an_ordinary_report_keeps_no_day():
    assert [d for d, _ in _days(HAYAT + JADEED_ONLY + SINCE_DAYS + GOES_ON)] == [None]
