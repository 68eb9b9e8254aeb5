"""DATES18: relative spans read against the page's day, fetch lines, a pluperfect clause's day.

- منذ with a length of months ("منذ ثلاثة أشهر قصفت …") counts back from the page as قبل does
  (ACLED precision 3 for a month back); منذ with years stays a length.
- A vague count of units ("قبل عدة أيام"، "قبل أيام قليلة"، "خلال الأيام القليلة الماضية") is
  read as the bare plural is: a few days back, precision 2; "مطلع الأسبوع" is of the page's week.
- A date right after a fetch line's words ("Crawled on 14/11/2019") is no page date.
- A date inside a pluperfect clause opened after the trigger ("قرى كانت الفصائل قد سيطرت عليها
  الأسبوع الماضي") tells that clause's earlier happening, not the trigger's.

The sentences are written for these tests (page day 2024-03-12, a Tuesday)."""

from rasd.document import EventMention
from rasd.time.extract import extract
from tests.helpers import events_of

LEAD = "قصفت طائرات حربية روسية أمس الاثنين بلدة كفرنبل في ريف إدلب الجنوبي. "


def _dates(text: str, published: str | None = "2024-03-12") -> dict[str, tuple]:
    return {e.text: (e.value.get("date"), e.value.get("precision"), e.rule)
            for e in extract(text, published=published) if e.label == "DATE"}


def _days(found: list[EventMention]) -> list[tuple[str | None, int | None, list[str]]]:
    return [(e.event_date, e.time_precision, [ev.rule for ev in e.evidence if ev.field == "event_date"])
            for e in found]


def test_months_since_before_a_perfect_verb_count_back_from_the_page():
    found = events_of("منذ ثلاثة أشهر قصفت طائرات حربية بلدة سراقب في ريف إدلب وقتلت خمسة مدنيين .",
                      "ASSAULT", require=True)
    assert [(d, p) for d, p, _ in _days(found)] == [("2023-12-12", 3)], _days(found)


def test_years_since_stay_a_length():
    assert "منذ ثلاث سنوات" not in "".join(_dates("تعيش العائلة في المخيم منذ ثلاث سنوات ."))


def test_a_vague_count_of_days_is_a_few_days_back():
    got = _dates("قصفت الطائرات البلدة قبل عدة أيام ثم عادت وقصفتها قبل أيام قليلة .")
    assert got["قبل عدة أيام"][:2] == ("2024-03-09", 2), got
    assert got["قبل أيام قليلة"][:2] == ("2024-03-09", 2), got


def test_a_vague_count_of_other_things_is_no_date():
    got = _dates("قبل عدة جولات من المفاوضات اتفق الطرفان على تبادل الأسرى .")
    assert not got, got


def test_the_few_past_days_are_a_span_back_from_the_page():
    got = _dates("سيطرت القوات على عشرين قرية خلال الأيام القليلة الماضية .")
    assert got["الأيام القليلة الماضية"][1] == 2, got


def test_the_few_coming_days_are_no_past_date():
    got = _dates("ستصل التعزيزات إلى المنطقة خلال الأيام القليلة المقبلة .")
    value = next(e.value for e in extract("ستصل التعزيزات إلى المنطقة خلال الأيام القليلة المقبلة .",
                                           published="2024-03-12"))
    assert "الأيام القليلة المقبلة" in got and not value.get("eventable"), got


def test_early_in_the_week_is_the_page_week():
    got = _dates("اعتقلت قوات الأمن عشرة أشخاص في المدينة مطلع الأسبوع .")
    assert got["مطلع الأسبوع"][:2] == ("2024-03-11", 2), got  # Monday to Tuesday the 12th


def test_early_next_week_is_no_past_date():
    value = next(e.value for e in extract("يبدأ الاجتماع مطلع الأسبوع المقبل .", published="2024-03-12"))
    assert not value.get("eventable"), value


def test_a_fetch_line_is_no_page_date():
    got = _dates("Crawled on 14/11/2019 . قصفت طائرات حربية مدينة حلب أمس .", published=None)
    assert got["14/11/2019"][2].endswith("+site-line"), got
    assert got["أمس"][0] is None, got


def test_a_page_date_after_a_publication_cue_stays_the_page_date():
    got = _dates("نشر في 12/11/2017 . قصفت طائرات حربية مدينة حلب أمس .", published=None)
    assert got["12/11/2017"][2].endswith("+dateline"), got
    assert got["أمس"][0] == "2017-11-11", got


def test_a_date_told_of_a_visit_is_no_fetch_line():
    got = _dates("أجرى الوزير الزيارة في 14/11/2017 واجتمع بالرئيس .", published=None)
    assert "+site-line" not in got["14/11/2017"][2], got


def test_a_pluperfect_clause_keeps_its_day_from_the_strike():
    found = events_of("قصفت الطائرات الحربية قرى في ريف حماة كانت فصائل المعارضة قد سيطرت عليها "
                      "الأسبوع الماضي .", "ASSAULT", require=True)
    strike = [e for e in found if e.trigger.startswith("قصفت")]
    assert strike and all(d is None for d, _, _ in _days(strike)), _days(found)


def test_a_day_after_the_pluperfect_clause_is_closed_dates_the_strike():
    found = events_of("قصفت الطائرات الحربية قرى في ريف حماة كانت فصائل المعارضة قد سيطرت عليها "
                      "بينما قصفت المدفعية بلدة اللطامنة اليوم .", "ASSAULT", require=True)
    assert [d for d, _, _ in _days(found)] == ["2024-03-12"] * len(found), _days(found)


def test_a_week_told_of_the_strike_itself_dates_it():
    found = events_of("قصفت الطائرات الحربية قرى في ريف حماة الأسبوع الماضي .", "ASSAULT", require=True)
    assert [(d, p) for d, p, _ in _days(found)] == [("2024-03-07", 2)], _days(found)


def test_a_month_back_is_a_month_before_the_page():
    got = _dates("قصفت الطائرات البلدة قبل شهر .")
    assert got["قبل شهر"][:2] == ("2024-02-12", 3), got


def test_before_a_named_month_is_a_limit_no_date():
    got = _dates("استخدم النظام السلاح الكيماوي في عدة مناطق قبل شهر آب 2013 .")
    assert not got, got


def test_the_two_past_days_are_the_day_before_the_page_at_week_precision():
    got = _dates("سيطرت القوات على عشرين قرية خلال اليومين الماضيين .")
    assert got["اليومين الماضيين"][:2] == ("2024-03-11", 2), got


def test_the_two_coming_days_are_no_past_date():
    value = next(e.value for e in extract("ستصل التعزيزات خلال اليومين المقبلين .", published="2024-03-12"))
    assert not value.get("eventable"), value
