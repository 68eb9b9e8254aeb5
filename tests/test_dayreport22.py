"""DAYREPORT22: day reports village by village (SANA's "security and stability restored to"
villages, the air force destroying what it hit) and pages of several days' victim lists
(each day's part dated by its own title)."""

from tests.helpers import events_of, name_of


def _sub_types(text: str, **meta: str | None) -> dict[str, str]:
    return {str((e.location or {}).get("name_ar") or name_of(e.location)): str(e.sub_event_type)
            for e in events_of(text, "ASSAULT", **meta)}


def test_security_restored_to_villages_is_the_army_retaking_them() -> None:
    text = ("أعادت وحدات من الجيش والقوات المسلحة بالتعاون مع القوى المؤازرة الأمن والاستقرار "
            "إلى قريتي تلبيسة والرستن بريف حمص الشمالي اليوم .")
    found = events_of(text, "ASSAULT", require=True, published="2016-02-15")
    assert {name_of(e.location) for e in found} >= {"Tallbisah", "Ar Rastan"}
    assert {e.sub_event_type for e in found} == {"Government regains territory"}
    assert all(e.rule == "trigger:territory_taken" for e in found)


def test_security_restored_announced_by_a_source() -> None:
    text = "وأكد المصدر العسكري \" إعادة الأمن والاستقرار إلى مدينة تلبيسة \" في ريف حمص ."
    found = events_of(text, "ASSAULT", require=True, published="2016-02-15")
    assert "Tallbisah" in {name_of(e.location) for e in found}


def test_security_restored_to_the_country_is_no_capture() -> None:
    # an aim, to no place named by what it is: no event
    text = "وقال الوزير إن الحكومة أعادت الأمن والاستقرار إلى البلاد بعد سنوات من الفوضى ."
    assert not events_of(text, "ASSAULT", published="2016-02-15")


def test_air_force_destroying_gatherings_is_an_air_strike() -> None:
    text = ("وقال مصدر عسكري إن الطيران الحربي السوري \" دمر تجمعات وآليات لتنظيم داعش في "
            "مدينة تلبيسة \" بريف حمص .")
    assert _sub_types(text, published="2016-02-15").get("تلبيسة", _sub_types(
        text, published="2016-02-15").get("Tallbisah")) == "Air/drone strike"


def test_air_force_verb_first_and_sorties_on_a_target() -> None:
    first = "ودمر سلاح الجو في الجيش العربي السوري أمس 6 مقرات في مدينة الرستن ."
    assert "Ar Rastan" in {name_of(e.location) for e in events_of(first, "ASSAULT", require=True)}
    sorties = ("كثف الطيران الحربي السوري طلعاته الجوية على تجمعات إرهابيي داعش في "
               "مدينة تلبيسة بريف حمص .")
    found = events_of(sorties, "ASSAULT", require=True)
    assert {e.sub_event_type for e in found} == {"Air/drone strike"}


def test_reconnaissance_sorties_are_no_strike() -> None:
    # sorties not "on" anything nor destroying anything: no strike
    text = "كثف الطيران الحربي طلعاته الاستطلاعية فوق مدينة تلبيسة بريف حمص ."
    assert not events_of(text, "ASSAULT")


DAYS = ("التقرير اليومي عن انتهاكات حقوق الإنسان في سورية ليوم 2 - 8 - 2015 بلغ مجموع الضحايا "
        "في سوريا ( 5 ) أشخاص .\n"
        "وفي محافظة حمص قضى ( 3 ) أشخاص جراء القصف على مدينة تلبيسة .\n"
        "التقرير اليومي عن انتهاكات حقوق الإنسان في سورية ليوم 1 - 8 - 2015 بلغ مجموع الضحايا "
        "في سوريا ( 4 ) أشخاص .\n"
        "وتم توثيق ( 2 ) في محافظة حمص .\nوتم توثيق ( 1 ) في محافظة حماة .\n"
        "وتم توثيق ( 1 ) في محافظة درعا .\n"
        "وفي ريف حمص قضى ( 2 ) جراء القصف على مدينة الرستن .\n")


def _dates(text: str) -> dict[str, str | None]:
    return {name_of(e.location): e.event_date for e in events_of(text, "ASSAULT", published="2015-08-06")}


def test_each_days_part_of_a_page_of_day_reports_takes_its_own_title() -> None:
    dates = _dates(DAYS)
    assert dates.get("Tallbisah") == "2015-08-02"
    assert dates.get("Ar Rastan") == "2015-08-01"  # not the first title's 2 August


def test_a_later_day_that_titles_nothing_leaves_the_titles_day() -> None:
    # a day told in passing (no digest noun before its cue, no list of names after it) opens
    # no day's part: the items after it stay of the title's day
    text = (DAYS.split("التقرير اليومي", 2)[0] + "التقرير اليومي" + DAYS.split("التقرير اليومي", 2)[1]
            + "وذكر ناشطون أن الطريق أغلق يوم 1 - 8 - 2015 .\n"
            + "وتم توثيق ( 2 ) في محافظة حمص .\nوتم توثيق ( 1 ) في محافظة حماة .\n"
            + "وتم توثيق ( 1 ) في محافظة درعا .\n"
            + "وفي ريف حمص قضى ( 2 ) جراء القصف على مدينة الرستن .\n")
    assert _dates(text).get("Ar Rastan") == "2015-08-02"


def test_a_day_opening_a_list_of_names_titles_what_follows() -> None:
    text = (DAYS + "وثقت اللجنة ( 1 ) شخصا قضى يوم الخميس 30 - 7 - 2015 وفيما يلي توثيق أسماء "
            "( 4 ) منهم : .\n"
            "1 - علي كمال / حمص / قضى بنوبة قلبية .\n2 - حسن علي / حماة / قضى بنوبة قلبية .\n"
            "3 - محمد حسن / درعا / قضى بنوبة قلبية .\n"
            "4 - أحمد سالم / حمص / قضى جراء القصف على مدينة القريتين .\n")
    assert _dates(text).get("Al Qaryatayn") == "2015-07-30"
