"""Ticker pages whose headlines lost their breaks (LISTS18): the seams the common-word splitter
misses, and each headline an item of its own.

A live map's day glues its headlines with no space or stop, and an item often ends in a name
no word list has ("… جنوب ماغوينداناوقصف مدفعي …") or the next opens with a short word ("…
بريف دمشقصور من …"). On a page already known as a ticker, :func:`rasd.text.seams.ticker_seam`
splits such runs; each glued seam then opens an item (:mod:`rasd.events.items`), and no
headline's happening takes the place of the one before. Every sentence here is written for
these tests.
"""

from __future__ import annotations

import pytest

import rasd
from rasd.text.seams import find_seams, ticker_seam
from tests.test_glue14 import TICKER_TAIL


@pytest.mark.parametrize(("run", "left"), [
    ("ترابزونقصف", "ترابزون"),  # a name no word list has, then a short opener
    ("بيشاورشن", "بيشاور"),  # ... a two-letter perfect verb
    ("دمشقصور", "دمشق"),  # a common place, then a short opener
    ("مانشيسترانفجار", "مانشيستر"),  # a name, then a common word of four letters or more
])
def test_a_ticker_run_splits_after_an_items_last_word(run: str, left: str) -> None:
    assert ticker_seam(run) == len(left)


@pytest.mark.parametrize("run", [
    "يستمعون",  # a verb: "يستم|عون" is no name and no opener
    "الفيدراليون",  # "الفيدرا|ليون": the left piece begins a common word that goes on
    "الليلةويدين",  # "الليلةو|يدين": ة ends a word inside the left piece, no name
    "كاذباالرئيس",  # "كاذباال|رئيس": the article starts the next word, it ends none
    "خورامشهر",  # "خورام|شهر": a short common word that opens no item
])
def test_a_rare_run_that_is_no_name_and_opener_is_left_whole(run: str) -> None:
    assert ticker_seam(run) is None


def test_only_a_ticker_page_is_split_so() -> None:
    line = "تظاهرات في مدينة ترابزونقصف مدفعي على بلدة تلبيسة في ريف حمص الشمالي"
    ticker = "آخر التطورات\n" + line + TICKER_TAIL
    at = ticker.index("قصف مدفعي")
    assert [s.rule for s in find_seams(ticker) if s.at == at] == ["ticker"]
    assert find_seams(line + " .") == []  # prose: a rare run is as often a rare word


PLACED = "اشتباكات عنيفة بين الفصائل وقوات النظام على أطراف مدينة دوما في الغوطة الشرقية"
UNPLACED = "مقتل ثلاثة مدنيين بقصف جوي لطائرات النظام"


def _air_strike_places(text: str) -> list[str | None]:
    doc = rasd.extract(text, published="2017-08-09")
    return [(e.location or {}).get("name") for e in doc.events
            if e.sub_event_type == "Air/drone strike" and e.sentence_start < len(PLACED) + 60]


def test_a_glued_headline_takes_no_place_from_the_one_before() -> None:
    assert _air_strike_places("آخر التطورات\n" + PLACED + UNPLACED + TICKER_TAIL) == []


def test_a_sentence_of_the_same_item_still_takes_it() -> None:
    text = "آخر التطورات\n" + PLACED + " .\n" + UNPLACED + " ." + TICKER_TAIL.replace("\n", " ")
    assert _air_strike_places(text) == ["Duma"]


def test_a_tickers_headlines_keep_the_pages_day() -> None:
    """A ticker's items are all of its one day (a chronology's have days of their own)."""
    text = "آخر التطورات\nقصفت طائرات حربية اليوم مدينة دوما في الغوطة الشرقية ." + TICKER_TAIL
    doc = rasd.extract(text, published="2017-08-09")
    rules = {ev.rule for e in doc.events if (e.location or {}).get("name") == "Al Bab"
             for ev in e.evidence if ev.field == "event_date"}
    assert rules == {"date:story-day"}


OPENER = "وصلت تعزيزات عسكرية إلى أطراف مدينة الرقة"


@pytest.mark.parametrize(("headline", "place"), [
    ("الهجوم على مكتب المخابرات في مدينة كابول يوقع قتلى", "Kabul"),
    ("المتظاهرون يغلقون الطريق الدولي في مدينة أربيل", "Erbil"),
])
def test_a_glued_headline_tells_its_own_happening_by_a_definite_noun(headline: str, place: str) -> None:
    glued = rasd.extract("آخر التطورات\n" + OPENER + headline + TICKER_TAIL, published="2017-08-09")
    assert place in [(e.location or {}).get("name") for e in glued.events]
    assert not _first_tellings(glued, place)  # the ticker's headline: its own happening
    # the same words going on in the item before it, or in prose, after no happening of their
    # type: the page's first telling of it, placed (DROPS29; before, they were left out as a
    # definite noun with nothing told before it to name)
    same_item = "آخر التطورات\n" + OPENER + " .\n" + headline + " ." + TICKER_TAIL.replace("\n", " ")
    for text in (same_item, OPENER + " .\n" + headline + " ."):
        doc = rasd.extract(text, published="2017-08-09")
        assert _first_tellings(doc, place), text


def _first_tellings(doc, place: str) -> list:
    return [e for e in doc.events if (e.location or {}).get("name") == place
            and any(ev.field == "trigger" and "definite:first-telling" in ev.rule for ev in e.evidence)]
