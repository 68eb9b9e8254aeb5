"""Whose the aircraft are when no actor name says so (rasd.events.sides), on sentences
written for these tests: each rule with a case it changes and a close one it leaves alone."""

from __future__ import annotations

import rasd
from tests.helpers import name_of, rules_of


def _assaults(text: str, published: str | None = None):
    return [e for e in rasd.extract(text, published=published).events if e.plover == "ASSAULT"]


# --- unnamed warplanes in Syria are the regime's air force ---

def test_unnamed_warplanes_in_syria_are_the_regime_air_force():
    (ev,) = _assaults("قصف الطيران الحربي بلدة كفرنبل في ريف إدلب يوم الأحد.")
    assert "Syria" in name_of(ev.actor1) and "Air Force" in name_of(ev.actor1)
    assert ev.actor1.get("inferred") == "sides:unnamed-aircraft"


def test_unnamed_helicopters_after_the_verb_are_the_subject():
    (ev,) = _assaults("قصف الطيران المروحي بلدة كفرزيتا في ريف حماة بالبراميل المتفجرة يوم الخميس.")
    assert "Syria" in name_of(ev.actor1)


def test_unnamed_warplanes_outside_syria_stay_unknown():
    events = _assaults("قصف الطيران الحربي قرية في محافظة مأرب اليمنية يوم الأحد.")
    assert events and all(ev.actor1 is None for ev in events)


def test_after_the_regime_fell_unnamed_warplanes_are_not_the_regime():
    events = _assaults("قصف الطيران الحربي بلدة كفرنبل في ريف إدلب يوم الأحد.", published="2025-03-02")
    assert events and all("Syria" not in name_of(ev.actor1) for ev in events)


def test_warplanes_striking_the_regime_are_not_the_regime():
    (ev,) = _assaults("استهدف الطيران الحربي رتلا لقوات النظام قرب مدينة حماة يوم الأحد.")
    assert "Syria" not in name_of(ev.actor1) and "Syria" in name_of(ev.actor2)


def test_warplanes_striking_iranian_militias_are_not_the_regime():
    events = _assaults("شنت طائرات حربية غارات على مقرات للميليشيات الإيرانية في مدينة البوكمال يوم الجمعة.")
    assert events and all("Syria" not in name_of(ev.actor1) for ev in events)


def test_a_downed_warplane_is_not_the_attacker():
    (ev,) = _assaults("أسقطت فصائل المعارضة طائرة حربية فوق بلدة كفرنبل في ريف إدلب يوم الأحد.")
    assert "Air Force" not in name_of(ev.actor1)


def test_civil_aviation_is_no_side():
    events = _assaults("قتل ثلاثة مدنيين في قصف على بلدة كفرنبل قرب مكتب شركة الطيران يوم الأحد.")
    assert all("Air Force" not in name_of(ev.actor1) for ev in events)


def test_drones_stay_unknown():
    events = _assaults("استهدفت طائرة مسيرة سيارة في بلدة سرمدا بريف إدلب يوم الأحد.")
    assert events and all(ev.actor1 is None for ev in events)


def test_a_named_air_force_told_before_is_the_one_meant():
    events = _assaults("شن الطيران الروسي غارات على بلدة كفرنبل يوم الأحد. "
                       "وقتل ثلاثة أشخاص في غارات للطيران الحربي على مدينة معرة النعمان.")
    maarat = [e for e in events if e.location and "Ma" in e.location.get("name", "")]
    assert maarat and all("Russia" in name_of(e.actor1) for e in maarat)


# --- the government's air force, and states named behind a hedge ---

def test_government_aircraft_are_the_air_force_of_the_country_of_the_strike():
    (ev,) = _assaults("قتل خمسة أشخاص في قصف للطيران الحكومي على مستشفى في مدينة الحويجة يوم السبت.")
    assert "Iraq" in name_of(ev.actor1)


def test_hedged_demonyms_name_both_states():
    (ev,) = _assaults("قال سكان إن طائرات يعتقد أنها سورية وروسية قصفت مناطق سكنية في بلدة حمورية يوم الاثنين.")
    assert "Syria" in name_of(ev.actor1)
    assert any("Russia" in name_of(a) for a in ev.assoc_actor_1)


