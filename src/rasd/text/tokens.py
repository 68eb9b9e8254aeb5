"""Tokens with offsets, and clitic-aware matching of known names against them.

Arabic writes conjunctions, prepositions and the article onto the word: a list entry
``الرقة`` appears as ``بالرقة``, ``والرقة``, ``للرقة``; ``حمص`` as ``بحمص``, ``وحمص``.
:func:`surface_forms` lists every clitic form of a normalised key (with the clitics
it adds), so a matcher can index them all and look each token up once;
:class:`PhraseIndex` does that for multi-word names (clitics only on the first word).

>>> index = PhraseIndex()
>>> index.add("الحرس الثوري", "irgc")
>>> text = "وقال مصدر للحرس الثوري إن"
>>> [(text[m.start:m.end], m.value, m.prefix) for m in index.find(tokenize(text))]
[('للحرس الثوري', 'irgc', 'لل')]
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import Any

from rasd.text.normalize import normalize_key, word_key

# A word: letters or digits, with diacritics, tatweel and zero-width joiners inside.
_TOKEN = re.compile(r"(?:[^\W_]|[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u200c\u200d])+")

# Clitics before a word without the article, and before the article (ال).
CONJUNCTIONS = ("", "و", "ف")
PREPOSITIONS = ("", "ب", "ل", "ك")
ARTICLE = "ال"


@dataclass(frozen=True, slots=True)
class Token:
    """A word of the text: ``text[start:end]`` is ``surface``; ``norm`` its matching form."""

    surface: str
    norm: str
    start: int
    end: int


def tokenize(text: str) -> list[Token]:
    """Words (letters/digits runs) of ``text`` with offsets; punctuation is skipped."""
    return [Token(m.group(), word_key(m.group()), m.start(), m.end()) for m in _TOKEN.finditer(text)]


def surface_forms(key: str) -> dict[str, str]:
    """Every clitic form of the normalised word ``key`` → the clitics added.

    ``حمص`` → حمص، وحمص، بحمص، لحمص، وبحمص، فلحمص ...; ``الرقه`` → الرقه، والرقه، بالرقه،
    فالرقه، كالرقه، للرقه، وللرقه ... (ل + ال is written لل). A key without the article
    gets none added: whether a name takes one is the knowledge base's call.
    """
    forms: dict[str, str] = {}
    for conj in CONJUNCTIONS:
        for prep in PREPOSITIONS:
            prefix = conj + prep
            if key.startswith(ARTICLE) and prep == "ل":
                forms.setdefault(conj + "لل" + key[2:], conj + "لل")
                if key[2:3] == "ل":  # اللاذقيه → لللاذقيه is written للاذقيه
                    forms.setdefault(conj + "ل" + key[2:], conj + "لل")
            else:
                forms.setdefault(prefix + key, prefix)
    return forms


@dataclass(frozen=True, slots=True)
class PhraseMatch:
    start: int  # offsets in the tokenised text (clitics included)
    end: int
    first: int  # token indices [first, last)
    last: int
    key: str
    value: Any
    prefix: str  # clitics on the first word ("" when none)


class PhraseIndex:
    """Known phrases (normalised keys) found in token lists, longest match first."""

    def __init__(self) -> None:
        self._by_first: dict[str, list[tuple[tuple[str, ...], str, str, Any]]] = {}

    def add(self, phrase: str, value: Any) -> None:
        words = normalize_key(phrase).split()
        if not words:
            return
        for form, prefix in surface_forms(words[0]).items():
            entries = self._by_first.setdefault(form, [])
            entries.append((tuple(words[1:]), prefix, " ".join(words), value))
            entries.sort(key=lambda e: -len(e[0]))

    def find(self, tokens: Sequence[Token]) -> Iterator[PhraseMatch]:
        """Non-overlapping matches, left to right, the longest phrase at each token."""
        i = 0
        while i < len(tokens):
            hit = None
            for rest, prefix, key, value in self._by_first.get(tokens[i].norm, ()):
                j = i + 1 + len(rest)
                if j <= len(tokens) and all(tokens[i + 1 + k].norm == w for k, w in enumerate(rest)):
                    hit = PhraseMatch(tokens[i].start, tokens[j - 1].end, i, j, key, value, prefix)
                    break
            if hit is None:
                i += 1
                continue
            yield hit
            i = hit.last
