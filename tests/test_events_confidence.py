"""The event-confidence model (rasd.events.confidence): traits it reads, how it filters, and
its training on the public unseen-report gold. Reports written for these tests."""

from __future__ import annotations

import json

import pytest

from rasd import extract
from rasd.events import confidence
from rasd.events.confidence import FILTER_RULE, Model

REPORT = (
    "قتل ثلاثة مدنيين وأصيب خمسة آخرون يوم الثلاثاء جراء قصف مدفعي لقوات النظام على بلدة كفرنبل في ريف إدلب الجنوبي. "
    "وقال ناشطون إن القصف استهدف السوق الشعبي وسط البلدة. "
    "وفي اليوم نفسه اعتقلت قوات النظام شابين من بلدة معرة النعمان عند حاجز على الطريق الدولي. "
    "وفي سياق آخر، تحدث محللون عن احتمال تصعيد في المنطقة خلال الأشهر المقبلة. "
    "ويرى مراقبون أن المعارك قد تتجدد إذا فشلت المفاوضات. "
    "وكانت الطائرات الحربية قد شنت غارات على مناطق متفرقة في السنوات الماضية."
)


@pytest.fixture(autouse=True)
def _shipped_threshold(monkeypatch):
    """These tests set the threshold they test; an exported RASD_MIN_CONFIDENCE (the A/B runs
    of the session protocol) must not change what they see."""
    monkeypatch.delenv("RASD_MIN_CONFIDENCE", raising=False)


def _model(weights: dict[str, float], intercept: float = 0.0, cut: float = 0.5) -> Model:
    return Model(weights=weights, intercept=intercept, threshold=cut, min_sentences=4)


def test_traits_are_general_not_words():
    doc = extract(REPORT, published="2024-03-14")
    strike = next(e for e in doc.events if e.plover == "ASSAULT")
    f = confidence.mention_features(doc, [strike])[0]
    assert f["plover=ASSAULT"] == 1.0 and f["toll"] == 1.0 and f["date"] == 1.0
    assert f["first_sentence"] == 1.0
    # only traits, never a word of the text
    assert not any("قصف" in k or "كفرنبل" in k for k in f)


def test_a_mention_below_the_threshold_is_left_out_and_its_trigger_says_why():
    doc = extract(REPORT, published="2024-03-14")
    events = list(doc.events)
    assert events
    # a model that trusts only mentions with a toll
    model = _model({"toll": 10.0}, intercept=-5.0)
    kept = confidence.apply(doc, events, model)
    assert kept and all(e.fatalities is not None or e.injuries is not None for e in kept)
    assert all(0.0 <= e.confidence <= 1.0 for e in events)
    dropped = [e for e in events if e not in kept]
    starts = {ev.start for e in dropped for ev in e.evidence if ev.field == "trigger"}
    marked = {s.start for s in doc.spans_of("TRIGGER") if FILTER_RULE in s.rule}
    assert starts and starts <= marked


def test_a_lone_sentence_is_scored_but_never_dropped(monkeypatch):
    doc = extract("قتل ثلاثة مدنيين يوم الثلاثاء جراء قصف مدفعي على بلدة كفرنبل في ريف إدلب.")
    events = list(doc.events)
    assert events
    kept = confidence.apply(doc, events, _model({}, intercept=-5.0))
    assert kept == events and all(e.confidence is not None and e.confidence < 0.5 for e in events)


def test_zero_threshold_keeps_every_mention(monkeypatch):
    monkeypatch.setenv("RASD_MIN_CONFIDENCE", "0")
    doc = extract(REPORT, published="2024-03-14")
    events = list(doc.events)
    assert confidence.apply(doc, events, _model({}, intercept=-5.0)) == events


def test_the_record_carries_the_confidence():
    from rasd.document import Meta
    from rasd.records import mention_record, validate

    doc = extract(REPORT, published="2024-03-14")
    e = doc.events[0]
    e.confidence = 0.42
    record = mention_record(Meta(id="t"), 0, e)
    assert record["confidence"] == 0.42
    validate(record)


