"""Who an attack struck, told by its toll (FIELDS29, session 29), on sentences written for these
tests, each rule with a case it must take and a close case it must leave:

- the dead or wounded named by their nation or calling ("مقتل 3 إسرائيليين"، "مقتل الصحفي"، "من
  سكانها") are the civilians (roles_civilians.yaml ``victim_heads``, ``actor:civilians-by-calling``);
- an attack or killing no weapon typed is read like a strike (``untyped_triggers``): its people
  counted among the dead are the civilians, and it becomes an attack on civilians."""

from __future__ import annotations

import pytest

import rasd
from tests.helpers import name_of

CALLING = "actor:civilians-by-calling"


@pytest.fixture(autouse=True)
def _no_filter(monkeypatch):
    monkeypatch.setenv("RASD_MIN_CONFIDENCE", "0")  # the rule is tested, not the model's score


def _assaults(text: str):
    return [e for e in rasd.extract(text).events if e.plover == "ASSAULT"]


def _rule2(event) -> str:
    return next((ev.rule for ev in event.evidence if ev.field == "actor2"), "")


def test_a_journalist_killed_by_a_strike_is_a_civilian():
    (e,) = _assaults("قصفت الطائرات الحربية بلدة كفرنبل في ريف إدلب ما أدى إلى مقتل الصحفي محمد العلي.")
    assert name_of(e.actor2).startswith("Civilians") and _rule2(e) == CALLING
    ev = next(ev for ev in e.evidence if ev.field == "actor2")
    assert "الصحفي" in ev.text  # the words it was read from


def test_the_residents_a_shelling_killed_are_civilians():
    (e,) = _assaults("قصفت قوات النظام مدينة درعا بالمدفعية ما أدى إلى مقتل أكثر من 20 من سكانها.")
    assert "Syria" in name_of(e.actor1)
    assert name_of(e.actor2) == "Civilians (Syria)" and _rule2(e) == CALLING


def test_soldiers_of_a_nation_are_no_civilians():
    (e,) = _assaults("قصفت قوات النظام مدينة درعا بالمدفعية ما أدى إلى مقتل 3 جنود أتراك.")
    assert not name_of(e.actor2).startswith("Civilians") and _rule2(e) != CALLING


def test_security_men_are_no_civilians():
    (e,) = _assaults("قصفت الطائرات الحربية بلدة كفرنبل في ريف إدلب ما أدى إلى مقتل 4 من رجال الأمن.")
    assert not name_of(e.actor2).startswith("Civilians")


def test_an_untyped_killing_of_a_nation_s_people_is_an_attack_on_civilians():
    (e,) = _assaults("قتل فلسطيني 3 إسرائيليين وأصاب اثنين آخرين بجروح في مستوطنة إيتامار بالقرب من نابلس.")
    assert name_of(e.actor2).startswith("Civilians") and _rule2(e) == CALLING
    assert e.event_type == "Violence against civilians" and e.fatalities == 3


def test_an_untyped_killing_of_fighters_is_no_attack_on_civilians():
    (e,) = _assaults("قتل 3 عناصر من قوات النظام في هجوم على حاجز قرب بلدة كفرنبل.")
    assert not name_of(e.actor2).startswith("Civilians")
    assert e.event_type != "Violence against civilians"


def test_people_killed_in_the_fighting_are_no_civilians_struck():
    events = _assaults("يجري التحضير لإجراءات الدفن الجماعي ل 500 شخص قتلوا في القتال في بلدة بور في جنوب السودان.")
    assert all(_rule2(e) != CALLING and not name_of(e.actor2).startswith("Civilians") for e in events)
