"""Who did it to whom, session 11 (ROLES11): small mechanisms of the actor roles.

Each function reads the words of one document (:class:`rasd.events.tokens.Words`) and the
actor arguments of :mod:`rasd.events.arguments`; the knowledge they use lives in
``data/events/roles11.yaml``.
"""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING

from rasd.datafiles import data_file
from rasd.text.normalize import normalize

if TYPE_CHECKING:
    from rasd.events.arguments import Arg
    from rasd.events.tokens import Words


def _norm(text: str) -> str:
    return normalize(text).text


@cache
def _data() -> dict:
    return data_file("rasd.data.events", "roles11.yaml")


@cache
def _bare_armies() -> frozenset[str]:
    return frozenset(_norm(w) for w in _data()["bare_armies"])


@cache
def _ordinals() -> frozenset[str]:
    return frozenset(_norm(w) for w in _data()["ordinals"])


def qualified_bare_army(words: Words, arg: Arg) -> bool:
    """Whether ``arg`` is the bare army ("الجيش", which the knowledge base gives the army of the
    report's country) followed by an adjective that says it is another army: a definite nisba
    ("الجيش الباكستاني": a demonym the knowledge base lacks) or an ordinal ("الجيش الأول": a
    formation's own name). Such a mention names no actor the knowledge base knows."""
    if arg.last >= len(words):
        return False
    said = words.joined(arg.first, arg.last)
    if said not in _bare_armies() and not (said[:1] in "وفبل" and said[1:] in _bare_armies()):
        return False
    nxt = words.words[arg.last].text
    if nxt in _ordinals():
        return True
    return nxt.startswith("ال") and len(nxt) > 4 and nxt.endswith(("ي", "يه", "ية"))


@cache
def _affiliation_words() -> frozenset[str]:
    return frozenset(_norm(w) for w in _data()["affiliation_words"])


def downed_affiliation(words: Words, k: int, owner_first: int) -> bool:
    """Whether word ``k``, between a downed aircraft and the actor that owns it, is the word of
    affiliation right before the owner ("إسقاط طائرة حربية تابعة لقوات النظام"): the owner's
    aircraft was brought down, so the owner is acted upon, as with ل right after the aircraft."""
    return k == owner_first - 1 and words.words[k].text in _affiliation_words()
