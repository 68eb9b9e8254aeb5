"""Tokens of normalised text with their offsets, and clitic forms of lexicon words.

The time and quantity scanners work on tokens of :func:`rasd.text.normalize.normalize`
output (one alef, ي for ى, ه for ة, Western digits), so a word list needs one spelling per
word. Clitics (و، ف، ب، ل، ك and the article) are expanded once when a list is loaded —
a lookup is then one dict access per token, which keeps a 7,000-character document well
under a millisecond.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

from rasd.text.normalize import Normalized, normalize, normalize_key

# A number (digits with separators, or a leading decimal point), an Arabic word, a Latin
# word, or one punctuation character.
TOKEN = re.compile(r"\d+(?:[.,]\d+)*|[.,]\d+|[\u0621-\u064a]+|[A-Za-z]+|[^\s\w]")

PREFIXES = ("", "و", "ف", "ب", "ل", "ك", "وب", "ول", "فب", "فل", "وك")


@dataclass(slots=True)
class Tokens:
    """Parallel lists: ``text[k]`` spans ``starts[k]:ends[k]`` of the normalised text."""

    norm: Normalized
    text: list[str]
    starts: list[int]
    ends: list[int]

    def __len__(self) -> int:
        return len(self.text)

    def orig_span(self, first: int, last: int) -> tuple[int, int]:
        """Offsets in the original text of tokens ``first`` .. ``last - 1``."""
        return self.norm.orig_span(self.starts[first], self.ends[last - 1])

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
        from bisect import bisect_left
        origs = self.orig_starts()
        out: set[int] = set()
        for start, end in ranges:
            k = bisect_left(origs, start)
            while k < len(origs) and origs[k] < end:
                out.add(k)
                k += 1
        return out

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
        return self.norm.text[self.ends[k - 1]:self.starts[k]] if k > 0 else ""


def tokenize(norm: Normalized) -> Tokens:
    text, starts, ends = [], [], []
    for m in TOKEN.finditer(norm.text):
        text.append(m.group())
        starts.append(m.start())
        ends.append(m.end())
    return Tokens(norm, text, starts, ends)


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
