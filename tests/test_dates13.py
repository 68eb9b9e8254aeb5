"""DATES13: a day and month told with their weekday on a page that gives them no year.

Live tickers and reports on pages with no date of their own head their days "السبت 20
أغسطس / آب" or tell "يوم السبت الماضي 11 آذار" with no year anywhere near. The weekday fixes
the year among the few around those the page prints (a footer's "2007 - 2018", a background
"تشرين الأول 2016"): the only one in which that day was that weekday. No printed year, two
years that fit, or none: no date."""

from rasd.time.extract import extract
from tests.helpers import events_of

FOOTER = " جميع الحقوق محفوظة 2012 - 2018 ."


def _dates(text: str) -> dict[str, str | None]:
    return {e.text: e.value.get("date") for e in extract(text) if e.label == "DATE"}


def test_ticker_heading_takes_the_year_its_weekday_fits():
    text = ("آخر التطورات في مدينة حلب ساعة بساعة .\nالسبت 20 أغسطس / آب - ( 18 : 30 ) : غارات "
            "جوية على مواقع المسلحين جنوب المدينة ." + FOOTER)
    assert _dates(text)["السبت 20 أغسطس / آب"] == "2016-08-20"


def test_told_weekday_after_a_background_year_takes_the_next_year():
    # the page prints only 2016 (a background day); 11 March was a Saturday in 2017
    text = ("وكانت قوات النظام قد استعادت المطار يوم السبت الماضي 11 آذار , بعد أن خسرته "
            "يوم 12 آب 2016 .")
    assert _dates(text)["يوم السبت الماضي 11 آذار"] == "2017-03-11"


def test_no_printed_year_gives_no_year():
    text = "تعرضت بلدات الغوطة الشرقية اليوم الخميس 26 تشرين الأول لقصف مدفعي عنيف ."
    assert _dates(text)["اليوم الخميس 26 تشرين الأول"] is None


def test_two_years_that_fit_give_no_year():
    # 25 January was a Friday in 2013 and in 2019, both near the footer's 2018
    text = "خرج آلاف المتظاهرين يوم الجمعة 25 يناير إلى ميدان التحرير ." + FOOTER
    assert _dates(text)["يوم الجمعة 25 يناير"] is None


def test_day_and_month_without_a_weekday_get_no_year():
    text = "أودت تفجيرات يوم 23 مايو في مدينتي جبلة وطرتوس بحياة العشرات ." + FOOTER
    assert _dates(text)["يوم 23 مايو"] is None


def test_ticker_item_event_is_dated_by_its_heading():
    text = ("آخر التطورات الميدانية في مدينة حلب ساعة بساعة .\n"
            "الجمعة 19 أغسطس / آب - ( 16 : 38 ) : مقتل خمسة مسلحين في قصف مدفعي للجيش السوري "
            "على حي الراموسة في حلب ." + FOOTER)
    found = events_of(text, "ASSAULT", require=True, published=None)
    assert found and {e.event_date for e in found} == {"2016-08-19"}, \
        [(e.event_date, e.trigger) for e in found]
