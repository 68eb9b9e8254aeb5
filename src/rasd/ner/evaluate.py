"""Entity-level scoring, seqeval-style: an entity counts only with its exact span and type."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from rasd.metrics import PRF


def chunks(tags: Sequence[str]) -> list[tuple[int, int, str]]:
    """``(start, end, TYPE)`` entities of a BIO sequence.

    As in seqeval's default (CoNLL) mode, an ``I-X`` that does not continue an ``X``
    starts a new entity.
    """
    out: list[tuple[int, int, str]] = []
    start, kind = -1, ""
    for i, tag in enumerate([*tags, "O"]):
        prefix, _, t = tag.partition("-")
        continues = prefix == "I" and t == kind and start >= 0
        if start >= 0 and not continues:
            out.append((start, i, kind))
            start, kind = -1, ""
        if prefix in ("B", "I") and not continues:
            start, kind = i, t
    return out


@dataclass(frozen=True, slots=True)
class Score(PRF):
    """Precision, recall and F1 of one type (or all of them) with the counts behind them."""

    kind: str
    tp: int
    n_pred: int
    n_gold: int

    def counts(self) -> tuple[int, int, int]:
        return self.tp, self.n_pred, self.n_gold


def score(
    gold: Iterable[Sequence[str]], pred: Iterable[Sequence[str]], kinds: Sequence[str]
) -> dict[str, Score]:
    """Per-type scores and ``"micro"`` over ``kinds``; entities of other types are ignored."""
    tp: Counter[str] = Counter()
    n_pred: Counter[str] = Counter()
    n_gold: Counter[str] = Counter()
    for g, p in zip(gold, pred, strict=True):
        gs = {c for c in chunks(g) if c[2] in kinds}
        ps = {c for c in chunks(p) if c[2] in kinds}
        for c in gs:
            n_gold[c[2]] += 1
        for c in ps:
            n_pred[c[2]] += 1
        for c in gs & ps:
            tp[c[2]] += 1
    out = {k: Score(k, tp[k], n_pred[k], n_gold[k]) for k in kinds}
    out["micro"] = Score("micro", sum(tp.values()), sum(n_pred.values()), sum(n_gold.values()))
    return out
