"""Who did it, session 23 (ACTOR1_23, 28 Nov): events with no actor1 where the report says who acted.

Three mechanisms, each found reading the dev gold's "actor1 … system None" rows:

- a verb after إذ / بعدما that leaves its subject unstated carries the subject of its own sentence
  (``actor:carried-subject``; carried.yaml ``openers``, ``subordinate``), never one of the sentence
  before;
- a plural verb agrees with a subject joined by its allies ("الجيش السوري وحلفاؤه … وسيطروا")
  (carried.yaml ``companions``);
- "تابع" before an actor written without ل is the verb "went on", not a word of allegiance, so its
  actor stays in the roles (roles.yaml ``allegiance_with_lam``).

Sentences are written for these tests in the style of the reports; each case a rule must change
has a close case it must leave alone.
"""

from __future__ import annotations

import rasd
from tests.helpers import name_of, rules_of

CARRIED = "actor:carried-subject"
SYRIA = "Military Forces of Syria (2000-2024)"
SDF = "SDF: Syrian Democratic Forces"


def _events(text: str, plover: str = "ASSAULT"):
    return [e for e in rasd.extract(text, published="2017-03-02").events if e.plover == plover]


def _event(text: str, plover: str = "ASSAULT"):
    (ev,) = _events(text, plover)
    return ev


def test_a_capture_after_idh_takes_the_subject_of_its_sentence():
    ev = _event("واصلت قوات سوريا الديمقراطية , ظهر اليوم , تقدمها بريف الرقة الشرقي , إذ سيطرت على "
                "ثلاث قرى جديدة .")
    assert name_of(ev.actor1) == SDF
    assert CARRIED in rules_of(ev, "actor1")


def test_a_capture_after_badama_takes_the_subject_of_its_sentence():
    ev = _event("وكانت قوات النظام قد جمدت عملياتها في محيط مدينة الباب , بعدما سيطرت على قرية أبو طلطل .")
    assert name_of(ev.actor1) == SYRIA
    assert CARRIED in rules_of(ev, "actor1")


def test_a_verb_after_badama_carries_nothing_from_the_sentence_before():
    ev = _event("وقالت قوات النظام إن الهدوء عاد إلى المنطقة . وأصيب أربعة أطفال بجراح , بعدما دهسهم "
                "مستوطن في قرية سلوان .")
    assert CARRIED not in rules_of(ev, "actor1")
    assert name_of(ev.actor1) != SYRIA


def test_a_plural_verb_agrees_with_forces_joined_by_their_allies():
    ev = _event("تقدمت قوات النظام والميليشيات الموالية لها في ريف حماة , إذ سيطروا على قرية معان .")
    assert name_of(ev.actor1) == SYRIA
    assert CARRIED in rules_of(ev, "actor1")


def test_a_plural_verb_does_not_agree_with_a_lone_feminine_subject():
    ev = _event("تقدمت قوات النظام في ريف حماة , إذ سيطروا على قرية معان .")
    assert CARRIED not in rules_of(ev, "actor1")


def test_tabaa_before_the_army_is_the_verb_went_on():
    ev = _event("تابع الجيش السوري وحلفاؤه عملياتهم على محور \" الهيل - السخنة \" وسيطروا على مرتفع "
                "\" رجم الصابون \" جنوب مدينة السخنة .")
    assert name_of(ev.actor1) == SYRIA


def test_a_patron_named_without_lam_after_another_word_of_allegiance_stays_a_bystander():
    ev = _event("سيطرت فصائل الجيش الحر المدعومة تركيا على قرية تل حجر شمال حلب .")
    assert name_of(ev.actor1) == "Free Syrian Army"
