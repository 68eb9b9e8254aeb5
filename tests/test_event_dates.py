"""The page's own date (dateline) and the day of each event on pages given no publication date.

Every sentence here is written for the test. Each rule has a case it must change and a close
one it must leave alone.
"""

from __future__ import annotations

import pytest

from rasd.api import extract as run
from rasd.time.extract import extract
from tests.helpers import events_of


def _dates(text: str, published: str | None = None) -> list[dict]:
    return [e.value for e in extract(text, published) if e.label == "DATE"]


def _events(text: str, plover: str = "ASSAULT", published: str | None = None) -> list:
    return events_of(text, plover, published=published, doc_id="dates-test")


# --- the time stage: which printed date is the page's own ---

HEADER = "وكالة الأنباء المحلية | أخبار سوريا الأربعاء 13 آذار 2024 - 10 : 15 "


def test_an_undated_page_counts_yesterday_from_its_header_date():
    values = _dates(HEADER + "قصفت طائرات حربية قرية الخيام أمس .")
    page, yesterday = values[0], values[-1]
    assert page["dateline"] and page["date"] == "2024-03-13"
    assert yesterday["date"] == "2024-03-12" and yesterday["reference"] == "dateline"


def test_without_a_header_date_yesterday_stays_undated():
    values = _dates("قصفت طائرات حربية قرية الخيام أمس .")
    assert values[-1]["date"] is None and "reference" not in values[-1]


def test_a_date_the_story_tells_is_not_the_page_date():
    # "في 15 آذار 2011" opens a story, it is not a header
    values = _dates("في 15 آذار 2011 خرج المتظاهرون في درعا ، واعتقل الأمن العشرات أمس .")
    assert not any(v.get("dateline") for v in values)
    assert values[-1]["date"] is None


def test_a_publication_cue_beats_the_site_today_line():
    text = ("الجمعة 20 كانون الأول 2024 | الرئيسية | أخبار محلية | اشتباكات في ريف حلب "
            "تاريخ النشر : 03 / 12 / 2024 اندلعت اشتباكات عنيفة يوم الاثنين .")
    values = _dates(text)
    page = [v for v in values if v.get("dateline")]
    assert [v["date"] for v in page] == ["2024-12-03"]
    assert values[-1]["date"] == "2024-12-02"  # the Monday before 3 December


def test_a_hijri_header_gives_way_to_its_gregorian_twin():
    values = _dates("آخر تحديث : الأحد 12 رجب 1445 ه - 21 كانون الثاني 2024 م انفجرت عبوة أمس .")
    page = [v for v in values if v.get("dateline")]  # the Hijri twin is furniture too
    assert [v["date"] for v in page] == ["2024-01-21", "2024-01-21"]
    assert values[-1]["date"] == "2024-01-20"


def test_a_given_publication_date_is_never_overridden():
    values = _dates(HEADER + "قصفت طائرات حربية قرية الخيام أمس .", published="2024-03-20")
    assert not any(v.get("dateline") for v in values)  # the header is not that day
    assert values[-1]["date"] == "2024-03-19"
    values = _dates(HEADER + "قصفت طائرات حربية قرية الخيام أمس .", published="2024-03-13")
    assert values[0].get("dateline") and values[-1]["date"] == "2024-03-12"


# --- the events stage: the page date is no event's day, but what relative days count from ---

def test_an_event_on_an_undated_page_takes_yesterday_from_the_header():
    (event,) = _events(HEADER + "قال مصدر محلي . قصفت طائرات حربية قرية الخيام في ريف حلب أمس .")
    assert (event.event_date, event.time_precision) == ("2024-03-12", 1)


def test_the_header_date_is_not_the_next_sentence_date():
    # the sentence after the header names no day: the header does not date it
    text = HEADER + "اجتمع المسؤولون . وقصفت طائرات حربية قرية الخيام في ريف حلب ."
    (event,) = _events(text)
    assert event.event_date is None


