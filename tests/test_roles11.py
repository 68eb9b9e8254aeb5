"""Actor roles, session 11 (ROLES11, 26 Nov).

Sentences are written for these tests in the style of the reports; each rule has a case it
must change and a close case it must leave alone. Spans come from the real stages.
"""

from __future__ import annotations

from tests.helpers import events_of, name_of

# --- the bare army: the army of the country the report is on ---

def test_bare_army_in_a_report_on_syria_is_the_syrian_army():
    text = "واستعاد الجيش صباح اليوم السيطرة على قرية الزارة في ريف حماة الجنوبي بعد معارك."
    evs = events_of(text, "ASSAULT", require=True, doc_id="roles11-test")
    assert any("Military Forces of Syria" in name_of(ev.actor1) for ev in evs)


def test_bare_army_units_shell_a_town():
    # the head noun "وحدات" joins the bare army: the units are the army's, the verb's subject
    # (without it the army is read as acted upon, actor2; REVIEW11 F12)
    text = ("استهدفت وحدات الجيش بالمدفعية الثقيلة مواقع المسلحين في بلدة اللطامنة بريف حماة "
            "الشمالي.")
    (ev,) = events_of(text, "ASSAULT", require=True, doc_id="roles11-test")
    assert "Military Forces of Syria" in name_of(ev.actor1)
    assert "Military Forces of Syria" not in name_of(ev.actor2)


def test_army_with_a_demonym_the_kb_lacks_is_not_syrias():
    text = "قتل جنديان من الجيش الباكستاني في هجوم على نقطة تفتيش في مدينة كويتا أمس."
    for ev in events_of(text, "ASSAULT", require=True, doc_id="roles11-test"):
        assert "Syria" not in name_of(ev.actor1) and "Syria" not in name_of(ev.actor2)


def test_army_with_an_ordinal_is_a_formations_name():
    text = "قصف الجيش الأول بالصواريخ مواقع قوات النظام في بلدة الشيخ مسكين بريف درعا."
    (ev,) = events_of(text, "ASSAULT", require=True, doc_id="roles11-test")
    assert "Syria" not in name_of(ev.actor1)


def test_named_army_keeps_its_own_name():
    text = "سيطر الجيش الحر على قرية الزارة في ريف حماة الجنوبي بعد معارك مع قوات النظام."
    evs = events_of(text, "ASSAULT", require=True, doc_id="roles11-test")
    assert any(name_of(ev.actor1) == "Free Syrian Army" for ev in evs)


# --- the downed aircraft's owner after an affiliation word is acted upon ---

def test_downed_aircraft_owned_through_affiliation_is_actor2():
    text = ("أعلنت فصائل المعارضة أمس إسقاط طائرة حربية تابعة لقوات النظام قرب بلدة "
            "كفرزيتا بريف حماة الشمالي.")
    (ev,) = events_of(text, "ASSAULT", require=True, doc_id="roles11-test")
    assert "Military Forces of Syria" in name_of(ev.actor2)
    assert "Military Forces of Syria" not in name_of(ev.actor1)


def test_aircraft_owned_through_affiliation_that_strikes_is_actor1():
    text = "قصفت طائرة حربية تابعة لقوات النظام صباح اليوم بلدة كفرنبل في ريف إدلب الجنوبي."
    (ev,) = events_of(text, "ASSAULT", require=True, doc_id="roles11-test")
    assert "Military Forces of Syria" in name_of(ev.actor1)


# --- warships and the state adjective of a military target ---

def test_submarine_with_a_state_adjective_fired_the_missiles():
    text = ("أعلن مصدر عسكري أن غواصة روسية أطلقت أمس أربعة صواريخ مجنحة من البحر المتوسط على "
            "مواقع لتنظيم داعش قرب مدينة الميادين.")
    evs = events_of(text, "ASSAULT", require=True, doc_id="roles11-test")
    assert any("Military Forces of Russia" in name_of(ev.actor1) for ev in evs)


def test_military_site_with_a_state_adjective_is_that_states():
    text = "قصفت طائرات إسرائيلية فجر اليوم مواقع عسكرية إيرانية قرب مطار الضمير شرق دمشق."
    (ev,) = events_of(text, "ASSAULT", require=True, doc_id="roles11-test")
    assert "Military Forces of Iran" in name_of(ev.actor2)


def test_military_site_with_no_adjective_keeps_the_struck_state():
    text = "قصفت طائرات إسرائيلية فجر اليوم مواقع عسكرية قرب مطار الضمير شرق دمشق."
    (ev,) = events_of(text, "ASSAULT", require=True, doc_id="roles11-test")
    assert "Military Forces of Syria" in name_of(ev.actor2)


def test_bare_air_force_in_an_item_placed_in_egypt_is_egypts():
    text = ("قصف الطيران الروسي مدينة إدلب أمس. شنت القوات الجوية صباح اليوم غارات عنيفة على "
            "مواقع المسلحين في مدينة الشيخ زويد بشمال سيناء.")
    evs = [ev for ev in events_of(text, "ASSAULT", require=True, doc_id="roles11-test") if "Zuweid" in str((ev.location or {}).get("name"))]
    assert evs and all("Syria" not in name_of(ev.actor1) for ev in evs)
    assert any("Egypt" in name_of(ev.actor1) for ev in evs)


def test_bare_army_in_a_report_on_israel_is_not_syrias():
    text = ("قال الجيش الإسرائيلي إن جنوده اعتقلوا ثلاثة فلسطينيين في الضفة الغربية. وقالت "
            "الشرطة الإسرائيلية إن مستوطنين إسرائيليين هاجموا قرية فلسطينية. وأضاف الجيش أنه "
            "اعتقل الليلة الماضية شابين فلسطينيين بتهمة إلقاء الحجارة على الجنود الإسرائيليين.")
    for ev in events_of(text, "COERCE", doc_id="roles11-test"):
        assert "Syria" not in name_of(ev.actor1)


# --- a light verb far before its object, its subject carrying a relative clause ---

def test_light_verb_subject_with_a_relative_clause_attacked():
    text = ("شنت قوات سوريا الديمقراطية التي تضم فصائل عربية وكردية بشكل رئيسي , هجوما واسعا "
            "على قرية الكرامة شرق مدينة الرقة صباح اليوم.")
    (ev,) = events_of(text, "ASSAULT", require=True, doc_id="roles11-test")
    assert "Syrian Democratic Forces" in name_of(ev.actor1)


def test_far_light_verb_cut_by_a_clause_opener_gives_nothing():
    text = ("شنت قوات سوريا الديمقراطية غارات على مواقع قرب الطبقة منذ أيام عدة , بينما بقيت "
            "قرية الكرامة شرق الرقة هدفا لعمليات متفرقة , وسجلت صباح اليوم هجوما على القرية.")
    for ev in events_of(text, "ASSAULT", require=True, doc_id="roles11-test"):
        if "Karam" in str((ev.location or {}).get("name")) and ev.trigger.startswith("هجوم"):
            assert "Syrian Democratic Forces" not in name_of(ev.actor1)


def test_forces_of_a_named_army_keep_its_name():
    text = ("وشهدت مدينة إدلب انتشار العديد من قوات الجيش التركي لتأمين المنطقة وفرض السيطرة "
            "عليها بعد انسحاب الفصائل.")
    for ev in events_of(text, doc_id="roles11-test"):
        assert "Syria" not in name_of(ev.actor1)
    assert any("Turkey" in name_of(ev.actor1) for ev in events_of(text, doc_id="roles11-test"))
