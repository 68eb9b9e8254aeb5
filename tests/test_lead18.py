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


def test_an_outlet_named_after_its_town_is_the_town_after_a_settlement_noun() -> None:
    doc = extract("قصفت الطائرات الروسية أحياء في مدينة حلب اليوم وقتل خمسة مدنيين .", published="2017-12-10")
    assert [s for s in doc.spans if s.label == "SOURCE"] == []
    assert [(e.location or {}).get("name") for e in doc.events] == ["Aleppo"]


def test_the_outlet_stays_an_outlet_when_cited() -> None:
    doc = extract("وقال مراسل حلب اليوم إن الطائرات قصفت بلدة الأتارب .", published="2017-12-10")
    assert "حلب اليوم" in [doc.text[s.start:s.end] for s in doc.spans if s.label == "SOURCE"]
