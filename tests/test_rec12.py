"""Recall, session 12: a capture rasd never detected for want of a trigger (triggers.yaml
``territory_taken``): the verbal noun with its agent told inside another clause ("باستعادة
القوات الحكومية السيطرة على"). Sentences written for these tests in the style of the reports;
the confidence filter is off (this is a rule, not the model).

Each reported capture has a close sentence the rule must leave alone: an aim, a battle named
after the capture, what a war cannot reach, the start of a period.
"""

from __future__ import annotations

import pytest

from rasd.api import extract
from tests.helpers import events_of

pytestmark = pytest.mark.usefixtures("no_confidence_filter")


def _triggers(text: str) -> list[tuple[str, str]]:
    doc = extract(text, published=None)
    return [(doc.text[sp.start:sp.end], sp.rule) for sp in doc.spans_of("TRIGGER")]


@pytest.mark.parametrize("told", [
    "ودخلت الحرب مرحلة جديدة باستعادة القوات الحكومية وحلفائها أمس السيطرة على مدينة البوكمال .",
    "وأشاد الوزير باستعادة القوات العراقية السيطرة على مدينة الرمادي أمس .",
])
def test_regained_control_told_by_the_verbal_noun_is_a_capture(told):
    found = events_of(told, "ASSAULT", published=None)
    assert len(found) == 1 and "territory" in (found[0].sub_event_type or "")
    assert found[0].rule.startswith("trigger:territory_taken")


@pytest.mark.parametrize("aim", [
    # an aim (purpose ل), a battle or an attempt named after it, or what a war cannot reach
    "وتسعى القوات الحكومية لاستعادة السيطرة على مدينة البوكمال .",
    "وبدأت معركة استعادة القوات الحكومية السيطرة على مدينة البوكمال .",
    "ولا يقدر الجيش على إنهاء الحرب واستعادة كامل السيطرة على مدينة البوكمال .",
    # the start of a period
    "وتغير ميزان القوى في الشمال منذ استعادة القوات العراقية السيطرة على مدينة كركوك .",
])
def test_regaining_control_as_an_aim_is_no_capture(aim):
    assert not any("territory_taken" in rule for _, rule in _triggers(aim))
