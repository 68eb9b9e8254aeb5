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

# One character for one character: the length never changes here.
_REPLACE = {
    "أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ٲ": "ا", "ٳ": "ا",
    "ى": "ي", "ی": "ي", "ئ": "ي", "ؤ": "و", "ة": "ه", "ۀ": "ه", "ک": "ك",
    "،": ",", "؛": ";", "؟": "?", "٪": "%", "٫": ".", "٬": ",",
    "“": '"', "”": '"', "«": '"', "»": '"', "„": '"', "″": '"',
    "‘": "'", "’": "'", "‚": "'", "`": "'", "′": "'",
    "–": "-", "—": "-", "‐": "-", "‑": "-", "−": "-",
    "\t": " ", "\r": " ", "\xa0": " ", "\u2002": " ", "\u2003": " ", "\u2009": " ",
    "\u202f": " ", "\u3000": " ", "\u2028": "\n", "\u2029": "\n",
}
_REPLACE.update({chr(0x0660 + d): str(d) for d in range(10)})  # Arabic-Indic digits
_REPLACE.update({chr(0x06F0 + d): str(d) for d in range(10)})  # Persian digits
_TABLE = str.maketrans(_REPLACE)

# Deleted: diacritics, Quranic marks, tatweel, bidi and zero-width controls, and any
# space that follows another space.
_DELETE = re.compile(
    "[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640"
    "\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff\u00ad]+"
    "|(?<= ) +"
)


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
    """Normalise ``text`` for matching; see the module docstring for what changes."""
    replaced = text.translate(_TABLE)
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


def normalize_key(text: str) -> str:
    """A lookup key: normalised, trimmed, inner spaces kept single."""
    return normalize(text).text.strip()


_ARTICLE = re.compile(r"^(?:ال|وال|بال|فال|كال|لل)(?=\S{2,})")


def strip_article(word: str) -> str:
    """Drop a leading definite article (with an attached clitic) from a normalised word."""
    return _ARTICLE.sub("", word)
