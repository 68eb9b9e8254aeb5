"""The learned combining step for the CRF + encoder ensemble (``rasd.ner.combiner``, NERCRF18).

No torch and no encoder model: the two models' distributions are written by hand, as the
tail's outputs would give them.
"""

from __future__ import annotations

import numpy as np
import pytest

from rasd.ner import combiner as C
from rasd.ner import ensemble as E
from rasd.ner.evaluate import chunks

T = {t: i for i, t in enumerate(E.TAGS)}


def _dist(tags: list[str], p: float) -> np.ndarray:
    out = np.full((len(tags), len(E.TAGS)), (1 - p) / (len(E.TAGS) - 1), dtype=np.float32)
    for i, t in enumerate(tags):
        out[i, T[t]] = p
    return out


def _idx(tags: list[str]) -> np.ndarray:
    return np.asarray([T[t] for t in tags])


def _identity_mean() -> C.Combiner:
    z = np.zeros(len(E.TAGS))
    return C.Combiner({"mean": np.eye(len(E.TAGS))}, z, np.zeros((len(z), len(z))), z)


# gold, the CRF's view (right, hesitant) and the encoder's (sure, and wrong on the ORG)
_GOLD = ["O", "B-ORG", "I-ORG", "O", "B-LOC", "O"]
_ENC_WRONG = ["O", "B-LOC", "I-LOC", "O", "B-LOC", "O"]


def _sentences(n: int, wrong: bool) -> tuple[list, list, list]:
    crf = [_dist(_GOLD, 0.45) for _ in range(n)]
    enc = [_dist(_ENC_WRONG if wrong else _GOLD, 0.9) for _ in range(n)]
    return crf, enc, [_idx(_GOLD) for _ in range(n)]


def test_identity_on_the_mean_is_the_parameter_free_step() -> None:
    rng = np.random.default_rng(3)
    crfs = [rng.dirichlet(np.ones(len(E.TAGS)) * 0.3, size=n) for n in (7, 1, 12)]
    encs = [rng.dirichlet(np.ones(len(E.TAGS)) * 0.3, size=n) for n in (7, 1, 12)]
    old = E.decode_all([E.combine(c, e) for c, e in zip(crfs, encs, strict=True)])
    assert _identity_mean().decode_all(crfs, encs) == old


def test_learned_transitions_change_the_path_and_zero_ones_do_not() -> None:
    # a name's first word, then a word a little more O than I-PERS, then one as much
    # B-PERS as I-PERS: alone, the middle word cuts the name in two
    p = np.full((3, len(E.TAGS)), 0.01)
    p[0, T["B-PERS"]] = 0.9
    p[1, T["O"]], p[1, T["I-PERS"]] = 0.55, 0.45
    p[2, T["B-PERS"]] = p[2, T["I-PERS"]] = 0.45
    u = [np.log(p)]
    assert E.decode_scores(u)[0] == ["B-PERS", "O", "B-PERS"]
    trans = np.zeros((len(E.TAGS), len(E.TAGS)))
    trans[T["B-PERS"], T["I-PERS"]] = trans[T["I-PERS"], T["I-PERS"]] = 1.0
    assert E.decode_scores(u, trans)[0] == ["B-PERS", "I-PERS", "I-PERS"]


def test_fit_learns_to_trust_the_crf_where_the_encoder_errs() -> None:
    crf, enc, gold = _sentences(40, wrong=True)
    mean = E.decode_all([E.combine(c, e) for c, e in zip(crf, enc, strict=True)])
    assert (1, 3, "LOC") in chunks(mean[0])  # the mean follows the sure encoder
    comb = C.fit(crf, enc, gold, "diag")
    new_crf, new_enc, _ = _sentences(1, wrong=True)
    assert chunks(comb.decode_all(new_crf, new_enc)[0]) == [(1, 3, "ORG"), (4, 5, "LOC")]


