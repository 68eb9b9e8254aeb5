"""Actor roles, second set (session of 26 Nov): passives read from a missing object, judges of
an attack, the second side of "بين ... و", a verbal noun carrying its agent's pronoun.

Sentences are written for these tests; each rule has a case it must change and a close case it
must leave alone. Spans come from the real stages (see test_events_roles.py).
"""

from __future__ import annotations

import pytest

from tests.helpers import events_of, name_of


def _events(text: str, plover: str) -> list:
    return events_of(text, plover, require=True, doc_id="roles2-test")


# --- a perfect verb with no object after it is a passive: the person underwent it ---

@pytest.mark.parametrize("text,plover,state", [
    ("جندي أمريكي اعتقل في مدينة الموصل يوم الأحد.", "COERCE", "United States"),  # SVO
    ("اعتقل جندي أمريكي في مدينة الموصل يوم الأحد.", "COERCE", "United States"),  # VSO
    ("جنديان تركيان قتلا في هجوم بمدينة عفرين يوم الأحد.", "ASSAULT", "Turkey"),  # dual
    ("قيادي في حزب الله اغتيل في دمشق يوم الأحد.", "ASSAULT", "Hezbollah"),  # partitive head
])
def test_person_with_no_object_after_the_verb_underwent_it(text, plover, state):
    (ev,) = _events(text, plover)
    assert ev.actor1 is None
    assert state in name_of(ev.actor2)


@pytest.mark.parametrize("text,plover,state", [
    ("الشرطة التركية اعتقلت رجلا في مدينة أنقرة يوم الأحد.", "COERCE", "Turkey"),  # an object follows
    ("استهدفت قوات النظام في مدينة درعا ناشطا يوم الأحد.", "ASSAULT", "Syria"),  # forces, not a person
    ("مسلحون اختطفوا صحفيا في مدينة أربيل يوم الأحد.", "ASSAULT", "Unidentified"),  # gunmen act
])
def test_institution_or_verb_with_an_object_stays_active(text, plover, state):
    (ev,) = _events(text, plover)
    assert state in name_of(ev.actor1)


def test_passive_keeps_the_agent_a_marker_names():
    (ev,) = _events("جنديان تركيان قتلا على يد داعش في مدينة الباب يوم الأحد.", "ASSAULT")
    assert "Islamic State" in name_of(ev.actor1) and "Turkey" in name_of(ev.actor2)


# --- a verb of judging: its subject did not carry out the attack it condemns ---

def test_who_condemns_an_attack_is_not_its_agent():
    (ev,) = _events("في بيان منسوب إلى المتحدث باسمه، أدان الأمين العام للأمم المتحدة الهجوم الذي وقع أمس "
                    "على مخيم قرب مطار دمشق الدولي، والذي أسفر عن مقتل 12 من السكان.", "ASSAULT")
    assert ev.actor1 is None


def test_who_launched_an_attack_before_the_noun_stays_its_agent():
    (ev,) = _events("شن الاتحاد الأوروبي الهجوم على مخيم في مدينة حلب وأسفر عن مقتل 26 شخصا.", "ASSAULT")
    assert "European Union" in name_of(ev.actor1)


# --- "بين X ... من جانب، وY": the second side is the one joined by و ---

def test_second_side_of_a_clash_is_the_one_joined_by_wa():
    (ev,) = _events("اندلعت اشتباكات عنيفة في مدينة البوكمال يوم الأحد بين قوات النظام المدعومة بمسلحين "
                    "موالين لها من جانب، وعناصر تنظيم داعش من جانب آخر.", "ASSAULT")
    assert "Syria" in name_of(ev.actor1) and "Islamic State" in name_of(ev.actor2)


def test_two_sides_without_a_supporter_between():
    (ev,) = _events("اندلعت اشتباكات عنيفة في مدينة البوكمال يوم الأحد بين قوات النظام وتنظيم داعش.", "ASSAULT")
    assert "Syria" in name_of(ev.actor1) and "Islamic State" in name_of(ev.actor2)


