"""Which country a report (or one of its sentences) is about, from the words it uses.

Place names repeat across countries: طرابلس is Lebanon's Tripoli and Libya's capital,
الزاوية a Syrian mountain and a Libyan city. The linker (:mod:`rasd.kb.places`) asks this
module for the country evidence of each sentence and of the whole document:

- a **demonym** in any of its forms (ليبي → الليبي، الليبية، والليبيين، الليبيون);
- a **term** that names one country's conflict only (حفتر، الحوثيين);
- the linker adds the country places it matched (ليبيا، اليمن) and its unambiguous
  places (each counts for its country).

The words are data (``data/places/country_context.yaml``), never code.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache

from rasd.kb.gazetteer import load_yaml
from rasd.text.clitics import peel
from rasd.text.normalize import normalize

_TOKEN = re.compile(r"[^\W_]+")
# a dateline ends at the first dash or colon after a name and an optional (country)
DATELINE = re.compile(r"^[^\n\-–—:]{2,60}?(?:\s[-–—:]|\)\s*[-–—:]?)")


# the dual of a demonym adjective, made here rather than listed in the data: the masculine
# takes ان/ين (مدنيان فلسطينيان، جنديين إسرائيليين), the feminine تان/تين (دوريتان تركيتان)
DUAL_ENDINGS = ("ان", "ين", "تان", "تين")


def _endings(data: dict) -> list[str]:
    """The data's demonym endings (singular, plural, feminine) and the dual ones."""
    return list(dict.fromkeys([*data["demonym_endings"], *DUAL_ENDINGS]))


def _key(word: str) -> str:
    toks = _TOKEN.findall(normalize(word).text)
    return " ".join(t.lower() for t in toks)


@dataclass(frozen=True)
class CountryWords:
    words: dict[str, str]  # normalised token (no article) → ISO code
    foreign: frozenset[str]  # ISO codes whose places the gazetteer does not cover


def _words_as_written(country: dict) -> list[str]:
    """A country's terms and broken plurals (أتراك، روس): no ending is added to them."""
    return [*(country.get("terms") or ()), *(country.get("plurals") or ())]


@cache
def country_words() -> CountryWords:
    data = load_yaml("country_context.yaml")
    endings = _endings(data)
    words: dict[str, str] = {}
    for iso, c in data["countries"].items():
        for d in c.get("demonyms") or ():
            for e in endings:
                words[_key(d + e)] = iso
        for t in _words_as_written(c):
            k = _key(t)
            if " " not in k:
                words[k] = iso
                if k.startswith("ال"):
                    words[k[2:]] = iso
    foreign = frozenset(iso for iso, c in data["countries"].items() if c.get("foreign"))
    return CountryWords(words, foreign)


@lru_cache(maxsize=65536)
def country_of_word(word: str) -> str | None:
    """The country a normalised word names by demonym or term (clitics and article peeled)."""
    words = country_words().words
    hit = words.get(word)
    if hit is not None:
        return hit
    for _prefix, stem in peel(word):
        if stem in words:
            return words[stem]
        if stem.startswith("ال") and stem[2:] in words:
            return words[stem[2:]]
    return None


def dateline_end(text: str) -> int:
    """The end offset of the report's dateline ("طرابلس (ليبيا) - "), 0 when it has none."""
    m = DATELINE.match(text.lstrip())
    return (m.end() + len(text) - len(text.lstrip())) if m else 0



_PREFIXES = ("", "و", "ف", "ب", "ك", "وب", "فب", "وك")  # before the article or the word
_LAM = ("ل", "ول", "فل")  # ل + ال is written لل


@cache
def country_forms() -> dict[str, str]:
    """Every written form (clitics, article, ending) of every demonym and term → ISO code.

    One dict lookup per word of a text finds the country cues (no peeling per word).
    """
    data = load_yaml("country_context.yaml")
    endings = _endings(data)
    out: dict[str, str] = {}
    for iso, c in data["countries"].items():
        bases = [_key(d + e) for d in c.get("demonyms") or () for e in endings]
        bases += [_key(t).removeprefix("ال") for t in _words_as_written(c) if " " not in _key(t)]
        for b in bases:
            for p in _PREFIXES:
                out.setdefault(p + b, iso)
                out.setdefault(p + "ال" + b, iso)
            for p in _LAM:
                out.setdefault(p + b, iso)
                out.setdefault(p + "ل" + b, iso)
    return out


@cache
def demonym_adjectives() -> dict[str, str]:
    """The definite adjectives of each country (التركية، التركي → TR), normalised.

    Right after a place name they say which country the place is in: "مدينة كلس التركية".
    Terms (حفتر) are not adjectives and are not included.
    """
    data = load_yaml("country_context.yaml")
    out: dict[str, str] = {}
    for iso, c in data["countries"].items():
        for d in c.get("demonyms") or ():
            for e in ("", "ة"):
                out.setdefault("ال" + _key(d + e), iso)
    return out
