"""REVIEW24 (28 Nov 2026): second read of session 24's landings. Sentences written for these tests.

- TOLL24's "killed with others" frame (rule casualty:trigger-with-others) added one to the count
  whatever the verb's number: a dual verb tells of two ("قتلا مع ثلاثة آخرين" = 5, not 4).
"""

from __future__ import annotations

from rasd.quantities.extract import quantities_of


def _counts(text: str) -> list[tuple[str, int]]:
    return [(r.value["kind"], r.value["count"]) for r in quantities_of(text) if r.label == "CASUALTY"]


def test_a_dual_verb_with_others_counts_both() -> None:
    # "the two were killed with three others": five dead
    assert _counts("وكان الشقيقان في طريقهما إلى السوق حين قتلا مع ثلاثة آخرين في انفجار عبوة ناسفة .") == [
        ("killed", 5)]


def test_a_singular_verb_with_others_still_adds_one() -> None:
    # the close case: one killed with three others is four
    assert _counts("وكان القيادي في طريقه إلى السوق حين قتل مع ثلاثة آخرين في انفجار عبوة ناسفة .") == [
        ("killed", 4)]