# --- a verbal noun with a possessive pronoun: the actor after it is its object ---

def test_actor_after_a_detention_noun_with_a_pronoun_is_detained():
    (ev,) = _events("أدانت رئيسة بعثة الأمم المتحدة تصرفات المتمردين لاحتجازهم موظفي الأمم المتحدة في "
                    "مدينة جوبا يوم الأحد.", "COERCE")
    assert ev.actor1 is None and "United Nations" in name_of(ev.actor2)


def test_agent_with_lam_after_a_detention_noun_without_pronoun_acts():
    (ev,) = _events("اعتقال الشرطة التركية لرجل في مدينة أنقرة يوم الأحد.", "COERCE")
    assert "Turkey" in name_of(ev.actor1)


# --- "غارة للتحالف": an actor with ل after an attack noun (and one nisba adjective) owns it ---

@pytest.mark.parametrize("text,attacker", [
    ("قتل أكثر من 30 مدنيا في غارة للتحالف الدولي على مدرسة في مدينة الرقة يوم الأحد.", "Coalition"),
    ("جرح أربعة عناصر من قسد يوم السبت بقصف مدفعي للجيش السوري الحر على مواقعهم في مدينة منبج.",
     "Free Syrian Army"),
])
def test_actor_with_lam_after_an_attack_noun_owns_the_attack(text, attacker):
    evs = _events(text, "ASSAULT")
    assert any(attacker in name_of(e.actor1) for e in evs)
    assert not any(attacker in name_of(e.actor2) for e in evs)


def test_actor_with_lam_after_positions_is_not_the_attacker():
    # "بقصف مواقع للجيش الحر": the positions are the army's, a noun (not an adjective) stands between
    evs = _events("جرح أربعة عناصر من قسد يوم السبت بقصف مواقع للجيش السوري الحر في مدينة منبج.", "ASSAULT")
    assert not any("Free Syrian Army" in name_of(e.actor1) for e in evs)


# --- "شنتها على الأرجح طائرات روسية": a hedge after على marks no target ---

def test_hedge_after_ala_is_no_target_marker():
    evs = _events("قتل 16 مدنيا بغارات جوية شنتها على الأرجح طائرات روسية على مدينة دير الزور يوم الأحد.",
                  "ASSAULT")
    assert any("Russia" in name_of(e.actor1) for e in evs)
    assert not any("Russia" in name_of(e.actor2) for e in evs)


# --- "التقى نظيره السوري": the counterpart is the other party ---

def test_counterpart_after_a_meeting_verb_is_the_other_party():
    (ev,) = _events("زار الرئيس الروسي فلاديمير بوتين قاعدة حميميم يوم الأحد، حيث التقى نظيره السوري بشار "
                    "الأسد.", "CONSULT")
    assert "Syria" not in name_of(ev.actor1) and "Syria" in name_of(ev.actor2)


def test_subject_before_the_counterpart_stays_actor1():
    (ev,) = _events("التقى الرئيس الروسي فلاديمير بوتين نظيره السوري بشار الأسد في قاعدة حميميم يوم الأحد.",
                    "CONSULT")
    assert "Russia" in name_of(ev.actor1) and "Syria" in name_of(ev.actor2)


# --- "استهدفت مدفعية النظام سقبا": the verb is no target marker for the owner of its weapon ---

def test_owner_of_the_weapon_after_the_verb_is_the_attacker():
    (ev,) = _events("استهدفت مدفعية النظام بلدة سقبا يوم الأحد، ما أسفر عن مقتل شخص.", "ASSAULT")
    # (the person killed makes actor2 the civilians struck: ACTOR2_14)
    assert "Military Forces of Syria" in name_of(ev.actor1) and "Military" not in name_of(ev.actor2)


