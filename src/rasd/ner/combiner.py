"""A learned combining step for the CRF + encoder ensemble (NERCRF18): a small second-stage
linear-chain CRF whose word scores are read off the two models' tag distributions.

Each word's score for tag ``y`` is ``Σ_k log p_in(k) · W_in[k, y] + bias[y]`` summed over the
inputs (``crf``: the CRF's marginals, ``enc``: the encoder's softmax, ``mean``: their plain
average); a path adds learned ``trans[a, b]`` for each move and ``start[b]`` for its first tag,
and the BIO moves :mod:`rasd.ner.ensemble` forbids stay forbidden. With ``W_mean`` the identity
and everything else zero, this is exactly the parameter-free step (mean 0.5, valid-BIO Viterbi).

It must be fitted on outputs for sentences neither model trained on (cross-fitting; on their
own training sentences the models are near-certain and right, and a combiner fitted there would
learn to follow them blindly): :func:`fit` takes the held-out tail's outputs of models trained
on the first 85% of the train split (``rasd train ner-combiner``).
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import pairwise
from pathlib import Path

import numpy as np
from scipy.optimize import minimize

from rasd.ner import ensemble

INPUTS = ("crf", "enc", "mean")
N = len(ensemble.TAGS)
_NEG = -1e4  # a forbidden move while fitting (finite, so no inf - inf)
_CHUNK = 64  # sentences per padded array while fitting


@dataclass(frozen=True)
class Combiner:
    """Fitted parameters: ``weights[input]`` is ``(N, N)``, indexed ``[k, y]``."""

    weights: dict[str, np.ndarray]
    bias: np.ndarray
    trans: np.ndarray
    start: np.ndarray

    def scores(self, crf: np.ndarray, enc: np.ndarray) -> np.ndarray:
        """Word scores ``(words, N)`` of one sentence from its two distributions."""
        out = np.broadcast_to(self.bias, crf.shape).astype(np.float64)
        for name, w in self.weights.items():
            out = out + _log_input(name, crf, enc) @ w
        return out

    def decode_all(self, crfs: Sequence[np.ndarray], encs: Sequence[np.ndarray]) -> list[list[str]]:
        """Best valid-BIO paths of many sentences under the learned scores."""
        u = [self.scores(c, e) for c, e in zip(crfs, encs, strict=True)]
        return ensemble.decode_scores(u, self.trans, self.start)


def _log_input(name: str, crf: np.ndarray, enc: np.ndarray) -> np.ndarray:
    p = {"crf": crf, "enc": enc}.get(name)
    if p is None:
        p = 0.5 * crf + 0.5 * enc
    return np.log(np.maximum(p, ensemble.FLOOR))


def load(path: Path) -> Combiner | None:
    """The combiner in ``path``, or None when there is none. Nothing in the pipeline reads one:
    the names stage's ensemble keeps the mean (NERCRF18 adopted no combiner)."""
    if not path.exists():
        return None
    d = json.loads(path.read_text(encoding="utf-8"))
    return Combiner({k: np.asarray(v) for k, v in d["weights"].items()}, np.asarray(d["bias"]),
                    np.asarray(d["trans"]), np.asarray(d["start"]))


