"""Arabic normalisation for matching, with an exact map back to the original offsets.

Matching needs one spelling per word (no diacritics or tatweel, one alef, one yaa,
taa marbuta as haa, Western digits, plain quotes); evidence shown to a person needs
the original. :func:`normalize` does only one-to-one replacements and deletions, so a
compact list of breakpoints maps every normalised offset back to the original text.

>>> n = normalize("قُتِلَ ٣٨ عنصراً")
>>> n.text
'قتل 38 عنصرا'
>>> n.orig_span(4, 6)
(8, 10)
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from functools import lru_cache

import numpy as np

# One character for one character: the length never changes here.
_REPLACE = {
    "أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ٲ": "ا", "ٳ": "ا",
    "ى": "ي", "ی": "ي", "ئ": "ي", "ؤ": "و", "ة": "ه", "ۀ": "ه", "ھ": "ه", "ک": "ك",
    "،": ",", "؛": ";", "؟": "?", "٪": "%", "٫": ".", "٬": ",",
    "“": '"', "”": '"', "«": '"', "»": '"', "„": '"', "″": '"', "‹": "'", "›": "'",
    "‘": "'", "’": "'", "‚": "'", "`": "'", "′": "'",
    "–": "-", "—": "-", "‐": "-", "‑": "-", "−": "-",
    "\t": " ", "\r": " ", "\xa0": " ", "\u2002": " ", "\u2003": " ", "\u2009": " ",
    "\u202f": " ", "\u3000": " ", "\u2028": "\n", "\u2029": "\n",
}
_REPLACE.update({chr(0x0660 + d): str(d) for d in range(10)})  # Arabic-Indic digits
_REPLACE.update({chr(0x06F0 + d): str(d) for d in range(10)})  # Persian digits
_TABLE = str.maketrans(_REPLACE)

# Marks the normaliser deletes: diacritics, Quranic marks, tatweel, bidi and zero-width
# controls, soft hyphen (inclusive code point ranges).
_MARK_RANGES = (
    (0x0610, 0x061A), (0x061C, 0x061C), (0x064B, 0x065F), (0x0670, 0x0670), (0x06D6, 0x06ED),
    (0x0640, 0x0640), (0x200B, 0x200F), (0x202A, 0x202E), (0x2060, 0x2064), (0x2066, 0x2069),
    (0xFEFF, 0xFEFF), (0x00AD, 0x00AD),
)
_MARKS = "".join(f"{chr(a)}-{chr(b)}" if a != b else chr(a) for a, b in _MARK_RANGES)
_MARK_CHARS = [chr(c) for a, b in _MARK_RANGES for c in range(a, b + 1)]
# Letters only (no punctuation or spaces): safe to apply to regular-expression source.
_LETTERS = {k: v for k, v in _REPLACE.items() if "\u0600" <= k <= "\u06ff" and v.isalpha()}
LETTER_TABLE = str.maketrans({**_LETTERS, **dict.fromkeys(_MARK_CHARS)})
# Every replacement plus deletion of the marks: the normalised form of one word.
KEY_TABLE = str.maketrans({**_REPLACE, **dict.fromkeys(_MARK_CHARS)})

# Deleted: diacritics, Quranic marks, tatweel, bidi and zero-width controls, and any
# space that follows another space.
_DELETE = re.compile(f"[{_MARKS}]+|(?<= ) +")


@dataclass(frozen=True, slots=True)
class Normalized:
    """Normalised text plus the breakpoints that map it back to the original.

    ``_norm_starts[i]`` in the normalised text corresponds to ``_orig_starts[i]`` in
    the original, and offsets grow one for one until the next breakpoint.
    """

    text: str
    original: str
    _norm_starts: tuple[int, ...]
    _orig_starts: tuple[int, ...]

    def orig(self, index: int) -> int:
        """Original offset of the normalised character at ``index``."""
        k = bisect_right(self._norm_starts, index) - 1
        return self._orig_starts[k] + (index - self._norm_starts[k])

    def norm_index(self, orig_offset: int) -> int:
        """The first normalised index whose original offset is ``>= orig_offset``
        (``len(text)`` when there is none): the inverse of :meth:`orig`, one bisect."""
        k = bisect_right(self._orig_starts, orig_offset) - 1
        if k < 0:
            return 0
        norm_starts = self._norm_starts
        seg_end = norm_starts[k + 1] if k + 1 < len(norm_starts) else len(self.text)
        index = norm_starts[k] + (orig_offset - self._orig_starts[k])
        return index if index < seg_end else seg_end

    def orig_span(self, start: int, end: int) -> tuple[int, int]:
        """Original ``(start, end)`` of the normalised span ``[start, end)``.

        The end maps through the last kept character, so deleted marks after a span
        (a trailing diacritic, say) stay outside it, while marks inside stay inside.
        """
        if end <= start:
            point = self.orig(start) if start < len(self.text) else len(self.original)
            return point, point
        return self.orig(start), self.orig(end - 1) + 1


def normalize(text: str) -> Normalized:
    """Normalise ``text`` for matching; see the module docstring for what changes.

    Long texts take a vectorised path (numpy lookup tables, ~20x faster on a whole
    article); short ones the plain one. Both give the same text and offsets.
    """
    if len(text) >= _FAST_MIN:
        return _normalize_cached(text)
    return _normalize_plain(text)


def _normalize_plain(text: str) -> Normalized:
    replaced = text.translate(_TABLE)
    if _DELETE.search(replaced) is None:  # most short strings: nothing to delete, no breakpoint
        return Normalized(replaced, text, (0,), (0,))
    pieces: list[str] = []
    norm_starts = [0]
    orig_starts = [0]
    kept_from = 0
    norm_len = 0
    for match in _DELETE.finditer(replaced):
        pieces.append(replaced[kept_from : match.start()])
        norm_len += match.start() - kept_from
        kept_from = match.end()
        norm_starts.append(norm_len)
        orig_starts.append(kept_from)
    pieces.append(replaced[kept_from:])
    return Normalized("".join(pieces), text, tuple(norm_starts), tuple(orig_starts))


_FAST_MIN = 200
_LUT = np.arange(0x10000, dtype=np.uint32)
for _k, _v in _REPLACE.items():
    _LUT[ord(_k)] = ord(_v)
_DEL = np.zeros(0x10000, dtype=bool)
_DEL[[ord(c) for c in _MARK_CHARS]] = True
_LETTER_LUT = np.arange(0x10000, dtype=np.uint32)
for _k, _v in _LETTERS.items():
    _LETTER_LUT[ord(_k)] = ord(_v)


@lru_cache(maxsize=4)
def _normalize_cached(text: str) -> Normalized:
    """Whole documents are normalised by several stages in turn (clean, actors, places,
    time, events); :class:`Normalized` is immutable, so they can share one pass."""
    return _normalize_fast(text)


def _normalize_fast(text: str) -> Normalized:
    codes = np.frombuffer(text.encode("utf-32-le", "surrogatepass"), dtype=np.uint32)
    low = np.minimum(codes, 0xFFFF)
    astral = codes > 0xFFFF
    mapped = np.where(astral, codes, _LUT[low])
    delete = _DEL[low] & ~astral
    space = mapped == 32
    delete[1:] |= space[1:] & space[:-1]  # a space after a space (before deletions)
    keep = np.flatnonzero(~delete)
    if not len(keep):
        return Normalized("", text, (0,), (0,))
    normalised = mapped[keep].tobytes().decode("utf-32-le", "surrogatepass")
    jumps = np.flatnonzero(np.diff(keep) != 1) + 1
    norm_starts = (0, *jumps.tolist())
    orig_starts = (int(keep[0]), *keep[jumps].tolist())
    return Normalized(normalised, text, norm_starts, orig_starts)


def normalize_key(text: str) -> str:
    """A lookup key: normalised, trimmed, inner spaces kept single."""
    return normalize(text).text.strip()


def fold_letters(text: str) -> str:
    """Letters folded as :func:`normalize` folds them and marks dropped; punctuation kept.

    Use it for patterns written by hand (boilerplate lines, cue words) and for the text
    they are matched against when offsets do not matter.
    """
    if len(text) < _FAST_MIN:
        return text.translate(LETTER_TABLE)
    codes = np.frombuffer(text.encode("utf-32-le", "surrogatepass"), dtype=np.uint32)
    low = np.minimum(codes, 0xFFFF)
    astral = codes > 0xFFFF
    folded = np.where(astral, codes, _LETTER_LUT[low])[~(_DEL[low] & ~astral)]
    return folded.tobytes().decode("utf-32-le", "surrogatepass")


def word_key(word: str) -> str:
    """The normalised form of a single word, fast (no offset map): ``str.translate`` only."""
    return word.translate(KEY_TABLE)


_ARTICLE = re.compile(r"^(?:ال|وال|بال|فال|كال|لل)(?=\S{2,})")


def strip_article(word: str) -> str:
    """Drop a leading definite article (with an attached clitic) from a normalised word."""
    return _ARTICLE.sub("", word)
