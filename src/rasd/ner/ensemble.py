"""CRF + fine-tuned encoder: average their per-word tag distributions, decode valid BIO.

The two taggers err differently on ANERcorp (the CRF is precise and misses names it has
no feature for; the encoder finds more names and cuts more of them wrong), so each
word's tag distribution is the mean of the CRF's marginals (forward-backward) and the
encoder's softmax, and the tags are the best path under the one BIO constraint (an
``I-X`` only after ``B-X`` or ``I-X``). Nothing is trained on top of the two models,
so there is no second-stage fit that could leak the training labels; the weight is a
fixed 0.5 unless the caller says otherwise.
"""

from __future__ import annotations

from collections.abc import Sequence
from itertools import accumulate

import numpy as np

from rasd.ner.fast import FastCRF

TAGS = ("O", "B-PERS", "I-PERS", "B-ORG", "I-ORG", "B-LOC", "I-LOC", "B-MISC", "I-MISC")
_FLOOR = 1e-6  # no tag gets zero probability, so a log never sees 0


def _allowed() -> np.ndarray:
    """``ok[a, b]``: tag ``b`` may follow tag ``a``; row ``len(TAGS)`` is the start."""
    ok = np.ones((len(TAGS) + 1, len(TAGS)), dtype=bool)
    for b, tag in enumerate(TAGS):
        if tag.startswith("I-"):
            kind = tag[2:]
            ok[:, b] = [TAGS[a] in (f"B-{kind}", f"I-{kind}") for a in range(len(TAGS))] + [False]
    return ok


_OK = _allowed()
_TRANS = np.where(_OK[:-1], 0.0, -np.inf)
_START = np.where(_OK[-1], 0.0, -np.inf)


def crf_proba(fast: FastCRF, sentences: Sequence[Sequence[str]]) -> list[np.ndarray]:
    """Per sentence, the CRF's marginal distribution ``(words, len(TAGS))`` (scaled
    forward-backward over the numpy decoder's emission scores), in ``TAGS`` order."""
    order = [fast.labels.index(t) for t in TAGS]
    out: list[np.ndarray] = []
    exp_t = fast.exp_trans
    for at in range(0, len(sentences), 64):
        batch = [s for s in sentences[at : at + 64]]
        full = [s for s in batch if s]
        starts = list(accumulate((len(s) for s in full[:-1]), initial=0))
        em = fast.emissions([w for s in full for w in s], starts) if full else None
        k = 0
        for s in batch:
            n = len(s)
            if not n:
                out.append(np.zeros((0, len(TAGS)), dtype=np.float32))
                continue
            e = em[k : k + n]
            k += n
            e = np.exp(e - e.max(axis=1, keepdims=True))
            alpha = np.empty_like(e)
            alpha[0] = e[0] / e[0].sum()
            for t in range(1, n):
                a = (alpha[t - 1] @ exp_t) * e[t]
                alpha[t] = a / a.sum()
            beta = np.ones_like(e)
            for t in range(n - 2, -1, -1):
                b = exp_t @ (e[t + 1] * beta[t + 1])
                beta[t] = b / b.sum()
            m = alpha * beta
            m /= m.sum(axis=1, keepdims=True)
            out.append(m[:, order].astype(np.float32))
    return out


def decode(p: np.ndarray) -> list[str]:
    """Best valid BIO path under per-word distributions ``p`` (sum of log probabilities)."""
    n = len(p)
    if not n:
        return []
    lp = np.log(np.maximum(p, _FLOOR))
    delta = lp[0] + _START
    back = np.zeros((n, len(TAGS)), dtype=np.int64)
    for t in range(1, n):
        cand = delta[:, None] + _TRANS
        back[t] = cand.argmax(axis=0)
        delta = cand[back[t], np.arange(len(TAGS))] + lp[t]
    path = [int(delta.argmax())]
    for t in range(n - 1, 0, -1):
        path.append(int(back[t, path[-1]]))
    return [TAGS[k] for k in reversed(path)]


def combine(crf: np.ndarray, enc: np.ndarray, weight: float = 0.5, how: str = "mean") -> np.ndarray:
    """One distribution per word: ``weight`` on the CRF, the rest on the encoder;
    ``mean`` (arithmetic) or ``product`` (log-linear, renormalised)."""
    if how == "mean":
        return weight * crf + (1.0 - weight) * enc
    lp = weight * np.log(np.maximum(crf, _FLOOR)) + (1.0 - weight) * np.log(np.maximum(enc, _FLOOR))
    q = np.exp(lp - lp.max(axis=1, keepdims=True))
    return q / q.sum(axis=1, keepdims=True)
