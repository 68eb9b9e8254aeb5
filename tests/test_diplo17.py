"""DIPLO17: talks told as the object of a relative clause, venues abroad (resorts, palaces,
capitals that did not link), the venue over a country named in a title or a topic, and a page's
own date printed in Latin script with an English month. Each with a close negative."""

from rasd.time.extract import extract as time_expressions
from tests.helpers import events_of, name_of


def _meetings(text: str, published: str | None = "2018-03-15") -> list:
    return events_of(text, "CONSULT", published=published)


def _places(text: str) -> list[str]:
    return [name_of(e.location) for e in _meetings(text)]


# --- talks as the object of a relative clause ------------------------------------------------

def test_talks_held_told_in_a_relative_clause() -> None:
    text = ("وتصدر الملف الليبي محاور المحادثات التي أجراها الرئيس الروسي مع نظيره التركي "
            "أمس في باريس .")
    found = _meetings(text)
    assert found, "no meeting"
    assert "Russia" in name_of(found[0].actor1), name_of(found[0].actor1)


def test_a_meeting_held_told_in_a_relative_clause_takes_its_venue() -> None:
    text = "وتناول الاجتماع الذي عقده وزير الخارجية المصري مع نظيره الأردني أمس في عمان أزمة المياه ."
    assert "Amman" in _places(text), _places(text)


def test_talks_to_come_in_a_relative_clause_are_no_meeting() -> None:
    text = "وقال المتحدث إن المحادثات التي سيجريها الرئيس الإيطالي مع نظيره التونسي غدا في تونس ستتناول الهجرة ."
    assert _meetings(text) == []


def test_an_interview_in_a_relative_clause_is_no_meeting() -> None:
    text = "وقال الوزير في اللقاء الذي أجرته معه قناة الجزيرة أمس في الدوحة إن الأزمة انتهت ."
    assert _meetings(text) == []


def test_a_meeting_named_back_is_not_a_second_one() -> None:
    text = ("والتقى وزير الخارجية المصري نظيره الأردني أمس في عمان . وبحث الوزيران خلال اللقاء "
            "أزمة المياه وسبل التعاون .")
    assert len(_meetings(text)) == 1, _places(text)


# --- venues abroad ------------------------------------------------------------------------------

def test_a_palace_abroad_is_the_venue() -> None:
    assert "Versailles" in _places("والتقى الرئيس الفرنسي نظيره الروسي أمس في قصر فرساي وبحثا الأزمة السورية .")


def test_a_resort_of_summits_is_the_venue() -> None:
    assert "Davos" in _places("والتقى وزير الخارجية الأردني نظيره التركي أمس في منتجع دافوس على هامش المنتدى .")


def test_a_capital_named_by_its_adjective_is_the_venue() -> None:
    assert "Kuwait City" in _places("واجتمع وزير الخارجية العماني مع نظيره الإيراني أمس في العاصمة الكويتية .")


def test_the_kurds_are_not_accra() -> None:
    found = events_of("والتقى وزير الخارجية التركي أمس في أنقرة ممثلين عن الأكراد وعن أكراد سوريا .", published="2018-03-15")
    assert all("Accra" not in name_of(e.location) for e in found), [name_of(e.location) for e in found]


# --- the venue, not the country the talks were about -----------------------------------------

def test_the_venue_over_the_country_of_an_envoys_title() -> None:
    text = "والتقى المبعوث الأممي الخاص باليمن أمس في الكويت وزير الخارجية الكويتي ."
    assert _places(text) == ["Kuwait"], _places(text)


def test_a_country_discussed_elsewhere_in_the_sentence_is_no_venue() -> None:
    text = ("وهنأ الرئيس الروسي نظيره على إنجازاته في سوريا , وأوضح أن اجتماعهما يأتي قبل "
            "زيارة لرئيسي تركيا وإيران إلى روسيا .")
    assert "Syria" not in _places(text), _places(text)


# --- the page's date in Latin script -------------------------------------------------------------

def _page_date(text: str) -> str | None:
    return next((e.value["date"] for e in time_expressions(text) if e.value.get("dateline")), None)


def test_a_page_date_with_an_english_month() -> None:
    text = ("البطريرك من الرياض : مقتنع بالاستقالة !\nJanuary 21 , 2018 البطريرك من الرياض\n"
            "November 14 , 2017 , 2 months ago التقى البطريرك الماروني بعد ظهر اليوم رئيس الوزراء .")
    assert _page_date(text) == "2017-11-14"


def test_a_meeting_takes_the_day_of_an_english_page_date() -> None:
    text = ("January 21 , 2018 البطريرك في الرياض\nNovember 14 , 2017 , 2 months ago التقى البطريرك "
            "الماروني بعد ظهر اليوم ولي العهد السعودي في الرياض .")
    found = _meetings(text, published=None)
    assert found and found[0].event_date == "2017-11-14", [(e.event_date, name_of(e.location)) for e in found]


def test_an_english_date_told_deep_in_the_body_is_no_page_date() -> None:
    body = "وقال المسؤول إن الوضع في المنطقة ما زال متوترا وإن المحادثات مستمرة . " * 12
    text = body + "وكان الوزيران قد التقيا في November 14 , 2017 في العاصمة ."
    assert len(body) > 500 and _page_date(text) is None


def test_a_fetch_line_stamped_with_its_clock_is_no_page_date() -> None:
    text = "January 21 2018 - 10 : 19 بتوقيت بيروت الفجر الشروق\nقتل شخصان اليوم في قصف على البلدة ."
    assert _page_date(text) is None


def test_a_date_with_its_age_and_nothing_later_is_the_fetch_day() -> None:
    text = "قذيفتان تسقطان على البلدة | Sunday 21 January 2018 | 19 days ago سقطت قذيفتان اليوم على البلدة ."
    assert _page_date(text) is None


def test_an_english_caption_under_an_arabic_dateline_is_the_photos_day() -> None:
    text = ("أحداث الأربعاء 22 تشرين الثاني 2017 - الانتفاضة الشعبية / الرئيس الروسي يتوسط الوزراء "
            "November 20 , 2017 . وقتل شخصان اليوم في قصف على البلدة .")
    assert _page_date(text) == "2017-11-22"


def test_a_listings_english_dates_are_no_page_date() -> None:
    text = ("أخبار سورية 20 Aug , 2013 قتل شخصان في القصف . 24 Sep , 2013 قتل ثلاثة . "
            "8 Aug , 2013 قتل أربعة اليوم في قصف على البلدة .")
    assert _page_date(text) is None


def test_an_english_day_without_its_year_dates_nothing() -> None:
    assert all("September" not in e.text for e in time_expressions("قال إن الاستفتاء on 25 September سيجري في الإقليم ."))
