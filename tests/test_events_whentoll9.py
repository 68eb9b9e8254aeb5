"""Session 9 (WHENTOLL): an event's toll and date on real report wording.

Every sentence here is written for the test in the style of the reports (none is copied from
an article). Each rule has a case it must change and a close one it must leave alone.
"""

from __future__ import annotations

import pytest

import rasd
from rasd.time.extract import extract as time_extract


def _tolls(text: str) -> list[tuple[int, str]]:
    doc = rasd.extract(text)
    return [(s.value["count"], s.value["kind"]) for s in doc.spans_of("CASUALTY")
            if isinstance(s.value, dict) and s.value.get("breakdown_of") is None]


def _fatalities(text: str) -> list[int | None]:
    return [e.fatalities for e in rasd.extract(text).events if e.plover == "ASSAULT"]


def _dates(text: str) -> list[dict]:
    return [e.value for e in time_extract(text) if e.label == "DATE"]


# --- tolls: a count, a breakdown aside, then the verb of what befell them ---

@pytest.mark.parametrize("text, expected", [
    ("وقال المرصد إن 27 مدنيا على الأقل بينهم ستة أطفال قتلوا في غارات على بلدة كفرنبل .",
     (27, "killed")),
    ("وأفاد ناشطون بأن خمسة أشخاص منهم امرأتان من عائلة واحدة قتلوا جراء قصف على بلدة معرشورين .",
     (5, "killed")),
    ("وقالت وزارة الداخلية إن 14 من عناصر الأمن - بينهم ثلاثة ضباط - قتلوا في الهجوم على الحاجز .",
     (14, "killed")),
    ("وذكر مصدر طبي أن 9 مدنيين على الأقل منهم طفلان جرحوا في سقوط قذائف على حي الميدان .",
     (9, "injured")),
])
def test_a_breakdown_between_the_count_and_its_verb_leaves_the_whole_count(
        text: str, expected: tuple[int, str]) -> None:
    tolls = _tolls(text)
    assert expected in tolls
    assert not any(kind == expected[1] and n != expected[0] for n, kind in tolls)  # not the part


def test_the_whole_count_reaches_the_attack() -> None:
    assert _fatalities("وقال المرصد إن 27 مدنيا على الأقل بينهم ستة أطفال قتلوا في غارات "
                       "جوية على بلدة كفرنبل .") == [27]


@pytest.mark.parametrize("text", [
    # the people before the verb are the killers: the object after it is the toll
    "وقال مصدر إن 4 مسلحين بينهم قيادي قتلوا 6 مدنيين في هجوم على قرية الحويز .",
    # a share of a figure told before, not a count of its own
    "وقال المصدر إن واحدا من 5 أشخاص قتلوا في القصف على البلدة .",
])
def test_no_count_verb_toll_from_killers_or_a_share(text: str) -> None:
    tolls = _tolls(text)
    assert (4, "killed") not in tolls and (5, "killed") not in tolls


def test_a_figure_of_a_group_then_the_verb_is_a_toll() -> None:
    assert (12, "killed") in _tolls("وأكد مصدر عسكري أن 12 من مقاتلي التنظيم قتلوا في الغارة على مواقعهم .")


def test_executed_by_a_plural_subject_is_a_death_toll() -> None:
    assert (7, "killed") in _tolls("وقال ناشطون إن عناصر التنظيم أعدموا 7 أشخاص في الساحة العامة لمدينة الميادين .")


def test_no_loss_of_life_after_an_la_clause_is_zero_killed() -> None:
    text = "واستهدفت طائرة حربية فجرا موقعا عسكريا قرب مطار المزة دون أن تخلف خسائر في الأرواح ."
    assert (0, "killed") in _tolls(text)
    assert _fatalities(text) == [0]
    # material losses are no toll
    assert (0, "killed") not in _tolls("وسقطت قذيفة على حي الميدان دون أن تخلف خسائر مادية كبيرة .")


# --- dates: the page's own printed date ---

def test_a_hijri_header_date_with_its_gregorian_twin_dates_the_page() -> None:
    # "ربيع الثاني" is a month's name, not a day written as a word
    text = ("صحيفة المساء : اشتباكات عنيفة في ريف حلب الأحد 14 ربيع الثاني 1439 ه - الموافق "
            "31 ديسمبر 2017 العدد 4410 اندلعت اشتباكات عنيفة أمس في بلدة حريتان .")
    values = _dates(text)
    assert [v["date"] for v in values if v.get("dateline")][-1] == "2017-12-31"
    assert values[-1]["date"] == "2017-12-30"


def test_a_told_ordinal_day_is_still_no_header_date() -> None:
    values = _dates("يعد الأول من سبتمبر عام 1969 بداية حكمه , وقصفت الطائرات البلدة أمس .")
    assert not any(v.get("dateline") for v in values) and values[-1]["date"] is None


