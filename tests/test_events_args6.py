"""Event arguments on pages from unseen outlets, held-out-first pass (A1, 2026-11-26).

Every sentence here is written for the test. Each rule has a case it must change and a close
one it must leave alone.
"""

from __future__ import annotations

from rasd.api import extract as run
from rasd.time.urldate import url_date
from tests.helpers import events_of


def _events(text: str, plover: str = "ASSAULT", url: str | None = None) -> list:
    return events_of(text, plover, published=None, doc_id="args6-test", url=url)


# --- the day a page's address carries as one number ---

def test_a_compact_day_before_the_slug_is_the_page_day() -> None:
    assert url_date("https://news.example/ar/20190307-قصف-على-إدلب") == ("2019-03-07", "day")
    # a longer run of digits is an id, and a number with no slug after it says nothing
    assert url_date("https://news.example/world/201903071027128703-قصف/") is None
    assert url_date("https://news.example/news/20190307") is None


def test_a_weekday_counts_from_the_compact_page_day() -> None:
    text = "قصفت الطائرات الحربية بلدة كفرنبل في ريف إدلب يوم الاثنين ."
    # 7 March 2019 was a Thursday: the Monday before is 4 March
    dated = _events(text, url="https://news.example/ar/20190307-قصف-على-إدلب")
    assert [e.event_date for e in dated] == ["2019-03-04"]
    undated = _events(text, url="https://news.example/ar/news/8812345")
    assert [e.event_date for e in undated] == [None]


# --- the city a report was filed from ---

def test_a_dateline_city_before_the_outlet_is_not_where_it_happened() -> None:
    text = ("عمان ( رويترز ) - قال ناطق باسم المجلس المحلي في مدينة درعا إن الضربات الجوية "
            "الروسية قتلت خمسة مدنيين يوم الجمعة .")
    found = [((e.location or {}).get("name"), e.fatalities, (e.actor2 or {}).get("name"))
             for e in _events(text)]
    assert found == [("Dara", 5, "Civilians (Syria)")]


def test_a_place_told_as_the_target_before_an_outlet_stays() -> None:
    # the outlet follows the place as a source in the running text, not across a bracket
    text = "قصفت الطائرات الحربية بلدة كفرنبل وفق رويترز ."
    places = [(e.location or {}).get("name") for e in _events(text)]
    assert places == ["Kafranbel"]


# --- a subject set off from its verb by commas ---

def _actor1(text: str) -> list:
    return [(e.actor1 or {}).get("name") for e in _events(text)]


def test_a_day_between_commas_does_not_cut_the_subject_off() -> None:
    text = ("تمكنت قوات الحشد الشعبي , يوم أمس , من قتل سبعة من عناصر داعش قرب الحدود "
            "العراقية السورية .")
    assert _actor1(text) == ["PMF: Popular Mobilization Forces"]


def test_another_phrase_between_commas_still_does() -> None:
    text = ("تمكنت قوات الحشد الشعبي , بعد معارك عنيفة , من قتل سبعة من عناصر داعش قرب "
            "الحدود العراقية السورية .")
    assert _actor1(text) == [None]


def test_a_short_name_in_quotes_repeats_the_subject_after_a_complementizer() -> None:
    text = ('قالت مصادر محلية إن قوات سوريا الديمقراطية " قسد " , سيطرت اليوم على قرية '
            "الجبل في ريف دير الزور الشرقي .")
    assert _actor1(text) == ["SDF: Syrian Democratic Forces"]
    # the group in quotes is not the subject when the head before it is another noun's
    other = ('قالت مصادر محلية إن حلفاء قوات سوريا الديمقراطية " قسد " , سيطروا اليوم على '
             "قرية الجبل في ريف دير الزور الشرقي .")
    assert _actor1(other) == [None]


# --- a named region of a governorate holds only what lies near it ---

