"""The compiled decoder loops (rasd.ner.kernels) against the numpy code they replace."""

from __future__ import annotations

import numpy as np
import pytest

from rasd.ner import fast as fast_module
from rasd.ner import kernels
from rasd.ner.tag import _SPLIT, _chunk_starts, fast_model

COMPILED = kernels.compile_kernels()  # the compiled loops, whether RASD_COMPILED is set or not
needs_numba = pytest.mark.skipif(COMPILED is None, reason="numba not installed (pip install rasd[fast])")

# Written for these tests: names, places and a long sentence next to short ones.
TEXT = (
    "قال وزير الخارجية الأردني أيمن الصفدي في عمان إن المحادثات مع نظيره المصري سامح شكري "
    "تناولت الأوضاع في قطاع غزة والضفة الغربية.\n"
    "وأعلنت وزارة الدفاع التركية مقتل جنديين.\n"
    "نعم.\n"
    "وزار رئيس الوزراء العراقي محمد شياع السوداني مدينة البصرة يوم الخميس والتقى محافظها "
    "أسعد العيداني وعددا من شيوخ العشائر في قاعة المحافظة وسط المدينة قبل أن يعود إلى بغداد."
)


def _words_and_starts(text: str) -> tuple[list[str], list[int]]:
    parts = _SPLIT.split(text)
    words = parts[1::2]
    gaps = parts[0::2]
    lines = [0] + [i for i in range(1, len(words)) if "\n" in gaps[i]]
    return words, _chunk_starts(words, lines)


def _use(monkeypatch: pytest.MonkeyPatch, compiled: bool) -> None:
    loops = COMPILED if compiled else (None, None, None, None)
    for name, loop in zip(("_compiled_viterbi", "_alpha_steps", "_beta_steps", "_block_sums"),
                          loops, strict=True):
        monkeypatch.setattr(fast_module, name, loop)


@needs_numba
@pytest.mark.parametrize("all_marginals", [False, True])
def test_compiled_decoder_equals_numpy_on_written_text(monkeypatch: pytest.MonkeyPatch,
                                                        all_marginals: bool) -> None:
    fast = fast_model()
    words, starts = _words_and_starts(TEXT)
    assert len(starts) >= 4 and len(set(np.diff([*starts, len(words)]))) > 2
    _use(monkeypatch, compiled=True)
    tags, probs, ids = fast.decode_ids(words, starts, all_marginals)
    _use(monkeypatch, compiled=False)
    ref_tags, ref_probs, ref_ids = fast.decode_ids(words, starts, all_marginals)
    assert tags.tolist() == ref_tags.tolist()
    assert ids.tolist() == ref_ids.tolist()
    assert (tags != fast.outside).any()  # names were found, so marginals were computed
    both = ~np.isnan(ref_probs)
    assert (np.isnan(probs) == np.isnan(ref_probs)).all()
    # the same fused multiply-adds as the BLAS product: equal here to the last bit on
    # this machine's kernels; any machine: far below the 4 decimals a name's score keeps
    assert np.allclose(probs[both], ref_probs[both], rtol=0, atol=1e-12)


@needs_numba
def test_compiled_viterbi_equals_numpy_on_random_scores_and_ties() -> None:
    fast = fast_model()
    rng = np.random.default_rng(7)
    labels = len(fast.labels)
    for trial in range(40):
        lengths = rng.integers(1, 30, size=rng.integers(1, 12))
        lengths[rng.integers(len(lengths))] = rng.integers(30, 90)  # one long chunk
        n = int(lengths.sum())
        s = rng.normal(size=(n, labels)) * 3
        if trial % 4 == 0:  # whole numbers: many exact ties, where the first label must win
            s = np.round(s)
        starts = np.concatenate([[0], np.cumsum(lengths)[:-1]]).tolist()
        order = np.argsort(-lengths, kind="stable")
        lens = lengths[order]
        c, width = len(lens), int(lens[0])
        live_at = np.searchsorted(-lens, -np.arange(1, width + 1), side="right")
        row = np.repeat(np.arange(c), lens)
        col = np.arange(n) - np.repeat(np.cumsum(lens) - lens, lens)
        at = np.repeat(np.asarray(starts)[order], lens) + col
        grid = np.zeros((c, width, labels))
        grid[row, col] = s[at]
        trans = np.round(fast.trans) if trial % 4 == 0 else fast.trans
        saved = fast.trans_t
        fast.trans_t = np.ascontiguousarray(trans.T)
        try:
            expected = fast._viterbi_numpy(grid, lens, live_at, row, col)
        finally:
            fast.trans_t = saved
        got = np.empty(n, dtype=np.int64)
        COMPILED[0](s, np.array([*starts, n], dtype=np.int64), trans, got)
        assert got[at].tolist() == expected.tolist()
        plain = np.empty(n, dtype=np.int64)
        kernels._viterbi(s, np.array([*starts, n], dtype=np.int64), trans, plain)  # uncompiled
        assert plain.tolist() == got.tolist()


@needs_numba
def test_row_sum_is_numpys_pairwise_order() -> None:
    rng = np.random.default_rng(3)
    for n in (1, 5, 7, 8, 9, 16, 17, 33, 100):
        for _ in range(30):
            x = rng.random(n) ** 6 * 10.0 ** rng.integers(-8, 8)
            assert kernels._row_sum(x) == np.add.reduce(x)


@needs_numba
def test_compiled_block_sums_equal_numpy_word_table(monkeypatch: pytest.MonkeyPatch) -> None:
    from rasd.ner.fast import FastCRF
    from rasd.ner.tag import model

    words, _ = _words_and_starts(TEXT)
    tables = []
    for compiled in (True, False):
        fresh = FastCRF(*model())
        _use(monkeypatch, compiled)
        fresh._add_words(list(dict.fromkeys(words)))
        tables.append(fresh._table[: len(fresh._norms)].copy())
    assert tables[0].shape[0] == len(set(words))
    assert tables[0].any()
    assert tables[0].tobytes() == tables[1].tobytes()