def test_training_on_two_draws_writes_a_model_that_loads(evalkit, tmp_path):
    from rasd.events.confidence_train import train
    from rasd.events.evaluate import (
        UNSEEN_GOLD,
        gold_document_ids,
        gold_events,
        unifiedfc_documents,
    )

    gold = [g for g in gold_events(None, name=UNSEEN_GOLD) if g.get("set") in ("A", "B", "C")]
    documents = list(unifiedfc_documents(gold_document_ids(gold)))
    data, cells, project, bands = train(gold, documents, c=0.3)
    assert not project and cells[0].threshold == 0.0
    assert sum(b.mentions for b in bands) == data["trained"]["mentions"]
    assert sum(b.matched for b in bands) == data["trained"]["positives"]
    assert cells[0].kept >= cells[-1].kept  # a higher threshold keeps no more
    assert data["weights"] and 0.0 <= data["threshold"] <= 0.6
    path = tmp_path / "m.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    loaded = json.loads(path.read_text("utf-8"))
    model = Model(loaded["weights"], loaded["intercept"], loaded["threshold"], loaded["min_sentences"])
    assert 0.0 < model.probability({"plover=ASSAULT": 1.0, "toll": 1.0}) < 1.0


@pytest.mark.parametrize("plover", ["ASSAULT", "CONSULT"])
def test_probability_is_monotone_in_a_positive_weight(plover):
    model = _model({f"plover={plover}": 1.0, "toll": 2.0})
    low = model.probability({f"plover={plover}": 1.0})
    high = model.probability({f"plover={plover}": 1.0, "toll": 1.0})
    assert high > low


def test_the_shipped_model_keeps_a_clear_report_and_scores_every_mention():
    model = confidence.load_model()
    if model is None:
        pytest.skip("no event_confidence.json installed")
    doc = extract(REPORT, published="2024-03-14")
    strike = [e for e in doc.events if e.plover == "ASSAULT"]
    # a shelling with its town, day, toll and attacker, in the report's first sentence
    assert strike and all(e.confidence is not None and e.confidence >= model.threshold for e in strike)
    assert all(e.confidence is not None for e in doc.events)


def test_a_threshold_that_is_no_number_is_a_clear_error(monkeypatch):
    monkeypatch.setenv("RASD_MIN_CONFIDENCE", "high")
    with pytest.raises(ValueError, match="RASD_MIN_CONFIDENCE must be a number"):
        confidence.threshold(_model({}))


def test_reliability_bands_count_each_mention_once_with_the_top_edge_included():
    bands = confidence.reliability([(0.05, False), (0.2, True), (0.59, True), (0.61, False), (0.8, False),
                                    (1.0, True)])
    assert [(b.low, b.mentions, b.matched) for b in bands] == [
        (0.0, 1, 0), (0.2, 1, 1), (0.4, 1, 1), (0.6, 1, 0), (0.8, 2, 1)]
    assert bands[-1].share == 0.5 and bands[0].share == 0.0


def test_eval_events_prints_reliability_bands_of_the_project_gold(seeds_dir, monkeypatch):
    from click.testing import CliRunner

    from rasd.cli import cli

    monkeypatch.setenv("RASD_MIN_CONFIDENCE", "0")
    result = CliRunner().invoke(cli, ["eval", "events", "--seeds", str(seeds_dir), "--reliability"])
    assert result.exit_code == 0, result.output
    lines = result.output.split("reliability")[1].splitlines()[1:6]
    counts = [int(line.split()[1]) for line in lines]
    assert len(counts) == 5 and sum(counts) > 40  # every emitted mention of ~58 gold events, banded


