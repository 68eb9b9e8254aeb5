"""The other side of a report's fight: actor2 of a battle the sentence tells one-sided.

A report states who fights whom once ("اشتباكات بين قوات النظام وتنظيم داعش"، "قصفت قوات
النظام مواقع للتنظيم"، "استعادت القوات مدينة سنجار من الجهاديين") and then tells the battle
town by town with one side only: "وسيطرت قوات النظام على قرية خنيفيس". ACLED codes both sides
of each of those battles. This module remembers, per document, the sides that its sentences
state against each other (both parties found by a marking rule, both armed, of two families)
and gives a battle (``Battles`` trigger) with an armed actor1 and no actor2 the one side that
actor1's family fights in this report — only when there is exactly one: a report where the
army fights both the opposition and IS names no other side for its captures. The actor keeps
the words it was read from (in the sentence that stated the fight) and the rule
``actor:other-side-of-the-fight``.

Sides are remembered in text order, as the roles of each trigger are assigned: a battle told
before the report says whom it was against keeps no actor2 (reading ahead would cost a second
pass over every trigger).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from rasd.events.arguments import Annotations, Arg, Roles
    from rasd.events.detect import Candidate

RULE = "actor:other-side-of-the-fight"
# the rules that state both sides of a fight outright (not an object read from word order)
STATED = frozenset({"actor:between-second", "actor:target-marker"})
ARMED_TYPES = frozenset({"State forces", "Rebel group", "Political militia", "Identity militia",
                         "External/Other forces"})
BATTLES = "Battles"


def family(actor: Any) -> str | None:
    """One side of a fight: a state's forces are one (army, air force, police), others
    themselves; ``None`` for anything that does not fight (a government, civilians, a name no
    list has)."""
    if not isinstance(actor, dict) or not actor.get("id") or actor.get("type") not in ARMED_TYPES:
        return None
    if str(actor.get("name") or "").startswith("Government"):
        return None
    if actor.get("type") == "State forces" and actor.get("country"):
        return f"state:{actor['country']}"
    return str(actor["id"])


def other_side(ann: Annotations, cand: Candidate, roles: Roles) -> None:
    """Remember the sides ``roles`` states for an attack, or give a one-sided battle the other
    side of this report's fight (module docstring)."""
    import os
    if os.environ.get("A2_OFF"):
        return
    if cand.plover != "ASSAULT" or roles.actor1 is None:
        return
    fam1 = family(roles.actor1.value)
    if fam1 is None:
        return
    fights: dict[str, dict[str, Arg]] = ann.fights
    if roles.actor2 is not None:
        fam2 = family(roles.actor2.value)
        if fam2 is not None and fam2 != fam1 and roles.rule2 in STATED:
            fights.setdefault(fam1, {})[fam2] = roles.actor2
            fights.setdefault(fam2, {})[fam1] = roles.actor1
        return
    if cand.kind.event_type != BATTLES:
        return
    against = fights.get(fam1)
    if against is not None and len(against) == 1:
        roles.actor2, roles.rule2 = next(iter(against.values())), RULE