def test_owner_of_a_target_after_the_verb_stays_the_target():
    (ev,) = _events("استهدف الطيران الحربي رتلا للنظام في مدينة حماة يوم الأحد.", "ASSAULT")
    assert "Syria" not in name_of(ev.actor1) and "Syria" in name_of(ev.actor2)


# --- the phrase of an actor: group word, member word, partitive ---

def test_gunmen_of_a_group_named_after_a_group_word_are_the_group():
    (ev,) = _events("قتل اثنان من رجال الأمن الأتراك يوم الاثنين إثر تفجير عبوة ناسفة نفذه مسلحون من منظمة "
                    "حزب العمال الكردستاني في مدينة ماردين.", "ASSAULT")
    assert "PKK" in name_of(ev.actor1)


def test_gunmen_without_a_group_stay_unidentified_attackers():
    (ev,) = _events("قتل اثنان من رجال الأمن الأتراك يوم الاثنين إثر تفجير عبوة ناسفة نفذه مسلحون مجهولون "
                    "في مدينة ماردين.", "ASSAULT")
    assert "Unidentified" in name_of(ev.actor1)


def test_resumptive_verb_with_a_dual_pronoun_names_the_attacker():
    (ev,) = _events("قتل جندي تركي يوم الاثنين في هجومين نفذهما عناصر من حزب العمال الكردستاني في مدينة "
                    "تونجلي.", "ASSAULT")
    assert "PKK" in name_of(ev.actor1) and "Turkey" in name_of(ev.actor2)


def test_partitive_of_members_after_the_verb_is_its_object():
    (ev,) = _events("أعلنت مصادر عسكرية تركية يوم الخميس أن طائرات مقاتلات استهدفت مجموعة من عناصر منظمة "
                    "حزب العمال الكردستاني في منطقة حفتانين شمالي العراق.", "ASSAULT")
    assert "PKK" in name_of(ev.actor2) and "PKK" not in name_of(ev.actor1)


def test_owner_of_a_car_bomb_with_lam_is_the_attacker():
    evs = _events("قتل أكثر من مئة شخص جراء تفجير سيارة ملغمة لتنظيم داعش استهدفت تجمعا للنازحين في مدينة "
                  "الميادين يوم الأحد.", "ASSAULT")
    assert any("Islamic State" in name_of(e.actor1) for e in evs)
    assert not any("Islamic State" in name_of(e.actor2) for e in evs)


def test_passive_request_of_a_ministry_asks_it():
    (ev,) = _events("وعندما طلب من متحدثة باسم وزارة الخارجية الروسية التعقيب يوم الأحد رفضت.", "REQUEST")
    assert ev.actor1 is None and "Russia" in name_of(ev.actor2)


def test_request_with_a_subject_keeps_it():
    (ev,) = _events("طلبت وزارة الخارجية الروسية من تركيا التعقيب يوم الأحد.", "REQUEST")
    assert "Russia" in name_of(ev.actor1)


# --- "X التابعة / الموالية لـ Y": what Y owns is the noun right before, not the clause's subject ---

def test_positions_belonging_to_an_army_make_it_the_target():
    (ev,) = _events("استهدفت الطائرات مواقع تابعة للجيش السوري في مدينة حضر يوم الأحد.", "ASSAULT")
    assert "Syria" not in name_of(ev.actor1) and "Syria" in name_of(ev.actor2)


def test_forces_loyal_to_an_army_do_not_make_it_the_target():
    evs = _events("وبعد اشتباكات استمرت بضع ساعات قامت القوات الموالية للجيش السوري بصد المتمردين في مدينة "
                  "حضر يوم الأحد.", "ASSAULT")
    assert not any("Syria" in name_of(e.actor2) for e in evs)


# --- "على أيدي"، "بنيران"، "برصاص": the actor after them did the killing ---

