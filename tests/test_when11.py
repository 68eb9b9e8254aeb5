"""WHEN11: a telling with no day at all is no second happening beside a dated one.

On pages with no publication date, one happening told once with its day and again, paragraphs
later, without one ("وسيطرت قوات النظام على البلدة") came out as two events at one town, one
of them undated. A report that gives no day gives no reason to read another happening; a
telling the time stage marks as anterior ("وكانت ... قد") keeps its own."""

from tests.helpers import events_of

FILLER = ("ويعيش في المنطقة نحو 400 ألف مدني في ظروف صعبة منذ سنوات. "
          "وتعاني المستشفيات الميدانية من نقص حاد في الأدوية والمعدات الطبية. "
          "وتطالب منظمات إنسانية بإدخال قوافل المساعدات إلى المنطقة. "
          "ويقول سكان إن أسعار المواد الغذائية ارتفعت أضعافا خلال الأشهر الأخيرة. ")
FIGHT = ("دارت في 3 آذار 2018 معارك عنيفة بين قوات النظام السوري وفصائل المعارضة في بلدة مورك "
         "بريف حماة الشمالي. ")


def _at(text: str, town: str) -> list:
    return [e for e in events_of(text, "ASSAULT", require=True, published=None)
            if (e.location or {}).get("name") == town]


def test_undated_gain_is_the_dated_battle_at_that_town():
    text = FIGHT + FILLER + "وسيطرت قوات النظام السوري على بلدة مورك بعد انسحاب الفصائل منها."
    found = _at(text, "Murak")
    assert len(found) == 1, [(e.event_date, e.sub_event_type) for e in found]
    assert found[0].event_date == "2018-03-03"


def test_anterior_gain_keeps_its_own_telling():
    text = (FIGHT + FILLER + "وكانت قوات النظام السوري قد سيطرت على بلدة مورك قبل أن تخسرها "
            "لصالح الفصائل.")
    found = _at(text, "Murak")
    assert all(e.event_date in (None, "2018-03-03") for e in found)
    assert len(found) == 2, [(e.event_date, e.sub_event_type) for e in found]


# --- the page's day from its address: a slug's day-month-year, a Unix time as the article id


def test_address_with_a_unix_time_dates_the_page():
    from rasd.time.urldate import url_date
    assert url_date("http://www.example-news.com/articles/1510465460162914700/") == ("2017-11-12", "day")
    # ten digits alone only on an outlet seen to name articles so (FIX11: elsewhere an id)
    assert url_date("https://al-ain.com/article/1513717241") == ("2017-12-20", "day")
    assert url_date("https://example-news.com/article/1513717241") is None
    # an id that is no time of these years, or a number inside a query, is no day
    assert url_date("https://example-news.com/article/1012345678") is None
    assert url_date("https://example-news.com/p?id=1510465460") is None


def test_slug_ending_with_day_month_year_dates_the_page():
    from rasd.time.urldate import url_date
    assert url_date("http://example.org.uk/%D8%A7%D9%84%D9%82%D8%B5%D9%81-1-10-2015_ad-id!339946.ks") \
        == ("2015-10-01", "day")
    assert url_date("http://example.club/news/490/15-11-2017/slug") == ("2017-11-15", "day")
    assert url_date("http://example.club/news/490/31-2-2017/slug") is None  # no such day


def test_yesterday_on_an_undated_page_counts_from_its_address():
    text = ("قصفت قوات النظام السوري أمس مدينة دوما في الغوطة الشرقية بقذائف المدفعية "
            "ما أدى إلى مقتل ثلاثة مدنيين.")
    found = [e for e in events_of(text, "ASSAULT", require=True, published=None,
                                  url="http://www.example-news.com/articles/1510465460162914700/")
             if (e.location or {}).get("name") == "Duma"]
    assert [e.event_date for e in found] == ["2017-11-11"]


def test_report_day_printed_before_its_address_day_is_the_page_day():
    """A compilation filed under 12-3-2018 that prints its daily report of 9-3-2018: the
    printed day comes BEFORE the address's, so it is no fetch line; "يوم أمس" is the 8th."""
    from rasd.time.extract import extract
    text = ("نشرة الانتهاكات في سورية\n"
            "التقرير اليومي عن الانتهاكات في سورية ليوم 9 - 3 - 2018 قتل ثلاثة مدنيين "
            "يوم أمس بقصف مدفعي على بلدة سقبا في ريف دمشق.")
    url = "http://example.org.uk/%D9%86%D8%B4%D8%B1%D8%A9-12-3-2018_sd-id!41326.ks"
    yesterday = [e for e in extract(text, url=url) if e.text == "يوم أمس"]
    assert [e.value.get("date") for e in yesterday] == ["2018-03-08"]


# --- an undated page's today: a printed full date with its weekday that the page calls today

PAGE = ("قصفت قوات النظام السوري صباح اليوم الجمعة بلدة كفرنبل في ريف إدلب الجنوبي، "
        "وقال ناشطون إن القصف أدى إلى مقتل مدنيين اثنين.\n"
        "وكانت الفصائل قد أعلنت أمس الخميس صد هجوم على المنطقة.\n"
        "وفي بيان صدر في إدلب {printed} , طالبت الهيئة المحلية بوقف القصف.\n"
        "وتشهد المنطقة تصعيدا منذ أسابيع.")


def _yesterday_and_today(text: str) -> list:
    from rasd.time.extract import extract
    return [e.value.get("date") for e in extract(text)
            if e.text in ("صباح اليوم الجمعة", "أمس الخميس")]


def test_printed_date_with_the_weekday_the_page_calls_today_dates_the_page():
    text = PAGE.format(printed="الجمعة 22 / ديسمبر / 2017")
    assert _yesterday_and_today(text) == ["2017-12-22", "2017-12-21"]


def test_printed_date_of_another_weekday_dates_nothing():
    text = PAGE.format(printed="الأحد 24 / ديسمبر / 2017")  # not a Friday: no agreement
    assert _yesterday_and_today(text) == [None, None]
