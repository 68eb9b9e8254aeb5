"""SPEED11's cheap pre-checks: a word is read in full only when a C-level test says it can
matter, and the pre-check lets through every word the full reading would take.

Sentences are written for these tests in the style of the reports (not copied from any)."""

from __future__ import annotations

import pytest

from rasd.events.roles_armies import _bare_armies, _bare_tails
from rasd.kb.places import _area_tails, _readings, link, load_cues
from rasd.text.normalize import normalize

_ARTICLE = ("ال", "لل")

# words that hold an area noun behind clitics, and words that do not
_AREA_WORDS = ["منطقة", "بمنطقة", "وبمنطقة", "لمنطقة", "للمنطقة", "والمنطقة", "منطقتي",
               "بمنطقتي", "مناطق", "ومناطق", "فمناطق", "بالمناطق", "لمناطق", "المنطقة",
               "منطقي", "مناطقية", "المناطقي", "نطاق", "بالنطاق", "منطلق"]


def _holds_cue(word: str, cues: frozenset[str]) -> bool:
    """The full reading Linker.tie_areas does for each word it keeps."""
    return any(stem in cues for p, stem in _readings(word) if not p.endswith(_ARTICLE))


@pytest.mark.parametrize("word", _AREA_WORDS)
def test_area_tails_let_through_every_word_with_an_area_cue(word: str) -> None:
    cues = load_cues().area_cues
    w = normalize(word).text
    if _holds_cue(w, cues):
        assert w.endswith(_area_tails(cues))


def test_area_tails_cover_a_cue_read_after_the_alef_of_al() -> None:
    # للحرس → ل + الحرس: the reading's stem starts with an alef the word does not have
    cues = frozenset({"الحرس", "منطقه"})
    tails = _area_tails(cues)
    assert "للحرس".endswith(tails) and "منطقه" in tails and "لحرس" in tails


def test_area_names_after_the_pre_check_are_still_found() -> None:
    text = "قصفت الطائرات الحربية منطقة وادي العشارنة بريف حمص الغربي صباح اليوم ."
    rules = {f.surface: f.rule for f in link(text)}
    assert rules.get("وادي العشارنة") == "cue:area-name"
    text = "استهدفت المدفعية مناطق ( الحويز , والتوينة ) بريف حماة الغربي ."
    rules = {f.surface: f.rule for f in link(text)}
    assert rules.get("الحويز") == "cue:area-name"
    assert rules.get("والتوينة") == "cue:area-list-name"
    # an area with no tie stays no mention
    assert not link("تحلق الطائرات في منطقة وادي العشارنة منذ الصباح .")


@pytest.mark.parametrize("phrase", ["الجيش", "والجيش", "بالجيش", "وحدات الجيش",
                                    "القوات الجوية", "والقوات الجوية", "الشرطة", "الجيوش",
                                    "قوات الأمن", "الجوية"])
def test_bare_tails_let_through_every_phrase_ending_in_a_bare_army(phrase: str) -> None:
    """roles_armies._bare's pre-check: a phrase that is (or ends with) a bare army alias, with or
    without a clitic letter, ends with a word the tails (or the word after its first letter)
    hold."""
    words = normalize(phrase).text.split(" ")
    armies, tails = _bare_armies(), _bare_tails()
    ends_bare = any(
        (said := " ".join(words[j:])) in armies or (said[:1] in "وفبل" and said[1:] in armies)
        for j in range(len(words)))
    if ends_bare:
        assert words[-1] in tails or words[-1][1:] in tails
    if phrase in ("الشرطة", "قوات الأمن"):
        assert words[-1] not in tails and words[-1][1:] not in tails