MENU = "الرئيسية | أخبار محلية | أخبار عربية | اقتصاد | رياضة | منوعات | اتصل بنا | " * 8


def test_a_date_stamped_with_its_hour_is_the_page_date_past_a_long_menu() -> None:
    text = MENU + ("اشتباكات في ريف درعا 22 آذار 2016 | 09 : 40 المصدر : وكالات "
                   "قتل ثلاثة مقاتلين في اشتباكات أمس قرب بلدة داعل .")
    values = _dates(text)
    assert [v["date"] for v in values if v.get("dateline")] == ["2016-03-22"]
    assert values[-1]["date"] == "2016-03-21"


def test_a_date_told_with_its_hour_in_prose_is_no_page_date() -> None:
    text = MENU + "في 22 آذار 2016 الساعة 09 : 40 اقتحم مسلحون البلدة ، وقصفت الطائرات القرية أمس ."
    values = _dates(text)
    assert not any(v.get("dateline") for v in values) and values[-1]["date"] is None


# --- dates: the day a one-day digest names in its title ---

DIGEST = ("شبكة الرصد | التقرير اليومي عن الانتهاكات في سوريا ليوم 14 - 3 - 2016 . "
          "- قتل 4 مدنيين جراء قصف مدفعي على بلدة كفرزيتا في ريف حماة الشمالي . "
          "- وفي ريف إدلب , استهدفت غارة جوية بلدة سراقب ما أدى إلى مقتل طفلين . ")


def _assault_dates(text: str) -> list[tuple[str | None, int | None]]:
    return [(e.event_date, e.time_precision) for e in rasd.extract(text).events if e.plover == "ASSAULT"]


def test_an_item_of_a_one_day_digest_is_of_the_digest_day() -> None:
    dates = _assault_dates(DIGEST)
    assert len(dates) >= 2 and all(d == ("2016-03-14", 1) for d in dates)


def test_an_item_with_its_own_day_keeps_it_in_a_digest() -> None:
    text = DIGEST + "- وكانت طائرات حربية قد قصفت مدينة خان شيخون يوم 2 - 3 - 2016 ."
    assert ("2016-03-02", 1) in _assault_dates(text)


def test_a_day_named_without_a_digest_title_dates_no_other_sentence() -> None:
    later = (" . تعاني المدينة من نقص حاد في الوقود . وتشهد الأسواق ارتفاعا في الأسعار . "
             "وقتل 4 مدنيين جراء قصف مدفعي على بلدة كفرزيتا في ريف حماة الشمالي .")
    assert _assault_dates("وكالة المحلية | بيان الدفاع المدني ليوم 14 - 3 - 2016" + later) == [(None, None)]
    # the same page as a one-day report: its items are of that day
    assert _assault_dates("وكالة المحلية | التقرير اليومي للدفاع المدني ليوم 14 - 3 - 2016"
                          + later) == [("2016-03-14", 1)]


# --- tolls: a breakdown that says who, and a rising toll told figure first ---

def test_a_breakdown_naming_who_keeps_the_total_as_the_toll() -> None:
    # "ستة قصر" says who six of them were (minors), not what killed them
    assert _fatalities("وقال المرصد إن مقاتلي التنظيم أعدموا 17 شخصا السبت بينهم ستة قصر "
                       "في ريف المدينة .") == [17]


def test_a_total_split_by_cause_is_still_no_single_toll() -> None:
    fats = _fatalities("وفي محافظة حلب قضى ( 55 ) شخصا منهم ( 39 ) جراء القصف على أحياء المدينة "
                       "و ( 16 ) في الاشتباكات .")
    assert 55 not in fats


def test_a_rising_toll_told_figure_first_is_a_death_toll() -> None:
    text = "ارتفعت إلى 31 شخصا على الأقل حصيلة القتلى الذين سقطوا في التفجير الانتحاري قرب حلب ."
    assert (31, "killed") in _tolls(text)
    assert _fatalities(text) == [31]
    # a rise told of something else before a toll noun is no figure of it
    assert (12, "killed") not in _tolls("ارتفعت الأسعار إلى 12 ضعفا . وحصيلة القتلى غير معروفة .")


# --- dates: the page's date as a metadata field in its footer ---

BODY = ("قصفت طائرات حربية أمس بلدة معرة النعمان في ريف إدلب الجنوبي , وقال ناشطون إن القصف "
        "استهدف السوق الشعبي وسط البلدة . وأضافوا أن فرق الدفاع المدني عملت على إخماد الحرائق . ")


def test_a_footer_date_field_is_the_page_date() -> None:
    values = _dates(BODY * 3 + "الكاتب : سامر علي مختارات تاريخ 11 . 12 . 2017 مواضيع , , كلمات مفتاحية")
    assert [v["date"] for v in values if v.get("dateline")] == ["2017-12-11"]
    assert values[0]["date"] == "2017-12-10"  # أمس


