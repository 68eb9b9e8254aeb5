"""DEBT16: the review findings session 15 left open (REVIEW15 #6, #9, #11; DEBT15's scale note)
and the last switches tests toggled. Sentences written for these tests in the style of the
reports (no text copied from a page).
"""

from __future__ import annotations

import pytest

from tests.test_places15 import _places

# ------------------------------------------- 1. the locative before a list's closing region is data

_LIST = 'سيطرت وحدات الجيش على قرى " البطيحة , المخيرمة , أم عدسة " والتلال المشرفة عليها من جهة الشمال '


@pytest.mark.parametrize("region", ["في ريف الرقة الجنوبي", "بريف الرقة الجنوبي"])
def test_a_region_told_in_closes_the_list(region: str) -> None:
    # cues.yaml `locatives` (في) or a glued ب: the villages lie in the region
    assert _places(_LIST + region + " .")["المخيرمة"]["within"] == "southern Ar Raqqah countryside"


@pytest.mark.parametrize("region", ["نحو ريف الرقة الجنوبي", "وصولا إلى ريف الرقة الجنوبي"])
def test_a_region_told_as_a_direction_closes_nothing(region: str) -> None:
    # towards the countryside: where the troops went on to, not where the villages lie
    assert _places(_LIST + region + " .")["المخيرمة"] == {}
