"""DATEFIX24: bounds of DATES24's page-month year (REVIEW24 finding 5).

(1) A month-year that opens a span lasting to now ("منذ مارس / آذار 2011"، "منذ اختطافهم في 9
ديسمبر / كانون الأول 2013") is the origin a page looks back to, not the month its story is told
in: a later yearless day of that month takes no year from it; "منذ ... وحتى ..." (a closed
stretch) still gives one. (2) A name's head broken before its last letter ("مجموع - ة 14
آذار") still makes the day and month a name. The sentences are written for these tests."""

from rasd.time.extract import extract


def _told(text: str, published: str | None = None) -> dict[str, str | None]:
    return {e.text: e.value.get("date") for e in extract(text, published=published) if e.label == "DATE"}


FILL = "وتعاني المستشفيات الميدانية في المنطقة من نقص حاد في الأدوية . " * 4  # past the story's year
SINCE = "لا يزال مصير الناشطين مجهولا منذ اختطافهم في 9 كانون الأول / ديسمبر 2013 على أيدي مسلحين . "
WAR = "قتل آلاف المدنيين في النزاع المسلح منذ آذار / مارس 2011 . "
CLOSED = "استمرت المعارك منذ ليل 1 شباط 2016 وحتى مساء 3 شباط في ريف حلب الشمالي . "


def test_a_month_year_after_since_gives_no_year_to_a_later_day():
    told = _told(SINCE + FILL + "وفي 1 كانون الأول / ديسمبر , قصفت الطائرات بلدة منبج .")
    assert told.get("1 كانون الأول / ديسمبر") is None, told
    told = _told(WAR + FILL + "وفي 19 آذار / مارس , قتل طفل في حي الوعر .")
    assert told.get("19 آذار / مارس") is None, told


def test_a_month_year_told_as_the_story_still_gives_its_year():
    told = _told("اختطف مسلحون الناشطين في 9 كانون الأول / ديسمبر 2013 من مكتبهم . " + FILL
                 + "وفي 12 كانون الأول / ديسمبر , قصفت الطائرات بلدة منبج .")
    assert told.get("12 كانون الأول / ديسمبر") == "2013-12-12", told


def test_a_closed_stretch_after_since_still_gives_its_year():
    told = _told("تقرير عن معركة ريف حلب الشمالي . " + CLOSED + FILL
                 + "وفي 5 شباط , سيطرت القوات على بلدة رتيان .")
    assert told.get("5 شباط") == "2016-02-05", told


def test_a_broken_name_head_still_makes_a_name():
    told = _told("في شهر فبراير ومارس 1954 جرت المحاكمات . " + FILL
                 + "تحدث النائب عن الطرف الآخر في مجموع - ة 14 آذار , وقال إن الحوار متوقف .")
    assert not any("14 آذار" in t and d for t, d in told.items()), told


def test_a_day_after_a_broken_word_that_is_no_name_head_is_still_a_date():
    told = _told("في شهر فبراير ومارس 1954 جرت المحاكمات . " + FILL
                 + "وصلت الطائرة إلى مطار القاهر - ة 14 آذار , وقال إن الحوار متوقف .")
    assert told.get("14 آذار") == "1954-03-14", told

