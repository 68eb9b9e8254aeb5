"""Speed, session 18 (SPEED18): a document leaves nothing in reference cycles, so reference
counting frees its words, spans and events as soon as it is done. The toll owners' memo
(``build._Owned``) held a closure over the object that kept it, and that cycle kept every
document with a toll shared between event groups alive until the cycle collector's next pass
(a pass every 100 documents in ``rasd extract``, ~1,600 objects a document to trace).
Sentences written for these tests; the whole pipeline runs."""

from __future__ import annotations

import gc

from rasd.api import extract
from rasd.events import build

# two strikes in one sentence, each with its own toll: the sentence's tolls are judged
# between the two event groups (build._TollOwners)
TWO_STRIKES = ("قصفت طائرات حربية قرية البارة في جبل الزاوية ما أسفر عن مقتل أربعة مدنيين , كما "
               "استهدفت مدفعية النظام بلدة كنصفرة وأدى القصف إلى إصابة ثلاثة أطفال .")
# one strike, one toll: no rival group to judge the toll against
ONE_STRIKE = "قصفت طائرات حربية قرية البارة في جبل الزاوية ما أسفر عن مقتل أربعة مدنيين ."


def _left_in_cycles(text: str) -> int:
    """Objects the collector finds unreachable after one document of ``text`` is dropped
    (after a first run of the same text, which loads data and models)."""
    extract(text, published="2019-05-10")
    gc.collect()
    enabled = gc.isenabled()
    gc.disable()
    try:
        doc = extract(text, published="2019-05-10")
        assert doc.events
        del doc
        return gc.collect()
    finally:
        if enabled:
            gc.enable()


def test_tolls_judged_between_two_strikes_leave_no_cycle(monkeypatch) -> None:
    judged: list[int] = []
    judge = build._TollOwners.judge

    def counting(self, group, events, key=None):  # key: the ids of events (ROBUST27)
        judged.append(len(events))
        return judge(self, group, events, key)
    monkeypatch.setattr(build._TollOwners, "judge", counting)
    assert _left_in_cycles(TWO_STRIKES) == 0
    assert judged and max(judged) >= 2  # the memo was made for two event groups


def test_a_single_strike_leaves_no_cycle() -> None:
    assert _left_in_cycles(ONE_STRIKE) == 0


def test_each_strike_keeps_its_own_toll() -> None:
    events = extract(TWO_STRIKES, published="2019-05-10").events
    assert sorted((e.fatalities or 0, e.injuries or 0) for e in events) == [(0, 3), (4, 0)]
