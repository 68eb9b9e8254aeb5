"""Who was struck, session 24 (ACTOR2_24, 28 Nov): events with no actor2 where the report names the
side the act was done to.

Four mechanisms, each found reading the dev gold's "actor2 … system None" rows:

- a capture or attack told with the fight it came out of ("سيطرت القوات … على القرية , بعد معارك
  مع فصائل المعارضة") has the side named after that fight's مع as actor2
  (``actor:fought-in-the-act``; roles_fights.yaml ``fight_kinds``, ``fight_openers``,
  ``fight_with_ba``), never a fight told as another item of a list;
- an actor after مع of alliance ("بالتعاون مع القوات الرديفة") is the act's ally, never the side
  fought (roles_fights.yaml ``allied_with``);
- a capture by a named side whose sentence says another side left or was driven out ("وطرد مسلحي
  داعش منها") has that side as actor2 (``actor:driven-out-of-the-place``), never actor1's own;
- the dual of a target noun ("مركزين قياديين لداعش") names the side struck as the owner of what
  was hit (``actor:target-owner``; roles_owners.yaml ``target_nouns``).

Sentences are written for these tests in the style of the reports; each case a rule must change
has a close case it must leave alone.
"""

from __future__ import annotations

import rasd
from tests.helpers import name_of, rules_of

FOUGHT = "actor:fought-in-the-act"
EXPELLED = "actor:driven-out-of-the-place"
SYRIA = "Military Forces of Syria (2000-2024)"
OPPOSITION = "Opposition Rebels (Syria)"
IS = "IS: Islamic State"
SDF = "SDF: Syrian Democratic Forces"
HEZBOLLAH = "Hezbollah"
RUSSIA_AIR = "Military Forces of Russia (2000-) Air Force"


def _events(text: str, plover: str = "ASSAULT"):
    return [e for e in rasd.extract(text, published="2017-03-02").events if e.plover == plover]


def _span(ev, field: str) -> str:
    return next(x.text for x in ev.evidence if x.field == field)


def test_a_capture_after_battles_with_a_side_was_fought_against_it():
    text = ("سيطرت القوات السورية النظامية , صباح اليوم , على قرية الجميمة في ريف حلب الجنوبي , بعد "
            "معارك مع فصائل المعارضة المتواجدة في القرية .")
    (ev,) = {e.sentence_start: e for e in _events(text)}.values()
    assert name_of(ev.actor1) == SYRIA
    assert name_of(ev.actor2) == OPPOSITION
    assert FOUGHT in rules_of(ev, "actor2")
    assert _span(ev, "actor2") == "فصائل المعارضة"


def test_a_capture_amid_clashes_with_a_side_in_quotes_was_fought_against_it():
    text = ("سيطر ثوار الغوطة الشرقية , أمس الثلاثاء , على عدة نقاط بمدينة حرستا , وسط اشتباكات عنيفة "
            "مع \" قوات الأسد \" .")
    assert any(name_of(e.actor2) == SYRIA and FOUGHT in rules_of(e, "actor2") for e in _events(text))


def test_a_fight_told_as_another_item_of_a_toll_is_not_the_shellings_side():
    text = ("وفي العاصمة دمشق وريفها قضى ( 16 ) شخصا , منهم ( 9 ) جراء القصف على بلدات بقين ومضايا , "
            "و ( 4 ) في الاشتباكات مع قوات النظام .")
    assert not any(FOUGHT in rules_of(e, "actor2") for e in _events(text))


def test_an_ally_after_bil_taawun_maa_is_no_side_fought():
    text = "سيطرت قوات النظام بالتعاون مع حزب الله على بلدة القصير بريف حمص ."
    (ev,) = _events(text)
    assert name_of(ev.actor1) == SYRIA
    assert name_of(ev.actor2) != HEZBOLLAH


def test_a_side_after_maa_of_a_clash_is_still_the_side_fought():
    (ev,) = _events("اندلعت اشتباكات عنيفة مع حزب الله في جرود عرسال .")
    assert name_of(ev.actor2) == HEZBOLLAH


def test_a_capture_whose_sentence_says_a_side_was_driven_out_lost_it():
    text = "أعلنت قوات سوريا الديمقراطية أنها سيطرت على ثلاث قرى قرب مدينة منبج وطرد مسلحي داعش منها ."
    ev = next(e for e in _events(text) if name_of(e.actor1) == SDF)
    assert name_of(ev.actor2) == IS
    assert EXPELLED in rules_of(ev, "actor2")


def test_a_captors_own_forces_withdrawn_are_no_loser():
    text = "سيطرت قوات النظام على بلدة خناصر بعد انسحاب قواتها منها ."
    (ev,) = _events(text)
    assert name_of(ev.actor1) == SYRIA
    assert EXPELLED not in rules_of(ev, "actor2")


def test_the_owner_of_two_headquarters_destroyed_was_struck():
    text = "أشار المتحدث إلى قيام طائرات روسية بتدمير مركزين قياديين لداعش قرب دير الزور ."
    (ev,) = _events(text)
    assert name_of(ev.actor1) == RUSSIA_AIR
    assert name_of(ev.actor2) == IS
    assert "actor:target-owner" in rules_of(ev, "actor2")


def test_a_side_driven_out_in_another_clause_is_no_loser_of_this_capture():
    text = ("كما عرض تنظيم \" الدولة \" صورا لقاعدة روسية في مدينة تدمر التي استعاد السيطرة عليها بعد "
            "ثمانية أشهر من طردهم منها , وتمكن نظام الأسد من طرد التنظيم من تدمر في شهر شباط الماضي .")
    assert not any(EXPELLED in rules_of(e, "actor2") for e in _events(text))
