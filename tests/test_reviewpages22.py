"""REVIEWPAGES22: year reviews and chronologies of forced evacuations.

A review of a year of the Syrian war tells its evacuations in running prose ("إجلاء عشرات آلاف
المدنيين والمقاتلين من أحياء حلب الشرقية"، "قام النظام … بإجلاء المئات من المقاتلين"، "غادر
الآلاف من المقاتلين"، "وأخرج المقاتلين"، "تم خروج نحو 8000 شخص بينهم 700 مقاتل"): RETREAT
(non-violent transfer of territory) when fighters are among those who left; civilians alone, the
sick, or a deal's terms are not. A chronology of them dates its items "في 27 آب / 2016": the
year after the slash is the day's; "تهجير 2100 شخص" counts people, it names no year 2100; "في
أوائل كانون الأول 2016" is read on a page with no day of its own.
The sentences are written for these tests."""

from rasd.api import extract
from tests.helpers import events_of, name_of


def _dates(text: str, published: str | None = "2017-04-16") -> list[tuple[str, str | None]]:
    doc = extract(text, published=published)
    return [(doc.text[s.start:s.end], (s.value or {}).get("date")) for s in doc.spans if s.label == "DATE"]


def _retreats(text: str, published: str = "2017-03-16") -> list[str]:
    return [name_of(e.location) for e in events_of(text, "RETREAT", published=published)]


# ---------------------------------------------------------------- dates of a chronology's items

def test_a_year_after_a_slash_is_the_days_year():
    assert ("27 آب / 2016", "2016-08-27") in _dates("في 27 آب / 2016 , بدأ خروج المقاتلين من مدينة داريا .")
    # the same page, undated: the year is still read
    assert ("13 آذار / 2017", "2017-03-13") in _dates("13 آذار / 2017 , وقع الطرفان اتفاقا حول حي الوعر .",
                                                      published=None)


def test_a_month_pair_after_a_slash_keeps_the_pages_year():
    # "آذار / مارس" is one month written twice; no year follows
    assert ("13 آذار / مارس", "2017-03-13") in _dates("في 13 آذار / مارس اجتمع الوفدان في جنيف .")


def test_a_count_of_people_is_no_year():
    found = _dates("في 29 كانون الثاني / 2017 , تم تهجير 2100 شخص من مقاتلي ومدنيي وادي بردى إلى إدلب .")
    assert all(text != "2100" for text, _ in found), found
    # a figure before anything else is still a year
    assert ("2016", None) in _dates("وفي 2016 تراجعت المعارك في المدينة .")


def test_part_of_a_month_of_a_year_on_an_undated_page():
    # "أوائل كانون الأول 2016": its year is stated, no page day is needed
    assert ("أوائل كانون الأول / 2016", "2016-12-05") in _dates(
        "في أوائل كانون الأول / 2016 , خرجت الدفعة الثانية من خان الشيح .", published=None)
    assert ("أواخر شهر آذار 2015", "2015-03-26") in _dates(
        "في أواخر شهر آذار 2015 سيطرت الفصائل على مدينة إدلب .", published=None)
    # with no year anywhere it stays unread
    assert ("أوائل كانون الأول", None) in _dates("في أوائل كانون الأول , خرجت الدفعة الثانية من خان الشيح .",
                                                 published=None)


def test_a_counted_evacuation_is_dated_by_its_item():
    # an undated page: only the item's own year dates it, and the count is no year to make it history
    found = events_of("في 29 كانون الثاني / 2017 , تم تهجير 2100 شخص من مقاتلي ومدنيي وادي بردى إلى إدلب .",
                      "RETREAT", require=True, published=None)
    assert found[0].event_date == "2017-01-29", found[0].event_date
    assert "historical" not in found[0].context


# ---------------------------------------------------------------- evacuations told in a review

def test_civilians_and_fighters_evacuated():
    assert _retreats("وأكمل الأسد مشهد التهجير مع إجلاء عشرات آلاف المدنيين والمقاتلين من أحياء حلب الشرقية .") \
        == ["Aleppo"]


def test_civilians_alone_evacuated_are_no_retreat():
    assert _retreats("وتم إجلاء عشرات آلاف المدنيين من أحياء حلب الشرقية بعد القصف .") == []


def test_people_among_them_fighters_left():
    assert _retreats("تم خروج نحو 8000 شخص بينهم 700 مقاتل من مدينة داريا إلى محافظة إدلب .") == ["Darayya"]


def test_people_among_them_no_fighters_are_no_retreat():
    assert _retreats("تم إجلاء نحو 800 شخص بينهم 70 مريضا من مدينة داريا .") == []


def test_an_evacuation_done_after_qama():
    found = _retreats("قام نظام الأسد في سبتمبر / أيلول بإجلاء المئات من المقاتلين وعائلاتهم من حي الوعر المحاصر في مدينة حمص .")
    assert len(found) == 1 and "Waer" in found[0], found


def test_a_deals_terms_stay_no_retreat():
    assert _retreats("ووقع الطرفان اتفاقا يقضي بإجلاء المئات من المقاتلين وعائلاتهم من حي الوعر في مدينة حمص .") == []


def test_thousands_of_fighters_left():
    assert _retreats("واختتم الأسد عمليات التهجير في مخيم خان الشيح حيث غادر الآلاف من المقاتلين وعائلاتهم إلى ريف إدلب .") \
        == ["Khan al-Shih"]


def test_thousands_of_civilians_who_left_are_no_retreat():
    assert _retreats("وفي مخيم خان الشيح غادر الآلاف من المدنيين منازلهم هربا من القصف .") == []


def test_the_verb_that_moved_fighters_out():
    assert _retreats("فانتقل النظام إلى معضمية الشام حيث أخرج المقاتلين يوم 19 أكتوبر / تشرين الأول .") \
        == ["Muadamiyat al-Sham"]


def test_the_same_verb_of_anything_else_is_no_retreat():
    assert _retreats("وأخرج المخرج الفيلم الجديد في مدينة حمص .") == []
