"""Which of many word patterns can match a word, told from the word's first few letters.

:meth:`rasd.events.lexicon.Lexicon.cue_mask` checks each new word against ~200 context cues
and :meth:`~rasd.events.lexicon.Lexicon.match_at` each new word against the word heads of ~20
trigger frames. Indexed by the word's first letter, a word still met some hundred cues (a
word opening with ا meets 131) and every head (the heads of the frames open with almost every
letter): ~10 µs a cue mask and ~15 µs a head test for each word not seen before, about 60 and
40 of them in an ordinary article — the lexicon's largest cost on new text.

Every match of such a pattern opens with one of a small set of strings: the first
:data:`PREFIX_LETTERS` characters it can read, or a shorter string where the match may end, or
where a character the pattern does not name (``\\S``, any character, a negated class) comes
next. :func:`prefixes` reads that set from the parsed pattern, walking its literals, classes,
groups, alternatives and repeats; a look-around, which reads no character of the match, is
passed over, and "^" only opens it. The set is a superset of what the pattern needs, never
too small: a pattern whose match opens with none of the word's first 1…k letters cannot
match the word. :class:`PrefixIndex` keeps, for every such opening, the patterns it lets in,
so a word is checked against the three or four patterns it can match (and those whose
openings cannot be told), in their order — the same answers, fewer tries.
"""

from __future__ import annotations

import re
import re._parser as sre_parse
from collections.abc import Iterable, Sequence
from typing import Any

PREFIX_LETTERS = 4  # the openings are read this far: a word meets ~3 of ~200 cues (10 at 3)
MAX_OPENINGS = 4000  # more openings than this: the pattern is tried on every word
_MAX_STEPS = 80_000  # the walk's budget per pattern (a nested repeat may branch widely)
_MAX_RANGE = 512  # a class wider than this may open with anything


class _Untold(Exception):
    """The openings of a pattern are too many to list: it is tried on every word."""


def prefixes(items: Any, k: int = PREFIX_LETTERS) -> frozenset[str] | None:
    """The strings every match of parsed ``items`` (``match`` at a word's start) opens with
    (see the module docstring): of ``k`` characters, or shorter where the match may end or
    reads a character not told. ``None`` when they are too many or the pattern cannot be read
    (then it may match any word)."""
    out: set[str] = set()
    try:
        _walk(list(items), "", k, out, [0])
    except (_Untold, RecursionError):
        return None
    return frozenset(out)


def pattern_prefixes(pattern: re.Pattern[str], k: int = PREFIX_LETTERS) -> frozenset[str] | None:
    """:func:`prefixes` of a compiled pattern (``None`` for one matched ignoring case)."""
    if pattern.flags & re.IGNORECASE:
        return None
    try:
        parsed = sre_parse.parse(pattern.pattern, pattern.flags & re.VERBOSE)
    except (re.error, sre_parse.error, RecursionError, TypeError):
        return None
    return prefixes(parsed.data, k)


