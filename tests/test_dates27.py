"""DATES27: a full date with its clock time right after it, below the page's own date, is an
item's posting stamp (a tag page's, a forum's, a list of stamped articles): the relative days
told after it count from it, not from the page's date."""

from rasd.time.extract import extract

PAGE = "الأربعاء 03 فبراير 2016 - 10 : 39 صباحا قال المتحدث إن الجيش تقدم في المنطقة .\n"


def _dates(text: str) -> dict[str, tuple[str | None, str]]:
    return {e.text: (e.value.get("date"), e.rule) for e in extract(text) if e.label == "DATE"}


def test_a_stamped_item_dates_its_today():
    got = _dates(PAGE + "مقال الكاتب سعيد الخميس 04 فبراير 2016 - 09 : 33 صباحا "
                        "قصفت الطائرات اليوم مواقع المسلحين في صعدة .")
    assert got["الأربعاء 03 فبراير 2016"][1].endswith("+dateline")
    day, rule = got["الخميس 04 فبراير 2016"]
    assert day == "2016-02-04" and "+item-heading" in rule and "+clock-stamp" in rule
    assert got["اليوم"] == ("2016-02-04", "date:relative-day+item-day")


def test_a_told_day_without_a_clock_is_no_stamp():
    got = _dates(PAGE + "وفي الخميس 04 فبراير 2016 قصفت الطائرات مواقع المسلحين في صعدة , "
                        "وقصفت اليوم مواقع أخرى .")
    assert "+item-heading" not in got["الخميس 04 فبراير 2016"][1]
    assert got["اليوم"] == ("2016-02-03", "date:relative-day")  # the page's today


def test_a_clock_printed_before_the_next_date_is_that_dates():
    # "GMT 23 : 04 2017 الجمعة 19 مايو": the stamps print their time first; the clock after
    # "الخميس 04 فبراير" runs into the next stamp and is not this date's
    got = _dates(PAGE + "مقال الكاتب سعيد الخميس 04 فبراير 2016 GMT 09 : 33 2016 الجمعة 05 فبراير "
                        "قصفت الطائرات اليوم مواقع المسلحين في صعدة .")
    assert "+clock-stamp" not in got["الخميس 04 فبراير 2016"][1]


def test_a_weekday_with_a_broadcast_hour_is_no_stamp():
    got = _dates(PAGE + "مواعيد البث والإعادة الخميس مباشر 22 : 05 الجمعة مباشر 22 : 05 "
                        "قال المتحدث اليوم إن الطائرات قصفت المواقع .")
    assert all("+clock-stamp" not in rule for _, rule in got.values())
    assert got["اليوم"][0] == "2016-02-03"


def test_a_stamp_of_the_pages_own_day_ends_the_item_before_it():
    got = _dates(PAGE + "مقال الكاتب سعيد الخميس 04 فبراير 2016 - 09 : 33 صباحا قال المتحدث أمس إن "
                        "الطائرات قصفت المواقع . خبر آخر الأربعاء 03 فبراير 2016 - 08 : 10 صباحا "
                        "غادر الوفد أول أمس إلى جنيف .")
    assert got["أمس"] == ("2016-02-03", "date:relative-day+item-day")  # the item of 4 February
    assert "+item-heading" not in got["الأربعاء 03 فبراير 2016"][1]
    assert got["أول أمس"][0] == "2016-02-01"  # counted from the page (3 February) again