def test_a_day_in_the_lead_beats_the_header_run_into_it():
    text = ("2024 - 03 - 13 شنت طائرات حربية غارات على بلدة الخيام يوم 9 آذار ، "
            "ما أدى إلى دمار واسع .")
    (event,) = _events(text)
    assert event.event_date == "2024-03-09"
    # and the header alone still dates the lead run into it
    (event,) = _events("2024 - 03 - 13 شنت طائرات حربية غارات على بلدة الخيام .")
    assert event.event_date == "2024-03-13"


def test_of_two_header_dates_the_earlier_is_the_page_and_the_later_a_today_line():
    text = ("الأحد 21 كانون الثاني 2024 | أخبار | انفجار في الرقة 2023 - 10 - 27 "
            "انفجرت عبوة ناسفة مساء الخميس .")
    values = _dates(text)
    page = [v["date"] for v in values if v.get("dateline")]
    assert page == ["2023-10-27"]
    assert values[-1]["date"] == "2023-10-26"  # the Thursday before the page, not before the today line
    # one header date alone is the page's
    values = _dates("أخبار | انفجار في الرقة 2023 - 10 - 27 انفجرت عبوة ناسفة مساء الخميس .")
    assert [v["date"] for v in values if v.get("dateline")] == ["2023-10-27"]


def test_an_outlet_founding_date_is_not_the_page_date():
    values = _dates("صحيفة يومية صدرت من لندن 21 مايو 2001 | انفجرت عبوة ناسفة أمس .")
    assert not any(v.get("dateline") for v in values) and values[-1]["date"] is None
    values = _dates("صحيفة يومية من لندن 21 مايو 2001 | انفجرت عبوة ناسفة أمس .")
    assert values[-1]["date"] == "2001-05-20"


# --- the story's own time: a year told once, "the next day" ---

STORY_TIME = [
    # a day without a year takes the year the story just told ...
    ("اندلعت المواجهات في 16 آب 1929 في القدس . وفي 17 آب تحول شجار إلى عراك .", "1929-08-17"),
    # ... but a day BEFORE the told one is not the story moving on: the publication's year stays
    ("قصفت الطائرات البلدة في 3 آذار 2016 . وفي 5 كانون الثاني قصفت المدينة .", "2018-01-05"),
    # nor does a year told many sentences earlier
    ("اندلعت المواجهات في 16 آب 1929 . وقال شاهد . وأضاف آخر . وتابع ثالث . "
     "وفي 17 آب تحول شجار إلى عراك .", "2017-08-17"),
    # a bare weekday in the sentence of an old dated day is that day's week (a Friday) ...
    ("في 23 آب 1929 تجمع الناس وبعد صلاة الجمعة هاجم المتظاهرون الضواحي .", "1929-08-23"),
    # ... after a month alone the day cannot be told
    ("في آب 1929 تجمع الناس وبعد صلاة الجمعة هاجم المتظاهرون الضواحي .", None),
    # in the next sentence the report may be back to its own week ("وقال المرصد الجمعة")
    ("وكانت الطائرات قد قصفت البلدة في 3 آذار 2016 . وقال المرصد الجمعة إن القصف تجدد .",
     "2018-01-19"),
    # a recent dated day leaves the weekday to the publication's week
    ("قصفت الطائرات البلدة في 15 كانون الثاني 2018 ويوم الجمعة قصفت المدينة .", "2018-01-19"),
]


@pytest.mark.parametrize(("text", "date"), STORY_TIME)
def test_the_story_s_own_time_dates_its_last_day(text: str, date: str | None) -> None:
    assert _dates(text, published="2018-01-21")[-1]["date"] == date


def test_the_next_day_follows_the_story_day_not_the_publication():
    values = _dates("قتلت مجموعة مسلحة رجلين في 15 نيسان 1936 قرب نابلس , وفي اليوم التالي قتل آخران .",
                    published="2018-01-21")
    assert (values[-1]["date"], values[-1]["eventable"]) == ("1936-04-16", True)
    # with no day told before it, "the next day" has no date (it is never tomorrow)
    values = _dates("وفي اليوم التالي هاجم المسلحون الحاجز .", published="2018-01-21")
    assert values[-1]["date"] is None
    # غداً stays the day after publication
    values = _dates("سيعقد الاجتماع غداً .", published="2018-01-21")
    assert values[-1]["date"] == "2018-01-22"


