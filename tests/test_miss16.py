"""Recall, session 16: happenings rasd missed because their wording gave no trigger
(triggers.yaml, MISS16). Sentences written for these tests in the style of the reports; the
confidence filter is off (these are rules, not the model).

1. An aircraft downed told by a headline's present with its side before it (يسقط طائرة).
2. Projectiles fired at a place told by a headline's present (تطلق صواريخ على).
3. Aircraft named before the verb of their strike (قاذفات ... ضربت أهدافاً).
4. The verbal noun of fire with the shooter between it and its fire (إطلاق الجيش النار على).

Each has a close sentence the rule must leave alone.
"""

from __future__ import annotations

import pytest

from tests.helpers import events_of, name_of

pytestmark = pytest.mark.usefixtures("no_confidence_filter")


def _places(text: str, plover: str = "ASSAULT") -> list[str]:
    return [name_of(e.location) for e in events_of(text, plover, published=None)]


@pytest.mark.parametrize(("told", "town"), [
    ("الجيش السوري يسقط طائرة استطلاع فوق بلدة كفرنبل بريف إدلب", "Kafranbel"),
    ("مقاتلو الفصائل يسقطون طائرة حربية للنظام فوق مدينة الرستن بريف حمص", "Ar Rastan"),
    ("الطيران الروسي يطلق عشرات الصواريخ على مدينة الرستن بريف حمص", "Ar Rastan"),
    ("وقالت الوزارة إن أربع قاذفات روسية بعيدة المدى ضربت أهدافاً للتنظيم قرب مدينة الرستن اليوم .",
     "Ar Rastan"),
    ("وأصيب طفلان إثر إطلاق قوات النظام النار عليهما في بلدة كفرنبل بريف إدلب أمس .", "Kafranbel"),
])
def test_a_happening_told_by_its_frame_is_found(told, town):
    assert _places(told) == [town]


@pytest.mark.parametrize("told", [
    # what falls from an aircraft: a feminine verb, or "من" before the aircraft
    ("وشاهد الأهالي جسمين يسقطان من الطائرة فوق بلدة كفرنبل بريف إدلب ."),
    # a possibility, not a firing
    ("وقال الخبير إن الحوثيين يمكن أن يطلقوا صاروخاً على مدينة الرستن بريف حمص ."),
    # "to the point of": a capacity built over years, no one firing
    ("وتطورت قدرات الجماعة حتى تطلق أكثر من ثمانين صاروخاً على مدينة الرستن بريف حمص ."),
    # the place the rockets are fired from, told in a relative clause
    ("وتقع الكتيبة التي تطلق منها الصواريخ على الأحياء قرب مدينة الرستن بريف حمص ."),
    # the noun of striking is an aim, not a strike
    ("وقال الوزير إن ما يقوم به طيران التحالف هو ضرب أهداف التنظيم قرب مدينة الرستن ."),
    # a call to stop the fire
    ("ودعا المجلس إلى وقف إطلاق النار في بلدة كفرنبل بريف إدلب ."),
])
def test_a_close_sentence_tells_no_happening(told):
    assert _places(told) == []
