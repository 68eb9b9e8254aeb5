"""NERACC17: the encoder's new training options (unfrozen word embeddings, label
smoothing, layer-wise lr decay) on a tiny random encoder shaped like e5's file.

Skip without torch (the ``train`` extra); the runtime file and the numpy runtime are
unchanged by these options, so nothing here needs the shipped model.
"""

from __future__ import annotations

import importlib.util
from dataclasses import dataclass, field

import numpy as np
import pytest

pytestmark = pytest.mark.skipif(importlib.util.find_spec("torch") is None,
                                reason="torch not installed (pip install -e '.[train]')")

# Written for these tests (not from the seeds or any dataset).
PIECES = ["<s>", "<pad>", "</s>", "<unk>", "▁قصف", "▁حلب", "▁زار", "▁الوزير", "▁بغداد",
          "▁وصل", "▁الوفد", "▁تونس"]
SENTENCES = [(("قصف", "حلب"), ("O", "B-LOC")), (("زار", "الوزير", "بغداد"), ("O", "O", "B-LOC"))]
UNSEEN = [PIECES.index(p) for p in ("▁وصل", "▁الوفد", "▁تونس")]


@dataclass
class _FakeE5:
    """The parts of :class:`rasd.ner.encoder.e5bin.E5File` that ``from_e5`` reads."""

    hidden: int = 16
    layers: int = 3
    heads: int = 2
    ffn: int = 32
    max_pos: int = 32
    eps: float = 1e-12
    bos: int = 0
    pad: int = 1
    eos: int = 2
    unk: int = 3
    rng: np.random.Generator = field(default_factory=lambda: np.random.default_rng(3))

    def tensor(self, name: str, rows: int | None = None) -> np.ndarray:
        if name == "emb.pos":
            return self.rng.normal(0, 0.1, self.max_pos * self.hidden).astype(np.float32)
        if name.endswith(("ln.w", "aln.w", "oln.w")):
            return np.ones(self.hidden, dtype=np.float32)
        if name.endswith(".b") or name == "emb.type":
            n = self.ffn if name.endswith("fi.b") else self.hidden
            return np.zeros(2 * n if name == "emb.type" else n, dtype=np.float32)
        cols = self.ffn if name.endswith("fo.w") else self.hidden
        return self.rng.normal(0, 0.2, (rows or self.hidden, cols)).astype(np.float32)

    def word_rows(self, ids: np.ndarray) -> np.ndarray:
        return self.rng.normal(0, 0.5, (len(ids), self.hidden)).astype(np.float32)


def _train(**options):
    import torch

    from rasd.ner.corpus import Sentence
    from rasd.ner.encoder.tokenizer import Unigram
    from rasd.ner.encoder.train import Settings, fine_tune

    torch.set_num_threads(1)
    tok = Unigram(PIECES, [0.0] * 4 + [-1.0] * (len(PIECES) - 4), {}, unk=3)
    sents = [Sentence(w, t) for w, t in SENTENCES]
    settings = Settings(layers=3, freeze=0, epochs=2, batch=2, lr=1e-2, **options)
    model = fine_tune(_FakeE5(), np.arange(len(PIECES)), tok, sents, settings, log=lambda _: None)
    # a fake with the same seed gives the pretrained word rows the run started from
    # (``from_e5`` reads them first)
    return model, _FakeE5().word_rows(np.arange(len(PIECES)))


def test_train_embeddings_moves_the_seen_pieces_rows_only() -> None:
    model, start = _train(train_embeddings=True)
    now = model.word.weight.detach().numpy()
    seen = [PIECES.index(p) for p in ("▁قصف", "▁حلب", "▁زار", "▁الوزير", "▁بغداد")]
    assert all(not np.allclose(now[i], start[i]) for i in seen)
    # no gradient and no weight decay: a piece the sentences lack keeps its pretrained row
    assert np.array_equal(now[UNSEEN], start[UNSEEN])


def test_word_embeddings_stay_frozen_by_default() -> None:
    model, start = _train()
    assert np.array_equal(model.word.weight.detach().numpy(), start)


def test_train_embeddings_needs_unfrozen_layers() -> None:
    from rasd.ner.corpus import Sentence
    from rasd.ner.encoder.tokenizer import Unigram
    from rasd.ner.encoder.train import Settings, fine_tune

    tok = Unigram(PIECES, [0.0] * len(PIECES), {}, unk=3)
    with pytest.raises(ValueError, match="freeze=0"):
        fine_tune(_FakeE5(), np.arange(len(PIECES)), tok, [Sentence(*SENTENCES[0])],
                  Settings(layers=3, freeze=1, train_embeddings=True), log=lambda _: None)


def test_label_smoothing_reaches_the_loss() -> None:
    plain, _ = _train()
    smooth, _ = _train(label_smoothing=0.3)
    a, b = plain.head.weight.detach().numpy(), smooth.head.weight.detach().numpy()
    assert not np.allclose(a, b)
    again, _ = _train()  # the runs are seeded: the difference is the option's
    assert np.array_equal(a, again.head.weight.detach().numpy())


def _lrs(layer_decay: float, train_embeddings: bool = False) -> tuple[dict[str, float], dict[str, float]]:
    from rasd.ner.encoder.torch_model import Encoder
    from rasd.ner.encoder.train import Settings, _param_groups

    model = Encoder(16, 2, 32, 3, 1e-12, len(PIECES), 32, 9, 0.1)
    model.word.weight.requires_grad = train_embeddings
    settings = Settings(layers=3, lr=1e-4, head_lr=1e-3, layer_decay=layer_decay)
    name = {id(p): n for n, p in model.named_parameters()}
    lr, decay = {}, {}
    for g in _param_groups(model, settings):
        for p in g["params"]:
            lr[name[id(p)]], decay[name[id(p)]] = g["lr"], g["weight_decay"]
    return lr, decay


def test_default_groups_are_the_old_optimisers() -> None:
    lr, decay = _lrs(1.0)
    assert "word.weight" not in lr  # frozen: not handed to the optimiser
    assert lr["head.weight"] == lr["head.bias"] == 1e-3
    assert {v for k, v in lr.items() if not k.startswith("head")} == {1e-4}
    # matrices of the body decay; vectors and the head do not
    assert decay["layers.0.q.weight"] == decay["pos"] == 0.01
    assert decay["layers.0.q.bias"] == decay["eln.weight"] == decay["head.weight"] == 0.0


def test_layer_decay_lowers_the_lr_layer_by_layer() -> None:
    lr, decay = _lrs(0.5, train_embeddings=True)
    assert lr["layers.2.fi.weight"] == pytest.approx(1e-4)  # the top layer keeps lr
    assert lr["layers.1.fi.weight"] == pytest.approx(5e-5)
    assert lr["layers.0.aln.bias"] == pytest.approx(2.5e-5)
    assert lr["word.weight"] == lr["pos"] == pytest.approx(1.25e-5)
    assert lr["head.weight"] == 1e-3  # the head is not decayed
    assert decay["word.weight"] == 0.0
