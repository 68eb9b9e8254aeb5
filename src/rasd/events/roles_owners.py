"""Who did it to whom, session 13 (TYPES13): the owner of what a strike hits is the one attacked.

The knowledge it uses lives in ``data/events/roles_owners.yaml``.
"""

from __future__ import annotations

import re
from functools import cache
from typing import TYPE_CHECKING

from rasd.datafiles import data_file, data_pattern

if TYPE_CHECKING:
    from rasd.events.tokens import Words


@cache
def _data() -> dict:
    return data_file("rasd.data.events", "roles_owners.yaml")


@cache
def _target_nouns() -> re.Pattern[str]:
    return data_pattern("roles_owners.yaml", "target_nouns")


def target_owner(words: Words, plover: str, after_trigger: int, first: int) -> bool:
    """Whether an actor starting at word ``first`` owns what an attack hits ("استهدفت الطائرات
    أهدافا لتنظيم داعش"، "أماكن تمركز قوات النظام"): a target noun (roles_owners.yaml
    ``target_nouns``) stands after the trigger's end and at most ``target_gap`` words before
    the actor, so the actor is the side attacked, not the attacker."""
    if plover not in _data()["target_owner_types"] or first <= after_trigger:
        return False
    nouns = _target_nouns()
    start = max(after_trigger, first - int(_data()["target_gap"]))
    return any(nouns.match(words.words[k].text) for k in range(start, first))


def target_noun(word: str) -> bool:
    """Whether a word is a noun of what an attack hits ("مواقع"، "مقرات"، "تجمعات": roles_owners.yaml
    ``target_nouns``): a military target."""
    return bool(_target_nouns().match(word))
