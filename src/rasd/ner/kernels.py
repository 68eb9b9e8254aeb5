"""Compiled inner loop of the CRF decoder: Viterbi over a document's chunks (numba).

:meth:`rasd.ner.fast.FastCRF.decode_ids` runs Viterbi over all chunks of a document at
once in numpy, but the longest chunk sets the number of steps (about 60 in a UnifiedFC
article) and each step is a handful of numpy calls on a few hundred numbers: the calls'
overhead, not the arithmetic, was the cost (about 0.6 ms a document with the backtrack).
Compiled, the same additions and comparisons take a few microseconds.

The tags are the numpy code's bit for bit: a candidate score is the same one addition
(``delta[a] + trans[a, y]``), a maximum is one of the candidates, the first maximum wins
as with ``argmax``, and the emission is added to it as before. numba compiles the loop on
first use and keeps the machine code in ``__pycache__`` (``cache=True``), so later
processes load it. They run only with ``RASD_COMPILED=1`` (see :data:`COMPILED`);
otherwise :data:`viterbi` is ``None`` and the numpy code runs.
"""

from __future__ import annotations

import os

import numpy as np


def _viterbi(s: np.ndarray, bounds: np.ndarray, trans: np.ndarray, tags: np.ndarray) -> None:
    """Best label path of each chunk ``s[bounds[q]:bounds[q + 1]]`` into ``tags``.

    ``s``: ``(n, L)`` emission scores; ``trans[a, y]``: the score of label ``y`` after
    ``a``. Plain Python here (the reference the tests run); :data:`viterbi` is this
    function compiled.
    """
    labels = s.shape[1]
    width = 0
    for q in range(bounds.shape[0] - 1):
        width = max(width, bounds[q + 1] - bounds[q])
    back = np.empty((max(width, 1), labels), dtype=np.int64)
    cur = np.empty(labels)
    nxt = np.empty(labels)
    for q in range(bounds.shape[0] - 1):
        first, end = bounds[q], bounds[q + 1]
        if end <= first:
            continue
        for y in range(labels):
            cur[y] = s[first, y]
        for t in range(first + 1, end):
            for y in range(labels):
                best = cur[0] + trans[0, y]
                arg = 0
                for a in range(1, labels):
                    v = cur[a] + trans[a, y]
                    if v > best:
                        best = v
                        arg = a
                nxt[y] = best + s[t, y]
                back[t - first, y] = arg
            for y in range(labels):
                cur[y] = nxt[y]
        arg = 0
        best = cur[0]
        for y in range(1, labels):
            if cur[y] > best:
                best = cur[y]
                arg = y
        tags[end - 1] = arg
        for t in range(end - 1, first, -1):
            arg = back[t - first, arg]
            tags[t - 1] = arg


def _row_sum(x: np.ndarray) -> float:
    """``np.add.reduce`` of one short contiguous row, in numpy's order (pairwise_sum: up
    to 7 values one after the other; 8 to 128 values in eight running sums combined
    pairwise, then the rest one by one), so the total is the same float."""
    n = x.shape[0]
    if n < 8:
        res = 0.0
        for i in range(n):
            res += x[i]
        return res
    r0, r1, r2, r3, r4, r5, r6, r7 = x[0], x[1], x[2], x[3], x[4], x[5], x[6], x[7]
    i = 8
    while i < n - n % 8:
        r0 += x[i]
        r1 += x[i + 1]
        r2 += x[i + 2]
        r3 += x[i + 3]
        r4 += x[i + 4]
        r5 += x[i + 5]
        r6 += x[i + 6]
        r7 += x[i + 7]
        i += 8
    res = ((r0 + r1) + (r2 + r3)) + ((r4 + r5) + (r6 + r7))
    while i < n:
        res += x[i]
        i += 1
    return res


