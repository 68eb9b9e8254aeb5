"""Precision, recall and F1 from counts, shared by every ``rasd eval`` command."""

from __future__ import annotations

from typing import ClassVar


class PRF:
    """Mixin: ``precision``, ``recall`` and ``f1`` from :meth:`counts`.

    A subclass says what it counted: ``(correct, predicted, gold)``. ``empty`` is the score
    of a ratio with nothing to count (1.0 where "no pairs to find, none wrongly found" is a
    perfect score, 0.0 elsewhere).
    """

    __slots__ = ()
    empty: ClassVar[float] = 0.0

    def counts(self) -> tuple[int, int, int]:  # pragma: no cover - interface
        raise NotImplementedError

    @property
    def precision(self) -> float:
        correct, predicted, _ = self.counts()
        return correct / predicted if predicted else self.empty

    @property
    def recall(self) -> float:
        correct, _, gold = self.counts()
        return correct / gold if gold else self.empty

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0
