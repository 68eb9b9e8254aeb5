"""Tag running text with the trained CRF: ``(start, end, TYPE, surface, score)`` entities.

The model is loaded once per process. Text is cut at line breaks and at ``. ! ? ؟``
into sentence-sized chunks so each CRF sequence looks like the training sentences; a
whole document is decoded in one numpy pass (:mod:`rasd.ner.fast`, same tags as
python-crfsuite, which :func:`tag_tokens` keeps as the reference). A document is
tokenized once; character offsets are running sums of token and gap lengths, computed
only when a name was found.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Hashable, Iterator, Sequence
from dataclasses import dataclass
from functools import cache, lru_cache
from itertools import accumulate, compress, count, islice, pairwise, repeat
from operator import contains
from pathlib import Path
from typing import Any

import numpy as np
import pycrfsuite

from rasd.ner import LABELS
from rasd.ner.fast import FastCRF
from rasd.ner.features import Featurizer
from rasd.ner.gazetteer import single_types
from rasd.ner.tokens import TOKEN
from rasd.ner.train import MODEL_PATH
from rasd.text.clitics import peel
from rasd.text.normalize import normalize
from rasd.text.wordlist import word_freq

RULE = "crf:anercorp-v1"
RULE_REPEAT = "crf:anercorp-v1+repeat"  # an untagged repeat of a confidently tagged name
PROPAGATE_MIN = 0.8
_STOPS = frozenset(".!?؟")
_CUTS = _STOPS | {"،", ",", "؛", ";"}
_LONG = 40
_MAX_CHUNK = 200
_SPLIT = re.compile(f"({TOKEN.pattern})")  # tokens and the gaps between them, in one scan


@dataclass(frozen=True, slots=True)
class Entity:
    """One tagged name; ``score`` is the lowest marginal probability of its tokens' tags
    (for a repeat, that of the tagged mention it repeats)."""

    start: int
    end: int
    label: str
    text: str
    score: float
    rule: str = RULE


@cache
def model(path: str | None = None) -> tuple[pycrfsuite.Tagger, Featurizer]:
    """The CRF tagger for ``path`` (default: the packaged model) and its featurizer, once."""
    file = Path(path) if path else MODEL_PATH
    if not file.is_file():
        raise FileNotFoundError(f"NER model {file} not found; build it with `rasd train ner`")
    crf = pycrfsuite.Tagger()
    crf.open(str(file))
    info = crf.info()  # parsing the model dump takes ~0.1 s: the fast decoder reuses it
    _INFO[id(crf)] = info
    known = {attr for attr, _ in info.state_features}
    return crf, Featurizer(known)


_INFO: dict[int, Any] = {}  # crf.info() of a tagger model() opened, until fast_model takes it


def tag_tokens(tokens: list[str], path: str | None = None) -> list[str]:
    """BIO tags of one token sequence (all four ANERcorp types, MISC included)."""
    crf, featurize = model(path)
    return crf.tag(featurize(tokens)) if tokens else []


def _chunks_of(words: list[str]) -> list[tuple[int, int]]:
    """``(first, end)`` token ranges of the sentence-like chunks of one line.

    A chunk ends after ``. ! ? ؟``; a long one also after the first comma once it holds
    :data:`_LONG` tokens (the CRF looks two words either side, so little is lost, and the
    decoder's cost grows with the longest chunk of a document), and at
    :data:`_MAX_CHUNK` tokens in any case.
    """
    out = []
    first = 0
    for i in [i for i, w in enumerate(words) if w in _CUTS]:
        if words[i] in _STOPS or i + 1 - first >= _LONG:
            out.append((first, i + 1))
            first = i + 1
    out.append((first, len(words)))
    chunks = []
    for first, end in out:
        while end - first > _MAX_CHUNK:
            chunks.append((first, first + _MAX_CHUNK))
            first += _MAX_CHUNK
        if end > first:
            chunks.append((first, end))
    return chunks


@cache
def fast_model(path: str | None = None) -> FastCRF:
    """The numpy decoder of the model at ``path`` (default: the packaged one), built once;
    the packaged model's decoder reads known words' vectors from the word cache
    (:mod:`rasd.ner.wordcache`), another model's computes them all."""
    crf, featurize = model(path)
    return FastCRF(crf, featurize, info=_INFO.pop(id(crf), None),
                   model_file=None if path else MODEL_PATH)


def tag_sentences(sentences: list[list[str]], path: str | None = None) -> list[list[str]]:
    """BIO tags of many token sequences, decoded together with the numpy decoder."""
    fast = fast_model(path)
    out: list[list[str]] = []
    for at in range(0, len(sentences), 64):
        batch = [s for s in sentences[at : at + 64] if s]
        starts = list(accumulate((len(s) for s in batch[:-1]), initial=0))
        tags, _ = fast.decode([w for s in batch for w in s], starts)
        it = iter(tags)
        out.extend([next(it) for _ in s] if s else [] for s in sentences[at : at + 64])
    return out


def propagate(
    norms: Sequence[Hashable], found: Sequence[tuple[int, int, str, float]], min_score: float = PROPAGATE_MIN
) -> list[tuple[int, int, str, float]]:
    """Other mentions, in the same document, of names the CRF tagged confidently.

    A report names فراس الجهام in full once and the tagger may miss a later mention whose
    context is weaker; one name keeps one type within a document. ``norms`` are the
    tokens' normalised forms, or ints equal exactly when those are (:meth:`FastCRF.norm_ids
    <rasd.ner.fast.FastCRF.norm_ids>`). ``found`` are
    ``(first, end, TYPE, score)`` token ranges; every untagged exact repeat (normalised
    tokens) of a name with ``score >= min_score`` and a single type is returned with that
    type and score. Names whose text was tagged with two types are left alone.
    """
    kinds: dict[tuple[str, ...], set[str]] = {}
    scores: dict[tuple[str, ...], float] = {}
    covered = bytearray(len(norms))
    for i, j, kind, score in found:
        covered[i:j] = b"\x01" * (j - i)
        key = tuple(norms[i:j])
        kinds.setdefault(key, set()).add(kind)
        if score >= min_score:
            scores[key] = max(scores.get(key, 0.0), score)
    by_first: dict[str, list[tuple[str, ...]]] = {}
    for key in scores:
        if len(kinds[key]) == 1:
            by_first.setdefault(key[0], []).append(key)
    for keys in by_first.values():
        keys.sort(key=len, reverse=True)
    out = []
    if not by_first:
        return out
    for p in list(compress(count(), map(by_first.__contains__, norms))):
        if covered[p]:
            continue
        for key in by_first[norms[p]]:
            q = p + len(key)
            if q <= len(norms) and tuple(norms[p:q]) == key and not any(covered[p:q]):
                out.append((p, q, next(iter(kinds[key])), scores[key]))
                covered[p:q] = b"\x01" * (q - p)
                break
    return out


def _chunk_starts(words: list[str], line_starts: list[int]) -> list[int]:
    """First token of every CRF chunk of a whole document: :func:`_chunks_of` applied to
    each line (``line_starts``: index of each line's first token), in one pass."""
    out: list[int] = []
    cuts = list(compress(count(), map(_CUTS.__contains__, words)))
    k, n_cuts = 0, len(cuts)
    for a, b in pairwise([*line_starts, len(words)]):
        first = a
        ends = []
        while k < n_cuts and cuts[k] < b:
            i = cuts[k]
            k += 1
            if words[i] in _STOPS or i + 1 - first >= _LONG:
                ends.append(i + 1)
                first = i + 1
        ends.append(b)
        first = a
        for end in ends:
            while end - first > _MAX_CHUNK:
                out.append(first)
                first += _MAX_CHUNK
            if end > first:
                out.append(first)
                first = end
    return out


def bio_spans(
    at: list[int], tags: list[int], labels: Sequence[str], starts: Sequence[int]
) -> list[tuple[int, int, str]]:
    """``(start, end, TYPE)`` entities of the sequences beginning at ``starts``, read only
    at the positions ``at`` (ascending) whose tag ``labels[tags[p]]`` is not ``O``.

    The same entities as :func:`rasd.ner.evaluate.chunks` applied to each sequence (an
    ``I-X`` that does not continue an ``X`` starts a new entity), without visiting the
    ``O`` tokens that make up most of a document.
    """
    split = [label.partition("-") for label in labels]
    first = set(starts)
    out: list[tuple[int, int, str]] = []
    start, kind, prev = -1, "", -2
    for p in at:
        prefix, _, t = split[tags[p]]
        if prefix == "I" and t == kind and p == prev + 1 and p not in first:
            prev = p
            continue
        if start >= 0:
            out.append((start, prev + 1, kind))
        start, kind, prev = p, t, p
    if start >= 0:
        out.append((start, prev + 1, kind))
    return out


def tag_text(
    text: str,
    labels: tuple[str, ...] = LABELS,
    path: str | None = None,
    repeats: bool = True,
    regions: Sequence[tuple[int, int]] | None = None,
) -> list[Entity]:
    """Entities of ``labels`` in ``text`` with exact character offsets, in text order.

    ``repeats``: also mark untagged repeats of confidently tagged names (:func:`propagate`);
    their ``rule`` is :data:`RULE_REPEAT`.

    ``regions``: ``(start, end)`` character ranges, in text order, to tag (the tokens lying
    wholly inside them); ``None`` tags the whole text. Each run of regions with no token
    between them is tagged as that stretch of text would be (a region's start also starts a
    CRF chunk); repeats are looked for inside the regions only.

    The text is tokenized once (a capturing split gives tokens and the gaps between
    them); a gap holding a line break starts a new line, and character offsets are
    running sums of gap and token lengths, computed only when a name was found.
    """
    fast = fast_model(path)
    if regions is not None:
        split = _split_regions(text, regions)
        if split is not None:
            return _tag_split(fast, text, *split, labels, repeats)
    parts = _SPLIT.split(text)
    words = parts[1::2]
    if not words:
        return []
    gaps = parts[0::2]
    ends: list[int] | None = None
    pos: list[int] | None = None  # index in ``words`` of each tagged token, when not all are
    if regions is None:
        line_starts = [0, *_line_breaks(gaps, 1, len(words))]
    else:
        ends = _ends(parts)
        runs = _token_runs(ends, regions)
        if not runs:
            return []
        pos = [i for first, end in runs for i in range(first, end)]
        line_starts = []
        at = 0
        for first, end in runs:
            line_starts.append(at)
            line_starts.extend(at + i - first for i in _line_breaks(gaps, first + 1, end))
            at += end - first
        words = [words[i] for i in pos]
    names = _names(fast, words, line_starts, labels, repeats)
    if not names:
        return []
    if ends is None:
        ends = _ends(parts)
    out: list[Entity] = []
    for (i, j, kind, prob), rule in names:
        if pos is not None:
            if pos[j - 1] - pos[i] != j - 1 - i:
                continue  # a repeat read across two regions: not a stretch of the text
            i, j = pos[i], pos[j - 1] + 1
        start = ends[2 * i]
        stop = ends[2 * j - 1]
        out.append(Entity(start, stop, kind, text[start:stop], prob, rule))
    return out


DECODED_MAX = 60_000  # chunks remembered (~50 MB at most), then the memory starts again


def decode_chunks(fast: FastCRF, words: list[str], starts: list[int]) -> tuple[np.ndarray, np.ndarray, list[int]]:
    """Tag ids, marginals and normalised-form ids (:meth:`FastCRF.norm_ids
    <rasd.ner.fast.FastCRF.norm_ids>`) of ``words`` cut into chunks at ``starts``, as
    :meth:`FastCRF.decode_ids <rasd.ner.fast.FastCRF.decode_ids>` gives them, decoding only
    the chunks not met before.

    Each chunk is decoded on its own (its features never look past its edges; Viterbi and
    forward-backward run per chunk), so a chunk met again — a repeated boilerplate line, a
    report copied by another outlet — has the same tags and marginals. They are kept as
    bytes, keyed by the chunk's tokens; news repeats itself (28% of the chunks of the 3,042
    UnifiedFC articles were met before). The memory is emptied when the decoder's word
    table starts again, so the form ids stay comparable.
    """
    memory = fast.decoded
    generation = fast.generation
    bounds = [*starts, len(words)]
    keys = ["\n".join(words[a:b]) for a, b in pairwise(bounds)]  # no token holds a line break
    known = list(map(memory.get, keys))
    todo = [q for q, hit in enumerate(known) if hit is None]
    if todo:
        sub = [w for q in todo for w in words[bounds[q] : bounds[q + 1]]]
        lengths = [bounds[q + 1] - bounds[q] for q in todo]
        sub_tags, sub_probs, sub_ids = fast.decode_ids(sub, list(accumulate(lengths[:-1], initial=0)))
        if fast.generation != generation:  # the word table started again: decode it all anew
            tags, probs, ids = fast.decode_ids(words, starts)
            return tags, probs, fast.norm_ids(ids)
        tag_bytes = sub_tags.astype(np.int8).tobytes()
        prob_bytes = sub_probs.tobytes()
        norm_bytes = np.asarray(fast.norm_ids(sub_ids), dtype=np.int64).tobytes()
        if len(memory) + len(todo) > DECODED_MAX:
            memory.clear()
        at = 0
        for q, size in zip(todo, lengths, strict=True):
            hit = (tag_bytes[at : at + size], prob_bytes[8 * at : 8 * (at + size)],
                   norm_bytes[8 * at : 8 * (at + size)])
            known[q] = memory[keys[q]] = hit
            at += size
    tags = np.frombuffer(b"".join([h[0] for h in known]), dtype=np.int8).astype(np.int64)
    probs = np.frombuffer(b"".join([h[1] for h in known]), dtype=np.float64)
    norms = np.frombuffer(b"".join([h[2] for h in known]), dtype=np.int64).tolist()
    return tags, probs, norms


_WORD_CHAR = re.compile(TOKEN.pattern.split("+|", 1)[0])  # a character of a word token


def _split_regions(
    text: str, regions: Sequence[tuple[int, int]]
) -> tuple[list[str], list[int], list[int], list[int], list[int]] | None:
    """The tokens lying wholly inside ``regions``, read by splitting only those stretches:
    ``(words, token starts, token ends, line starts, run starts)`` (token indices for the
    last two). Regions with no token between them form one run. ``None`` when a word token
    crosses a run's edge (then the whole text is split, see :func:`tag_text`)."""
    runs: list[list[int]] = []
    for a, b in regions:
        if b <= a:
            continue
        if runs and _TOKEN_SEARCH(text, runs[-1][1], a) is None:
            runs[-1][1] = max(b, runs[-1][1])
        else:
            runs.append([a, b])
    n = len(text)
    for a, b in runs:
        if (a > 0 and _WORD_CHAR.match(text, a - 1) and _WORD_CHAR.match(text, a)) or (
                0 < b < n and _WORD_CHAR.match(text, b - 1) and _WORD_CHAR.match(text, b)):
            return None
    words: list[str] = []
    starts: list[int] = []
    stops: list[int] = []
    line_starts: list[int] = []
    run_starts: list[int] = []
    for a, b in runs:
        parts = _SPLIT.split(text[a:b])
        found = parts[1::2]
        if not found:
            continue
        at = len(words)
        run_starts.append(at)
        line_starts.append(at)
        line_starts.extend(at + i for i in _line_breaks(parts[0::2], 1, len(found)))
        ends = list(accumulate(map(len, parts), initial=a))
        starts.extend(ends[1:-1:2])
        stops.extend(ends[2::2])
        words.extend(found)
    return words, starts, stops, line_starts, run_starts


_TOKEN_SEARCH = TOKEN.search


def _tag_split(
    fast: FastCRF, text: str, words: list[str], starts: list[int], stops: list[int],
    line_starts: list[int], run_starts: list[int], labels: tuple[str, ...], repeats: bool,
) -> list[Entity]:
    """:func:`tag_text` over tokens already read from the chosen regions."""
    if not words:
        return []
    out: list[Entity] = []
    for (i, j, kind, prob), rule in _names(fast, words, line_starts, labels, repeats):
        if bisect_right(run_starts, i) != bisect_right(run_starts, j - 1):
            continue  # a repeat read across two runs: not a stretch of the text
        start, stop = starts[i], stops[j - 1]
        out.append(Entity(start, stop, kind, text[start:stop], prob, rule))
    return out


def _names(
    fast: FastCRF, words: list[str], line_starts: list[int], labels: tuple[str, ...], repeats: bool,
) -> list[tuple[tuple[int, int, str, float], str]]:
    """``((first, end, type, score), rule)`` of the names among ``words``, in token order:
    the tagged names of ``labels`` (score: the lowest marginal of their tokens) and, with
    ``repeats``, their untagged repeats (:func:`propagate`). Token indices, not offsets."""
    chunk_starts = _chunk_starts(words, line_starts)
    tag_ids, probs, norm_ids = decode_chunks(fast, words, chunk_starts)
    other = np.flatnonzero(tag_ids != fast.outside)
    if not len(other):
        return []
    found: list[tuple[int, int, str, float]] = []
    prob_list = probs.tolist()
    for i, j, kind in bio_spans(other.tolist(), tag_ids.tolist(), fast.labels, chunk_starts):
        if kind in labels:
            found.append((i, j, kind, round(min(prob_list[i:j]), 4)))
    extra = propagate(norm_ids, found) if repeats and found else []
    return sorted([(f, RULE) for f in found] + [(e, RULE_REPEAT) for e in extra])


def _ends(parts: list[str]) -> list[int]:
    """Running end offsets of the split's pieces: ``ends[2k]`` is where token ``k`` starts,
    ``ends[2k + 1]`` where it ends."""
    return list(accumulate(map(len, parts)))


def _line_breaks(gaps: list[str], first: int, end: int) -> Iterator[int]:
    """The tokens ``first <= i < end`` whose gap before them holds a line break."""
    return compress(range(first, end), map(contains, islice(gaps, first, end), repeat("\n")))


def _token_runs(ends: list[int], regions: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
    """``(first, end)`` token ranges of the tokens lying wholly inside ``regions``; ranges
    with no token between them are joined into one run."""
    token_starts = ends[0:-1:2]
    token_ends = ends[1::2]
    runs: list[tuple[int, int]] = []
    for a, b in regions:
        first = bisect_left(token_starts, a)
        end = bisect_right(token_ends, b)
        if end <= first:
            continue
        if runs and first <= runs[-1][1]:
            runs[-1] = (runs[-1][0], max(end, runs[-1][1]))
        else:
            runs.append((first, end))
    return runs


@lru_cache(maxsize=1 << 16)
def bare_name(surface: str) -> str:
    """``surface`` without the conjunction or preposition ANERcorp leaves on a name's first word.

    ANERcorp tags whole words, so a tagged name may read بحزب الله or لروسيا. A prefix is
    dropped only when the word list (``rasd.text.wordlist``: UnifiedFC and ANERcorp train
    counts) has the rest more often than the whole word and the rest starts with the article
    (بالحرس → الحرس، للجيش → الجيش), or has it at least twice as often, the whole word is not
    a listed name (ANERgazet) and the rest is one or has four letters or more: لروسيا →
    روسيا, while بشار، فراس and فادي keep their first letter. The article always stays.
    Cached: a news corpus names the same people and places again and again.
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