def _alpha_steps(alpha: np.ndarray, e: np.ndarray, trans: np.ndarray, live: np.ndarray,
                 first: int, end: int) -> None:
    """Scaled forward steps ``first <= t < end`` over rows ``i < live[t]`` (at least two),
    as :meth:`rasd.ner.fast.FastCRF._finish` does them in numpy: ``alpha[:k, t - 1] @
    trans`` (each entry a fused multiply-add chain over the previous labels in order, what
    the BLAS matrix product computes for two rows or more), times ``e[:k, t]``, divided by
    its row sum."""
    labels = e.shape[2]
    nxt = np.empty(labels)
    for t in range(first, end):
        for i in range(live[t]):
            for y in range(labels):
                acc = 0.0
                for a in range(labels):
                    acc = alpha[i, t - 1, a] * trans[a, y] + acc
                nxt[y] = acc * e[i, t, y]
            total = _row_sum(nxt)
            for y in range(labels):
                alpha[i, t, y] = nxt[y] / total


def _beta_steps(beta: np.ndarray, e: np.ndarray, trans_t: np.ndarray, live: np.ndarray,
                first: int, end: int) -> None:
    """Scaled backward steps ``first >= t > end`` over rows ``i < live[t + 1]`` (at least
    two): ``(e[:k, t + 1] * beta[:k, t + 1]) @ trans.T`` divided by its row sum.
    ``trans_t`` is ``trans.T`` laid out contiguously."""
    labels = e.shape[2]
    prod = np.empty(labels)
    prv = np.empty(labels)
    for t in range(first, end, -1):
        for i in range(live[t + 1]):
            for a in range(labels):
                prod[a] = e[i, t + 1, a] * beta[i, t + 1, a]
            for y in range(labels):
                acc = 0.0
                for a in range(labels):
                    acc = prod[a] * trans_t[a, y] + acc
                prv[y] = acc
            total = _row_sum(prv)
            for y in range(labels):
                beta[i, t, y] = prv[y] / total


def _block_sums(blocks: np.ndarray, columns: np.ndarray, table: np.ndarray, base: int) -> None:
    """``table[base + w] = blocks[columns[w, 0]] + blocks[columns[w, 1]] + ...`` (float64
    sums in column order, stored as float32): what :meth:`rasd.ner.fast.FastCRF._add_words`
    computes with one numpy gather and add per column."""
    views, labels = blocks.shape[1], blocks.shape[2]
    for w in range(columns.shape[0]):
        for v in range(views):
            for y in range(labels):
                acc = blocks[columns[w, 0], v, y]
                for c in range(1, columns.shape[1]):
                    acc += blocks[columns[w, c], v, y]
                table[base + w, v, y] = acc


# Off unless ``RASD_COMPILED=1``. Loading numba and LLVM costs about 0.6 s of CPU and 140 MB
# once per process, and with them loaded every other stage ran about 3% (bench extract)
# to 8% (ingest, low load) slower on this host: that ate the ~1.1 ms a document saved in
# the decoder (see docs/EVALUATION.md, speed pass S). Same output either way.
COMPILED = os.environ.get("RASD_COMPILED", "").strip().lower() in ("1", "true", "yes")


def compile_kernels() -> tuple | None:
    """``(viterbi, alpha_steps, beta_steps, block_sums)`` compiled with numba (machine code
    cached in ``__pycache__``), or ``None`` without numba (``pip install rasd[fast]``)."""
    global _row_sum
    try:
        import numba
    except ImportError:
        return None
    if not isinstance(_row_sum, numba.core.registry.CPUDispatcher):
        _row_sum = numba.njit(cache=True, nogil=True)(_row_sum)  # what the steps call
    # "contract": ``a * b + acc`` as one fused multiply-add, as the BLAS kernels compute it
    return (numba.njit(cache=True, nogil=True)(_viterbi),
            numba.njit(cache=True, nogil=True, fastmath={"contract"})(_alpha_steps),
            numba.njit(cache=True, nogil=True, fastmath={"contract"})(_beta_steps),
            numba.njit(cache=True, nogil=True)(_block_sums))


viterbi = alpha_steps = beta_steps = block_sums = None
if COMPILED:
    _kernels = compile_kernels()
    if _kernels is not None:
        viterbi, alpha_steps, beta_steps, block_sums = _kernels
