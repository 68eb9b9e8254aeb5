"""What documents are compared on: word shingles, lead content words, MinHash signatures.

Both comparisons run on the normalised text (:func:`rasd.text.normalize.normalize`), so
spelling variants (أ/ا, ى/ي, ة/ه, diacritics, tatweel) never make two copies look different.
Signatures are built with ``datasketch`` (``update_batch``: one numpy pass per document) and
cut into LSH bands whose keys are stored in SQLite, so a new document is compared only with
documents that share a band with it.
"""

from __future__ import annotations

import hashlib
import re
from functools import cache
from importlib import resources

import numpy as np
from datasketch import MinHash
from datasketch.lsh import _optimal_param

from rasd.corpus import settings
from rasd.text.normalize import normalize, strip_article

_WORD = re.compile(r"\w+")


def words(text: str) -> list[str]:
    """Normalised words of ``text``."""
    return _WORD.findall(normalize(text).text)


def shingles(tokens: list[str], size: int = settings.SHINGLE_SIZE) -> set[bytes]:
    """Word ``size``-shingles; a text shorter than that is one shingle."""
    if len(tokens) < size:
        return {" ".join(tokens).encode("utf-8")} if tokens else set()
    return {" ".join(tokens[i : i + size]).encode("utf-8") for i in range(len(tokens) - size + 1)}


@cache
def stopwords() -> frozenset[str]:
    text = resources.files("rasd.data.corpus").joinpath("stopwords.txt").read_text("utf-8")
    return frozenset(line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#"))


def lead_terms(text: str, title: str | None = None, limit: int = settings.LEAD_WORDS) -> list[str]:
    """Content words of the title and the first ``limit`` words: what a story is about.

    The article is peeled (الغارات → غارات) so a definite and an indefinite mention count once.
    """
    stop = stopwords()
    tokens = (words(title) if title else []) + words(text)[:limit]
    terms = []
    for token in tokens:
        if token in stop or len(token) < 2 or token.isdigit():
            continue
        terms.append(strip_article(token))
    return list(dict.fromkeys(terms))


def signature(items: set[bytes]) -> np.ndarray:
    """MinHash signature (``settings.NUM_PERM`` 32-bit values, as uint64) of a set."""
    mh = MinHash(num_perm=settings.NUM_PERM, seed=settings.MINHASH_SEED)
    if items:
        mh.update_batch(list(items))
    return mh.hashvalues


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


def band_keys(sig: np.ndarray, threshold: float) -> list[tuple[int, int]]:
    """(band, bucket) keys of a signature; two documents are candidates when one is shared."""
    bands, rows = bands_for(threshold)
    data = sig.astype("<u8")
    keys = []
    for band in range(bands):
        digest = hashlib.blake2b(data[band * rows : (band + 1) * rows].tobytes(), digest_size=8).digest()
        keys.append((band, int.from_bytes(digest, "little", signed=True)))
    return keys
