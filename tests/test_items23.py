"""ITEMS23: long pages of dated items — each item's own day and context stay in the item.

- A full date opening a line and followed by a dash heads one item of a digest ("…\\n2015 / 9 / 28
  - أدانت البعثة الهجوم الذي وقع أمس …"): the item's "أمس"/"اليوم" count from it, not from the
  last heading found after a stop.
- A bracketed span of two full dates after a name ("( 14 يناير 1965 - 10 يوليو 2006 )") is a
  life, not the page's printed day.
- A modern year with its era mark inside a told day or month ("في 16 ديسمبر عام 2005 م") is no
  other era; a year of another era ("سنة 694 م") still is.
- A list item's definite noun after a reaction word ("أدانت … الهجوم") points back only to a
  happening told in the same item.
- A ticker's glued headline carries no background history from the headline before it.

The sentences are written for these tests."""

from rasd.document import Document, Meta
from rasd.pipeline import build
from rasd.time.extract import extract


def _doc(text: str, published: str | None = None) -> Document:
    return build()(Document(Meta(id="t", published=published, published_precision="day" if published else None),
                            raw=text))


def _events(text: str, published: str | None = None) -> list[tuple[str, str | None, str | None]]:
    doc = _doc(text, published)
    return [(e.plover, (e.location or {}).get("name"), e.event_date) for e in doc.events]


# --- line-opening item headings --------------------------------------------------------------

DIGEST = ("أهم الأخبار خلال شهر تشرين الأول 2015\n"
          "2015 / 10 / 30 - رحب الأمين العام بالمحادثات التي بدأت في فيينا حول الأزمة في سوريا .\n"
          "2015 / 10 / 29 - أدانت البعثة الهجوم الانتحاري الذي وقع أمس في مدينة قندهار .\n"
          "2015 / 10 / 28 - دعا الأمين العام إلى وقف القتال في اليمن .\n")


def test_a_line_opening_date_with_a_dash_heads_its_item():
    dates = [x for x in extract(DIGEST, "2015-10-31", "day") if x.label == "DATE"]
    yesterday = next(x for x in dates if x.text == "أمس")
    assert yesterday.value["date"] == "2015-10-28", dates  # the day before its item's, 29 October
    assert yesterday.value.get("reference") == "item"
    heads = [x.text for x in dates if x.rule.endswith("+item-heading")]
    assert "2015 / 10 / 29" in heads, heads


def test_a_line_opening_date_without_a_dash_heads_nothing():
    text = ("أهم الأخبار خلال شهر تشرين الأول 2015\n"
            "2015 / 10 / 30 - رحب الأمين العام بالمحادثات في فيينا .\n"
            "2015 / 10 / 29 أدانت البعثة الهجوم الذي وقع أمس في مدينة قندهار .\n"
            "2015 / 10 / 28 - دعا الأمين العام إلى وقف القتال في اليمن .\n")
    dates = [x for x in extract(text, "2015-10-31", "day") if x.label == "DATE"]
    assert not [x for x in dates if x.text == "2015 / 10 / 29" and x.rule.endswith("+item-heading")], dates


# --- a life span is no dateline ---------------------------------------------------------------

BIOGRAPHY = ("بوابة الحركات : شامل باساييف .\n"
             "الأربعاء 05 / نوفمبر / 2014 - 10 : 06 م شامل باساييف ( 14 يناير 1965 - 10 يوليو 2006 ) "
             "قائد عسكري شيشاني .\n"
             "وفي 12 مايو 2003 , فجر انتحاريون شاحنة محملة بالمتفجرات في مجمع حكومي في غروزني .\n")


def test_a_bracketed_life_span_is_not_the_pages_day():
    dates = [x for x in extract(BIOGRAPHY) if x.label == "DATE"]
    page = [x for x in dates if x.value.get("dateline")]
    assert [x.value["date"] for x in page] == ["2014-11-05"], dates
    bombing = next(x for x in dates if x.text == "12 مايو 2003")
    assert bombing.value["eventable"] and bombing.value["kind"] == "absolute", bombing


def test_a_date_in_brackets_alone_still_dates_the_page():
    text = "قائد عسكري شيشاني ( 14 يناير 2015 ) قتل ثلاثة جنود في هجوم على حاجز في غروزني أمس ."
    dates = [x for x in extract(text) if x.label == "DATE"]
    assert [x.value["date"] for x in dates if x.value.get("dateline")] == ["2015-01-14"], dates


# --- a modern year with its era mark ----------------------------------------------------------

