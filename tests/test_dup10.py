"""DUP10: one happening, one event, when only weak anchors set its tellings' days apart.

A page with no publication date (or only a crawl-day header) resolves "اليوم" in the
headline and "أمس" in the body against that header, so one shelling of one town came out
as two events a day apart. Days the text states outright never fold."""

from tests.helpers import events_of

HEADER = "الأحد 21 يناير 2018\n"


def _at(text: str, town: str) -> list:
    return [e for e in events_of(text, "ASSAULT", require=True, published=None)
            if (e.location or {}).get("name") == town]


def test_headline_today_and_body_yesterday_are_one_shelling():
    text = (HEADER + "قوات النظام تقصف مدينة دوما اليوم\n"
            "قصفت قوات النظام السوري أمس مدينة دوما في الغوطة الشرقية بعشرات القذائف، "
            "وقال ناشطون إن القصف أدى إلى مقتل خمسة مدنيين.")
    found = _at(text, "Duma")
    assert len(found) == 1, [(e.event_date, e.trigger) for e in found]
    assert found[0].fatalities == 5
    assert found[0].event_date == "2018-01-20"  # the day told back from the page's, not the page's own


def test_weak_days_with_two_tolls_stay_apart():
    text = (HEADER + "قوات النظام تقصف مدينة دوما\n"
            "قصفت قوات النظام السوري اليوم مدينة دوما ما أدى إلى مقتل 7 مدنيين. "
            "وقصفت قوات النظام السوري أمس مدينة دوما بعشرات القذائف ما أدى إلى مقتل 35 مدنيا.")
    assert len(_at(text, "Duma")) == 2


def test_headline_today_and_body_weekday_are_one_shelling():
    text = (HEADER + "قوات النظام تقصف مدينة دوما اليوم\n"
            "قصفت قوات النظام السوري يوم السبت مدينة دوما في الغوطة الشرقية بعشرات القذائف، "
            "وقال ناشطون إن القصف أدى إلى مقتل خمسة مدنيين.")
    assert len(_at(text, "Duma")) == 1


def test_days_the_text_states_are_two_happenings():
    text = ("قصفت قوات النظام السوري مدينة دوما في 3 آذار 2018 بعشرات القذائف. "
            "وفي 5 آذار 2018 قصفت قوات النظام السوري مدينة دوما مرة أخرى بالصواريخ.")
    assert sorted(e.event_date for e in _at(text, "Duma")) == ["2018-03-03", "2018-03-05"]


def test_weak_days_of_two_attackers_stay_apart():
    text = (HEADER + "قوات النظام تقصف مدينة دوما اليوم\n"
            "وقصف تنظيم الدولة الإسلامية أمس مدينة دوما بقذائف الهاون.")
    assert len(_at(text, "Duma")) == 2
