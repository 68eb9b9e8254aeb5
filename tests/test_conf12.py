"""Model files say which groups of traits they were fitted on (CONF12): one fitted without the
traits of the mention's own evidence neither computes nor reads them; a file written before the
"traits" key reads both. Reports written for these tests."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from rasd import extract
from rasd.events import confidence

REPORT = (
    "شنت طائرات حربية صباح الخميس غارات على قرية البارة في جبل الزاوية ما أدى إلى مقتل طفلين. "
    "وقصفت المدفعية بلدة كنصفرة المجاورة بعد ساعات. "
    "وأفاد ناشطون بأن الأهالي نزحوا نحو الحدود. "
    "ويشهد الريف الجنوبي هدوءاً حذراً منذ أسابيع."
)
EVIDENCE_KEYS = ("family=", "log_sentence_chars", "log_triggers_in_sentence", "log_place_distance",
                 "place_before_trigger", "place_other_sentence")


@pytest.fixture(autouse=True)
def _keep_everything(monkeypatch):
    monkeypatch.setenv("RASD_MIN_CONFIDENCE", "0")


def _is_evidence(key: str) -> bool:
    return key.startswith(EVIDENCE_KEYS)


def _model_file(tmp_path: Path, evidence: bool | None) -> Path:
    """A model that trusts air strikes by their trigger family (an evidence trait) and tolls
    (a trait of the mention); ``evidence`` None writes a file without "traits", as before."""
    data = confidence.model_data({"family=air_strike": 4.0, "toll": 1.0}, -1.0, 0.4, 4, {}, bool(evidence))
    if evidence is None:
        del data["traits"]
    path = tmp_path / "model.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


def _strike_confidence(monkeypatch, path: Path) -> float:
    monkeypatch.setenv("RASD_CONFIDENCE_MODEL", str(path))
    confidence.forget_model()
    try:
        doc = extract(REPORT, published="2024-05-09")
    finally:
        confidence.forget_model()
    strike = next(e for e in doc.events if (e.location or {}).get("name") == "Al-Bara")
    assert strike.confidence is not None
    return strike.confidence


def test_a_model_fitted_without_the_evidence_traits_ignores_them(monkeypatch, tmp_path):
    path = _model_file(tmp_path, evidence=False)
    assert json.loads(path.read_text("utf-8"))["traits"] == ["mention"]
    # toll only: 1 / (1 + e^0) — the family weight in the file is not read
    assert _strike_confidence(monkeypatch, path) == 0.5


def test_a_model_fitted_with_them_reads_the_trigger_family(monkeypatch, tmp_path):
    assert _strike_confidence(monkeypatch, _model_file(tmp_path, evidence=True)) > 0.95


def test_a_file_from_before_the_traits_key_reads_both_groups(monkeypatch, tmp_path):
    assert _strike_confidence(monkeypatch, _model_file(tmp_path, evidence=None)) > 0.95


def test_mention_features_leave_the_evidence_group_out_on_request():
    doc = extract(REPORT, published="2024-05-09")
    both = confidence.mention_features(doc, doc.events)
    mention = confidence.mention_features(doc, doc.events, evidence=False)
    assert doc.events and all(any(_is_evidence(k) for k in f) for f in both)
    assert not any(_is_evidence(k) for f in mention for k in f)
    # the other traits are the same either way
    assert mention == [{k: v for k, v in f.items() if not _is_evidence(k)} for f in both]


def test_training_rows_carry_the_group_the_model_is_fitted_on():
    from rasd.events.confidence_train import label_rows

    doc = extract(REPORT, published="2024-05-09")
    gold = [{"doc_id": doc.id, "plover": "ASSAULT", "location": ["Al-Bara"], "set": "A"}]
    plain, full = label_rows(gold, [doc]), label_rows(gold, [doc], evidence=True)
    assert plain and not any(_is_evidence(k) for r in plain for k in r.features)
    assert all(any(_is_evidence(k) for k in r.features) for r in full)


def test_the_shipped_model_matches_its_traits():
    model = confidence.load_model()
    if model is None:
        pytest.skip("no event_confidence.json installed")
    data = json.loads(Path(str(confidence.MODEL_PATH)).read_text("utf-8"))
    if not model.evidence:  # no weight the scorer would never compute
        assert not any(_is_evidence(k) for k in model.weights)
    if "evidence" in data.get("traits", confidence.TRAITS) and any(_is_evidence(k) for k in model.weights):
        assert model.evidence  # a file older than the key reads every trait it weighs (REVIEW12 F6)
