"""Word splits of a whole document's normalised, lower-cased text, shared between stages.

The actors stage (:class:`rasd.kb.matcher.AliasMatcher`) and the places stage
(:class:`rasd.kb.places.Toks`) both split the same lower-cased normalised text with
``re.split``: places into runs of letters and digits (``[^\\W_]+``), the alias matcher
into runs of letters or runs of digits (``T4`` → ``t``, ``4``). One regular-expression
pass over a 7,000-character article costs ~0.3 ms; the second split is derived from the
first instead (:func:`letter_digit_parts`), which gives the same list.

The first stage (actors) leaves the split and its offsets here; the last (places) takes
them away, so that no document's pieces are kept alive after it: keeping a few documents'
pieces cost the next stage ~5% (less cache-warm memory for its own allocations).
"""

from __future__ import annotations

import re
from itertools import accumulate, compress, count
from operator import not_

ALNUM_SPLIT = re.compile(r"([^\W_]+)")  # letters and digits together
LETTER_DIGIT_SPLIT = re.compile(r"([^\W\d_]+|\d+)")  # letters, or digits, apart

SHARED_MIN = 200  # shorter texts are split directly (nothing worth sharing)
_KEEP_MIN = 40  # pieces: offsets of shorter lists are not kept

_SHARED: dict[str, list[str]] = {}  # the last long text's alnum split, until it is taken
_OFFSETS: dict[int, tuple[list[str], list[int]]] = {}  # id → (the list, its offsets)


def alnum_parts(low: str) -> list[str]:
    """``ALNUM_SPLIT.split(low)``: gaps (even items) and letter-or-digit runs (odd items).

    The split :func:`letter_digit_parts` left for ``low`` is taken (and forgotten here).
    """
    found = _SHARED.pop(low, None) if _SHARED else None
    return found if found is not None else ALNUM_SPLIT.split(low)


def letter_digit_parts(low: str) -> list[str]:
    """``LETTER_DIGIT_SPLIT.split(low)``, derived from the alnum split, which a long text
    leaves for :func:`alnum_parts`.

    A run that is all letters (``str.isalpha``: no decimal digit) or all decimal digits
    (``str.isdecimal``, which is what ``\\d`` matches) is one piece in both splits; any other
    run (``t4``, ``24ساعة``) is split again, its pieces joined by the empty gaps
    ``re.split`` puts between touching matches. The gaps around a run are the same in both.
    The list may be the shared one: never change it.
    """
    if len(low) < SHARED_MIN:
        return LETTER_DIGIT_SPLIT.split(low)
    parts = ALNUM_SPLIT.split(low)
    _SHARED.clear()
    _SHARED[low] = parts
    words = parts[1::2]
    # one C-level pass finds the runs that are not all letters (numbers, mixed runs: few)
    other = [k for k in compress(count(), map(not_, map(str.isalpha, words)))
             if not words[k].isdecimal()]
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


def part_offsets(parts: list[str]) -> list[int]:
    """``list(accumulate(map(len, parts), initial=0))``: where each piece starts (and the
    text's length last). A long list's offsets are left for :func:`take_offsets`. The list
    returned may be shared: never change it."""
    hit = _OFFSETS.get(id(parts))
    if hit is not None and hit[0] is parts:
        return hit[1]
    pos = list(accumulate(map(len, parts), initial=0))
    if len(parts) > _KEEP_MIN:
        _OFFSETS.clear()
        _OFFSETS[id(parts)] = (parts, pos)  # the list is kept alive with it: ids stay unique
    return pos


def take_offsets(parts: list[str]) -> list[int]:
    """:func:`part_offsets` of ``parts``, the last time: what was left here is forgotten."""
    hit = _OFFSETS.get(id(parts))
    _OFFSETS.clear()
    if hit is not None and hit[0] is parts:
        return hit[1]
    return list(accumulate(map(len, parts), initial=0))