def test_the_day_a_statement_was_made_gives_way_to_the_day_it_tells():
    text = "وقال المرصد يوم الاثنين إن الطائرات الروسية قصفت بلدة كفرنبل في ريف إدلب يوم السبت ."
    (event,) = _events(text, published="2024-03-12")
    assert event.event_date == "2024-03-09"
    # the statement's day alone still dates it (the report gives no other)
    text = "وقال المرصد يوم الاثنين إن الطائرات الروسية قصفت بلدة كفرنبل في ريف إدلب ."
    (event,) = _events(text, published="2024-03-12")
    assert event.event_date == "2024-03-11"


def test_a_year_or_two_back_a_day_without_year_stays_the_publication_s():
    values = _dates("وقعت الاتفاقية في أبريل 2016 بين البلدين . واقترح ولي العهد يوم 24 أكتوبر مشروعا جديدا .",
                    published="2018-01-21")
    assert values[-1]["date"] == "2017-10-24"
    # an outlet's founding date tells no story
    values = _dates("صحيفة يومية صدرت من لندن 21 مايو 2001 | الخميس 28 سبتمبر قصفت الطائرات البلدة .")
    assert values[-1]["date"] is None


def test_a_cue_with_its_pronoun_finds_the_page_date():
    text = ("الأحد 21 كانون الثاني 2024 | أخبار | اشتباكات في ريف حلب تم نشره في الأربعاء 6 آذار 2024 "
            "اندلعت اشتباكات عنيفة يوم الاثنين .")
    values = _dates(text)
    assert [v["date"] for v in values if v.get("dateline")] == ["2024-03-06"]
    assert values[-1]["date"] == "2024-03-04"


def test_the_first_week_of_a_month_is_a_week_not_its_first_day():
    values = _dates("تقرير عن الأسبوع الأول من شهر تشرين الأول 2016 : قصف ومعارك .")
    v = values[0]
    assert (v["date"], v["precision"], v.get("dateline")) == ("2016-10-04", 2, None)
    values = _dates("قصفت الطائرات البلدة في الأول من شهر تشرين الأول 2016 .")
    assert (values[0]["date"], values[0]["precision"]) == ("2016-10-01", 1)


def test_a_sentence_that_opens_cold_borrows_no_date_from_the_item_before():
    # a digest: the second item is another happening, told without a conjunction; it takes
    # the report's own day (DATES15, rasd.events.storyday), never the Monday of the item before
    text = ("قصفت طائرات حربية بلدة كفرنبل في ريف إدلب يوم الاثنين . "
            "استهدف طيران التحالف الدولي آبار نفط في بادية البوكمال بدير الزور .")
    strikes = {(e.location or {}).get("name"): e.event_date for e in _events(text, published="2024-03-12")}
    assert strikes["Kafranbel"] == "2024-03-11" and strikes["Albu Kamal desert"] == "2024-03-12"
    # a sentence joined by و goes on with the story and keeps its day
    text = ("قصفت طائرات حربية بلدة كفرنبل في ريف إدلب يوم الثلاثاء . "
            "واستهدفت الطائرات أيضا آبار نفط في بادية البوكمال بدير الزور .")
    strikes = {(e.location or {}).get("name"): e.event_date for e in _events(text, published="2024-03-12")}
    assert strikes["Albu Kamal desert"] == "2024-03-12"


# --- a mention takes another's day only when it is the same happening ---

FILLER = " وتعاني المدينة من نقص حاد في الأدوية. ويعيش فيها آلاف النازحين."
CLASHES = "دارت اشتباكات بين قوات النظام وفصائل المعارضة في مدينة الرقة يوم الأحد." + FILLER


