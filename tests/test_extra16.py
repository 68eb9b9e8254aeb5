"""EXTRA16: what rasd emitted that no gold event has, and the context rules that now rule it out.

Sentences written for these tests in the style of the reports (no text copied from a page).
Each rule has a positive case and a close negative case it must leave alone; a positive case
asks for the rule's own label, so it fails with the rule switched off.
"""

from __future__ import annotations

import pytest

from rasd.api import extract
from rasd.events.detect import find_candidates
from rasd.events.tokens import Words
from tests.helpers import events_of

pytestmark = pytest.mark.usefixtures("no_confidence_filter")


def _rules(text: str, trigger_word: str) -> list[str]:
    """The context rules of the candidates whose first word is ``trigger_word`` (normalised)."""
    words = Words(extract(text, published="2017-11-20"))
    return [r for c in find_candidates(words) if words.words[c.first].text == trigger_word
            for r in c.context_rules]


# ------------------------------------------ a sentence opened by a condition or by "whether"

def test_a_condition_opening_the_sentence_reaches_its_main_clause() -> None:
    text = ("أما في حال توصل الطرفان إلى تفاهم على هذه النقطة الخلافية بعد جولة المشاورات ، فإن "
            "ذلك يفتح الطريق أمام اجتماع آخر في مدينة جنيف .")
    assert "hypothetical:في" in _rules(text, "اجتماع")
    assert not events_of(text, "CONSULT", published="2017-11-20")


def test_whether_opening_the_sentence_reaches_a_trigger_far_after_it() -> None:
    text = ("وليس واضحاً ما إذا كان الجانبان الواقفان على طرفي نقيض منذ سنوات في النزاع يتسابقان "
            "على الأرض ، خصوصاً أن روسيا تساند الحكومة في هجومها على مدينة الباب .")
    assert "hypothetical:اذا" in _rules(text, "هجومها")


def test_a_concessive_if_that_grants_a_fact_keeps_the_fact() -> None:
    # (the trigger further than the older eight-word "إذا" cue reaches)
    text = ("وإذا كانت قوات النظام المدعومة بالميليشيات الأجنبية وبغطاء من الطيران الروسي قد سيطرت "
            "على بلدة مورك صباح أمس بعد معارك مع الفصائل ، فإن المعارضة ما زالت تقاتل على أطرافها .")
    assert not any(r.startswith("hypothetical") for r in _rules(text, "سيطرت"))


def test_a_condition_inside_a_quotation_ends_with_it() -> None:
    text = ('وأردف المبعوث " إذا حضر الوفدان في الموعد فسنتمكن من إجراء مشاورات معمقة " , مرحبا '
            "بمشاركة المعارضة بعد محادثات عقدتها في الرياض أمس .")
    assert not any(r.startswith("hypothetical") for r in _rules(text, "محادثات"))


# ------------------------------------------ a future verb of consequence before a noun

def test_a_future_verb_of_consequence_makes_the_noun_after_it_future() -> None:
    text = "وقال المسؤول إن انهيار الهدنة سيفتح الباب أمام هجوم واسع على مدينة إدلب ."
    assert "future:سيفتح" in _rules(text, "هجوم")


def test_a_perfect_verb_after_the_future_verb_is_a_clause_of_its_own() -> None:
    text = "وقال إن الاتفاق سيفتح المعابر ، وقصفت الطائرات الحربية بلدة كفرنبل صباح اليوم ."
    assert not any(r.startswith("future") for r in _rules(text, "وقصفت"))
    assert events_of(text, "ASSAULT", published="2017-11-20")


# ------------------------------------------ adverbs of frequency

def test_every_day_tells_a_habit() -> None:
    text = "وتقصف قوات النظام كل يوم بلدة كفرنبل بقذائف المدفعية الثقيلة ."
    assert any(r.startswith("historical:generic-habit:كل") for r in _rules(text, "وتقصف"))


def test_every_day_beside_a_day_keeps_the_happening() -> None:
    text = "وقصفت قوات النظام بلدة كفرنبل بقذائف المدفعية صباح أمس كما تفعل كل يوم ."
    assert events_of(text, "ASSAULT", published="2017-11-20")


def test_it_is_customary_tells_a_habit_inside_the_trigger() -> None:
    text = "وجرت العادة على عقد الاجتماعات السنوية للصندوق في واشنطن ."
    assert "historical:generic-habit:وجرت" in _rules(text, "وجرت")
    assert not events_of(text, "CONSULT", published="2017-11-20")


def test_meetings_held_are_told() -> None:
    text = "وعقد وزراء المالية اجتماعاتهم السنوية في واشنطن أمس ."
    assert not _rules(text, "وعقد")
    assert events_of(text, "CONSULT", published="2017-11-20")


# ------------------------------------------ a bombing tried, not set off

def test_a_bombing_tried_is_no_explosion() -> None:
    text = "وألقت الشرطة القبض على شخص حاول تفجير نفسه في سوق مدينة إدلب مساء أمس ."
    assert "negated:حاول" in _rules(text, "تفجير")
    assert not [e for e in events_of(text, "ASSAULT", published="2017-11-20")
                if e.event_type == "Explosions/Remote violence"]


def test_a_bomb_set_off_after_an_attempt_is_told() -> None:
    text = "وفجر انتحاري نفسه في سوق مدينة إدلب مساء أمس بعد أن حاول دخول الحاجز ."
    assert events_of(text, "ASSAULT", published="2017-11-20")


def test_an_attempt_on_a_life_is_still_an_attack() -> None:
    text = "ونجا قائد الشرطة من محاولة اغتيال بعبوة ناسفة في مدينة درعا مساء أمس ."
    assert events_of(text, "ASSAULT", published="2017-11-20")


# ------------------------------------------ a relative clause naming a thing by a happening told

_TOLD = "شنت طائرة حربية غارة على مدينة خان شيخون صباح الثلاثاء . "
_NAMED = "وقال مدير المرصد إن المطار أقلعت منه الطائرة التي قصفت خان شيخون ."


def test_a_relative_clause_on_a_strike_told_before_points_back() -> None:
    assert "reference:relative-back:التي" in _rules(_TOLD + _NAMED, "قصفت")
    assert len(events_of(_TOLD + _NAMED, "ASSAULT", published="2017-11-20")) == 1


def test_a_relative_clause_with_nothing_told_before_is_the_happening() -> None:
    assert not _rules(_NAMED, "قصفت")
    assert events_of(_NAMED, "ASSAULT", published="2017-11-20")


def test_a_clause_set_off_by_a_comma_tells_more_of_its_noun() -> None:
    text = _TOLD + "وفي حلب دمرت الطائرات مدرسة الحكمة ، التي قصفتها بصاروخين ظهر الأربعاء ."
    assert not any(r.startswith("reference:relative-back") for r in _rules(text, "قصفتها"))


def test_a_clause_on_the_trigger_noun_itself_tells_its_happening() -> None:
    # a list of the dead, each line with its place: the clause says what the shelling hit
    text = ("قصفت قوات النظام بلدة عين ترما بالمدفعية صباح الثلاثاء . ومن بين الضحايا أحمد من بلدة "
            "عين ترما جراء القصف المدفعي الذي استهدف السوق الشعبي في البلدة .")
    assert not any(r.startswith("reference:relative-back") for r in _rules(text, "استهدف"))
