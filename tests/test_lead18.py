"""The lead's changes in session 18: a live map's story address carries its day as a number and
an English month name under the year (``/ar/2017/13-december-<slug>``)."""

from rasd.api import extract
from rasd.time.urldate import url_date


def test_day_and_english_month_under_the_year() -> None:
    assert url_date("https://mideast.liveuamap.com/ar/2017/13-december-saudi-arabia-pledges") \
        == ("2017-12-13", "day")
    assert url_date("https://isis.liveuamap.com/ar/2017/5-October-iraqi-forces") == ("2017-10-05", "day")


def test_a_slug_that_names_no_month_or_no_real_day_gives_nothing() -> None:
    assert url_date("https://example.com/ar/2017/5-things-to-know-about-raqqa") is None
    assert url_date("https://example.com/ar/2017/31-february-report") is None


def test_the_address_day_dates_a_strike_told_yesterday() -> None:
    text = "قصفت الطائرات الحربية بلدة اللطامنة في ريف حماة الشمالي أمس ."
    doc = extract(text, url="https://syria.liveuamap.com/ar/2017/13-december-air-strikes-on-latamna")
    dates = {e.event_date for e in doc.events}
    assert dates == {"2017-12-12"}
