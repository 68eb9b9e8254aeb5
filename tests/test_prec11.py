"""Precision, session 11: a happening named only as the cause of a consequence, as a standing
state, or as the start of a count is no event of the report (genre.py ``generic_context``,
cues in context.yaml ``genre``: ``cause``, ``damage_verb``, ``under``, ``since_start``,
``tally_verb``, ``since_day``). Sentences written for these tests in the style of the reports;
the whole pipeline runs with the confidence filter off (these are rules, not the model).

Each class has a pair: a sentence that only talks about the happening (no event, or its
trigger labelled) and one that reports it (still an event).
"""

from __future__ import annotations

import pytest

from rasd.api import extract
from tests.helpers import events_of

pytestmark = pytest.mark.usefixtures("no_confidence_filter")


def _assaults(text: str) -> list:
    return events_of(text, "ASSAULT", published=None)


def _rules(text: str) -> list[str]:
    return [sp.rule for sp in extract(text, published=None).spans_of("TRIGGER")]


def test_damage_caused_by_battles_is_no_clash():
    # a gallery caption telling damage "as a result of the battles": the fighting is the war's
    talk = ("بالصور : مدينة حمص القديمة بعد سنوات الحرب ، تعرضت المكتبة للحرق نتيجة المعارك "
            "الدائرة في حي الخالدية .")
    assert _assaults(talk) == []
    assert any("historical:generic-cause:نتيجه" in r for r in _rules(talk))
    told = "واندلعت معارك عنيفة في حي الخالدية بمدينة حمص صباح اليوم ."
    assert [e.sub_event_type for e in _assaults(told)] == ["Armed clash"]


@pytest.mark.parametrize("talk", [
    "وتحولت سوق المدينة القديمة في حمص إلى ركام بسبب المعارك .",
    "ونزح مئات الأهالي من بلدة اللطامنة جراء القصف .",
])
def test_a_cause_word_before_a_definite_noun_labels_it(talk):
    assert any("historical:generic-cause" in r for r in _rules(talk))


def test_a_damage_verb_before_the_noun_with_b():
    talk = "وفي حمص ، تأثر جامع المدينة الكبير بالمعارك ."
    assert any("historical:generic-cause:تاثر" in r for r in _rules(talk))


@pytest.mark.parametrize("told", [
    # a toll in the sentence: the cause is the happening that killed them
    "وقتل خمسة مدنيين جراء القصف على بلدة اللطامنة .",
    # the cause names its target town: "جراء القصف على بلدة X" is the shelling itself
    "وتضررت منازل المدنيين جراء القصف على بلدة كفرنبل .",
    # an indefinite noun tells one happening ("جراء قصف مدفعي استهدف البلدة")
    "ونزح مئات الأهالي من بلدة اللطامنة جراء قصف مدفعي استهدف البلدة .",
])
def test_a_cause_that_is_told_is_kept(told):
    assert not any("generic-cause" in r for r in _rules(told))


def test_under_bombardment_is_a_standing_state():
    talk = "وما تزال الأحياء الشرقية في مدينة حلب تحت القصف ."
    assert any("historical:generic-under:تحت" in r for r in _rules(talk))
    assert any("historical:generic-under:تحت" in r for r in _rules("وتعيش مدينة دوما تحت وطأة الغارات ."))
    told = "وقتل سبعة مدنيين تحت القصف على بلدة كفرنبل صباح اليوم ."
    assert not any("generic-under" in r for r in _rules(told))
    assert [e.fatalities for e in _assaults(told)] == [7]


def test_a_count_since_a_start_is_no_air_strike():
    talk = ("ومنذ بدء هجوم قوات النظام على ريف إدلب الجنوبي مطلع الشهر الماضي ، أحصى المرصد "
            "مقتل 412 مدنياً في الغارات والقصف .")
    assert _assaults(talk) == []
    assert any("historical:generic-since-start:بدء" in r for r in _rules(talk))
    also = "ومنذ انطلاق العملية العسكرية على مدينة إدلب ، أحصت الشبكة مقتل 230 مدنياً في القصف ."
    assert _assaults(also) == []


def test_a_count_since_this_morning_is_the_days_happening():
    told = ("ومنذ بدء هجوم قوات النظام على بلدة كفرنبل صباح اليوم ، أحصى المرصد مقتل 12 مدنياً "
            "في الغارات والقصف .")
    assert [e.fatalities for e in _assaults(told)] == [12]
    # "منذ" with no count verb is left to the older rules
    assert not any("generic-since-start" in r for r in _rules("وتقصف الطائرات البلدة منذ بدء الهجوم ."))


def test_a_count_since_a_start_wins_over_its_cause_noun():
    # "جراء القصف" with the tally's toll: the count since the start, not a cause that is told
    talk = ("ومنذ بدء هجوم قوات النظام على ريف حمص الشمالي مطلع الشهر الماضي ، أحصت الشبكة مقتل "
            "215 مدنياً في مدينة الرستن جراء القصف والغارات .")
    assert _assaults(talk) == []
    told = ("ومنذ بدء هجوم قوات النظام على مدينة الرستن فجر اليوم ، أحصت الشبكة مقتل 15 مدنياً "
            "جراء القصف والغارات .")
    assert [e.fatalities for e in _assaults(told)] == [15]


@pytest.mark.parametrize("told", [
    "وشنت الطائرات الحربية غارات على بلدة كفرنبل هي الأعنف في الأشهر الأخيرة .",
    "وشنت الطائرات الحربية غارات على بلدة كفرنبل هي الأعنف منذ أشهر .",
])
def test_a_superlative_compares_one_happening_with_a_period(told):
    # "the most violent in recent months / for months": one raid told, not the months' campaign
    assert len(_assaults(told)) == 1
