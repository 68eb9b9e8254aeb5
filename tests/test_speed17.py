"""SPEED17: the encoder's fast forward pass gives the reference pass's numbers.

The runtime packs each window's real pieces (no pad piece is computed), runs attention
one window at a time with the softmax shifted by each head's maximum, and in the last
layer computes only the pieces a tagger reads (each word's first piece). The reference
below is the textbook pass the runtime replaced: windows padded to one length, an
additive mask on pad keys, each query's own maximum, every piece through every layer.
"""

from __future__ import annotations

import re

import numpy as np
import pytest

from rasd.ner.encoder import runtime as R
from tests.test_ner_stacking import _random_encoder

# Written for these tests (not from the seeds or any dataset); lengths differ on purpose,
# one sentence is long enough to be cut into two windows of 128 pieces.
_TEXTS = [
    "أعلنت وزارة الصحة في غزة مقتل ثلاثة أشخاص في غارة على مخيم النصيرات .",
    "التقى وزير الخارجية المصري سامح شكري نظيره الأردني أيمن الصفدي في عمان .",
    "قتل جندي .",
    "وقالت مصادر محلية إن اشتباكات اندلعت بين قوات سوريا الديمقراطية ومسلحين من العشائر "
    "في ريف دير الزور الشرقي ، وأسفرت عن سقوط جرحى من الطرفين ، بينما أغلقت الطرق "
    "المؤدية إلى بلدة ذيبان وسط انتشار أمني كثيف .",
    "طرابلس",
]
SENTENCES = [t.split() for t in _TEXTS]
LONG = ("وأكد المتحدث باسم الجيش اللبناني أن وحدات الجيش انتشرت في بلدات الجنوب " * 12).split()


def _reference_logits(enc: R.EncoderTagger, ids: np.ndarray, mask: np.ndarray) -> np.ndarray:
    """The pass before SPEED17: padded ``[B, T]`` windows through every layer."""
    w, eps, nh = enc.w, enc.eps, enc.heads
    b, t = ids.shape

    def ln(x: np.ndarray, name: str) -> np.ndarray:
        x = x - x.mean(-1, keepdims=True)
        return x / np.sqrt((x * x).mean(-1, keepdims=True) + eps) * w[f"{name}.weight"] + w[
            f"{name}.bias"]

    x = ln(w["word.weight"][ids] + w["pos"][:t] + w["typ"], "eln")
    bias = (1.0 - mask[:, None, None, :]) * -1e4
    h = x.shape[-1]
    d = h // nh
    for i in range(enc.n_layers):
        def lin(z: np.ndarray, n: str, i: int = i) -> np.ndarray:
            return z @ w[f"layers.{i}.{n}.weight"].T + w[f"layers.{i}.{n}.bias"]

        q, k, v = (lin(x, n).reshape(b, t, nh, d).transpose(0, 2, 1, 3) for n in "qkv")
        att = q @ k.transpose(0, 1, 3, 2) / np.sqrt(d) + bias
        att = np.exp(att - att.max(-1, keepdims=True))
        att /= att.sum(-1, keepdims=True)
        ctx = (att @ v).transpose(0, 2, 1, 3).reshape(b, t, h)
        x = ln(lin(ctx, "ao") + x, f"layers.{i}.aln")
        mid = lin(x, "fi")
        mid = mid * 0.5 * (1.0 + np.tanh(np.sqrt(2 / np.pi) * (mid + 0.044715 * mid**3)))
        x = ln(lin(mid, "fo") + x, f"layers.{i}.oln")
    return x @ w["head.weight"].T + w["head.bias"]


def _batch(enc: R.EncoderTagger, sentences: list[list[str]]) -> tuple[np.ndarray, ...]:
    items = [win for s in sentences for win in enc.windows(s)]
    n = max(len(i) for i, _, _ in items)
    ids = np.full((len(items), n), enc.pad, dtype=np.int64)
    mask = np.zeros((len(items), n), dtype=np.float32)
    read = np.zeros((len(items), n), dtype=bool)
    for r, (i, firsts, _) in enumerate(items):
        ids[r, : len(i)] = i
        mask[r, : len(i)] = 1.0
        read[r, firsts] = True
    return ids, mask, read


@pytest.fixture(scope="module")
def random_encoder(tmp_path_factory: pytest.TempPathFactory) -> R.EncoderTagger:
    path = tmp_path_factory.mktemp("speed17") / "random.npz"
    _random_encoder(path)
    return R.EncoderTagger(path)


@pytest.mark.parametrize("which", ["random", "packaged"])
def test_fast_pass_equals_the_reference_on_every_read_piece(which: str, random_encoder) -> None:
    enc = random_encoder if which == "random" else R.tagger()
    sentences = [*SENTENCES, LONG]
    ids, mask, read = _batch(enc, sentences)
    assert len(ids) > len(sentences)  # the long sentence is cut into windows
    ref = _reference_logits(enc, ids, mask)
    full = enc.logits(ids, mask)
    fast = enc.logits(ids, mask, read)
    real = mask.astype(bool)
    scale = max(1.0, float(np.abs(ref[real]).max()))
    np.testing.assert_allclose(full[real], ref[real], rtol=0, atol=2e-4 * scale)
    np.testing.assert_allclose(fast[read], ref[read], rtol=0, atol=2e-4 * scale)
    assert (fast[read].argmax(-1) == ref[read].argmax(-1)).all()
    assert not fast[~read].any()  # pieces nobody reads are not computed


def test_tags_of_a_batch_equal_each_sentence_alone() -> None:
    enc = R.tagger()
    together = enc.word_proba([*SENTENCES, LONG])
    for words, p in zip([*SENTENCES, LONG], together, strict=True):
        alone = enc.word_proba([words])[0]
        np.testing.assert_allclose(p, alone, rtol=0, atol=1e-5)
        assert (p.argmax(-1) == alone.argmax(-1)).all()
    assert [len(p) for p in enc.word_proba([[], SENTENCES[2], []])] == [0, 3, 0]


def _textbook(att: np.ndarray) -> np.ndarray:
    z = np.exp(att.astype(np.float64) - att.max(-2, keepdims=True))
    return z / z.sum(-2, keepdims=True)


def test_softmax_by_the_heads_maximum_is_the_softmax() -> None:
    rng = np.random.default_rng(3)
    att = rng.normal(0, 4, (3, 7, 5)).astype(np.float32)
    np.testing.assert_allclose(R._softmax_keys(att.copy()), _textbook(att), atol=1e-6)


def test_softmax_falls_back_when_a_query_lies_far_below_its_head() -> None:
    rng = np.random.default_rng(4)
    att = rng.normal(0, 1, (2, 6, 4)).astype(np.float32)
    att[1, :, 2] -= 300.0  # every score of this query is 300 below the head's maximum
    got = R._softmax_keys(att.copy())
    assert np.isfinite(got).all()
    np.testing.assert_allclose(got, _textbook(att), atol=1e-6)


def test_bench_ner_reports_tokens_per_cpu_second(evalkit) -> None:
    from click.testing import CliRunner

    from rasd.cli import cli

    result = CliRunner().invoke(
        cli, ["bench", "ner", "--test", "--limit", "15", "--model", "ensemble", "--rounds", "2"])
    assert result.exit_code == 0, result.output
    assert "test: 15 sentences" in result.output
    rates = re.findall(r"round \d: ([\d,]+) tokens per CPU second, ([\d,]+) tokens/s wall",
                       result.output)
    assert len(rates) == 2 and all(int(c.replace(",", "")) > 0 for c, _ in rates)
