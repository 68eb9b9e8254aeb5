"""Where run-together items meet: cut points inside a line with no punctuation between stories.

Tag pages, digests and tickers (liveuamap, outlet tag pages) lose the line breaks between
their teasers when flattened, so one "sentence" holds several stories and the last word of
one is glued to the first of the next (``حماةالجيش``, ``vehiclesوتقول``). Two signals,
both cheap:

- a change of script with no space (Latin letters glued to Arabic letters or back);
- a long Arabic letter run that is (almost) never seen as one word but splits into two frequent
  words (:mod:`rasd.text.wordlist`), neither a function word and not article + article
  (``الآونةالأخيرة`` is a missing space inside a phrase, not a new item).

Cleaning never inserts characters, so the cut is only a sentence boundary inside the
glued run; the word itself stays as written (its offsets are untouched).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib import resources

from rasd.datafiles import load_yaml
from rasd.text.normalize import fold_letters
from rasd.text.wordlist import word_freq

_AR = "\u0621-\u063a\u0641-\u064a"
_LATIN = re.compile("[A-Za-z]+")  # Latin words are few: look at their edges in Python
_AR_LETTER = re.compile(f"[{_AR}]")


@dataclass(frozen=True, slots=True)
class GlueRules:
    min_count: int
    min_run: int
    min_first: int
    max_joined_share: float
    max_joined: int
    function_words: frozenset[str]
    run: re.Pattern[str]


@cache
def rules() -> GlueRules:
    data = load_yaml(resources.files("rasd.data.text").joinpath("sentences.yaml").read_text("utf-8"))
    min_run = int(data.get("glue_min_run", 8))
    return GlueRules(int(data.get("glue_min_count", 100)), min_run,
                     int(data.get("glue_min_first", 4)),
                     float(data.get("glue_max_joined_share", 0.01)),
                     int(data.get("glue_max_joined", 20)),
                     frozenset(fold_letters(str(w)) for w in data.get("glue_function_words", ())),
                     re.compile(f"[{_AR}]{{{min_run},}}"))


@lru_cache(maxsize=1 << 16)
def split_point(run: str) -> int:
    """Offset inside the Arabic letter ``run`` where two words meet, or 0."""
    r = rules()
    key = fold_letters(run)
    freq = word_freq()
    if len(key) != len(run):
        return 0
    joined = freq[key]  # the list itself holds a few glued runs (حماهالجيش: 4)
    if joined >= r.max_joined:
        return 0
    best, best_at = 0, 0
    for i in range(r.min_first, len(key) - 2):
        a, b = key[:i], key[i:]
        if a in r.function_words or b in r.function_words:
            continue
        if a.startswith("ال") and b.startswith("ال"):
            continue
        score = min(freq[a], freq[b])
        if score >= r.min_count and score > best and joined < r.max_joined_share * score:
            best, best_at = score, i
    return best_at


def glue_points(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, str]]:
    """Cut points ``(offset, rule)`` in ``text[start:end]``, in order."""
    end = len(text) if end is None else end
    points: list[tuple[int, str]] = []
    is_arabic = _AR_LETTER.match
    for m in _LATIN.finditer(text, start, end):
        word = m.group()
        if len(word) < 2:
            continue
        if m.start() > start and word[1].islower() and is_arabic(text, m.start() - 1):
            points.append((m.start(), "script-join"))  # …حلبVehicles / …حلبvehicles
        if m.end() < end and word[-2:].islower() and is_arabic(text, m.end()):
            points.append((m.end(), "script-join"))  # vehiclesوتقول
    for m in rules().run.finditer(text, start, end):
        at = split_point(m.group())
        if at:
            points.append((m.start() + at, "glued-words"))
    points.sort()
    return points