def test_the_same_noun_told_of_another_town_after_another_day_takes_no_day_from_the_clash():
    # the text has moved on to Monday: clashes in Daraa told after it are not Sunday's in Raqqa
    monday = " وفي يوم الاثنين عقد المجلس المحلي اجتماعا لبحث الأوضاع." + FILLER
    events = _events(CLASHES + monday + " كما قضى شخص في الاشتباكات مع قوات النظام في مدينة درعا.",
                     published="2024-03-12")
    daraa = next(e for e in events if e.location and e.location["name"] == "Dara")
    assert daraa.event_date is None


def test_the_same_noun_told_of_another_town_with_no_day_between_is_of_that_day():
    # a daily report's next item: no other day told since Sunday's clashes
    events = _events(CLASHES + " كما قضى شخص في الاشتباكات مع قوات النظام في مدينة درعا.",
                     published="2024-03-12")
    daraa = next(e for e in events if e.location and e.location["name"] == "Dara")
    assert daraa.event_date == "2024-03-10"


def test_the_same_noun_told_of_the_same_town_is_that_clash():
    events = _events(CLASHES + " كما قضى شخص في الاشتباكات مع قوات النظام في مدينة الرقة.",
                     published="2024-03-12")
    assert [(e.location["name"], e.event_date) for e in events] == [("Ar Raqqah", "2024-03-10")]


MEETING = "اجتمع وفد عسكري روسي مع وفد تركي في أنقرة يوم الأحد." + FILLER


def test_a_request_told_soon_after_a_meeting_was_made_there_that_day():
    (request,) = _events(MEETING + " وطالب الوفد الروسي بفتح الطريق الدولي.", "REQUEST", "2024-03-12")
    assert request.event_date == "2024-03-10" and request.location["name"] == "Ankara"


def test_a_request_told_paragraphs_after_a_meeting_is_not_dated_by_it(monkeypatch):
    # the date rule, not the confidence filter (which may leave this placeless request out)
    monkeypatch.setenv("RASD_MIN_CONFIDENCE", "0")
    (request,) = _events(MEETING + " ويعمل معظمهم في الزراعة. وطالب الوفد الروسي بفتح الطريق الدولي.",
                         "REQUEST", "2024-03-12")
    assert request.event_date is None and request.location is None


# --- a site's own line (the day the page was fetched) is not the page's date ---

@pytest.mark.parametrize("header", [
    "شبكة الأنباء | تحديث الموقع 2024 / 05 / 19 الموافق ل - ",  # the site's update line
    "شبكة الأنباء العالم الآن 2024 - 05 - 19 2024 - 05 - 19 ",  # "now", printed twice
    "شبكة الأنباء تعمل على مدار الساعة 2024 / 05 / 19 , آخر الأخبار ",  # a ticker follows it
])
def test_a_site_line_is_no_dateline(header):
    values = _dates(header + "قصفت طائرات حربية قرية الخيام أمس .")
    assert not any(v.get("dateline") for v in values)


@pytest.mark.parametrize("header", [
    "شبكة الأنباء | تحديث 2024 / 05 / 19 - ",  # the page's own update
    "معرض الطيران حتى الآن 2024 - 05 - 19 ",  # "so far", then the page's date
    "شبكة الأنباء آخر الأخبار 2024 / 05 / 19 ",  # a menu heading before the page's date
])
def test_a_page_date_near_the_same_words_is_still_the_dateline(header):
    values = _dates(header + "قصفت طائرات حربية قرية الخيام أمس .")
    assert [v["date"] for v in values if v.get("dateline")] == ["2024-05-19"]


def test_a_site_line_dates_no_weekday_of_the_story():
    # the fetch day printed by the site tells no story: Monday stays undated, not the Monday after it
    values = _dates("شبكة الأنباء | تحديث الموقع 2024 / 05 / 19 الموافق ل - صواريخ تستهدف مواقع ليل "
                    "الاثنين .")
    assert values[-1]["date"] is None and not values[0]["eventable"]
    # a date the story tells keeps giving its week to a weekday in its sentence
    values = _dates("في 19 أيار 2014 قصفت الطائرات البلدة ثم عادت ليل الاثنين .")
    assert values[-1]["date"] == "2014-05-19"


