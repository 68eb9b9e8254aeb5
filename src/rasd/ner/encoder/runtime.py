"""The fine-tuned encoder tagger at run time: numpy only, one ``.npz`` model file.

The file (written by :func:`export`) holds the pruned piece vocabulary with scores and
the normalisation map, every weight matrix as int8 with a float32 scale per output row,
and vectors as float32. At load the matrices are expanded to float32 once; a forward
pass is the same post-LayerNorm BERT as :mod:`rasd.ner.encoder.torch_model`, batched
over windows of similar length. Tags come from each word's first piece.
"""

from __future__ import annotations

import json
import os
from collections.abc import Sequence
from functools import cache
from itertools import pairwise
from pathlib import Path

import numpy as np
from scipy.special import erf as _erf

from rasd.ner.encoder.tokenizer import Unigram

# RASD_NER_ENCODER names another runtime file (e.g. one built with --holdout, for experiments)
MODEL_PATH = Path(os.environ.get("RASD_NER_ENCODER") or
                  Path(__file__).resolve().parents[2] / "data" / "models" / "ner-e5.npz")
TAGS = ("O", "B-PERS", "I-PERS", "B-ORG", "I-ORG", "B-LOC", "I-LOC", "B-MISC", "I-MISC")
MAX_PIECES = 128
_TINY = np.float32(1e-30)  # see _softmax_keys
_SLICE = 64  # feed-forward rows per element-wise slice (64 x 1,536 floats: 384 KB, in L2)


