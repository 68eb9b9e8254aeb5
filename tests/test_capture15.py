"""Recall, session 15: happenings whose wording gave no trigger at all (triggers.yaml). Sentences
written for these tests in the style of the reports; the confidence filter is off (these are
rules, not the model).

1. An aircraft downed by a side named between the verb and the aircraft (أسقط ... طائرة).
2. Projectiles fired at a place with the firer and the day between the verb and the shells.
3. The verb of an air raid, أغار على.
4. A capture told by a headline's present (تستعيد السيطرة على، يعلن السيطرة على) and by the
   verbal noun of control with its taker after a word of time (بعد سيطرة قوات ... على).
5. Fighters leaving a town under a deal (خروج المسلحين من، خرجت الدفعة الأولى من).
6. A stand held (نظم ناشطون وقفة) and a solidarity stand or a mass march named as such.

Each has a close sentence the rule must leave alone: a denial, a threat, a purpose, the terms
of a deal (a new `hypothetical` cue of context.yaml), control held rather than taken, a pause, a drone.
"""

from __future__ import annotations

import pytest

from tests.helpers import events_of, name_of

pytestmark = pytest.mark.usefixtures("no_confidence_filter")


def _places(text: str, plover: str) -> list[str]:
    return [name_of(e.location) for e in events_of(text, plover, published=None)]


@pytest.mark.parametrize(("told", "plover", "town"), [
    ("أسقط مقاتلو الفصائل طائرة حربية تابعة للنظام فوق بلدة كفرنبل بريف إدلب صباح اليوم .",
     "ASSAULT", "Kafranbel"),
    ("أطلقت قوات النظام صباح اليوم عشرات القذائف على مدينة الرستن بريف حمص الشمالي .",
     "ASSAULT", "Ar Rastan"),
    ("وأغارت طائرات حربية روسية فجر اليوم على بلدة كفرنبل بريف إدلب الجنوبي .",
     "ASSAULT", "Kafranbel"),
    ("قوات النظام تستعيد السيطرة على بلدة خان طومان بريف حلب الجنوبي", "ASSAULT", "Khan Tuman"),
    ("جيش الفتح يعلن السيطرة على بلدة خان طومان بريف حلب الجنوبي", "ASSAULT", "Khan Tuman"),
    ("وجاءت المفاوضات بعد سيطرة قوات النظام على بلدة خان طومان بريف حلب الجنوبي أمس .",
     "ASSAULT", "Khan Tuman"),
    ("وبدأ صباح اليوم خروج مئات المسلحين وعائلاتهم من بلدة الزبداني بريف دمشق .",
     "RETREAT", "Az Zabadani"),
    ("وخرجت الدفعة الأولى من مدينة الزبداني بريف دمشق ظهر اليوم .", "RETREAT", "Az Zabadani"),
    ("ونظم ناشطون وقفة في بلدة كفرنبل بريف إدلب ظهر اليوم .", "PROTEST", "Kafranbel"),
    ("وجابت مسيرة حاشدة شوارع مدينة القامشلي ظهر اليوم .", "PROTEST", "Al Qamishli"),
])
def test_a_happening_told_by_its_frame_is_found(told, plover, town):
    assert _places(told, plover) == [town]


@pytest.mark.parametrize(("told", "plover"), [
    # denied: the negation filter governs the new frames as the old ones
    ("ونفى قائد الفصيل أن يكون مقاتلوه أسقطوا طائرة حربية فوق بلدة كفرنبل .", "ASSAULT"),
    ("ونفت وزارة الدفاع الروسية أن تكون طائراتها أغارت على بلدة كفرنبل بريف إدلب .", "ASSAULT"),
    # a threat: the verbal noun after ب is no firing
    ("وهدد الحوثيون بإطلاق المزيد من الصواريخ الباليستية على مدينة الرستن .", "ASSAULT"),
    # a purpose and an intent announced, not a capture
    ("وتسعى قوات النظام إلى أن تستعيد السيطرة على بلدة خان طومان بريف حلب الجنوبي .", "ASSAULT"),
    ("جيش الفتح يعلن عزمه السيطرة على بلدة خان طومان بريف حلب الجنوبي", "ASSAULT"),
    # a coordinated present verb opens another clause: the capture is an aim
    ("الحكومة تعلن حربا جديدة وتعتبر السيطرة على بلدة خان طومان بريف حلب أولوية", "ASSAULT"),
    # a road taken names no place of its own
    ("وبعد سيطرة قوات النظام على طريق الكاستيلو شمال مدينة حلب تغير ميزان القوى .", "ASSAULT"),
    # control held, no word of time before it
    ("وتعيش بلدة خان طومان الواقعة تحت سيطرة قوات النظام على طريق حلب هدوءا حذرا .", "ASSAULT"),
    # the terms of a deal, not the departure; residents in the street, not fighters leaving
    ("وتوصل الطرفان إلى اتفاق يقضي بخروج المسلحين من بلدة الزبداني بريف دمشق .", "RETREAT"),
    ("وخرج الأهالي إلى شوارع مدينة الزبداني بريف دمشق ظهر اليوم .", "RETREAT"),
    # a batch of patients is a rescue, not fighters leaving
    ("واكتمل اليوم إجلاء الدفعة الثانية من المرضى من بلدة الزبداني بريف دمشق .", "RETREAT"),
    # a clause of the deal's text (context.yaml: the terms of a deal are what is to happen)
    ("وتنص الاتفاقية كذلك على الإفراج عن مئات المعتقلين وخروج مقاتلي الفصائل من بلدة الزبداني .",
     "RETREAT"),
    ("ووقع الطرفان اتفاق خروج مسلحي الفصائل من بلدة الزبداني بريف دمشق أمس .", "RETREAT"),
    # a pause with the town's history; a drone (طائرة مسيرة), not a march
    ("وأقام الكاتب في روايته وقفة طويلة مع تاريخ بلدة كفرنبل بريف إدلب .", "PROTEST"),
    ("وأسقطت الدفاعات الجوية طائرة مسيرة فوق مدينة القامشلي ظهر اليوم .", "PROTEST"),
])
def test_a_close_sentence_tells_no_happening_of_that_type(told, plover):
    assert events_of(told, plover, published=None) == []
