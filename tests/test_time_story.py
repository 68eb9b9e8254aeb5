"""Days a story tells against the page's header: a weekday that fixes the year, the past 24
hours, a step of the story ("وبعد يوم واحد"), "يوم واحد" as a length, and the narrative's day
for the next sentences (a span's start and a turn to another story do not give it).

Every sentence here is written for the test. Each rule has a case it must change and a close
one it must leave alone.
"""

from __future__ import annotations

from rasd.events.storyday import STORY_DAY
from rasd.time.extract import extract
from tests.helpers import events_of


def _dates(text: str, published: str | None = None) -> list[dict]:
    return [dict(e.value, text=e.text, rule=e.rule) for e in extract(text, published) if e.label == "DATE"]


def _events(text: str, plover: str = "ASSAULT", published: str | None = None) -> list:
    return events_of(text, plover, published=published, doc_id="story-test")


# a site's date line run into the title: the day the page was fetched, years after the story
FETCHED = "معارك الجنوب - صحيفة المدينة الأحد 21 كانون الثاني / يناير 2018 "


def test_a_lead_weekday_that_fits_an_earlier_year_shows_the_header_is_a_fetch_line():
    # 3 October was a Saturday in 2015, not in 2017: the story is of 2015, and "الأربعاء
    # الفائت" counts from its day, not from the fetch line's
    values = _dates(FETCHED + "بدأت الفصائل هجومها على التلة الحمراء , السبت 3 تشرين الأول , "
                    "بعد أن قصفت الطائرات القرى الأربعاء الفائت .")
    lead = next(v for v in values if v["text"] == "السبت 3 تشرين الأول")
    before = next(v for v in values if v["text"] == "الأربعاء الفائت")
    assert lead["date"] == "2015-10-03" and "+lead-day" in lead["rule"] and not lead.get("dateline")
    assert before["date"] == "2015-09-30"
    assert not values[0]["eventable"]  # the header is no story's day


def test_a_lead_weekday_that_fits_the_header_year_changes_nothing():
    # 20 January 2018 was a Saturday: the header is the page's own day
    values = _dates(FETCHED + "بدأت الفصائل هجومها على التلة الحمراء , السبت 20 كانون الثاني , "
                    "بعد أن قصفت الطائرات القرى الأربعاء الفائت .")
    assert values[0]["dateline"] and values[0]["date"] == "2018-01-21"
    assert next(v for v in values if v["text"] == "السبت 20 كانون الثاني")["date"] == "2018-01-20"
    assert next(v for v in values if v["text"] == "الأربعاء الفائت")["date"] == "2018-01-17"


def test_with_a_publication_date_a_weekday_slip_keeps_the_year():
    value = _dates("بدأت الفصائل هجومها على التلة , السبت 3 تشرين الأول .", "2017-10-04")[0]
    assert value["date"] == "2017-10-03"


def test_today_told_with_its_weekday_takes_that_weekday_year():
    # "اليوم , الاثنين 20 آذار" under a 2018 fetch line: 20 March was a Monday in 2017
    values = _dates(FETCHED + "نقلت الوكالة اليوم , الاثنين 20 آذار , أن القوات وصلت , "
                    "وأن الاتفاق أبرم أمس الأحد .")
    assert [v["date"] for v in values[1:]] == ["2017-03-20", "2017-03-19"]


def test_the_past_twenty_four_hours_are_the_day_before_the_report():
    for text in ("قتل 12 شخصا في الساعات الأربع والعشرين الماضية .",
                 "قتل 12 شخصا خلال الـ 24 ساعة الماضية .",
                 "قتل 12 شخصا خلال الساعات الماضية ."):
        value = _dates(text, "2019-05-06")[-1]
        assert (value["date"], value["precision"]) == ("2019-05-05", 1), text


def test_the_past_three_hours_are_the_report_day_and_two_days_a_few():
    assert _dates("سقطت قذائف في الساعات الثلاث الماضية .", "2019-05-06")[-1]["date"] == "2019-05-06"
    value = _dates("سقطت قذائف في الساعات الـ 48 الماضية .", "2019-05-06")[-1]
    assert value["precision"] == 2


