"""Weak event types, session 13 (TYPES13, 27 Nov).

MOBILIZE: a base, an observation point or a permanent presence set up (ACLED "Headquarters or
base established"), troops brought in (استقدم) or a battalion sent; a presence only named, a
figurative "base" and a place where forces stand are left alone. ASSAULT: the owner of what a
strike hits is the side attacked, not the attacker. Sentences are written for these tests in
the style of the reports; each rule has a case it must change and a close case it must leave
alone. Spans come from the real stages.
"""

from __future__ import annotations

from tests.helpers import events_of, name_of

BASE = "Headquarters or base established"


def _mobilized(text: str) -> list:
    return events_of(text, "MOBILIZE", published="2017-10-20")


# --- a base, an observation point or a permanent presence set up ---

def test_observation_point_completed_is_a_base_established():
    text = "وقال الوزير إن القوات المسلحة التركية استكملت إقامة ثالث نقطة مراقبة لها في محافظة إدلب ."
    (ev,) = _mobilized(text)
    assert ev.sub_event_type == BASE
    assert "Turkey" in name_of(ev.actor1)


def test_observation_points_only_named_are_no_event():
    text = "وتنتشر نقاط المراقبة التركية في ريف إدلب الجنوبي منذ أشهر ."
    assert _mobilized(text) == []


def test_base_set_up_by_a_finite_verb_is_a_base_established():
    text = "وأكدت مصادر معارضة أن تركيا أقامت أول قاعدة عسكرية لها في ريف حلب الغربي ."
    (ev,) = _mobilized(text)
    assert ev.sub_event_type == BASE
    assert "Turkey" in name_of(ev.actor1)


def test_base_set_up_told_in_a_relative_clause_is_no_event():
    # the clause describes the coalition; the report tells what it does now
    text = "ويساعد التحالف الذي أقام عدة قواعد عسكرية في شمال سوريا قوات سوريا الديمقراطية في دير الزور ."
    assert _mobilized(text) == []


def test_base_set_up_decades_ago_is_history():
    text = "وقال إن الروس كانوا موجودين في سورية , وأقاموا قاعدة بحرية في طرطوس منذ عشرات السنين ."
    assert _mobilized(text) == []


def test_figurative_base_built_by_talks_is_no_event():
    text = "وأكد الوزير أن اجتماعات اللجنة المشتركة في دمشق شيدت قاعدة صلبة من التعاون الاقتصادي ."
    assert _mobilized(text) == []


def test_permanent_presence_founded_is_a_base_established():
    text = "وقال وزير الدفاع الروسي أمس الثلاثاء إن روسيا بدأت التأسيس لوجود عسكري دائم لها في قاعدة طرطوس ."
    (ev,) = _mobilized(text)
    assert ev.sub_event_type == BASE
    assert name_of(ev.location) == "Tartus"


def test_presence_only_named_is_no_event():
    text = "وقال المحلل إن الوجود العسكري الروسي في قاعدة طرطوس بات أمرا واقعا منذ سنوات ."
    assert _mobilized(text) == []


# --- troops brought in or sent ---

def test_fighters_brought_in_are_mobilized():
    text = "واستقدم تنظيم داعش خلال الأيام الثلاثة الأخيرة من العراق نحو ألف مقاتل إلى ريف دير الزور الشرقي ."
    (ev,) = _mobilized(text)
    assert name_of(ev.actor1) == "IS: Islamic State"


def test_an_aircraft_carrier_brought_in_for_a_campaign_is_no_troop_mobilization():
    # what is brought is no troop or arms word of the frame
    text = "واستقدمت روسيا من أجل المعركة حاملة طائراتها الوحيدة إلى السواحل السورية ."
    assert _mobilized(text) == []


def test_battalion_sent_to_a_city_is_mobilized():
    text = "وأرسلت روسيا يوم الجمعة كتيبة من الشرطة العسكرية إلى مدينة حلب لحفظ الأمن ."
    (ev,) = _mobilized(text)
    assert name_of(ev.location) == "Aleppo"


def test_secret_letters_sent_are_no_mobilization():
    # سرية "secret" is spelt as سرية "a company": no unit word of the frame
    text = "وأرسلت الحكومة رسائل سرية وعلنية إلى موسكو بضرورة إبعاد المقاتلين عن الحدود ."
    assert _mobilized(text) == []


# --- where forces stand is no massing ---

def test_places_where_forces_are_stationed_are_no_massing():
    text = "وقصفت فصائل المعارضة بالمدفعية أماكن تمركز قوات النظام في ريف حماة الشمالي يوم الأحد ."
    assert _mobilized(text) == []


def test_forces_taking_position_are_massing():
    text = "وتمركزت قوات الشرطة العراقية يوم الأحد في قاعدة القيارة جنوب الموصل ."
    assert _mobilized(text)


# --- the owner of what a strike hits is the side attacked ---

def _strike(text: str):
    (ev,) = events_of(text, "ASSAULT", require=True, published="2017-10-20")
    return ev


def test_owner_of_targets_is_attacked_not_attacker():
    ev = _strike("واستهدفت الطائرات الحربية يوم الأحد أهدافا لتنظيم داعش في ريف دير الزور الشرقي .")
    assert "Islamic State" not in name_of(ev.actor1)
    assert name_of(ev.actor2) == "IS: Islamic State"
    assert any(e.rule == "actor:target-owner" for e in ev.evidence if e.field == "actor2")


def test_owner_of_stationing_places_is_attacked_not_attacker():
    ev = _strike("وقصفت المدفعية يوم الأحد أماكن تمركز قوات النظام في ريف حماة الشمالي .")
    assert "Syria" not in name_of(ev.actor1)
    assert "Military Forces of Syria" in name_of(ev.actor2)


def test_attacker_named_after_the_verb_stays_the_attacker():
    # no target noun stands before the actor: it is the verb's subject
    ev = _strike("واستهدفت قوات النظام يوم الأحد بلدة اللطامنة في ريف حماة الشمالي بالمدفعية .")
    assert "Military Forces of Syria" in name_of(ev.actor1)


def test_owner_of_observation_points_set_up_is_who_set_them_up():
    text = "وأقامت القوات التركية يوم الأحد نقاط مراقبة جديدة في ريف إدلب الجنوبي ."
    (ev,) = _mobilized(text)
    assert "Turkey" in name_of(ev.actor1)
