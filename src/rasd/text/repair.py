"""Split-word repair: ``ضر ب`` → ``ضرب``, ``إصا بة`` → ``إصابة``, ``أغـ.ـشي`` → ``أغشي``.

Some pages break words on purpose (to slip past platform filters) and some tokenisers
detach suffixes (``أن ه``). Two neighbouring pieces are rejoined when the joined form
is a real word and reading them as two words is much less likely, judged with the
project's word frequencies (:mod:`rasd.text.wordlist`) as a tiny unigram model:

    join  ⇔  f(ab) ≥ MIN_JOINED  and  f(ab) · N ≥ k · (f(a) + ½) · (f(b) + ½)

``k`` is 1 when a piece is not a word by itself (a single letter, or rarer than
``MIN_WORD``) and ``BOTH_WORDS_K`` when both pieces are words, so real two-word
sequences whose concatenation also exists (كل ما / كلما، في ما / فيما، دير الزور /
ديرالزور، لا سيما / لاسيما) stay split. A tatweel at the break (``أغـ.ـشي``) always
joins: tatweel only ever stretches a letter inside a word.

A word spelled out in more pieces (a page whose diacritics became spaces: ``ق ت ل``،
``ق ت لوا``، ``ال ق ت ل ى``، ``اعت ب ر ت``) is rejoined whole (rule ``spelled-out``, FATAL20):
three or more pieces with one space between each, every inner piece a single letter, the
outer ones at most three letters, at least two single letters that are no words of their own,
and the joined form a word of the list (at least ``MIN_WORD`` times); the longest such run,
leftmost first. Letters that spell an abbreviation (``ب ي د``، ``أ ف ب``: ``keep_spelled``)
stay apart, and so does the rest of their run.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib import resources
from itertools import accumulate, compress, count, islice, pairwise
from operator import add

from rasd.datafiles import load_yaml
from rasd.text.normalize import Normalized
from rasd.text.wordlist import WordFreq, word_freq

MIN_JOINED = 3  # the joined word must occur at least this often in the word list
# ... and at least this share of a piece that is a word itself: "في س" is not "فيس".
MIN_SHARE_OF_WORD = 0.01
MIN_WORD = 20  # a piece occurring less often is not a word on its own
BOTH_WORDS_K = 2000  # how much likelier the joined word must be when both pieces are words


@dataclass(frozen=True, slots=True)
class Exceptions:
    """``data/text/repair.yaml``: words never joined, single letters that are words."""

    keep_apart: frozenset[str]
    standalone_letters: frozenset[str]
    keep_spelled: frozenset[str]  # space-padded, to be found as whole pieces inside a run


@cache
def exceptions() -> Exceptions:
    data = load_yaml(resources.files("rasd.data.text").joinpath("repair.yaml").read_text("utf-8"))
    return Exceptions(frozenset(data.get("keep_apart", ())),
                      frozenset(data.get("standalone_letters", ())),
                      frozenset(f" {w} " for w in data.get("keep_spelled", ())))


_L = "\u0621-\u063a\u0641-\u064a\u0671-\u06d3"
# Letter runs (normalised text) and the one-character gaps a split word may hide behind.
_RUN = re.compile(f"([{_L}]+)")
_GAPS = frozenset(" \u00a0.\u00b7")
# A tatweel next to a break of spaces or dots between letters (original text).
_TATWEEL_BREAK = re.compile(
    f"(?<=[{_L}\u0640])(?:\u0640[ .\u00b7]{{1,2}}\u0640?|[ .\u00b7]{{1,2}}\u0640)(?=[{_L}])"
)
# Zero-width characters between letters: invisible, but they split the word for a machine.
_ANY_ZERO_WIDTH = re.compile("[\u200b-\u200d\u2060\ufeff]")
_ZERO_WIDTH = re.compile(f"(?<=[{_L}\u0640])[\u200b-\u200d\u2060\ufeff]+(?=[{_L}\u0640])")
# A word spelled out (normalised text): pieces of at most three letters, one space apart, at
# least two single letters in a row among them (see the module docstring).
_SPELLED = re.compile(f"(?<![{_L}])(?:[{_L}]{{1,3}} )*[{_L}] [{_L}](?: [{_L}]{{1,3}})*(?![{_L}])")
# ... found from its two single letters after a space or a line break (a class of two characters
# first: ``re`` skips to the next in a tight loop, 3x faster than trying the pattern above at
# every letter; a run that opens the text is left), then read
# whole from SPELLED_REACH characters before it.
_SPELLED_ANCHOR = re.compile(f"[ \n][{_L}] [{_L}](?![{_L}])")
SPELLED_REACH = 64
SPELLED_MIN_PIECES = 3


@dataclass(frozen=True, slots=True)
class Repair:
    """A word rejoined: ``start:end`` covers its pieces in the original text; ``gaps`` are
    the ``(start, end)`` of the characters removed between them."""

    start: int
    end: int
    gaps: tuple[tuple[int, int], ...]
    rule: str


def _is_word(piece: str, freq: WordFreq) -> bool:
    if len(piece) == 1:
        return piece in exceptions().standalone_letters
    return freq[piece] >= MIN_WORD


@lru_cache(maxsize=1 << 16)
def join_score(a: str, b: str) -> float:
    """How strongly the normalised pieces ``a`` and ``b`` read as one word (0 = keep apart)."""
    freq = word_freq()
    joined = freq[a + b]
    if joined < MIN_JOINED or (len(a) == 1 and len(b) == 1):
        return 0.0
    a_word, b_word = _is_word(a, freq), _is_word(b, freq)
    for piece, is_word in ((a, a_word), (b, b_word)):
        if is_word and len(piece) > 1 and joined < MIN_SHARE_OF_WORD * freq[piece]:
            return 0.0
    score = joined * freq.total / ((freq[a] + 0.5) * (freq[b] + 0.5))
    k = BOTH_WORDS_K if a_word and b_word else 1.0
    return score if score >= k else 0.0


def find_repairs(norm: Normalized) -> list[Repair]:
    """Split words in ``norm.original``, in text order, never two sharing a piece."""
    text, raw = norm.text, norm.original
    counts = word_freq().counts
    if not text:
        return []
    # Cheap pass: split into [gap, word, gap, word, ...]; only neighbours with a one-character
    # gap whose concatenation is in the list get scored.
    parts = _RUN.split(text)
    words, gaps = parts[1::2], parts[2::2]
    # the joined pairs looked up in C-level passes (map/compress); the gap test, in Python,
    # only for the few pairs whose concatenation is a listed word
    joined_listed = map(counts.__contains__, map(add, words, islice(words, 1, None)))
    hits = [i for i in compress(count(), joined_listed) if gaps[i] in _GAPS]
    found: list[tuple[int, int, tuple[tuple[int, int], ...], str, float]] = []
    if hits:
        starts = list(accumulate(map(len, parts)))  # starts[k] = end of parts[k]
        for i in hits:
            a, b = words[i], words[i + 1]
            score = join_score(a, b)
            if score:
                a_start = starts[2 * i]  # word i is parts[2i + 1]
                b_start = starts[2 * i + 2]
                start, a_end = norm.orig_span(a_start, a_start + len(a))
                if raw[start:a_end] in exceptions().keep_apart:
                    continue
                b_orig, end = norm.orig_span(b_start, b_start + len(b))
                found.append((start, end, ((a_end, b_orig),), "wordlist", score))
    found += _spelled_out(norm)
    for rule, pattern, present in (("tatweel-break", _TATWEEL_BREAK, "\u0640" in raw),
                                   ("zero-width", _ZERO_WIDTH, _ANY_ZERO_WIDTH.search(raw))):
        if not present:  # the look-around patterns are slow to scan: only when needed
            continue
        for m in pattern.finditer(raw):
            start, end = _word_bounds(raw, m.start(), m.end())
            found.append((start, end, ((m.start(), m.end()),), rule, float("inf")))
    found.sort()
    repairs: list[Repair] = []
    last: tuple[int, int, tuple[tuple[int, int], ...], str, float] | None = None
    for item in found:
        if last is not None and item[0] < last[1]:  # shares a piece: keep the stronger
            if item[4] > last[4]:
                repairs[-1] = Repair(item[0], item[1], item[2], item[3])
                last = item
            continue
        repairs.append(Repair(item[0], item[1], item[2], item[3]))
        last = item
    return repairs


def _spelled_out(norm: Normalized) -> list[tuple[int, int, tuple[tuple[int, int], ...], str, float]]:
    """Words spelled out in three or more pieces (see the module docstring), as found items."""
    out: list[tuple[int, int, tuple[tuple[int, int], ...], str, float]] = []
    for m in _spelled_matches(norm.text):
        pieces = m.group().split(" ")
        run = _spelled_run(pieces) if len(pieces) >= SPELLED_MIN_PIECES else None
        if run is None:
            continue
        first, last = run
        starts = list(accumulate((len(p) + 1 for p in pieces), initial=m.start()))
        spans = [norm.orig_span(starts[k], starts[k + 1] - 1) for k in range(first, last + 1)]
        gaps = tuple((a[1], b[0]) for a, b in pairwise(spans))
        out.append((spans[0][0], spans[-1][1], gaps, "spelled-out", float("inf")))
    return out


def _spelled_matches(text: str) -> list[re.Match[str]]:
    """The runs of ``_SPELLED`` in ``text``, each read around an anchor of two single letters."""
    out: list[re.Match[str]] = []
    done = 0
    for a in _SPELLED_ANCHOR.finditer(text):
        if a.start() < done:
            continue
        for m in _SPELLED.finditer(text, max(0, a.start() - SPELLED_REACH)):
            if m.start() > a.start() + 1:
                break
            if a.start() + 1 < m.end():
                out.append(m)
                done = m.end()
                break
    return out


@cache
def _longest_word() -> int:
    """The letters of the longest word of the list frequent enough to be rejoined into."""
    return max((len(w) for w, c in word_freq().counts.items() if c >= MIN_WORD), default=0)


def _spelled_run(pieces: list[str]) -> tuple[int, int] | None:
    """The first and last index of the longest run of ``pieces`` (leftmost first) that joins
    into a listed word as a spelled-out word, or None."""
    freq, exc = word_freq(), exceptions()
    if any(k in f" {' '.join(pieces)} " for k in exc.keep_spelled):
        return None
    n = len(pieces)
    # a run of more pieces than the longest listed word has letters joins into no listed word:
    # without this bound a long run (a page spelled out letter by letter) took cubic time
    for size in range(min(n, _longest_word()), SPELLED_MIN_PIECES - 1, -1):
        for a in range(n - size + 1):
            run = pieces[a:a + size]
            if any(len(p) > 1 for p in run[1:-1]):
                continue
            if sum(len(p) == 1 and p not in exc.standalone_letters for p in run) < 2:
                continue
            if freq["".join(run)] >= MIN_WORD:
                return a, a + size - 1
    return None


_WORD_CHAR = re.compile(f"[{_L}\u0640\u064b-\u065f\u0670]")


def _word_bounds(raw: str, gap_start: int, gap_end: int) -> tuple[int, int]:
    start = gap_start
    while start > 0 and _WORD_CHAR.match(raw, start - 1):
        start -= 1
    end = gap_end
    while end < len(raw) and _WORD_CHAR.match(raw, end):
        end += 1
    return start, end
