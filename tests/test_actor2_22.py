"""Who an attack hit, session 22 (ACTOR2_22, 27 Nov): people shot.

A killing or shooting whose weapon is small arms ("برصاص"، "إطلاق النار"، "بنيران") is typed a
clash by its weapon. When its sentence counts the dead or wounded as people ("قتل شخص"، "مدنيا
قتل"), names no armed side but the shooter's own and tells no fight, the people were shot:
actor2 is the civilians (``actor:people-shot``) and the event is ACLED's attack on civilians.
Soldiers or fighters shot, people killed in a clash, and a sentence naming another side stay as
they were. Sentences are written for these tests in the style of the reports; spans come from
the real stages.
"""

from __future__ import annotations

import rasd
from tests.helpers import name_of, rules_of

SHOT = "actor:people-shot"


def _event(text: str):
    (ev,) = [e for e in rasd.extract(text, published="2017-06-20").events if e.plover == "ASSAULT"]
    return ev


def test_a_person_shot_by_border_guards_is_a_civilian_attacked():
    text = "قتل شخص برصاص حرس الحدود التركي أمس لدى محاولته عبور الحدود في ريف ادلب الشمالي الغربي ."
    ev = _event(text)
    assert name_of(ev.actor2) == "Civilians (Syria)"
    assert SHOT in rules_of(ev, "actor2")
    assert (ev.event_type, ev.sub_event_type) == ("Violence against civilians", "Attack")
    (span,) = [e for e in ev.evidence if e.field == "actor2"]
    assert text[span.start:span.end] == span.text and "شخص" in span.text


def test_a_civilian_killed_by_the_fire_of_unknown_gunmen():
    ev = _event("أفاد مصدر امني في محافظة ميسان اليوم الجمعة بأن مدنيا قتل بنيران مسلحين مجهولين في احدى "
                "مناطق المحافظة .")
    assert name_of(ev.actor2) == "Civilians (Iraq)"
    assert SHOT in rules_of(ev, "actor2")


def test_a_killing_typed_by_the_shooting_after_it():
    ev = _event("قتل مدني وأصيب تسعة آخرون أمس إثر إطلاق النار عليهم من قبل أحد مسلحي تنظيم داعش في قرية "
                "حوايج ذياب بريف دير الزور .")
    assert name_of(ev.actor1) == "IS: Islamic State"
    assert name_of(ev.actor2) == "Civilians (Syria)"


def test_soldiers_shot_are_no_civilians():
    ev = _event("قتل جنديان أمس برصاص قناص في مدينة درعا .")
    assert SHOT not in rules_of(ev, "actor2")
    assert ev.sub_event_type == "Armed clash"


def test_people_killed_in_a_clash_are_no_people_shot():
    ev = _event("قتل خمسة أشخاص أمس برصاص مسلحين خلال اشتباكات في مدينة تلبيسة بريف حمص .")
    assert SHOT not in rules_of(ev, "actor2")


def test_a_person_of_a_side_shot_stays_that_side():
    ev = _event("قتل شخص من عناصر الجيش الحر أمس برصاص قوات النظام في بلدة داعل بريف درعا .")
    assert SHOT not in rules_of(ev, "actor2")
    assert name_of(ev.actor2) == "Free Syrian Army"
