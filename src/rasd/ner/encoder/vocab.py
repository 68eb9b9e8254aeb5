"""The pruned piece vocabulary: what Arabic news text uses of XLM-R's 250k pieces.

Kept: the four special pieces, every single-character piece, and every piece of the
full-vocabulary segmentation of the ANERcorp train split and the UnifiedFC articles
(unlabelled news; never a test split). A word made only of kept pieces segments the
same over the pruned vocabulary as over the full one, since the best path survives.
"""

from __future__ import annotations

from collections.abc import Iterable

import numpy as np

from rasd.ner.encoder.e5bin import E5File
from rasd.ner.encoder.tokenizer import Unigram


def full_tokenizer(f: E5File) -> Unigram:
    return Unigram(f.pieces, f.scores, f.norm, f.unk)


def collect(f: E5File, words: Iterable[str]) -> np.ndarray:
    """Sorted original piece ids to keep for ``words``."""
    tok = full_tokenizer(f)
    keep = {f.bos, f.eos, f.pad, f.unk}
    keep.update(i for i, p in enumerate(f.pieces) if len(p) == 1 or (len(p) == 2 and p[0] == "▁"))
    seen: set[str] = set()
    for w in words:
        if w not in seen:
            seen.add(w)
            keep.update(tok.word(w))
    return np.array(sorted(keep), dtype=np.int64)


def pruned_tokenizer(f: E5File, keep: np.ndarray) -> Unigram:
    """Tokenizer over the kept pieces; ids are positions in ``keep``."""
    full_unk = min(float(s) for s in f.scores) - 10.0
    unk = int(np.searchsorted(keep, f.unk))
    return Unigram([f.pieces[i] for i in keep], [f.scores[i] for i in keep], f.norm, unk,
                   ids=range(len(keep)), unk_score=full_unk)