def test_a_hedge_without_a_demonym_names_no_one():
    events = _assaults("قال سكان إن طائرات يعتقد أنها تابعة للتحالف قصفت بلدة في ريف دير الزور يوم الاثنين.")
    assert all("Syria" not in name_of(ev.actor1) for ev in events)


# --- an air strike told without its attacker, after the aircraft were named ---

def test_an_air_strike_without_attacker_takes_the_aircraft_of_the_story():
    text = ("قال سكان إن طائرات يعتقد أنها سورية وروسية قصفت الغوطة الشرقية يوم الأحد. "
            "وقتل 17 شخصا في بلدة حمورية في ضربة جوية على سوق شعبي.")
    events = _assaults(text)
    hamouria = [e for e in events if e.location and e.location.get("name_ar") == "حمورية"]
    assert hamouria and "Syria" in name_of(hamouria[0].actor1)
    assert "actor:aircraft-of-the-story" in rules_of(hamouria[0], "actor1")


def test_a_shelling_without_attacker_takes_no_aircraft():
    text = ("قصف الطيران الحربي بلدة عربين يوم الأحد. "
            "وقتل شخصان في بلدة حمورية بقذائف الهاون.")
    events = _assaults(text)
    hamouria = [e for e in events if e.location and e.location.get("name_ar") == "حمورية"]
    assert all(e.actor1 is None for e in hamouria)


# --- the owner of the weapon that killed ---

def test_the_owner_after_a_weapon_that_killed_is_the_attacker():
    (ev,) = _assaults("قتل ثلاثة مدنيين بقذائف قوات النظام على بلدة سقبا يوم السبت.")
    assert "Syria" in name_of(ev.actor1) and "Civilians" in name_of(ev.actor2)


def test_a_weapon_after_the_subject_names_no_other_attacker():
    (ev,) = _assaults("قصفت فصائل المعارضة بلدة سقبا بقذائف الهاون يوم السبت.")
    assert "Opposition" in name_of(ev.actor1) and ev.actor2 is None


# --- a movement's forces belong to the one that moves ---

def _mobilized(text: str):
    return [e for e in rasd.extract(text).events if e.plover == "MOBILIZE"]


def test_the_owner_of_an_arriving_unit_is_the_one_that_moves():
    (ev,) = _mobilized("وصلت وحدة خاصة تابعة للقوات المسلحة الصينية إلى طرطوس يوم الأحد.")
    assert "China" in name_of(ev.actor1) and ev.actor2 is None


def test_the_owner_of_deployed_members_is_the_one_that_moves():
    (ev,) = _mobilized("انتشار عناصر لقوات النظام في قرية جبلة الحمرا قرب مدينة الباب يوم الأحد.")
    assert "Syria" in name_of(ev.actor1)


def test_forces_whose_positions_reinforcements_reach_do_not_move():
    (ev,) = _mobilized("وصلت تعزيزات إلى مواقع قوات النظام في قرية جبلة الحمرا يوم الأحد.")
    assert ev.actor1 is None


# --- a frame with its subject inside ---

def test_the_actor_inside_a_base_frame_established_it():
    (ev,) = _mobilized("وأنشأت روسيا قاعدة عسكرية في مطار حميميم يوم الأحد.")
    assert "Russia" in name_of(ev.actor1)


def test_an_actor_after_the_frame_is_not_taken_for_its_subject():
    events = _mobilized("وأنشئت قاعدة عسكرية قرب مواقع قوات النظام في ريف حماة يوم الأحد.")
    assert all("Syria" not in name_of(e.actor1) for e in events)


def test_warplanes_of_a_nationality_the_kb_lacks_are_not_the_regime():
    events = _assaults("قصفت مقاتلات أسترالية مواقع لتنظيم داعش قرب مدينة دير الزور يوم الأحد.")
    assert events and all("Syria" not in name_of(e.actor1) for e in events)


def test_fighters_of_a_faction_are_no_aircraft_of_the_story():
    text = ("هاجمت الفصائل المقاتلة مواقع قوات النظام في حي جوبر يوم الأحد. "
            "وقتل ثلاثة أشخاص في غارة جوية على بلدة عربين.")
    events = _assaults(text)
    arbin = [e for e in events if e.location and e.location.get("name_ar") == "عربين"]
    assert arbin and all("Opposition" not in name_of(e.actor1) for e in arbin)
