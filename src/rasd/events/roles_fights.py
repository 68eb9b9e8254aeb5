"""Who was struck, session 24 (ACTOR2_24): the side an act was fought against, told by the
fight noun of its own group ("سيطرت القوات السورية على قريتي مريمين والجميمة , بعد معارك مع
فصائل المعارضة": the opposition).

The knowledge it uses lives in ``data/events/roles_fights.yaml``.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cache
from typing import TYPE_CHECKING

from rasd.datafiles import data_file, data_pattern

if TYPE_CHECKING:
    from rasd.events.arguments import Arg, Roles
    from rasd.events.candidates import Candidate
    from rasd.events.tokens import Words

RULE = "actor:fought-in-the-act"


@cache
def _fight_kinds() -> frozenset[str]:
    return frozenset(data_file("rasd.data.events", "roles_fights.yaml")["fight_kinds"])


def _circumstance(words: Words, fight: Candidate) -> bool:
    """Whether the fight noun tells the act's circumstance: a word of time or cause right before
    it ("بعد معارك"، "وسط اشتباكات": roles_fights.yaml ``fight_openers``) or ب on the noun
    ("باشتباكات": ``fight_with_ba``)."""
    lo, _hi = words.sentence_range(fight.sentence)
    noun = words.words[fight.first].text
    if data_pattern("roles_fights.yaml", "fight_with_ba").match(noun):
        return True
    return fight.first > lo and bool(data_pattern("roles_fights.yaml", "fight_openers").match(
        words.words[fight.first - 1].text))


def allied(words: Words, with_at: int, lo: int) -> bool:
    """Whether the مع at word ``with_at`` joins an ally ("بالتعاون مع"، "جنبا إلى جنب مع":
    roles_fights.yaml ``allied_with``), not a side fought."""
    return with_at > lo and bool(data_pattern("roles_fights.yaml", "allied_with").match(
        words.words[with_at - 1].text))


def fought_in_group(words: Words, group: list[Candidate], roles: Roles,
                    roles_of: Callable[[Candidate], Roles]) -> Arg | None:
    """The side named after مع of a fight noun later in the act's group that tells the act's
    circumstance (:func:`_circumstance`; ``roles_of`` reads a candidate's roles, their ``fought``
    is that side), unless it is the act's own actor1 or one joined to it."""
    for other in group[1:]:
        if other.kind.id not in _fight_kinds() or other.sentence != group[0].sentence \
                or not _circumstance(words, other):
            continue
        side = roles_of(other).fought
        if side is None:
            continue
        if side is roles.actor1 or any(side is a for a in roles.assoc1 or []):
            return None
        return side
    return None
