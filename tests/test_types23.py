"""ACLED typing, TYPES23: an attack told with no weapon word typed by whom it struck; a militia
acting for the host government regains ground for it; air-campaign actors strike from the air;
a suicide belt with a pronoun.

Sentences written for these tests; the whole pipeline runs (confidence filter off: these test
the typing rules, not the learned filter). Each rule has a case it must take and a close case it
must leave."""

from __future__ import annotations

import pytest

import rasd

pytestmark = pytest.mark.usefixtures("no_confidence_filter")  # a rule's test, not the filter's

CLASH = ("Battles", "Armed clash")
ATTACK = ("Violence against civilians", "Attack")
AIR = ("Explosions/Remote violence", "Air/drone strike")
SHELLING = ("Explosions/Remote violence", "Shelling/artillery/missile attack")
SUICIDE = ("Explosions/Remote violence", "Suicide bomb")
IED = ("Explosions/Remote violence", "Remote explosive/landmine/IED")
TAKEN = ("Battles", "Non-state actor overtakes territory")
REGAINED = ("Battles", "Government regains territory")


def assaults(text: str) -> list[rasd.EventMention]:
    return [e for e in rasd.extract(text).events if e.plover == "ASSAULT"]


def types(text: str) -> list[tuple[str | None, str | None]]:
    return [(e.event_type, e.sub_event_type) for e in assaults(text)]


def typed_rules(text: str) -> list[str]:
    return [ev.rule for e in assaults(text) for ev in e.evidence if ev.field == "trigger"]


def test_assault_on_positions_is_a_clash_and_on_a_bus_of_civilians_an_attack() -> None:
    text = "شن تنظيم داعش هجوما عنيفا فجر أمس على مواقع قوات النظام في بلدة السخنة."
    assert types(text) == [CLASH]
    assert any("typed:by-sides:armed-target:مواقع" in r for r in typed_rules(text))
    text = "شن مسلحون هجوما أمس على حافلة تقل مدنيين بين قريتي حران والدويرة."
    assert types(text) == [ATTACK]


def test_armed_assailant_on_a_village_is_a_clash_but_on_a_church_an_attack() -> None:
    text = "شن تنظيم داعش هجوما عنيفا فجر اليوم على قرية الجرن جنوب الموصل."
    assert types(text) == [CLASH]
    assert any("typed:by-sides:armed-assailant" in r for r in typed_rules(text))
    assert types("شن تنظيم داعش هجوما أمس على كنيسة في مدينة طنطا.") == [ATTACK]


def test_killing_between_two_armed_sides_is_a_clash_but_not_by_unknown_gunmen() -> None:
    text = "قتلت هيئة تحرير الشام أمس عنصرين من قوات النظام في قرية أبو رويل جنوبي حلب."
    assert types(text) == [CLASH]
    assert any("typed:by-sides:armed-sides" in r for r in typed_rules(text))
    # unknown gunmen killing a fighter: as often an assassination as a fight, left untyped
    got = types("قتل مجهولون أمس عنصرين من قوات النظام في قرية أبو رويل جنوبي حلب.")
    assert got and CLASH not in got


def test_assassinated_journalist_is_an_attack_but_a_commander_stays_untyped() -> None:
    text = "اغتال مجهولون الصحافي ناجي الجرف أمس في مدينة غازي عنتاب."
    assert types(text) == [ATTACK]
    assert any("typed:by-sides:civilian-target:" in r for r in typed_rules(text))
    got = types("اغتال مجهولون قياديا عسكريا في هيئة تحرير الشام أمس في مدينة إدلب.")
    assert got and ATTACK not in got and CLASH not in got


def test_pmf_capture_in_iraq_is_the_government_regaining_but_the_sdf_one_is_not() -> None:
    text = "سيطرت قوات الحشد الشعبي أمس على قرية الجديدة شمال غرب الموصل."
    assert types(text) == [REGAINED]
    assert any("typed:taker-for-government" in r for r in typed_rules(text))
    assert types("سيطرت قوات سوريا الديمقراطية أمس على قرية العبودية في ريف الرقة.") == [TAKEN]


def test_coalition_bombardment_is_an_air_strike_but_the_regime_one_a_shelling() -> None:
    assert types("وثق ناشطون مقتل عشرة مدنيين أمس في قصف التحالف الدولي على مدينة الميادين.") == [AIR]
    assert types("وثق ناشطون مقتل عشرة مدنيين أمس في قصف قوات النظام على مدينة الميادين.") == [SHELLING]


def test_russian_bombardment_is_an_air_strike_but_its_cruise_missiles_stay_missiles() -> None:
    assert types("تعرضت مدينة سراقب أمس لقصف روسي عنيف أدى إلى مقتل ثلاثة مدنيين.") == [AIR]
    got = types("أطلقت القوات الروسية أمس صواريخ كاليبر على مواقع في مدينة دير الزور.")
    assert got and AIR not in got


def test_belt_with_a_pronoun_is_a_suicide_bomb_but_a_roadside_bomb_is_not() -> None:
    assert types("فجرت امرأة حزامها الناسف أمس على دورية أمريكية في مدينة بعقوبة.") == [SUICIDE]
    assert types("انفجرت عبوة ناسفة أمس بدورية أمريكية في مدينة بعقوبة.") == [IED]


def test_confidence_model_reads_a_side_typed_attack_as_it_was_fitted_untyped() -> None:
    from rasd.document import EventMention, Evidence
    from rasd.events.confidence import SIDES_TYPED, features

    def sub_trait(rule: str) -> list[str]:
        e = EventMention(plover="ASSAULT", sentence_start=0, sentence_end=10, event_type="Battles",
                         sub_event_type="Armed clash", evidence=[Evidence(0, 4, "هجوم", "trigger", rule)])
        return [k for k in features(e, 1, 1, 0) if k.startswith("sub=")]

    assert sub_trait(f"trigger:attack_ambiguous|{SIDES_TYPED}armed-sides") == ["sub=None"]
    assert sub_trait("trigger:armed_clash") == ["sub=Armed clash"]


def test_attack_told_among_shells_or_raids_is_not_typed_by_its_sides() -> None:
    # civilians killed in "attacks" of a side that shells and raids: remote violence, not an
    # attack on civilians the sides would type
    got = types("قتل خمسة مدنيين أمس جراء هجمات قوات النظام بالتزامن مع غارات على مدينة دوما.")
    assert ATTACK not in got
    assert types("قتلت هيئة تحرير الشام أمس عنصرين من قوات النظام في قرية أبو رويل جنوبي حلب.") == [CLASH]
