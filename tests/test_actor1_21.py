"""Who did it, session 21 (ACTOR1_21, 27 Nov): the side that announces its own act.

"وكان الجيش الإسرائيلي أعلن في التاسع عشر من أيلول عن اعتراض طائرة": an armed side that announces
an act told by the verbal noun its announcing verb governs did it (``actor:announcer-of-own-act``),
the announcer right after the verb or right before it, only a date, عن or قد between verb and
noun. A government that announces a strike is no armed side (its forces strike); a death announced is often the side's own
loss. Sentences are written for these tests in the style of the reports; each case the rule must
change has a close case it must leave alone.
"""

from __future__ import annotations

import rasd
from tests.helpers import name_of, rules_of

ANNOUNCED = "actor:announcer-of-own-act"


def _event(text: str, plover: str = "ASSAULT"):
    (ev,) = [e for e in rasd.extract(text, published="2017-10-02").events if e.plover == plover]
    return ev


def test_an_army_that_announced_an_interception_a_month_ago_intercepted():
    ev = _event("وكان الجيش الإسرائيلي أعلن في الثامن من أيلول الماضي عن اعتراض طائرة مسيرة فوق هضبة الجولان .")
    assert name_of(ev.actor1) == "Military Forces of Israel (1948-)"
    assert ANNOUNCED in rules_of(ev, "actor1")


def test_a_group_that_announced_a_launch_after_a_dated_aside_launched():
    ev = _event("وكانت جماعة أنصار الله , قد أعلنت , اليوم الاثنين 2 تشرين الأول , إطلاق صاروخ باليستي "
                "على مطار جازان في السعودية .")
    assert name_of(ev.actor1) == "Houthis: Ansar Allah"
    assert ANNOUNCED in rules_of(ev, "actor1")


def test_a_government_that_announces_a_shelling_is_no_armed_side():
    ev = _event("وأعلنت الحكومة التركية في الثامن من أيلول الماضي عن قصف مدفعي على بلدة كلس الحدودية .")
    assert ANNOUNCED not in rules_of(ev, "actor1")


def test_a_noun_that_is_not_the_verbs_object_is_not_the_announcers():
    ev = _event("وكان الجيش الإسرائيلي أعلن في الثامن من أيلول الماضي حالة التأهب بعد اعتراض طائرة مسيرة "
                "فوق هضبة الجولان .")
    assert ANNOUNCED not in rules_of(ev, "actor1")
