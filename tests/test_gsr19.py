"""The learned sentence decision (GSR19): does a sentence report an attack (a protest) in the
Arabic event GSR's sense? Sentences written for these tests; the shipped model is read offline."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from rasd.cli import cli
from rasd.document import Document, Meta
from rasd.events.sentence_model import (
    MODEL_PATH,
    PIPELINE,
    WORDS,
    load_models,
    mention_traits,
    score_sentence,
    sentence_documents,
    sentence_features,
)
from rasd.events.sentence_model_train import f1, restrict
from rasd.pipeline import build

# a bombing told as news: who was hit, where, when, how many died
ATTACK = "قتل خمسة جنود وأصيب ثلاثة آخرون صباح اليوم في انفجار سيارة مفخخة استهدف حاجزا للجيش شمال بغداد."
# the same kind of attack only named, as the background of a meeting to come
MENTION = "وقال المتحدث إن الحكومة ستعقد اجتماعا الأسبوع المقبل لبحث تداعيات التفجيرات التي شهدتها البلاد منذ سنوات."
PROTEST = "تظاهر آلاف الطلاب صباح اليوم أمام مقر البرلمان في عمان احتجاجا على رفع أسعار الوقود."
PRETEND = "وقال الشاهد إن الرجل تظاهر بأنه صحافي كي يدخل المبنى دون أن يلفت الانتباه."


@pytest.fixture(scope="module")
def pipeline():
    return build()


def _doc(pipeline, text: str) -> Document:
    return pipeline(Document(Meta(id="t"), raw=text))


def test_shipped_model_loads_offline_with_both_types_and_stays_small():
    models = load_models()
    assert set(models) == {"ASSAULT", "PROTEST"}
    assert all(0 < m.threshold < 1 and m.weights for m in models.values())
    data = json.loads(MODEL_PATH.read_text("utf-8"))
    assert all("bucket 0" in m["trained"]["data"] for m in data["models"])  # development rows only
    assert len(MODEL_PATH.read_bytes()) < 3_000_000


@pytest.mark.parametrize(("plover", "report", "mention"), [("ASSAULT", ATTACK, MENTION), ("PROTEST", PROTEST, PRETEND)])
def test_a_report_scores_above_the_threshold_a_mere_mention_below(pipeline, plover, report, mention):
    model = load_models()[plover]
    yes, no = score_sentence(_doc(pipeline, report), model), score_sentence(_doc(pipeline, mention), model)
    assert yes >= model.threshold > no


def test_traits_read_the_rules_mention_and_the_triggers_context(pipeline):
    f = sentence_features(_doc(pipeline, ATTACK), "ASSAULT")
    assert f["emits"] == 1.0 and f["toll"] == 1.0 and f["place"] == 1.0 and 0 < f["confidence"] <= 1
    assert "w=مفخخه" in f
    g = sentence_features(_doc(pipeline, MENTION), "ASSAULT", traits=(PIPELINE,))
    assert g["emits"] == 0.0 and any(k.startswith("context=") for k in g) and not any(k.startswith("w=") for k in g)
    assert mention_traits([]) == {"emits": 0.0, "log_mentions": 0.0}


def test_restrict_keeps_only_the_chosen_groups():
    f = {"emits": 1.0, "w=قصف": 1.0}
    assert restrict(f, (PIPELINE,)) == {"emits": 1.0}
    assert restrict(f, (WORDS,)) == {"w=قصف": 1.0}
    assert restrict(f, (PIPELINE, WORDS)) == f


def test_f1_counts_misses_and_false_alarms():
    assert f1([True, True, False, False], [True, False, True, False]) == pytest.approx(0.5)
    assert f1([True, False], [False, False]) == 0.0


def test_sentence_documents_split_a_text_into_its_sentences(pipeline):
    parts = list(sentence_documents(_doc(pipeline, f"{ATTACK} {MENTION}")))
    assert [p.raw for p in parts] == [ATTACK, MENTION]


def test_sentences_command_prints_a_score_per_sentence_and_leaves_events_alone(pipeline):
    before = [e.trigger for e in _doc(pipeline, ATTACK).events]
    result = CliRunner().invoke(cli, ["sentences", f"{ATTACK} {MENTION}"])
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    assert len(lines) == 2 and lines[0].startswith("ASSAULT") and "ASSAULT" in lines[1]
    assert lines[0].split()[2] == "yes" and lines[1].split()[2] == "no"
    assert [e.trigger for e in _doc(pipeline, ATTACK).events] == before
