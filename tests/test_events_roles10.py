"""Actor roles, session 10 (26 Nov): the air arm owned by a state, the downed aircraft's owner,
the forces of the state an enemy state strikes.

Sentences are written for these tests in the style of the reports; each rule has a case it
must change and a close case it must leave alone. Spans come from the real stages.
"""

from __future__ import annotations

from tests.helpers import events_of, name_of


def _events(text: str, plover: str = "ASSAULT") -> list:
    return events_of(text, plover, require=True, doc_id="roles10-test")


def _rules(ev, field: str) -> list[str]:
    return [x.rule for x in ev.evidence if x.field == field]


# --- "X التابع لـ Y": Y flew the raid when X is an air arm ---

def test_air_force_owned_by_the_army_did_the_raid():
    text = ("قتل خمسة مدنيين مساء أمس جراء غارات شنها الطيران الحربي التابع للجيش السوري "
            "على بلدة كفرنبل بريف إدلب.")
    (ev,) = _events(text)
    assert "Military Forces of Syria" in name_of(ev.actor1)
    assert "Civilians" in name_of(ev.actor2)


def test_helicopters_owned_by_the_regime_did_the_strike():
    text = "أصيب ثلاثة مدنيين جراء استهداف الطيران المروحي التابع للنظام بلدة اللطامنة بالبراميل المتفجرة."
    (ev,) = _events(text)
    assert "Military Forces of Syria" in name_of(ev.actor1)


def test_positions_owned_by_the_regime_stay_the_target():
    text = "قصفت الطائرات الروسية مواقع تابعة للنظام عن طريق الخطأ قرب مدينة دير الزور أمس."
    (ev,) = _events(text)
    assert "Russia" in name_of(ev.actor1)
    assert "Military Forces of Syria" in name_of(ev.actor2)


# --- an interception brings down the other side's aircraft ---

def test_owner_of_the_downed_warplane_after_lam_is_actor2():
    text = "أعلن فصيل جيش العزة إسقاط طائرة حربية للنظام في ريف حماة الشمالي أمس."
    (ev,) = _events(text)
    assert "Military Forces of Syria" in name_of(ev.actor2)
    assert "Military Forces of Syria" not in name_of(ev.actor1)


def test_state_adjective_of_the_downed_drone_is_actor2():
    text = "أعلن الجيش الإسرائيلي إسقاط طائرة سورية مسيرة فوق الجولان أمس السبت."
    (ev,) = _events(text)
    assert "Israel" in name_of(ev.actor1)
    assert "Military Forces of Syria" in name_of(ev.actor2)
    assert "actor:owner-of-the-downed-aircraft" in _rules(ev, "actor2")


def test_shooter_named_as_subject_keeps_actor1():
    text = "أسقطت الدفاعات الجوية السورية طائرة إسرائيلية مسيرة في ريف القنيطرة أمس."
    (ev,) = _events(text)
    assert "Military Forces of Syria" in name_of(ev.actor1)
    assert "Israel" in name_of(ev.actor2)


# --- a strike by a state on the state whose forces are the only ones it strikes there ---

def test_israeli_raid_on_a_syrian_airbase_hits_the_syrian_forces():
    text = "قصفت طائرات إسرائيلية مطار المزة العسكري قرب دمشق فجر اليوم."
    (ev,) = _events(text)
    assert "Israel" in name_of(ev.actor1)
    assert "Military Forces of Syria" in name_of(ev.actor2)
    assert "actor:forces-of-the-struck-state" in _rules(ev, "actor2")


def test_israeli_raid_on_named_group_keeps_the_group():
    text = "شنت طائرات إسرائيلية غارات على مواقع لحزب الله في ريف القصير أمس."
    (ev,) = _events(text)
    assert "Hezbollah" in name_of(ev.actor2)


def test_israeli_raid_outside_syria_names_no_syrian_forces():
    text = "شنت طائرات إسرائيلية غارات على مواقع في جنوب لبنان أمس."
    (ev,) = _events(text)
    assert "Syria" not in name_of(ev.actor2)


def test_russian_raid_on_a_syrian_airbase_is_no_attack_on_the_army():
    text = "قصفت الطائرات الروسية مطار الطبقة العسكري في ريف الرقة أمس."
    (ev,) = _events(text)
    assert "Syria" not in name_of(ev.actor2)


# --- "نسبت إلى X": the one an attack is attributed to did it ---

def test_car_bomb_attributed_to_a_group_names_its_agent():
    text = "قتل 26 شخصا في انفجار سيارة مفخخة نسبت إلى تنظيم الدولة الإسلامية في مدينة الميادين أمس."
    (ev,) = _events(text)
    assert "IS" in name_of(ev.actor1)
    assert "IS" not in name_of(ev.actor2)


