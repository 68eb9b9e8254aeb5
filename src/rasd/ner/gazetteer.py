"""Name lists as CRF features: which tokens start or continue a listed name.

The lists are ANERgazet (Benajiba et al. 2007), shipped normalised in
``rasd/data/ner/anergazet_{loc,org,pers}.txt``. A match is a feature, never a label:
the CRF learns how far to trust it (ANERgazet lists common first names that are
also ordinary words).
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache
from importlib import resources

GAZ_TYPES = {"loc": "LOC", "org": "ORG", "pers": "PERS"}


@cache
def entries() -> dict[str, tuple[tuple[tuple[str, ...], str], ...]]:
    """First word → ``(rest of the name, TYPE)`` of every listed name."""
    table: dict[str, list[tuple[tuple[str, ...], str]]] = {}
    root = resources.files("rasd.data") / "ner"
    for stem, kind in GAZ_TYPES.items():
        text = (root / f"anergazet_{stem}.txt").read_text(encoding="utf-8")
        for line in text.splitlines():
            if not line or line.startswith("#"):
                continue
            words = tuple(line.split())
            table.setdefault(words[0], []).append((words[1:], kind))
    return {first: tuple(sorted(v, key=lambda e: -len(e[0]))) for first, v in table.items()}


def single_types(keys: Sequence[str]) -> frozenset[str]:
    """Types of the one-word names among ``keys`` (a word and its clitic-peeled stems)."""
    table = entries()
    found = set()
    for key in keys:
        for rest, kind in table.get(key, ()):
            if not rest:
                found.add(kind)
    return frozenset(found)

