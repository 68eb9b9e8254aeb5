"""Who did it to whom, session 16 (ACTOR16): the rebels the Syrian state fights, and the side
that repelled an attack told subject first.

The knowledge it uses lives in ``data/events/roles_rebels.yaml``.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache
from typing import TYPE_CHECKING, Any

from rasd.datafiles import data_file, data_pattern
from rasd.kb.actors import default_kb

if TYPE_CHECKING:
    from rasd.events.arguments import Annotations, Arg, Roles
    from rasd.events.detect import Candidate

RULE = "actor:rebels-the-state-fights"
REPELLER_RULE = "actor:repeller-before-verb"


@cache
def _data() -> dict:
    return data_file("rasd.data.events", "roles_rebels.yaml")


@cache
def _unnamed() -> re.Pattern[str]:
    return data_pattern("roles_rebels.yaml", "unnamed_fighters")


def rebels_the_state_fights(ann: Annotations, cand: Candidate, roles: Roles) -> None:
    """Fighters named only as "المسلحين" or "المجموعات المسلحة" (roles_rebels.yaml
    ``unnamed_fighters``), on the other side of an event from the Syrian state's forces of the
    Assad era (``state_sides``: "اشتباكات بين الجيش والمجموعات المسلحة"، "غارات الطيران السوري
    على مواقع المسلحين"), or the ones who attacked civilians or no one named in a report that
    names those forces ("قذائف أطلقتها المجموعات المسلحة على حي ..."), are the Syrian armed
    opposition (``rebels_actor``), not an unidentified group: on the same words, with the
    rule ``actor:rebels-the-state-fights``.
    Men the text calls unknown (مسلحين مجهولين) stay unidentified, and so do men a word of
    allegiance ties to a side ("قوات النظام والمسلحين الموالين لها": its own militias)."""
    if roles.actor1 is None:
        return
    if roles.actor2 is not None and _unnamed_fighters(ann, roles.actor2) and _state_side(roles.actor1.value):
        roles.actor2, roles.rule2 = _rebels(ann, roles.actor2), RULE
    elif _unnamed_fighters(ann, roles.actor1) and (
            _state_side(roles.actor2.value) if roles.actor2 is not None and not _civilians(roles.actor2.value)
            else _state_at_war(ann, cand)):
        roles.actor1, roles.rule1 = _rebels(ann, roles.actor1), RULE


def _civilians(value: Any) -> bool:
    return isinstance(value, dict) and value.get("type") == "Civilians"


def _state_at_war(ann: Annotations, cand: Candidate) -> bool:
    """Whether the report names the state's forces of ``state_sides`` at all (the war the
    unnamed fighters shelling a district or attacking its people are the other side of) and
    the trigger's sentence names no place outside the state's country (``state_country``)."""
    country = _data()["state_country"]
    if any(isinstance(p.value, dict) and p.value.get("country") not in (None, country)
           for p in ann.in_sentence(ann.places, cand.sentence)):
        return False
    return any(_state_side(a.value) for a in ann.actors)


def _unnamed_fighters(ann: Annotations, arg: Arg) -> bool:
    """The unidentified group named by ``unnamed_fighters``, with no word of allegiance after
    it (roles.yaml ``allegiance``: الموالين، التابعة)."""
    from rasd.events.arguments import pledged, role_cues  # arguments imports this module

    value = arg.value
    return isinstance(value, dict) and value.get("id") == _data()["unidentified_actor"] and bool(
        _unnamed().match(str(value.get("matched") or ""))) and not pledged(ann.words, arg, role_cues())


def _state_side(value: Any) -> bool:
    if not isinstance(value, dict):
        return False
    sides = set(_data()["state_sides"])
    return value.get("id") in sides or bool(sides & set(value.get("chain") or ()))


def _rebels(ann: Annotations, arg: Arg) -> Arg:
    """The rebels actor on ``arg``'s words, this module's rule."""
    surface = ann.words.doc.text[arg.span.start:arg.span.end]
    value = default_kb().actor_value(str(_data()["rebels_actor"]), surface)
    return replace(arg, span=replace(arg.span, rule=RULE, stage="events", value=value))


def repeller_before(ann: Annotations, cand: Candidate, roles: Roles) -> None:
    """"الجيش السوري يصد هجوما جديدا للمسلحين": a repelled attack (roles_rebels.yaml ``repel_kinds``)
    whose attacker is actor1 and that has no actor2 was made on the side named right before
    the repel verb (``repeller_gap``, no comma between): actor2, rule
    ``actor:repeller-before-verb``."""
    if cand.kind.id not in _data()["repel_kinds"] or roles.actor1 is None or roles.actor2 is not None:
        return
    ws, gap = ann.words.words, int(_data()["repeller_gap"])
    before = [a for a in ann.in_sentence(ann.actors, cand.sentence)
              if a.last <= cand.first and cand.first - a.last <= gap
              and not any(ws[k].comma for k in range(a.last - 1, cand.first))]
    if before and before[-1].value != roles.actor1.value:
        roles.actor2, roles.rule2 = before[-1], REPELLER_RULE
