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
from pathlib import Path

import numpy as np
from scipy.special import erf as _erf

from rasd.ner.encoder.tokenizer import Unigram

# RASD_NER_ENCODER names another runtime file (e.g. one built with --holdout, for experiments)
MODEL_PATH = Path(os.environ.get("RASD_NER_ENCODER") or
                  Path(__file__).resolve().parents[2] / "data" / "models" / "ner-e5.npz")
TAGS = ("O", "B-PERS", "I-PERS", "B-ORG", "I-ORG", "B-LOC", "I-LOC", "B-MISC", "I-MISC")
MAX_PIECES = 128
_ROWS = 256  # feed-forward rows per block


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

    def logits(self, ids: np.ndarray, mask: np.ndarray) -> np.ndarray:
        """``[B, T, tags]`` for padded piece ids (mask 1 = real piece; pad rows are 0).

        Linear layers, LayerNorms and the GELU run only on the real pieces' rows, packed
        as one matrix; they are scattered into a zeroed ``B*T`` buffer for attention, where
        a pad key's weight underflows to exactly 0 whatever its vector, so the real rows
        are the same floats as when the pad rows go through every layer. q, k and v are
        one product; the feed-forward block goes through ``_ROWS`` rows at a time so its
        1,536-wide middle stays in cache between the two products and the GELU.
        """
        w, eps, nh = self.w, self.eps, self.heads
        b, t = ids.shape
        rows = np.flatnonzero(mask.reshape(-1))
        x = w["word.weight"][ids.reshape(-1)[rows]] + w["pos"][rows % t] + w["typ"]
        x = _ln(x, w["eln.weight"], w["eln.bias"], eps)
        bias = ((1.0 - mask[:, None, None, :]) * -1e4).astype(np.float32)
        h = x.shape[-1]
        hd = h // nh
        scale = np.float32(1.0 / np.sqrt(hd))
        qkv = np.zeros((b * t, 3 * h), dtype=np.float32)
        heads = qkv.reshape(b, t, 3, nh, hd).transpose(2, 0, 3, 1, 4)  # (3, b, heads, t, hd)
        for i in range(self.n_layers):
            wqkv, bqkv, wao, bao, wfi, bfi, wfo, bfo = self.layer[i]
            packed = x @ wqkv
            packed += bqkv
            qkv[rows] = packed
            att = heads[0] @ heads[1].transpose(0, 1, 3, 2)
            att *= scale
            att += bias
            att -= att.max(-1, keepdims=True)
            np.exp(att, out=att)
            att /= att.sum(-1, keepdims=True)
            ctx = (att @ heads[2]).transpose(0, 2, 1, 3).reshape(b * t, h)[rows]
            y = ctx @ wao
            y += bao
            y += x
            x = _ln(y, w[f"layers.{i}.aln.weight"], w[f"layers.{i}.aln.bias"], eps)
            y = np.empty_like(x)
            for r in range(0, len(rows), _ROWS):
                mid = x[r : r + _ROWS] @ wfi
                mid += bfi
                np.matmul(self.gelu(mid), wfo, out=y[r : r + _ROWS])
            y += bfo
            y += x
            x = _ln(y, w[f"layers.{i}.oln.weight"], w[f"layers.{i}.oln.bias"], eps)
        out = np.zeros((b * t, self.head[1].shape[0]), dtype=np.float32)
        out[rows] = x @ self.head[0] + self.head[1]
        return out.reshape(b, t, -1)

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
            for r, c in enumerate(chunk):
                ids[r, : len(c[1])] = c[1]
                mask[r, : len(c[1])] = 1.0
            logits = self.logits(ids, mask)
            for r, (si, _, firsts, start) in enumerate(chunk):
                if firsts:
                    z = logits[r, firsts]
                    z = np.exp(z - z.max(-1, keepdims=True))
                    out[si][start : start + len(firsts)] = z / z.sum(-1, keepdims=True)
        return out


@cache
def tagger(path: str | None = None) -> EncoderTagger:
    return EncoderTagger(Path(path) if path else MODEL_PATH)
