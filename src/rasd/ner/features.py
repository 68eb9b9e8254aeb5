"""CRF features for a token sequence, cached per word because words repeat.

A token's features are its own (normalised form, clitic-peeled stem, affixes, shape,
one-word gazetteer types, word clusters) plus views of its neighbours two either side
and a few sequence features (stem bigrams, multi-word gazetteer matches). Everything
that depends on one word only is computed once per distinct surface form and kept as
tuples, so a token's features are one tuple concatenation. At tagging time a
:class:`Featurizer` built with the model's attribute set drops, once per word,
attributes the model never learnt a weight for.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection, Sequence
from dataclasses import dataclass
from functools import cache
from importlib import resources
from itertools import pairwise

from rasd.ner.gazetteer import entries
from rasd.text.clitics import peel
from rasd.text.normalize import word_key

_ARABIC = range(0x0600, 0x0700)
_ALL_ARABIC = re.compile("[\u0600-\u06ff]+")
_CACHE_LIMIT = 400_000


@cache
def clusters() -> dict[str, tuple[str, ...]]:
    """Word → cluster ids (coarse to fine) from ``data/ner/clusters.tsv`` (empty if absent)."""
    path = resources.files("rasd.data") / "ner" / "clusters.tsv"
    if not path.is_file():
        return {}
    table = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            word, _, ids = line.partition("\t")
            table[word] = tuple(ids.split("-"))
    return table


def shape(word: str) -> str:
    """A coarse class: Arabic, Latin, digits, mixed or punctuation."""
    if _ALL_ARABIC.fullmatch(word):  # most words: one regex call instead of a loop
        return "a"
    kinds = set()
    for ch in word:
        if ord(ch) in _ARABIC:
            kinds.add("a")
        elif ch.isdigit():
            kinds.add("d")
        elif ch.isalpha():
            kinds.add("L" if ch.isupper() else "l")
        else:
            kinds.add("p")
    return "".join(sorted(kinds))


@dataclass(frozen=True, slots=True)
class WordInfo:
    """What one distinct surface form contributes to its own and its neighbours' features.

    ``m2``/``m1`` are its features as seen from the token two/one to its right,
    ``p1``/``p2`` as seen from the token one/two to its left; ``multi`` lists the
    multi-word gazetteer names that may start with it.
    """

    norm: str
    stem: str
    own: tuple[str, ...]
    m2: tuple[str, ...]
    m1: tuple[str, ...]
    p1: tuple[str, ...]
    p2: tuple[str, ...]
    multi: tuple[tuple[tuple[str, ...], str], ...]


# Stand-ins for the positions before the first and after the last token.
_PAD_L = WordInfo("", "", (), (), ("BOS",), (), (), ())
_PAD_R = WordInfo("", "", (), (), (), ("EOS",), (), ())


# Families a neighbour one word away also shows (clusters are c0, c1, c2); two words
# away only the word and its stem.
NEAR_FAMILIES = frozenset({"w", "st", "pf", "sh", "g", "c0", "c1", "c2"})
FAR_FAMILIES = frozenset({"w", "st"})


def word_parts(token: str) -> tuple[str, str, str, list[str], tuple[str, ...], tuple]:
    """``(norm, stem, prefix, gazetteer types, cluster ids, multi)``: the values a word's
    features are made of (:func:`word_features` spells them as strings; the numpy decoder
    looks their weights up without building the strings, :meth:`rasd.ner.fast.FastCRF._add_words`).

    ``gazetteer types`` are the sorted one-word name types; ``multi`` the multi-word
    gazetteer names that may start with the word.
    """
    # A token holds no whitespace, so its normalised form is the one-pass translation
    # (replacements and deleted marks) that ``normalize_key`` reaches with a regex pass more.
    norm = word_key(token) or token
    readings = peel(norm)
    prefix, stem = readings[-1]
    gaz_table = entries()
    table = clusters()
    if len(readings) == 1 and norm not in gaz_table:  # most words: no clitic, no listed name
        return norm, stem, prefix, [], table.get(norm) or (), ()
    keys = [s for _, s in readings]
    # A stem read without its article is also listed under the article (الاردن / اردن).
    keys += ["ال" + s for _, s in readings[1:] if not s.startswith("ال")]
    single: set[str] = set()
    multi: list = []
    for key in keys:
        for entry in gaz_table.get(key, ()):
            if entry[0]:
                multi.append(entry)  # may start a multi-word name
            else:
                single.add(entry[1])  # a one-word name of this type
    cl = table.get(norm) or table.get(stem) or ()
    return norm, stem, prefix, sorted(single), cl, tuple(multi)


def word_features(token: str) -> tuple[str, str, list[str], tuple]:
    """``(norm, stem, features, multi)``: everything a word contributes.

    ``features`` are the word's own feature strings, ``family=value`` (``b``, the bias,
    has no value); its neighbours see them as ``{offset}family=value``. They are built
    as strings, not ``(family, value)`` pairs: strings are not tracked by the garbage
    collector, and a new word used to allocate some twenty tuples that made it run often.
    The order of the strings is the order :meth:`rasd.ner.fast.FastCRF._add_words` sums
    their weights in.
    """
    norm, stem, prefix, single, cl, multi = word_parts(token)
    feats = [
        "b",
        "w=" + norm,
        "st=" + stem,
        "pf=" + prefix,
        "sh=" + shape(norm),
        "len=" + str(min(len(stem), 8)),
        "p2=" + norm[:2],
        "p3=" + norm[:3],
        "s1=" + norm[-1:],
        "s2=" + norm[-2:],
        "s3=" + norm[-3:],
        "ss2=" + stem[-2:],
        "sp2=" + stem[:2],
    ]
    if single:
        feats += ["g=" + g for g in single]
    if cl:
        feats += [f"c{k}={c}" for k, c in enumerate(cl)]
    feats += [
        "p1=" + norm[:1], "p4=" + norm[:4], "s4=" + norm[-4:],
        "ss1=" + stem[-1:], "ss3=" + stem[-3:], "sp3=" + stem[:3],
    ]
    return norm, stem, feats, multi


def make_info(token: str) -> WordInfo:
    """Compute the :class:`WordInfo` of ``token`` (no cache, no filtering)."""
    norm, stem, own, multi = word_features(token)
    near = [f for f in own if f.partition("=")[0] in NEAR_FAMILIES]
    far = [f for f in own if f.partition("=")[0] in FAR_FAMILIES]
    return WordInfo(
        norm, stem, tuple(own),
        tuple("-2" + x for x in far), tuple("-1" + x for x in near),
        tuple("1" + x for x in near), tuple("2" + x for x in far), multi,
    )


class Featurizer:
    """Feature strings for token sequences, with a per-word cache.

    ``known``: when given (the attributes of a trained model), per-word features the
    model has no weight for are dropped once, when the word is first seen.
    """

    def __init__(self, known: Collection[str] | None = None):
        self.known = frozenset(known) if known is not None else None
        self._words: dict[str, WordInfo] = {}

    def word(self, token: str) -> WordInfo:
        info = self._words.get(token)
        if info is None:
            info = make_info(token)
            if self.known is not None:
                k = self.known
                info = WordInfo(
                    info.norm, info.stem, *(tuple(a for a in t if a in k) for t in (
                        info.own, info.m2, info.m1, info.p1, info.p2)), info.multi)
            if len(self._words) < _CACHE_LIMIT:
                self._words[token] = info
        return info

    def __call__(self, tokens: Sequence[str]) -> list[tuple[str, ...]]:
        """Feature strings for every token of one sentence (or sentence-like chunk)."""
        get = self._words.get
        infos = [get(t) or self.word(t) for t in tokens]
        if not infos:
            return []
        pad = [_PAD_L, _PAD_L, *infos, _PAD_R, _PAD_R]
        pairs = [a.stem + "|" + b.stem for a, b in pairwise(infos)]
        left = ["bs-=BOS", *("bs-=" + p for p in pairs)]
        right = [*("bs+=" + p for p in pairs), "bs+=EOS"]
        feats = [
            a.m2 + b.m1 + c.own + d.p1 + e.p2 + (bl, br)
            for a, b, c, d, e, bl, br in zip(pad, pad[1:], infos, pad[3:], pad[4:], left, right, strict=False)
        ]
        extra = _gazetteer_matches(infos)
        for i, tags in extra.items():
            feats[i] = feats[i] + tags
        return feats


def _gazetteer_matches(infos: Sequence[WordInfo]) -> dict[int, tuple[str, ...]]:
    """Multi-word gazetteer BIO features (``gm=B-LOC``, ``-1gm=…``, ``+1gm=…``) by position."""
    at = [i for i, info in enumerate(infos) if info.multi]
    return gazetteer_matches(at, [infos[i].multi for i in at], 0, len(infos), lambda k: infos[k].norm)


def gazetteer_matches(
    at: list[int], multis: list[tuple], a: int, b: int, norm: Callable[[int], str]
) -> dict[int, tuple[str, ...]]:
    """Multi-word gazetteer BIO features of the sequence ``[a, b)``, looking only at the
    positions ``at`` (absolute, ascending) whose words may start a listed multi-word name
    (``multis``, one tuple of ``(rest, kind)`` per position); ``norm(i)`` is word ``i``.
    """
    tags: dict[int, list[str]] = {}
    for i, multi in zip(at, multis, strict=True):
        for rest, kind in multi:
            end = i + 1 + len(rest)
            if end <= b and all(norm(i + 1 + k) == w for k, w in enumerate(rest)):
                tags.setdefault(i, []).append("B-" + kind)
                for j in range(i + 1, end):
                    tags.setdefault(j, []).append("I-" + kind)
    out: dict[int, list[str]] = {}
    for i, ts in tags.items():
        out.setdefault(i, []).extend("gm=" + t for t in ts)
        if i + 1 < b:
            out.setdefault(i + 1, []).extend("-1gm=" + t for t in ts)
        if i > a:
            out.setdefault(i - 1, []).extend("+1gm=" + t for t in ts)
    return {i: tuple(v) for i, v in out.items()}


_TRAINING = Featurizer()


def sequence_features(tokens: Sequence[str]) -> list[tuple[str, ...]]:
    """Unfiltered features (what training sees) for one token sequence."""
    return _TRAINING(tokens)


def reset_cache() -> None:
    """Forget cached words (after the clusters or name lists change)."""
    _TRAINING._words.clear()