def test_a_region_does_not_hold_a_far_camp_of_its_governorate() -> None:
    text = ("شن تنظيم داعش هجوما بسيارة مفخخة على مخيم الركبان يوم الثلاثاء , ما أدى إلى مقتل "
            "سبعة جنود . وأسفرت الهجمات على الغوطة الشرقية عن مقتل 22 مدنيا .")
    found = {((e.location or {}).get("name"), (e.actor1 or {}).get("name")) for e in _events(text)}
    assert found == {("Rukban camp", "IS: Islamic State"), ("Eastern Ghouta", None)}


def test_a_region_still_holds_a_town_inside_it() -> None:
    text = ("شن تنظيم داعش هجوما بسيارة مفخخة على بلدة حمورية يوم الثلاثاء , ما أدى إلى مقتل "
            "سبعة جنود . وأسفرت الهجمات على الغوطة الشرقية عن مقتل 22 مدنيا .")
    found = [((e.location or {}).get("name"), (e.actor1 or {}).get("name")) for e in _events(text)]
    assert found == [("Hamouriyah", "IS: Islamic State")]


# --- a place told as where another place lies ---

def _places(text: str, plover: str = "ASSAULT") -> list:
    return [(e.location or {}).get("name") for e in _events(text, plover)]


def test_a_city_told_as_the_reference_point_is_not_a_second_target() -> None:
    near = "أسفرت غارات للطيران الحربي على الغوطة الشرقية المحاصرة قرب دمشق أمس عن مقتل 12 شخصا ."
    assert _places(near) == ["Eastern Ghouta"]
    far = ("قصفت الطائرات الحربية قرية الملح التابعة لقضاء الدبس شمال غرب كركوك ( 225 كم شمال شرق "
           "بغداد ) أمس .")
    assert "Baghdad" not in _places(far)


def test_a_coordinated_direction_is_one_more_target() -> None:
    text = "قصفت الطائرات الحربية قرى جنوبي حماة وشمالي حمص أمس ."
    assert sorted(_places(text)) == ["Hamah", "Homs"]
    # ... and a place after a comma is told apart
    listed = "قصفت الطائرات الحربية الغوطة الشرقية , ومدينة دمشق أمس ."
    assert sorted(_places(listed)) == ["Damascus", "Eastern Ghouta"]


# --- a date after منذ opens a lasting state ---

def test_a_month_after_since_is_not_the_meetings_date() -> None:
    text = ("التقى وزير الخارجية الأميركي اليوم قائد الجيش ثم الرئيسة التي تقود الحكومة منذ "
            "نيسان 2016 .")
    assert [e.event_date for e in _events(text, "CONSULT")] == [None]


def test_the_happenings_own_day_beside_a_since_date_stays() -> None:
    text = ("قتل ثلاثة مدنيين في قصف على بلدة كفرنبل يوم 3 أيار 2016 , وهي أعنف غارة على البلدة "
            "منذ آذار 2015 .")
    assert [e.event_date for e in _events(text)] == ["2016-05-03"]


# --- the agent named by a relative verb after the noun and its place ---

def test_who_committed_the_massacre_after_its_place_is_its_agent() -> None:
    text = ("أثارت مجزرة كفرنبل التي ارتكبها النظام السوري وتسببت في مقتل العشرات غضبا واسعا .")
    assert _actor1(text) == ["Military Forces of Syria (2000-2024)"]


def test_who_condemned_the_massacre_is_not_its_agent() -> None:
    text = "أثارت مجزرة كفرنبل التي أدانها النظام السوري غضبا واسعا ."
    assert _actor1(text) == [None]


# --- a demonstrative subject points back to the forces named before ---

def test_those_forces_are_the_forces_named_before() -> None:
    text = ("بدأت القوات العراقية عملية كبرى قرب مدينة كركوك التي تسيطر عليها قوات البيشمركة "
            "الكردية . وأفادت خلية الإعلام الحربي بأن تلك القوات سيطرت على الحي الصناعي في كركوك .")
    taken = [e for e in _events(text) if e.sub_event_type and "territory" in e.sub_event_type]
    assert [(e.actor1 or {}).get("name") for e in taken] == ["Military Forces of Iraq"]