def test_a_date_the_body_tells_after_the_label_is_no_page_date() -> None:
    # the label in the body, with the story going on after it
    text = BODY * 3 + "وذكر التقرير أن المجزرة وقعت تاريخ 15 . 10 . 2015 في البلدة . " + BODY * 3
    values = _dates(text)
    assert not any(v.get("dateline") for v in values) and values[-1]["date"] is None
    # nor after "في", in the closing lines
    values = _dates(BODY * 3 + "وكانت المجزرة قد وقعت في تاريخ 15 . 10 . 2015 .")
    assert not any(v.get("dateline") for v in values)


# --- dates: a day without a year goes on in the year its own sentence just told ---

def test_a_yearless_day_later_in_the_sentence_keeps_the_told_year() -> None:
    text = ("الأحد 21 يناير 2018 . تلعفر : في 12 يونيو 2016 , سيطرت القوات العراقية على مطار "
            "قريب من المدينة وفي 28 اغسطس طردت التنظيم من البلدة .")
    assert [v["date"] for v in _dates(text)][-1] == "2016-08-28"


def test_a_yearless_day_before_the_told_one_is_not_moved_into_its_year() -> None:
    text = ("الأحد 21 يناير 2018 . وقال مسؤول في 20 ديسمبر 2017 إن الطائرات قصفت في 3 يناير "
            "مواقع التنظيم .")
    assert [v["date"] for v in _dates(text)][-1] == "2018-01-03"


def test_a_hijri_twin_after_the_gregorian_header_date_does_not_replace_it() -> None:
    # tabular Hijri arithmetic puts 4 Jumada al-Awwal 1439 on 20 January: the printed
    # Gregorian day decides
    text = ("صواريخ على الرياض | مصر اليوم | الأحد 21 يناير 2018 م | 04 جمادى الأولى 1439 ه - | "
            "أعلنت قوات التحالف أمس اعتراض صاروخ أطلق من اليمن .")
    values = _dates(text)
    assert [v["date"] for v in values if v.get("dateline")] == ["2018-01-21"]
    assert values[-1]["date"] == "2018-01-20"  # أمس


def test_between_the_yesterday_and_today_is_then_and_now_not_a_day() -> None:
    header = "الأحد 21 يناير 2018 . "
    values = _dates(header + "في صور : حمص بين الأمس واليوم تضرر السوق القديم بالمعارك .")
    assert [v["date"] for v in values] == ["2018-01-21"]  # the page's date only
    # "بين أمس واليوم" (no article) is the two days
    values = _dates(header + "قتل ثلاثة مدنيين بين أمس واليوم في القصف على البلدة .")
    assert [v["date"] for v in values][1:] == ["2018-01-20", "2018-01-21"]


# --- dates: a live map's page of one day carries it in its address ---

def test_a_day_first_dotted_date_in_the_address_is_the_page_day() -> None:
    from rasd.time.urldate import url_date
    assert url_date("http://syria.liveuamap.com/ar/time/18.04.2017") == ("2017-04-18", "day")
    assert url_date("http://example.com/ar/item/1.2.2017.5") is None  # a version-like id
    assert url_date("http://example.com/ar/time/31.02.2017") is None  # no such day
    doc = rasd.extract("شنت القوات الجوية صباح اليوم الإثنين غارات على مواقع المسلحين في مدينة الشيخ زويد .",
                       url="http://mideast.liveuamap.com/ar/time/17.07.2017")
    assert [(e.event_date, e.time_precision) for e in doc.events if e.plover == "ASSAULT"] == [("2017-07-17", 1)]


# --- tolls: a victim told as a pronoun after "أدى ل-", a rank as who ---

def test_led_to_his_death_with_the_preposition_on_the_noun_is_one_killed() -> None:
    text = "انفجرت سيارة مفخخة في مدينة صيدا في هجوم استهدف مسؤولا في الحركة ما أدى لمقتله ."
    assert (1, "killed") in _tolls(text)
    assert _fatalities(text) == [1]
    # "ل" on a victim word after no verb of leading to it is no toll ("لمقتله" as a purpose)
    assert (1, "killed") not in _tolls("وخطط المسلحون لمقتله منذ أشهر في المدينة .")


def test_a_wounded_officer_by_rank_is_one_injured_and_no_death() -> None:
    text = "وأصيب رائد في الشرطة بطلق ناري إثر هجوم مسلحين على كمين أمني جنوب العريش ."
    assert (1, "injured") in _tolls(text)
    assert _fatalities(text) == [0]


def test_a_casualty_noun_after_a_part_is_another_count_not_who() -> None:
    # the total is the whole region's; the town's own toll is the dozens told of it
    text = ("وارتكبت الطائرات الحربية أمس مجازر راح ضحيتها أكثر من 30 بينهم 20 مدنيا وعشرات الجرحى , "
            "جراء قصف بلدات الريف الشرقي , وشنت غارات على بلدة كفربطنا التي قضى فيها عشرات القتلى .")
    assert 30 not in _fatalities(text)