def test_one_day_is_a_length_not_sunday():
    assert _dates("كان عدد القتلى الأكبر في يوم واحد منذ بداية الحملة .", "2019-05-06") == []
    assert _dates("قصفت الطائرات البلدة يوم احد الماضي .", "2019-05-06")[0]["date"] == "2019-05-05"


def test_a_step_after_a_told_day_counts_from_that_day():
    values = _dates("وفي 8 تشرين الثاني أعلن الجيش السيطرة على البلدة . "
                    "وبعد يوم واحد , شن التنظيم هجوما مضادا على البلدة .", "2019-11-18")
    assert values[-1]["date"] == "2019-11-09" and values[-1]["eventable"]


def test_a_step_after_no_told_day_stays_to_come():
    values = _dates("قال الوزير اليوم إن المفاوضات متعثرة . وبعد يومين تبدأ جولة جديدة .", "2019-11-18")
    assert values[-1]["kind"] == "future" and not values[-1]["eventable"]


def test_the_start_of_a_span_dates_no_later_sentence():
    events = _events("قالت مصادر محلية إن الطائرات تقصف المنطقة في هجوم مستمر منذ ثلاثة أسابيع . "
                     "وقتل خمسة مدنيين في غارة على بلدة كفرنبل .", published="2019-05-06")
    assert events and all(e.event_date != "2019-04-15" for e in events)


def test_a_day_of_the_sentence_before_still_dates_the_next():
    events = _events("قصفت الطائرات بلدة كفرنبل يوم السبت . وقتل خمسة مدنيين في غارة على بلدة حاس .",
                     published="2019-05-06")
    # the second sentence's strike has no day of its own: the Saturday told one sentence before
    # dates it (not the report's day), and its evidence says so
    later = [e for e in events if (e.location or {}).get("name") == "Has"]
    assert later and all(e.event_date == "2019-05-04" for e in later)
    assert all(any(ev.rule == "date:sentence-1-before" for ev in e.evidence
                   if ev.field == "event_date") for e in later)


def test_a_turn_to_another_story_cuts_the_narrative_day():
    text = ("تم التوصل إلى الاتفاق مطلع تموز الماضي في العاصمة . "
            "على صعيد آخر , قالت شبكة محلية إن سبعة مدنيين قتلوا في قصف جوي على بلدة التبني . "
            "ونقلت الشبكة أن عائلة كاملة قتلت بقصف جوي طال منزلها في بلدة التبني .")
    events = _events(text, published="2017-08-04")
    assert events and all(e.event_date != "2017-07-05" for e in events)


def test_a_full_today_in_the_lead_dates_a_page_without_a_header():
    values = _dates("صرح الرئيس اليوم السبت ( السابع من تشرين الأول / أكتوبر 2017 ) أن العملية بدأت . "
                    "وقال المرصد إن الغارات قتلت 13 مدنيا الجمعة .")
    assert values[0]["date"] == "2017-10-07"
    assert values[-1]["date"] == "2017-10-06" and values[-1]["reference"] == "dateline"


def test_a_today_without_its_year_leaves_a_page_without_a_header_undated():
    values = _dates("صرح الرئيس اليوم السبت ( السابع من تشرين الأول ) أن العملية بدأت . "
                    "وقال المرصد إن الغارات قتلت 13 مدنيا الجمعة .")
    assert values[-1]["date"] is None


def test_a_step_after_a_told_day_across_a_line_break():
    values = _dates("وفي 8 تشرين الثاني أعلن الجيش السيطرة على البلدة .\n"
                    "وبعد يومين , شن التنظيم هجوما مضادا .", "2019-11-18")
    assert values[-1]["date"] == "2019-11-10"


PAGE = "أخبار العالم آخر تحديث : 30 / 10 / 2019 "


def test_the_next_sentence_goes_on_with_the_present_day_not_the_background_one():
    # the sentence before tells the arrests on Monday and the attack of 2015 they concern
    text = (PAGE + "أوقفت الشرطة الاثنين أربعة أشخاص في إطار التحقيقات في اعتداء وقع في 21 آب 2015 . "
            "وأطلق مسلحون النار على دورية للشرطة في حي النصر بمدينة حمص .")
    events = _events(text)
    assert events and {e.event_date for e in events if "أطلق" in e.trigger} == {"2019-10-28"}


