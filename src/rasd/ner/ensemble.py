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
FLOOR = 1e-6  # no tag gets zero probability, so a log never sees 0


def _allowed() -> np.ndarray:
    """``ok[a, b]``: tag ``b`` may follow tag ``a``; row ``len(TAGS)`` is the start."""
    ok = np.ones((len(TAGS) + 1, len(TAGS)), dtype=bool)
    for b, tag in enumerate(TAGS):
        if tag.startswith("I-"):
            kind = tag[2:]
            ok[:, b] = [TAGS[a] in (f"B-{kind}", f"I-{kind}") for a in range(len(TAGS))] + [False]
    return ok


ALLOWED = _allowed()
_TRANS = np.where(ALLOWED[:-1], 0.0, -np.inf)
_START = np.where(ALLOWED[-1], 0.0, -np.inf)


BATCH = 64  # sentences whose recursions run together (crf_proba, decode_all)


def _by_length(lengths: Sequence[int]) -> tuple[list[int], list[int]]:
    """Indices of the non-empty sequences, longest first, and ``live[t]``: how many of
    them are longer than ``t`` (the first ``live[t]`` rows have a word at ``t``)."""
    rows = sorted((i for i, n in enumerate(lengths) if n), key=lambda i: -lengths[i])
    width = lengths[rows[0]] if rows else 0
    n = np.asarray([lengths[i] for i in rows], dtype=np.int64)
    return rows, (n[:, None] > np.arange(width)).sum(axis=0).tolist()


def crf_proba(fast: FastCRF, sentences: Sequence[Sequence[str]]) -> list[np.ndarray]:
    """Per sentence, the CRF's marginal distribution ``(words, len(TAGS))`` (scaled
    forward-backward over the numpy decoder's emission scores), in ``TAGS`` order.

    The sentences of a batch of 64 run the recursions together, longest first, one step
    for all of them (rows ``[:live[t]]``), so the Python loop goes over positions, not
    over words."""
    order = [fast.labels.index(t) for t in TAGS]
    out = [np.zeros((len(s), len(TAGS)), dtype=np.float32) for s in sentences]
    exp_t = fast.exp_trans
    for at in range(0, len(sentences), BATCH):
        batch = sentences[at : at + BATCH]
        rows, live = _by_length([len(s) for s in batch])
        if not rows:
            continue
        full = [batch[r] for r in rows]
        starts = list(accumulate((len(s) for s in full[:-1]), initial=0))
        em = fast.emissions([w for s in full for w in s], starts)
        em = np.exp(em - em.max(axis=1, keepdims=True))
        e = np.ones((len(rows), len(live), em.shape[1]))
        for k, (a, s) in enumerate(zip(starts, full, strict=True)):
            e[k, : len(s)] = em[a : a + len(s)]
        alpha = np.ones_like(e)  # padding stays 1, like beta: no 0/0 in its marginals
        alpha[:, 0] = e[:, 0] / e[:, 0].sum(axis=1, keepdims=True)
        for t in range(1, len(live)):
            k = live[t]
            a = (alpha[:k, t - 1] @ exp_t) * e[:k, t]
            alpha[:k, t] = a / a.sum(axis=1, keepdims=True)
        beta = np.ones_like(e)
        for t in range(len(live) - 2, -1, -1):
            k = live[t + 1]
            b = (e[:k, t + 1] * beta[:k, t + 1]) @ exp_t.T
            beta[:k, t] = b / b.sum(axis=1, keepdims=True)
        m = alpha * beta
        m /= m.sum(axis=2, keepdims=True)
        for k, (r, s) in enumerate(zip(rows, full, strict=True)):
            out[at + r] = m[k, : len(s)][:, order].astype(np.float32)
    return out


def decode(p: np.ndarray) -> list[str]:
    """Best valid BIO path under per-word distributions ``p`` (sum of log probabilities)."""
    return decode_all([p])[0]


def decode_all(ps: Sequence[np.ndarray]) -> list[list[str]]:
    """:func:`decode` for many sentences at once (:func:`decode_scores` of the log
    probabilities, every allowed move scored 0)."""
    return decode_scores([np.log(np.maximum(p, FLOOR)) for p in ps])


def decode_scores(us: Sequence[np.ndarray], trans: np.ndarray | None = None,
                  start: np.ndarray | None = None) -> list[list[str]]:
    """Best valid BIO paths under word scores ``us`` (``(words, len(TAGS))`` each) plus
    ``trans[a, b]`` per move and ``start[b]`` for the first tag (0 when not given): one
    Viterbi step for all sentences that have a word at that position (the same additions
    and first maxima, so the same paths). The sentences go longest first, ``BATCH`` at a
    time, so the padded arrays stay ``BATCH`` rows wide: one very long sentence among a
    document's thousand short ones does not pad them all to its length (REVIEW16: 1,500
    sentences and one of 4,000 words took 877 MB at once)."""
    tr = _TRANS if trans is None else _TRANS + trans
    st = _START if start is None else _START + start
    out: list[list[str]] = [[] for _ in us]
    rows, _ = _by_length([len(u) for u in us])
    for at in range(0, len(rows), BATCH):
        chunk = rows[at : at + BATCH]
        for r, tags in zip(chunk, _viterbi([us[r] for r in chunk], tr, st), strict=True):
            out[r] = tags
    return out


def _viterbi(us: Sequence[np.ndarray], tr: np.ndarray, st: np.ndarray) -> list[list[str]]:
    """The best valid BIO paths of non-empty ``us`` (:func:`decode_scores`'s batch)."""
    out: list[list[str]] = [[] for _ in us]
    rows, live = _by_length([len(u) for u in us])
    lp = np.zeros((len(rows), len(live), len(TAGS)))
    for k, r in enumerate(rows):
        lp[k, : len(us[r])] = us[r]
    delta = lp[:, 0] + st
    back = np.zeros((len(rows), len(live), len(TAGS)), dtype=np.int64)
    for t in range(1, len(live)):
        k = live[t]
        cand = delta[:k, :, None] + tr
        back[:k, t] = cand.argmax(axis=1)
        delta[:k] = np.take_along_axis(cand, back[:k, t, None, :], axis=1)[:, 0] + lp[:k, t]
    for k, r in enumerate(rows):
        path = [int(delta[k].argmax())]
        for t in range(len(us[r]) - 1, 0, -1):
            path.append(int(back[k, t, path[-1]]))
        out[r] = [TAGS[j] for j in reversed(path)]
    return out


def combine(crf: np.ndarray, enc: np.ndarray, weight: float = 0.5, how: str = "mean") -> np.ndarray:
    """One distribution per word: ``weight`` on the CRF, the rest on the encoder;
    ``mean`` (arithmetic) or ``product`` (log-linear, renormalised)."""
    if how == "mean":
        return weight * crf + (1.0 - weight) * enc
    lp = weight * np.log(np.maximum(crf, FLOOR)) + (1.0 - weight) * np.log(np.maximum(enc, FLOOR))
    q = np.exp(lp - lp.max(axis=1, keepdims=True))
    return q / q.sum(axis=1, keepdims=True)
