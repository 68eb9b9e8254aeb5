"""Words of a document in normalised form, each tied to its offsets in ``Document.text``.

Every events rule works on words: "the two words before the trigger", "an actor right
after the verb". Spans from other stages point into ``Document.text``; :class:`Words`
maps them to word indices, and words back to original offsets for evidence.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from itertools import compress, pairwise, repeat
from typing import NamedTuple

import numpy as np

from rasd.document import Document
from rasd.text.normalize import Normalized, normalize

_PUNCT = "\"'()[]{}<>«».,;:!?،؛؟-–—/\\|*…"
_FALLBACK_SENTENCE = re.compile(r"[^.!?؟\n]+[.!?؟]*")
CLAUSE_END = frozenset(".:!?;")
QUOTES = frozenset('"«»“”')  # the marks a quotation opens or closes with
SMALL = 24  # spans placed one by one rather than in one vectorised pass


class Word(NamedTuple):
    """One word: a tuple, because a document has thousands and they are built in a loop."""

    text: str  # normalised, punctuation stripped
    start: int  # offsets in Document.text
    end: int
    nstart: int  # offsets in the normalised text
    nend: int
    sentence: int
    ends_clause: bool  # followed by . : ! ? ;
    comma: bool  # followed by a comma


# whitespace as ``str.split`` and ``re``'s \\s read it (all of it below U+3001)
_SPACE = np.array([chr(c).isspace() for c in range(0x3002)], dtype=bool)
_IS_PUNCT = np.zeros(max(map(ord, _PUNCT)) + 2, dtype=bool)  # the last entry: any other
_IS_PUNCT[[ord(c) for c in _PUNCT]] = True


def _split(text: str) -> tuple[list[str], list[str], list[int], list[int], list[int]]:
    """Words of normalised ``text`` with their punctuation stripped (kept inside: T-4), the
    punctuation after each, their offsets, and the indices of the words that had any
    punctuation (in no set order). Whitespace tokens come from ``str.split`` and their offsets from one
    vectorised pass over the characters; only the few tokens stripping changed get a
    Python-level fix-up."""
    tokens = text.split()
    if not tokens:
        return [], [], [], [], []
    codes = np.frombuffer(text.encode("utf-32-le", "surrogatepass"), dtype=np.uint32)
    inside = (~_SPACE[np.minimum(codes, len(_SPACE) - 1)]).view(np.int8)
    edges = np.flatnonzero(np.diff(inside, prepend=np.int8(0), append=np.int8(0)))
    first, after = edges[0::2], edges[1::2]
    starts = first.tolist()
    ends = after.tolist()
    # only a token that starts or ends with a mark can change when stripped: those are found
    # from the character codes at once, and only they are stripped
    marked = _IS_PUNCT[np.minimum(codes, len(_IS_PUNCT) - 1)]
    changed = np.flatnonzero(marked[first] | marked[after - 1]).tolist()
    texts = tokens.copy()
    for i in changed:
        texts[i] = tokens[i].strip(_PUNCT)
    tails = [""] * len(tokens)
    empties: list[int] = []
    for i in changed:
        raw, word = tokens[i], texts[i]
        if not word:
            empties.append(i)
            continue
        lead = len(raw) - len(raw.lstrip(_PUNCT))
        tails[i] = raw[lead + len(word):]
        starts[i] += lead
        ends[i] = starts[i] + len(word)
    if empties:  # tokens of punctuation alone are no words
        keep = list(map(bool, texts))
        # ... but their marks end the word before them: "قسد ، وأكد" (UnifiedFC and many sites
        # space their commas and stops) has a comma after قسد just as "قسد، وأكد" has. The
        # indices given back need not be in order (a word may come twice).
        # The word a mark goes to is the last word before it: the token just before a run of
        # marks, shared by the whole run (", , , , ," and "| | | |" lines run to dozens).
        extra = []
        j, last = -1, -2
        for i in empties:
            if i != last + 1:  # the token before is a word (or there is none)
                j = i - 1
            last = i
            if j >= 0:
                tails[j] += tokens[i]
                extra.append(j)
        changed += extra
        # the new index of a kept word: its index less the dropped tokens before it
        # (``empties`` is ascending; a bisect for each of the few changed words, not a
        # running count over every token)
        return (list(compress(texts, keep)), list(compress(tails, keep)),
                list(compress(starts, keep)), list(compress(ends, keep)),
                [i - bisect_left(empties, i) for i in changed if keep[i]])
    return texts, tails, starts, ends, changed


def sentence_bounds(doc: Document) -> list[tuple[int, int]]:
    """Sentence offsets from ``SENT`` spans; without them, split on end punctuation and lines."""
    sentences = [(s.start, s.end) for s in doc.spans_of("SENT")]
    if not sentences:
        sentences = [(m.start(), m.end()) for m in _FALLBACK_SENTENCE.finditer(doc.text)
                     if doc.text[m.start():m.end()].strip()]
    return sentences


class Words:
    """The normalised words of one document with sentence indices and offset maps."""

    def __init__(self, doc: Document):
        self.doc = doc
        self.norm: Normalized = normalize(doc.text)
        sentences = sentence_bounds(doc)
        self.sentences = sentences
        texts, tails, nstarts, nends, punctuated = _split(self.norm.text)
        starts, ends = self._to_original(nstarts, nends)
        sentence_of = np.searchsorted(np.array([s for s, _ in sentences] or [0], dtype=np.int64),
                                      np.asarray(starts, dtype=np.int64), side="right") - 1
        np.maximum(sentence_of, 0, out=sentence_of)
        sentence_list = sentence_of.tolist()
        # only a word that had punctuation can end a clause or stand before a comma
        clause_ends = [False] * len(texts)
        commas = [False] * len(texts)
        marked: list[int] = []
        flags: dict[str, tuple[bool, bool]] = {}  # a document has few distinct tails
        for i in punctuated:
            tail = tails[i]
            if tail:
                f = flags.get(tail)
                if f is None:
                    f = flags[tail] = (not CLAUSE_END.isdisjoint(tail), "," in tail)
                if f[0] or f[1]:
                    clause_ends[i], commas[i] = f
                    marked.append(i)
        marked.sort()
        self.marked = marked  # the words followed by a comma or a clause end, in order
        # the words followed by a clause end, and by a comma, in order: whether words lo..hi-1
        # hold one is a bisect, not a pass over the words (a run-on sentence asks it per trigger)
        self._clause_marks = [i for i in marked if clause_ends[i]]
        self._comma_marks = [i for i in marked if commas[i]]
        # tuple.__new__ builds the named tuples without the Python-level __new__ of each
        self.words = list(map(tuple.__new__, repeat(Word), zip(
            texts, starts, ends, nstarts, nends, sentence_list, clause_ends, commas, strict=True)))
        # the words' normalised texts as a plain list: a set test or a slice over them costs
        # no attribute read per word (``words[k].text``)
        self.texts: list[str] = texts
        self._starts, self._ends, self._nstarts = starts, ends, nstarts
        self._arrays: tuple[np.ndarray, np.ndarray] | None = None
        self._sentence_starts: list[int] | None = None  # for sentence_of, made when first asked
        self.memo: dict[tuple[str, int], bool] = {}  # per-sentence answers rules ask again and again
        self._hits: dict[int, tuple[object, list[int]]] = {}  # see hits
        # (id(cue), sentence) → (cue, the sentence's words the cue matches): detect._cue_between
        self.cue_hits: dict[tuple[int, int], tuple[object, list[int]]] = {}
        self.quote_marks: list[int] | None = None  # offsets of quotation marks: detect._quote_between
        bounds = np.searchsorted(sentence_of, np.arange(len(sentences) + 1), side="left").tolist()
        self.sentence_words: list[tuple[int, int]] = list(pairwise(bounds))

    def _to_original(self, nstarts: list[int], nends: list[int]) -> tuple[list[int], list[int]]:
        """Original offsets of normalised word spans, all at once (``Normalized.orig_span``)."""
        if len(self.norm.text) == len(self.norm.original):  # nothing deleted: same offsets
            return nstarts, nends
        norm_starts = np.asarray(self.norm._norm_starts, dtype=np.int64)
        orig_starts = np.asarray(self.norm._orig_starts, dtype=np.int64)

        def orig(index: np.ndarray) -> np.ndarray:
            k = np.searchsorted(norm_starts, index, side="right") - 1
            return orig_starts[k] + (index - norm_starts[k])

        starts = orig(np.asarray(nstarts, dtype=np.int64))
        ends = orig(np.asarray(nends, dtype=np.int64) - 1) + 1
        return starts.tolist(), ends.tolist()

    def __len__(self) -> int:
        return len(self.words)

    def clause_end_in(self, lo: int, hi: int) -> bool:
        """Whether a word of ``lo..hi-1`` ends a clause (``any(words[k].ends_clause for k in
        range(lo, hi))`` for ``lo >= 0``, by bisection)."""
        marks = self._clause_marks
        i = bisect_left(marks, lo)
        return i < len(marks) and marks[i] < hi

    def next_clause_end(self, lo: int, hi: int, default: int) -> int:
        """The first word of ``lo..hi-1`` that ends a clause, or ``default`` (``next((k for k in
        range(lo, hi) if words[k].ends_clause), default)`` for ``lo >= 0``, by bisection)."""
        marks = self._clause_marks
        i = bisect_left(marks, lo)
        return marks[i] if i < len(marks) and marks[i] < hi else default

    def comma_in(self, lo: int, hi: int) -> bool:
        """Whether a word of ``lo..hi-1`` stands before a comma (see :meth:`clause_end_in`)."""
        marks = self._comma_marks
        i = bisect_left(marks, lo)
        return i < len(marks) and marks[i] < hi

    def index_of(self, start: int, end: int) -> tuple[int, int]:
        """Word range ``[i, j)`` covering ``Document.text[start:end]``."""
        i = bisect_right(self._ends, start)
        j = max(i + 1, bisect_left(self._starts, end))
        return i, min(j, len(self.words))

    def index_of_many(self, starts: list[int], ends: list[int]) -> tuple[list[int], list[int]]:
        """:meth:`index_of` for many spans in one vectorised pass (a document's spans of one
        label are placed together)."""
        if len(starts) <= SMALL:  # a few spans: bisect costs less than making arrays
            pairs = [self.index_of(s, e) for s, e in zip(starts, ends, strict=True)]
            return [i for i, _ in pairs], [j for _, j in pairs]
        if self._arrays is None:
            self._arrays = (np.asarray(self._starts, dtype=np.int64), np.asarray(self._ends, dtype=np.int64))
        word_starts, word_ends = self._arrays
        first = np.searchsorted(word_ends, np.asarray(starts, dtype=np.int64), side="right")
        last = np.maximum(first + 1, np.searchsorted(word_starts, np.asarray(ends, dtype=np.int64), side="left"))
        np.minimum(last, len(self.words), out=last)
        return first.tolist(), last.tolist()

    def index_of_norm(self, nstart: int, nend: int) -> tuple[int, int]:
        """Word range covering the normalised span ``[nstart, nend)``."""
        i = max(0, bisect_right(self._nstarts, nstart) - 1)
        if i < len(self.words) and self.words[i].nend <= nstart:
            i += 1
        j = max(i + 1, bisect_left(self._nstarts, nend))
        return i, min(j, len(self.words))

    def sentence_of(self, offset: int) -> int:
        """The index of the sentence an original-text offset lies in."""
        starts = self._sentence_starts
        if starts is None:
            starts = self._sentence_starts = [s for s, _ in self.sentences]
        return max(0, bisect_right(starts, offset) - 1)

    def sentence_range(self, sentence: int) -> tuple[int, int]:
        return self.sentence_words[sentence] if sentence < len(self.sentence_words) else (0, 0)

    def text(self, i: int, j: int) -> str:
        """Original text of words ``[i, j)``."""
        if i >= j:
            return ""
        return self.doc.text[self.words[i].start:self.words[j - 1].end]

    def hits(self, pattern: re.Pattern[str]) -> list[int]:
        """The indices of the words whose text ``pattern`` matches (``pattern.match``), in
        order, found in one pass per document and pattern: a rule that looks back or ahead
        through a sentence for such a word asks :meth:`last_hit` / :meth:`first_hit` instead of
        reading every word, once per trigger (a run-on sentence of n triggers: n², ROBUST27)."""
        got = self._hits.get(id(pattern))
        if got is None or got[0] is not pattern:
            match = pattern.match
            got = self._hits[id(pattern)] = (pattern, [k for k, t in enumerate(self.texts) if match(t)])
        return got[1]  # type: ignore[return-value]

    def last_hit(self, pattern: re.Pattern[str], lo: int, hi: int) -> int:
        """The last word in ``[lo, hi)`` that ``pattern`` matches, or -1."""
        found = self.hits(pattern)
        k = bisect_left(found, hi) - 1
        return found[k] if k >= 0 and found[k] >= lo else -1

    def first_hit(self, pattern: re.Pattern[str], lo: int, hi: int) -> int:
        """The first word in ``[lo, hi)`` that ``pattern`` matches, or ``hi``."""
        found = self.hits(pattern)
        k = bisect_left(found, lo)
        return found[k] if k < len(found) and found[k] < hi else hi

    def joined(self, i: int, j: int) -> str:
        """Normalised words ``[i, j)`` joined by single spaces (for multi-word cues)."""
        return " ".join(self.texts[max(0, i):j])
