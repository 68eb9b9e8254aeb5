"""REVIEW17: fixes from the second read of session 17's changes.

Sentences written for these tests in the style of the reports (no text copied from a page).

- The trigger frames' ``{UNTOLD}`` look-behind (DEBT17, ``lexicon.untold_lookbehind``) reads a
  particle as a whole word after a space only; a page (or an API caller) that glues a colon or
  a comma to the particle ("قالت القوات:لن تطلق") got an event the old, boundary-less
  look-behinds refused. A mark before the particle now counts as a word's start too.
"""

from __future__ import annotations

import re

import pytest

from rasd.api import extract
from rasd.events.lexicon import untold_lookbehind


@pytest.mark.parametrize("before", ["قالت:لن", "قالت،لم", "إنها،قد", "«لن", "(سوف", "قالت:ولن"])
def test_a_particle_glued_to_a_mark_still_makes_the_verb_untold(before: str) -> None:
    assert not re.search(untold_lookbehind() + "تطلق", f"و{before} تطلق")


@pytest.mark.parametrize("before", ["قالت:ايران", "قالت،الطيران", "«الامريكي", "قالت:قبل ان", "(وبعد ان"])
def test_a_word_after_a_mark_that_ends_like_a_particle_is_told(before: str) -> None:
    assert re.search(untold_lookbehind() + "تطلق", f"و{before} تطلق")


@pytest.mark.parametrize("text", [
    "قالت القوات:لن تطلق أي صاروخ على مدينة حلب",
    "قالت القوات،لن تطلق أي صاروخ على مدينة حلب",
])
def test_a_future_denied_after_a_colon_is_no_event(text: str) -> None:
    assert extract(text, published="2020-01-10").events == []


def test_a_headline_present_after_a_colon_is_an_event() -> None:
    text = "عاجل:الجيش الأمريكي يطلق صواريخ على قاعدة الشعيرات الجوية"
    assert [e.rule for e in extract(text, published="2020-01-10").events] == ["trigger:projectile_fire"]
