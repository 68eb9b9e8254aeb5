"""What documents are compared on: word shingles, lead content words, MinHash signatures.

Both comparisons run on the normalised text (:func:`rasd.text.normalize.normalize`), so
spelling variants (أ/ا, ى/ي, ة/ه, diacritics, tatweel) never make two copies look different.
Signatures are built with ``datasketch`` (``update_batch``: one numpy pass per document) and
cut into LSH bands whose keys are stored in SQLite, so a new document is compared only with
documents that share a band with it.
"""

from __future__ import annotations

import re
import zlib
from functools import cache
from importlib import resources

import numpy as np
from datasketch import MinHash
from datasketch.lsh import _optimal_param

try:  # datasketch's own item mixing, so the fast path gives its exact values
    from datasketch.minhash import _fmix
except ImportError:  # pragma: no cover - another datasketch version: update_batch only
    _fmix = None

from rasd.corpus import settings
from rasd.text.normalize import normalize, strip_article

_WORD = re.compile(r"\w+")


def words(text: str) -> list[str]:
    """Normalised words of ``text``."""
    return _WORD.findall(normalize(text).text)


_PEELED_MAX = 500_000  # words remembered by lead_terms (a few tens of MB at most)


def word_hashes(tokens: list[str]) -> np.ndarray:
    """CRC-32 of each word's UTF-8 bytes: stable across processes (signatures are stored).

    Two C-level passes (``str.encode``, ``zlib.crc32``) straight into the array: cheaper
    than remembering the hashes in a table (a 7,000-character article has ~1,100 words;
    a lookup in a table of 150,000 words misses the CPU cache about as often as hashing
    the word again costs, and the table held ~20 MB).
    """
    return np.fromiter(map(zlib.crc32, map(str.encode, tokens)), dtype=np.uint64, count=len(tokens))


def shingles(tokens: list[str], size: int = settings.SHINGLE_SIZE, unique: bool = True) -> np.ndarray:
    """Hashes of the word ``size``-shingles (a shorter text is one shingle), deduplicated
    unless ``unique`` is false (a MinHash signature, a minimum, is the same either way).

    A shingle's hash combines its words' hashes with odd multipliers, in numpy, so a
    7,000-character article costs one pass rather than a Python call per shingle.
    """
    hashes = word_hashes(tokens)
    if len(hashes) == 0:
        return hashes
    if len(hashes) < size:
        size = len(hashes)
    combined = np.zeros(len(hashes) - size + 1, dtype=np.uint64)
    for offset in range(size):
        combined = combined * np.uint64(0x9E3779B1) + hashes[offset : len(hashes) - size + 1 + offset]
    combined &= np.uint64(0xFFFFFFFF)
    return np.unique(combined) if unique else combined


@cache
def stopwords() -> frozenset[str]:
    text = resources.files("rasd.data.corpus").joinpath("stopwords.txt").read_text("utf-8")
    return frozenset(line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#"))


def lead_terms(text: str | list[str], title: str | None = None, limit: int = settings.LEAD_WORDS) -> list[str]:
    """Content words of the title and the first ``limit`` words: what a story is about.

    ``text`` may be given as its :func:`words` already. The article is peeled (الغارات →
    غارات) so a definite and an indefinite mention count once.
    """
    stop = stopwords()
    tokens = (words(title) if title else []) + (words(text) if isinstance(text, str) else text)[:limit]
    terms = []
    peeled = _PEELED
    for token in tokens:
        if token in stop or len(token) < 2 or token.isdigit():
            continue
        bare = peeled.get(token)
        if bare is None:  # one regex substitution per distinct word, not per word
            bare = strip_article(token)
            if len(peeled) < _PEELED_MAX:
                peeled[token] = bare
        terms.append(bare)
    return list(dict.fromkeys(terms))


_PEELED: dict[str, str] = {}  # word → word without its article (see lead_terms)


_AFFINE32 = "affine32"


@cache
def _permutations() -> tuple[tuple[np.ndarray, np.ndarray], str]:
    first = MinHash(num_perm=settings.NUM_PERM, seed=settings.MINHASH_SEED)
    return first.permutations, first.scheme


def signature(hashes: np.ndarray) -> np.ndarray:
    """MinHash signature (``settings.NUM_PERM`` values) of a set given by 32-bit hashes.

    datasketch's permutations are applied to the items, which are already hashed (CRC-32,
    see :func:`word_hashes`). :func:`_permute_min` does in one numpy expression what
    ``MinHash.update_batch`` does after its per-item Python loop (same values, tested);
    any other datasketch hashing scheme goes through ``update_batch`` itself.
    """
    permutations, scheme = _permutations()
    if scheme == _AFFINE32 and _fmix is not None:
        return _permute_min(hashes, permutations)
    mh = MinHash(num_perm=settings.NUM_PERM, seed=settings.MINHASH_SEED, hashfunc=int,
                 permutations=permutations, scheme=scheme)
    if len(hashes):
        mh.update_batch(hashes.tolist())
    return mh.hashvalues


def _permute_min(hashes: np.ndarray, permutations: tuple[np.ndarray, np.ndarray]) -> np.ndarray:
    """datasketch's ``affine32`` scheme: mix each 32-bit item, apply every permutation
    (a·x + b, wrapping in 32 bits), keep each permutation's minimum."""
    values = np.full(settings.NUM_PERM, np.iinfo(np.uint32).max, dtype=np.uint32)
    if len(hashes) == 0:
        return values
    a, b = permutations
    mixed = _fmix(hashes.astype(np.uint32).reshape(-1, 1), 32)
    permuted = mixed * a
    permuted += b  # in place: one items × permutations array, not two
    return np.minimum(values, permuted.min(axis=0))


def jaccard(a: np.ndarray, b: np.ndarray) -> float:
    """Jaccard estimate from two signatures: the share of equal minimums."""
    return float(np.count_nonzero(a == b)) / len(a)


def to_blob(sig: np.ndarray) -> bytes:
    return sig.astype("<u8").tobytes()


def from_blob(blob: bytes) -> np.ndarray:
    return np.frombuffer(blob, dtype="<u8")


@cache
def bands_for(threshold: float) -> tuple[int, int]:
    """(bands, rows per band) that datasketch's MinHashLSH would use at ``threshold``."""
    return _optimal_param(threshold, settings.NUM_PERM, 0.5, 0.5)


@cache
def _band_multipliers(rows: int) -> np.ndarray:
    return np.random.default_rng(settings.MINHASH_SEED).integers(1, 2**63, size=rows, dtype=np.uint64) | np.uint64(1)


def band_keys(sig: np.ndarray, threshold: float) -> list[tuple[int, int]]:
    """(band, bucket) keys of a signature; two documents are candidates when one is shared.

    A bucket is a 64-bit mix of the band's rows and the band number (numpy, wrapping
    arithmetic), so a bucket alone identifies both.
    """
    bands, rows = bands_for(threshold)
    table = sig[: bands * rows].astype(np.uint64).reshape(bands, rows)
    with np.errstate(over="ignore"):
        mixed = (table * _band_multipliers(rows)).sum(axis=1, dtype=np.uint64)
        mixed = mixed * np.uint64(0x9E3779B97F4A7C15) + np.arange(bands, dtype=np.uint64)
    return list(enumerate(mixed.view(np.int64).tolist()))
