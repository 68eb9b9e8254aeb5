"""Who did it to whom, session 16 (ACTOR16, 27 Nov).

The owner of an attack noun past its adjectives ("بقصف صاروخي مدفعي لقوات النظام") did it
(rasd.events.arguments._owner_with_lam); the bare "المسلحين"/"المجموعات المسلحة" the Assad-era
state's forces fight, or that shell civilians in a report about that war, are the Syrian
armed opposition (rasd.events.roles_rebels); a side named right before a repel verb ("الجيش يصد
هجوما لتنظيم داعش") was attacked, and a side pledged to the first side of a "بين ... و ..."
fight is no second side. Sentences are written for these tests in the style of the reports;
each rule has a case it must change and a close case it must leave alone. Spans come from
the real stages.
"""

from __future__ import annotations

import rasd
from rasd.events.arguments import _attack_adjective, role_cues
from tests.helpers import name_of, rules_of

REBELS = "actor:rebels-the-state-fights"
REPELLER = "actor:repeller-before-verb"
REGIME = "Military Forces of Syria (2000-2024)"


def _assaults(text: str) -> list:
    return [e for e in rasd.extract(text, published="2016-08-20").events if e.plover == "ASSAULT"]


# --- the owner of an attack noun, past two adjectives or an accusative noun ---

def test_owner_after_two_adjectives_did_the_shelling():
    (ev,) = _assaults("قتل أربعة مدنيين بقصف صاروخي مدفعي لقوات النظام على بلدة تلبيسة في ريف حمص الشمالي .")
    assert name_of(ev.actor1) == REGIME
    assert name_of(ev.actor2) != REGIME


def test_owner_after_an_accusative_noun_and_its_adjective_did_it():
    (ev,) = _assaults("وذكر ناشطون أن قصفا عنيفا لقوات النظام استهدف بلدة كفرزيتا في ريف حماة الشمالي .")
    assert name_of(ev.actor1) == REGIME


def test_genitive_of_a_targeting_noun_still_undergoes_it():
    (ev,) = _assaults("وتواصل استهداف مكثف لقوات النظام في محيط بلدة كفرزيتا بريف حماة الشمالي .")
    assert name_of(ev.actor1) != REGIME
    assert name_of(ev.actor2) == REGIME


def test_a_particle_is_no_adjective_of_the_attack():
    cues = role_cues()
    assert _attack_adjective("مدفعيا", False, cues)
    assert _attack_adjective("مكثفه", False, cues)
    assert not _attack_adjective("علي", False, cues)  # على after normalisation: "قصف على لبنان"


# --- the unnamed fighters the state's forces fight are the rebels ---

def test_armed_groups_fighting_the_army_are_the_opposition():
    (ev,) = _assaults("ودارت اشتباكات عنيفة بين الجيش السوري والمجموعات المسلحة في حي جوبر بدمشق .")
    assert name_of(ev.actor1) == REGIME
    assert name_of(ev.actor2) == "Opposition Rebels (Syria)"
    assert REBELS in rules_of(ev, "actor2")


def test_unknown_gunmen_fighting_the_army_stay_unidentified():
    (ev,) = _assaults("ودارت اشتباكات عنيفة بين الجيش السوري ومسلحين مجهولين في حي جوبر بدمشق .")
    assert name_of(ev.actor2).startswith("Unidentified Armed Group")
    assert REBELS not in rules_of(ev, "actor2")


def test_gunmen_pledged_to_the_army_are_no_second_side():
    (ev,) = _assaults("وتجددت الاشتباكات بين قوات النظام والمسلحين الموالين لها من جهة وتنظيم داعش "
                      "من جهة أخرى في ريف حماة الشرقي .")
    assert name_of(ev.actor2) == "IS: Islamic State"
    assert REBELS not in rules_of(ev, "actor2")


def test_armed_groups_shelling_a_district_in_a_war_report_are_the_opposition():
    text = ("أصيب ثلاثة مدنيين جراء سقوط قذائف هاون على حي الميدان في دمشق مصدرها المجموعات المسلحة . "
            "وقصفت قوات النظام بلدة عين ترما في الغوطة الشرقية .")
    ev = next(e for e in _assaults(text) if "الميدان" in text[e.sentence_start:e.sentence_end])
    assert name_of(ev.actor1) == "Opposition Rebels (Syria)"
    assert REBELS in rules_of(ev, "actor1")


def test_armed_groups_shelling_a_district_with_no_state_force_named_stay_unidentified():
    (ev,) = _assaults("أصيب ثلاثة مدنيين جراء سقوط قذائف هاون على حي الميدان في دمشق مصدرها المجموعات المسلحة .")
    assert name_of(ev.actor1).startswith("Unidentified Armed Group")


def test_gunmen_abroad_stay_unidentified_in_a_report_naming_the_syrian_army():
    text = ("قتل جندي بهجوم شنه مسلحون على حاجز أمني في مدينة العريش بشمال سيناء . "
            "وقصفت قوات النظام السوري بلدة كفرنبل في ريف إدلب .")
    ev = next(e for e in _assaults(text) if "العريش" in text[e.sentence_start:e.sentence_end])
    assert REBELS not in rules_of(ev, "actor1")
    assert name_of(ev.actor1) != "Opposition Rebels (Syria)"


# --- a repelled attack told subject first ---

def test_side_before_the_repel_verb_was_attacked():
    (ev,) = _assaults("الجيش السوري يصد هجوما جديدا لتنظيم داعش على مواقعه قرب مطار دير الزور العسكري .")
    assert name_of(ev.actor1) == "IS: Islamic State"
    assert name_of(ev.actor2) == REGIME
    assert REPELLER in rules_of(ev, "actor2")


def test_repel_with_no_attacker_named_keeps_its_subject():
    (ev,) = _assaults("الجيش السوري يصد هجوما واسعا على محيط بلدة خان طومان في ريف حلب الجنوبي .")
    assert name_of(ev.actor1) == REGIME
    assert REPELLER not in rules_of(ev, "actor2")
