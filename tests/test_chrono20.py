"""CHRONO20: a chronology page's items carry their year and their day (issue 6).

- A page whose sentences open with days in calendar order (at least four) is a chronology:
  a yearless item day takes the year the items tell (carried forward, and back from the
  first told year), the next year's after a year's end; a day going back otherwise takes
  none (rule ``+chronology-year`` on the DATE).
- A yearless day inside an item soon after the item's day is of the item's year.
- An item's day dates all its sentences up to the next item, no further than a sentence
  that tells another time or opens with a figure read as no day (``date:list-item``).
- Prose that tells a few days, or days out of calendar order, is no chronology.

The pages are written for these tests."""

from rasd.document import Document, Meta
from rasd.pipeline import build
from rasd.time.extract import extract

CHRONOLOGY = ("حصاد العنف في البلاد خلال الشهرين الأولين\n"
              "في 3 يناير , قتل 12 شخصا في تفجير سيارة مفخخة في سوق بمدينة كركوك .\n"
              "في 9 يناير , استهدفت عبوة ناسفة دورية للشرطة في مدينة بعقوبة .\n"
              "في 14 يناير , اغتال مسلحون مسؤولا محليا في مدينة الموصل .\n"
              "في 20 يناير 2013 , قتل سبعة أشخاص في هجوم انتحاري على مركز للشرطة في مدينة تكريت .\n"
              "في 2 فبراير , هاجم مسلحون نقطة تفتيش للجيش في مدينة الفلوجة .\n"
              "وفي آخر أيام الشهر 27 فبراير قتل ثلاثة جنود في انفجار عبوة ناسفة في سامراء .")


def _dates(text: str, url: str | None = None) -> dict[str, tuple[str | None, str]]:
    return {e.text: (e.value.get("date"), e.rule) for e in extract(text, url=url) if e.label == "DATE"}


def test_a_chronologys_yearless_items_take_the_year_its_items_tell():
    dates = _dates(CHRONOLOGY)
    assert dates["3 يناير"] == ("2013-01-03", "date:day-month+chronology-year"), dates
    assert dates["14 يناير"][0] == "2013-01-14", dates
    assert dates["2 فبراير"][0] == "2013-02-02", dates
    # a day inside an item, soon after the item's day: that year too
    assert dates["27 فبراير"][0] == "2013-02-27", dates


def test_a_prose_page_with_a_few_dated_sentences_is_no_chronology():
    prose = ("قال المسؤول إن الوضع الأمني تحسن كثيرا منذ 20 يناير 2013 .\n"
             "وأضاف أن الشرطة اعتقلت في 3 فبراير خمسة مطلوبين في مدينة كركوك .\n"
             "وكانت الحكومة قد أعلنت في 9 فبراير خطة أمنية جديدة للمدينة .")
    assert not [r for _, r in _dates(prose).values() if "chronology" in r]


def test_the_year_turns_at_a_years_end_and_not_when_the_calendar_goes_back():
    turning = ("أبرز الأحداث\nفي 20 نوفمبر 2012 : قصفت الطائرات بلدة حارم .\n"
               "في 5 ديسمبر : اشتبكت الفصائل مع الجيش في بلدة سراقب .\n"
               "في 28 ديسمبر : قتل أربعة مدنيين في قصف على بلدة معرة النعمان .\n"
               "في 4 يناير : سيطرت الفصائل على مطار تفتناز .\n"
               "في 11 يناير : قصفت الطائرات مدينة إدلب .")
    dates = _dates(turning)
    assert dates["5 ديسمبر"][0] == "2012-12-05", dates
    assert dates["4 يناير"] == ("2013-01-04", "date:day-month+chronology-year"), dates
    back = ("أبرز المحطات\nفي 10 يوليو 2000 : أدى الرئيس اليمين الدستورية .\n"
            "في 20 يوليو : أعلنت الحكومة برنامجها .\n"
            "في 2 أغسطس : زار الرئيس مدينة حلب .\n"
            "في 9 أغسطس : افتتح الرئيس مشروعا في حمص .\n"
            "في 17 فبراير : تجمهر المئات في سوق الحريقة احتجاجا على ضرب شرطي لأحد التجار .")
    assert "chronology" not in _dates(back)["17 فبراير"][1]


def _events(text: str) -> list[tuple[str, str | None, list[str]]]:
    doc = build()(Document(Meta(id="t", url="https://example.org/iraq-review.html"), raw=text))
    return [(doc.text[e.sentence_start:e.sentence_end], e.event_date,
             [ev.rule for ev in e.evidence if ev.field == "event_date"]) for e in doc.events]


LONG_ITEM = ("حصاد العنف في البلاد خلال الشهرين الأولين\n"
             "في 3 يناير 2013 , قتل 12 شخصا في تفجير سيارة مفخخة في سوق بمدينة كركوك .\n"
             "في 9 يناير , استهدفت عبوة ناسفة دورية للشرطة في مدينة بعقوبة .\n"
             "وأعلنت السلطات حظرا للتجول في المدينة .\n"
             "وقال شهود إن الدخان غطى الحي .\n"
             "وأغلقت المحلات أبوابها طوال النهار .\n"
             "{}\n"
             "في 14 يناير , اغتال مسلحون مسؤولا محليا في مدينة الموصل .\n"
             "في 20 يناير , قتل سبعة أشخاص في هجوم انتحاري على مركز للشرطة في مدينة تكريت .")


def test_an_items_day_dates_its_whole_item_on_a_chronology():
    found = _events(LONG_ITEM.format("وفي وقت لاحق قتل شرطيان في انفجار عبوة ثانية في مدينة الحلة ."))
    late = [(d, r) for s, d, r in found if s.startswith("وفي وقت لاحق")]
    assert late and late[0] == ("2013-01-09", ["date:list-item"]), found


def test_an_items_day_stops_at_a_figure_that_opens_a_sentence():
    found = _events(LONG_ITEM.format("19 شخصا قتلوا في انفجار عبوة ثانية في مدينة الحلة ."))
    late = [d for s, d, _ in found if s.startswith("19 شخصا")]
    assert late and late[0] != "2013-01-09", found