def test_a_demonstrative_of_another_noun_points_to_no_forces() -> None:
    text = ("بدأت القوات العراقية عملية كبرى قرب مدينة كركوك . وأفادت خلية الإعلام الحربي بأن "
            "تلك الطائرات قصفت الحي الصناعي في كركوك .")
    assert _actor1(text) == [None]


# --- a printed date told as yesterday is the story's day, not the page's ---

def test_yesterday_with_its_printed_date_is_no_dateline() -> None:
    from rasd.time.extract import extract
    head = "أخبار الجبهات 2024 / 03 / 10 تابعوا آخر الأخبار . "
    told = head + "قصفت الطائرات الحربية , يوم أمس السبت 9 - 3 - 2024 , بلدة كفرنبل ."
    lines = [e.value for e in extract(told) if e.label == "DATE" and e.value.get("dateline")]
    assert [v["date"] for v in lines] == ["2024-03-10"]
    # a header date alone is still the page's
    alone = "أخبار الجبهات السبت 9 - 3 - 2024 تابعوا آخر الأخبار . قصفت الطائرات بلدة كفرنبل ."
    lines = [e.value for e in extract(alone) if e.label == "DATE" and e.value.get("dateline")]
    assert [v["date"] for v in lines] == ["2024-03-09"]


# --- the page's own today is told in its lead, not in a box of other news at its end ---

def test_a_today_in_a_box_at_the_pages_end_does_not_move_the_page_day() -> None:
    from rasd.time.extract import extract
    head = "واشنطن - وكالات الخميس , 06 نيسان 2023 08 : 47 م "
    lead = "قصفت الطائرات الحربية بلدة كفرنبل أمس . "
    filler = "وقال مسؤول محلي إن الأهالي ينتظرون وصول المساعدات إلى البلدة منذ أيام . " * 40
    box = "أخبار ذات صلة قال الوزير اليوم السبت ( 20 كانون الثاني ) إن المحادثات مستمرة ."
    yesterday = [e.value["date"] for e in extract(head + lead + filler + box)
                 if e.label == "DATE" and e.text == "أمس"]
    assert yesterday == ["2023-04-05"]
    # told in the lead, the same today says the header is a later fetch line
    early = [e.value["date"] for e in extract(head + lead + box + filler)
             if e.label == "DATE" and e.text == "أمس"]
    assert early != ["2023-04-05"]


def test_a_fight_going_on_since_this_morning_keeps_its_day() -> None:
    doc = run("ولا تزال الاشتباكات مستمرة في محيط بلدة كفرنبل منذ صباح اليوم .",
              doc_id="args6-test", published="2024-03-10")
    assert [(e.plover, e.event_date) for e in doc.events] == [("ASSAULT", "2024-03-10")]


# --- a place after a word for its people is their home ---

def test_young_men_from_the_people_of_a_town_are_arrested_there() -> None:
    text = "واعتقلت قوات النظام يوم أمس نحو أربعين شابا من أبناء مدينة التل ."
    assert _places(text, "COERCE") == ["At Tall"]


def test_reinforcements_coming_from_a_town_did_not_happen_there() -> None:
    text = "وصلت تعزيزات عسكرية قادمة من مدينة حمص إلى بلدة السخنة أمس ."
    assert "Homs" not in _places(text, "MOBILIZE")



# --- a list page's dated items ---

def _today(text: str, published: str) -> list:
    from rasd.time.extract import extract
    return [e.value["date"] for e in extract(text, published) if e.label == "DATE" and e.text == "اليوم"]


def test_today_in_a_dated_item_is_the_items_day() -> None:
    text = ("أهم الأخبار هذا الشهر . 2024 / 5 / 20 - اجتمع الأمين العام اليوم مع الرئيس الروسي في "
            "موسكو . 2024 / 5 / 28 - أدانت المفوضية الهجوم .")
    assert _today(text, "2024-05-30") == ["2024-05-20"]


def test_an_old_date_opening_a_line_heads_no_item() -> None:
    text = "في ذكرى الحرب . 17 / 4 / 1975 - دخلت القوات المدينة , وقال الوزير اليوم إن ذلك انتهى ."
    assert _today(text, "2024-05-30") == ["2024-05-30"]