SPLIT = (
    "قصفت قوات النظام صباح الأحد مدينة دوما وبلدة حزة في الغوطة الشرقية بقذائف المدفعية. "
    "وقال ناشطون إن القصف استهدف منازل المدنيين. "
    "وفي سياق آخر، تحدث محللون عن احتمال تصعيد في المنطقة خلال الأشهر المقبلة. "
    "ويرى مراقبون أن المعارك قد تتجدد إذا فشلت المفاوضات."
)


def test_a_trigger_shared_with_a_kept_town_is_not_marked_filtered():
    """One shelling of two towns gives two events on one trigger; when only one falls below
    the threshold, the trigger still yields an event and its span must not say it was filtered."""
    doc = extract(SPLIT, published="2024-03-17")
    events = list(doc.events)
    triggers = [{ev.start for ev in e.evidence if ev.field == "trigger"} for e in events]
    shared = [(i, j) for i in range(len(events)) for j in range(i + 1, len(events))
              if triggers[i] & triggers[j]]
    assert shared, "the report's shelling should give two towns' events on one trigger"
    i, j = shared[0]
    fa, fb = confidence.mention_features(doc, [events[i], events[j]])
    only_a = next(k for k, v in fa.items() if v and not fb.get(k))  # a trait the other lacks
    model = _model({only_a: -20.0}, intercept=10.0)  # drops the first, keeps the second
    kept = confidence.apply(doc, events, model)
    assert events[i] not in kept and events[j] in kept
    marked = {s.start for s in doc.spans_of("TRIGGER") if FILTER_RULE in s.rule}
    assert not triggers[i] & triggers[j] & marked


def test_huge_log_odds_give_0_or_1_not_an_overflow():
    model = _model({"toll": -1000.0, "date": 1000.0})
    assert model.probability({"toll": 1.0}) < 1e-100
    assert model.probability({"date": 1.0}) == 1.0


@pytest.mark.parametrize("value", ["5", "-0.1", "nan"])
def test_a_threshold_outside_0_to_1_is_a_clear_error(monkeypatch, value):
    monkeypatch.setenv("RASD_MIN_CONFIDENCE", value)
    with pytest.raises(ValueError, match="from 0 to 1"):
        confidence.threshold(_model({}))


def test_training_on_a_draw_the_gold_has_not_is_refused_before_any_run(tmp_path):
    from click.testing import CliRunner

    from rasd.cli import cli

    out = tmp_path / "m.json"
    result = CliRunner().invoke(cli, ["train", "event-confidence", "--draws", "A,ZZ", "--output", str(out)])
    assert result.exit_code != 0 and "ZZ" in result.output and not out.exists()


def test_a_threshold_cell_scores_as_the_event_score_does():
    from rasd.events.confidence_train import Cell
    from rasd.events.evaluate import EventScore

    cell = Cell(0.3, kept=12, matched=6, required=20)
    score = EventScore(gold=20, system=12, matched=6)
    assert (cell.precision, cell.recall, cell.f1) == (score.precision, score.recall, score.f1)
    assert Cell(0.6, kept=0, matched=0, required=20).f1 == 0.0


def test_another_model_file_is_read_from_the_environment(monkeypatch, tmp_path):
    """RASD_CONFIDENCE_MODEL reads another model (to compare two on the same reports): one
    that drops everything leaves a report of four sentences with no event; a path to no file
    is a clear error, not a silent fallback to the shipped model."""
    monkeypatch.delenv("RASD_MIN_CONFIDENCE", raising=False)
    strict = tmp_path / "strict.json"
    strict.write_text(json.dumps({"weights": {}, "intercept": -20.0, "threshold": 0.5,
                                  "min_sentences": 1}), encoding="utf-8")
    monkeypatch.setenv("RASD_CONFIDENCE_MODEL", str(strict))
    assert confidence.load_model().threshold == 0.5
    assert extract(REPORT, published="2024-03-14").events == []
    monkeypatch.setenv("RASD_CONFIDENCE_MODEL", str(tmp_path / "missing.json"))
    with pytest.raises(FileNotFoundError, match=r"missing\.json"):
        confidence.load_model()
