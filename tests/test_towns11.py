"""TOWNS11 (session 11): several towns under one trigger give one event per town (EVENT_SCHEMA:
"several targeted towns in one night give several events"). A singular attack noun ("هجوما"،
"غارة") names one happening, so its sentence's other places are usually not targets
(build._one_happening_places); a dual or plural place noun heading the list ("قريتي A وB"، "بلدات
A وB") says itself that several places were hit. Sentences written for these tests in the style
of the reports; each rule with a close sentence it must leave alone."""
from __future__ import annotations

import pytest

from tests.helpers import places_of

pytestmark = pytest.mark.usefixtures("no_confidence_filter")

# one attack noun, two villages named by a dual noun (a quote around the list, as reports write)
DUAL = 'وشنت الفصائل المعارضة فجر اليوم هجوما عنيفا على قريتي " كفرنبل وسراقب " في ريف إدلب .'
# one drone attack, a plural noun before the towns
PLURAL = "ونفذت طائرة مسيرة صباح اليوم هجوما بالصواريخ على بلدات كفرنبل وسراقب في ريف إدلب ."
# one explosion with a singular town noun: the other place is where the victims came from
SINGLE = "وقتل خمسة أشخاص في انفجار سيارة مفخخة في مدينة سراقب أثناء مرور حافلة قادمة من كفرنبل ."


def test_dual_place_noun_keeps_both_towns():
    assert sorted(places_of(DUAL, "ASSAULT")) == ["Kafranbel", "Saraqib"]
    # a singular noun before the same list: the attack's one village
    one = 'وشنت الفصائل المعارضة فجر اليوم هجوما عنيفا على قرية " كفرنبل " وسراقب في ريف إدلب .'
    assert places_of(one, "ASSAULT") == ["Kafranbel"]


def test_plural_place_noun_keeps_every_town():
    assert sorted(places_of(PLURAL, "ASSAULT")) == ["Kafranbel", "Saraqib"]
    one = "ونفذت طائرة مسيرة صباح اليوم هجوما بالصواريخ على بلدة كفرنبل وسراقب في ريف إدلب ."
    assert places_of(one, "ASSAULT") == ["Kafranbel"]


def test_singular_town_noun_still_gives_one_event():
    assert places_of(SINGLE, "ASSAULT") == ["Saraqib"]
