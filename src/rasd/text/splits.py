"""Word splits of a whole document's normalised, lower-cased text, shared between stages.

The actors stage (:class:`rasd.kb.matcher.AliasMatcher`) and the places stage
(:class:`rasd.kb.places.Toks`) both split the same lower-cased normalised text with
``re.split``: places into runs of letters and digits (``[^\\W_]+``), the alias matcher
into runs of letters or runs of digits (``T4`` → ``t``, ``4``). One regular-expression
pass over a 7,000-character article costs ~0.3 ms; the second split is derived from the
first instead (:func:`letter_digit_parts`), which gives the same list.
"""

from __future__ import annotations

import re
from functools import lru_cache
from itertools import accumulate, compress, count
from operator import not_

ALNUM_SPLIT = re.compile(r"([^\W_]+)")  # letters and digits together
LETTER_DIGIT_SPLIT = re.compile(r"([^\W\d_]+|\d+)")  # letters, or digits, apart

SHARED_MIN = 200  # shorter texts are split directly (nothing worth sharing)


@lru_cache(maxsize=4)
def _alnum_parts(low: str) -> list[str]:
    return ALNUM_SPLIT.split(low)


def alnum_parts(low: str) -> list[str]:
    """``ALNUM_SPLIT.split(low)``: gaps (even items) and letter-or-digit runs (odd items).

    The list is shared by the callers of a long text: never change it.
    """
    return _alnum_parts(low) if len(low) >= SHARED_MIN else ALNUM_SPLIT.split(low)


def letter_digit_parts(low: str) -> list[str]:
    """``LETTER_DIGIT_SPLIT.split(low)``, derived from :func:`alnum_parts` for a long text.

    A run that is all letters (``str.isalpha``: no decimal digit) or all decimal digits
    (``str.isdecimal``, which is what ``\\d`` matches) is one piece in both splits; any other
    run (``t4``, ``24ساعة``) is split again, its pieces joined by the empty gaps
    ``re.split`` puts between touching matches. The gaps around a run are the same in both.
    The list may be the shared one: never change it.
    """
    if len(low) < SHARED_MIN:
        return LETTER_DIGIT_SPLIT.split(low)
    parts = _alnum_parts(low)
    words = parts[1::2]
    # one C-level pass finds the runs that are not all letters (numbers, mixed runs: few)
    other = [k for k in compress(count(), map(not_, map(str.isalpha, words))) if not words[k].isdecimal()]
    if not other:
        return parts
    out: list[str] = []
    done = 0  # parts[:done] are copied
    for k in other:
        at = 2 * k + 1
        out += parts[done:at]
        out += LETTER_DIGIT_SPLIT.split(parts[at])[1:-1]  # pieces with '' between them
        done = at + 1
    out += parts[done:]
    return out


_OFFSETS: dict[int, tuple[list[str], list[int]]] = {}  # id → (the list, its offsets)
_KEEP_MIN = 40  # pieces


def part_offsets(parts: list[str]) -> list[int]:
    """``list(accumulate(map(len, parts), initial=0))``: where each piece starts (and the
    text's length last), remembered for the last few lists, so the stages sharing one
    split share its offsets too. The list returned is shared: never change it."""
    hit = _OFFSETS.get(id(parts))
    if hit is not None and hit[0] is parts:
        return hit[1]
    pos = list(accumulate(map(len, parts), initial=0))
    if len(parts) > _KEEP_MIN:  # long texts only; the list is kept alive here
        if len(_OFFSETS) >= 4:
            _OFFSETS.clear()
        _OFFSETS[id(parts)] = (parts, pos)
    return pos