def test_with_only_the_old_day_before_the_next_sentence_keeps_it():
    text = (PAGE + "وفي 21 آب 2015 فتح مسلح النار في القطار . "
            "وأصاب المسلح راكبين اثنين في القطار .")
    events = _events(text)
    assert events and "2015-08-21" in {e.event_date for e in events}


# a tag page: each item cut short runs into the next item's date and its bar
TAG_PAGE = ("أخبار سوريا 10 - 05 - 2019 | 0 | 0 | قصفت الطائرات الحربية بلدة كفرنبل اليوم وقتل ثلاثة "
            "مدنيين في القصف الذي طال السوق الرئيسي في البلدة وال 08 - 05 - 2019 | 0 | 0 | قتل "
            "جنديان أمس في هجوم على حاجز قرب بلدة حاس .")


def test_a_barred_item_date_on_a_tag_page_dates_its_today_and_yesterday():
    values = _dates(TAG_PAGE, "2019-05-12")
    today = next(v for v in values if v["text"] == "اليوم")
    yesterday = next(v for v in values if v["text"] == "أمس")
    assert today["date"] == "2019-05-10" and yesterday["date"] == "2019-05-07"
    assert "+item-heading" in next(v for v in values if v["text"] == "08 - 05 - 2019")["rule"]


def test_a_date_told_mid_sentence_heads_no_item():
    values = _dates("قال المرصد في 8 أيار 2019 , إن الطائرات قصفت البلدة اليوم .", "2019-05-12")
    assert values[-1]["date"] == "2019-05-12"


def test_an_item_takes_no_day_from_the_next_items_heading():
    page = ("أخبار سوريا 10 - 05 - 2019 | 0 | 0 | قالت مصادر محلية اليوم إن الطائرات الحربية الروسية "
            "استهدفت بلدة كفرنبل بعدة غارات جوية وال 08 - 05 - 2019 | 0 | 0 | قتل جنديان أمس "
            "في هجوم على حاجز قرب بلدة حاس .")
    strikes = [e for e in _events(page, published="2019-05-12") if "غارات" in e.trigger]
    assert strikes and all(e.event_date == "2019-05-10" for e in strikes)


def test_of_the_same_year_takes_the_year_just_told_however_recent():
    text = ("استعادت القوات البلدة في التاسع من شباط 2016 . "
            "وفي السادس والعشرين من حزيران من العام نفسه استعادت القوات المدينة .")
    assert _dates(text, "2017-08-31")[-1]["date"] == "2016-06-26"


def test_without_same_year_words_a_recent_told_year_does_not_carry_over():
    text = ("استعادت القوات البلدة في التاسع من شباط 2016 . "
            "وفي السادس والعشرين من حزيران استعادت القوات المدينة .")
    assert _dates(text, "2017-08-31")[-1]["date"] == "2017-06-26"


STRIKES = ("وقالت المنظمة إن الغارة على بلدة الغنطو وقعت في 15 تشرين الأول 2015 , أما مدينة "
           "كفرنبل فقد قصفتها الطائرات الحربية في 13 تشرين الثاني الماضي .")


def test_a_nearer_day_that_cannot_be_dated_keeps_a_farther_one_away():
    # no page date: "13 تشرين الثاني الماضي" cannot be dated, and it is the second strike's
    strikes = [e for e in _events(STRIKES) if "قصف" in e.trigger]
    assert strikes and all(e.event_date is None for e in strikes)


def test_with_a_page_date_the_nearer_day_dates_it():
    strikes = [e for e in _events(STRIKES, published="2017-12-20") if "قصف" in e.trigger]
    assert strikes and {e.event_date for e in strikes} == {"2017-11-13"}


ENTRY_URL = "https://www.example.net/encyclopedia/2016/11/30/israeli-strikes"


INTRO = "تشن الطائرات الحربية غارات على مواقع في سوريا منذ سنوات طويلة لأسباب مختلفة .\n" * 8


def _url_dates(text: str) -> list[dict]:
    """DATE values of an entry under a long introduction (its dates are no header's)."""
    return [dict(e.value, text=e.text) for e in extract(INTRO + text, url=ENTRY_URL)
            if e.label == "DATE"]