def test_strike_toward_a_group_keeps_it_the_target():
    text = "قصفت الطائرات الحربية الروسية مواقع تابعة إلى تنظيم داعش في بادية الميادين أمس."
    (ev,) = _events(text)
    assert "IS" not in name_of(ev.actor1)


# --- a weapon only one side uses names that side ---

def test_barrel_bombs_in_syria_are_the_regime_air_force():
    text = "قتل ثلاثة مدنيين جراء غارات بالبراميل المتفجرة على مدينة داعل بريف درعا أمس."
    (ev,) = _events(text)
    assert "Military Forces of Syria" in name_of(ev.actor1)
    assert "actor:signature-weapon" in _rules(ev, "actor1")


def test_barrel_bombs_do_not_replace_a_named_attacker():
    text = "قصفت طائرات روسية بالبراميل المتفجرة مدينة داعل بريف درعا أمس."
    (ev,) = _events(text)
    assert "Russia" in name_of(ev.actor1)


def test_barrel_bombs_outside_syria_name_no_syrian_forces():
    text = "قتل ثلاثة مدنيين جراء غارات بالبراميل المتفجرة على مدينة الفلوجة في محافظة الأنبار أمس."
    for ev in events_of(text, "ASSAULT", doc_id="roles10-test"):
        assert "Syria" not in name_of(ev.actor1)


# --- the imperfect light verb with the attack's pronoun; more nouns of what a strike hits ---

def test_imperfect_light_verb_after_the_attack_names_its_agent():
    text = "وهذا هو الهجوم الخامس الذي تشنه داعش على بلدة حيط في ريف درعا خلال شهر."
    (ev,) = _events(text)
    assert "IS" in name_of(ev.actor1)


def test_supply_lines_of_a_group_make_it_the_target():
    text = "شنت فصائل الجيش الحر هجمات استهدفت خطوط إمداد داعش في بلدة قباسين أمس."
    (ev,) = _events(text)
    assert "Free Syrian Army" in name_of(ev.actor1)
    assert "IS" in name_of(ev.actor2)


def test_tanks_of_the_regime_still_shoot():
    text = "قصفت دبابات النظام بلدة اللطامنة في ريف حماة أمس."
    (ev,) = _events(text)
    assert "Military Forces of Syria" in name_of(ev.actor1)


# --- "قصف مدفعي من X"; "استهداف X بقذائف ..."; a country named beside towns ---

def test_shelling_from_the_forces_names_its_agent():
    text = "أفاد مركز حمص الإعلامي بحصول قصف مدفعي من قوات النظام السوري على بلدة الغنطو في ريف حمص أمس."
    (ev,) = _events(text)
    assert "Military Forces of Syria" in name_of(ev.actor1)


def test_genitive_of_targeting_with_an_instrument_is_the_agent():
    text = ("قتل مدني وجرح آخرون جراء استهداف النظام السوري بقذائف المدفعية مخيمات للنازحين "
            "في ريف اللاذقية الشمالي أمس.")
    (ev,) = _events(text)
    assert "Military Forces of Syria" in name_of(ev.actor1)
    assert "Military Forces of Syria" not in name_of(ev.actor2)


def test_barrel_bombs_on_villages_named_beside_a_neighbouring_country():
    text = "تعرضت قرى بيت جن وبيت سابر وهي مناطق حدودية مع لبنان أمس للقصف بالبراميل المتفجرة."
    for ev in _events(text):
        assert "Military Forces of Syria" in name_of(ev.actor1)


def test_agent_after_min_belongs_to_its_own_attack_noun():
    text = ("وفي الريف الشمالي تعرضت مدينتا حيان وعندان لقصف مدفعي من قوات النظام المتمركزة في معرستة "
            "الخان وفي الريف الجنوبي تعرضت قرى رملة ومحيط سيالة لعدة غارات جوية من الطيران الحربي الروسي.")
    evs = _events(text)
    assert any(e.sub_event_type == "Air/drone strike" and "Russia" in name_of(e.actor1) for e in evs)
    assert all("Syria" not in name_of(e.actor1) for e in evs if e.sub_event_type == "Air/drone strike")


def test_forces_from_a_unit_is_no_attack_from_it():
    text = "وطالب كيري دول المنطقة بأن تتعاون من أجل طرد مسلحي تنظيم داعش لأنه من غير المقبول بقاؤهم."
    for ev in events_of(text, "REQUEST", doc_id="roles10-test"):
        assert "IS" not in name_of(ev.actor1)


def test_owner_of_positions_counted_in_the_accusative_is_the_target():
    text = ("قالت الوزارة إن المقاتلات الروسية نفذت 20 طلعة ضد 12 موقعا لتنظيم داعش منها غارة على "
            "معسكر في منطقة كفرعويد بريف إدلب.")
    (ev,) = _events(text)
    assert "IS" not in name_of(ev.actor1)
    assert "IS" in name_of(ev.actor2)
