"""The object of a purpose noun after an attack word is the side attacked, never the attack's
agent (roles_frames.yaml ``purpose_nouns``; lead, session 12). Sentences written for these tests."""

from __future__ import annotations

from rasd.api import extract
from tests.helpers import rules_of


def _assaults(text: str) -> list:
    return [e for e in extract(text, published="2017-09-09").events if e.plover == "ASSAULT"]


def _name(actor: dict | None) -> str:
    return (actor or {}).get("name") or ""


def test_the_group_an_attack_is_launched_to_expel_is_its_target() -> None:
    found = _assaults("أعلنت قوات سوريا الديمقراطية أمس بدء هجوم لطرد داعش من ريف دير الزور الشرقي .")
    assert found, "the attack is an event"
    assert "Islamic State" in _name(found[0].actor2) and "Islamic State" not in _name(found[0].actor1)
    assert rules_of(found[0], "actor2") == ["actor:purpose-object"]


def test_the_forces_whose_attempts_a_battle_repels_are_its_target() -> None:
    found = _assaults("وقالت الفصائل إن المعارك مستمرة لصد محاولات قوات النظام التقدم نحو بلدة اللطامنة أمس .")
    assert found and "Syria" in _name(found[0].actor2) and "Syria" not in _name(found[0].actor1)


def test_an_attack_of_a_group_with_no_purpose_noun_keeps_it_as_the_agent() -> None:
    found = _assaults("قتل خمسة جنود في هجوم لتنظيم داعش على حاجز للجيش قرب دير الزور أمس .")
    assert found and "Islamic State" in _name(found[0].actor1)
    assert all(r != "actor:purpose-object" for e in found for r in rules_of(e, "actor2"))
