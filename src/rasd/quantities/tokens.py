"""Tokens of normalised text with their offsets, and clitic forms of lexicon words.

The time and quantity scanners work on tokens of :func:`rasd.text.normalize.normalize`
output (one alef, ي for ى, ه for ة, Western digits), so a word list needs one spelling per
word. Clitics (و، ف، ب، ل، ك and the article) are expanded once when a list is loaded —
a lookup is then one dict access per token, which keeps a 7,000-character document well
under a millisecond.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from itertools import accumulate, compress, count
from operator import or_

from rasd.text.normalize import Normalized, normalize, normalize_key

# A number (digits with separators, or a leading decimal point), an Arabic word, a Latin
# word, a run of spaces, or any other single character. The pieces cover the text end to
# end, so offsets are a running sum of lengths (computed in C, not per match in Python).
PIECE = re.compile(r"[\u0621-\u064a]+|\s+|\d+(?:[.,]\d+)*|[.,]\d+|[A-Za-z]+|.", re.S)
# A PIECE that is not a lone space (a space not followed by more whitespace), captured for
# re.split; scanning resumes where the next PIECE would start, so the pieces are the same.
_KEPT_PIECE = re.compile(f"((?! (?!\\s))(?:{PIECE.pattern}))", re.S)
ARABIC_WORD = re.compile(r"[\u0621-\u064a]+")
DIGIT = re.compile(r"\d")
_COLON = ":"

PREFIXES = ("", "و", "ف", "ب", "ل", "ك", "وب", "ول", "فب", "فل", "وك")


@dataclass(slots=True)
class Tokens:
    """Parallel lists: ``text[k]`` spans ``starts[k]:ends[k]`` of the normalised text."""

    norm: Normalized
    text: list[str]
    starts: list[int]
    _candidates: list[int] | None = None

    def end(self, k: int) -> int:
        return self.starts[k] + len(self.text[k])

    def candidates(self) -> list[int]:
        """Tokens any scanner may start at (a lexicon word, a digit or punctuation), once."""
        if self._candidates is None:
            # two C-level passes over the tokens: a listed word, or one sorting before ":"
            # (a digit or a punctuation mark)
            text = self.text
            self._candidates = list(compress(count(), map(
                or_, map(all_start_words().__contains__, text), map(_COLON.__gt__, text))))
        return self._candidates

    def __len__(self) -> int:
        return len(self.text)

    def orig_span(self, first: int, last: int) -> tuple[int, int]:
        """Offsets in the original text of tokens ``first`` .. ``last - 1``."""
        return self.norm.orig_span(self.starts[first], self.end(last - 1))

    def orig_starts(self) -> list[int]:
        """Original offset of every token's start (one merge over the breakpoints)."""
        ns, os_ = self.norm._norm_starts, self.norm._orig_starts
        out, b = [], 0
        for x in self.starts:
            while b + 1 < len(ns) and ns[b + 1] <= x:
                b += 1
            out.append(os_[b] + x - ns[b])
        return out

    def inside(self, ranges: list[tuple[int, int]]) -> set[int]:
        """Indices of tokens that start inside any of ``ranges`` (original offsets)."""
        if not ranges:
            return set()
        ns, os_ = self.norm._norm_starts, self.norm._orig_starts
        out: set[int] = set()
        for start, end in ranges:
            lo, hi = self._to_norm(start, ns, os_), self._to_norm(end, ns, os_)
            k = bisect_left(self.starts, lo)
            while k < len(self.starts) and self.starts[k] < hi:
                out.add(k)
                k += 1
        return out

    @staticmethod
    def _to_norm(x: int, ns: tuple[int, ...], os_: tuple[int, ...]) -> int:
        """Normalised offset of original offset ``x`` (deleted marks map to the next kept)."""
        b = bisect_right(os_, x) - 1
        if b < 0:
            return 0
        nxt = ns[b + 1] if b + 1 < len(ns) else None
        value = ns[b] + (x - os_[b])
        return min(value, nxt) if nxt is not None else value

    def span(self, first: int, last: int, known: object = ()) -> tuple[int, int]:
        """Original offsets of tokens ``first`` .. ``last - 1``, without a leading و/ف/ب/ل
        clitic when the rest of the first word is itself ``known`` (or a digit)."""
        start, end = self.orig_span(first, last)
        w = self.text[first]
        if len(w) > 2 and w[0] in "وفبل" and (w[1].isdigit() or w[1:] in known):  # type: ignore[operator]
            start = self.norm.orig(self.starts[first] + 1)
        return start, end

    def gap(self, k: int) -> str:
        """The normalised text between token ``k - 1`` and token ``k``."""
        return self.norm.text[self.end(k - 1):self.starts[k]] if k > 0 else ""


