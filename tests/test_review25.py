"""REVIEW25: second read of session 25's landings — the findings fixed, each with a case that
failed before. Sentences written for these tests."""

import random
import time

from rasd.api import extract

_LETTERS = "بتثجحخدذرزسشصضطظعغفقكلمنهي"


def _line(n: int, tail: str, seed: int) -> str:
    """``n`` shellings of made-up villages on one line, each clause closed by ``tail`` (each
    village its own name, so the cleaner's repeated blocks and the merge do not fold them)."""
    rng = random.Random(seed)
    villages = ("".join(rng.choice(_LETTERS) for _ in range(5)) for _ in range(n))
    return " , و".join(f"قصفت قوات النظام قرية {v} في ريف إدلب , {tail}" for v in villages) + " ."


def test_a_denial_said_of_the_happenings_before_it_costs_no_scan_per_happening() -> None:
    # finding 1: TOLL25's denial spread scanned the words from each group before a denial to
    # it, for every group and every denial: a sentence of 300 clauses each closed by "دون تسجيل
    # أي إصابات" took 3.1 times the CPU of the same sentence without the denials (746d39c: 4.6 s
    # against 1.5 s); with the last clause opener found once per denial, about the same
    extract("قصفت قوات النظام قرية الشطيب", published="2017-05-02")  # data loaded before the clock

    def cpu(tail: str) -> tuple[float, set[int | None]]:
        started = time.process_time()
        doc = extract(_line(300, tail, 25), published="2017-05-02")
        return time.process_time() - started, {e.fatalities for e in doc.events}

    denied, tolls = cpu("دون تسجيل أي إصابات")
    plain, untold = cpu("دون تسجيل أي تعليق")
    assert tolls == {0} and untold == {None}  # the denial still reads, the control has none
    assert denied < 2 * plain, (denied, plain)


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
