"""GSR23: sentences labelled in the GSR's sense from rasd's own gold (rasd.events.gold_sentences)
and training the GSR sentence model on them beside the development rows, each source balanced
and weighted. Sentences written for these tests; neither the GSR's rows nor the gold are read."""

from __future__ import annotations

import pytest

from rasd.document import Document, Meta
from rasd.events import sentence_model as sm
from rasd.events.gold_sentences import MOST_GOLD, labelled_sentences
from rasd.events.sentence_model_train import Grid, Row, fit, out_of_fold, sample_weights, select
from rasd.pipeline import build

STRIKE = "قصفت طائرات حربية بلدة كفرنبل في ريف إدلب صباح اليوم ما أدى إلى مقتل ثلاثة مدنيين."
TOPIC = "وقال الناطق إن الحكومة ستناقش التفجيرات التي شهدتها البلاد منذ سنوات."
CLASH = "واندلعت اشتباكات عنيفة بين الجيش ومسلحين في مدينة درعا مساء أمس."
VISIT = "وصل وزير الخارجية إلى عمان في زيارة رسمية."
TEXT = " ".join((STRIKE, TOPIC, CLASH, VISIT))


@pytest.fixture(scope="module")
def every_mention():
    pipeline = build()
    for step in pipeline.stages:  # as unseen_gold_sentences runs it: every mention kept
        if step.name == "events":
            step.drop = False
    return pipeline


def _doc(pipeline, doc_id: str) -> Document:
    return pipeline(Document(Meta(id=doc_id), raw=TEXT))


def _gold(doc_id: str, *places: str, optional: tuple[str, ...] = ()) -> list[dict]:
    lines = [{"doc_id": doc_id, "document": True}]
    lines += [{"doc_id": doc_id, "plover": "ASSAULT", "location": [p]} for p in places]
    lines += [{"doc_id": doc_id, "plover": "ASSAULT", "location": [p], "optional": True} for p in optional]
    return lines


def _labels(sentences) -> dict[str, tuple[str, str]]:
    return {s.text.strip(): (s.label, s.kind) for s in sentences}


def test_a_coded_attack_is_yes_and_an_uncoded_one_in_the_same_article_no(every_mention):
    got = _labels(labelled_sentences(_gold("a", "كفرنبل"), [_doc(every_mention, "a")], "ASSAULT"))
    assert got[STRIKE] == ("yes", "yes")
    assert got[CLASH] == ("no", "extra")
    # an article with a gold attack gives no keyword rows: its other attack words may be that attack
    assert TOPIC not in got and VISIT not in got


def test_an_attack_matched_to_an_optional_gold_event_is_left_out(every_mention):
    got = _labels(labelled_sentences(_gold("a", "كفرنبل", optional=("درعا",)), [_doc(every_mention, "a")],
                                     "ASSAULT"))
    assert got[STRIKE] == ("yes", "yes") and CLASH not in got


def test_no_extra_is_a_no_in_an_article_with_many_coded_attacks(every_mention):
    places = ("كفرنبل", "حمص", "حماة", "حلب")[: MOST_GOLD + 1]
    got = _labels(labelled_sentences(_gold("a", *places), [_doc(every_mention, "a")], "ASSAULT"))
    assert got[STRIKE] == ("yes", "yes") and CLASH not in got


def test_an_article_without_gold_attacks_gives_its_attack_words_as_no(every_mention):
    got = _labels(labelled_sentences(_gold("b"), [_doc(every_mention, "b")], "ASSAULT"))
    assert got[STRIKE] == ("no", "extra") and got[CLASH] == ("no", "extra")
    assert got[TOPIC] == ("no", "keyword")
    assert VISIT not in got  # no attack word


def _row(k: int, positive: bool, source: str = "gsr", **features: float) -> Row:
    return Row(f"{source}{k}", "yes" if positive else ("no" if source == "gold" else "easy no"), features, source)


def test_each_source_is_balanced_and_the_gold_weighted():
    rows = [_row(0, True), *(_row(k, False) for k in range(1, 4)),
            *(_row(k, True, "gold") for k in range(6)), *(_row(k, False, "gold") for k in range(6, 8))]
    w = sample_weights(rows, 0.5)
    # the GSR's rows alone: scikit-learn's "balanced" (n / (2 n_class)): 4/2 = 2 and 4/6
    assert w[:4] == pytest.approx([2.0, 4 / 6, 4 / 6, 4 / 6])
    # the gold's: balanced within the gold (8/12, 8/4), times 0.5; each source's classes weigh alike
    assert w[4] == pytest.approx(0.5 * 8 / 12) and w[-1] == pytest.approx(0.5 * 8 / 4)
    assert sum(w[4:10]) == pytest.approx(sum(w[10:]))
    assert sum(w[4:]) == pytest.approx(0.5 * 8)


def _separable():
    # on the GSR's rows the trait "a" is no guide; the gold's rows say "a" means yes
    rows = [_row(k, k % 4 == 0, a=float(k % 2), b=float(k % 4 == 0)) for k in range(40)]
    extra = [_row(k, k % 2 == 0, "gold", a=float(k % 2 == 0)) for k in range(40)]
    return rows, extra


def test_the_gold_rows_move_the_weights_only_as_much_as_their_weight():
    rows, extra = _separable()
    alone, _ = fit(rows, (sm.PIPELINE,), 1.0)
    light, _ = fit(rows + extra, (sm.PIPELINE,), 1.0, extra_weight=0.1)
    heavy, _ = fit(rows + extra, (sm.PIPELINE,), 1.0, extra_weight=3.0)
    assert alone["a"] < 0 < heavy["a"]  # "a" leans to "no" on the GSR's rows, to "yes" in the gold
    assert alone["a"] < light["a"] < heavy["a"]


def test_gold_rows_are_trained_on_but_never_scored():
    rows, extra = _separable()
    probability = out_of_fold(rows, (sm.PIPELINE,), 1.0, 0, extra=extra, extra_weight=1.0)
    assert len(probability) == len(rows)
    without = out_of_fold(rows, (sm.PIPELINE,), 1.0, 0)
    assert probability != without  # the gold's rows were in the training folds
    best, table = select(rows, repeats=2, grid=Grid(cs=(1.0,), groups=((sm.PIPELINE,),), extra_weights=(0.0, 1.0)),
                         extra=extra)
    assert [s.extra_weight for s in table] == [0.0, 1.0]
    assert best.extra_weight == 0.0  # "a" misleads on the GSR's rows, so the CV leaves the gold out


def test_the_default_grid_reads_no_gold_rows():
    assert Grid().extra_weights == (0.0,)
