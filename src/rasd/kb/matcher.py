"""Fast longest-match alias matcher over normalised Arabic (and Latin) text.

Knowledge-base linking needs every alias of every actor and place found in one pass,
whatever clitics the first word carries (وقوات، بالحرس، للنظام، فالميادين) and whatever
the spelling (hamza, taa marbuta, diacritics: see :mod:`rasd.text.normalize`).

How it stays fast: aliases are split into normalised word tokens and stored in a trie
keyed by whole tokens. The first token of each alias is indexed under every clitic
form it can take in text (conjunction و/ف, preposition ب/ل/ك, the article ال and the
contracted لل, the same readings :func:`rasd.text.clitics.peel` undoes), so matching is
one regex tokenisation of the text plus one dict lookup per token and a short trie walk
where a first token hits. Matches are leftmost-longest and never overlap.

Offsets are original-text offsets: the span starts after a peeled conjunction or
preposition (``و`` of ``وقوات``, ``ب`` of ``بالحرس`` stay outside); in the contracted
``للحرس`` (لِ + الحرس) the article cannot be split off, so the span keeps the word.

>>> m = AliasMatcher([("الحرس الثوري", "irgc"), ("قوات النظام", "regime")])
>>> [(s, e, p) for s, e, p, _ in m.find("وقالت مصادر إن قوات النظام وبالحرس الثوري")]
[(15, 26, 'regime'), (29, 41, 'irgc')]
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache
from itertools import compress, count
from typing import Any, NamedTuple

from rasd.text.clitics import ARTICLE, CONJUNCTIONS, PREPOSITIONS
from rasd.text.normalize import normalize
from rasd.text.splits import letter_digit_parts, part_offsets

# Words are runs of letters, or runs of digits: "ديرالزور24" → ديرالزور, 24; "T-4" → t, 4.
_TOKEN = re.compile(r"[^\W\d_]+|\d+")
_SPLIT = re.compile(f"({_TOKEN.pattern})")
# What may separate two words of one alias: spaces, hyphens, quotes, slashes, a dot of
# an abbreviation is NOT allowed (a sentence may end there).
_GAP_OK = frozenset(" -'\"/")
_MAX_GAP = 3

_END = object()  # trie key under which an alias's payloads are stored
_CASED = 4  # all-capital Latin alias words up to this length must match in capitals


class Match(NamedTuple):
    """One alias found in text: original offsets, the payload, and the alias key matched."""

    start: int
    end: int
    payload: Any
    matched: str


def tokens_of(text: str) -> list[str]:
    """Normalised, lower-cased word tokens of an alias or phrase."""
    return list(_tokens_of(text))


@lru_cache(maxsize=1 << 14)
def _tokens_of(text: str) -> tuple[str, ...]:
    """:func:`tokens_of`, remembered: the actors stage asks again and again for the same
    few words around its matches."""
    return tuple(t.lower() for t in _TOKEN.findall(normalize(text).text))


def _clitic_forms(first: str) -> list[tuple[str, str]]:
    """``(surface, prefix)``: every clitic-prefixed way ``first`` can be written in text.

    An article-bearing stem (``الحرس``) also gets ``للحرس`` (لِ + ال) and ``بالحرس``;
    the prefix is what lies outside the span (nothing but a conjunction for ``للحرس``).
    """
    forms = [(first, "")]
    preps = ("", *PREPOSITIONS)
    for conj in ("", *CONJUNCTIONS):
        for prep in preps:
            prefix = conj + prep
            if not prefix:
                continue
            if prep == "ل" and first.startswith(ARTICLE):
                # للحرس (لِ + الحرس, alef elided): the span keeps the whole word
                forms.append((conj + "ل" + first[1:], conj))
            else:
                forms.append((prefix + first, prefix))
    return forms


def _better(end: int, prefix_len: int, best: tuple[int, int, Any] | None) -> bool:
    """Longer wins; on equal length the reading that peels less (وادي over و + ادي)."""
    return best is None or end > best[0] or (end == best[0] and prefix_len < best[1])


def _cased(hit: list, first: int, ntext: str, pos: list[int]) -> list:
    """The entries of ``hit`` whose capital-only words are in capitals in the text.

    Word ``i`` spans ``pos[2 * i + 1]:pos[2 * i + 2]`` (``pos``: running piece offsets).
    """
    if not any(entry[2] for entry in hit):
        return hit
    return [entry for entry in hit
            if all(ntext[pos[2 * (first + k) + 1]:pos[2 * (first + k) + 2]] == word
                   for k, word in entry[2])]


def alias_variants(alias: str) -> list[str]:
    """The alias, plus its article-less form when it has several words (الحرس الثوري →
    حرس الثوري); single words keep their article so ``النظام`` never matches ``نظام``."""
    toks = tokens_of(alias)
    out = [alias]
    if len(toks) > 1 and toks[0].startswith(ARTICLE) and len(toks[0]) > len(ARTICLE) + 1:
        out.append(" ".join([toks[0][len(ARTICLE):], *toks[1:]]))
    return out


class AliasMatcher:
    """Leftmost-longest matcher of many aliases at once; see the module docstring.

    ``entries`` are ``(alias_text, payload)`` pairs. Two aliases with the same
    normalised tokens keep both payloads: :meth:`find` reports the first one added,
    :meth:`find_all` every one (for ambiguity handling by the caller).
    """

    def __init__(self, entries: Iterable[tuple[str, Any]] = ()):
        self._trie: dict[Any, Any] = {}
        self._first: dict[str, list[tuple[int, dict]]] = {}
        self.size = 0
        for alias, payload in entries:
            self.add(alias, payload)

    def add(self, alias: str, payload: Any) -> None:
        """Index one alias (its normalised tokens) with ``payload``."""
        # one normalisation gives both the tokens (lower-cased, as tokens_of) and the
        # original capitals: building the matcher adds ~90,000 aliases at start-up
        ntext = normalize(alias).text
        original = _TOKEN.findall(ntext)
        if not original:
            return
        toks = list(map(str.lower, original))
        node = self._trie.setdefault(toks[0], {})
        fresh = not node
        for tok in toks[1:]:
            node = node.setdefault(tok, {})
        # Short Latin acronyms (IS, AP, WHO, MIT) match only in capitals: "is", "who" are words.
        # (Without a capital A-Z, which lower() would change, no token is an ASCII capital.)
        case = () if ntext.lower() == ntext else tuple(
            (k, t) for k, t in enumerate(original) if t.isascii() and t.isupper() and len(t) <= _CASED)
        node.setdefault(_END, []).append((payload, " ".join(toks), case))
        self.size += 1
        if fresh:
            root = self._trie[toks[0]]
            for surface, prefix in _clitic_forms(toks[0]):
                slots = self._first.setdefault(surface, [])
                if all(r is not root for _, r in slots):
                    slots.append((len(prefix), root))

    def _scan(self, text: str) -> list[tuple[int, int, list[tuple[Any, str, tuple]]]]:
        norm = normalize(text)
        ntext = norm.text
        low = ntext.lower()
        if len(low) != len(ntext):  # a few letters (İ) grow when lower-cased
            low = "".join(c if len(c.lower()) != 1 else c.lower() for c in ntext)
        # One C-level split gives the words (odd items) and the gaps between them (even
        # items, '' where two words touch); offsets are running sums of the piece lengths.
        parts = letter_digit_parts(low)  # = _SPLIT.split(low); places' split of it is reused
        words = parts[1::2]
        pos: list[int] | None = None  # pos[k]: where parts[k] starts
        gap_ok = _GAP_OK.issuperset
        first = self._first
        out: list[tuple[int, int, list[tuple[Any, str, tuple]]]] = []
        n = len(words)
        after = 0  # the first word not taken by the previous match
        # the words that can start an alias, found in one C-level pass (most words cannot)
        for i in list(compress(count(), map(first.__contains__, words))):
            if i < after:
                continue
            slots = first[words[i]]
            if pos is None:
                pos = part_offsets(parts)  # list(accumulate(map(len, parts), initial=0))
            best: tuple[int, int, list] | None = None  # (end token index, prefix len, payloads)
            for prefix_len, node in slots:
                j = i
                hit = node.get(_END)
                if hit is not None and _better(j, prefix_len, best):
                    hit = _cased(hit, i, ntext, pos)
                    if hit:
                        best = (j, prefix_len, hit)
                while j + 1 < n:
                    gap = parts[2 * j + 2]  # same characters as in ntext: lower() keeps them
                    if len(gap) > _MAX_GAP or not gap_ok(gap):
                        break
                    node = node.get(words[j + 1])
                    if node is None:
                        break
                    j += 1
                    hit = node.get(_END)
                    if hit is not None and _better(j, prefix_len, best):
                        hit = _cased(hit, i, ntext, pos)
                        if hit:
                            best = (j, prefix_len, hit)
            if best is None:
                continue
            j, prefix_len, hit = best
            s, e = norm.orig_span(pos[2 * i + 1] + prefix_len, pos[2 * j + 2])
            out.append((s, e, hit))
            after = j + 1
        return out

    def find(self, text: str) -> list[Match]:
        """Leftmost-longest, non-overlapping alias matches in ``text`` (original offsets)."""
        return [Match(s, e, hit[0][0], hit[0][1]) for s, e, hit in self._scan(text)]

    def find_all(self, text: str) -> list[list[Match]]:
        """Like :meth:`find`, but each position lists every payload its alias has."""
        return [[Match(s, e, p, k) for p, k, _ in hit] for s, e, hit in self._scan(text)]