def test_fit_leaves_agreeing_models_alone() -> None:
    crf, enc, gold = _sentences(40, wrong=False)
    comb = C.fit(crf, enc, gold, "diag")
    assert comb.decode_all(crf[:1], enc[:1])[0] == _GOLD


@pytest.mark.parametrize("kind", sorted(C.KINDS))
def test_gradient_matches_finite_differences(kind: str) -> None:
    rng = np.random.default_rng(5)
    lens = (5, 2, 9)
    crfs = [rng.dirichlet(np.ones(len(E.TAGS)), size=n) for n in lens]
    encs = [rng.dirichlet(np.ones(len(E.TAGS)), size=n) for n in lens]
    golds = [_idx(["B-PERS", "I-PERS", "O", "B-LOC", "O", "B-ORG", "I-ORG", "O", "O"][:n])
             for n in lens]
    lay = C._layout(kind)
    data = C._Data(crfs, encs, golds, lay.inputs)
    theta = lay.centre + rng.normal(0, 0.2, lay.centre.shape) * lay.free

    def value(th: np.ndarray) -> float:
        return C._nll(lay.unpack(th), data)[0]

    _, g = C._nll(lay.unpack(theta), data)
    flat = np.concatenate([*(g[f"w.{n}"].ravel() for n in lay.inputs), g["bias"],
                           g["trans"].ravel(), g["start"]])
    for i in np.flatnonzero(lay.free)[:: max(1, int(lay.free.sum()) // 12)]:
        step = np.zeros_like(theta)
        step[i] = 1e-6
        assert (value(theta + step) - value(theta - step)) / 2e-6 == pytest.approx(flat[i], abs=1e-4)


def test_gold_inside_without_its_begin_is_read_as_a_begin() -> None:
    fixed = C._valid(_idx(["O", "I-LOC", "I-LOC", "B-PERS", "I-ORG"]))
    assert [E.TAGS[i] for i in fixed] == ["O", "B-LOC", "I-LOC", "B-PERS", "B-ORG"]


def test_saved_combiner_loads_the_same_and_a_missing_file_is_none(tmp_path) -> None:
    crf, enc, gold = _sentences(20, wrong=True)
    comb = C.fit(crf, enc, gold, "diag")
    path = C.save(comb, tmp_path / "c.json", {"fitted on": "a test"})
    again = C.load(path)
    assert again is not None
    assert again.decode_all(crf[:2], enc[:2]) == comb.decode_all(crf[:2], enc[:2])
    assert C.load(tmp_path / "absent.json") is None


_ENCODER = pytest.mark.skipif(
    not __import__("rasd.ner.encoder.runtime", fromlist=["x"]).MODEL_PATH.exists(),
    reason="ner-e5.npz not built")

# Written for these tests (not from the seeds or any dataset).
_WORDS = [s.split() for s in (
    "وصل وزير الدفاع التركي خلوصي أكار إلى أنقرة بعد لقاء مع حلف شمال الأطلسي .",
    "قالت وكالة الأنباء الفرنسية إن الاشتباكات تجددت قرب مدينة إدلب أمس .",
)]


@_ENCODER
def test_eval_tagger_combines_with_the_given_combiner(tmp_path) -> None:
    from rasd.cli.ner import _tagger

    mean, _ = _tagger("ensemble")
    path = C.save(_identity_mean(), tmp_path / "identity.json", {})
    same, what = _tagger("ensemble", combiner_path=path)
    assert "identity.json" in what
    tags = mean(_WORDS)
    assert same(_WORDS) == tags
    assert any(t != "O" for s in tags for t in s)
    # a combiner that scores O far above every name tag finds no names at all
    only_o = C.Combiner({"mean": np.eye(len(E.TAGS))}, np.eye(len(E.TAGS))[0] * 50.0,
                        np.zeros((len(E.TAGS), len(E.TAGS))), np.zeros(len(E.TAGS)))
    none, _ = _tagger("ensemble", combiner_path=C.save(only_o, tmp_path / "o.json", {}))
    assert all(t == "O" for s in none(_WORDS) for t in s)
