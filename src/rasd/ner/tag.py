"""Tag running text with the trained CRF: ``(start, end, TYPE, surface, score)`` entities.

The model is loaded once per process. Text is tokenised with offsets and cut into
sentence-sized chunks (at ``. ! ? ؟`` and line breaks) so that each CRF sequence
looks like the training sentences.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from pathlib import Path

import pycrfsuite

from rasd.ner import LABELS
from rasd.ner.evaluate import chunks
from rasd.ner.features import sequence_features
from rasd.ner.tokens import tokenize
from rasd.ner.train import MODEL_PATH

RULE = "crf:anercorp-v1"
_STOPS = frozenset(".!?؟")
_MAX_CHUNK = 300


@dataclass(frozen=True, slots=True)
class Entity:
    """One tagged name; ``score`` is the lowest marginal probability of its tokens' tags."""

    start: int
    end: int
    label: str
    text: str
    score: float


@cache
def tagger(path: str | None = None) -> pycrfsuite.Tagger:
    """The CRF tagger for ``path`` (default: the packaged model), opened once."""
    model = Path(path) if path else MODEL_PATH
    if not model.is_file():
        raise FileNotFoundError(f"NER model {model} not found; build it with `rasd train ner`")
    crf = pycrfsuite.Tagger()
    crf.open(str(model))
    return crf


def tag_tokens(tokens: list[str], model: str | None = None) -> list[str]:
    """BIO tags of one token sequence (all four ANERcorp types, MISC included)."""
    return tagger(model).tag(sequence_features(tokens)) if tokens else []


def _pieces(toks: list[tuple[int, int, str]], text: str) -> list[list[tuple[int, int, str]]]:
    pieces: list[list[tuple[int, int, str]]] = []
    current: list[tuple[int, int, str]] = []
    prev_end = 0
    for tok in toks:
        if current and ("\n" in text[prev_end : tok[0]] or len(current) >= _MAX_CHUNK):
            pieces.append(current)
            current = []
        current.append(tok)
        prev_end = tok[1]
        if tok[2] in _STOPS:
            pieces.append(current)
            current = []
    if current:
        pieces.append(current)
    return pieces


def tag_text(text: str, labels: tuple[str, ...] = LABELS, model: str | None = None) -> list[Entity]:
    """Entities of ``labels`` in ``text`` with exact character offsets."""
    crf = tagger(model)
    out: list[Entity] = []
    for piece in _pieces(tokenize(text), text):
        words = [t[2] for t in piece]
        crf.set(sequence_features(words))
        tags = crf.tag()
        for first, last, kind in chunks(tags):
            if kind not in labels:
                continue
            prob = min(crf.marginal(tags[i], i) for i in range(first, last))
            start, end = piece[first][0], piece[last - 1][1]
            out.append(Entity(start, end, kind, text[start:end], round(prob, 4)))
    return out
