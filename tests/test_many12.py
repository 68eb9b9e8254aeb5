"""MANY12 (session 12): the items of a list page — a chronology or a live ticker — each tell
their own happening, dated by the item's day (rasd.events.items)."""

from __future__ import annotations

from rasd.document import Document, Meta
from rasd.events.items import page_items
from rasd.pipeline import build
from tests.helpers import events_of

HEAD = "أبرز الأحداث في درعا خلال شهري آذار ونيسان 2017 .\n"
ITEM = "مسلحون يهاجمون حاجزا للجيش في بلدة الحراك ."
CHRONOLOGY = HEAD + f"آذار 3 - {ITEM}\n7 - {ITEM}\n2 نيسان 2017 - {ITEM}\n5 - {ITEM}"
PROSE = HEAD + f"{ITEM}\n{ITEM}\n{ITEM}"

TICKER = ("التطورات الميدانية في حلب لحظة بلحظة .\n"  # newest first, as tickers are
          "الأحد 12 آذار 2017 - ( 10 : 05 ) : قصف مدفعي على حي الشيخ سعيد في حلب .\n"
          "السبت 11 آذار 2017 - ( 09 : 15 ) : قصف مدفعي على حي الشيخ سعيد في حلب .\n"
          "- ( 13 : 40 ) : غارات مكثفة للطيران الحربي على مواقع المسلحين في محيط المدينة الجنوبي وصولا إلى حي الراموسة .")


def _items(text: str):
    doc = build(["clean", "sentences", "actors", "names", "places", "time"])(Document(Meta(id="t"), raw=text))
    from rasd.events.tokens import Words

    return page_items(doc, Words(doc).sentences)


def test_chronology_items_are_their_own_happenings_with_their_days():
    found = events_of(CHRONOLOGY, "ASSAULT", published="2017-05-01", require=True)
    assert sorted(e.event_date for e in found) == ["2017-03-03", "2017-03-07", "2017-04-02", "2017-04-05"]
    item_days = [ev for e in found for ev in e.evidence if ev.field == "event_date" and ev.rule == "date:list-item"]
    assert [ev.text for ev in item_days] == ["7", "5"]


def test_the_same_lines_without_item_openers_stay_one_happening():
    found = events_of(PROSE, "ASSAULT", published="2017-05-01", require=True)
    assert len(found) == 1 and found[0].event_date is None


def test_numbered_points_under_one_date_make_no_list_page():
    text = ("قال المتحدث في 3 آذار 2017 إن الحكومة تضع شروطا للحوار .\n"
            "السبت 4 آذار 2017 - عقد اجتماع في دمشق .\n1 - انسحاب المسلحين من بلدة الحراك .\n"
            "2 - تسليم السلاح الثقيل .\n3 - عودة المهجرين .")
    assert not _items(text).of


def test_ticker_hour_item_opened_by_a_noun_is_a_happening_and_days_are_not_merged():
    found = events_of(TICKER, "ASSAULT", published="2017-03-13", require=True)
    days = sorted((e.event_date, str((e.location or {}).get("name"))) for e in found)
    # the 13:40 strikes (a noun far from any place) are told as their own item's happening,
    # and the same shelling of al-Sheikh Said on two days is two events
    assert [d for d, _ in days] == ["2017-03-11", "2017-03-11", "2017-03-12"]
    assert sum("Sheikh Said" in name for _, name in days) == 2


def test_the_strikes_told_outside_a_ticker_need_their_place_nearby():
    text = "غارات مكثفة للطيران الحربي على مواقع المسلحين في محيط المدينة الجنوبي وصولا إلى حي الراموسة ."
    assert not events_of("التطورات في حلب .\n" + text, "ASSAULT", published="2017-03-13")


def test_two_hours_of_one_day_at_one_town_are_one_event():
    text = ("التطورات الميدانية في حلب لحظة بلحظة .\n"
            "السبت 11 آذار 2017 - ( 09 : 15 ) : قصف مدفعي على حي الشيخ سعيد في حلب .\n"
            "- ( 13 : 40 ) : قصف مدفعي على حي الشيخ سعيد في حلب .\n"
            "- ( 18 : 05 ) : قصف مدفعي على حي الشيخ سعيد في حلب .")
    found = events_of(text, "ASSAULT", published="2017-03-13", require=True)
    assert len(found) == 1 and found[0].event_date == "2017-03-11"