def tokenize(norm: Normalized) -> Tokens:
    # The PIECE tokens minus the single spaces, from one re.split: odd items are the kept
    # pieces, even items what lies between them ('' or one space), and offsets are running
    # sums of the item lengths. A whitespace run with a line break stays as a token, so no
    # expression runs across lines ("13 آذار⏎2021" is not one date).
    parts = _KEPT_PIECE.split(norm.text)
    offsets = list(accumulate(map(len, parts), initial=0))
    return Tokens(norm, parts[1::2], offsets[1:-1:2])


@lru_cache(maxsize=1)
def _fold_table() -> dict[int, str | None]:
    """What :func:`normalize` does to each single Arabic/punctuation/format character,
    as a ``str.translate`` table (derived from normalize itself, so it never disagrees)."""
    table: dict[int, str | None] = {}
    for lo, hi in ((0x00A0, 0x00AD), (0x0600, 0x06FF), (0x2000, 0x206F), (0xFEFF, 0xFEFF)):
        for cp in range(lo, hi + 1):
            out = normalize("a" + chr(cp) + "a").text[1:-1]
            if out != chr(cp):
                table[cp] = out or None
    return table


# Letters normalize() folds that are common in plain news text: folded with str.replace.
_COMMON_FOLDS = (("أ", "ا"), ("إ", "ا"), ("آ", "ا"), ("ٱ", "ا"), ("ى", "ي"), ("ة", "ه"),
                 ("ئ", "ي"), ("ؤ", "و"))


@lru_cache(maxsize=1)
def _rare_marks() -> re.Pattern[str]:
    """Any other character normalize() changes (diacritics, tatweel, Indic digits, ...)."""
    common = {ord(a) for a, _ in _COMMON_FOLDS}
    rare = sorted(cp for cp in _fold_table() if cp not in common)
    return re.compile("[" + "".join(re.escape(chr(cp)) for cp in rare) + "]")


def may_hold_raw(text: str, words: frozenset[str]) -> bool:
    """The pre-filter on text not yet normalised.

    Plain text (no diacritics, tatweel or Indic digits — most news) is folded with a few
    C-level ``str.replace`` calls; anything else goes through the full translate table.
    Both give the words :func:`normalize` would, so the filter never drops an expression.
    """
    if _rare_marks().search(text):
        return may_hold(text.translate(_fold_table()), words)
    for a, b in _COMMON_FOLDS:
        if a in text:
            text = text.replace(a, b)
    return may_hold(text, words)


def may_hold(norm_text: str, words: frozenset[str]) -> bool:
    """Cheap pre-filter: a digit, or an Arabic word from ``words``, occurs in the text."""
    return DIGIT.search(norm_text) is not None or not words.isdisjoint(
        ARABIC_WORD.findall(norm_text))


@lru_cache(maxsize=8)
def normalized(text: str) -> Normalized:
    """``normalize`` cached, so the time and quantities stages share one pass per text."""
    return normalize(text)


@lru_cache(maxsize=8)
def tokens_of(text: str) -> Tokens:
    return tokenize(normalized(text))


def key(word: str) -> str:
    return normalize_key(word)


def clitic_forms(word: str, article: bool = True) -> Iterable[str]:
    """``word`` (normalised) with the proclitics a news sentence attaches to it."""
    for p in PREFIXES:
        yield p + word
    if article and word.startswith("ال") and len(word) > 3:
        bare = word[2:]
        for p in ("لل", "ولل", "فلل"):
            yield p + bare


def add_forms(table: dict, word: str, value: object, article: bool = True,
              overwrite: bool = False) -> None:
    """Add ``word`` and its clitic forms; an existing entry wins unless ``overwrite``."""
    for form in clitic_forms(key(word), article):
        if overwrite or form not in table:
            table[form] = value


def strip_clitic(word: str) -> str:
    """One leading و/ف (a conjunction) removed when what remains is a word."""
    if len(word) > 2 and word[0] in "وف":
        return word[1:]
    return word


@lru_cache(maxsize=1)
def all_start_words() -> frozenset[str]:
    """Every word the time and quantity scanners can start at (one set for one pass)."""
    from rasd.quantities.casualties import _triggers
    from rasd.quantities.numbers import _phrase_index, _starts
    from rasd.time.extract import start_words

    return start_words() | _starts() | frozenset(_phrase_index("vague")) | _triggers()


@lru_cache(maxsize=1)
def strong_start_words() -> frozenset[str]:
    """Words whose presence means a sentence may hold an expression (the pre-filter).

    Common words that only start an expression together with a stronger one (قبل يومين،
    هذا الأسبوع، الأول من شباط) are left out: the stronger word lets the sentence through.
    """
    from rasd.quantities.casualties import _triggers
    from rasd.quantities.numbers import _phrase_index, _starts
    from rasd.time.extract import strong_time_words

    return strong_time_words() | _starts() | frozenset(_phrase_index("vague")) | _triggers()
