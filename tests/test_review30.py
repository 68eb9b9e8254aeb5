"""REVIEW30 (session 30's second read), on sentences written for these tests.

EXTRAS30's ``unless_sentence`` (an accident cue holds only while the trigger's sentence names no
weapon and no armed doer) read every word of the sentence for each trigger whose cue matched: a
run-on sentence of n accident killings read n × (its words) words. The sentence's matching words
are now found once per cue and sentence, and each trigger asks whether one stands outside its own
words."""

from __future__ import annotations

import pytest

import rasd
from rasd.events import detect

ACCIDENT = "قتل 12 شخصا في انقلاب حافلة على طريق حمص"


@pytest.fixture(autouse=True)
def _no_filter(monkeypatch):
    monkeypatch.setenv("RASD_MIN_CONFIDENCE", "0")  # the rule is tested, not the model's score


def _assaults(text: str) -> list:
    return [e for e in rasd.extract(text, published="2017-05-02").events if e.plover == "ASSAULT"]


def _armed_cause(cue) -> bool:
    """The ``armed_cause`` pattern of context.yaml (its words, not its id)."""
    return "ميليشي" in cue.pattern and "عمدا" in cue.pattern


def test_an_overturned_bus_is_no_attack():
    assert _assaults(ACCIDENT + " .") == []


def test_a_weapon_after_the_trigger_keeps_the_attack():
    # the armed words stand after the cue, at the sentence's end: read by index, not by window
    assert _assaults("قتل 12 شخصا في انقلاب حافلة على طريق حمص بعد أن أطلق مسلحون النار على سائقها .")


def test_a_weapon_before_the_trigger_keeps_the_attack():
    assert _assaults("أطلق مسلحون النار على حافلة على طريق حمص فقتل 12 شخصا في انقلاب الحافلة .")


def test_the_sentence_is_read_once_per_cue_not_once_per_trigger(monkeypatch):
    calls = 0
    real = detect.cue_matches

    def counting(cue, word):
        nonlocal calls
        if _armed_cause(cue):
            calls += 1
        return real(cue, word)

    monkeypatch.setattr(detect, "cue_matches", counting)
    n = 200
    text = " و".join([ACCIDENT] * n) + " ."
    rasd.extract(text, published="2017-05-02")
    words = len(text.split())
    # one pass over the sentence (each trigger's own words excluded by index, not by reading);
    # before: every trigger read the whole sentence (≈ n × words / 1 reads)
    assert 0 < calls <= 3 * words, (calls, words)


# REVIEW29's finding 7: a fight told first by its definite noun, then a future verb after it, is
# to come, as with the verb before it ("وستتواصل الاشتباكات"): DROPS29's first telling read it as
# a happening because the future cue read the words before the noun only.

def test_clashes_that_will_go_on_are_no_event():
    assert _assaults("قال المصدر إن الاشتباكات ستتواصل في ريف حماة .") == []


def test_clashes_that_went_on_are_an_event():
    assert _assaults("قال المصدر إن الاشتباكات تواصلت في ريف حماة .")


def test_a_killing_beside_clashes_that_will_go_on_stays():
    assert _assaults("قتل ثلاثة مدنيين في قصف على ريف حماة والاشتباكات ستستمر .")