def test_an_entry_kept_up_to_date_after_its_filing_day_keeps_its_later_days():
    text = ("غارات على سوريا منذ سنوات .\n"
            "27 نيسان 2017 : انفجارات كبيرة قرب المطار فجرا .\n"
            "22 شباط 2017 : قصفت الطائرات مواقع في جبال القلمون .\n"
            "13 كانون الثاني 2017 : استهدفت الطائرات مطار المزة .")
    values = _url_dates(text)
    assert [v["date"] for v in values] == ["2017-04-27", "2017-02-22", "2017-01-13"]
    assert all(v["eventable"] for v in values)


def test_one_later_line_does_not_unseat_the_filing_day():
    text = ("غارات على سوريا منذ سنوات .\n"
            "27 نيسان 2017 : انفجارات كبيرة قرب المطار فجرا .\n"
            "وقصفت الطائرات أمس مواقع في جبال القلمون .")
    values = _url_dates(text)
    assert values[0]["kind"] == "future" and not values[0]["eventable"]
    assert values[-1]["date"] == "2016-11-29"


RAIDS = ("{page}قصفت الطائرات الحربية بلدة التمانعة صباح الثلاثاء . "
         "وأوضح مصدر في الدفاع المدني أن عددا من الجثث ما زالت تحت الأنقاض . "
         "وحسب المصدر ذاته توجهت فرق الإنقاذ إلى القرية بعد ساعات . "
         "{opener} مصادر مقربة من الحكومة إن الطيران الحربي استهدف مقرات المسلحين في بلدة كفرنبل .")


def test_the_present_day_carries_through_a_continued_report():
    text = RAIDS.format(page="", opener="وذكرت")
    events = [e for e in _events(text, published="2017-12-27") if "استهدف" in e.trigger]
    assert events and {e.event_date for e in events} == {"2017-12-26"}


def test_a_turn_to_another_story_or_an_old_day_does_not_carry_that_far():
    turned = RAIDS.format(page="", opener="وفي سياق متصل , قالت")
    events = [e for e in _events(turned, published="2017-12-27") if "استهدف" in e.trigger]
    # Tuesday's day does not carry through the turn; the turned item, telling no day, is an item
    # of the report's own day (DATES23: a turn opens an item as a cold sentence does)
    assert events and all(e.event_date in (None, "2017-12-27") for e in events)
    assert all(e.event_date is None or [ev.rule for ev in e.evidence if ev.field == "event_date"] == [STORY_DAY]
               for e in events)
    old = RAIDS.format(page="", opener="وذكرت").replace("صباح الثلاثاء", "يوم 3 آذار 2015")
    events = [e for e in _events(old, published="2017-12-27") if "استهدف" in e.trigger]
    assert events and all(e.event_date is None for e in events)


def test_a_month_told_a_sentence_before_does_not_date_the_next_happening():
    text = "قتل عشرة مدنيين في غارة على بلدة كفرنبل في آب 2013 . وقصفت الطائرات بلدة حاس في ريف إدلب ."
    events = [e for e in _events(text, published="2017-08-09") if "قصف" in e.trigger]
    assert events and all(e.event_date is None for e in events)


def test_a_day_told_a_sentence_before_still_dates_the_next_happening():
    text = "قتل عشرة مدنيين في غارة على بلدة كفرنبل يوم 4 آب 2017 . وقصفت الطائرات بلدة حاس في ريف إدلب ."
    events = _events(text, published="2017-08-09")
    assert events and {e.event_date for e in events} == {"2017-08-04"}


def test_of_the_same_month_is_the_month_the_story_told():
    text = ("سيطر التنظيم على البلدة في الأول من شهر تشرين الثاني 2015 . "
            "لكن القوات تمكنت في 23 من الشهر ذاته من استعادة البلدة .")
    assert _dates(text, "2017-12-01")[-1]["date"] == "2015-11-23"


def test_of_the_same_month_with_no_month_told_stays_undated():
    assert _dates("وتمكنت القوات في 23 من الشهر ذاته من استعادة البلدة .", "2017-12-01")[-1]["date"] is None
    assert _dates("قتل جنديان في 15 الشهر الجاري .", "2017-12-20")[-1]["date"] == "2017-12-15"
