"""Actor roles, session 12 (ROLES12, 26 Nov).

Sentences are written for these tests in the style of the reports; each rule has a case it
must change and a close case it must leave alone. Spans come from the real stages.
"""

from __future__ import annotations

from tests.helpers import events_of, name_of

DOC = "roles12-test"


def _rules(ev) -> dict[str, str]:
    return {e.field: e.rule for e in ev.evidence if e.field in ("actor1", "actor2")}


# --- a verb of waging a fight: its subject is the side that fights ---

def test_subject_of_waging_verb_is_the_fighting_side():
    # the regime's forces stand far from the fight noun (its allies named between): without
    # تخوض as a light verb of the roles no subject is found
    text = "وتخوض القوات النظامية السورية والمجموعات الرديفة لها مواجهات ضارية ضد تنظيم داعش قرب مدينة الميادين."
    (ev,) = events_of(text, "ASSAULT", require=True, doc_id=DOC)
    assert "Military Forces of Syria" in name_of(ev.actor1)
    assert _rules(ev)["actor1"] == "actor:subject-of-light-verb"
    assert name_of(ev.actor2) == "IS: Islamic State"


def test_waging_verb_anchors_no_happening():
    # a career's fights: the verb helps the roles only, it makes no event of the noun
    text = "وقال الضابط الذي خاض أقسى المعارك في صفوف الجيش إن الأطباء عالجوا جراحه خلال سنوات."
    assert not events_of(text, "ASSAULT", doc_id=DOC)


# --- a verb of targeting that opens its clause: the actor right after it is its subject ---

def test_clause_opening_targeting_verb_has_its_subject_after_it():
    text = "وفي ريف حماة الشمالي , استهدفت وحدات من الجيش بالمدفعية الثقيلة تجمعات المسلحين في بلدة اللطامنة."
    (ev,) = events_of(text, "ASSAULT", require=True, doc_id=DOC)
    assert "Military Forces of Syria" in name_of(ev.actor1)
    assert "Military Forces of Syria" not in name_of(ev.actor2)


def test_targeting_verb_after_its_subject_keeps_its_object():
    # قد: the subject stands before the verb, the army's units are what it struck
    text = "وكانت الطائرات الحربية قد استهدفت وحدات من الجيش بالصواريخ في بلدة اللطامنة."
    (ev,) = events_of(text, "ASSAULT", require=True, doc_id=DOC)
    assert "Military Forces of Syria" in name_of(ev.actor2)
    assert ev.actor1 is None


def test_targeting_verb_of_a_relative_clause_keeps_its_object():
    text = "الغارات التي استهدفت قوات النظام في مدينة تدمر أدت إلى مقتل عشرة عناصر."
    evs = events_of(text, "ASSAULT", require=True, doc_id=DOC)
    assert any("Military Forces of Syria" in name_of(ev.actor2) for ev in evs)
    assert not any("Military Forces of Syria" in name_of(ev.actor1) for ev in evs)


# --- the lone party of a meeting or an agreement is its source ---

def test_lone_party_of_a_meeting_is_actor1():
    text = "وأكد وزير الخارجية خلال اجتماعه مع وفد روسي في دمشق أمس أن بلاده ترحب بالمبادرة."
    (ev,) = events_of(text, "CONSULT", require=True, doc_id=DOC)
    assert "Russia" in name_of(ev.actor1)
    assert ev.actor2 is None
    assert _rules(ev)["actor1"].endswith("|lone-party")


def test_meeting_with_both_parties_keeps_its_roles():
    text = "التقى الرئيس الروسي فلاديمير بوتين الرئيس التركي رجب طيب أردوغان في مدينة سوتشي أمس."
    (ev,) = events_of(text, "CONSULT", require=True, doc_id=DOC)
    assert "Russia" in name_of(ev.actor1)
    assert "Turkey" in name_of(ev.actor2)


def test_lone_target_of_an_attack_stays_actor2():
    text = "قتل ثلاثة عناصر من قوات النظام في قصف مدفعي على بلدة اللطامنة بريف حماة أمس."
    evs = events_of(text, "ASSAULT", require=True, doc_id=DOC)
    assert any("Military Forces of Syria" in name_of(ev.actor2) for ev in evs)
    assert not any("Military Forces of Syria" in name_of(ev.actor1) for ev in evs)
