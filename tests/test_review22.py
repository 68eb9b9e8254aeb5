"""REVIEW22: close cases the session-22 frames took and must leave (DAYREPORT22's air force,
sorties and "security restored" frames), each beside the case the frame must still take."""

from tests.helpers import events_of, name_of


def test_an_aim_to_restore_security_is_no_capture() -> None:
    # "stressed the need to restore security to the region": an aim, no village retaken
    aim = "أكد الوزير على ضرورة إعادة الأمن والاستقرار إلى المنطقة بعد سنوات من الحرب ."
    assert not events_of(aim, "ASSAULT", published="2016-02-15")
    told = "وأكد المصدر العسكري إعادة الأمن والاستقرار إلى مدينة تلبيسة في ريف حمص ."
    found = events_of(told, "ASSAULT", require=True, published="2016-02-15")
    assert "Tallbisah" in {name_of(e.location) for e in found}


def test_sorties_over_a_span_of_days_are_no_strike() -> None:
    # "على مدى الأيام" is how long the sorties went on, not what they hit
    span = "واصلت الطائرات طلعاتها الجوية على مدى الأيام الماضية فوق مدينة الرقة ."
    assert not events_of(span, "ASSAULT", published="2016-02-15")
    target = "واصلت الطائرات طلعاتها الجوية على تجمعات التنظيم في مدينة الرقة ."
    found = events_of(target, "ASSAULT", require=True, published="2016-02-15")
    assert {e.sub_event_type for e in found} == {"Air/drone strike"}


def test_the_air_force_is_no_subject_of_a_verb_in_another_clause() -> None:
    # the commander of the air force said that the earthquake destroyed the runway
    quake = "قال قائد سلاح الجو إن الزلزال دمر مدرج المطار في مدينة حماة ."
    assert not events_of(quake, "ASSAULT", published="2016-02-15")
    civil = "وقالت الحكومة إن الطيران المدني دمر بالكامل خلال الحرب في مطار حلب ."
    assert not events_of(civil, "ASSAULT", published="2016-02-15")
    strike = "وكان الطيران الحربي قد دمر الأسبوع الماضي جسرا في مدينة دير الزور ."
    found = events_of(strike, "ASSAULT", require=True, published="2016-02-15")
    assert [e.rule for e in found] == ["trigger:air_force_strike"]
    assert {name_of(e.location) for e in found} == {"Deir ez-Zor"}
