"""The other side of "بين X و Y" when X is a generic group (ACTOR30, session 30), on sentences
written for these tests: a generic group (unidentified gunmen, "الجماعات المسلحة"، "مجموعة
مسلحة") right before a name joined by و is that name's partner, not its owner — it stays a side
("اشتباكات بين الجماعات المسلحة والجيش السوري" has two sides), where main dropped it as if it
owned the name ("مسلحي داعش") and so made the army the first side and left actor2 empty. The
gunmen of a named group ("ومسلحي تنظيم داعش") are still that group."""

from __future__ import annotations

import pytest

import rasd
from tests.helpers import name_of

SYRIA = "Military Forces of Syria (2000-2024)"


@pytest.fixture(autouse=True)
def _no_filter(monkeypatch):
    monkeypatch.setenv("RASD_MIN_CONFIDENCE", "0")  # the rule is tested, not the model's score


def _assault(text: str):
    (e,) = [e for e in rasd.extract(text).events if e.plover == "ASSAULT"]
    return e


def _rule(event, field: str) -> str:
    return next((ev.rule for ev in event.evidence if ev.field == field), "")


def test_armed_groups_before_the_army_joined_by_wa_are_the_first_side():
    e = _assault("اندلعت اشتباكات عنيفة بين الجماعات المسلحة والجيش السوري في ريف حمص الشمالي.")
    assert name_of(e.actor1) == "Opposition Rebels (Syria)"
    assert _rule(e, "actor1") == "actor:rebels-the-state-fights"
    assert name_of(e.actor2) == SYRIA and _rule(e, "actor2") == "actor:between-second"


def test_an_armed_group_before_the_police_joined_by_wa_is_a_side():
    e = _assault("اندلعت اشتباكات بين مجموعة مسلحة وقوات الشرطة العراقية في قضاء الحويجة.")
    assert name_of(e.actor1).startswith("Unidentified Armed Group")
    assert "Iraq" in name_of(e.actor2) and _rule(e, "actor2") == "actor:between-second"


def test_gunmen_of_a_named_group_are_that_group():
    e = _assault("اندلعت اشتباكات بين القوات العراقية ومسلحي تنظيم داعش في قضاء الحويجة.")
    assert name_of(e.actor1) == "Military Forces of Iraq"
    assert name_of(e.actor2) == "IS: Islamic State"