# --- session 5: dates that real pages print in ways the grammar misread ---

@pytest.mark.parametrize("text, day", [
    # a pair whose two names disagree: the wire name (ديسمبر) is the month meant
    ("أعلن الحوثيون الإثنين ( 11 ديسمبر / كانون الثاني 2023 ) مقتل القائد", "2023-12-11"),
    ("أعلن الحوثيون في الثالث من كانون الثاني / ديسمبر 2023 مقتل القائد", "2023-12-03"),
    # a pair that agrees is read as before
    ("أعلن الحوثيون في الثالث من كانون الثاني / يناير 2023 مقتل القائد", "2023-01-03"),
])
def test_a_month_pair_that_disagrees_takes_the_wire_name(text: str, day: str) -> None:
    values = [v for v in _dates(text, "2024-02-01") if v.get("precision") == 1]
    assert [v["date"] for v in values] == [day]


def test_a_day_before_a_month_in_brackets_is_that_day() -> None:
    got = _dates("وفي 9 ( أبريل / نيسان ) 2019 التقى وفد من الحركة بمسؤولين في الدوحة .")
    assert got[0]["date"] == "2019-04-09" and got[0]["precision"] == 1
    # a count before a bracket is no day: "قتل 9 ( بينهم ... )"
    assert _dates("قتل 9 ( بينهم طفلان ) في قصف على القرية .", "2019-05-01") == []


def test_the_last_twenty_four_hours_are_no_day_of_last_month() -> None:
    assert not any(v.get("date") == "2022-02-24" for v in _dates(
        "وارتفع عدد الغارات إلى 40 غارة خلال الساعات ال - 24 الماضية .", "2022-03-10"))
    # "في 24 الماضي": the 24th of last month (شهر is masculine)
    assert _dates("قتل القائد في 24 الماضي بغارة .", "2022-03-10")[0]["date"] == "2022-02-24"


def test_tomorrow_with_its_weekday_is_one_future_day() -> None:
    got = _dates("ومن المقرر أن تبدأ المحادثات غدا الأربعاء في جنيف .", "2023-05-09")
    assert len(got) == 1 and got[0]["kind"] == "future" and not got[0]["eventable"]
    past = _dates("وبدأت المحادثات أمس الإثنين في جنيف .", "2023-05-09")
    assert len(past) == 1 and past[0]["date"] == "2023-05-08" and past[0]["eventable"]


def test_a_day_written_in_words_in_the_header_is_told_not_the_page_date() -> None:
    told = _dates("مقدمة : يعد الثالث من مارس عام 1971 بداية عهد جديد ، وقد اعتقل الأمن "
                  "العشرات اليوم .")
    assert not any(v.get("dateline") for v in told) and told[-1]["date"] is None
    printed = _dates("مقدمة : 3 مارس 1971 بداية عهد جديد ، وقد اعتقل الأمن العشرات اليوم .")
    assert printed[0].get("dateline") and printed[-1]["date"] == "1971-03-03"


def test_a_weekday_after_a_told_day_later_than_the_page_is_that_week_s() -> None:
    got = _dates("الأسبوع الثالث : يوم الجمعة 17 - 1 - 2014 : شهد يوم الجمعة سقوط قذائف .",
                 "2013-12-20")
    assert got[-1]["date"] == "2014-01-17"
    near = _dates("قصفت القرية يوم 10 - 12 - 2013 ، وقال المرصد الجمعة إن القصف تجدد .",
                  "2013-12-20")
    assert near[-1]["date"] == "2013-12-20"


def test_a_header_date_in_a_two_word_month_is_still_the_page_date() -> None:
    # "الأول" of "كانون الأول" is the month's name, not a day in words
    got = _dates("الأحد 08 كانون الأول 2024 | أخبار قصفت طائرات حربية قرية الخيام أمس .")
    assert got[0].get("dateline") and got[-1]["date"] == "2024-12-07"


