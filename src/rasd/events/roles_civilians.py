"""Who an attack was done to, session 14 (ACTOR2_14): the civilians a strike hit.

The knowledge it uses lives in ``data/events/roles_civilians.yaml``.
"""

from __future__ import annotations

import re
from functools import cache
from typing import TYPE_CHECKING

from rasd.datafiles import data_file, data_pattern
from rasd.document import Span
from rasd.events.roles_owners import target_noun
from rasd.events.targets import family
from rasd.kb.actors import default_kb
from rasd.text.normalize import normalize

if TYPE_CHECKING:
    from rasd.events.arguments import Annotations, Arg, Roles
    from rasd.events.detect import Candidate

RULE = "actor:civilians-struck"
REMOTE = "Explosions/Remote violence"
# ... and (ACTORS18) an attack on people typed violence against civilians: "قتل شخصان برصاص
# مسلحين مجهولين" struck civilians just as a shell that killed two did
STRUCK_TYPES = frozenset({REMOTE, "Violence against civilians"})


@cache
def _data() -> dict:
    return data_file("rasd.data.events", "roles_civilians.yaml")


@cache
def _cue(key: str) -> re.Pattern[str]:
    return data_pattern("roles_civilians.yaml", key)


def struck_civilians(ann: Annotations, cand: Candidate, roles: Roles) -> None:
    """A strike or shelling (``Explosions/Remote violence``), or an attack typed violence against
    civilians (ACTORS18), with no actor2 whose sentence names
    no armed side but actor1's own, nor a military target after the trigger ("مواقع"، "مقرات":
    roles_owners.yaml ``target_nouns``), struck civilians when that sentence counts its victims as
    people ("ما أدى إلى مقتل تسعة مدنيين"، "أودى بحياة ستة أشخاص": roles_civilians.yaml
    ``victim_people``), names civilians after the trigger ("في صفوف المدنيين") or says the
    blow fell on homes, a market or a hospital (``civilian_objects``): actor2 is the civilians
    (``civilians_actor``, named for the event's country later), with the words that say so
    and the rule ``actor:civilians-struck``."""
    if cand.plover != "ASSAULT" or cand.event_type not in STRUCK_TYPES or roles.actor2 is not None:
        return
    own = family(roles.actor1.value) if roles.actor1 is not None else None
    here = ann.in_sentence(ann.actors, cand.sentence)
    if any((f := family(a.value)) is not None and f != own for a in here):
        return  # an armed side is named: it, not the civilians, is what the other rules read
    _lo, hi = ann.words.sentence_range(cand.sentence)
    if any(target_noun(ann.words.texts[k]) for k in range(cand.last, hi)):
        return  # "قصفت الطائرات مواقع التنظيم": positions were hit, whoever died there
    civilians = next((a for a in here if a.first >= cand.first and isinstance(a.value, dict)
                      and a.value.get("type") == "Civilians"), None)
    victims = civilians or _victim_count(ann, cand) or _civilian_object(ann, cand)
    if victims is not None:
        roles.actor2, roles.rule2, roles.assoc2 = victims, RULE, []


def _victim_count(ann: Annotations, cand: Candidate) -> Arg | None:
    """The sentence's casualty count whose victims are people (``victim_people``), as the
    civilians."""
    people = _cue("victim_people")
    for c in ann.in_sentence(ann.casualties, cand.sentence):
        if not isinstance(c.value, dict):
            continue
        who = c.value.get("who")
        if c.value.get("kind") in ("killed", "injured") and who and any(
                people.match(w) for w in normalize(str(who)).text.split()):
            return _civilians(ann, victim_first(c), c.last)
    return None


def victim_first(toll: Arg) -> int:
    """The first word of a toll that names the fallen. A toll read from an active verb and its
    one-person object ("أعدمت هيئة تحرير الشام شابا"، casualty:object-victim) spans the verb
    and its subject too: only its last word, the object, is the victim; the subject between
    killed (ACTORS18)."""
    return toll.last - 1 if toll.span.rule == "casualty:object-victim" else toll.first


def _civilian_object(ann: Annotations, cand: Candidate) -> Arg | None:
    """A word after the trigger in its sentence naming homes, a market or a hospital
    (``civilian_objects``), as the civilians."""
    objects = _cue("civilian_objects")
    _lo, hi = ann.words.sentence_range(cand.sentence)
    k = next((k for k in range(cand.last, hi) if objects.match(ann.words.texts[k])), None)
    return None if k is None else _civilians(ann, k, k + 1)


def _civilians(ann: Annotations, first: int, last: int) -> Arg:
    """The civilians actor on words ``first``..``last`` (their own span, this module's rule)."""
    from rasd.events.arguments import Arg  # arguments imports this module

    ws = ann.words.words
    start, end = ws[first].start, ws[last - 1].end
    value = default_kb().actor_value(str(_data()["civilians_actor"]), ann.words.doc.text[start:end])
    return Arg(first, last, Span(start, end, "ACTOR", "events", RULE, value), ws[first].sentence)
