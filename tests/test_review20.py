"""REVIEW20: fixes from the review of session 20's changes. Sentences are written for these
tests; each fix has the case that failed before it and a close case it must leave alone."""

from __future__ import annotations

from rasd.api import extract


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