def test_a_told_day_with_an_era_mark_is_no_other_era():
    text = ("أعلنت الكتائب اليوم مسؤوليتها عن عمليات سابقة .\n"
            "4 ) عملية جبل سنداس في 16 ديسمبر عام 2005 م , استهدف خلالها المجاهدون سيارة "
            "للمستوطنين قرب مدينة الخليل , وأدت العملية لمقتل مستوطن .\n")
    found = _events(text, "2010-12-19")
    assert ("ASSAULT", "Hebron", "2005-12-16") in found or any(
        p == "ASSAULT" and d == "2005-12-16" for p, _, d in found), found


def test_a_year_of_another_era_is_still_history():
    text = ("تحدث المؤرخ عن تاريخ المدينة .\n"
            "هاجم الصليبيون مدينة القدس سنة 1099 م وقتلوا سكانها .\n")
    doc = _doc(text, "2010-12-19")
    assert not doc.events, [(e.plover, e.event_date) for e in doc.events]
    rules = [s.rule for s in doc.spans_of("TRIGGER")]
    assert rules and all("historical:1099" in r for r in rules), rules


# --- a reaction's definite noun points back within its item ------------------------------------

UN_LIST = ("أهم الأخبار خلال شهر أيلول 2015\n"
           "2015 / 9 / 30 - أدان مجلس الأمن الهجوم الذي استهدف قافلة إغاثة في مدينة حلب أمس .\n"
           "2015 / 9 / 29 - أدانت بعثة الأمم المتحدة للمساعدة في أفغانستان الهجوم الانتحاري الذي وقع "
           "أمس في مدينة قندهار .\n"
           "2015 / 9 / 28 - دعا الأمين العام إلى وقف القتال في اليمن .\n")


def test_a_condemned_attack_of_another_item_is_its_own_happening():
    doc = _doc(UN_LIST, "2015-09-30")
    kandahar = [e for e in doc.events if (e.location or {}).get("name") == "Kandahar"]
    assert kandahar and kandahar[0].event_date == "2015-09-28", [
        (e.plover, (e.location or {}).get("name"), e.event_date) for e in doc.events]


def test_a_condemned_attack_told_before_in_the_same_story_is_a_reference():
    text = ("2015 / 9 / 29 - قتل عشرة أشخاص في هجوم انتحاري استهدف سوقا في مدينة قندهار أمس .\n"
            "وأدانت بعثة الأمم المتحدة للمساعدة في أفغانستان الهجوم الانتحاري الذي وقع أمس في مدينة قندهار .\n")
    doc = _doc(text, "2015-09-30")
    rules = [s.rule for s in doc.spans_of("TRIGGER") if "reaction-back" in s.rule]
    assert rules, [s.rule for s in doc.spans_of("TRIGGER")]


# --- history carried only inside an item -------------------------------------------------------

TICKER = ("آخر الأخبار على الخريطة التفاعلية لهذا اليوم في سورياانفجار سيارة مفخخة في مدينة الموصل "
          "العراقيةاعتقال خلية في مدينة اسطنبول التركيةوفي عام 2012 هربت الناشطة من سوريا إلى العاصمة "
          "الفرنسيةقصفت المدفعية التركية مواقع الوحدات الكردية في بلدة عزاز بريف حلب الشماليةوصول تعزيزات "
          "عسكرية إلى مدينة الباب السوريةاجتماع لقادة الفصائل في مدينة إدلب السوريةمقتل عنصرين من الشرطة "
          "في مدينة العريش المصرية")


def test_a_tickers_next_headline_carries_no_history_from_the_one_before():
    doc = _doc(TICKER, "2017-08-17")
    carried = [doc.text[s.start:s.end] for s in doc.spans_of("TRIGGER") if "background-carry" in s.rule]
    assert not carried, carried
    assert any(e.plover == "ASSAULT" and e.sub_event_type and "Shelling" in e.sub_event_type for e in doc.events)


def test_history_still_carries_to_the_next_sentence_of_one_paragraph():
    text = ("تحدث الناشط عن حياته في المنفى .\n"
            "وفي عام 2012 هرب الناشط من سوريا إلى العاصمة الفرنسية . "
            "وقصفت المدفعية مواقع الوحدات الكردية في بلدة عزاز بريف حلب الشمالي .")
    doc = _doc(text, "2017-08-17")
    carried = [s.rule for s in doc.spans_of("TRIGGER") if "background-carry:2012" in s.rule]
    assert carried, [s.rule for s in doc.spans_of("TRIGGER")]