# --- session 5: which sentence's day an event may borrow (events/when.py) ---

def _dated(text: str, published: str = "2023-05-10") -> list[tuple[str, str | None]]:
    doc = run(text, published=published, doc_id="dates-test")
    return [(e.sub_event_type or e.plover, e.event_date) for e in doc.events]


LEAD = "قصفت الطائرات الحربية بلدة كفرنبل أمس الثلاثاء . "


@pytest.mark.parametrize("follow", [
    "وكانت قوات النظام قد سيطرت على قرية الحامدية المجاورة .",  # pluperfect
    "وفي وقت سابق ، سيطرت قوات النظام على قرية الحامدية المجاورة .",
    "وسيطرت قوات النظام سابقا على قرية الحامدية المجاورة .",
])
def test_a_sentence_told_as_earlier_borrows_no_day(follow: str) -> None:
    got = dict(_dated(LEAD + follow))
    assert got["Air/drone strike"] == "2023-05-09"
    assert got["Government regains territory"] is None


def test_a_sentence_that_goes_on_with_the_story_borrows_its_day() -> None:
    got = dict(_dated(LEAD + "وسيطرت قوات النظام على قرية الحامدية المجاورة ."))
    assert got["Government regains territory"] == "2023-05-09"


def test_the_day_told_beats_the_day_it_was_reported_in_the_sentence_before() -> None:
    text = ("قتل أمس القائد الميداني في غارة على بلدة سراقب ، وفق ما ذكر موقع محلي اليوم . "
            "وقصفت الطائرات الحربية بلدة سراقب بالصواريخ .")
    got = _dated(text)
    assert ("Shelling/artillery/missile attack", "2023-05-09") in got \
        or ("Air/drone strike", "2023-05-09") in got, got


def test_a_day_of_its_own_that_cannot_be_resolved_borrows_no_other() -> None:
    # an undated page: "أمس" has no day, and the sentence before says another
    text = ("وفي 3 آذار 2019 قصفت الطائرات بلدة كفرنبل . وقصفت المدفعية بلدة سراقب أمس .")
    doc = run(text, doc_id="dates-test")
    days = {e.evidence[0].text[:12]: e.event_date for e in doc.events}
    assert "2019-03-03" in days.values()
    assert sorted(days.values(), key=str) == sorted(["2019-03-03", None], key=str), days


def test_a_sentence_with_a_future_day_borrows_no_past_one() -> None:
    lead = "قال رئيس وفد المعارضة اليوم الاثنين إن وفده وصل إلى جنيف . "
    talks = ("وقال للصحافيين بعد وصوله للمشاركة في جولة محادثات ترعاها الأمم المتحدة{} إن "
             "هدفهم الانتقال السياسي .")
    planned = _dated(lead + talks.format(" من المقرر أن تبدأ غدا الثلاثاء"), "2023-05-08")
    assert planned == []  # talks set for tomorrow are planned: no event, so no borrowed day either
    assert _dated(lead + talks.format(""), "2023-05-08") == [("CONSULT", "2023-05-08")]


def test_the_next_day_counts_from_a_day_two_sentences_back() -> None:
    text = ("اندلعت اشتباكات عنيفة في حي الشيخ مقصود ليل الاثنين 2 تشرين الأول 2023 . "
            "وقالت مصادر محلية إن الاشتباكات توقفت قرابة منتصف الليل . "
            "وفي اليوم التالي اجتمع وزير الدفاع مع قائد قسد في دمشق .")
    values = _dates(text, "2023-10-04")
    assert values[-1]["date"] == "2023-10-03"


