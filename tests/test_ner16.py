"""NER16: the ensemble's batched steps give what one sentence alone gives.

The encoder runs the linear layers on the real pieces only (pad rows packed out), the CRF's
forward-backward and the valid-BIO Viterbi run all sentences of a batch together. Each must
give a sentence the same numbers whatever else is in its batch.
"""

from __future__ import annotations

import numpy as np

from rasd.ner import ensemble as E
from rasd.ner.tag import fast_model
from tests.test_ner_stacking import _random_encoder

# Written for these tests (not from the seeds or any dataset); lengths differ on purpose.
_TEXTS = [
    "استقبل رئيس الوزراء العراقي في بغداد وفدا من البنك الدولي برئاسة سليم الحسيني .",
    "وصل المبعوث إلى طرابلس .",
    "",
    "وقالت وزارة الداخلية اللبنانية إن دورية اعتقلت شخصين في صيدا بعد اشتباك قصير قرب المرفأ صباح أمس .",
    "تظاهر العشرات في تونس .",
]
SENTENCES = [t.split() for t in _TEXTS]


def test_crf_marginals_of_a_batch_equal_each_sentence_alone() -> None:
    fast = fast_model(None)
    together = E.crf_proba(fast, SENTENCES)
    for words, p in zip(SENTENCES, together, strict=True):
        alone = E.crf_proba(fast, [words])[0]
        assert p.shape == (len(words), len(E.TAGS))
        assert np.array_equal(p, alone)


def test_decode_all_equals_decoding_each_sentence() -> None:
    rng = np.random.default_rng(7)
    ps = [rng.dirichlet(np.full(len(E.TAGS), 0.3), size=n) for n in (6, 1, 0, 13, 2, 6)]
    assert E.decode_all(ps) == [E.decode(p) for p in ps]
    # a shorter sentence's path is not continued by its longer neighbours' steps
    one = np.full((1, len(E.TAGS)), 0.01)
    one[0, E.TAGS.index("I-LOC")] = 0.5
    one[0, E.TAGS.index("B-LOC")] = 0.4
    assert E.decode_all([ps[3], one])[1] == ["B-LOC"]


def test_encoder_logits_of_a_window_do_not_depend_on_its_batch(tmp_path) -> None:
    from rasd.ner.encoder.runtime import EncoderTagger

    path = tmp_path / "random.npz"
    _random_encoder(path)
    enc = EncoderTagger(path)
    short, long = enc.windows(SENTENCES[1])[0][0], enc.windows(SENTENCES[3])[0][0]
    ids = np.full((2, len(long)), enc.pad, dtype=np.int64)
    mask = np.zeros((2, len(long)), dtype=np.float32)
    for r, row in enumerate((short, long)):
        ids[r, : len(row)] = row
        mask[r, : len(row)] = 1.0
    batched = enc.logits(ids, mask)
    alone = enc.logits(ids[:1, : len(short)], mask[:1, : len(short)])
    # the same up to the order of float sums (a longer row sums its softmax over more zeros)
    np.testing.assert_allclose(batched[0, : len(short)], alone[0], rtol=1e-5, atol=1e-5)
    assert not batched[0, len(short) :].any()  # pad rows are left at zero
