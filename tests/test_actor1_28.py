"""Who did it, session 28 (ACTOR1_28, 28 Nov): killings whose agent the attack word names.

Read off the dev gold's "actor1 … system None" rows; each mechanism has a sentence it must take
and a close one it must leave:

- a killing's toll may hold commas ("قتل اثنا عشر مدنيا , على الأقل , وجرح آخرون , جراء قصف من
  طيران التحالف"): a comma before the group's first attack word no longer keeps that word's agent
  from the killing; a comma after another attack word of the group still does (build._agent_cut);
- civilians read as a killing's subject ("قتل 11 مدنيا , معظمهم نساء") are its victims, and the
  attack word's agent is still looked for;
- "هجوم معاكس للثوار"، "هجوم آخر للنظام": a counter-attack's or another attack's owner with ل
  (roles.yaml ``attack_adjectives``);
- "جراء استهداف الطيران الروسي الحي": a verbal noun of targeting, its genitive, then a bare object
  noun: the genitive targeted it (roles.yaml ``masdar_objects``);
- "تقدمت فصائل المعارضة … . وسيطرت على": a head noun beginning with ف ("فصائل") kept its ف when
  its agreement with a verb with no subject is read (carried.py), so the factions are carried.
"""

from __future__ import annotations

import rasd
from tests.helpers import name_of, rules_of

COALITION = "Global Coalition Against Daesh"
SYRIA = "Military Forces of Syria (2000-2024)"
EGYPT = "Military Forces of Egypt"
REBELS = "Opposition Rebels (Syria)"


def _event(text: str, plover: str = "ASSAULT"):
    (ev,) = [e for e in rasd.extract(text, published="2017-03-02").events if e.plover == plover]
    return ev


def test_commas_in_a_toll_do_not_cut_the_strike_from_its_killing():
    ev = _event("قتل اثنا عشر مدنيا , على الأقل , وجرح آخرون , جراء قصف من طيران التحالف الدولي , خلال "
                "الليلة الماضية , على منطقة التوسعية في مدينة الرقة .")
    assert name_of(ev.actor1) == COALITION


def test_a_day_between_commas_does_not_cut_the_air_strike_from_its_killing():
    ev = _event("قتل 20 مسلحا وأصيب 13 آخرون , السبت , في قصف جوي لطائرات الجيش المصري على معاقل متشددين "
                "بشمال سيناء .")
    assert name_of(ev.actor1).startswith(EGYPT)


def test_a_comma_after_another_attack_word_still_cuts_its_agent():
    # the shelling named first has no agent; the gunfire past the comma is another death's
    ev = _event("قتل 6 أشخاص يوم الأحد جراء القصف على بلدة بزاعة , وبرصاص حرس الحدود التركي .")
    assert "Turkey" not in name_of(ev.actor1)


def test_civilians_as_the_killing_subject_leave_the_agent_to_the_strike():
    ev = _event("قتل 11 مدنيا , معظمهم نساء وأطفال , وأصيب آخرون في قصف جوي للنظام السوري على بلدة داعل .")
    assert name_of(ev.actor1) == SYRIA
    assert name_of(ev.actor2) == "Civilians (Syria)"


def test_civilians_as_the_killing_subject_with_an_unowned_strike_stay_victims():
    ev = _event("قتل 11 مدنيا , معظمهم نساء وأطفال , في قصف على بلدة داعل .")
    assert ev.actor1 is None
    assert name_of(ev.actor2) == "Civilians (Syria)"


def test_a_counter_attack_belongs_to_its_owner_with_lam():
    ev = _event("قتل عشرة عناصر من قوات النظام في هجوم معاكس للثوار على نقاط في ريف إدلب .")
    assert name_of(ev.actor1) == REBELS
    assert name_of(ev.actor2) == SYRIA


def test_another_attack_belongs_to_its_owner_with_lam():
    ev = _event("ترافقت المعارك مع هجوم آخر للنظام على قرية الشاكوزية بريف حماة الشرقي .")
    assert name_of(ev.actor1) == SYRIA


def test_another_fighter_of_the_forces_with_lam_is_no_owner():
    # "آخر" after a fighter, not an attack noun: the forces lost him
    ev = _event("قتل عنصر آخر لقوات النظام في هجوم على حاجز قرب مدينة حماة .")
    assert name_of(ev.actor1) != SYRIA
    assert name_of(ev.actor2) == SYRIA


def test_targeting_by_the_genitive_of_a_bare_object():
    ev = _event("سقط ثلاثة قتلى في حي المرجة بحلب جراء استهداف الطيران الروسي الحي بصاروخ فراغي .")
    assert "Russia" in name_of(ev.actor1)
    assert "actor:agent-marker" in rules_of(ev, "actor1")


def test_targeting_positions_by_the_genitive():
    ev = _event("قتل عنصران أمس في ريف اللاذقية الشمالي جراء استهداف فصائل المعارضة مواقع تابعة للنظام "
                "بقذائف الدبابة .")
    assert name_of(ev.actor1) == REBELS


def test_the_genitive_of_targeting_before_a_preposition_is_its_target():
    ev = _event("قتل عنصران في ريف اللاذقية جراء استهداف قوات النظام في ريف اللاذقية .")
    assert name_of(ev.actor1) != SYRIA


def test_the_genitive_of_targeting_after_tamma_is_its_target():
    ev = _event("تم استهداف قوات النظام مواقع في ريف اللاذقية .")
    assert name_of(ev.actor1) != SYRIA


# --- a head noun beginning with ف is no conjunction (carried.py _noun_matches) ---

def test_a_feminine_verb_carries_the_factions_told_before():
    ev = _event("تقدمت فصائل المعارضة في ريف حماة الشمالي . وسيطرت على قرية معان .")
    assert name_of(ev.actor1) == REBELS
    assert "actor:carried-subject" in rules_of(ev, "actor1")


def test_a_masculine_verb_does_not_carry_the_factions():
    ev = _event("تقدمت فصائل المعارضة في ريف حماة الشمالي . وسيطر على قرية معان .")
    assert ev.actor1 is None


# --- "فصائل من الجيش الحر": من after a word of a force's units is "of" (roles.yaml loser_not_before) ---

def test_factions_of_the_fsa_take_the_town():
    ev = _event("سيطرت فصائل من الجيش الحر , اليوم الأربعاء , على مدينة جرابلس .")
    assert name_of(ev.actor1) == "Free Syrian Army"


def test_a_town_taken_from_the_factions_leaves_them_the_losers():
    ev = _event("سيطرت قوات النظام على بلدة معان من فصائل المعارضة .")
    assert name_of(ev.actor1) == SYRIA
    assert name_of(ev.actor2) == REBELS
