"""REVIEW20: fixes from the review of session 20's changes. Sentences are written for these
tests; each fix has the case that failed before it and a close case it must leave alone."""

from __future__ import annotations

from rasd.api import extract
from rasd.text.repair import _spelled_run


def _tolls(text: str) -> list[tuple[int, str]]:
    doc = extract(text, published="2020-03-04")
    return [(sp.value["count"], sp.rule) for sp in doc.spans_of("CASUALTY")]


# --- a text cut off right after a bare و --------------------------------------------------------

def test_a_toll_followed_by_a_bare_waw_at_the_texts_end_reads() -> None:
    # a crawled snippet cut after "و": the elided count's scan ran past the last word (IndexError)
    assert _tolls("قتل أربعة مدنيين في دوما و") == [(4, "casualty:trigger-count")]


def test_a_toll_with_an_elided_second_count_still_reads_both() -> None:
    assert _tolls("قتل أربعة مدنيين في دوما واثنان في حرستا") == [
        (4, "casualty:trigger-count"), (2, "casualty:elided")]


# --- a long run of letters spelled apart -------------------------------------------------------

def test_a_long_run_of_spelled_letters_joins_only_word_length_runs() -> None:
    # a run of 600 single letters: every sub-run was joined and looked up (cubic: ~30 s);
    # no run longer than the longest listed word can join into one
    pieces = list("سقطتقذيفةعلىحيسكنيفيالمدينة" * 22)[:600]
    # (no clock here: speed is measured by commands, not asserted in unit tests; the cubic
    # version took ~30 s, which the suite's run time shows)
    assert _spelled_run(pieces) == (20, 24)  # only a run no longer than the longest word joins


def test_a_word_spelled_out_inside_a_sentence_is_still_rejoined() -> None:
    assert _spelled_run(["قال", "إن", "ق", "ت", "لوا"]) == (2, 4)


# --- a peaceful protest's toll of 0 cites its trigger ------------------------------------------

def test_a_peaceful_protests_zero_toll_cites_the_trigger_not_the_sentence() -> None:
    text = "تظاهر مئات الطلاب أمام مبنى الجامعة في مدينة حمص صباح اليوم للمطالبة بتحسين الخدمات ."
    doc = extract(text, published="2018-04-10")
    [event] = doc.events
    trigger = [(ev.start, ev.end) for ev in event.evidence if ev.field == "trigger"]
    toll = [(ev.start, ev.end, ev.rule) for ev in event.evidence if ev.field == "fatalities"]
    assert event.fatalities == 0 and trigger
    assert toll == [(*trigger[0], "toll:deathless-type")]
    assert toll[0][1] - toll[0][0] < len(text) // 4
