"""Running text → entities with the encoder alone or with the CRF + encoder ensemble
(the ``names`` stage's opt-in ``RASD_NER=ensemble``).

Same output as :func:`rasd.ner.tag.tag_text` (``Entity`` with exact offsets, type and the
lowest probability of its words' tags) so the ``names`` stage can use either. Text is
tokenized as ANERcorp is (:mod:`rasd.ner.tokens`) and cut into sentences at line breaks
and ``. ! ? ؟``; all sentences of a document go through the encoder in batches.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from rasd.ner import LABELS, ensemble
from rasd.ner.encoder.runtime import tagger
from rasd.ner.evaluate import chunks
from rasd.ner.tag import Entity, fast_model
from rasd.ner.tokens import tokenize

RULE = "e5:anercorp-v1"
RULE_ENSEMBLE = "crf+e5:anercorp-v1"
_STOPS = frozenset(".!?؟")


def _sentences(text: str, regions: Sequence[tuple[int, int]]) -> list[list[tuple[int, int, str]]]:
    out: list[list[tuple[int, int, str]]] = []
    for a, b in regions:
        cur: list[tuple[int, int, str]] = []
        for s, e, w in tokenize(text[a:b]):
            if cur and "\n" in text[a + cur[-1][1] : a + s]:
                out.append(cur)
                cur = []
            cur.append((a + s, a + e, w))
            if w in _STOPS:
                out.append(cur)
                cur = []
        if cur:
            out.append(cur)
    return out


def tag_text(text: str, labels: tuple[str, ...] = LABELS,
             regions: Sequence[tuple[int, int]] | None = None,
             path: str | None = None) -> list[Entity]:
    """Entities of ``labels`` in ``text`` (or in ``regions`` of it), in text order."""
    sents = _sentences(text, regions if regions is not None else [(0, len(text))])
    if not sents:
        return []
    tags, probs = tagger(path).tag_proba([[w for _, _, w in s] for s in sents])
    out: list[Entity] = []
    for sent, t, p in zip(sents, tags, probs, strict=True):
        for i, j, kind in chunks(t):
            if kind in labels:
                start, end = sent[i][0], sent[j - 1][1]
                out.append(Entity(start, end, kind, text[start:end], min(p[i:j]), RULE))
    return out


_MEMO: dict[tuple, tuple[list[str], np.ndarray]] = {}
_MEMO_MAX = 50_000  # sentences (a few KB each at most), then the memo starts again


def forget() -> None:
    """Empty :func:`tag_text_ensemble`'s memo of sentences (timings that tag again)."""
    _MEMO.clear()


def tag_text_ensemble(text: str, labels: tuple[str, ...] = LABELS,
                      regions: Sequence[tuple[int, int]] | None = None,
                      path: str | None = None, weight: float = 0.5) -> list[Entity]:
    """Entities from the CRF (packaged model) and the encoder averaged word by word
    (:mod:`rasd.ner.ensemble`); ``score`` is the lowest averaged probability of the
    name's tags. Each sentence is tagged on its own, so a sentence met before (agency
    boilerplate, a repeated headline) is read from a memo instead of going through the
    encoder again: same tags, same scores."""
    sents = _sentences(text, regions if regions is not None else [(0, len(text))])
    if not sents:
        return []
    keys = [(path, weight, tuple(w for _, _, w in s)) for s in sents]
    new = list(dict.fromkeys(k for k in keys if k not in _MEMO))
    if new:
        if len(_MEMO) + len(new) > _MEMO_MAX:
            _MEMO.clear()
        words = [list(k[2]) for k in new]
        crf = ensemble.crf_proba(fast_model(None), words)
        enc = tagger(path).word_proba(words)
        ps = [ensemble.combine(c, e, weight) for c, e in zip(crf, enc, strict=True)]
        for k, p, tags in zip(new, ps, ensemble.decode_all(ps), strict=True):
            _MEMO[k] = tags, p[range(len(tags)), [ensemble.TAGS.index(t) for t in tags]]
    out: list[Entity] = []
    for sent, k in zip(sents, keys, strict=True):
        tags, chosen = _MEMO[k]
        for i, j, kind in chunks(tags):
            if kind in labels:
                start, end = sent[i][0], sent[j - 1][1]
                out.append(Entity(start, end, kind, text[start:end], float(chosen[i:j].min()),
                                  RULE_ENSEMBLE))
    return out