@pytest.mark.parametrize("text,killer,victim", [
    ("قتل ثلاثة مدنيين على أيدي قوات النظام في مدينة حلب يوم الأحد.", "Syria", "Civilians"),
    ("قتل مسؤول في هيئة تحرير الشام في مدينة حلب يوم الأحد بنيران مسلحين مجهولين.", "Unidentified",
     "Hayat Tahrir"),
])
def test_actor_after_at_the_hands_of_or_by_the_fire_of_is_the_killer(text, killer, victim):
    evs = _events(text, "ASSAULT")
    assert any(killer in name_of(e.actor1) and victim in name_of(e.actor2) for e in evs)


def test_actor_after_a_cause_noun_is_not_made_the_killer_by_these_words():
    # "جراء قصف": the cause noun names no agent word; the named one after the toll is the victim
    evs = _events("قتل ثلاثة عناصر من قوات النظام في مدينة حلب يوم الأحد.", "ASSAULT")
    assert not any("Syria" in name_of(e.actor1) for e in evs)


# --- a backer of a party (المدعومة تركيا) is no party; the aviation of the regime is the regime ---

def test_backer_of_the_attacker_is_no_party():
    (ev,) = _events("قصفت فصائل الجيش الحر المدعومة تركيا قرية ديكماداش في ناحية شران يوم الأحد.", "ASSAULT")
    assert "Free Syrian Army" in name_of(ev.actor1) and ev.actor2 is None


def test_named_target_after_the_attacker_stays_a_target():
    (ev,) = _events("قصفت فصائل الجيش الحر مواقع تركيا في ناحية شران يوم الأحد.", "ASSAULT")
    assert "Turkey" in name_of(ev.actor2)


def test_aviation_of_the_regime_with_a_definite_adjective_is_the_regime():
    (ev,) = _events("وشن الطيران الحربي للنظام غارات على مدينة دوما يوم الأحد.", "ASSAULT")
    assert "Syria" in name_of(ev.actor1) and ev.actor2 is None


# --- "قال X، إنه اتفق": the speaker says he did it ---

def test_speaker_who_says_he_agreed_is_actor1():
    (ev,) = _events("قال الرئيس المصري عبد الفتاح السيسي، إنه اتفق مع نظيره الروسي فلاديمير بوتين على تعزيز "
                    "التعاون يوم الأحد.", "AGREE")
    assert "Egypt" in name_of(ev.actor1) and "Russia" in name_of(ev.actor2)


def test_speaker_of_a_bare_complementizer_is_not_actor1():
    (ev,) = _events("قال الرئيس المصري عبد الفتاح السيسي، إن روسيا اتفقت مع تركيا على تعزيز التعاون يوم "
                    "الأحد.", "AGREE")
    assert "Russia" in name_of(ev.actor1) and "Turkey" in name_of(ev.actor2)


def test_hands_without_ala_name_no_killer():
    (ev,) = _events("وقعت محاولة اغتيال عبد الناصر في القاهرة يوم الأحد ولم تكن بعيدة عن أيدي المخابرات "
                    "البريطانية.", "ASSAULT")
    assert ev.actor1 is None


def test_places_held_by_a_group_do_not_make_it_the_attacker():
    # "بأيدي داعش": held by IS, who did not carry out the raids
    evs = _events("نزح آلاف المدنيين يوم السبت هربا من الغارات السورية الكثيفة المواكبة لهجوم تشنه قوات "
                  "النظام للسيطرة على مناطق بأيدي داعش في ريف حلب.", "ASSAULT")
    assert not any("Islamic State" in name_of(e.actor1) for e in evs)


# --- a verb in the plural has its subject before it: the actor after it is its object ---

def test_actor_after_a_plural_verb_is_its_object():
    (ev,) = _events("استهدفوا قوات النظام في مدينة درعا يوم السبت.", "ASSAULT")
    assert ev.actor1 is None and "Syria" in name_of(ev.actor2)


def test_actor_after_a_singular_verb_stays_its_subject():
    (ev,) = _events("استهدفت قوات النظام مواقع قسد في مدينة درعا يوم السبت.", "ASSAULT")
    assert "Syria" in name_of(ev.actor1) and "SDF" in name_of(ev.actor2)
