"""HISTORY21: a past happening told with its month of a year is an event, however old.

The schema keeps past events a report names with a date or a place and drops generic history.
A month of a year ("في شباط 2019") dates one happening as much as a day does, so neither the
past-year rule (``historical:year-YYYY``) nor the background rule (``historical:background-*``)
reads it as history any more; a bare year ("عام 2019"), "since" a month and a count of raids
over years stay history.

The sentences are written for these tests."""

from tests.helpers import events_of, name_of


def test_an_arrest_told_with_its_month_years_ago_is_an_event():
    found = events_of("وكانت قوات الأمن قد اعتقلت الناشط في مدينة حمص في شباط 2019 .", "COERCE", require=True)
    assert found[0].event_date == "2019-02-15", found[0].event_date
    assert name_of(found[0].location) == "Homs", found[0].location


def test_a_capture_told_with_its_month_after_a_report_of_today_is_an_event():
    text = ("أعلنت وزارة الداخلية اليوم أن الجيش يواصل عملياته في المدينة . "
            "وكان تنظيم الدولة قد سيطر على مدينة الموصل في حزيران 2014 بعد معارك قصيرة .")
    found = events_of(text, "ASSAULT", require=True)
    assert [(e.event_date, name_of(e.location)) for e in found] == [("2014-06-15", "Mosul")], found


def test_a_month_dated_arrest_beside_a_day_of_the_page_is_kept():
    # the page's own day elsewhere in the sentence; the arrest's nearest date is its month
    text = ("قال محامي الناشط يوم الأحد 10 آذار 2024 إن قوات الأمن اعتقلت موكله في مدينة الفلوجة "
            "في شباط 2004 ونقلته إلى سجن بوكا .")
    found = events_of(text, "COERCE", require=True)
    assert found[0].event_date == "2004-02-15", found[0].event_date


def test_the_same_happening_told_with_a_bare_year_stays_history():
    assert events_of("اعتقلت قوات الأمن الناشط في مدينة حمص عام 2019 .", "COERCE") == []
    assert events_of("أعلنت وزارة الداخلية اليوم أن الجيش يواصل عملياته في المدينة . "
                     "وكان تنظيم الدولة قد سيطر على مدينة الموصل عام 2014 بعد معارك قصيرة .", "ASSAULT") == []


def test_raids_counted_since_a_year_or_a_month_stay_history():
    assert events_of("شنت الطائرات الروسية مئات الغارات على ريف إدلب منذ عام 2015 .", "ASSAULT") == []
    assert events_of("شنت الطائرات الروسية مئات الغارات على ريف إدلب منذ شباط 2019 .", "ASSAULT") == []