def _q8(w: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    scale = np.abs(w).max(axis=1) / 127.0
    scale[scale == 0] = 1.0
    return np.round(w / scale[:, None]).astype(np.int8), scale.astype(np.float32)


def export(state: dict, pieces: Sequence[str], scores: Sequence[float], norm: dict[str, str],
           specials: dict[str, int], unk_score: float, meta: dict, path: Path = MODEL_PATH) -> Path:
    """Write the runtime file from a torch ``state_dict`` given as numpy arrays."""
    arrays: dict[str, np.ndarray] = {}
    for name, value in state.items():
        value = np.asarray(value, dtype=np.float32)
        if value.ndim == 2 and name != "pos":
            arrays[name + ".q"], arrays[name + ".s"] = _q8(value)
        else:
            arrays[name] = value
    vocab = {"pieces": list(pieces), "norm": norm, "specials": specials, "unk_score": unk_score,
             "meta": meta}
    arrays["scores"] = np.asarray(scores, dtype=np.float32)
    arrays["vocab.json"] = np.frombuffer(json.dumps(vocab, ensure_ascii=False).encode(), np.uint8)
    path.parent.mkdir(parents=True, exist_ok=True)
    np.savez_compressed(path, **arrays)
    return path


def _ln(x: np.ndarray, w: np.ndarray, b: np.ndarray, eps: float) -> np.ndarray:
    """LayerNorm over the last axis, in place (``x`` is a fresh temporary)."""
    x -= x.mean(-1, keepdims=True)
    var = np.einsum("...i,...i->...", x, x)[..., None]
    var *= np.float32(1.0 / x.shape[-1])
    var += np.float32(eps)
    np.sqrt(var, out=var)
    x /= var
    x *= w
    x += b
    return x


def _gelu(x: np.ndarray) -> np.ndarray:
    """Twice the exact (erf) GELU, in place, as BERT and the torch model use (the factor
    0.5 is in the output matrix, see :class:`EncoderTagger`); scipy's ``erf`` ufunc
    (scipy comes with scikit-learn) is ~10x faster than a numpy polynomial for it."""
    y = np.multiply(x, np.float32(0.7071067811865476))
    _erf(y, out=y)
    y += 1.0
    x *= y
    return x


_C1 = np.float32(np.sqrt(2.0 / np.pi))
_C3 = np.float32(0.044715 * np.sqrt(2.0 / np.pi))


def _gelu_tanh(x: np.ndarray) -> np.ndarray:
    """Twice GELU's tanh form (the one the original BERT code used), in place: numpy's
    ``tanh`` is vectorised and ~10x cheaper than ``erf``; it differs from the exact GELU by
    < 1e-3. As in :func:`_gelu`, the factor 0.5 is in the output matrix."""
    y = np.multiply(x, x)
    y *= _C3
    y += _C1
    y *= x
    np.tanh(y, out=y)
    y += 1.0
    x *= y
    return x


def _softmax_keys(att: np.ndarray) -> np.ndarray:
    """Softmax over axis -2 of ``(heads, keys, queries)`` scores (``att`` is overwritten).

    The exponent is shifted by each head's largest score, one reduction over the whole
    head, instead of each query's (one short reduction per query, ~6x slower): the same
    distribution, exactly so in real numbers. A query whose scores all lie far below its
    head's maximum would underflow (its sum below ``_TINY``, i.e. ~69 below); then every
    query is shifted by its own maximum, as a textbook softmax is."""
    att -= att.max((1, 2), keepdims=True)
    e = np.exp(att)
    total = e.sum(-2, keepdims=True)
    if total.min() < _TINY:
        att -= att.max(-2, keepdims=True)
        np.exp(att, out=e)
        total = e.sum(-2, keepdims=True)
    e /= total
    return e


def _attend(packed: np.ndarray, bounds: Sequence[int], heads: int, out: np.ndarray,
            queries: np.ndarray | None = None) -> None:
    """Scaled dot-product attention of each window into ``out`` (``(rows, hidden)``).

    ``packed`` holds q | k | v of the real pieces only, window after window (window ``j``
    is rows ``bounds[j]:bounds[j + 1]``), so no pad piece is scattered, masked or
    exponentiated. ``queries`` (sorted rows of ``packed``) limits the queries to those
    rows, ``out`` then has one row per query. A window's heads are one batched product;
    its scores are laid out keys × queries (``k @ q.T``: the same products), so the
    softmax's sums run over axis -2 as whole rows."""
    h = out.shape[1]
    d = h // heads
    scale = np.float32(1.0 / np.sqrt(d))
    at = bounds if queries is None else np.searchsorted(queries, bounds).tolist()
    for (a, e), (c, f) in zip(pairwise(bounds), pairwise(at), strict=True):
        q, k, v = packed[a:e].reshape(e - a, 3, heads, d).transpose(1, 2, 0, 3)
        if queries is not None:
            if c == f:  # nothing read in this window (an empty sentence: <s> </s>)
                continue
            q = packed[queries[c:f], :h].reshape(f - c, heads, d).transpose(1, 0, 2)
        att = k @ q.transpose(0, 2, 1)
        att *= scale
        att = _softmax_keys(att)
        np.matmul(att.transpose(0, 2, 1), v, out=out[c:f].reshape(f - c, heads, d).transpose(1, 0, 2))


class EncoderTagger:
    """Load once (:func:`tagger`); :meth:`tag` gives BIO tags per word."""

    def __init__(self, path: Path = MODEL_PATH, exact_gelu: bool = False) -> None:
        self.gelu = _gelu if exact_gelu else _gelu_tanh
        z = np.load(path)
        vocab = json.loads(bytes(z["vocab.json"]).decode())
        sp = vocab["specials"]
        self.bos, self.eos, self.pad = sp["bos"], sp["eos"], sp["pad"]
        self.meta = vocab["meta"]
        self.tok = Unigram(vocab["pieces"], z["scores"].tolist(), vocab["norm"], sp["unk"],
                           ids=range(len(vocab["pieces"])), unk_score=vocab["unk_score"])
        self.eps = float(self.meta["eps"])
        self.heads = int(self.meta["heads"])
        w = {}
        for name in z.files:
            if name.endswith(".q"):
                w[name[:-2]] = z[name].astype(np.float32) * z[name[:-2] + ".s"][:, None]
            elif not name.endswith(".s") and name not in ("vocab.json", "scores"):
                w[name] = z[name].astype(np.float32)
        self.w = w
        self.n_layers = int(self.meta["layers"])
        # transposed once so a linear layer is one ``x @ W`` (rows of W are outputs); the
        # GELU's factor 0.5 is folded into the feed-forward output matrix (a power of two:
        # every product, so every sum, is the same float as when the 0.5 is applied first)
        self.layer = []
        for i in range(self.n_layers):
            def wt(n: str, i: int = i) -> np.ndarray:
                return np.ascontiguousarray(w[f"layers.{i}.{n}.weight"].T)

            def bs(n: str, i: int = i) -> np.ndarray:
                return w[f"layers.{i}.{n}.bias"]

            self.layer.append((
                np.ascontiguousarray(np.concatenate([wt("q"), wt("k"), wt("v")], axis=1)),
                np.concatenate([bs("q"), bs("k"), bs("v")]),
                wt("ao"), bs("ao"), wt("fi"), bs("fi"), wt("fo") * np.float32(0.5), bs("fo")))
        self.head = (np.ascontiguousarray(w["head.weight"].T), w["head.bias"])

    def logits(self, ids: np.ndarray, mask: np.ndarray,
               read: np.ndarray | None = None) -> np.ndarray:
        """``[B, T, tags]`` for padded piece ids (``mask`` 1 on each window's real pieces,
        which come first; pad rows of the output are 0).

        ``read`` (``[B, T]``, default ``mask``) marks the pieces whose logits are wanted
        (a tagger reads each word's first piece): the last layer computes attention, its
        output, the feed-forward block and LayerNorms for those rows only.

        Every step runs on the real pieces only, packed as one matrix (window after
        window); no pad piece is ever computed, so padding cannot change a window's
        numbers. q, k and v are one product, and each product runs on all rows at once
        (OpenBLAS is ~15% faster on 1,000 rows than on 256, and a row's result does not
        depend on the others); the GELU runs on L2-sized slices of its product
        (:meth:`_feed_forward`), attention one window at a time (:func:`_attend`).
        """
        w, eps = self.w, self.eps
        b, t = ids.shape
        rows = np.flatnonzero(mask.reshape(-1))
        x = w["word.weight"][ids.reshape(-1)[rows]] + w["pos"][rows % t] + w["typ"]
        x = _ln(x, w["eln.weight"], w["eln.bias"], eps)
        bounds = np.concatenate([[0], np.cumsum(mask.sum(1), dtype=np.int64)]).tolist()
        ctx = np.empty_like(x)
        for i in range(self.n_layers):
            wqkv, bqkv, wao, bao, wfi, bfi, wfo, bfo = self.layer[i]
            packed = x @ wqkv
            packed += bqkv
            queries = None
            if i == self.n_layers - 1 and read is not None:
                queries = np.flatnonzero(read.reshape(-1)[rows])
                rows, x, ctx = rows[queries], x[queries], ctx[: len(queries)]
            _attend(packed, bounds, self.heads, ctx, queries)
            y = ctx @ wao
            y += bao
            y += x
            x = _ln(y, w[f"layers.{i}.aln.weight"], w[f"layers.{i}.aln.bias"], eps)
            y = self._feed_forward(x, wfi, bfi, wfo)
            y += bfo
            y += x
            x = _ln(y, w[f"layers.{i}.oln.weight"], w[f"layers.{i}.oln.bias"], eps)
        out = np.zeros((b * t, self.head[1].shape[0]), dtype=np.float32)
        out[rows] = x @ self.head[0] + self.head[1]
        return out.reshape(b, t, -1)

    def _feed_forward(self, x: np.ndarray, wfi: np.ndarray, bfi: np.ndarray,
                      wfo: np.ndarray) -> np.ndarray:
        """``gelu(x @ wfi + bfi) @ wfo`` (twice the GELU, see ``__init__``): two products
        over all rows, the bias and GELU ``_SLICE`` rows at a time while they sit in L2."""
        mid = x @ wfi
        for r in range(0, len(mid), _SLICE):
            part = mid[r : r + _SLICE]
            part += bfi
            self.gelu(part)
        return mid @ wfo

    def windows(self, words: Sequence[str]) -> list[tuple[list[int], list[int], int]]:
        out = []
        ids, firsts, start = [self.bos], [], 0
        for i, word in enumerate(words):
            pieces = list(self.tok.word(word))[: MAX_PIECES - 2]
            if len(ids) + len(pieces) + 1 > MAX_PIECES:
                out.append(([*ids, self.eos], firsts, start))
                ids, firsts, start = [self.bos], [], i
            firsts.append(len(ids))
            ids.extend(pieces)
        out.append(([*ids, self.eos], firsts, start))
        return out

    def tag(self, sentences: Sequence[Sequence[str]], batch: int = 32) -> list[list[str]]:
        """BIO tags (PERS/ORG/LOC/MISC) for each word of each sentence."""
        return self.tag_proba(sentences, batch)[0]

    def tag_proba(self, sentences: Sequence[Sequence[str]],
                  batch: int = 32) -> tuple[list[list[str]], list[list[float]]]:
        """Tags and each tag's softmax probability, per word of each sentence."""
        tags, probs = [], []
        for p in self.word_proba(sentences, batch):
            best = p.argmax(-1)
            tags.append([TAGS[k] for k in best.tolist()])
            probs.append(p[np.arange(len(best)), best].tolist())
        return tags, probs

    def word_proba(self, sentences: Sequence[Sequence[str]], batch: int = 32) -> list[np.ndarray]:
        """Per sentence, a ``(words, len(TAGS))`` softmax over the tags, read at each word's
        first piece. Windows are batched by length (least padding)."""
        items = [(si, *win) for si, words in enumerate(sentences) for win in self.windows(words)]
        out = [np.zeros((len(words), len(TAGS)), dtype=np.float32) for words in sentences]
        order = sorted(range(len(items)), key=lambda i: len(items[i][1]))
        for a in range(0, len(order), batch):
            chunk = [items[i] for i in order[a : a + batch]]
            n = max(len(c[1]) for c in chunk)
            ids = np.full((len(chunk), n), self.pad, dtype=np.int64)
            mask = np.zeros((len(chunk), n), dtype=np.float32)
            read = np.zeros((len(chunk), n), dtype=bool)
            for r, c in enumerate(chunk):
                ids[r, : len(c[1])] = c[1]
                mask[r, : len(c[1])] = 1.0
                read[r, c[2]] = True
            logits = self.logits(ids, mask, read)
            for r, (si, _, firsts, start) in enumerate(chunk):
                if firsts:
                    z = logits[r, firsts]
                    z = np.exp(z - z.max(-1, keepdims=True))
                    out[si][start : start + len(firsts)] = z / z.sum(-1, keepdims=True)
        return out


@cache
def tagger(path: str | None = None) -> EncoderTagger:
    return EncoderTagger(Path(path) if path else MODEL_PATH)
