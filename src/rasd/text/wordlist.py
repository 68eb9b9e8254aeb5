"""Arabic word frequencies: the evidence that decides whether a split word is a real word.

The list is built once from text rasd may train on (the UnifiedFC articles and the
ANERcorp train split) by ``scripts/build_wordlist.py`` and committed as a gzipped TSV
(``data/text/wordfreq.tsv.gz``: normalised word, count). Words are normalised with
:func:`rasd.text.normalize.normalize_key`, so lookups must normalise the same way.
"""

from __future__ import annotations

import gzip
import re
from collections import Counter
from collections.abc import Iterable
from functools import cache
from importlib import resources
from pathlib import Path

from rasd.text.normalize import normalize

WORDLIST = "wordfreq.tsv.gz"
# A run of Arabic letters (hamza to yaa, alef wasla, Persian/Urdu letters), nothing else.
ARABIC_WORD = re.compile("[\u0621-\u063a\u0641-\u064a\u0671-\u06d3]+")


def words_of(text: str) -> list[str]:
    """Normalised Arabic words of ``text`` (diacritics and tatweel dropped)."""
    return ARABIC_WORD.findall(normalize(text).text)


def count_words(texts: Iterable[str]) -> Counter[str]:
    counts: Counter[str] = Counter()
    for text in texts:
        counts.update(words_of(text))
    return counts


def anercorp_train_text(path: Path) -> Iterable[str]:
    """Sentences of an ANERcorp (CAMeL Lab split) file: one ``word TAG`` per line."""
    sentence: list[str] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            if sentence:
                yield " ".join(sentence)
            sentence = []
            continue
        sentence.append(line.rsplit(" ", 1)[0])
    if sentence:
        yield " ".join(sentence)


def write_counts(counts: Counter[str], path: Path, *, top: int, min_count: int) -> int:
    """Write the ``top`` most frequent words (count ≥ ``min_count``) reproducibly; returns rows."""
    rows = sorted(((w, c) for w, c in counts.items() if c >= min_count), key=lambda x: (-x[1], x[0]))
    rows = rows[:top]
    # No name or time in the header: the same counts always give the same bytes.
    with open(path, "wb") as raw, gzip.GzipFile(filename="", fileobj=raw, mode="wb", mtime=0) as gz:
        gz.write("".join(f"{w}\t{c}\n" for w, c in rows).encode("utf-8"))
    return len(rows)


class WordFreq:
    """Counts of normalised words; ``total`` is the sum over the list."""

    def __init__(self, counts: dict[str, int]):
        self.counts = counts
        self.total = sum(counts.values()) or 1

    def __getitem__(self, word: str) -> int:
        return self.counts.get(word, 0)

    def __contains__(self, word: str) -> bool:
        return word in self.counts

    def __len__(self) -> int:
        return len(self.counts)


@cache
def word_freq() -> WordFreq:
    """The committed word list (loaded once, ~0.2 s)."""
    data = resources.files("rasd.data.text").joinpath(WORDLIST).read_bytes()
    counts = {}
    for line in gzip.decompress(data).decode("utf-8").splitlines():
        word, _, count = line.partition("\t")
        counts[word] = int(count)
    return WordFreq(counts)
