"""Background told by its date (genre.py, ``background_context``): a month, a year or "since"
long before the page's own day dates history, not a happening of the report; a day date never
does. Sentences written for these tests."""

from __future__ import annotations

import pytest

import rasd
from rasd.time.pageday import page_day

PAGE = "https://news.example.com/2017/12/05/story.html"  # the page's own day: 5 December 2017


class _Rules(dict):
    """Trigger text → its span's rule; looked up by the trigger's first word."""

    def __missing__(self, word: str) -> str:
        return next(rule for text, rule in self.items() if text.split()[0] == word)


def _rules(text: str, url: str | None = PAGE) -> dict[str, str]:
    doc = rasd.extract(text, url=url)
    return _Rules({doc.text[s.start:s.end]: s.rule for s in doc.spans_of("TRIGGER")})


def _events(text: str, url: str | None = PAGE) -> list[str]:
    return [e.trigger for e in rasd.extract(text, url=url).events]


def test_page_day_from_address_when_nothing_else_says() -> None:
    doc = rasd.extract("قصفت الطائرات بلدة سراقب أمس .", url=PAGE)
    assert str(page_day(doc)) == "2017-12-05"
    assert page_day(rasd.extract("قصفت الطائرات بلدة سراقب أمس .")) is None


def test_sentence_dated_only_by_an_old_year_is_history() -> None:
    rules = _rules("وفي عام 2014 سيطر مسلحو التنظيم على مدينة الرقة بعد معارك مع فصائل المعارضة .")
    assert "historical:background-old:2014" in rules["سيطر"]
    assert not _events("وفي عام 2014 سيطر مسلحو التنظيم على مدينة الرقة بعد معارك مع فصائل المعارضة .")


def test_an_old_happening_given_its_day_is_kept() -> None:
    # the schema: a past happening named with its day is an event, however old
    text = "وفي 12 أيار 2014 قصفت طائرات حربية بلدة كفرنبل في ريف إدلب ."
    assert "background" not in _rules(text)["قصفت"]
    assert _events(text)


def test_a_recent_month_is_no_background() -> None:
    text = "وقصفت طائرات حربية بلدة سراقب في ريف إدلب في تشرين الأول 2017 ."
    assert "background" not in _rules(text)["وقصفت"]
    assert _events(text)


def test_without_a_page_date_nothing_is_judged_old() -> None:
    text = "وفي عام 2014 سيطر مسلحو التنظيم على مدينة الرقة بعد معارك مع فصائل المعارضة ."
    assert "background" not in _rules(text, url=None)["سيطر"]


def test_old_date_nearest_the_trigger_in_a_sentence_with_a_day() -> None:
    text = "قال متحدث عسكري اليوم الثلاثاء إن التنظيم سيطر على بلدة الميادين في عام 2014 ."
    assert "historical:background-near:2014" in _rules(text)["سيطر"]


def test_old_date_in_a_relative_clause_after_the_trigger_is_not_its_date() -> None:
    text = "سيطر الجيش اليوم الثلاثاء على بلدة الميادين التي سقطت بيد التنظيم في عام 2014 ."
    assert "background" not in _rules(text)["سيطر"]
    text = "وانطلقت مظاهرات أخرى تحولت إلى مواجهات عند الحاجز العسكري الذي أقامه الجيش في عام 2000 ."
    rules = _rules(text)
    assert not any("background" in r for r in rules.values())


def test_old_date_of_another_happening_after_the_trigger() -> None:
    # the year is the attack's, not the arrests': they stay news
    text = "أوقفت الشرطة أربعة أشخاص في بروكسل على خلفية هجوم القطار عام 2015 ."
    rules = _rules(text)
    assert "background" not in rules["أوقفت"]


def test_since_an_old_month_opening_the_sentence() -> None:
    text = ("ومنذ نهاية تموز 2015 , استأنف الحزب المسلح , الذي تعتبره الحكومة منظمة إرهابية , "
            "حملته لشن هجمات على قوات الأمن في المحافظات الجنوبية .")
    assert "historical:background-old:2015" in _rules(text)["هجمات"]


def test_a_plain_sentence_carries_the_history_of_the_one_before() -> None:
    text = ("في سنة 1974 طالب الزعيم الكردي الحكومة بحكم ذاتي للمناطق الشمالية . "
            "رفضت الحكومة مطالبه فقصفت الطائرات القرى الكردية .")
    rules = _rules(text)
    assert "historical:background-carry:1974" in rules["فقصفت"]
    assert not _events(text)


@pytest.mark.parametrize("second", [
    "وقصفت الطائرات أمس القرى الكردية .",  # a day word: news again
    "وقصفت الطائرات القرى الكردية مما أدى إلى مقتل خمسة مدنيين .",  # a toll: a happening told
])
def test_carry_stops_at_a_day_or_a_toll(second: str) -> None:
    text = "في سنة 1974 طالب الزعيم الكردي الحكومة بحكم ذاتي للمناطق الشمالية . " + second
    assert "background" not in _rules(text)["وقصفت"]


def test_carry_stops_at_a_new_paragraph() -> None:
    text = ("في سنة 1974 طالب الزعيم الكردي الحكومة بحكم ذاتي للمناطق الشمالية .\n"
            "وقصفت الطائرات القرى الكردية في ريف المحافظة .")
    assert "background" not in _rules(text)["وقصفت"]


def test_a_war_toll_with_no_town_and_no_day_is_no_happening() -> None:
    text = "وقتل عشرات الآلاف من المدنيين في هذه الحرب التي شنها النظام على شعبه ."
    rules = _rules(text, url=None)
    assert "historical:aggregate:" in rules["وقتل"]
    assert not _events(text, url=None)


@pytest.mark.parametrize("text", [
    "قتل 1400 مدني في هجوم بغاز السارين على بلدة زملكا يوم الأربعاء .",  # a town and a day
    "وقتل 12 مدنيا في غارات على أحياء المدينة الشرقية .",  # a small toll
])
def test_a_happening_keeps_its_toll(text: str) -> None:
    assert not any("aggregate" in rule for rule in _rules(text, url=None).values())


def test_an_old_date_opening_a_digest_line_does_not_reach_its_later_items() -> None:
    # a digest runs its items into one sentence: the 2015 date belongs to the first item only
    text = ("في شباط 2015 نشر جندي أسير صورا لنفسه من شرق أوكرانيا ومن مواقع أخرى قرب الحدود "
            "ثم ظهر في تسجيل آخر يتحدث فيه عن رفاقه وعن الطريق الطويل إلى الجبهة وعن الشتاء "
            "القارس في تلك الجبال البعيدة عن بيته وأهله وأصدقائه القدامى "
            "هجوم مسلحين على مجمع المحكمة في مدينة مصراتة يسفر عن مقتل أربعة حراس")
    rules = _rules(text)
    assert "background" not in rules["هجوم"]