def test_a_bare_year_nearer_the_trigger_than_another_year_s_day_leaves_it_undated() -> None:
    text = ("وبعد ثورة 8 آذار 1963 أعاد إصدار صحيفته لكنه اعتقل بعد فشل حركة الشواف سنة 1965 "
            "وأخرج بعد أشهر .")
    # (pages of the story's own time: told in a page of 2023, a 1965 arrest is background
    # history, ``historical:background-near``, no event at all)
    assert [d for k, d in _dated(text, "1966-02-01") if k == "Arrests"] == [None]
    same_year = ("وبعد ثورة 8 آذار 1963 أعاد إصدار صحيفته لكنه اعتقل بعد فشل حركة الشواف سنة "
                 "1963 وأخرج بعد أشهر .")
    assert [d for k, d in _dated(same_year, "1964-02-01") if k == "Arrests"] == ["1963-03-08"]


def test_the_hijri_twin_and_weekday_of_the_header_date_are_page_furniture() -> None:
    got = _dates("الأربعاء - 7 شهر رمضان 1444 هـ - 29 مارس 2023 مـ | قصفت الطائرات البلدة أمس .")
    assert all(v.get("dateline") and v["date"] == "2023-03-29" for v in got[:3])
    assert got[-1]["date"] == "2023-03-28" and not got[-1].get("dateline")
    # a Hijri date the story tells, far from the header date, is the story's
    told = _dates("الأربعاء 29 مارس 2023 | وقعت المعركة في 17 رمضان 2 هـ قرب بدر ، "
                  "وفي 7 شهر رمضان 1444 هـ قصفت الطائرات البلدة .")
    assert not told[-1].get("dateline")


def test_a_headline_before_the_page_date_takes_no_day_from_a_caption_after_it() -> None:
    text = ("وكالة الأنباء - مقتل طفل بقصف للنظام على بلدة نوى تم النشر بتاريخ : 12 آذار , 2024 "
            "11 : 03 درعا : عناصر من الدفاع المدني في بلدة نوى يوم 3 شباط 2024 .")
    assert [e.event_date for e in _events(text)] == ["2024-03-12"]
    # the day told in the headline itself stays
    told = ("وكالة الأنباء - مقتل طفل بقصف للنظام على بلدة نوى يوم 10 آذار 2024 تم النشر "
            "بتاريخ : 12 آذار , 2024 11 : 03 درعا : عناصر من الدفاع المدني في البلدة .")
    assert [e.event_date for e in _events(told)] == ["2024-03-10"]


def test_the_page_s_own_today_far_before_its_header_date_makes_that_a_fetch_day() -> None:
    text = ("موقع الأخبار الأحد 14 نيسان 2024 الفصائل توافق على الهدنة . وفي بيان صدر عصر "
            "اليوم , الخميس 8 شباط , أعلنت الفصائل موافقتها . وكانت الطائرات قصفت البلدة أمس .")
    got = _dates(text)
    assert not got[0]["eventable"] and got[1]["date"] == "2024-02-08"
    assert got[-1]["date"] == "2024-02-07"
    # a today a few days before the header date is a quoted report: the header stays the page's
    near = _dates(text.replace("الخميس 8 شباط", "الخميس 11 نيسان"))
    assert near[0].get("dateline") and near[-1]["date"] == "2024-04-13"


def test_a_weekday_that_contradicts_the_page_day_by_days_is_left_undated() -> None:
    # the page's only date is a Sunday; "اليوم الخميس" cannot be that day nor one off it
    got = _dates("الأحد 14 نيسان 2024 | قصفت الطائرات البلدة اليوم الخميس .")
    assert got[-1]["date"] is None and not got[-1]["eventable"]
    late = _dates("الأحد 14 نيسان 2024 | قصفت الطائرات البلدة أمس الجمعة .")  # one day off
    assert late[-1]["date"] == "2024-04-12"


def test_a_lead_whose_today_contradicts_the_header_date_does_not_take_it() -> None:
    text = "الأحد , 14 نيسان 2024 09 : 44 ص قال المرصد , اليوم {} , إن الطائرات الحربية قصفت " \
           "بلدة كفرنبل في ريف إدلب ."
    assert [e.event_date for e in _events(text.format("الخميس"))] == [None]
    assert [e.event_date for e in _events(text.format("الأحد"))] == ["2024-04-14"]


# --- the day a page's address is filed under ---

