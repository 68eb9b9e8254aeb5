"""The event-confidence model's traits of a mention's own evidence (session 10) and the
training table scored by the event scorer itself. Reports written for these tests."""

from __future__ import annotations

import pytest

from rasd import extract
from rasd.document import EventMention, Evidence
from rasd.events import confidence
from tests.helpers import traits_scored_and_finished

REPORT = (
    "شنت طائرات حربية روسية صباح الأربعاء غارات على بلدة كفرنبل في ريف إدلب الجنوبي ما أدى إلى مقتل أربعة مدنيين. "
    "وتحدثت أنباء عن قصف مدفعي استهدف قرية حاس المجاورة. "
    "وكانت قوات النظام قد قصفت مدينة سراقب يوم الأحد الماضي. "
    "وتشهد المنطقة تصعيداً عسكرياً منذ سنوات."
)


@pytest.fixture(autouse=True)
def _keep_everything(monkeypatch):
    monkeypatch.setenv("RASD_MIN_CONFIDENCE", "0")


def _traits() -> dict[str, dict[str, float]]:
    doc = extract(REPORT, published="2024-03-14")
    by_place = {}
    for e, f in zip(doc.events, confidence.mention_features(doc, doc.events), strict=True):
        by_place[(e.location or {}).get("name")] = f
    return by_place


def test_the_trigger_family_and_the_place_distance_are_traits():
    strike = _traits()["Kafranbel"]
    assert strike["family=air_strike"] == 1.0
    assert not any(k.startswith("family=") and k != "family=air_strike" for k in strike)
    # the town stands a few words after the trigger, in the same sentence
    assert strike["place_other_sentence"] == 0.0 and strike["place_before_trigger"] == 0.0
    assert 0.0 < strike["log_place_distance"] < 4.0
    assert strike["log_sentence_chars"] > 4.0 and strike["log_triggers_in_sentence"] > 0.0


def test_a_place_told_before_its_trigger_is_marked_so():
    recap = _traits()["Saraqib"]  # "وكانت قوات النظام قد قصفت مدينة سراقب": the town after
    strike = _traits()["Kafranbel"]
    assert recap["place_before_trigger"] == strike["place_before_trigger"] == 0.0
    assert recap["log_place_distance"] < strike["log_place_distance"]  # "قصفت مدينة سراقب"


def test_a_crowded_sentence_counts_the_triggers_of_that_sentence_only():
    import math

    doc = extract(REPORT, published="2024-03-14")
    for e, f in zip(doc.events, confidence.mention_features(doc, doc.events), strict=True):
        told = list(doc.within(e.sentence_start, e.sentence_end, "TRIGGER"))
        assert told and f["log_triggers_in_sentence"] == math.log1p(len(told))


def _mention(start: int, place: str, p: float) -> tuple[EventMention, float]:
    e = EventMention(plover="ASSAULT", sentence_start=start, sentence_end=start + 10,
                     location={"name": place}, trigger="قصف",
                     evidence=[Evidence(start, start + 3, "قصف", "trigger", "trigger:shelling")])
    return e, p


def test_the_table_rescores_so_a_dropped_repeat_of_a_happening_is_no_loss():
    """Two mentions of one shelling of Saraqib: the scorer matched the first; when the filter
    drops it and keeps the repeat, ``rasd eval events`` still finds the event."""
    from rasd.events.confidence_train import Row, table

    gold = [{"doc_id": "d", "plover": "ASSAULT", "location": ["Saraqib"], "set": "A"}]
    (first, p1), (repeat, p2) = _mention(0, "Saraqib", 0.2), _mention(50, "Saraqib", 0.7)
    rows = [Row("A", {}, True, False, "d", first), Row("A", {}, False, False, "d", repeat)]
    cells = {c.threshold: c for c in table(rows, [p1, p2], gold)}
    assert (cells[0.0].kept, cells[0.0].matched) == (2, 1)
    assert (cells[0.5].kept, cells[0.5].matched) == (1, 1)  # fixed labels would say 0
    assert (cells[0.6].kept, cells[0.6].matched, cells[0.6].required) == (1, 1, 1)


ATTRIBUTED = (
    "قال المرصد السوري لحقوق الإنسان إن طائرات حربية شنت صباح الاثنين غارات على بلدة معرة حرمة في ريف إدلب. "
    "وأضاف المرصد أن الغارات أدت إلى مقتل امرأة وطفلين. "
    "وذكرت وكالة سانا أن وحدات من الجيش اشتبكت مع مسلحين قرب مدينة مورك في ريف حماة الشمالي. "
    "ويأتي ذلك في ظل تصعيد تشهده المنطقة."
)


def test_training_sees_the_traits_the_events_stage_sees():
    """The model is trained on finished documents but scores mentions inside the events stage,
    before the attribution stage: a trait filled in later (who relays the report) would be
    unset at run time and set in training. Every trait must be the same at both moments."""
    found = traits_scored_and_finished(ATTRIBUTED, "2024-03-18")
    assert found and any(e.attribution for _s, _f, e in found)  # the later stage filled it
    for seen, after, _e in found:
        assert seen == after
