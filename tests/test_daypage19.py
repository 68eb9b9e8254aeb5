"""Day pages and headlines joined by a space (DAYPAGE19).

A live map's page of one day (``/ar/time/30.11.2017``) or a ticker of one day's glued headlines
is that day's list: each item that tells no day of its own takes the page's day, at precision 2
(a headline of the day may tell of the night before); an item that tells its own day keeps it.
On a ticker, two headlines that kept the space between them but lost the stop ("… بريف إدلب
الجنوبي غارات جوية …") are cut apart before the word that opens the second, when the first
ends with a place. Every sentence here is written for these tests.
"""

from __future__ import annotations

import pytest

import rasd
from rasd.text.sentences import split_sentences
from rasd.time.urldate import day_address

DAY_URL = "https://example.liveuamap.com/ar/time/30.11.2017"
STORY_URL = "https://example.com/news/2017/11/30/قصف-على-ريف-إدلب"


@pytest.mark.parametrize("url", [
    DAY_URL,  # a live map's day: day first with dots, nothing after it
    "https://example.org/ar/2017/11/30/",  # a site's archive of one day
])
def test_an_address_that_ends_with_its_day_is_a_day_page(url: str) -> None:
    assert day_address(url)


@pytest.mark.parametrize("url", [
    STORY_URL,  # a story filed under its day: a slug follows
    "https://example.org/29872/2017/12/27",  # an article's id before the day
    "https://example.liveuamap.com/ar/2017/30-november-heavy-shelling",  # a live map's story
    None,
])
def test_an_address_with_a_story_after_its_day_is_no_day_page(url: str | None) -> None:
    assert not day_address(url)


TICKER = ("قصفت طائرات حربية بلدة كفرنبل في ريف إدلب الجنوبي\n"
          "اشتباكات عنيفة بين فصائل المعارضة وقوات النظام قرب مدينة مورك بريف حماة الشمالي\n")


def _dates(url: str, text: str = TICKER) -> list[tuple[str | None, int | None, list[str]]]:
    doc = rasd.extract(text, url=url)
    return [(e.event_date, e.time_precision, [ev.rule for ev in e.evidence if ev.field == "event_date"])
            for e in doc.events]


def test_a_day_pages_undated_items_take_its_day_at_day_precision() -> None:
    dates = _dates(DAY_URL)
    assert dates and all(d[:2] == ("2017-11-30", 1) and d[2] == ["date:day-page"] for d in dates)


def test_a_story_filed_under_its_day_gives_undated_items_no_day() -> None:
    # the same lines on a story's address: no day told against the page, no day page
    assert _dates(STORY_URL) and all(d[0] is None for d in _dates(STORY_URL))


def test_a_day_pages_item_that_tells_its_day_keeps_it() -> None:
    text = "قصفت طائرات حربية بلدة كفرنبل في ريف إدلب يوم 28 تشرين الثاني 2017\nتفاصيل أخرى لاحقا\n"
    assert ("2017-11-28", 1) in [d[:2] for d in _dates(DAY_URL, text)]


def _pieces(line: str, ticker: bool = True) -> list[str]:
    """The sentences of ``line`` under a title, on a page with five glued item seams (a ticker:
    the seams stand at the starts of lines, where they cut nothing) or none."""
    text = "عنوان\n" + "\n".join(["خبر قصير"] * 5) + "\n" + line
    starts = [i + 1 for i, c in enumerate(text) if c == "\n"][:5]
    return [text[s.start:s.end] for s in split_sentences(text, starts if ticker else [])][6:]


JOINED = ("قصفت طائرات حربية بلدة كفرنبل في ريف إدلب الجنوبي غارات جوية روسية تستهدف "
          "مدينة دوما بريف دمشق")


def test_two_headlines_joined_by_a_space_are_cut_after_the_place() -> None:
    assert _pieces(JOINED) == ["قصفت طائرات حربية بلدة كفرنبل في ريف إدلب الجنوبي",
                               "غارات جوية روسية تستهدف مدينة دوما بريف دمشق"]


def test_headlines_joined_by_a_space_on_a_page_that_is_no_ticker_are_left_whole() -> None:
    assert _pieces(JOINED, ticker=False) == [JOINED]


@pytest.mark.parametrize("line", [
    # a verb before the place that takes the noun after it as its subject or object
    "شهدت مدينة حلب وريفها الغربي اشتباكات عنيفة بين الفصائل وقوات النظام",
    "وأعلنت فصائل المعارضة في ريف حماة الشمالي مقتل عشرة عناصر من قوات النظام",
    # a noun before the opener that takes it as its complement
    "سقط عدد من الجرحى بين المدنيين في أعقاب قصف مدفعي على مدينة دوما",
    # a time phrase, not a place, before the opener
    "عادت الحياة إلى الأسواق في مدينة إدلب وفي الليلة الماضية قصفت طائرات حربية أطرافها",
])
def test_an_opener_that_goes_on_the_same_headline_is_no_joint(line: str) -> None:
    assert _pieces(line) == [line]


def _ticker_day_rules(url: str) -> set[str]:
    from tests.test_glue14 import TICKER_TAIL
    text = "آخر التطورات\nقصفت طائرات حربية مدينة دوما في الغوطة الشرقية ." + TICKER_TAIL
    doc = rasd.extract(text, url=url)
    return {ev.rule for e in doc.events for ev in e.evidence if ev.field == "event_date"}


def test_a_ticker_filed_under_a_day_is_a_day_page() -> None:
    # a live map's story: its address gives the day, its glued headlines make it a ticker
    assert "date:day-page" in _ticker_day_rules(
        "https://example.liveuamap.com/ar/2017/9-august-heavy-shelling-on-duma")


def test_a_ticker_with_no_day_in_its_address_is_no_day_page() -> None:
    # a sidebar of the day's headlines beside an older story: its printed day is no list's day
    assert _ticker_day_rules("https://example.com/article/duma-shelling") == {"date:none"}
