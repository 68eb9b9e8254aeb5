"""REVIEW23: the second read of session 23's landings — each fixed finding with a sentence the
rule must take and a close one it must leave."""

import pytest

from tests.helpers import events_of, name_of


@pytest.fixture
def unfiltered(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every event rasd builds, the confidence filter off."""
    monkeypatch.setenv("RASD_MIN_CONFIDENCE", "0")


def test_sorties_on_their_positions_or_a_countryside_are_a_strike(unfiltered: None) -> None:
    # finding 1: FIXES23's sortie frame read the struck noun only bare — "على مواقعهم" (with its
    # possessive) and "على ريف إدلب" (a countryside) were strikes on main ea5e9fa and were lost
    theirs = "كثف الطيران الروسي أمس طلعاته الجوية على مواقعهم في ريف حماة الشمالي ."
    found = events_of(theirs, "ASSAULT", require=True, published="2016-05-10")
    assert {e.sub_event_type for e in found} == {"Air/drone strike"}
    rif = "نفذ الطيران الحربي أمس طلعات جوية على ريف إدلب الجنوبي ."
    found = events_of(rif, "ASSAULT", require=True, published="2016-05-10")
    assert {name_of(e.location) for e in found} == {"southern Idlib countryside"}
    # ... while sorties along a border stay a patrol
    border = "نفذ الطيران الحربي أمس طلعات جوية على الحدود مع تركيا ."
    assert not events_of(border, "ASSAULT", published="2016-05-10")