def _walk(seq: list[Any], s: str, k: int, out: set[str], budget: list[int]) -> None:
    """Add to ``out`` the openings of the matches of ``seq`` that follow the text ``s``."""
    budget[0] += 1
    if budget[0] > _MAX_STEPS or len(out) > MAX_OPENINGS:
        raise _Untold
    if len(s) >= k:
        out.add(s[:k])
        return
    if not seq:
        out.add(s)  # the match may end here
        return
    (op, av), rest = seq[0], seq[1:]
    if op is sre_parse.LITERAL:
        _walk(rest, s + chr(av), k, out, budget)
    elif op is sre_parse.IN:
        chars: list[str] = []
        for o, a in av:
            if o is sre_parse.LITERAL:
                chars.append(chr(a))
            elif o is sre_parse.RANGE and a[1] - a[0] <= _MAX_RANGE:
                chars.extend(map(chr, range(a[0], a[1] + 1)))
            else:  # a negated class, a category (\w, \S), a wide range: any character
                out.add(s)
                return
        for c in dict.fromkeys(chars):
            _walk(rest, s + c, k, out, budget)
    elif op is sre_parse.SUBPATTERN:
        if av[1] & re.IGNORECASE:  # a group matched ignoring case: its letters are not told
            out.add(s)
            return
        _walk([*av[3], *rest], s, k, out, budget)
    elif op is sre_parse.ATOMIC_GROUP:  # an atomic group matches what its items match, or less
        _walk([*av, *rest], s, k, out, budget)
    elif op is sre_parse.BRANCH:
        for alt in av[1]:
            _walk([*alt, *rest], s, k, out, budget)
    elif op in (sre_parse.MAX_REPEAT, sre_parse.MIN_REPEAT, sre_parse.POSSESSIVE_REPEAT):
        lo, hi, item = av
        unbounded = hi is sre_parse.MAXREPEAT
        if lo > 0:  # one repetition is required
            _walk([*item, (op, (lo - 1, hi if unbounded else hi - 1, item)), *rest], s, k, out, budget)
            return
        _walk(rest, s, k, out, budget)  # none
        if unbounded or hi > 0:  # one more: it must read a character, or it could loop for ever
            inner: set[str] = set()
            _walk(list(item), "", k, inner, budget)
            if "" in inner:
                out.add(s)
                return
            _walk([*item, (op, (0, hi if unbounded else hi - 1, item)), *rest], s, k, out, budget)
    elif op in (sre_parse.ASSERT, sre_parse.ASSERT_NOT):
        _walk(rest, s, k, out, budget)  # reads no character of the match: passed over
    elif op is sre_parse.AT and av in (sre_parse.AT_BEGINNING, sre_parse.AT_BEGINNING_STRING):
        if not s:  # "^" after a character read never matches: that way gives nothing
            _walk(rest, s, k, out, budget)
    else:  # "$", "\b", any character, a back-reference ...: the match may end or go on with anything
        out.add(s)


class PrefixIndex:
    """The patterns (by their index in the list given) a word may match, from its opening.

    ``openings`` holds, per pattern, :func:`prefixes` of it or ``None`` (tried on every word).
    :meth:`candidates` gives, ascending, every pattern whose openings hold one of the word's
    first 1…k characters, and those tried on every word: the patterns that match the word
    are among them.
    """

    def __init__(self, openings: Sequence[frozenset[str] | None], k: int = PREFIX_LETTERS):
        self.k = k
        everywhere = [i for i, o in enumerate(openings) if o is None or "" in o]
        by_opening: dict[str, set[int]] = {}
        for i, o in enumerate(openings):
            if o is not None and "" not in o:
                for p in o:
                    by_opening.setdefault(p, set()).add(i)
        # for each opening and each start of one, all the patterns it or a start of it lets in:
        # a word is then looked up by its longest start that is known, once
        starts = {p[:j] for p in by_opening for j in range(1, len(p) + 1)}
        self._by_start: dict[str, tuple[int, ...]] = {
            p: tuple(sorted({*everywhere, *(i for j in range(1, len(p) + 1) for i in by_opening.get(p[:j], ()))}))
            for p in starts}
        self.everywhere: tuple[int, ...] = tuple(everywhere)

    def candidates(self, word: str) -> tuple[int, ...]:
        """The patterns that may match a text opening with ``word`` (its first k characters
        at most are read), ascending."""
        get = self._by_start.get
        for j in range(min(self.k, len(word)), 0, -1):
            found = get(word[:j])
            if found is not None:
                return found
        return self.everywhere

    @classmethod
    def of_patterns(cls, patterns: Iterable[re.Pattern[str]], k: int = PREFIX_LETTERS) -> PrefixIndex:
        """The index of compiled patterns (each read by :func:`pattern_prefixes`)."""
        return cls([pattern_prefixes(p, k) for p in patterns], k)
