"""CRF features for a token sequence, cached per word because words repeat.

A token's features are its own (normalised form, clitic-peeled stem, affixes, shape,
one-word gazetteer types, word cluster) plus views of its neighbours two either side
and a few sequence features (multi-word gazetteer matches, stem bigrams). Everything
that depends on one word only is computed once per distinct surface form and kept in
a dict, so tagging a document costs little more than list concatenation.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from importlib import resources

from rasd.ner.gazetteer import match_sequence, single_types
from rasd.text.clitics import peel
from rasd.text.normalize import normalize_key

OFFSETS = (-2, -1, 1, 2)
_ARABIC = range(0x0600, 0x0700)
_CACHE_LIMIT = 500_000


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
    """What one distinct surface form contributes to its own and its neighbours' features."""

    norm: str
    stem: str
    keys: tuple[str, ...]
    own: tuple[str, ...]
    views: dict[int, tuple[str, ...]]


_WORDS: dict[str, WordInfo] = {}


def reset_cache() -> None:
    """Forget cached words (after the clusters or name lists change)."""
    _WORDS.clear()


def word_info(token: str) -> WordInfo:
    """The cached :class:`WordInfo` of ``token``."""
    info = _WORDS.get(token)
    if info is not None:
        return info
    norm = normalize_key(token) or token
    readings = peel(norm)
    prefix, stem = readings[-1]
    keys = tuple(s for _, s in readings)
    # A stem read without its article is also listed under the article (الاردن / اردن).
    lookup = keys + tuple("ال" + s for _, s in readings[1:] if not s.startswith("ال"))
    gaz = sorted(single_types(lookup))
    sh = shape(norm)
    cl = clusters().get(norm) or clusters().get(stem)
    own = [
        "b",
        "w=" + norm,
        "st=" + stem,
        "pf=" + prefix,
        "sh=" + sh,
        "len=" + str(min(len(stem), 8)),
        "p2=" + norm[:2],
        "p3=" + norm[:3],
        "s1=" + norm[-1:],
        "s2=" + norm[-2:],
        "s3=" + norm[-3:],
        "ss2=" + stem[-2:],
        "sp2=" + stem[:2],
    ]
    own += ["g=" + g for g in gaz]
    if cl:
        own += [f"c{k}={c}" for k, c in enumerate(cl)]
    views = {}
    for off in OFFSETS:
        o = str(off)
        view = [o + "w=" + norm, o + "st=" + stem]
        if abs(off) == 1:
            view += [o + "pf=" + prefix, o + "sh=" + sh]
            view += [o + "g=" + g for g in gaz]
            if cl:
                view += [f"{o}c{k}={c}" for k, c in enumerate(cl)]
        views[off] = tuple(view)
    info = WordInfo(norm, stem, keys + lookup[len(keys) :], tuple(own), views)
    if len(_WORDS) < _CACHE_LIMIT:
        _WORDS[token] = info
    return info


def sequence_features(tokens: Sequence[str]) -> list[list[str]]:
    """Feature strings for every token of one sentence (or sentence-like chunk)."""
    infos = [word_info(t) for t in tokens]
    n = len(infos)
    gaz = match_sequence([i.keys for i in infos], [i.norm for i in infos])
    out: list[list[str]] = []
    for i, info in enumerate(infos):
        feats = list(info.own)
        for off in OFFSETS:
            j = i + off
            if 0 <= j < n:
                feats.extend(infos[j].views[off])
            elif off == -1:
                feats.append("BOS")
            elif off == 1:
                feats.append("EOS")
        if i > 0:
            feats.append("bs-=" + infos[i - 1].stem + "|" + info.stem)
        if i + 1 < n:
            feats.append("bs+=" + info.stem + "|" + infos[i + 1].stem)
        for g in gaz[i]:
            feats.append("gm=" + g)
        if i > 0:
            for g in gaz[i - 1]:
                feats.append("-1gm=" + g)
        if i + 1 < n:
            for g in gaz[i + 1]:
                feats.append("+1gm=" + g)
        out.append(feats)
    return out
