"""Tag running text with the trained CRF: ``(start, end, TYPE, surface, score)`` entities.

The model is loaded once per process. Text is cut at line breaks and at ``. ! ? ؟``
into sentence-sized chunks so each CRF sequence looks like the training sentences;
token offsets are only computed for lines that hold a name.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import pycrfsuite

from rasd.ner import LABELS
from rasd.ner.evaluate import chunks
from rasd.ner.features import Featurizer
from rasd.ner.gazetteer import single_types
from rasd.ner.tokens import TOKEN
from rasd.ner.train import MODEL_PATH
from rasd.text.clitics import peel
from rasd.text.normalize import normalize
from rasd.text.wordlist import word_freq

RULE = "crf:anercorp-v1"
_STOPS = frozenset(".!?؟")
_MAX_CHUNK = 300
_LINE = re.compile(r"[^\n]+")


@dataclass(frozen=True, slots=True)
class Entity:
    """One tagged name; ``score`` is the lowest marginal probability of its tokens' tags."""

    start: int
    end: int
    label: str
    text: str
    score: float


@cache
def model(path: str | None = None) -> tuple[pycrfsuite.Tagger, Featurizer]:
    """The CRF tagger for ``path`` (default: the packaged model) and its featurizer, once."""
    file = Path(path) if path else MODEL_PATH
    if not file.is_file():
        raise FileNotFoundError(f"NER model {file} not found; build it with `rasd train ner`")
    crf = pycrfsuite.Tagger()
    crf.open(str(file))
    known = {attr for attr, _ in crf.info().state_features}
    return crf, Featurizer(known)


def tag_tokens(tokens: list[str], path: str | None = None) -> list[str]:
    """BIO tags of one token sequence (all four ANERcorp types, MISC included)."""
    crf, featurize = model(path)
    return crf.tag(featurize(tokens)) if tokens else []


def _chunks_of(words: list[str]) -> list[tuple[int, int]]:
    """``(first, end)`` token ranges of the sentence-like chunks of one line."""
    cuts = [i + 1 for i, w in enumerate(words) if w in _STOPS]
    out = []
    first = 0
    for end in [*cuts, len(words)]:
        while end - first > _MAX_CHUNK:
            out.append((first, first + _MAX_CHUNK))
            first += _MAX_CHUNK
        if end > first:
            out.append((first, end))
        first = end
    return out


def tag_text(text: str, labels: tuple[str, ...] = LABELS, path: str | None = None) -> list[Entity]:
    """Entities of ``labels`` in ``text`` with exact character offsets."""
    crf, featurize = model(path)
    out: list[Entity] = []
    for line_match in _LINE.finditer(text):
        line = line_match.group()
        words = TOKEN.findall(line)
        offsets: list[tuple[int, int]] | None = None
        for first, end in _chunks_of(words):
            crf.set(featurize(words[first:end]))
            tags = crf.tag()
            for a, b, kind in chunks(tags):
                if kind not in labels:
                    continue
                if offsets is None:
                    base = line_match.start()
                    offsets = [(base + m.start(), base + m.end()) for m in TOKEN.finditer(line)]
                prob = min(crf.marginal(tags[i], i) for i in range(a, b))
                start, stop = offsets[first + a][0], offsets[first + b - 1][1]
                out.append(Entity(start, stop, kind, text[start:stop], round(prob, 4)))
    return out


def bare_name(surface: str) -> str:
    """``surface`` without the conjunction or preposition ANERcorp leaves on a name's first word.

    ANERcorp tags whole words, so a tagged name may read بحزب الله or لروسيا. A prefix is
    dropped only when the word list (``rasd.text.wordlist``: UnifiedFC and ANERcorp train
    counts) has the rest more often than the whole word and the rest starts with the article
    (بالحرس → الحرس، للجيش → الجيش), or has it at least twice as often, the whole word is not
    a listed name (ANERgazet) and the rest is one or has four letters or more: لروسيا →
    روسيا, while بشار، فراس and فادي keep their first letter. The article always stays.
    """
    first, sep, rest = surface.partition(" ")
    norm = normalize(first)
    whole = norm.text
    freq = word_freq()
    listed = bool(single_types((whole,)))
    floor = max(2 * freq[whole], 5)
    for prefix, stem in reversed(peel(whole)[1:]):
        if prefix.endswith("ال") or len(stem) < 3:
            continue
        if stem.startswith("ال"):
            if freq[stem] < max(freq[whole], 5):
                continue
        elif listed or freq[stem] < floor or (len(stem) < 4 and not single_types((stem,))):
            continue
        if whole.endswith(stem):
            cut = norm.orig(len(whole) - len(stem))
            return first[cut:] + sep + rest
        return "ال" + first[norm.orig(len(prefix) + 1) :] + sep + rest  # لل → ال
    return surface
