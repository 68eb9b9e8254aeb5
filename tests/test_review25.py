"""REVIEW25: second read of session 25's landings — the findings fixed, each with a case that
failed before. Sentences written for these tests."""

import random

from rasd.api import extract

_LETTERS = "بتثجحخدذرزسشصضطظعغفقكلمنهي"


def _line(n: int, tail: str, seed: int) -> str:
    """``n`` shellings of made-up villages on one line, each clause closed by ``tail`` (each
    village its own name, so the cleaner's repeated blocks and the merge do not fold them)."""
    rng = random.Random(seed)
    villages = ("".join(rng.choice(_LETTERS) for _ in range(5)) for _ in range(n))
    return " , و".join(f"قصفت قوات النظام قرية {v} في ريف إدلب , {tail}" for v in villages) + " ."


def test_a_denial_said_of_many_happenings_before_it_gives_each_its_zero() -> None:
    # finding 1: TOLL25's denial spread scanned the words from each group before a denial to
    # it, for every group and every denial: a sentence of 300 clauses each closed by "دون تسجيل
    # أي إصابات" took 3.1 times the CPU of the same sentence without the denials (746d39c: 4.6 s
    # against 1.5 s); with the last clause opener found once per denial, about the same

    # (no clock here: speed is measured by commands, not asserted in unit tests — the CPU
    # figures are in docs/EVALUATION.md, REVIEW25; the 300 denied clauses run the path)
    def tolls(tail: str) -> set[int | None]:
        return {e.fatalities for e in extract(_line(300, tail, 25), published="2017-05-02").events}

    assert tolls("دون تسجيل أي إصابات") == {0}  # the denial still reads every clause's 0
    assert tolls("دون تسجيل أي تعليق") == {None}  # ... and the control has none


def test_a_denial_still_stops_at_a_clause_opener_and_spreads_over_waw() -> None:
    # the same owners as TOLL25's rule: past "كما" the clash keeps no toll, over ", و" both get 0
    after_kama = ("جرت اشتباكات عنيفة بين قوات النظام وهيئة تحرير الشام في قرية المستريحة , كما شن "
                  "الطيران الحربي غارات جوية على قرية الشطيب دون تسجيل أي إصابات .")
    over_waw = ("جرت اشتباكات عنيفة بين قوات النظام وهيئة تحرير الشام في قرية المستريحة , وشن "
                "الطيران الحربي غارات جوية على قرية الشطيب , دون تسجيل أي إصابات .")
    def tolls(text: str) -> dict[str | None, int | None]:
        return {e.sub_event_type: e.fatalities for e in extract(text, published="2017-05-02").events}
    assert tolls(after_kama).get("Armed clash", "absent") is None
    assert tolls(over_waw).get("Armed clash") == 0
