"""ITEMDATES19: a date that opens a list item dates that item; a vague count stays in its item.

- A numbered list glued on one line ("1 - … 2 - … 3 - …": a daily death list) is cut into its
  items (rule ``numbered-item``), so one item's "قبل عدة أيام" dates none of its neighbours;
  the parts of a date ("7 - 9 - 2017") and numbers out of sequence are no markers.
- An item whose opener tells no day it can resolve takes no day from the item before
  (``date:other-item``).
- A yearless day soon after a told day goes on in that day's year ("في 17 مايو 2015 … . وفي
  21 مايو …"), however recent the year; a day months later does not.

The sentences are written for these tests."""

from rasd.document import Document, EventMention, Meta
from rasd.pipeline import build
from rasd.text.sentences import split_sentences
from rasd.time.extract import extract
from tests.helpers import events_of

DEATH_LIST = ("التقرير اليومي عن الضحايا ليوم الثلاثاء 7 أيار 2013\n"
              "بلغ مجموع الضحايا ( 3 ) أشخاص يوم الثلاثاء 7 - 5 - 2013 .\n"
              "1 - محمد أحمد العلي / درعا - طفس / جراء القصف المدفعي على البلدة "
              "2 - خالد سعيد الحسن / ريف دمشق - دوما / متأثرا بجراح أصيب بها قبل عدة أيام "
              "3 - أحمد محمود الخطيب / حلب / في الاشتباكات مع قوات النظام .")


def _rules(text: str) -> list[tuple[str, str]]:
    return [(text[s.start:s.end], s.rule) for s in split_sentences(text)]


def _days(text: str, published: str | None) -> list[tuple[str, str | None, list[str]]]:
    doc = build()(Document(Meta(id="t", published=published), raw=text))
    return [(e.trigger, e.event_date, [ev.rule for ev in e.evidence if ev.field == "event_date"])
            for e in doc.events]


def test_a_glued_numbered_list_is_cut_into_its_items():
    items = [s for s, rule in _rules(DEATH_LIST) if rule.endswith("numbered-item")]
    assert [s.split(" / ")[0] for s in items] == [
        "1 - محمد أحمد العلي", "2 - خالد سعيد الحسن", "3 - أحمد محمود الخطيب"], items


def test_one_items_vague_count_dates_none_of_its_neighbours():
    found = _days(DEATH_LIST, "2013-05-08")
    assert not [d for _, d, _ in found if d == "2013-05-05"], found


def test_parts_of_a_date_and_numbers_out_of_sequence_are_no_items():
    text = "قتل 3 - 4 مدنيين يوم 7 - 9 - 2017 في قصف على البلدة وأصيب 5 - 6 آخرون ."
    assert _rules(text) == [(text, "punctuation")]
    lone = "1 - قصفت الطائرات البلدة وأصيب 12 - جريحا في القصف ."
    assert not [r for _, r in _rules(lone) if "numbered-item" in r]


NUMBERED_DAYS = ("أهم أحداث الشهر\n"
                 "7 مارس 2017 : قصفت الطائرات الحربية مدينة دوما في ريف دمشق .\n"
                 "12 - قتل خمسة مدنيين في قصف مدفعي على مدينة درعا .\n"
                 "15 مارس 2017 : اشتبكت فصائل المعارضة مع قوات النظام في بلدة مورك .\n"
                 "{} - اعتقلت قوات الأمن عشرين شابا في حي الوعر بمدينة حمص .")


def test_an_item_with_no_day_of_its_own_takes_none_from_the_item_before():
    found = _days(NUMBERED_DAYS.format(3), "2017-03-20")  # "3 -" after 15 March: another month's
    assert ("اعتقلت", None, ["date:other-item"]) in found, found


def test_an_item_with_its_own_day_keeps_it():
    found = _days(NUMBERED_DAYS.format(18), "2017-03-20")  # "18 -" after 15 March: 18 March
    assert ("اعتقلت", "2017-03-18", ["date:list-item"]) in found, found


def _when(found: list[EventMention]) -> list[str | None]:
    return [e.event_date for e in found]


def test_a_chronologys_next_day_goes_on_in_the_told_year():
    text = ("ويذكر أنه في 17 مايو 2015 سقطت مدينة الرمادي في يد التنظيم .\n"
            "وفي 21 مايو سقطت مدينة تدمر بيد التنظيم بعد معارك مع قوات النظام .")
    dates = {e.text: e.value.get("date") for e in extract(text, published="2017-07-08") if e.label == "DATE"}
    assert dates["21 مايو"] == "2015-05-21", dates


def test_a_day_months_after_the_told_one_is_the_publications_year():
    text = ("ويذكر أنه في 17 مايو 2015 سقطت مدينة الرمادي في يد التنظيم .\n"
            "وفي 21 نوفمبر سقطت مدينة تدمر بيد التنظيم بعد معارك مع قوات النظام .")
    dates = {e.text: e.value.get("date") for e in extract(text, published="2017-07-08") if e.label == "DATE"}
    assert dates["21 نوفمبر"] == "2016-11-21", dates
    assert _when(events_of(text, "ASSAULT", published="2017-07-08"))[-1] == "2016-11-21"