def save(comb: Combiner, path: Path, meta: dict) -> Path:
    """Write ``comb`` as JSON (numbers rounded to 6 decimals) with ``meta`` for the record."""
    def r(a: np.ndarray) -> list:
        return np.round(a, 6).tolist()

    d = {"meta": meta, "tags": list(ensemble.TAGS),
         "weights": {k: r(v) for k, v in comb.weights.items()},
         "bias": r(comb.bias), "trans": r(comb.trans), "start": r(comb.start)}
    path.write_text(json.dumps(d, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    return path


# Which parameters each kind frees, and the centre the penalty pulls them to.
KINDS = {
    "diag": {"crf": ("diag", 0.5), "enc": ("diag", 0.5)},  # per-tag weights (K1)
    "full": {"crf": ("full", 0.5), "enc": ("full", 0.5)},  # full mixing (K2)
    "mean": {"mean": ("diag", 1.0)},  # the mean, learned transitions (K3)
    "encoder": {"enc": ("diag", 1.0)},  # the encoder alone with a transition layer
}


@dataclass
class _Layout:
    """The parameter vector: weights per input, then bias, trans, start."""

    inputs: tuple[str, ...]
    centre: np.ndarray
    free: np.ndarray

    def unpack(self, theta: np.ndarray) -> Combiner:
        k = len(self.inputs) * N * N
        w = theta[:k].reshape(len(self.inputs), N, N)
        return Combiner(dict(zip(self.inputs, w, strict=True)), theta[k : k + N],
                        theta[k + N : k + N + N * N].reshape(N, N), theta[k + N + N * N :])


def _layout(kind: str) -> _Layout:
    spec = KINDS[kind]
    inputs = tuple(spec)
    centre, free = [], []
    for name in inputs:
        shape, value = spec[name]
        centre.append((np.eye(N) * value).ravel())
        free.append((np.eye(N) if shape == "diag" else np.ones((N, N))).ravel().astype(bool))
    ok = ensemble.ALLOWED
    centre += [np.zeros(N), np.zeros(N * N), np.zeros(N)]
    free += [np.ones(N, dtype=bool), ok[:-1].ravel(), ok[-1]]
    return _Layout(inputs, np.concatenate(centre), np.concatenate(free))


def _valid(gold: np.ndarray) -> np.ndarray:
    """Gold tags with an ``I-X`` that continues no ``X`` made ``B-X`` (the same entities)."""
    out = gold.copy()
    for t, g in enumerate(out):
        prev = out[t - 1] if t else N
        if not ensemble.ALLOWED[prev, g]:
            out[t] = g - 1  # I-X follows B-X in TAGS
    return out


def _padded(rows: Sequence[np.ndarray], width: int) -> np.ndarray:
    out = np.zeros((len(rows), width, *rows[0].shape[1:]))
    for i, r in enumerate(rows):
        out[i, : len(r)] = r
    return out


class _Data:
    """Sentences longest first, padded to one width: each input's log distribution, gold
    tags (one-hot, their first tags and moves counted), and ``live[t]``, how many sentences
    have a word at ``t`` (the first ``live[t]``)."""

    def __init__(self, crfs: Sequence[np.ndarray], encs: Sequence[np.ndarray],
                 golds: Sequence[np.ndarray], inputs: tuple[str, ...]) -> None:
        order = sorted(range(len(golds)), key=lambda i: -len(golds[i]))
        lens = np.asarray([len(golds[i]) for i in order])
        self.width = int(lens[0])
        self.mask = np.arange(self.width)[None, :] < lens[:, None]
        self.live = self.mask.sum(axis=0).tolist()
        self.x = {n: _padded([_log_input(n, crfs[i], encs[i]) for i in order], self.width)
                  for n in inputs}
        g = _padded([_valid(np.asarray(golds[i]))[:, None] for i in order], self.width)[..., 0]
        gold = np.where(self.mask, g, 0).astype(np.int64)
        self.onehot = np.zeros((len(order), self.width, N))
        np.put_along_axis(self.onehot, gold[..., None], 1.0, axis=2)
        self.onehot *= self.mask[..., None]
        self.firsts = self.onehot[:, 0].sum(axis=0)
        self.moves = np.einsum("nti,ntj->ij", self.onehot[:, :-1], self.onehot[:, 1:])


def _nll(comb: Combiner, d: _Data) -> tuple[float, dict[str, np.ndarray]]:
    """Summed negative log-likelihood of the gold paths and its gradients: scaled
    forward-backward in probability space (each step a 9 x 9 product; ``c`` the scales)."""
    u = comb.bias + sum(d.x[n] @ w for n, w in comb.weights.items())
    u = np.where(d.mask[..., None], u, 0.0)
    tr = np.where(ensemble.ALLOWED[:-1], comb.trans, _NEG)
    st = np.where(ensemble.ALLOWED[-1], comb.start, _NEG)
    top = u.max(axis=2, keepdims=True)
    e, ex = np.exp(u - top), np.exp(tr)
    n, width = d.mask.shape
    alpha, c = np.zeros((n, width, N)), np.ones((n, width))
    a = np.exp(st) * e[:, 0]
    c[:, 0] = a.sum(axis=1)
    alpha[:, 0] = a / c[:, 0, None]
    for t in range(1, width):
        k = d.live[t]
        a = (alpha[:k, t - 1] @ ex) * e[:k, t]
        c[:k, t] = np.maximum(a.sum(axis=1), 1e-300)
        alpha[:k, t] = a / c[:k, t, None]
    log_z = ((np.log(c) + top[..., 0]) * d.mask).sum(axis=1)
    beta = np.ones((n, width, N))
    for t in range(width - 2, -1, -1):
        k = d.live[t + 1]
        beta[:k, t] = ((e[:k, t + 1] * beta[:k, t + 1]) @ ex.T) / c[:k, t + 1, None]
    marg = alpha * beta * d.mask[..., None]
    d_u = marg - d.onehot
    after = (e * beta / c[..., None] * d.mask[..., None])[:, 1:].reshape(-1, N)
    d_tr = ex * (alpha[:, :-1].reshape(-1, N).T @ after) - d.moves
    gold_score = (u * d.onehot).sum() + (st * d.firsts).sum() + (tr * d.moves).sum()
    grads = {f"w.{name}": np.einsum("ntk,nty->ky", d.x[name], d_u) for name in comb.weights}
    grads |= {"bias": d_u.sum(axis=(0, 1)), "trans": d_tr, "start": marg[:, 0].sum(axis=0) - d.firsts}
    return float(log_z.sum() - gold_score), grads


def fit(crfs: Sequence[np.ndarray], encs: Sequence[np.ndarray], golds: Sequence[np.ndarray],
        kind: str = "diag", l2: float = 1.0) -> Combiner:
    """Maximum conditional likelihood (L-BFGS) with an L2 pull of ``l2`` towards the
    parameter-free step, on sentences' two distributions and gold tag indices."""
    lay = _layout(kind)
    order = sorted(range(len(golds)), key=lambda i: -len(golds[i]))
    data = [_Data([crfs[i] for i in part], [encs[i] for i in part], [golds[i] for i in part],
                  lay.inputs) for part in (order[a : a + _CHUNK] for a in range(0, len(order), _CHUNK))]

    def objective(free_theta: np.ndarray) -> tuple[float, np.ndarray]:
        theta = lay.centre.copy()
        theta[lay.free] = free_theta
        comb = lay.unpack(theta)
        value, g = 0.0, {}
        for part in data:  # sentences of similar length together: little padding
            v, gp = _nll(comb, part)
            value += v
            g = {k: g.get(k, 0.0) + x for k, x in gp.items()}
        grad = np.concatenate([*(g[f"w.{n}"].ravel() for n in lay.inputs), g["bias"],
                               g["trans"].ravel(), g["start"]])[lay.free]
        diff = free_theta - lay.centre[lay.free]
        return value + l2 * float(diff @ diff), grad + 2.0 * l2 * diff

    res = minimize(objective, lay.centre[lay.free], jac=True, method="L-BFGS-B",
                   options={"maxiter": 500})
    theta = lay.centre.copy()
    theta[lay.free] = res.x
    return lay.unpack(theta)


def cross_fitted(crfs: Sequence[np.ndarray], encs: Sequence[np.ndarray],
                 golds: Sequence[np.ndarray], kind: str = "diag", l2: float = 1.0,
                 folds: int = 5) -> list[list[str]]:
    """Tags of every sentence from a combiner fitted on the other folds only (contiguous
    blocks in corpus order, so one story's sentences rarely sit on both sides): a score of
    the combiner on labels it did not learn from."""
    n = len(golds)
    bounds = [round(n * i / folds) for i in range(folds + 1)]
    out: list[list[str]] = []
    for a, b in pairwise(bounds):
        rest = [*range(a), *range(b, n)]
        comb = fit([crfs[i] for i in rest], [encs[i] for i in rest], [golds[i] for i in rest],
                   kind, l2)
        out += comb.decode_all(crfs[a:b], encs[a:b])
    return out