def test_a_page_address_gives_the_publication_day() -> None:
    from rasd.time.urldate import url_date
    assert url_date("https://news.example/story/2019/3/7/قصف-على-إدلب/123") == ("2019-03-07", "day")
    assert url_date("https://news.example/ar/politics/2019/03/") == ("2019-03", "month")
    assert url_date("https://news.example/archives/201903071234") is None
    assert url_date("https://news.example/2019/02/30/x") is None


def test_an_undated_page_counts_yesterday_from_its_address_not_a_fetch_line() -> None:
    text = "موقع الأخبار الأحد , 21 يناير 2024 09 : 44 ص قصفت الطائرات الحربية بلدة كفرنبل أمس ."
    doc = run(text, doc_id="dates-test", url="https://news.example/story/2023/12/11/x/1")
    assert [e.event_date for e in doc.events] == ["2023-12-10"]
    fetched = run(text, doc_id="dates-test", url="https://news.example/archives/1234")
    assert [e.event_date for e in fetched.events] == ["2024-01-20"]
    # a month in the address leaves the day to the page's header
    month = run(text, doc_id="dates-test", url="https://news.example/2024/01/x")
    assert [e.event_date for e in month.events] == ["2024-01-20"]


def test_that_day_is_not_today() -> None:
    assert _dates("كانت المعركة شاقة في ذاك اليوم على المقاتلين .", "2015-05-02") == []
    assert _dates("كانت المعركة شاقة اليوم على المقاتلين .", "2015-05-02")[0]["date"] == "2015-05-02"


# --- post hoc (after the first held-out read): chronologies, pluperfect triggers ---

CHRONOLOGY = ("أبرز أحداث العام .\n3 آذار 2022 م : - قصفت الطائرات الحربية بلدة كفرنبل .\n"
              "- قتل خمسة مدنيين في انفجار سيارة مفخخة في مدينة الباب .\n"
              "5 آذار 2022 م : - سيطرت قوات النظام على قرية الحامدية .\n")


def test_a_bulleted_item_of_a_dated_chronology_takes_its_heading_s_day() -> None:
    got = dict(_dated(CHRONOLOGY, "2022-12-30"))
    assert got["Remote explosive/landmine/IED"] == "2022-03-03"
    # a bulleted list with no dated heading takes nothing
    plain = "وذكر المرصد في تقريره السنوي الحصيلة التالية :\n" + CHRONOLOGY.split("\n", 2)[2]
    assert dict(_dated(plain, "2022-12-30")).get("Remote explosive/landmine/IED") is None


def test_a_pluperfect_trigger_takes_no_day_told_before_it() -> None:
    text = "وفي 20 كانون الثاني 2022 رفضت الحكومة مطالب الخاطفين بالإفراج عن الرهينتين اللذين كان التنظيم قد اختطفهما ."
    got = dict(_dated(text, "2022-02-01"))
    assert got.get("Abduction/forced disappearance", "absent") in (None, "absent")
    after = "وكان التنظيم قد اختطف الرهينتين في 12 كانون الثاني 2022 قرب مدينة الباب ."
    assert dict(_dated(after, "2022-02-01")).get("Abduction/forced disappearance") == "2022-01-12"


def test_earlier_than_a_month_told_before_keeps_that_month() -> None:
    text = ("وفي الشهر الماضي سقطت قذائف على بلدات حدودية . وفي وقت سابق قصفت الطائرات "
            "الإسرائيلية بطارية دفاع جوي سورية قرب دمشق .")
    got = [d for k, d in _dated(text, "2017-11-02") if k == "Air/drone strike"]
    assert got == ["2017-10-15"]


def test_a_printed_date_a_day_after_the_address_day_is_still_the_page_s() -> None:
    text = "2023 / 3 / 7 الساعة 04 : 03 ( مكة المكرمة ) قصفت الطائرات الحربية بلدة كفرنبل أمس ."
    doc = run(text, doc_id="dates-test", url="https://news.example/news/2023/3/6/x")
    assert [e.event_date for e in doc.events] == ["2023-03-06"]
